"""CLI: sources add/list/remove, fetch, and the one-writer lines (E601) when another process holds the database."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.sources.site import Site, rss, serve_site
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store import Store
from sitroom.store.holder import holder_path

runner = CliRunner()
SRC = Path(__file__).resolve().parents[1] / "src"
# A process that holds the database for writing, named on its command line as `sitroom ingest` would be.
HOLD = (
    "import sys, time\n"
    "from sitroom.store import Store\n"
    "s = Store(sys.argv[3])\n"
    "print('ready', flush=True)\n"
    "time.sleep(120)\n"
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.duckdb"
    Store(path).close()
    return path


@pytest.fixture
def ingest_holds(db: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, "sitroom", "ingest", str(db)], stdout=subprocess.PIPE,
                            text=True, env=_env())
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        proc.kill()
        proc.wait(10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sitroom.cli", "serve", "--db", str(db), "--port", str(port),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True, env=_env())
    try:
        deadline = time.monotonic() + 60
        while not holder_path(db).exists():
            assert proc.poll() is None, "the server died at start"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield proc, port
    finally:
        proc.terminate()
        proc.wait(20)


@pytest.fixture
def serve_holds(db: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    yield from _serve(db)


@pytest.fixture
def upload_server(db: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    yield from _serve(db, "--allow-ingest", "--token", "s3cret")


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def test_ingest_while_a_server_holds_the_database_says_which_and_what_to_run(
    db: Path, serve_holds: tuple[subprocess.Popen[str], int], tmp_path: Path
) -> None:
    proc, port = serve_holds
    article = tmp_path / "a.txt"
    article.write_text("Coalition aircraft struck an Islamic State hideout near Mosul on Monday.")
    result = runner.invoke(app, ["ingest", str(article), "--db", str(db)])
    assert result.exit_code == 2
    lines = _lines(result.output)
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"E601: database {db} is in use by `sitroom serve` (PID {proc.pid}, "
                               f"http://127.0.0.1:{port})")
    assert f"sitroom serve --db {db} --follow --watch DIR" in lines[0]
    assert "readonly" not in lines[0] and "Traceback" not in result.output


def test_sources_add_while_a_server_holds_the_database_is_refused_the_same_way(
    db: Path, serve_holds: tuple[subprocess.Popen[str], int]
) -> None:
    result = runner.invoke(app, ["sources", "add", "http://127.0.0.1:9/feed.xml", "--db", str(db)])
    assert result.exit_code == 2 and _lines(result.output)[0].startswith("E601:")
    assert len(_lines(result.output)) == 1


def test_serve_on_a_database_an_ingest_holds_prints_one_line(db: Path, ingest_holds: subprocess.Popen[str]) -> None:
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(_free_port())])
    assert result.exit_code == 2
    lines = _lines(result.output)
    assert lines == [f"E601: database {db} is in use by `sitroom ingest` (PID {ingest_holds.pid}): wait for it "
                     "to finish, then run this again (one process writes a database at a time)"]


def test_ingest_while_another_ingest_runs_prints_one_line(
    db: Path, ingest_holds: subprocess.Popen[str], tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.")
    result = runner.invoke(app, ["ingest", str(article), "--db", str(db)])
    assert result.exit_code == 2 and len(_lines(result.output)) == 1
    assert "is in use by `sitroom ingest`" in result.output


def test_serve_follow_options_are_checked_before_the_server_starts(db: Path, tmp_path: Path) -> None:
    bad_every = runner.invoke(app, ["serve", "--db", str(db), "--follow", "--every", "soon"])
    assert bad_every.exit_code == 2 and _lines(bad_every.output)[0].startswith("E610: bad follow option: --every")
    no_folder = runner.invoke(app, ["serve", "--db", str(db), "--follow", "--watch", str(tmp_path / "nope")])
    assert no_folder.exit_code == 2 and "is not a folder" in no_folder.output
    watch_alone = runner.invoke(app, ["serve", "--db", str(db), "--watch", str(tmp_path)])
    assert watch_alone.exit_code == 2 and "--watch needs --follow" in watch_alone.output


def test_sources_add_list_remove(db: Path) -> None:
    added = runner.invoke(app, ["sources", "add", "https://example.org/feed.xml", "--name", "Example", "--db",
                                str(db)])
    assert added.exit_code == 0 and "added: 1 https://example.org/feed.xml (Example)" in added.output
    again = runner.invoke(app, ["sources", "add", "https://example.org/feed.xml", "--db", str(db)])
    assert "already followed" in again.output

    listed = runner.invoke(app, ["sources", "list", "--db", str(db), "--json"])
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["name"], r["documents_added"], r["last_success"]) for r in rows] == [(1, "Example", 0, None)]
    table = runner.invoke(app, ["sources", "--db", str(db)])
    assert table.exit_code == 0 and "never fetched" in table.output

    bad = runner.invoke(app, ["sources", "add", "file:///etc/passwd", "--db", str(db)])
    assert bad.exit_code == 2 and bad.output.startswith("E602: not a source URL: file:///etc/passwd")
    missing = runner.invoke(app, ["sources", "remove", "nope", "--db", str(db)])
    assert missing.exit_code == 2 and "E603: no source nope" in missing.output
    removed = runner.invoke(app, ["sources", "remove", "Example", "--db", str(db)])
    assert removed.exit_code == 0 and "its documents stay" in removed.output
    assert json.loads(runner.invoke(app, ["sources", "list", "--db", str(db), "--json"]).stdout) == []


@pytest.mark.model
def test_fetch_command_ingests_a_feed_with_the_real_pipeline_and_reports_health(db: Path) -> None:
    site = Site()
    with serve_site(site):
        site.add_article("/news/mosul-strike.html")
        site.set_feed("/rss.xml", rss(site.base, ["/news/mosul-strike.html"]), etag='"v1"')
        runner.invoke(app, ["sources", "add", f"{site.base}/rss.xml", "--name", "wire", "--db", str(db)])
        result = runner.invoke(app, ["fetch", "--db", str(db)])
        again = runner.invoke(app, ["fetch", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert "ingest report" in result.output and "wire" in result.output
    assert json.loads(again.stdout)["sources"][0]["status"] == "not modified"
    with Store(db, read_only=True) as store:
        doc = store.documents(limit=5)[0]
        events = store.events(limit=5)
    assert doc["url"] == f"{site.base}/news/mosul-strike.html" and doc["source_path"] == doc["url"]
    assert events, "the fetched page went through extraction like an ingested file"


def test_ingest_with_a_wrong_token_is_refused_by_the_server_in_one_line(
    db: Path, upload_server: tuple[subprocess.Popen[str], int], tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.")
    without = runner.invoke(app, ["ingest", str(article), "--db", str(db)], env={"SITROOM_TOKEN": ""})
    assert without.exit_code == 2 and "run this with --token TOKEN to hand the files over" in without.output
    wrong = runner.invoke(app, ["ingest", str(article), "--db", str(db), "--token", "guess"])
    assert wrong.exit_code == 2 and len(_lines(wrong.output)) == 1
    assert _lines(wrong.output)[0].startswith("E611: could not hand the files to the server at http://127.0.0.1:")
    assert "refused the token (HTTP 401)" in wrong.output


@pytest.mark.model
def test_ingest_hands_files_to_a_server_that_accepts_uploads(
    db: Path, upload_server: tuple[subprocess.Popen[str], int], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mosul.txt").write_text("Title: Strike near Mosul\nDate: 2024-06-10\n\nCoalition aircraft struck an "
                                      "Islamic State hideout near Mosul on Monday, killing four militants, the "
                                      "Iraqi Joint Operations Command said.\n")
    (folder / "x.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--token", "s3cret", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["ingested"]) == 1
    assert [(p["path"], p["code"]) for p in report["skipped"]] == [(str(folder / "x.pdf"), "E111")]


@pytest.mark.model
def test_watch_command_prints_ingest_reports_as_files_arrive_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    import signal

    folder = tmp_path / "drop"
    folder.mkdir()
    db = tmp_path / "watch.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "sitroom.cli", "watch", str(folder), "--db", str(db), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    # A hung watch is killed (its stdout then ends), so the test fails instead of waiting forever.
    guard = threading.Timer(300, proc.kill)
    guard.start()
    try:
        assert proc.stdout is not None
        first = _read_json(proc)  # the folder as it was: empty
        assert first["ingested"] == []
        (folder / "mosul.txt").write_text("Title: Strike near Mosul\nDate: 2024-06-10\n\nCoalition aircraft struck "
                                          "an Islamic State hideout near Mosul on Monday, killing four militants.\n")
        second = _read_json(proc)
        assert len(second["ingested"]) == 1 and second["skipped"] == []
        proc.send_signal(signal.SIGINT)
        # Ctrl-C lets an ingest under way (a second batch of events for the same file) finish and be stored
        # first; on a loaded machine that can take a while, so the wait is generous (the guard still kills)
        assert proc.wait(120) == 0
    finally:
        guard.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def _read_json(proc: subprocess.Popen[str]) -> dict[str, object]:
    """The next JSON report the watch prints (one object over several lines)."""
    assert proc.stdout is not None
    lines: list[str] = []
    while True:
        line = proc.stdout.readline()
        assert line, f"watch ended: {proc.stderr.read() if proc.stderr else ''}"
        lines.append(line)
        if line.rstrip() == "}":
            return json.loads("".join(lines))  # type: ignore[no-any-return]
