"""The sitroom/1 export: schema, ordering, merging and every output format."""

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
from tests.factories import make_corpus, make_result

from sitroom.export import CSV_COLUMNS, FORMATS, TABLES, build_export, load_schema, write_export
from sitroom.models import DocResult, stable_id

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
    assert header == list(CSV_COLUMNS)
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
    assert list(frame.columns) == list(CSV_COLUMNS)
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
