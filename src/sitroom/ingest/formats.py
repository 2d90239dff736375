"""Per-format readers: decoded text -> Source fields (plain text headers, HTML via trafilatura, JSON records).

Each reader returns ``Source`` objects or ``IngestProblem`` lines; none of them raises for bad input.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from sitroom.errors import problem
from sitroom.models import IngestProblem, Source

# --------------------------------------------------------------------------- plain text headers

# ``Name: value`` lines at the very top of a .txt file; the key maps to the Source field it fills.
TXT_HEADER_FIELDS: dict[str, str] = {
    "url": "url",
    "title": "title",
    "date": "published",
    "published": "published",
    "source": "source",
    "author": "author",
}
_HEADER_RE = re.compile(r"^\s*(" + "|".join(TXT_HEADER_FIELDS) + r")\s*:\s*(.*?)\s*$", re.IGNORECASE)


def split_txt_header(text: str) -> tuple[dict[str, str], str]:
    """Header fields from the top of ``text`` and the text without them.

    The header ends at the first blank line or the first line that is not ``Name: value``; a file
    whose first line is not a header line has no header.
    """
    fields: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _HEADER_RE.match(lines[i])
        if not m:
            break
        key = TXT_HEADER_FIELDS[m.group(1).lower()]
        if m.group(2):
            fields.setdefault(key, m.group(2))
        i += 1
    if i == 0:
        return {}, text
    if i < len(lines) and not lines[i].strip():
        i += 1  # the blank line that closes the header
    return fields, "\n".join(lines[i:])


def txt_source(path: str, text: str, kind: str = "txt") -> Source:
    fields, body = split_txt_header(text)
    extra: dict[str, Any] = {}
    if "author" in fields:
        extra["author"] = fields.pop("author")
    if fields.get("published"):
        extra["published_basis"] = "header"
    return Source(
        path=path,
        text=body,
        kind=kind,  # type: ignore[arg-type]
        title=fields.get("title"),
        url=fields.get("url"),
        published=fields.get("published"),
        source=fields.get("source"),
        extra=extra,
    )


# --------------------------------------------------------------------------- HTML

_WORDY_RE = re.compile(r"[^\W\d_]{2,}")


def html_source(path: str, html: str) -> Source | IngestProblem:
    """Main text and metadata of an HTML page through trafilatura (comments excluded)."""
    import trafilatura  # imported lazily: a second or so to import, only needed for HTML

    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            with_metadata=True,
            # Only the page's own declared date: htmldate's extensive search guesses from any
            # date-like string (copyright lines, related-article teasers).
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        return problem(path, "E107", detail=f"{type(exc).__name__}: {exc}")
    if result is None:
        return problem(path, "E107", detail="no main text found")
    data: Mapping[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not _WORDY_RE.search(text):  # broken markup comes back as stray brackets, not words
        return problem(path, "E107", detail="no main text found")
    extra: dict[str, Any] = {}
    if data.get("author"):
        extra["author"] = data["author"]
    if data.get("sitename"):
        extra["sitename"] = data["sitename"]
    if data.get("date"):
        extra["published_basis"] = "html"
    return Source(
        path=path,
        text=text,
        kind="html",
        title=data.get("title") or None,
        url=data.get("url") or None,
        published=data.get("date") or None,
        source=data.get("sitename") or data.get("hostname") or None,
        extra=extra,
    )


# --------------------------------------------------------------------------- JSON records

TEXT_FIELDS: tuple[str, ...] = ("text", "content", "body", "article")
# Source field -> record keys that may carry it, first present wins.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "href"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "publishedAt", "pubdate", "datetime"),
    "source": ("source", "outlet", "publisher", "sitename", "site_name"),
}
# Wrappers like {"articles": [...]} that hold the records.
_CONTAINER_KEYS: tuple[str, ...] = ("articles", "records", "items", "documents", "data", "results")

# News records nest a few levels ({"articles": [{"source": {"name": ...}}]}); the json module recurses
# once per level and raises RecursionError near 1,000, so depth is bounded before parsing.
MAX_JSON_DEPTH = 100
# A string literal (escapes included) and a bracket: strings are blanked so brackets inside text don't count.
_JSON_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_JSON_BRACKET_RE = re.compile(r"[\[\]{}]")
_OPENERS = frozenset("[{")


def json_depth(text: str) -> int:
    """How deeply ``text``'s arrays and objects nest (brackets inside strings ignored), in linear time."""
    depth = deepest = 0
    for bracket in _JSON_BRACKET_RE.findall(_JSON_STRING_RE.sub('""', text)):
        depth += 1 if bracket in _OPENERS else -1
        deepest = max(deepest, depth)
    return deepest


def parse_json(text: str) -> Any:
    """``json.loads`` with nesting bounded; raises ValueError (JSONDecodeError for syntax) for bad input."""
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise ValueError(f"nested {depth} levels deep (the limit is {MAX_JSON_DEPTH})")
    return json.loads(text)


def json_error(exc: ValueError, line: int | None = None) -> str:
    """The report detail of a parse failure; a number too long to convert is a ValueError, not a decode error."""
    if line is not None:  # a JSONL line: the file's line number, not the position inside the line
        return f"line {line}: {exc.msg if isinstance(exc, json.JSONDecodeError) else exc}"
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno} column {exc.colno}: {exc.msg}"
    return str(exc)


def _meta_value(value: Any) -> str | None:
    if isinstance(value, Mapping):  # {"source": {"name": "Outlet", "id": ...}}
        value = value.get("name") or value.get("title")
    if value is None or isinstance(value, (list, dict)):
        return None
    s = str(value).strip()
    return s or None


def record_metadata(record: Mapping[str, Any]) -> dict[str, str]:
    """url/title/published/source from a JSON object (also used for sidecars)."""
    out: dict[str, str] = {}
    for field_name, keys in META_FIELDS.items():
        for key in keys:
            value = _meta_value(record.get(key))
            if value:
                out[field_name] = value
                break
    return out


def record_source(path: str, record: Any) -> Source | IngestProblem:
    if not isinstance(record, Mapping):
        return problem(path, "E108", detail=f"expected an object, got {type(record).__name__}")
    text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if text is None:
        return problem(path, "E109", fields=", ".join(TEXT_FIELDS))
    if not text.strip():
        return problem(path, "E103")
    meta = record_metadata(record)
    extra: dict[str, Any] = {}
    if _meta_value(record.get("author")):
        extra["author"] = _meta_value(record.get("author"))
    if meta.get("published"):
        extra["published_basis"] = "metadata"
    return Source(path=path, text=text, kind="json", extra=extra, **meta)


def _value_error(exc: ValueError | RecursionError) -> ValueError:
    return exc if isinstance(exc, ValueError) else ValueError("nested too deeply to parse")


def json_records(path: str, text: str) -> Iterator[Source | IngestProblem]:
    """A .json file: one object, a list of objects, or an object wrapping a list under a known key."""
    try:
        data = parse_json(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: a deep structure within the depth bound
        yield problem(path, "E108", detail=json_error(_value_error(exc)))
        return
    if isinstance(data, Mapping) and not any(k in data for k in TEXT_FIELDS):
        for key in _CONTAINER_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, list):
        for i, record in enumerate(data):
            yield record_source(f"{path}#{i}", record)
    else:
        yield record_source(path, data)


def jsonl_records(path: str, text: str) -> Iterator[Source | IngestProblem]:
    """A .jsonl file: one object per non-blank line; a broken line is reported, the others still read."""
    index = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        rec_path = f"{path}#{index}"
        index += 1
        try:
            record = parse_json(line)
        except (ValueError, RecursionError) as exc:
            yield problem(rec_path, "E108", detail=json_error(_value_error(exc), line=lineno))
            continue
        yield record_source(rec_path, record)
