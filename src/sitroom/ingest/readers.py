"""``read_paths``: files, folders (recursive) and stdin -> ``Source`` records and ``IngestProblem`` lines.

Checks run cheapest first so a bad file costs as little as possible: existence, suffix, size (from
``stat``, before reading), binary sniffing, decoding, then the format reader. Nothing here raises for
bad input; every skipped thing is one problem line with a catalogue code.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from sitroom.errors import problem
from sitroom.ingest.decode import binary_kind, decode_bytes
from sitroom.ingest.formats import html_source, json_records, jsonl_records, record_metadata, txt_source
from sitroom.models import IngestProblem, Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN_PATH = "<stdin>"
SIDECAR_SUFFIX = ".meta.json"

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

Item = Source | IngestProblem


def read_paths(
    paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None
) -> Iterator[Item]:
    """Every Source (or problem) under ``paths`` in a deterministic order; ``-`` reads ``stdin``."""
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:  # e.g. a path component without search permission
            yield problem(raw, "E102", reason=exc.strerror or str(exc))
            continue
        if not exists:
            yield problem(raw, "E101", path=raw)
        elif is_dir:
            yield from _read_folder(path, max_bytes)
        else:
            yield from read_file(path, max_bytes)


def _read_folder(folder: Path, max_bytes: int) -> Iterator[Item]:
    try:
        files = sorted(_walk(folder))
    except OSError as exc:
        yield problem(str(folder), "E102", reason=exc.strerror or str(exc))
        return
    for file in files:
        yield from read_file(file, max_bytes)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, skipping hidden entries and metadata sidecars (they are not inputs)."""
    for root, dirs, names in os.walk(folder, onerror=_raise):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            yield Path(root) / name


def _raise(exc: OSError) -> None:
    raise exc


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The Sources of one file (several for JSON lists / JSONL) plus any problem lines."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield problem(name, "E111", suffix=suffix)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield problem(name, "E105", size=size, limit=max_bytes)
            return
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError:
        yield problem(name, "E102", reason="the file vanished while reading")
        return
    except OSError as exc:
        yield problem(name, "E102", reason=exc.strerror or str(exc))
        return
    if len(data) > max_bytes:
        yield problem(name, "E105", size=len(data), limit=max_bytes)
        return
    if not data.strip():
        yield problem(name, "E103")
        return
    kind = binary_kind(data)
    if kind is not None:
        yield problem(name, "E104", detail=kind)
        return
    decoded = decode_bytes(data)
    if not decoded.text.strip():
        yield problem(name, "E103")
        return
    if decoded.replaced:
        yield problem(name, "E106", detail=f"invalid {decoded.encoding} byte sequences")

    sidecar, sidecar_problem = _sidecar(path)
    if sidecar_problem is not None:
        yield sidecar_problem
    items: Iterator[Item]
    if suffix in HTML_SUFFIXES:
        items = iter([html_source(name, decoded.text)])
    elif suffix in JSON_SUFFIXES:
        items = json_records(name, decoded.text)
    elif suffix in JSONL_SUFFIXES:
        items = jsonl_records(name, decoded.text)
    else:
        items = iter([txt_source(name, decoded.text)])
    many = suffix in JSON_SUFFIXES | JSONL_SUFFIXES
    for item in items:
        if isinstance(item, Source):
            if decoded.encoding != "utf-8":
                item.extra["encoding"] = decoded.encoding
            if sidecar:
                _apply_sidecar(item, sidecar, override=not many)
            if not item.text.strip():
                yield problem(item.path, "E103")
                continue
        yield item


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Item]:
    try:
        text = stream.read(max_bytes + 1)
    except (OSError, UnicodeDecodeError) as exc:
        yield problem(STDIN_PATH, "E102", reason=str(exc))
        return
    if len(text) > max_bytes:
        yield problem(STDIN_PATH, "E105", size=f"more than {max_bytes}", limit=max_bytes)
        return
    if not text.strip():
        yield problem(STDIN_PATH, "E103")
        return
    yield txt_source(STDIN_PATH, text, kind="stdin")


# --------------------------------------------------------------------------- sidecars


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """``a.txt.meta.json`` (preferred) and ``a.meta.json`` beside ``a.txt``."""
    return path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)


def _sidecar(path: Path) -> tuple[dict[str, Any], IngestProblem | None]:
    for candidate in sidecar_paths(path):
        if not candidate.is_file():
            continue
        try:
            data = json.loads(candidate.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return {}, problem(str(path), "E112", path=str(candidate), detail=str(exc))
        if not isinstance(data, Mapping):
            return {}, problem(str(path), "E112", path=str(candidate), detail="expected a JSON object")
        meta: dict[str, Any] = dict(record_metadata(data))
        if data.get("author"):
            meta["author"] = str(data["author"])
        meta["sidecar"] = str(candidate)
        return meta, None
    return {}, None


def _apply_sidecar(source: Source, meta: Mapping[str, Any], override: bool) -> None:
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
