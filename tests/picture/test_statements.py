"""Statements with speaker, role and date; opposing statements on the same actor and topic."""

from __future__ import annotations

import pytest
from tests.picture.builders import doc, entity, export, quote

from sitroom.models import stable_id
from sitroom.picture import build_picture
from sitroom.picture.statements import stance

IS_ID = stable_id("armed_group", "Islamic State")


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamic State is still a threat in the region", ("threat", 1)),
    ("Islamic State no longer poses a threat to our cities", ("threat", -1)),
    ("The group has been defeated and its remnants are on the run", ("threat", -1)),
    ("They are weaker, but they are not finished", ("threat", 1)),
    ("The group was territorially defeated but remains a danger", ("threat", 1)),
    ("Our troops will stay in the country", ("troop presence", 1)),
    ("The market reopened on Sunday", (None, 0)),
])
def test_statements_stance_cues_and_negation(text: str, expected: tuple[str | None, int]) -> None:
    assert stance(text) == expected


def _obj() -> dict:
    docs = [doc("a", "Tigris Daily", "2022-06-14"), doc("b", "Gulf Courier", "2022-06-20")]
    haddad, jaber = stable_id("person", "Samir Haddad"), stable_id("person", "Karim Jaber")
    s1 = "Islamic State is still a threat in Iraq, General Samir Haddad said."
    s2 = "Islamic State no longer poses a threat to Iraq's cities, Minister Karim Jaber said."
    return export(docs, quotes=[
        quote("a", 0, "Samir Haddad", haddad, "Islamic State is still a threat in Iraq", s1, role="general",
              direct=False),
        quote("b", 0, "Karim Jaber", jaber, "Islamic State no longer poses a threat to Iraq's cities", s2,
              role="interior minister", direct=False),
    ], entities=[
        entity(IS_ID, "Islamic State", "armed_group", [("a", "Islamic State"), ("b", "Islamic State")]),
        entity(haddad, "Samir Haddad", "person", [("a", "Samir Haddad")]),
        entity(jaber, "Karim Jaber", "person", [("b", "Karim Jaber")]),
    ])


def test_statements_carry_speaker_role_date_and_about() -> None:
    statements = build_picture(_obj()).statements
    assert [(s.speaker, s.role, s.date, s.about) for s in statements] == [
        ("Samir Haddad", "general", "2022-06-14", ["Islamic State"]),
        ("Karim Jaber", "interior minister", "2022-06-20", ["Islamic State"]),
    ]


def test_statements_opposing_pair_keeps_both_sources() -> None:
    picture = build_picture(_obj())
    (pair,) = picture.opposing
    by_id = {s.id: s for s in picture.statements}
    assert pair.about == "Islamic State" and pair.topic == "threat"
    assert by_id[pair.affirming].source == "Tigris Daily" and by_id[pair.denying].source == "Gulf Courier"


def test_statements_same_speaker_same_article_is_not_a_disagreement() -> None:
    obj = _obj()
    haddad = stable_id("person", "Samir Haddad")
    s = "They were defeated, Haddad said."
    obj["quotes"][1] = quote("a", 1, "Samir Haddad", haddad, "Islamic State was defeated", s)
    assert build_picture(obj).opposing == []
