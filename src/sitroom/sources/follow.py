"""The follower a server runs (``sitroom serve --follow``): fetch passes on a schedule and folder watches.

DuckDB lets one process write a database. A server that follows sources is that process: its loops ingest
into the same database instance the web app reads, so each committed batch shows on the next request, with
no restart and no second writer. The loops take turns at writing (one lock), and a failed pass is a log
line, never the end of the loop.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from sitroom.errors import SitroomError
from sitroom.models import IngestReport
from sitroom.sources.fetch import Politeness
from sitroom.sources.passes import FetchReport, Ingest, fetch_pass
from sitroom.sources.watch import watch_folders

_EVERY_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}
MIN_EVERY = 1.0  # seconds: a faster schedule would only hammer the sources


def parse_every(text: str) -> float:
    """Seconds from ``15m``, ``30s``, ``1h``, ``2d`` or a plain number of seconds; ValueError otherwise."""
    m = _EVERY_RE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a duration like 15m, 30s or 1h")
    seconds = float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]
    if seconds < MIN_EVERY:
        raise ValueError(f"{text!r} is shorter than {MIN_EVERY:g}s")
    return seconds


def pass_line(report: FetchReport) -> str:
    """One log line for a pass: documents added, then each source's state."""
    parts = []
    for s in report.sources:
        name = s.name or s.url
        state = s.status if s.reason is None else f"{s.status} ({s.reason})"
        parts.append(f"{name}: {state}, +{s.added}" + (f", {s.failed} failed" if s.failed else ""))
    return f"fetch: {report.added} document(s) added from {len(report.sources)} source(s)" + (
        " — " + "; ".join(parts) if parts else "")


@dataclass
class FollowConfig:
    every: float = 900.0  # seconds between the starts of two fetch passes
    watch: Sequence[Path] = field(default_factory=list)
    fetch: bool = True
    politeness: Politeness | None = None
    transport: httpx.BaseTransport | None = None  # tests: a local transport
    debounce_ms: int = 1600


class Follower:
    """Background threads that keep ``db`` current; ``start()`` with the server, ``stop()`` before it closes."""

    def __init__(
        self, db: str | Path, config: FollowConfig, log: Callable[[str], None] | None = None,
        ingest: Ingest | None = None,
    ) -> None:
        self.db = str(db)
        self.config = config
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self._ingest = ingest
        self._write = threading.Lock()  # one writer at a time inside the server too
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.passes = 0
        self.last_pass: FetchReport | None = None

    def ingest(self, *args: Any, **kwargs: Any) -> IngestReport:
        if self._ingest is None:
            from sitroom import jobs

            self._ingest = jobs.ingest
        with self._write:
            return self._ingest(*args, **kwargs)

    def start(self) -> None:
        if self.config.fetch:
            self._threads.append(threading.Thread(target=self._fetch_loop, name="sitroom-fetch", daemon=True))
        if self.config.watch:
            self._threads.append(threading.Thread(target=self._watch_loop, name="sitroom-watch", daemon=True))
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()

    def run_pass(self) -> FetchReport | None:
        """One fetch pass; its failure is logged, not raised (the loop must go on)."""
        try:
            report = fetch_pass(self.db, politeness=self.config.politeness, transport=self.config.transport,
                                ingest=self.ingest, should_stop=self._stop.is_set)
        except Exception as exc:
            message = exc.message if isinstance(exc, SitroomError) else f"{type(exc).__name__}: {exc}"
            self.log(f"fetch: pass failed, nothing stored was changed: {message}")
            return None
        self.passes += 1
        self.last_pass = report
        self.log(pass_line(report))
        return report

    def _fetch_loop(self) -> None:
        while not self._stop.is_set():
            self.run_pass()
            self._stop.wait(self.config.every)

    def _watch_loop(self) -> None:
        def on_report(report: IngestReport, paths: Sequence[str]) -> None:
            self.log(f"watch: {len(report.ingested)} ingested, {len(report.duplicates)} duplicate(s), "
                     f"{len(report.skipped)} skipped from {len(paths)} path(s)")

        def on_error(exc: SitroomError) -> None:
            self.log(f"watch: {exc.code}: {exc.message}")

        while not self._stop.is_set():
            try:
                watch_folders(self.config.watch, self.db, on_report, on_error=on_error, stop=self._stop,
                              ingest=self.ingest, debounce_ms=self.config.debounce_ms)
            except Exception as exc:  # a folder removed under the watcher: say so, and try again later
                self.log(f"watch: {type(exc).__name__}: {exc}")
                self._stop.wait(self.config.every)


def follow_config(follow: bool, every: str, watch: Sequence[Path]) -> FollowConfig | None:
    """The follower the serve options ask for (None without ``--follow``); E610 for a bad option."""
    if not follow:
        if watch:
            raise SitroomError("E610", detail="--watch needs --follow")
        return None
    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise SitroomError("E610", detail=f"--every {exc}") from exc
    for folder in watch:
        if not Path(folder).is_dir():
            raise SitroomError("E610", detail=f"--watch {folder} is not a folder")
    return FollowConfig(every=seconds, watch=list(watch))
