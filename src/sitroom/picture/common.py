"""Small helpers the picture modules share: partial dates, distances, data files, surface-form links.

Everything here is pure Python (no DuckDB): the picture is built from a ``sitroom/1`` export object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sitroom.partial_dates import date_bounds, precision_of  # noqa: F401  (re-exported for picture modules)

# ACLED's time_precision: 1 = day known, 2 = week/month, 3 = year only.
TIME_PRECISION: dict[str, int] = {"day": 1, "month": 2, "year": 3}
# ACLED's geo_precision: 1 = the town itself, 2 = near a town / part of a region, 3 = province or only the
# country (ACLED codes country-level locations at 3 too). Same mapping as the CSV export.
GEO_PRECISION: dict[str, int] = {"point": 1, "district": 2, "province": 3, "country": 3}
# Rank of place precisions, most specific first (used to pick an event's place among its sources).
GEO_RANK: dict[str | None, int] = {"point": 0, "district": 1, "province": 2, "country": 3, None: 4}
DATE_RANK: dict[str | None, int] = {"day": 0, "month": 1, "year": 2, None: 3}


def lower_median(values: Iterable[int | float]) -> int | float:
    """The median, taking the lower middle value for an even count so it is always a reported value."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def doc_date(doc: Mapping[str, Any] | None) -> str | None:
    """The date a document speaks from: published, else its reference date. A reference day inside a month-only
    publication date (a photo caption's day, clean/prepare.py) is the finer of the two."""
    if not doc:
        return None
    published, reference = doc.get("published"), doc.get("reference_date")
    if published and reference and len(str(reference)) > len(str(published)) and str(reference).startswith(
        str(published)
    ):
        return str(reference)
    value = published or reference
    return str(value) if value else None


def word_pattern(forms: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of ``forms`` as whole words (longest first)."""
    cleaned = sorted({f.strip() for f in forms if f and len(f.strip()) >= 2}, key=lambda f: (-len(f), f))
    if not cleaned:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in cleaned) + r")(?!\w)", re.IGNORECASE)


class SurfaceIndex:
    """Which entities/places of a document a piece of text names, by their surface forms in that document.

    Matching the forms as words in the sentence text avoids needing sentence offsets (evidence offsets
    point at the record's span, not the sentence start) and is linear in the text length.
    """

    def __init__(self) -> None:
        self._forms: dict[str, dict[str, str]] = {}  # doc_id -> surface form (casefolded) -> key
        self._patterns: dict[str, re.Pattern[str] | None] = {}

    def add(self, doc_id: str, form: str, key: str) -> None:
        self._forms.setdefault(doc_id, {}).setdefault(form.casefold(), key)
        self._patterns.pop(doc_id, None)

    def find(self, doc_id: str, text: str) -> list[str]:
        """Keys named in ``text``, in order of first appearance, each once."""
        forms = self._forms.get(doc_id)
        if not forms or not text:
            return []
        if doc_id not in self._patterns:
            self._patterns[doc_id] = word_pattern(forms)
        pattern = self._patterns[doc_id]
        if pattern is None:
            return []
        found: list[str] = []
        for m in pattern.finditer(text):
            key = forms.get(m.group(0).casefold())
            if key is not None and key not in found:
                found.append(key)
        return found

    def positions(self, doc_id: str, text: str) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match in ``text``."""
        forms = self._forms.get(doc_id)
        if not forms or not text:
            return []
        if doc_id not in self._patterns:
            self._patterns[doc_id] = word_pattern(forms)
        pattern = self._patterns[doc_id]
        if pattern is None:
            return []
        out: list[tuple[str, int, int]] = []
        for m in pattern.finditer(text):
            key = forms.get(m.group(0).casefold())
            if key is not None:
                out.append((key, m.start(), m.end()))
        return out
