"""Event lists as analysts ask for them: sorted by a column, narrowed to claimed / disputed / undated events,
and downloaded whole (CSV, GeoJSON, JSON) with the filters of the page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.serve.builders import all_results, build_database, formula_doc, raqqa_second_report
from tests.serve.conftest import Client

from sitroom.export import MERGED_CSV_COLUMNS
from sitroom.serve import create_app
from sitroom.serve.listing import SORT_COLUMNS


@pytest.fixture(scope="module")
def disputed_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """The web test database plus a second report of the Raqqa raid with another toll (7 vs 9 killed)."""
    db = build_database(tmp_path_factory.mktemp("listing") / "listing.duckdb", [*all_results(), raqqa_second_report()])
    app = create_app(db)
    yield Client(app)
    app.state.store.close()


def _items(client: Client, query: str) -> list[dict]:
    body = client.get(f"/api/events?{query}").json()
    assert body["total"] == len(body["items"]), query
    return body["items"]


@pytest.mark.parametrize("name", sorted(SORT_COLUMNS))
def test_every_sort_column_orders_the_list_with_unknowns_last(client: Client, name: str) -> None:
    column = {"killed": "killed_best", "wounded": "wounded_best", "sources": "n_sources"}.get(name, name)
    for sort, reverse in ((name, False), (f"-{name}", True)):
        values = [e[column] for e in _items(client, f"sort={sort}")]
        known = [v for v in values if v is not None]
        assert known == sorted(known, reverse=reverse), sort
        assert values[:len(known)] == known, f"{sort}: unknown values sort last"
        assert len(values) == 7


def test_default_sort_is_the_cursor_order(client: Client) -> None:
    assert [e["id"] for e in _items(client, "sort=-date")] == [e["id"] for e in _items(client, "")]


def test_sorted_lists_page_by_offset_and_refuse_cursors(client: Client) -> None:
    seen = []
    for offset in (0, 3, 6):
        body = client.get(f"/api/events?sort=-killed&limit=3&offset={offset}").json()
        assert body["total"] == 7 and body["next_cursor"] is None
        seen += [e["id"] for e in body["items"]]
    assert seen == [e["id"] for e in _items(client, "sort=-killed")]
    assert client.get("/api/events?sort=-killed&cursor=abc").json()["error"]["code"] == "E402"


def test_claimed_and_undated_filters(client: Client) -> None:
    claimed = _items(client, "claimed=yes")
    assert claimed and all(e["claimed"] for e in claimed)
    unclaimed = _items(client, "claimed=no")
    assert unclaimed and not any(e["claimed"] for e in unclaimed)
    assert len(claimed) + len(unclaimed) == 7
    undated = _items(client, "undated=yes")
    assert undated and all(e["date"] is None for e in undated)
    # "any" in the form sends an empty value: no filter.
    assert len(_items(client, "claimed=&undated=&disputed=")) == 7
    # Combined with the store's filters.
    assert all(e["type"] == "attack" for e in _items(client, "claimed=yes&type=attack"))


@pytest.mark.parametrize("query", ["claimed=maybe", "undated=2", "sort=evidence", "sort=-;drop table x"])
def test_bad_flags_and_sorts_are_e402(client: Client, query: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400 and response.json()["error"]["code"] == "E402"


def test_disputed_finds_events_whose_sources_disagree(disputed_client: Client) -> None:
    disputed = _items(disputed_client, "disputed=yes")
    assert [(e["place"], e["killed_low"], e["killed_high"]) for e in disputed] == [("Raqqa", 7, 9)]
    detail = disputed_client.get(f"/api/events/{disputed[0]['id']}").json()
    assert "killed" in detail["conflicts"]  # the event page shows the same disagreement


def _csv(client: Client, query: str) -> list[dict[str, str]]:
    response = client.get(f"/api/events.csv?{query}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment; filename=\"sitroom-events")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and tuple(rows[0]) == MERGED_CSV_COLUMNS
    return rows


@pytest.mark.parametrize("query", ["", "type=attack", "country=SY", "claimed=yes", "sort=-killed&type=attack",
                                   "since=2023-06&until=2023-11"])
def test_csv_download_holds_exactly_the_filtered_list_in_its_order(client: Client, query: str) -> None:
    listed = _items(client, query)
    rows = _csv(client, query)
    assert [r["event_id_cnty"] for r in rows] == [e["id"] for e in listed]
    for row, ev in zip(rows, listed, strict=True):
        assert row["event_type"] == ev["type"]
        assert row["fatalities"] == ("" if ev["killed_best"] is None else str(ev["killed_best"]))


def test_downloads_are_not_capped_at_a_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitroom.serve import listing

    monkeypatch.setattr(listing, "CHUNK", 2)  # several chunks over the small database
    app = create_app(build_database(tmp_path / "chunks.duckdb"))
    try:
        client = Client(app)
        rows = _csv(client, "limit=1")  # a page size is ignored: the download is the whole list
        assert len(rows) == 7 == len({r["event_id_cnty"] for r in rows})
        body = client.get("/api/events.json").json()
        assert body["total"] == len(body["items"]) == 7 and body["format"] == "sitroom/1-events"
    finally:
        app.state.store.close()


def test_geojson_download_has_the_located_events_as_points(client: Client) -> None:
    response = client.get("/api/events.geojson?country=SY")
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    located = [e for e in _items(client, "country=SY") if e["lat"] is not None]
    assert collection["type"] == "FeatureCollection"
    assert [f["properties"]["id"] for f in collection["features"]] == [e["id"] for e in located]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["sources"][0]["evidence"]


def test_json_download_carries_every_source_and_the_filters(disputed_client: Client) -> None:
    body = json.loads(disputed_client.get("/api/events.json?disputed=yes").text)
    assert body["filters"] == {"disputed": "yes"} and body["total"] == 1
    (event,) = body["items"]
    assert len(event["sources"]) == 2 and event["killed"]["low"] == 7 and event["killed"]["high"] == 9


def test_bad_download_requests_are_e402(client: Client) -> None:
    assert client.get("/api/events.xlsx").json()["error"]["code"] == "E402"
    assert client.get("/api/events.csv?since=2024&until=2023").json()["error"]["code"] == "E402"


# --------------------------------------------------------------------------- figures and quotes


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("query", ["", "speaker=Vale", "about=regroup"])
def test_quotes_download_is_every_quote_the_page_lists(client: Client, query: str) -> None:
    listed = client.get(f"/api/quotes?limit=1000&{query}").json()
    response = client.get(f"/api/quotes.csv?{query}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = _rows(response.text)
    assert [r["id"] for r in rows] == [q["id"] for q in listed["items"]] and len(rows) == listed["total"]
    for row, quote in zip(rows, listed["items"], strict=True):
        assert row["text"] == quote["text"] and row["evidence"] == quote["evidence"][0]["text"]
        assert row["source"]  # the outlet is on the row, not only a document id
    body = client.get(f"/api/quotes.json?{query}").json()
    assert [q["id"] for q in body["items"]] == [q["id"] for q in listed["items"]]


def test_figures_download_has_every_figure_with_its_article(client: Client, serve_db: Path) -> None:
    from sitroom.store import Store

    with Store(serve_db, read_only=True) as store:
        figures = store.figures(limit=10_000)
    rows = _rows(client.get("/api/figures.csv").text)
    assert sorted(r["id"] for r in rows) == sorted(f["id"] for f in figures) and len(figures) >= 4
    assert all(r["title"] and r["evidence"] and r["unit"] for r in rows)
    people = client.get("/api/figures.json?unit=people").json()
    assert people["filters"] == {"unit": "people"}
    assert people["items"] and {f["unit"] for f in people["items"]} == {"people"}
    assert client.get("/api/figures.json?unit=people").headers["content-disposition"].endswith(
        'filename="sitroom-figures-unit-people.json"')


def test_record_downloads_are_not_capped_at_a_chunk(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitroom.serve import listing

    whole = _rows(client.get("/api/quotes.csv").text)
    monkeypatch.setattr(listing, "CHUNK", 1)
    assert _rows(client.get("/api/quotes.csv").text) == whole and len(whole) >= 3
    assert len(client.get("/api/quotes.json").json()["items"]) == len(whole)


def test_quotes_and_series_pages_link_their_downloads(client: Client) -> None:
    page = client.get("/quotes?speaker=Vale").text
    assert 'href="/api/quotes.csv?speaker=Vale"' in page and 'href="/api/quotes.json?speaker=Vale"' in page
    assert 'href="/api/figures.csv"' in client.get("/series").text
    assert client.get("/api/quotes.xml").status_code in (400, 404)


def test_downloads_escape_cells_a_spreadsheet_would_run(tmp_path: Path) -> None:
    app = create_app(build_database(tmp_path / "formula.duckdb", [*all_results(), formula_doc()]))
    try:
        client = Client(app)
        seen = 0
        for url in ("/api/events.csv", "/api/quotes.csv", "/api/figures.csv"):
            for row in csv.reader(io.StringIO(client.get(url).text, newline="")):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or cell.lstrip("+-").replace(
                        ".", "", 1).isdigit(), (url, cell)
                    seen += cell.startswith("'")
        events = _rows(client.get("/api/events.csv").text)
        hostile = next(r for r in events if r["actor1"] == "'@Brigade")
        assert hostile["source"].startswith("'=HYPERLINK(") and hostile["fatalities"] == "3"
        assert seen >= 5  # source, actor, speaker, role, quote text, figure subject ... all came through escaped
    finally:
        app.state.store.close()
