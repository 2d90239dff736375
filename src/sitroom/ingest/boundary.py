"""The last step of ingest: every Source and report line leaves it as text every later stage can hold.

Later stages hash text as UTF-8 (``document_id``), write it through pyarrow and hand it to spaCy; a lone
surrogate (from a JSON ``\\ud800`` escape, or a file name that is not UTF-8) makes the first two raise,
and text over spaCy's ``nlp.max_length`` makes the third raise. Rather than guard each stage, inputs are
normalised once here: surrogates become U+FFFD (reported, E106) and over-long texts are refused (E113).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator

from sitroom.errors import problem
from sitroom.models import IngestProblem, Source

# spaCy's default ``nlp.max_length`` (annotate/nlp.py keeps the default): a longer text raises E088.
MAX_DOCUMENT_CHARS = 1_000_000
# The Source fields that carry text from the input.
TEXT_FIELDS: tuple[str, ...] = ("text", "title", "url", "published", "source")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def scrub(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates replaced by U+FFFD, and how many there were."""
    return _SURROGATE_RE.subn(REPLACEMENT, text)


def display_path(path: str) -> str:
    """A path as printable text: bytes of a non-UTF-8 file name (held as surrogates) become U+FFFD."""
    if not _SURROGATE_RE.search(path):
        return path
    try:
        return os.fsencode(path).decode("utf-8", errors="replace")
    except UnicodeEncodeError:  # a surrogate that did not come from the file system (e.g. a JSON escape)
        return scrub(path)[0]


def _scrub_fields(source: Source) -> list[str]:
    """Replace surrogates in the Source's text fields in place; the names of the fields that had any."""
    touched = []
    for name in TEXT_FIELDS:
        value = getattr(source, name)
        if isinstance(value, str):
            clean, count = scrub(value)
            if count:
                setattr(source, name, clean)
                touched.append(f"{count} in {name}")
    for key, value in list(source.extra.items()):
        if isinstance(value, str):
            clean, count = scrub(value)
            if count:
                source.extra[key] = clean
                touched.append(f"{count} in {key}")
    return touched


def pipeline_length(text: str) -> int:
    """The length the language pipeline will see: cleaning first puts text in NFC, which can lengthen it."""
    return len(text) if unicodedata.is_normalized("NFC", text) else len(unicodedata.normalize("NFC", text))


def at_boundary(item: Source | IngestProblem) -> Iterator[Source | IngestProblem]:
    """``item`` made safe for every later stage, with a report line for whatever had to change."""
    item.path = display_path(item.path)
    if isinstance(item, IngestProblem):
        item.message = scrub(display_path(item.message))[0]
        yield item
        return
    touched = _scrub_fields(item)
    if touched:
        yield problem(item.path, "E106", detail="lone surrogate code points (" + ", ".join(touched) + ")")
    length = pipeline_length(item.text)
    if length > MAX_DOCUMENT_CHARS:
        yield problem(item.path, "E113", chars=length, limit=MAX_DOCUMENT_CHARS)
        return
    yield item
