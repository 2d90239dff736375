"""The CLI through Typer's runner: each command is a thin wrapper, so these check wiring and output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

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
