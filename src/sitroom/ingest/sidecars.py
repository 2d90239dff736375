"""Metadata sidecars: ``NAME.meta.json`` beside an input overrides its url/title/published/source/author.

A sidecar is someone's hand-made metadata, so it is checked, not coerced: a field of the wrong type is
reported (E112, naming the field) and left out, the other fields still apply, and the document is stored
either way. Sidecars are small; one over ``MAX_SIDECAR_BYTES`` is reported and not read.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from sitroom.errors import problem
from sitroom.ingest.files import Unreadable, read_regular
from sitroom.ingest.formats import META_FIELDS, json_error, parse_json
from sitroom.models import IngestProblem, Source

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 1024 * 1024
# Source field -> sidecar keys that may carry it (the JSON record keys, plus the author).
SIDECAR_FIELDS: dict[str, tuple[str, ...]] = {**META_FIELDS, "author": ("author",)}
# Errors that mean "no sidecar here": a file name one suffix too long for the file system cannot exist.
_ABSENT = frozenset({errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR})


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """``a.txt.meta.json`` (preferred) and ``a.meta.json`` beside ``a.txt``."""
    return path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)


def _field_value(value: Any) -> str | None:
    """A sidecar value as a string; None when absent; TypeError when it has the wrong type."""
    if value is None:
        return None
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):  # {"source": {"name": "Outlet"}}
        value = value["name"]
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value.strip() or None


def _fields(data: Mapping[str, Any]) -> Iterator[tuple[str, str | None, str | None]]:
    """(field, value, error) for each field the sidecar names, first present key winning."""
    for field_name, keys in SIDECAR_FIELDS.items():
        key = next((k for k in keys if data.get(k) is not None), None)
        if key is None:
            continue
        try:
            yield field_name, _field_value(data[key]), None
        except TypeError as exc:
            yield field_name, None, f"field {key!r}: {exc}"


def _load(candidate: Path) -> Any:
    """The parsed sidecar; raises Unreadable, UnicodeDecodeError or ValueError."""
    return parse_json(read_regular(candidate, MAX_SIDECAR_BYTES).decode("utf-8-sig"))


def read_sidecar(path: Path) -> tuple[dict[str, str], list[IngestProblem]]:
    """Metadata from the first sidecar of ``path`` that exists, and a line per problem with it."""
    for candidate in sidecar_paths(path):
        try:
            data = _load(candidate)
        except Unreadable as exc:
            if exc.errno in _ABSENT:
                continue
            return {}, [_bad(path, candidate, exc.message)]
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            detail = json_error(exc) if isinstance(exc, ValueError) else str(exc)
            return {}, [_bad(path, candidate, detail)]
        if not isinstance(data, Mapping):
            return {}, [_bad(path, candidate, "expected a JSON object")]
        meta: dict[str, str] = {"sidecar": str(candidate)}
        problems: list[IngestProblem] = []
        for field_name, value, error in _fields(data):
            if error is not None:
                problems.append(_bad(path, candidate, error))
            elif value:
                meta[field_name] = value
        return meta, problems
    return {}, []


def _bad(path: Path, candidate: Path, detail: str) -> IngestProblem:
    return problem(str(path), "E112", path=str(candidate), detail=detail)


def apply_sidecar(source: Source, meta: Mapping[str, str], override: bool) -> None:
    """Sidecar values override the file's own metadata; for multi-record files they only fill gaps."""
    for field_name in ("url", "title", "published", "source"):
        value = meta.get(field_name)
        if value and (override or not getattr(source, field_name)):
            setattr(source, field_name, value)
            if field_name == "published":
                source.extra["published_basis"] = "metadata"
    if meta.get("author") and (override or "author" not in source.extra):
        source.extra["author"] = meta["author"]
    source.extra["sidecar"] = meta["sidecar"]
