"""The override file: merge/split entities, name and merge series; bad files raise E503."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.picture.builders import doc, entity, export, figure

from sitroom.errors import SitroomError
from sitroom.models import stable_id
from sitroom.picture import build_picture, load_overrides

OVERRIDES = """
[[merge]]
ids = ["hts", "nusra"]

[[split]]
id = "is"
doc_ids = ["b"]

[[series]]
name = "Roj camp population"
match = ["\\\\broj\\\\b"]
unit = "people"
merge = ["old name (people)"]
"""


def _obj() -> dict:
    return export([doc("a"), doc("b")], entities=[
        entity("hts", "Hayat Tahrir al-Sham", "armed_group", [("a", "HTS")]),
        entity("nusra", "Nusra Front", "armed_group", [("b", "Nusra")]),
        entity("is", "Islamic State", "armed_group", [("a", "IS"), ("b", "IS")]),
    ], figures=[
        figure("a", 0, "people", 2500.0, "people", "2,500 people", "Roj holds 2,500 people.", as_of="2022-01"),
        figure("b", 1, "residents", 2300.0, "people", "2,300 residents", "Roj has 2,300 residents.", as_of="2023-01"),
    ])


def test_overrides_merge_split_and_series(tmp_path: Path) -> None:
    path = tmp_path / "overrides.toml"
    path.write_text(OVERRIDES, encoding="utf-8")
    picture = build_picture(_obj(), load_overrides(path))
    names = sorted(e.canonical for e in picture.entities)
    assert names.count("Islamic State") == 2  # split out of document b
    merged = next(e for e in picture.entities if "hts" in e.members)
    assert merged.members == ["hts", "nusra"] and merged.id == "hts"
    roj = next(s for s in picture.series if s.name == "Roj camp population")
    assert [p.value for p in roj.points] == [2500.0, 2300.0] and roj.rule == "override"


def test_overrides_without_file_change_nothing() -> None:
    assert load_overrides(None).merges == ()
    picture = build_picture(_obj())
    assert len(picture.entities) == 3


@pytest.mark.parametrize("text", ["[[merge]]\nids = [\"only-one\"]\n", "[[series]]\nname = \"x\"\nmatch = [\"(\"]\n",
                                  "[whatever]\n", "not toml ="])
def test_overrides_bad_file_raises_e503(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SitroomError) as info:
        load_overrides(path)
    assert info.value.code == "E503"


def test_overrides_missing_file_raises_e503(tmp_path: Path) -> None:
    with pytest.raises(SitroomError) as info:
        load_overrides(tmp_path / "absent.toml")
    assert info.value.code == "E503" and stable_id("x")
