"""The ``sitroom/1`` export contract: the JSON Schema in this folder, and everything derived from it.

``sitroom-1.schema.json`` is the one source of truth. The Arrow schemas the Parquet export writes and the
DuckDB column types of the same tables are generated from it here, so a field added to (or retyped in) the
schema changes every format at once instead of drifting in a hand-kept copy. ``check_records`` guards the
one place a mismatch would otherwise pass silently: ``pa.Table.from_pylist(rows, schema=)`` drops keys the
schema lacks and fills missing ones with null.

The mapping, for the subset of JSON Schema the contract uses: ``string`` (and string ``enum``/``const``) →
string; ``integer`` (and integer ``enum``) → int64; ``number`` → float64; ``boolean`` → bool; ``array`` →
list of its ``items``; ``object`` → struct of its ``properties`` in schema order. A ``null`` in the type or
enum makes no difference: every column is nullable, as the Parquet files have always been.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

SCHEMA_FILE = "sitroom-1.schema.json"


@cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every ``sitroom/1`` export object validates against."""
    text = resources.files("sitroom.schema").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node`` with a local ``$ref`` (``#/$defs/NAME``, the only kind the contract uses) followed."""
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref!r} in {SCHEMA_FILE}")
        node = load_schema()["$defs"][ref.removeprefix("#/$defs/")]
    return node


def table_names() -> tuple[str, ...]:
    """Every array section of the export object (documents, events, ... merged_events, series)."""
    props = load_schema()["properties"]
    return tuple(name for name, node in props.items() if _resolve(node).get("type") == "array")


def record_schema(table: str) -> Mapping[str, Any]:
    """The schema of one record of ``table`` (an object schema, references followed)."""
    props = load_schema()["properties"]
    if table not in props or _resolve(props[table]).get("type") != "array":
        raise KeyError(f"no table {table!r} in the sitroom/1 schema")
    return _resolve(_resolve(props[table])["items"])


def _kind(node: Mapping[str, Any]) -> str:
    """The one JSON type a schema node stands for (null aside): string, integer, number, boolean, array,
    object."""
    node = _resolve(node)
    if "enum" in node or "const" in node:
        values = [v for v in node.get("enum", [node.get("const")]) if v is not None]
        kinds = {"boolean" if isinstance(v, bool) else "integer" if isinstance(v, int) else
                 "number" if isinstance(v, float) else "string" if isinstance(v, str) else "other" for v in values}
    else:
        declared = node.get("type")
        kinds = set([declared] if isinstance(declared, str) else declared or []) - {"null"}
    if len(kinds) != 1 or not kinds <= {"string", "integer", "number", "boolean", "array", "object"}:
        raise ValueError(f"no single column type for schema node {dict(node)!r}")
    return kinds.pop()


def _fields(node: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    return [(name, _resolve(sub)) for name, sub in _resolve(node).get("properties", {}).items()]


# --------------------------------------------------------------------------- Arrow


def _arrow_type(node: Mapping[str, Any]) -> pa.DataType:
    import pyarrow as pa  # imported here: only the Parquet export needs it

    kind = _kind(node)
    if kind == "array":
        return pa.list_(_arrow_type(_resolve(node)["items"]))
    if kind == "object":
        return pa.struct([(name, _arrow_type(sub)) for name, sub in _fields(node)])
    scalar: dict[str, pa.DataType] = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
                                      "boolean": pa.bool_()}
    return scalar[kind]


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one export table (the columns of its Parquet file), from the JSON Schema."""
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(sub)) for name, sub in _fields(record_schema(table))])


# --------------------------------------------------------------------------- DuckDB


def _duckdb_type(node: Mapping[str, Any]) -> str:
    kind = _kind(node)
    if kind == "array":
        return _duckdb_type(_resolve(node)["items"]) + "[]"
    if kind == "object":
        return "STRUCT(" + ", ".join(f'"{name}" {_duckdb_type(sub)}' for name, sub in _fields(node)) + ")"
    return {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}[kind]


def duckdb_columns(table: str) -> list[tuple[str, str]]:
    """(column, DuckDB type) of one export table, in schema order: the types DuckDB reads from its Parquet
    file. (sitroom.store owns DuckDB; this is only text, so the contract stays free of the engine.)"""
    return [(name, _duckdb_type(sub)) for name, sub in _fields(record_schema(table))]


def duckdb_ddl(table: str, name: str | None = None) -> str:
    """``CREATE TABLE`` for one export table, e.g. to load its Parquet file into a typed DuckDB table."""
    columns = ",\n    ".join(f'"{col}" {typ}' for col, typ in duckdb_columns(table))
    return f'CREATE TABLE "{name or table}" (\n    {columns}\n)'


# --------------------------------------------------------------------------- record check


class _Shape:
    """The keys an object node allows and requires, and the shapes of its nested objects: compiled once
    per table from the schema, so checking a record touches only dictionaries and sets."""

    __slots__ = ("allowed", "required", "nested", "is_list")

    def __init__(self, node: Mapping[str, Any]) -> None:
        node = _resolve(node)
        self.is_list = _kind(node) == "array"
        if self.is_list:
            node = _resolve(node["items"])
        props = node.get("properties", {})
        self.allowed: frozenset[str] = frozenset(props)
        self.required: tuple[str, ...] = tuple(node.get("required", ()))
        # Only the properties that hold objects (or lists of them) need walking into.
        self.nested: dict[str, _Shape] = {
            key: _Shape(sub) for key, sub in props.items()
            if _kind(sub) == "object" or (_kind(sub) == "array" and _kind(_resolve(sub)["items"]) == "object")
        }


@cache
def _shape(table: str) -> _Shape:
    return _Shape(record_schema(table))


# A problem found: (where inside the value, e.g. ".sources[0].evidence[2]", what is wrong). The path is
# built only on the way back up from a problem, so a clean record costs no string formatting.
_Problem = tuple[str, str]


def _check(value: Any, shape: _Shape) -> _Problem | None:
    if value is None:
        return None
    if shape.is_list:
        for i, item in enumerate(value):
            problem = _check_object(item, shape)
            if problem:
                return f"[{i}]{problem[0]}", problem[1]
        return None
    return _check_object(value, shape)


def _check_object(value: Mapping[str, Any] | None, shape: _Shape) -> _Problem | None:
    """The first place ``value`` has a key its schema lacks or lacks a key its schema requires, or None."""
    if value is None:
        return None
    if value.keys() == shape.allowed:
        pass  # the usual case, one set comparison: every key allowed (and so every required one) present
    elif not shape.allowed.issuperset(value):
        extra = next(k for k in value if k not in shape.allowed)
        return "", f"key {extra!r} is not in the sitroom/1 schema"
    else:
        for key in shape.required:
            if key not in value:
                return "", f"required key {key!r} is missing"
    for key, sub in shape.nested.items():
        problem = _check(value.get(key), sub)
        if problem:
            return f".{key}{problem[0]}", problem[1]
    return None


def check_records(table: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Raise ValueError naming the first record (and nested field) of ``table`` whose keys differ from the
    schema's: an extra key would be dropped without a word by Arrow, a missing one written as null."""
    shape = _shape(table)
    for i, record in enumerate(records):
        problem = _check_object(record, shape)
        if problem:
            raise ValueError(f"{table}[{i}]{problem[0]}: {problem[1]}")
