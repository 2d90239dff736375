"""formats: JSON depth is bounded before parsing, so deep nesting is a coded line, not RecursionError."""

from __future__ import annotations

from sitroom.ingest.formats import MAX_JSON_DEPTH, json_depth, json_records, jsonl_records
from sitroom.models import IngestProblem


def test_formats_depth_ignores_brackets_in_strings() -> None:
    assert json_depth('{"text": "[[[[ {{ \\" ]]", "a": [[1]]}') == 3


def test_formats_deep_json_is_e108() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (item,) = list(json_records("deep.json", deep))
    assert isinstance(item, IngestProblem) and item.code == "E108"
    assert f"limit is {MAX_JSON_DEPTH}" in item.message


def test_formats_deep_jsonl_line_is_e108_and_others_read() -> None:
    text = '{"text": "Raid near the border."}\n' + "{\"a\":" * 50_000 + "1" + "}" * 50_000 + "\n"
    items = list(jsonl_records("feed.jsonl", text))
    assert [getattr(i, "code", None) for i in items] == [None, "E108"]


def test_formats_overlong_integer_is_e108() -> None:
    (item,) = list(json_records("n.json", '{"text": "x", "n": ' + "9" * 5000 + "}"))
    assert isinstance(item, IngestProblem) and item.code == "E108"
