"""Watch folders: ingest files as they appear or change (watchfiles), with ingest's own report.

A first pass ingests what the folders already hold (re-running resumes, so it costs only the new files),
then each batch of changes the watcher reports is ingested as one run. Only files ingest reads are passed
on: hidden files, metadata sidecars and editors' temporary files are not inputs, and a deleted file changes
nothing stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sitroom.errors import SitroomError
from sitroom.ingest.readers import SUPPORTED_SUFFIXES
from sitroom.ingest.sidecars import SIDECAR_SUFFIX
from sitroom.models import IngestReport
from sitroom.sources.passes import Ingest

OnReport = Callable[[IngestReport, Sequence[str]], None]  # the report and the paths it covers
OnError = Callable[[SitroomError], None]


def wanted(path: str | Path) -> bool:
    """Whether a changed path is an input ingest should read."""
    p = Path(path)
    if p.name.startswith(".") or p.name.endswith(SIDECAR_SUFFIX):
        return False
    # Files without a suffix are left out too: editors write their temporary files that way.
    return p.suffix != "" and p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file()


def changed_inputs(changes: Iterable[tuple[object, str]]) -> list[str]:
    """The files to ingest from one batch of watchfiles changes (deletions drop out: the file is gone)."""
    return sorted({path for _, path in changes if wanted(path)})


def watch_folders(
    folders: Sequence[str | Path],
    db: str | Path,
    on_report: OnReport,
    on_error: OnError | None = None,
    stop: threading.Event | None = None,
    initial: bool = True,
    ingest: Ingest | None = None,
    debounce_ms: int = 1600,
    force_polling: bool | None = None,
) -> int:
    """Ingest ``folders`` now, then every file that appears or changes in them until ``stop`` is set.

    Returns the number of ingest runs. A failed run (say, a file that cannot be read at all) goes to
    ``on_error`` and watching goes on; an error on the first pass (the database is held by another
    process, E601) is raised, since nothing could be stored."""
    import watchfiles

    if ingest is None:
        from sitroom import jobs

        ingest = jobs.ingest
    names = [str(f) for f in folders]
    runs = 0
    armed = False
    # yield_on_timeout: the first (empty) batch comes once the watcher is armed. The folders are read then,
    # not before, so a file landing while they are read is in the next batch instead of lost.
    for changes in watchfiles.watch(*names, stop_event=stop, debounce=debounce_ms, force_polling=force_polling,
                                    raise_interrupt=False, recursive=True, yield_on_timeout=True,
                                    rust_timeout=1000):
        if not armed:
            armed = True
            if initial:
                on_report(ingest(names, db), names)
                runs += 1
                continue  # reading the folders covered whatever this first batch holds
        paths = changed_inputs(changes)
        if not paths:
            continue
        try:
            report = ingest(paths, db)
        except SitroomError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        on_report(report, paths)
        runs += 1
    return runs
