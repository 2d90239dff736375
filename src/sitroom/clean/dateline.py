"""Wire datelines ("MOSUL, Iraq, May 2 (Example Wire) - ..."): where the story was filed, not where
anything in it happened, so extractors leave the names inside them out of places and actors."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{2,40}(?:,[^()\n\-–—]{1,40})?(?:\s*\([^)\n]{1,60}\))?\s*[-–—]+\s",
    re.MULTILINE,
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every dateline opening a line of ``text``."""
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


def without_datelines(text: str) -> str:
    return DATELINE.sub("", text)
