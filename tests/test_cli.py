"""The CLI through Typer's runner: each command is a thin wrapper, so these check wiring and output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.test_export import make_picture_corpus
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.export import MERGED_CSV_COLUMNS, REPORT_CSV_COLUMNS
from sitroom.store import Store

runner = CliRunner()
ARTICLE = (
    "Title: Coalition ministers meet in Rome\nDate: 2024-06-10\n\n"
    "ROME, June 10 - Foreign ministers of the Global Coalition to Defeat ISIS met in Rome on Monday and pledged "
    "more than $300 million for stabilisation in Iraq and Syria.\n"
    "\u201cThe fight is not over,\u201d said Jane Example, a State Department spokesperson.\n"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rome.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_text("")
    return folder


def test_cli_version() -> None:
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0 and result.stdout.strip()


@pytest.mark.model
def test_cli_extract_prints_sitroom_json(corpus: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus / "rome.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["format"] == "sitroom/1"
    assert obj["documents"][0]["published"] == "2024-06-10"


@pytest.mark.model
def test_cli_ingest_stats_export(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["ingested"]) == 1
    assert report["skipped"][0]["code"] == "E103"

    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["documents"] == 1

    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("event_id_cnty")


def test_cli_ingest_nothing_ingestable_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    assert "E103" in result.stdout


def test_cli_export_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "E303" in result.output


def test_cli_db_memory_reaches_the_store(corpus: Path, tmp_path: Path) -> None:
    """--db-memory (env SITROOM_DB_MEMORY) is DuckDB's memory limit for ingest, load and rebuild: a size
    DuckDB cannot read stops each with E302 before anything is extracted or written."""
    db = str(tmp_path / "s.duckdb")
    for args in (["ingest", str(corpus / "rome.txt"), "--db", db], ["rebuild", "--db", db],
                 ["load", str(tmp_path), "--db", db]):
        result = runner.invoke(app, [*args, "--db-memory", "lots"])
        assert result.exit_code == 2 and "E302" in result.output and "'lots'" in result.output, result.output
    result = runner.invoke(app, ["rebuild", "--db", db], env={"SITROOM_DB_MEMORY": "plenty"})
    assert result.exit_code == 2 and "'plenty'" in result.output, result.output


@pytest.fixture()
def pictured_db(tmp_path: Path) -> Path:
    """A database holding three reports of one attack (and more) with its picture built, no model needed."""
    db = tmp_path / "p.duckdb"
    with Store(db) as st:
        st.write_results(make_picture_corpus())
        st.rebuild_picture()
    return db


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_cli_export_events_merged_vs_reports(pictured_db: Path) -> None:
    merged = runner.invoke(app, ["export", "--db", str(pictured_db), "--format", "csv"])
    reports = runner.invoke(app, ["export", "--db", str(pictured_db), "--format", "csv", "--events", "reports"])
    assert merged.exit_code == 0 and reports.exit_code == 0, merged.output + reports.output
    merged_rows, report_rows = _csv_rows(merged.stdout), _csv_rows(reports.stdout)
    assert list(merged_rows[0]) == list(MERGED_CSV_COLUMNS) and list(report_rows[0]) == list(REPORT_CSV_COLUMNS)
    assert [r["event_type"] for r in merged_rows].count("attack") == 1
    assert [r["event_type"] for r in report_rows].count("attack") == 3
    attack = next(r for r in merged_rows if r["event_type"] == "attack")
    assert attack["sources_count"] == "3" and attack["fatalities"] == "5"


def test_cli_export_json_with_and_without_the_picture(pictured_db: Path) -> None:
    full = json.loads(runner.invoke(app, ["export", "--db", str(pictured_db)]).stdout)
    bare = json.loads(runner.invoke(app, ["export", "--db", str(pictured_db), "--events", "reports"]).stdout)
    assert full["merged_events"] and full["series"]
    assert "merged_events" not in bare and bare["events"] == full["events"]
    bad = runner.invoke(app, ["export", "--db", str(pictured_db), "--events", "everything"])
    assert bad.exit_code == 2


# ---------------------------------------------------------------------------- one coded line on failure

READ_COMMANDS = [
    ["export"], ["stats"], ["events"], ["event", "abcdef12"], ["series"], ["quotes"], ["entities"],
    ["timeline"], ["search", "mosul"], ["serve"],
]
WRITE_COMMANDS = [["rebuild"], ["ingest", "{input}"]]


def _corrupt(tmp_path: Path) -> Path:
    import random

    bad = tmp_path / "corrupt.duckdb"
    bad.write_bytes(random.Random(13).randbytes(300_000))
    return bad


def _one_coded_line(result: object, code: str) -> None:
    output = result.output  # type: ignore[attr-defined]
    assert result.exit_code not in (0, None), output  # type: ignore[attr-defined]
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"{code}: "), output
    assert "Traceback" not in output


@pytest.mark.parametrize("command", READ_COMMANDS + WRITE_COMMANDS, ids=lambda c: c[0])
def test_cli_corrupt_database_is_one_coded_line(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "in.txt").write_text(ARTICLE)
    db = _corrupt(tmp_path)
    args = [a.format(input=tmp_path / "in.txt") for a in command]
    _one_coded_line(runner.invoke(app, [*args, "--db", str(db)]), "E302")


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_cli_missing_database_is_one_coded_line(tmp_path: Path, command: list[str]) -> None:
    _one_coded_line(runner.invoke(app, [*command, "--db", str(tmp_path / "none.duckdb")]), "E303")


@pytest.mark.parametrize("command", WRITE_COMMANDS, ids=lambda c: c[0])
def test_cli_database_in_a_missing_folder_is_one_coded_line(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "in.txt").write_text("")  # nothing to extract: the database is opened before any model
    args = [a.format(input=tmp_path / "in.txt") for a in command]
    _one_coded_line(runner.invoke(app, [*args, "--db", str(tmp_path / "no" / "such" / "s.duckdb")]), "E302")


def test_cli_long_message_is_not_folded(tmp_path: Path) -> None:
    deep = tmp_path / ("a-rather-long-folder-name-" * 6)
    deep.mkdir()
    _one_coded_line(runner.invoke(app, ["stats", "--db", str(deep / "none.duckdb")]), "E303")


def test_cli_storage_failure_inside_a_command_is_one_coded_line(
    pictured_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk under a command (here: mid-rebuild) ends with E305, not DuckDB's traceback."""
    import duckdb

    from sitroom.store import picture

    def full(*_: object, **__: object) -> None:
        raise duckdb.TransactionException('Failed to commit: Could not write file "x.wal": No space left on device')

    monkeypatch.setattr(picture, "save_picture", full)
    _one_coded_line(runner.invoke(app, ["rebuild", "--db", str(pictured_db)]), "E305")


def test_cli_export_to_an_unwritable_place_is_one_coded_line(pictured_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "out.json"
    _one_coded_line(runner.invoke(app, ["export", "--db", str(pictured_db), "--output", str(target)]), "E307")


# ---------------------------------------------------------------------------- the stale picture


@pytest.fixture()
def stale_db(tmp_path: Path) -> Path:
    """Documents stored, picture never rebuilt: what a run killed before its rebuild leaves."""
    db = tmp_path / "stale.duckdb"
    with Store(db) as st:
        st.write_results(make_picture_corpus())
    return db


def test_cli_read_only_commands_say_the_picture_is_stale(stale_db: Path) -> None:
    for command in (["stats"], ["events"], ["export"]):
        result = runner.invoke(app, [*command, "--db", str(stale_db)])
        assert result.exit_code == 0, result.output
        assert "W205: " in result.stderr and "sitroom rebuild" in result.stderr


def test_cli_rebuild_clears_the_stale_picture(stale_db: Path) -> None:
    result = runner.invoke(app, ["rebuild", "--db", str(stale_db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["picture_events"] > 0
    after = runner.invoke(app, ["export", "--db", str(stale_db)])
    assert "W205" not in after.stderr and json.loads(after.stdout)["merged_events"]


def test_cli_export_replaces_the_output_whole(pictured_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("an older export")
    result = runner.invoke(app, ["export", "--db", str(pictured_db), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["merged_events"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_batch_size_default_is_the_pipeline_batch() -> None:
    from sitroom.cli import BATCH_SIZE
    from sitroom.pipeline import BATCH_SIZE as PIPELINE_BATCH

    assert BATCH_SIZE == PIPELINE_BATCH  # a copy, so that `sitroom --help` does not import spaCy
