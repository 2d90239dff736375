"""sitroom.schema: Arrow and DuckDB types generated from the JSON Schema, and the record check that stops
``pa.Table.from_pylist`` from dropping keys the schema lacks."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tests.test_export import make_picture_corpus

from sitroom import schema
from sitroom.export import PICTURE_SECTIONS, TABLES, write_export
from sitroom.picture import build_export_with_picture


@pytest.fixture(scope="module")
def pictured() -> dict[str, Any]:
    return build_export_with_picture(make_picture_corpus())


def test_every_array_section_of_the_schema_is_an_export_table() -> None:
    assert schema.table_names() == (*TABLES, *PICTURE_SECTIONS)


def test_arrow_schema_has_every_property_in_schema_order() -> None:
    for table in schema.table_names():
        props = list(schema.record_schema(table)["properties"])
        assert schema.arrow_schema(table).names == props


def test_arrow_types_follow_the_json_types() -> None:
    events = schema.arrow_schema("events")
    assert events.field("killed").type == pa.int64()
    assert events.field("lat").type == pa.float64()
    assert events.field("claimed").type == pa.bool_()
    assert events.field("type").type == pa.string()  # a string enum
    span = pa.struct([("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    assert events.field("evidence").type == pa.list_(span)  # a $ref to an array of objects
    merged = schema.arrow_schema("merged_events")
    assert merged.field("time_precision").type == pa.int64()  # an integer enum with null
    assert merged.field("killed").type.field("by_source").type.value_type.names == ["doc_id", "source", "value"]
    assert schema.arrow_schema("entities").field("roles").type == pa.list_(pa.string())
    assert all(field.nullable for field in events)


def test_a_schema_node_without_one_column_type_is_refused() -> None:
    with pytest.raises(ValueError, match="no single column type"):
        schema._kind({"type": ["string", "integer"]})
    with pytest.raises(ValueError, match="no single column type"):
        schema._kind({"enum": ["a", 1]})
    assert schema._kind({"const": "sitroom/1"}) == "string"
    assert schema._kind({"type": ["number", "null"]}) == "number"


def test_check_records_accepts_a_real_export(pictured: dict[str, Any]) -> None:
    for table in schema.table_names():
        assert pictured[table], table  # every table has records, so the check below walked something
        assert schema.check_records(table, pictured[table]) is None


def test_check_records_names_a_key_the_schema_lacks(pictured: dict[str, Any]) -> None:
    events = copy.deepcopy(pictured["events"])
    events[1]["confidence"] = 0.9
    with pytest.raises(ValueError, match=r"events\[1\]: key 'confidence' is not in the sitroom/1 schema"):
        schema.check_records("events", events)


def test_check_records_finds_a_stray_key_deep_inside_a_record(pictured: dict[str, Any]) -> None:
    merged = copy.deepcopy(pictured["merged_events"])
    attack = next(i for i, e in enumerate(merged) if e["killed"])
    merged[attack]["sources"][0]["evidence"][0]["sentence_idx"] = 3
    where = rf"merged_events\[{attack}\]\.sources\[0\]\.evidence\[0\]"
    with pytest.raises(ValueError, match=where + ": key 'sentence_idx'"):
        schema.check_records("merged_events", merged)
    merged = copy.deepcopy(pictured["merged_events"])
    merged[attack]["killed"]["by_source"][0]["outlet"] = "x"
    with pytest.raises(ValueError, match=r"killed\.by_source\[0\]: key 'outlet'"):
        schema.check_records("merged_events", merged)


def test_check_records_names_a_missing_required_key(pictured: dict[str, Any]) -> None:
    figures = copy.deepcopy(pictured["figures"])
    del figures[0]["unit"]
    with pytest.raises(ValueError, match=r"figures\[0\]: required key 'unit' is missing"):
        schema.check_records("figures", figures)


def test_parquet_export_fails_on_a_key_the_schema_lacks_instead_of_dropping_it(
    pictured: dict[str, Any], tmp_path: Path
) -> None:
    # Arrow alone would write this file and silently lose the key.
    drifted = copy.deepcopy(pictured)
    drifted["quotes"][0]["tone"] = "hostile"
    assert "tone" not in pa.Table.from_pylist(drifted["quotes"], schema=schema.arrow_schema("quotes")).column_names
    with pytest.raises(ValueError, match=r"quotes\[0\]: key 'tone'"):
        write_export(drifted, "parquet", tmp_path / "out")
    assert not (tmp_path / "out").exists()  # checked before anything is written


def test_parquet_files_have_the_generated_schemas(pictured: dict[str, Any], tmp_path: Path) -> None:
    write_export(pictured, "parquet", tmp_path)
    for table in schema.table_names():
        written = pq.read_schema(tmp_path / f"{table}.parquet")
        assert written.remove_metadata().equals(schema.arrow_schema(table)), table


def test_duckdb_ddl_is_the_type_duckdb_reads_from_the_parquet_files(pictured: dict[str, Any], tmp_path: Path) -> None:
    write_export(pictured, "parquet", tmp_path)
    con = duckdb.connect()
    try:
        for table in schema.table_names():
            con.execute(schema.duckdb_ddl(table))
            con.execute(f"INSERT INTO \"{table}\" SELECT * FROM read_parquet('{tmp_path / table}.parquet')")
            created = [(row[0], row[1]) for row in con.execute(f'DESCRIBE "{table}"').fetchall()]
            inferred = [(row[0], row[1]) for row in
                        con.execute(f"DESCRIBE SELECT * FROM read_parquet('{tmp_path / table}.parquet')").fetchall()]
            assert created == inferred, table
            (count,) = con.execute(f'SELECT count(*) FROM "{table}"').fetchone() or (0,)
            assert count == len(pictured[table])
    finally:
        con.close()


_FAMILY = {"VARCHAR": "string", "BIGINT": "integer", "INTEGER": "integer", "SMALLINT": "integer",
           "UBIGINT": "integer", "DOUBLE": "number", "FLOAT": "number", "BOOLEAN": "boolean"}


def _family(duckdb_type: str) -> str:
    if duckdb_type.endswith("[]"):
        return "array of " + _family(duckdb_type[:-2])
    return "struct" if duckdb_type.startswith("STRUCT") else _FAMILY.get(duckdb_type, duckdb_type)


def test_store_columns_that_carry_export_fields_have_the_contract_types(tmp_path: Path) -> None:
    # The store keeps its own tables (offsets split out, extra columns); where a column carries an export
    # field under the same name, its type must be the contract's kind (integer widths may differ).
    from sitroom.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db):
        pass
    con = duckdb.connect(str(db), read_only=True)
    try:
        compared = 0
        for table in TABLES:
            stored = {row[0]: row[1] for row in con.execute(f"DESCRIBE {table}").fetchall()}
            for column, typ in schema.duckdb_columns(table):
                if column in stored and not typ.startswith("STRUCT"):
                    assert _family(stored[column]) == _family(typ), (table, column, stored[column], typ)
                    compared += 1
    finally:
        con.close()
    assert compared > 40
