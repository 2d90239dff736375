"""The sitroom/1 export: schema, ordering, merging and every output format, with and without the
cross-source picture (merged events, series)."""

from __future__ import annotations

import copy
import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import duckdb
import jsonschema
import pandas as pd
import pyarrow.parquet as pq
import pytest
from tests.factories import ATTACK, make_corpus, make_result

from sitroom.export import (
    FORMATS,
    MERGED_CSV_COLUMNS,
    PICTURE_SECTIONS,
    REPORT_CSV_COLUMNS,
    TABLES,
    add_picture,
    build_export,
    csv_cell,
    csv_text,
    select_events,
    without_picture,
    write_export,
)
from sitroom.models import DocResult, Entity, Mention, stable_id
from sitroom.picture import build_export_with_picture, build_picture, picture_input
from sitroom.schema import load_schema
from sitroom.synth import DocBuilder

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
SITROOM_COLUMNS = ("doc_id", "wounded", "claimed", "modality")


@pytest.fixture
def corpus() -> list[DocResult]:
    return make_corpus()


@pytest.fixture
def exported(corpus: list[DocResult]) -> dict[str, Any]:
    return build_export(corpus)


def _bytes(obj: dict[str, Any], fmt: str) -> bytes:
    buf = io.BytesIO()
    write_export(obj, fmt, buf)
    return buf.getvalue()


def test_export_validates_against_schema(exported: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())
    jsonschema.validate(exported, load_schema(), cls=jsonschema.Draft202012Validator)
    assert exported["format"] == "sitroom/1"
    assert list(exported) == ["format", *TABLES]


def test_export_schema_rejects_broken_records(exported: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    no_evidence = copy.deepcopy(exported)
    no_evidence["events"][0]["evidence"] = []
    bad_date = copy.deepcopy(exported)
    bad_date["events"][0]["date"] = "14 May 2024"
    bad_country = copy.deepcopy(exported)
    bad_country["events"][0]["country"] = "Iraq"
    for broken in (no_evidence, bad_date, bad_country):
        assert not validator.is_valid(broken)


def test_export_order_is_stable_and_independent_of_input_order(corpus: list[DocResult]) -> None:
    shuffled = corpus[:]
    random.Random(7).shuffle(shuffled)
    first = build_export(corpus)
    assert build_export(shuffled) == first
    assert build_export(corpus + corpus) == first  # repeated documents are exported once
    assert [(d["source_path"], d["segment"]) for d in first["documents"]] == [
        ("corpus/a.txt", 0), ("corpus/b.txt", 0), ("corpus/c.txt", 1), ("corpus/d.txt", 0)]
    # records follow document order, then their offset in the text
    doc_a = first["documents"][0]["id"]
    assert [e["type"] for e in first["events"] if e["doc_id"] == doc_a] == ["attack", "pledge", "strike"]
    positions = {d["id"]: i for i, d in enumerate(first["documents"])}
    keys = [(positions[e["doc_id"]], e["evidence"][0]["start"]) for e in first["events"]]
    assert keys == sorted(keys)


def test_export_entities_and_places_merge_across_documents(exported: dict[str, Any]) -> None:
    names = [e["canonical"] for e in exported["entities"]]
    assert names == ["Islamic State", "Jane Doe"]
    islamic_state = exported["entities"][0]
    assert islamic_state["id"] == stable_id("armed_group", "Islamic State")
    assert len({m["doc_id"] for m in islamic_state["mentions"]}) == 3
    assert [m["text"] for m in islamic_state["mentions"]] == ["Islamic State", "IS", "IS", "Islamic State"]
    assert exported["entities"][1]["roles"] == ["coalition spokeswoman"]
    assert [p["name"] for p in exported["places"]] == ["Deir ez-Zor", "Mosul"]
    assert all(len(p["mentions"]) == 2 for p in exported["places"])


def test_export_a_place_named_two_ways_is_two_entities_each_with_its_pages_name() -> None:
    # The pipeline gives a place its gazetteer entry's id on every page (the picture joins its spellings by
    # it), while each page names it as written: "Sinai" on one page, "Sinai Peninsula" on the other.
    # Merged by that id, the second page would carry the first page's name.
    gazetteer_id = stable_id("entity", "location", "Sinai Peninsula")
    a, b = make_result("a", sentences=(ATTACK,)), make_result("b", sentences=(ATTACK,))
    for result, name in ((a, "Sinai"), (b, "Sinai Peninsula")):
        result.entities.append(Entity(id=gazetteer_id, canonical=name, type="location", mentions=[
            Mention(text=name, doc_id=result.document.id, start=0, end=len(name))]))
    exported = build_export([a, b])
    sinai = {e["canonical"]: e for e in exported["entities"] if e["type"] == "location"}
    assert set(sinai) == {"Sinai", "Sinai Peninsula"}
    assert sinai["Sinai"]["id"] == stable_id("entity", "location", "Sinai")
    assert sinai["Sinai Peninsula"]["id"] == gazetteer_id
    assert [m["doc_id"] for m in sinai["Sinai"]["mentions"]] == [a.document.id]
    # the picture's input keeps each page's own id, so the picture still sees one place
    per_page = picture_input([a, b])["entities"]
    assert {e["id"] for e in per_page if e["type"] == "location"} == {gazetteer_id}


def test_export_evidence_points_at_the_text(corpus: list[DocResult], exported: dict[str, Any]) -> None:
    texts = {r.document.id: r.document.text for r in corpus}
    for table in ("events", "figures", "quotes"):
        for rec in exported[table]:
            for ev in rec["evidence"]:
                assert ev["text"] in texts[ev["doc_id"]]
                assert texts[ev["doc_id"]][ev["start"]:ev["end"]] in ev["text"]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "parquet"])
def test_export_every_stream_format_writes_deterministic_bytes(
    corpus: list[DocResult], fmt: str
) -> None:
    first = _bytes(build_export(corpus), fmt)
    second = _bytes(build_export(list(reversed(corpus))), fmt)
    assert first and first == second
    first.decode("utf-8")


def test_export_json_round_trips(exported: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    write_export(exported, "json", path)
    assert json.loads(path.read_text("utf-8")) == exported


def test_export_jsonl_has_one_line_per_record(exported: dict[str, Any]) -> None:
    lines = [json.loads(line) for line in _bytes(exported, "jsonl").decode().splitlines()]
    assert lines[0] == {"kind": "format", "format": "sitroom/1"}
    kinds = [line["kind"] for line in lines[1:]]
    expected = sum(len(exported[t]) for t in TABLES)
    assert len(kinds) == expected
    assert kinds.count("event") == len(exported["events"]) and kinds.count("place") == 2
    event = next(line for line in lines if line["kind"] == "event")
    assert {k: v for k, v in event.items() if k != "kind"} == exported["events"][0]


def test_export_csv_has_acled_columns(exported: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(_bytes(exported, "csv").decode("utf-8"))))
    header = list(rows[0])
    assert header == list(REPORT_CSV_COLUMNS)
    for column in (*ACLED_COLUMNS, *SITROOM_COLUMNS):
        assert column in header
    assert len(rows) == len(exported["events"])
    attack = next(r for r in rows if r["event_type"] == "attack" and r["claimed"] == "true")
    assert attack["event_date"] == "2024-05-14" and attack["year"] == "2024" and attack["time_precision"] == "1"
    assert attack["country"] == "Iraq" and attack["iso3"] == "IRQ" and attack["admin1"] == "Nineveh"
    assert attack["location"] == "Mosul" and attack["geo_precision"] == "1" and attack["fatalities"] == "4"
    assert attack["actor1"] == "Islamic State" and attack["source"] == "Example Wire"
    assert attack["notes"].startswith("Islamic State fighters attacked") and "claimed" in attack["notes"]
    strike = next(r for r in rows if r["event_type"] == "strike")
    assert strike["event_date"] == "2024-03-01" and strike["time_precision"] == "2"
    assert strike["geo_precision"] == "3" and strike["fatalities"] == ""
    pledge = next(r for r in rows if r["event_type"] == "pledge")
    assert pledge["event_date"] == "" and pledge["latitude"] == "" and pledge["country"] == ""


def test_export_csv_reads_back_with_pandas_and_duckdb(exported: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_export(exported, "csv", path)
    frame = pd.read_csv(path, dtype={"event_id_cnty": str})
    assert list(frame.columns) == list(REPORT_CSV_COLUMNS)
    assert list(frame["event_id_cnty"]) == [e["id"] for e in exported["events"]]
    assert frame["fatalities"].sum() == 8
    con = duckdb.connect()
    try:
        got = con.execute(
            f"SELECT count(*), sum(fatalities), max(latitude) FROM read_csv('{path}', header = true)"
        ).fetchone()
    finally:
        con.close()
    assert got == (6, 8, pytest.approx(36.335))


def test_export_geojson_is_a_feature_collection_of_lon_lat_points(exported: dict[str, Any]) -> None:
    collection = json.loads(_bytes(exported, "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    located = [e for e in exported["events"] if e["lat"] is not None]
    assert len(features) == len(located) + len(exported["places"])
    mosul = next(f for f in features if f["properties"]["kind"] == "place" and f["properties"]["name"] == "Mosul")
    assert mosul["geometry"] == {"type": "Point", "coordinates": [43.11889, 36.335]}  # RFC 7946: lon, lat
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["type"] == "Feature" and feature["properties"]["kind"] in ("event", "place")


def test_export_parquet_writes_one_file_per_table(exported: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    write_export(exported, "parquet", out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    events = pd.read_parquet(out / "events.parquet")
    assert list(events["id"]) == [e["id"] for e in exported["events"]]
    assert pq.read_schema(out / "events.parquet").metadata[b"sitroom.format"] == b"sitroom/1"
    con = duckdb.connect()
    try:
        (n_mentions,) = con.execute(
            f"SELECT sum(len(mentions)) FROM read_parquet('{out / 'entities.parquet'}')"
        ).fetchone() or (None,)
        (first_text,) = con.execute(
            f"SELECT evidence[1].text FROM read_parquet('{out / 'events.parquet'}') LIMIT 1"
        ).fetchone() or (None,)
    finally:
        con.close()
    assert n_mentions == sum(len(e["mentions"]) for e in exported["entities"])
    assert first_text == exported["events"][0]["evidence"][0]["text"]


def test_export_parquet_is_deterministic(corpus: list[DocResult], tmp_path: Path) -> None:
    write_export(build_export(corpus), "parquet", tmp_path / "one")
    write_export(build_export(list(reversed(corpus))), "parquet", tmp_path / "two")
    for table in TABLES:
        name = f"{table}.parquet"
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_export_empty_input_is_valid_everywhere(tmp_path: Path) -> None:
    empty = build_export([])
    jsonschema.validate(empty, load_schema())
    for fmt in FORMATS:
        if fmt == "parquet":
            write_export(empty, fmt, tmp_path / "empty")
            assert pd.read_parquet(tmp_path / "empty" / "events.parquet").empty
        else:
            assert _bytes(empty, fmt)


def test_export_rejects_unknown_format_and_parquet_stream(exported: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        write_export(exported, "xml", io.BytesIO())
    with pytest.raises(ValueError, match="directory"):
        write_export(exported, "parquet", io.BytesIO())


def test_export_store_export_equals_direct_export(tmp_path: Path) -> None:
    from sitroom.store import Store

    results = [*make_corpus(), make_result("e", published="2024-01-09", segment=2)]
    with Store(tmp_path / "db.duckdb") as st:
        st.write_results(results[:2])
        st.write_results(results[2:])
        assert st.export_object() == build_export(results)
        assert _bytes(st.export_object(), "json") == _bytes(build_export(results), "json")


# --------------------------------------------------------------------------- the cross-source picture


def make_picture_corpus() -> list[DocResult]:
    """Three outlets report one attack with tolls 4, 7 and 5; two report one strike; a fourth outlet gives
    the pledge drive's target next to the first outlet's pledge total; plus a non-English document."""
    from tests.factories import ATTACK, CLAIM, PLEDGE, STRIKE

    first = make_result("a")
    second = make_result("p2", sentences=(ATTACK, CLAIM), published="2024-05-15")
    third = make_result("p3", sentences=(ATTACK, STRIKE), published="2024-05-15")
    target = make_result("p4", sentences=(PLEDGE,), published="2024-06-01")
    second.document.source, third.document.source, target.document.source = "Second Wire", "Third Wire", "Fourth Wire"
    second.events[0].killed, third.events[0].killed = 7, 5
    target.figures[0].is_target, target.figures[0].value = True, 670_000_000.0
    french = next(r for r in make_corpus() if r.skipped_reason)
    return [first, second, third, target, french]


@pytest.fixture
def picture_corpus() -> list[DocResult]:
    return make_picture_corpus()


@pytest.fixture
def pictured(picture_corpus: list[DocResult]) -> dict[str, Any]:
    return build_export_with_picture(picture_corpus)


def _csv(obj: dict[str, Any], events: str = "merged") -> list[dict[str, str]]:
    buf = io.BytesIO()
    write_export(obj, "csv", buf, events=events)
    return list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8"))))


def _attack(obj: dict[str, Any]) -> dict[str, Any]:
    return next(e for e in obj["merged_events"] if e["type"] == "attack")


def test_export_with_picture_validates_and_keeps_reports(
    picture_corpus: list[DocResult], pictured: dict[str, Any]
) -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    validator.validate(pictured)
    validator.validate(without_picture(pictured))  # the sections are optional: older exports stay valid
    assert list(pictured) == ["format", *TABLES, *PICTURE_SECTIONS]
    # events stay per-article reports (what extract prints and the scorer reads); the picture is added
    assert without_picture(pictured) == build_export(picture_corpus)
    assert len(pictured["merged_events"]) < len(pictured["events"])
    assert add_picture(build_export(picture_corpus), build_picture(build_export(picture_corpus)))["series"]


def test_export_schema_rejects_broken_picture_records(pictured: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    no_sources = copy.deepcopy(pictured)
    _attack(no_sources)["sources"] = []
    bad_precision = copy.deepcopy(pictured)
    _attack(bad_precision)["time_precision"] = 4
    no_best = copy.deepcopy(pictured)
    del _attack(no_best)["killed"]["best"]
    bad_point = copy.deepcopy(pictured)
    bad_point["series"][0]["points"][0]["value"] = "250"
    for broken in (no_sources, bad_precision, no_best, bad_point):
        assert not validator.is_valid(broken)


def test_export_merged_event_keeps_every_source_and_toll(pictured: dict[str, Any]) -> None:
    attack = _attack(pictured)
    assert [s["source"] for s in attack["sources"]] == ["Example Wire", "Second Wire", "Third Wire"]
    reports = {e["id"]: e for e in pictured["events"]}
    assert all(reports[s["event_id"]]["doc_id"] == s["doc_id"] for s in attack["sources"])
    assert all(s["evidence"] and s["url"].startswith("https://") for s in attack["sources"])
    assert {k: attack["killed"][k] for k in ("low", "best", "high")} == {"low": 4, "best": 5, "high": 7}
    assert sorted(v["value"] for v in attack["killed"]["by_source"]) == [4, 5, 7]
    assert attack["time_precision"] == 1 and attack["admin1"] == "Nineveh" and attack["claimed"] is True


def test_export_series_links_target_and_progress(pictured: dict[str, Any]) -> None:
    pledges = next(s for s in pictured["series"] if s["unit"] == "USD")
    assert pledges["target"] == 670_000_000.0
    assert [(p["value"], p["is_target"]) for p in pledges["points"]] == [(250_000_000.0, False),
                                                                        (670_000_000.0, True)]
    assert [p["source"] for p in pledges["points"]] == ["Example Wire", "Fourth Wire"]
    figures = {f["id"] for f in pictured["figures"]}
    assert all(p["figure_id"] in figures and p["evidence"] for p in pledges["points"])


def test_export_csv_one_row_per_merged_event(pictured: dict[str, Any]) -> None:
    rows = _csv(pictured)
    assert list(rows[0]) == list(MERGED_CSV_COLUMNS)
    for column in (*ACLED_COLUMNS, "sources_count", "killed_low", "killed_high", "wounded", "claimed",
                   "modality", "doc_ids"):
        assert column in rows[0]
    assert [r["event_id_cnty"] for r in rows] == [e["id"] for e in pictured["merged_events"]]
    attack = next(r for r in rows if r["event_type"] == "attack")
    assert attack["source"] == "Example Wire; Second Wire; Third Wire"
    assert attack["fatalities"] == "5" and attack["killed_low"] == "4" and attack["killed_high"] == "7"
    assert attack["sources_count"] == "3" and len(attack["doc_ids"].split("; ")) == 3
    assert attack["notes"].startswith("Islamic State fighters attacked") and "claimed" in attack["notes"]
    assert attack["event_date"] == "2024-05-14" and attack["country"] == "Iraq" and attack["iso3"] == "IRQ"
    assert attack["latitude"] == "36.335" and attack["geo_precision"] == "1" and attack["sub_event_type"] == "attacked"
    strike = next(r for r in rows if r["event_type"] == "strike")
    assert strike["source"] == "Example Wire; Third Wire" and strike["fatalities"] == ""
    assert strike["time_precision"] == "2" and strike["event_date"] == "2024-03-01"


def test_export_csv_reports_option_gives_per_report_rows(pictured: dict[str, Any]) -> None:
    rows = _csv(pictured, events="reports")
    assert list(rows[0]) == list(REPORT_CSV_COLUMNS)
    assert [r["event_id_cnty"] for r in rows] == [e["id"] for e in pictured["events"]]
    assert sorted(r["fatalities"] for r in rows if r["event_type"] == "attack") == ["4", "5", "7"]
    with pytest.raises(ValueError, match="unknown event rows"):
        select_events(pictured, "all")


def test_export_merged_csv_reads_back_with_pandas_and_duckdb(pictured: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "merged.csv"
    write_export(pictured, "csv", path)
    frame = pd.read_csv(path, dtype={"event_id_cnty": str, "doc_ids": str})
    assert list(frame.columns) == list(MERGED_CSV_COLUMNS)
    assert list(frame["event_id_cnty"]) == [e["id"] for e in pictured["merged_events"]]
    assert frame["sources_count"].sum() == sum(len({s["doc_id"] for s in e["sources"]})
                                               for e in pictured["merged_events"])
    con = duckdb.connect()
    try:
        got = con.execute(
            f"SELECT count(*), sum(fatalities), max(killed_high), max(sources_count) "
            f"FROM read_csv('{path}', header = true)").fetchone()
    finally:
        con.close()
    assert got == (len(pictured["merged_events"]), 5, 7, 3)


def _check_rfc7946(collection: dict[str, Any]) -> None:
    """The RFC 7946 basics: a FeatureCollection of Features with Point geometries in WGS 84 [lon, lat]
    (no "crs" member), properties an object, ids strings or numbers."""
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    assert isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and set(feature) == {"type", "id", "geometry", "properties"}
        assert isinstance(feature["id"], str | int) and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point" and len(geometry["coordinates"]) == 2
        lon, lat = geometry["coordinates"]
        assert all(isinstance(c, float | int) and not isinstance(c, bool) for c in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_export_geojson_features_are_merged_events(pictured: dict[str, Any]) -> None:
    collection = json.loads(_bytes(pictured, "geojson"))
    _check_rfc7946(collection)
    kinds = [f["properties"]["kind"] for f in collection["features"]]
    located = [e for e in pictured["merged_events"] if e["lat"] is not None]
    assert kinds == ["merged_event"] * len(located) + ["place"] * len(pictured["places"])
    attack = next(f for f in collection["features"] if f["properties"].get("type") == "attack")
    assert attack["geometry"]["coordinates"] == [43.11889, 36.335]  # lon, lat
    assert attack["id"] == f"merged_event:{_attack(pictured)['id']}"
    assert len(attack["properties"]["sources"]) == 3 and attack["properties"]["killed"]["best"] == 5
    buf = io.BytesIO()
    write_export(pictured, "geojson", buf, events="reports")
    reports = json.loads(buf.getvalue())
    _check_rfc7946(reports)
    assert sum(f["properties"]["kind"] == "event" for f in reports["features"]) == sum(
        e["lat"] is not None for e in pictured["events"])


def test_export_jsonl_has_merged_event_and_series_lines(pictured: dict[str, Any]) -> None:
    lines = [json.loads(line) for line in _bytes(pictured, "jsonl").decode().splitlines()]
    kinds = [line["kind"] for line in lines[1:]]
    assert kinds.count("merged_event") == len(pictured["merged_events"])
    assert kinds.count("series") == len(pictured["series"])
    assert kinds[-len(pictured["series"]):] == ["series"] * len(pictured["series"])  # after the reports
    merged = next(line for line in lines if line["kind"] == "merged_event")
    assert {k: v for k, v in merged.items() if k != "kind"} == pictured["merged_events"][0]


def test_export_parquet_has_merged_events_and_series(pictured: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    write_export(pictured, "parquet", out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in (*TABLES, *PICTURE_SECTIONS))
    merged = pd.read_parquet(out / "merged_events.parquet")
    assert list(merged["id"]) == [e["id"] for e in pictured["merged_events"]]
    meta = pq.read_schema(out / "series.parquet").metadata
    assert meta[b"sitroom.format"] == b"sitroom/1" and meta[b"sitroom.table"] == b"series"
    con = duckdb.connect()
    try:
        attack = con.execute(
            f"SELECT killed.best, killed.high, len(sources), sources[1].source, sources[1].evidence[1].text "
            f"FROM read_parquet('{out / 'merged_events.parquet'}') WHERE type = 'attack'").fetchone()
        points = con.execute(
            f"SELECT p.value, p.is_target FROM read_parquet('{out / 'series.parquet'}'), "
            "unnest(points) AS t(p) WHERE unit = 'USD' ORDER BY p.is_target").fetchall()
    finally:
        con.close()
    assert attack == (5, 7, 3, "Example Wire", _attack(pictured)["sources"][0]["evidence"][0]["text"])
    assert points == [(250_000_000.0, False), (670_000_000.0, True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_with_picture_is_deterministic(picture_corpus: list[DocResult], fmt: str, tmp_path: Path) -> None:
    shuffled = picture_corpus[:]
    random.Random(3).shuffle(shuffled)
    one, two = build_export_with_picture(picture_corpus), build_export_with_picture(shuffled)
    assert one == two
    if fmt == "parquet":
        write_export(one, fmt, tmp_path / "one")
        write_export(two, fmt, tmp_path / "two")
        for table in (*TABLES, *PICTURE_SECTIONS):
            assert (tmp_path / "one" / f"{table}.parquet").read_bytes() == \
                (tmp_path / "two" / f"{table}.parquet").read_bytes()
    else:
        assert _bytes(one, fmt) == _bytes(two, fmt)


def test_export_empty_input_with_picture_is_valid(tmp_path: Path) -> None:
    empty = build_export_with_picture([])
    jsonschema.validate(empty, load_schema())
    assert empty["merged_events"] == [] and empty["series"] == []
    assert list(_csv(empty)) == [] and _bytes(empty, "csv").decode().startswith("event_id_cnty,")
    write_export(empty, "parquet", tmp_path / "empty")
    assert pd.read_parquet(tmp_path / "empty" / "merged_events.parquet").empty


def test_export_store_with_picture_equals_in_memory_picture(tmp_path: Path) -> None:
    from sitroom.store import Store

    results = make_picture_corpus()
    with Store(tmp_path / "db.duckdb") as st:
        st.write_results(results)
        assert "merged_events" not in st.export_object()  # picture not built yet: reports only
        st.rebuild_picture()
        stored = st.export_object()
    expected = build_export_with_picture(results)
    assert stored == expected
    for fmt in ("json", "csv", "geojson", "jsonl"):
        assert _bytes(stored, fmt) == _bytes(expected, fmt)


# ------------------------------------------------------------------ CSV formula injection (OWASP)

HOSTILE_CELLS = ("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
                 "\t=1+1", "\r=1+1")


@pytest.mark.parametrize("cell", HOSTILE_CELLS)
def test_csv_cell_prefixes_text_a_spreadsheet_would_run(cell: str) -> None:
    assert csv_cell(cell) == "'" + cell
    (row,) = csv.reader(io.StringIO(csv_text([[cell, "plain"]]), newline=""))
    assert row == ["'" + cell, "plain"]


@pytest.mark.parametrize("value", [-3, -2.5, 0, 12, "-12", "+3.5", "-1e3", "plain text", "", "a=b", "x-1"])
def test_csv_cell_keeps_numbers_and_harmless_text(value: object) -> None:
    assert csv_cell(value) == value
    (row,) = csv.reader(io.StringIO(csv_text([[value]])))
    assert row == [str(value)]


def test_export_csv_escapes_hostile_cells_from_an_article() -> None:
    b = DocBuilder(["=HYPERLINK(\"http://evil.example\") gunmen attacked a post in Mosul, killing 3."],
                   id=lambda text: stable_id("doc", "hostile-csv", text), source_path="corpus/hostile.txt",
                   title="@SUM(1+1)", source="+Wire", published="2024-05-14", language="en")
    b.event("attacked", "attack", date="2024-05-14", actor="-2+3 Brigade", killed=3)
    rows = list(csv.DictReader(io.StringIO(_bytes(build_export([b.result]), "csv").decode("utf-8"))))
    (row,) = rows
    assert row["actor1"] == "'-2+3 Brigade" and row["source"] == "'+Wire"
    assert row["notes"].startswith("'=HYPERLINK(")
    assert row["fatalities"] == "3"  # a number stays a number
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
