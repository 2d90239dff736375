"""store/picture.py (save, rebuild, queries) and the CLI commands over it; the wire corpus end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from tests.factories import make_corpus
from tests.picture.builders import doc, event, export, figure
from tests.picture.test_statements import _obj as statements_obj
from typer.testing import CliRunner

from sitroom.cli_picture import register, sparkline
from sitroom.errors import SitroomError
from sitroom.picture import build_picture
from sitroom.store import Store
from sitroom.store import picture as sp
from sitroom.store.db import connect

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database of the shared factory corpus with its picture rebuilt, plus extra picture rows."""
    path = tmp_path / "p.duckdb"
    with Store(path) as store:
        store.write_results(make_corpus())
        counts = store.rebuild_picture()
    assert counts["picture_events"] > 0
    return path


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_queries_rebuild_merges_the_factory_attack(db: Path) -> None:
    with Store(db, read_only=True) as store:
        attacks = store.merged_events(type="attack", country="Iraq", actor="IS", since="2024-05", until="2024")
        assert len(attacks) == 1 and attacks[0]["n_sources"] == 2
        full = store.merged_event(attacks[0]["id"][:8])
        assert {s["doc_id"] for s in full["sources"]} and all(s["evidence"] for s in full["sources"])
        assert full["killed"]["by_source"][0]["value"] == 4
        assert store.timeline(country="IQ")[0]["id"] == attacks[0]["id"]
        assert store.merged_events(since="2025-01-01") == []


def test_queries_errors_have_codes(db: Path) -> None:
    con = connect(db, read_only=True)
    try:
        with pytest.raises(SitroomError) as missing:
            sp.merged_event(con, "nope")
        assert missing.value.code == "E401"
        with pytest.raises(SitroomError) as bad:
            sp.merged_events(con, since="last year")
        assert bad.value.code == "E402"
    finally:
        con.close()


def test_queries_save_picture_replaces_previous_rows(tmp_path: Path) -> None:
    con = connect(tmp_path / "s.duckdb")
    try:
        obj = export([doc("a"), doc("b")], [event("a", killed=3), event("b", killed=5)])
        sp.save_picture(con, build_picture(obj))
        sp.save_picture(con, build_picture(obj))  # idempotent: replaced, not appended
        (row,) = sp.merged_events(con)
        assert (row["killed_low"], row["killed_best"], row["killed_high"], row["n_sources"]) == (3, 3, 5, 2)
        sp.save_picture(con, build_picture(statements_obj()))
        assert len(sp.opposing(con, about="Islamic")) == 1
        assert [s["speaker"] for s in sp.statements(con, speaker="jaber")] == ["Karim Jaber"]
        assert len(sp.statements(con, about="Islamic State")) == 2
        figs = [figure("a", i, "people", v, "people", f"{v:g} people", f"The al-Hol camp holds {v:g} people.", as_of=d)
                for i, (v, d) in enumerate([(9.0, "2022-01"), (7.0, "2021-01")])]
        sp.save_picture(con, build_picture(export([doc("a")], figures=figs)))
        (series,) = sp.series(con, "camp")
        assert [p["value"] for p in series["points"]] == [7.0, 9.0]
    finally:
        con.close()


def test_queries_cli_commands_answer_in_json_and_tables(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitroom import cli_options

    runner = CliRunner()
    app = _app()
    # Rich reads COLUMNS when the console is made, at import: wide enough that no sentence wraps, whichever
    # test imported the CLI first (pytest-xdist workers import it without a terminal, at 80 columns)
    monkeypatch.setattr(cli_options.out, "_width", 300)
    env = {"SITROOM_DB": str(db), "COLUMNS": "300"}
    result = runner.invoke(app, ["events", "--type", "attack", "--json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["type"] == "attack"
    shown = runner.invoke(app, ["event", rows[0]["id"], "--db", str(db)], env=env)
    assert shown.exit_code == 0 and "Islamic State fighters attacked" in shown.stdout
    for args in (["series"], ["series", "pledge"], ["quotes", "--speaker", "Doe"], ["quotes", "--opposing"],
                 ["entities"], ["timeline", "--country", "SY"], ["search", "checkpoint"], ["events"]):
        out = runner.invoke(app, [*args, "--db", str(db)])
        assert out.exit_code == 0, (args, out.output)
    assert "Jane Doe" in runner.invoke(app, ["quotes", "--db", str(db)]).stdout
    found = json.loads(runner.invoke(app, ["search", "checkpoint", "--json", "--db", str(db)]).stdout)
    assert found and all("checkpoint" in r["snippet"] for r in found)
    missing = runner.invoke(app, ["event", "ffffffffffff", "--db", str(db)])
    assert missing.exit_code == 1 and "E401" in missing.stderr


def test_queries_sparkline_scales_between_min_and_max() -> None:
    assert sparkline([1, 5, 9]) == "▁▅█" and sparkline([]) == "" and sparkline([2, 2]) == "▅▅"


# The real events of tests/fixtures/wire: (type, date, place) -> the article files (by number) reporting it.
WIRE_EVENTS: dict[tuple[str, str, str], set[str]] = {
    ("attack", "2022-03-17", "Baghdad"): {"01", "02", "03", "04"},  # market bombing, four tolls
    ("attack", "2022-03-17", "Mosul"): {"33"},  # same day, another city: stays apart
    ("attack", "2022-03-28", "Baghdad"): {"31"},  # same city, eleven days later: stays apart
    ("attack", "2022-05-08", "Kirkuk"): {"05", "06", "07"},  # one dated by a later toll update
    ("attack", "2022-09-23", "Palmyra"): {"08", "09"},  # one dated "said on Saturday"
    ("attack", "2022-10-10", "Diyala Governorate"): {"24", "25"},  # "people killed by militants"
    ("meeting", "2022-07-13", "Brussels"): {"10", "11", "12"},
    ("strike", "2022-06-08", "Deir ez-Zor Governorate"): {"29", "30"},  # a day and "earlier this month"
    ("repatriation", "2022-06-02", "al-Hol camp"): {"26"},  # the camp is named with its word
    ("repatriation", "2022-09-29", "al-Hol camp"): {"27"},
    # "Security forces arrested two suspects linked to the cell on Friday": an arrest sweep is an operation
    ("operation", "2022-03-18", None): {"03"},
    # "donors pledged $450 million", told after the meeting "on Wednesday" with no day of its own: the story's day
    # (the day an earlier event took is still the story's day for what is told after it)
    ("pledge", "2022-07-13", None): {"10"},
}


def _wire_titles() -> dict[str, str]:
    """Article title -> its file number."""
    out = {}
    for path in sorted(WIRE.glob("*.txt")):
        title = next(line for line in path.read_text("utf-8").splitlines() if line.startswith("Title:"))
        out[title.removeprefix("Title:").strip()] = path.name[:2]
    return out


@pytest.mark.model
def test_queries_wire_corpus_picture(tmp_path: Path) -> None:
    """The real pipeline on the wire corpus: each real event once with all its sources, tolls per source, a
    series with four or more points in date order, a target linked to its progress, opposing statements."""
    from sitroom.jobs import ingest

    path = tmp_path / "wire.duckdb"
    report = ingest([str(WIRE)], path)
    assert len(report.ingested) >= 30
    titles = _wire_titles()
    with Store(path) as store:
        store.rebuild_picture()
        found: dict[tuple[str, str, str], set[str]] = {}
        for row in store.merged_events(limit=1000):
            if row["type"] == "pledge" and row["date"] is None:
                continue  # "donors pledged $450 million", undated: the pledge drive is tracked as a series
            key = (row["type"], row["date"], row["place"])
            assert key not in found, f"{key} appears twice"
            found[key] = {titles[s["title"]] for s in store.merged_event(row["id"])["sources"]}
        assert found == WIRE_EVENTS
        (row,) = store.merged_events(type="attack", place="Baghdad", since="2022-03-17", until="2022-03-17")
        market = store.merged_event(row["id"])
        number = {s["doc_id"]: titles[s["title"]] for s in market["sources"]}
        assert {(number[s["doc_id"]], s["value"]) for s in market["killed"]["by_source"]} == {
            ("01", 28), ("02", 32), ("03", 30), ("04", 35)}
        assert (market["killed"]["low"], market["killed"]["best"], market["killed"]["high"]) == (28, 30, 35)
        kirkuk = store.merged_event(next(e["id"] for e in store.merged_events(type="attack", place="Kirkuk")))
        assert sorted(s["value"] for s in kirkuk["killed"]["by_source"]) == [5, 6, 7]
        camp = next(s for s in store.series("al-Hol camp") if s["n_points"] >= 4)
        dates = [p["as_of"] for p in camp["points"]]
        assert len(dates) >= 4 and dates == sorted(dates)
        pledges = store.series("pledge drive")
        assert any(s["target"] == 700_000_000 and s["n_points"] >= 2 for s in pledges)
        assert any(p["about"] == "Islamic State" for p in store.opposing(topic="threat"))
