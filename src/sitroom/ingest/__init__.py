"""Ingest: read paths (files, folders, stdin) into ``Source`` records, or ``IngestProblem`` report lines.

Contract (owned by the ingest module):
    read_paths(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES,
               stdin: TextIO | None = None) -> Iterator[Source | IngestProblem]
Never raises for bad input: every unreadable thing becomes one IngestProblem with a catalogue code.
Only regular files are opened (files.py); every Source leaves through boundary.py, so its text holds no
lone surrogates and fits the language pipeline (E113 otherwise).

Formats: ``.txt`` (optional ``URL:/Title:/Date:/Published:/Source:/Author:`` header lines), ``.html``
(main text through trafilatura), ``.json`` (an object or a list of objects) and ``.jsonl`` (one object a
line; ``Source.path`` is ``file.jsonl#N`` for the N-th record, from 0). A ``NAME.meta.json`` sidecar beside
a file overrides its url/title/published/source (sidecars.py: type-checked, at most 1 MB).
"""

from sitroom.ingest.readers import DEFAULT_MAX_BYTES, read_file, read_paths

__all__ = ["DEFAULT_MAX_BYTES", "read_file", "read_paths"]
