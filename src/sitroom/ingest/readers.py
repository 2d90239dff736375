"""``read_paths``: files, folders (recursive) and stdin -> ``Source`` records and ``IngestProblem`` lines.

Checks run cheapest first so a bad file costs as little as possible: existence, suffix, size (from
``stat``, before reading), binary sniffing, decoding, then the format reader. Nothing here raises for
bad input; every skipped thing is one problem line with a catalogue code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from sitroom.errors import problem
from sitroom.ingest.boundary import at_boundary
from sitroom.ingest.decode import Decoded, binary_kind, decode_bytes
from sitroom.ingest.files import Unreadable, read_regular
from sitroom.ingest.formats import html_source, json_records, jsonl_records, txt_source
from sitroom.ingest.sidecars import SIDECAR_SUFFIX, apply_sidecar, read_sidecar, sidecar_paths
from sitroom.models import IngestProblem, Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN_PATH = "<stdin>"

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

Item = Source | IngestProblem

__all__ = ["DEFAULT_MAX_BYTES", "SIDECAR_SUFFIX", "plan_paths", "read_file", "read_paths", "sidecar_paths"]


def read_paths(
    paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None
) -> Iterator[Item]:
    """Every Source (or problem) under ``paths`` in a deterministic order; ``-`` reads ``stdin``."""
    for item in _read_paths(paths, max_bytes, stdin):
        yield from at_boundary(item)


def _read_paths(paths: Sequence[str], max_bytes: int, stdin: TextIO | None) -> Iterator[Item]:
    for unit in plan_paths(paths):
        if isinstance(unit, Path):
            yield from read_file(unit, max_bytes)
        elif isinstance(unit, IngestProblem):
            yield unit
        else:  # "-"
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)


Unit = Path | IngestProblem | str  # a file to read, a line for the report, or "-" (stdin)


def plan_paths(paths: Iterable[str]) -> Iterator[Unit]:
    """What ``read_paths`` reads, in its order, without opening a file: folders expanded, missing paths as
    problem lines. A distributed engine reads the files elsewhere and still reports in this order."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()  # a dangling link is read (and reported) as such
        except OSError as exc:  # e.g. a path component without search permission
            yield problem(raw, "E102", reason=exc.strerror or str(exc))
            continue
        if not exists:
            yield problem(raw, "E101", path=raw)
        elif is_dir:
            yield from _plan_folder(path)
        else:
            yield path


def _plan_folder(folder: Path) -> Iterator[Path | IngestProblem]:
    """Files in path order; a subfolder that cannot be listed is one line in its place, the rest still read."""
    errors: list[OSError] = []
    files = list(_walk(folder, errors.append))
    entries: list[tuple[str, Path | OSError]] = [(str(f), f) for f in files]
    entries += [(str(e.filename or folder), e) for e in errors]
    for name, entry in sorted(entries, key=lambda e: e[0]):
        if isinstance(entry, OSError):
            yield problem(name, "E102", reason=entry.strerror or str(entry))
        else:
            yield entry


def _walk(folder: Path, onerror: Callable[[OSError], None]) -> Iterator[Path]:
    """Files under ``folder``, skipping hidden entries and metadata sidecars (they are not inputs)."""
    for root, dirs, names in os.walk(folder, onerror=onerror):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            yield Path(root) / name


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The Sources of one file (several for JSON lists / JSONL) plus any problem lines."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield problem(name, "E111", suffix=suffix)
        return
    try:
        data = read_regular(path, max_bytes)
    except Unreadable as exc:
        yield exc.problem(name)
        return
    decoded = yield from _decode(name, data)
    if decoded is None:
        return
    sidecar, sidecar_problems = read_sidecar(path)
    yield from sidecar_problems
    many = suffix in JSON_SUFFIXES | JSONL_SUFFIXES
    for item in _parse(name, suffix, decoded.text):
        if isinstance(item, Source):
            if decoded.encoding != "utf-8":
                item.extra["encoding"] = decoded.encoding
            if sidecar:
                apply_sidecar(item, sidecar, override=not many)
            if not item.text.strip():
                yield problem(item.path, "E103")
                continue
        yield item


def _decode(name: str, data: bytes, text: str | None = None) -> Generator[IngestProblem, None, Decoded | None]:
    """Empty, binary or undecodable input as a problem line (returning None); else the decoded text
    (``text`` when the input arrived already decoded)."""
    if not data.strip():
        yield problem(name, "E103")
        return None
    kind = binary_kind(data)
    if kind is not None:
        yield problem(name, "E104", detail=kind)
        return None
    decoded = decode_bytes(data) if text is None else Decoded(text, "utf-8")
    if not decoded.text.strip():
        yield problem(name, "E103")
        return None
    if decoded.replaced:
        yield problem(name, "E106", detail=f"{decoded.replaced} invalid {decoded.encoding} byte sequence(s)")
    return decoded


def _parse(name: str, suffix: str, text: str) -> Iterator[Item]:
    if suffix in HTML_SUFFIXES:
        return iter([html_source(name, text)])
    if suffix in JSON_SUFFIXES:
        return json_records(name, text)
    if suffix in JSONL_SUFFIXES:
        return jsonl_records(name, text)
    return iter([txt_source(name, text)])


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Item]:
    """stdin goes through the same checks and decoding ladder as a file: a pipe carries bytes too."""
    raw = getattr(stream, "buffer", None)
    text: str | None = None
    try:
        if raw is not None:
            data = raw.read(max_bytes + 1)
        else:  # an already-decoded text stream (tests, embedding): its text is kept, surrogates and all,
            text = stream.read(max_bytes + 1)  # for the boundary to replace and report
            data = text.encode("utf-8", errors="surrogatepass")
    except (OSError, UnicodeDecodeError) as exc:
        yield problem(STDIN_PATH, "E102", reason=str(exc))
        return
    if len(data) > max_bytes:
        yield problem(STDIN_PATH, "E105", size=f"more than {max_bytes}", limit=max_bytes)
        return
    decoded = yield from _decode(STDIN_PATH, data, text)
    if decoded is not None:
        yield txt_source(STDIN_PATH, decoded.text, kind="stdin")
