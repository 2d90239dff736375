"""Kill -9 at random points of ingest, picture rebuild and export; resume; compare the export's bytes.

Used by ``tests/test_jobs.py`` (a few trials, ``slow``) and ``benchmarks/kill_resume.py`` (the full 50). Each
trial works on a fresh database: it starts ``sitroom ingest`` (or, for the export phase, ``sitroom export`` of
a finished database), SIGKILLs it at a seeded random moment inside the chosen phase, re-runs the command to
completion and exports JSON. The trial passes when that export is byte-identical to the export of an
uninterrupted run, and when a killed export left either no output file or a complete one.

Phases are found from the log lines ``SITROOM_LOG=info`` prints (jobs.py, store/store.py), timed once in the
uninterrupted reference run: "ingest" spans from one second before the first batch is stored to the start of
the picture rebuild (so some kills land before any commit, most between commits), "picture" from there to the
end of the run (picture, search index, run bookkeeping), "export" the whole export command.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PHASES = ("ingest", "picture", "export")
FIRST_BATCH = "ingest: stored"
PICTURE_START = "picture: rebuilding"
TIMEOUT = 300.0


@dataclass
class Trial:
    phase: str
    delay: float  # seconds after the phase's starting log line, or after launch (export; ingest before any batch)
    killed: bool  # False when the command had already finished: the kill came too late to count
    identical: bool
    half_file: bool = False  # a killed export left an incomplete output file


@dataclass
class Timings:
    """Seconds from launch to each log line of the reference run, and to its exit."""

    marks: dict[str, float] = field(default_factory=dict)
    end: float = 0.0


def sitroom(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitroom.cli", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "SITROOM_LOG": "info"}


class _Watched:
    """A running command whose stderr log lines are timestamped as they arrive."""

    def __init__(self, cmd: list[str]) -> None:
        self.start = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env())
        self.marks: dict[str, float] = {}
        self.lines: list[str] = []
        self._seen = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            now = time.monotonic() - self.start
            with self._seen:
                self.lines.append(line)
                for mark in (FIRST_BATCH, PICTURE_START):
                    if mark in line:
                        self.marks.setdefault(mark, now)
                self._seen.notify_all()
        with self._seen:
            self._seen.notify_all()

    def wait_for(self, mark: str | None) -> bool:
        """Block until ``mark`` was logged (None: return at once); False if the command ended first."""
        if mark is None:
            return True
        with self._seen:
            return self._seen.wait_for(
                lambda: mark in self.marks or self.proc.poll() is not None, timeout=TIMEOUT
            ) and mark in self.marks

    def kill_after(self, delay: float) -> bool:
        """SIGKILL ``delay`` seconds from now; True if the command was still running to be killed."""
        time.sleep(delay)
        if self.proc.poll() is not None:
            return False
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        return True

    def finish(self) -> int:
        code = self.proc.wait(timeout=TIMEOUT)
        self._reader.join(timeout=10)
        return code


class KillResume:
    """Reference run once, then ``trial()`` as often as wanted; everything under ``workdir``."""

    def __init__(self, corpus: Path, workdir: Path, batch_size: int = 3) -> None:
        self.corpus = corpus
        self.workdir = workdir
        self.batch_size = batch_size
        self.reference_db = workdir / "reference.duckdb"
        self.reference_bytes = b""
        self.ingest_timings = Timings()
        self.export_seconds = 0.0

    def ingest_cmd(self, db: Path) -> list[str]:
        return sitroom("ingest", str(self.corpus), "--db", str(db), "--batch-size", str(self.batch_size))

    def export_cmd(self, db: Path, out: Path) -> list[str]:
        return sitroom("export", "--db", str(db), "--format", "json", "--output", str(out))

    def reference(self) -> bytes:
        """Run ingest and export uninterrupted, timing their phases; returns the export's bytes."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        run = _Watched(self.ingest_cmd(self.reference_db))
        code = run.finish()
        if code != 0 or PICTURE_START not in run.marks:
            raise RuntimeError(f"reference ingest failed ({code}): {''.join(run.lines[-5:])}")
        self.ingest_timings = Timings(marks=dict(run.marks), end=time.monotonic() - run.start)
        out = self.workdir / "reference.json"
        started = time.monotonic()
        subprocess.run(self.export_cmd(self.reference_db, out), check=True, capture_output=True, env=_env())
        self.export_seconds = time.monotonic() - started
        self.reference_bytes = out.read_bytes()
        return self.reference_bytes

    def _window(self, phase: str) -> tuple[str | None, float, float]:
        """(log line to wait for, earliest and latest delay after it) for a kill inside ``phase``."""
        t = self.ingest_timings
        first, picture = t.marks[FIRST_BATCH], t.marks[PICTURE_START]
        if phase == "ingest":
            return FIRST_BATCH, -min(1.0, first), max(picture - first, 0.01)
        if phase == "picture":
            return PICTURE_START, 0.0, max(t.end - picture, 0.01)
        return None, 0.0, self.export_seconds

    def trial(self, phase: str, rng: random.Random, index: int) -> Trial:
        folder = self.workdir / f"trial-{index:03d}-{phase}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        db, out = folder / "s.duckdb", folder / "export.json"
        mark, low, high = self._window(phase)
        delay = rng.uniform(low, high)
        if phase == "export":
            shutil.copy(self.reference_db, db)
            run = _Watched(self.export_cmd(db, out))
        else:
            # A negative delay means "before the first batch": wait for launch + the reference's time of it.
            run = _Watched(self.ingest_cmd(db))
            if delay < 0:
                mark, delay = None, self.ingest_timings.marks[FIRST_BATCH] + delay
        run.wait_for(mark)
        killed = run.kill_after(max(delay, 0.0))
        run.finish()
        half_file = out.exists() and out.read_bytes() != self.reference_bytes
        if phase != "export":
            subprocess.run(self.ingest_cmd(db), check=True, capture_output=True, env=_env())
        subprocess.run(self.export_cmd(db, out), check=True, capture_output=True, env=_env())
        return Trial(phase=phase, delay=delay, killed=killed, identical=out.read_bytes() == self.reference_bytes,
                     half_file=half_file)


def run_trials(corpus: Path, workdir: Path, n: int, seed: int) -> list[Trial]:
    """``n`` trials cycling through the phases, kill moments drawn from ``random.Random(seed)``."""
    harness = KillResume(corpus, workdir)
    harness.reference()
    rng = random.Random(seed)
    return [harness.trial(PHASES[i % len(PHASES)], rng, i) for i in range(n)]
