"""Watching folders: files that appear or change are ingested; hidden files and sidecars are not inputs."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path

from tests.sources.conftest import light_ingest

from sitroom.models import IngestReport
from sitroom.sources.watch import changed_inputs, wanted, watch_folders
from sitroom.store import Store

ARTICLE = ("Islamic State militants attacked an army post in Kirkuk province on Wednesday night, killing two "
           "soldiers and wounding three, security sources said.\n")


def test_only_files_ingest_reads_are_inputs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", ".hidden.txt", "a.txt.meta.json", "notes", "x.pdf"):
        (tmp_path / name).write_text("x")
    assert [Path(p).name for p in changed_inputs((1, str(tmp_path / n)) for n in
                                                 ("a.txt", "b.html", ".hidden.txt", "a.txt.meta.json", "notes",
                                                  "x.pdf", "gone.txt"))] == ["a.txt", "b.html"]
    assert not wanted(tmp_path)  # a folder


def _wait(predicate: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def test_watch_ingests_existing_then_new_files_until_stopped(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "first.txt").write_text("Title: First\n\n" + ARTICLE)
    db = tmp_path / "w.duckdb"
    reports: list[tuple[IngestReport, Sequence[str]]] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch_folders, args=([folder], db, lambda r, p: reports.append((r, p))),
                              kwargs={"stop": stop, "ingest": light_ingest, "debounce_ms": 100,
                                      "force_polling": True}, daemon=True)
    thread.start()
    _wait(lambda: len(reports) == 1)
    assert len(reports[0][0].ingested) == 1  # what the folder held
    (folder / "sub").mkdir()
    (folder / "sub" / "second.txt").write_text("Title: Second\n\n" + ARTICLE.replace("two", "five"))
    (folder / ".tmp-partial.txt").write_text("ignored")
    _wait(lambda: len(reports) == 2)
    report, paths = reports[1]
    assert [Path(p).name for p in paths] == ["second.txt"] and len(report.ingested) == 1
    stop.set()
    thread.join(10)
    assert not thread.is_alive()
    with Store(db, read_only=True) as store:
        assert store.count_documents() == 2
