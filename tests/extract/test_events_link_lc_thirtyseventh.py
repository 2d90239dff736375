"""Attacks merged on African pages, thirty-seventh session (short sentences written for the tests, after train
pages): an attack told in an "after" or "before" clause of a verb whose subject is the story's event ("This incident
occurred hours after the group launched an attack on a base in X") is another attack, never merged into that one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-20")

LEDE = "ISWAP fighters attacked a military base in Borno State on Saturday, killing seven soldiers. "


@pytest.mark.model
def test_an_attack_the_incident_came_after_is_another(nlp: Language) -> None:
    after = "This incident occurred just hours after the group launched an attack on a base in Damboa."
    found = events(nlp, LEDE + after)
    assert sorted(e.place for e in found if e.type == "attack") == ["Borno State", "Damboa"]


@pytest.mark.model
def test_a_clause_with_no_event_word_adds_none(nlp: Language) -> None:
    found = events(nlp, LEDE + "The attack came after the soldiers arrived in the town.")
    assert [e.place for e in found if e.type == "attack"] == ["Borno State"]
