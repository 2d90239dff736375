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
