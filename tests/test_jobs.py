"""The ingest job end to end: duplicates, bad input, and resuming after ``kill -9``."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

import pytest

from sitroom.export import export_json
from sitroom.jobs import Select, extract, ingest
from sitroom.models import DocResult
from sitroom.store import Store
from sitroom.synth import wire_texts

ARTICLE = (
    "Title: Bombing hits market in northern Iraq\nDate: 2024-05-02\n\n"
    "KIRKUK, May 2 - At least four people were killed when a bomb exploded at a market in Kirkuk on Thursday, "
    "police said. Islamic State claimed responsibility for the attack.\n"
)


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(wire_texts(count, seed=3, sentences=4)):
        (folder / f"{i:04d}.txt").write_text(f"Title: Wire story {i}\nDate: 2024-03-{1 + i % 28:02d}\n\n{text}\n")
    return folder


@pytest.mark.model
def test_jobs_ingest_twice_keeps_one_copy(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    db = tmp_path / "s.duckdb"
    (src / "empty.txt").write_text("")
    first = ingest([str(src)], db)
    second = ingest([str(src)], db)
    third = ingest([str(src)], db)
    assert len(first.ingested) == 1 and [p.code for p in first.skipped] == ["E103"]
    # A re-run lists the stored document as already stored (W204), not as a duplicate (W202) ...
    assert second.ingested == [] and second.duplicates == [] and second.ok
    assert second.already_stored == [(str(src / "a.txt"), first.ingested[0])]
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1
        # ... and ingest_problems keeps one row per problem per run: the empty file once each run,
        # nothing for the stored document however often it is re-run.
        rows = store.problems()
    assert sorted(r["code"] for r in rows) == ["E103"] * 3
    assert third.already_stored == second.already_stored


@pytest.mark.model
def test_jobs_bad_input_reported_and_stored_data_untouched(tmp_path: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(ARTICLE)
    db = tmp_path / "s.duckdb"
    ingest([str(good)], db)
    with Store(db, read_only=True) as store:
        before = store.export_object()

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (bad / "latin.txt").write_bytes("Le ministre a d\xe9clar\xe9 que la coalition restera.\n".encode("latin-1") * 3)
    (bad / "page.html").write_text("<html><body><div><p></div></body")
    (bad / "huge.txt").write_text("word " * 5000)
    report = ingest([str(bad), str(tmp_path / "missing.txt")], db, max_bytes=10_000)
    codes = {Path(p.path).name: p.code for p in report.skipped}
    assert codes["empty.txt"] == "E103"
    assert codes["binary.txt"] == "E104"
    assert codes["huge.txt"] == "E105"
    assert codes["page.html"] in {"E107", "E110"}
    assert codes["missing.txt"] == "E101"
    with Store(db, read_only=True) as store:
        after = store.export_object()
    # What was stored before is still there, unchanged.
    assert before["documents"][0] in after["documents"]
    assert [e for e in after["events"] if e["doc_id"] == before["documents"][0]["id"]] == before["events"]


@pytest.mark.model
def test_jobs_extract_matches_ingest_export(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    db = tmp_path / "s.duckdb"
    ingest([str(src)], db)
    with Store(db, read_only=True) as store:
        stored = store.export_object()
    assert extract([str(src)]) == stored


@pytest.mark.model
@pytest.mark.slow
def test_jobs_kill_9_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    # 160 documents in batches of 8: twenty commits, so the kill lands between two of them, at a fifth of
    # the time of the default batch size on 400 documents.
    src = _corpus(tmp_path / "corpus", 160)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    cmd = [sys.executable, "-m", "sitroom.cli", "ingest", str(src), "--batch-size", "8", "--db"]

    proc = subprocess.Popen([*cmd, str(killed_db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(killed_db) + ".wal")
    deadline = time.monotonic() + 120
    # Wait until the first batches are being written, then kill without warning.
    while time.monotonic() < deadline and proc.poll() is None:
        if killed_db.exists() and (wal.exists() or killed_db.stat().st_size > 600_000):
            time.sleep(0.5)
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(killed_db) as store:
        partial = store.counts()["documents"]
    assert partial < 160, "the run finished before it could be killed; enlarge the corpus"

    subprocess.run([*cmd, str(killed_db)], check=True, capture_output=True)
    subprocess.run([*cmd, str(clean_db)], check=True, capture_output=True)
    with Store(killed_db, read_only=True) as a, Store(clean_db, read_only=True) as b:
        resumed, uninterrupted = a.export_object(), b.export_object()
    assert len(uninterrupted["documents"]) == 160
    assert resumed == uninterrupted


def test_jobs_near_duplicate_index_links_the_nearest_smallest_id() -> None:
    from sitroom.jobs import NearDuplicateIndex

    index = NearDuplicateIndex()
    index.add(0b1111, "b")
    index.add(0b0111, "c")  # distance 1 from 0b0110
    index.add(0b0110 ^ (1 << 40), "a")  # also distance 1: ties go to the smallest id
    assert index.nearest(0b0110) == (1, "a")
    assert index.nearest(0b0110 ^ (0xFFFF << 20)) is None


def test_jobs_ingest_with_nothing_new_finishes_a_killed_rebuild(tmp_path: Path) -> None:
    """A run killed after its last batch committed, before the picture was rebuilt: the batches are stored
    (and marked the picture stale), the picture is not. The next ingest has nothing new and rebuilds it."""
    from tests.test_export import make_picture_corpus

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_results(make_picture_corpus())  # what the killed run committed
    empty = tmp_path / "nothing-new"
    empty.mkdir()
    report = ingest([str(empty)], db)
    assert report.ingested == []
    with Store(db, read_only=True) as store:
        assert not store.picture_stale()
        assert store.counts()["documents"] and store.export_object()["merged_events"]


def _children(pid: int) -> set[int]:
    """Live child processes of ``pid`` (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its entry waits to be reaped


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the pool workers")
def test_jobs_pool_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "corpus", 300)
    cmd = [sys.executable, "-m", "sitroom.cli", "ingest", str(src), "--db", str(tmp_path / "s.duckdb"),
           "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, "the pool never started; enlarge the corpus"
    time.sleep(1.0)  # let the workers get into their model load or first batch
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    orphans = [w for w in workers if _alive(w)]
    for w in orphans:  # do not leave them behind even when the test fails
        os.kill(w, signal.SIGKILL)
    assert orphans == []


@pytest.mark.model
@pytest.mark.slow
def test_jobs_kill_9_in_ingest_picture_and_export_resumes_to_identical_bytes(tmp_path: Path) -> None:
    """One seeded kill -9 in each phase (benchmarks/kill_resume.py runs 50): each resumed run exports
    exactly the bytes of the uninterrupted run, and a killed export never leaves half a file."""
    from tests.conftest import EXAMPLES
    from tests.kill_resume import run_trials

    trials = run_trials(EXAMPLES, tmp_path, n=3, seed=20240502)
    assert [t.phase for t in trials] == ["ingest", "picture", "export"]
    assert all(t.identical for t in trials), trials
    assert not any(t.half_file for t in trials), trials


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 200 KB tmpfs: too small for the example corpus's database. Needs root (mount); skipped otherwise."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root: the full-disk run is skipped on this machine")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode}): full-disk run skipped")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.model
@pytest.mark.slow
def test_jobs_full_disk_is_one_coded_line_and_loses_nothing_stored(small_disk: Path) -> None:
    from tests.conftest import EXAMPLES

    db = small_disk / "s.duckdb"
    cmd = [sys.executable, "-m", "sitroom.cli", "ingest", str(EXAMPLES), "--db", str(db), "--batch-size", "3"]
    full = subprocess.run(cmd, capture_output=True, text=True)
    lines = [line for line in full.stderr.splitlines() if line.strip()]
    assert full.returncode != 0
    assert len(lines) == 1 and lines[0].startswith("E305: "), full.stderr
    with Store(db, read_only=True) as store:  # still opens, on the full disk
        stored = store.counts()["documents"]

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    resumed = subprocess.run([*cmd, "--json"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    report = json.loads(resumed.stdout)
    assert len(report["already_stored"]) == stored  # every document stored before the disk filled is kept
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == stored + len(report["ingested"]) > 0
        assert not store.picture_stale()


class _OneAtATime:
    """An engine that hands the client one document at a time and yields its (ready-made) result, so with
    ``batch_size=1`` each document is stored before the next is chosen: a copy far down the input."""

    def __init__(self, results: list[DocResult]) -> None:
        self.results = results

    def run(self, paths: Sequence[str], select: Select, stdin: TextIO | None = None,
            max_bytes: int | None = None, sink_dir: str | None = None) -> Iterator[DocResult | str]:
        for result in self.results:
            for chosen in select([result.document], None):
                yield replace(result, document=chosen)


def test_jobs_copy_of_a_document_this_run_stored_is_a_duplicate_and_a_rerun_says_already_stored(
        tmp_path: Path) -> None:
    """The run no longer keeps every id it has seen: the database says which run stored a document. A copy
    of one stored earlier in the same run is W202 (it was W204 while the run kept its ids, once the first
    copy was committed); in the next run every one is W204, nothing is stored twice."""
    from tests.factories import make_result

    first, second = make_result("a"), make_result("b", published="2024-04-02")
    copy = replace(first, document=replace(first.document, source_path="corpus/copy-of-a.txt"))
    db = tmp_path / "s.duckdb"
    engine = _OneAtATime([first, second, copy])
    report = ingest([], db, engine=engine, batch_size=1)
    ids = [first.document.id, second.document.id]
    assert report.ingested == ids and report.already_stored == []
    assert report.duplicates == [("corpus/copy-of-a.txt", first.document.id)]
    again = ingest([], db, engine=engine, batch_size=1)
    assert again.ingested == [] and again.duplicates == []
    assert again.already_stored == [(r.document.source_path, r.document.id) for r in (first, second, copy)]
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 2
        assert sorted(r["code"] for r in store.problems()) == ["W202"]


def test_jobs_store_reopened_mid_run_stores_and_reports_the_same(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The client closes and reopens its DuckDB store every REOPEN_EVERY documents (what DuckDB never evicts,
    released): reopened after every document, the run stores, skips and reports exactly what it does without,
    and its export is the same bytes. A copy of a document stored before a reopen is still W202."""
    from tests.factories import make_result

    import sitroom.jobs

    first, second = make_result("a"), make_result("b", published="2024-04-02")
    third = make_result("c", published=None, segment=1)
    copy = replace(first, document=replace(first.document, source_path="corpus/copy-of-a.txt"))
    results = [first, second, copy, third]
    plain = ingest([], tmp_path / "plain.duckdb", engine=_OneAtATime(results), batch_size=1)
    reopened: list[str] = []
    real_reopen = Store.reopen

    def counted(store: Store) -> None:
        reopened.append(store.path)
        real_reopen(store)

    monkeypatch.setattr(Store, "reopen", counted)
    monkeypatch.setattr(sitroom.jobs, "REOPEN_EVERY", 1)
    db = tmp_path / "s.duckdb"
    report = ingest([], db, engine=_OneAtATime(results), batch_size=1)
    assert len(reopened) == 3  # after each stored batch (the copy is never extracted, so it has none)
    assert report.ingested == plain.ingested == [first.document.id, second.document.id, third.document.id]
    assert report.duplicates == plain.duplicates == [("corpus/copy-of-a.txt", first.document.id)]
    again = ingest([], db, engine=_OneAtATime(results), batch_size=1)
    assert again.ingested == [] and again.duplicates == [] and len(again.already_stored) == 4
    with Store(db, read_only=True) as store, Store(tmp_path / "plain.duckdb", read_only=True) as other:
        assert store.counts() == {**other.counts(), "runs": 2}  # the re-run is its second run
        exports = [io.BytesIO(), io.BytesIO()]
        export_json(store.export_object(), exports[0])
        export_json(other.export_object(), exports[1])
    assert exports[0].getvalue() == exports[1].getvalue()
