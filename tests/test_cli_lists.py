"""Every list command at 80 columns (the width of most terminals, and what Rich assumes in a pipe): ids,
dates and numbers come out whole, so an id can be copied into `sitroom event ID`, and no row runs over four
lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.test_export import make_picture_corpus
from typer.testing import CliRunner

from sitroom import cli_picture
from sitroom.cli import app
from sitroom.store import Store

runner = CliRunner()
WIDTH = 80
MAX_ROW_LINES = 4
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lists") / "p.duckdb"
    with Store(path) as st:
        st.write_results(make_picture_corpus())
        st.rebuild_picture()
    return path


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The console is made at import; under pytest its width would come from whatever terminal runs the tests.
    monkeypatch.setattr(cli_picture.out, "width", WIDTH)
    yield


def _json(db: Path, *args: str) -> Any:
    result = runner.invoke(app, [*args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _table(db: Path, *args: str) -> list[str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= WIDTH, result.stdout
    return lines


def _whole(values: list[str | None], lines: list[str]) -> None:
    """Each value appears unbroken on one line (not cut with an ellipsis, not wrapped or folded)."""
    values = [v for v in values if v]
    assert values, "the database gives this list nothing to check"
    for value in values:
        assert any(value in line for line in lines), f"{value!r} is not whole in:\n" + "\n".join(lines)


def _row_heights(lines: list[str]) -> list[int]:
    """Lines each row takes in a table without row separators: a row starts where column one has text."""
    body = lines[lines.index(next(line for line in lines if line.startswith("─"))) + 1:]
    starts = [i for i, line in enumerate(body) if line[:1].strip()]
    return [b - a for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]


@pytest.mark.parametrize("command", ["events", "timeline"])
def test_event_lists_keep_ids_and_dates_whole_at_80_columns(db: Path, command: str) -> None:
    rows = _json(db, command)
    lines = _table(db, command)
    _whole([r["id"] for r in rows], lines)
    _whole([r["date"] for r in rows], lines)
    assert any(r["actor"] == "Global Coalition to Defeat Daesh/ISIS" for r in rows)  # the long actor is here
    assert max(_row_heights(lines)) <= MAX_ROW_LINES, "\n".join(lines)


def test_the_id_shown_opens_the_event(db: Path) -> None:
    lines = _table(db, "events")
    shown = next(r["id"] for r in _json(db, "events") if r["date"])
    assert any(line.startswith(shown) for line in lines)
    assert _json(db, "event", shown)["id"] == shown


def test_entities_keep_ids_whole_at_80_columns(db: Path) -> None:
    rows = _json(db, "entities")
    lines = _table(db, "entities")
    _whole([r["id"] for r in rows], lines)
    assert max(_row_heights(lines)) <= MAX_ROW_LINES, "\n".join(lines)


def test_series_keep_dates_and_numbers_whole_at_80_columns(db: Path) -> None:
    rows = _json(db, "series")
    lines = _table(db, "series")
    _whole([r["first_as_of"] for r in rows] + [r["last_as_of"] for r in rows], lines)
    _whole([f"{int(r['target']):,}" for r in rows if r["target"] is not None], lines)
    assert max(_row_heights(lines)) <= MAX_ROW_LINES, "\n".join(lines)  # the long series name wraps, briefly
    name = rows[0]["name"]
    points = _table(db, "series", name)
    _whole([p["as_of"] for r in _json(db, "series", name) for p in r["points"]], points)


def test_quotes_and_search_keep_dates_whole_at_80_columns(db: Path) -> None:
    _whole([r["date"] for r in _json(db, "quotes")], _table(db, "quotes"))
    _whole([r["published"] for r in _json(db, "search", "attack")], _table(db, "search", "attack"))


def test_long_text_is_cut_not_the_id() -> None:
    long_actor = "The Very Long Name of an Armed Group " * 4
    table = cli_picture._events_table(
        [{"id": "0123456789abcdef", "date": "2024-05-14", "type": "attack", "place": "Mosul", "country": "IQ",
          "actor": long_actor, "killed_best": 5, "killed_low": 4, "killed_high": 7, "n_sources": 3}], "t")
    with cli_picture.out.capture() as captured:
        cli_picture.out.print(table)
    lines = captured.get().splitlines()
    _whole(["0123456789abcdef", "2024-05-14", "5 (4–7)"], lines)
    assert max(_row_heights(lines)) <= MAX_ROW_LINES, "\n".join(lines)


def test_events_piped_without_a_terminal_keep_ids_whole(db: Path) -> None:
    """The case of the issue: `sitroom events | less` (Rich lays out for 80 columns when not on a terminal)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("COLUMNS", None)
    done = subprocess.run([sys.executable, "-m", "sitroom.cli", "events", "--db", str(db)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= WIDTH
    _whole([r["id"] for r in _json(db, "events")], lines)


# ---------------------------------------------------------------------------- sitroom export with filters

EXPORT_FILTERS = [
    (["--type", "attack"], "type=attack"),
    (["--country", "SY"], "country=SY"),
    (["--actor", "Islamic State"], "actor=Islamic%20State"),
    (["--since", "2024-04", "--until", "2024"], "since=2024-04&until=2024"),
    (["--claimed"], "claimed=yes"),
    (["--unclaimed"], "claimed=no"),
    (["--disputed"], "disputed=yes"),
    (["--undated", "--type", "pledge"], "undated=yes&type=pledge"),
]


@pytest.fixture(scope="module")
def web(db: Path) -> Iterator[Any]:
    from tests.serve.conftest import Client

    from sitroom.serve import create_app

    application = create_app(db)
    yield Client(application)
    application.state.store.close()


def _ids(csv_text: str) -> list[str]:
    import csv
    import io

    return [row["event_id_cnty"] for row in csv.DictReader(io.StringIO(csv_text))]


@pytest.mark.parametrize(("options", "query"), EXPORT_FILTERS, ids=[q for _, q in EXPORT_FILTERS])
def test_export_filters_select_what_the_web_download_selects(db: Path, web: Any, options: list[str],
                                                            query: str) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", *options])
    assert result.exit_code == 0, result.output
    download = web.get(f"/api/events.csv?{query}")
    assert download.status_code == 200
    everything = _ids(runner.invoke(app, ["export", "--db", str(db), "--format", "csv"]).stdout)
    chosen = _ids(result.stdout)
    assert sorted(chosen) == sorted(_ids(download.text))
    assert 0 < len(chosen) < len(everything), f"{options} should choose some events, not all: {chosen}"


def test_export_filters_narrow_the_reports_and_keep_the_other_tables(db: Path) -> None:
    full = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)
    attacks = json.loads(runner.invoke(app, ["export", "--db", str(db), "--type", "attack"]).stdout)
    assert [m["type"] for m in attacks["merged_events"]] == ["attack"]
    assert {e["id"] for e in attacks["events"]} == {s["event_id"] for s in attacks["merged_events"][0]["sources"]}
    assert attacks["documents"] == full["documents"] and attacks["series"] == full["series"]
    reports = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--events", "reports",
                                  "--type", "attack"])
    assert len(_ids(reports.stdout)) == len(attacks["events"]) == 3


def test_export_period_ending_before_it_starts_is_one_coded_line(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--since", "2025", "--until", "2024"])
    assert result.exit_code != 0 and result.output.startswith("E402: "), result.output


def test_a_tag_column_stays_on_one_line_and_leaves_the_room_to_names() -> None:
    from rich.console import Console

    table = cli_picture.list_table("series", [("name", cli_picture.TEXT), ("rule", cli_picture.TAG),
                                              ("from", cli_picture.WHOLE)],
                                   [["IS detainees held by Syrian Democratic Forces", "detainees_by_holder_kind",
                                     "2025-02-24"]])
    console = Console(width=WIDTH, record=True)
    console.print(table)
    lines = console.export_text().splitlines()
    assert any("2025-02-24" in line for line in lines)  # whole
    assert any("…" in line for line in lines) and not any("kind" in line for line in lines)  # the tag is cut
    assert max(_row_heights(lines)) <= 2, "\n".join(lines)


# ------------------------------------------------------------------ --csv on every list command

def _csv_rows(db: Path, *args: str) -> list[dict[str, str]]:
    import csv
    import io

    result = runner.invoke(app, [*args, "--db", str(db), "--csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


@pytest.mark.parametrize("command", [["events"], ["events", "--type", "attack"], ["timeline"]])
def test_event_lists_csv_are_the_web_downloads_columns_for_the_listed_rows(db: Path, web: Any,
                                                                         command: list[str]) -> None:
    from sitroom.export import MERGED_CSV_COLUMNS

    rows = _csv_rows(db, *command)
    listed = _json(db, *command)
    assert rows and tuple(rows[0]) == MERGED_CSV_COLUMNS
    assert [r["event_id_cnty"] for r in rows] == [e["id"] for e in listed]  # the command's rows, its order
    # ... written as the web writes them: each row equals the download's row for the same event
    download = {r["event_id_cnty"]: r for r in _web_csv(web, "/api/events.csv")}
    for row in rows:
        assert row == download[row["event_id_cnty"]]


def _web_csv(web: Any, url: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(web.get(url).text, newline="")))


def test_quotes_csv_are_the_web_downloads_columns(db: Path, web: Any) -> None:
    from sitroom.serve.listing import QUOTE_CSV_COLUMNS

    rows = _csv_rows(db, "quotes")
    listed = _json(db, "quotes")
    assert rows and tuple(rows[0]) == QUOTE_CSV_COLUMNS
    assert [r["id"] for r in rows] == [q["id"] for q in listed]
    assert all(r["source"] and r["evidence"] for r in rows)  # each row stands on its own, as the download's


@pytest.mark.parametrize(("command", "key", "json_key"), [
    (["entities"], "id", "id"), (["series"], "name", "name"), (["search", "attack"], "id", "id"),
    (["quotes", "--opposing"], "id", "id"),
])
def test_other_lists_csv_hold_the_listed_rows(db: Path, command: list[str], key: str, json_key: str) -> None:
    rows = _csv_rows(db, *command)
    listed = _json(db, *command)
    assert [r[key] for r in rows] == [str(x[json_key]) for x in listed]
    if listed:
        assert all(len(r) > 3 for r in rows)


def test_series_csv_of_one_series_has_a_row_per_point(db: Path) -> None:
    (series,) = _json(db, "series")[:1] or pytest.skip("no series in the test picture")
    rows = _csv_rows(db, "series", series["name"])
    (full,) = _json(db, "series", series["name"])
    assert len(rows) == len(full["points"]) + len(full["targets"]) > 0
    assert {r["series"] for r in rows} == {series["name"]}


def test_json_and_csv_together_is_one_coded_line(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--json", "--csv"])
    assert result.exit_code == 2 and result.output.startswith("E760: "), result.output
