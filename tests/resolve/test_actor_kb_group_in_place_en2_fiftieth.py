"""A branch of the Islamic State named as "the group" in its region, the wire services' style (session 50,
entities helper 2): "the Islamic State group in the Greater Sahara" is the Sahel province, as "the Islamic State
in the Greater Sahara" is. Short sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.actor_kb import load_actor_kb


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, "t", "2025-05-02"))
    return {m.text: m.canonical for m in doc._.entity_mentions or []}


def test_the_knowledge_base_reads_the_group_in_a_branch_region() -> None:
    kb = load_actor_kb()
    for form, canonical in (("Islamic State group in the Greater Sahara", "Islamic State Sahel Province"),
                            ("the Islamic State group in Greater Sahara", "Islamic State Sahel Province"),
                            ("ISIS group in Somalia", "Islamic State Somalia Province"),
                            ("IS group in Mozambique", "Islamic State Mozambique Province")):
        actor = kb.lookup(form)
        assert actor is not None and actor.canonical == canonical, form


def test_a_region_no_branch_is_named_by_stays_unknown() -> None:
    assert load_actor_kb().lookup("Islamic State group in Springfield") is None


@pytest.mark.model
def test_the_group_in_its_region_is_the_branch(nlp: Language) -> None:
    text = "Fighters of the Islamic State group in the Greater Sahara killed 12 soldiers near Tillia on Monday.\n"
    assert _canonical_of(nlp, text).get("Islamic State group in the Greater Sahara") == "Islamic State Sahel Province"
