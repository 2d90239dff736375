"""Event linking, eighteenth session: attacks told apart by a frame of their own ("In a separate incident") or a toll
of their own, while the attack told again or its toll counted again still joins the event before (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2021-06-01")


@pytest.mark.model
def test_a_separate_incident_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a military base in Damboa on Monday, killing seven soldiers. In a "
                        "separate incident, officials said gunmen attacked a village near Damboa on Monday, killing "
                        "two farmers.")
    assert [(e.type, e.killed) for e in found] == [("attack", 7), ("attack", 2)]


@pytest.mark.model
def test_an_attack_told_again_without_a_separate_frame_is_one(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a military base in Damboa on Monday, killing seven soldiers. In the "
                        "early hours, officials said gunmen attacked the base in Damboa on Monday.")
    assert [(e.type, e.killed) for e in found] == [("attack", 7)]


@pytest.mark.model
def test_a_toll_of_its_own_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber killed six people at a mosque in Kabul on Friday. A suicide bombing had "
                        "killed 53 people at an education centre in Kabul.")
    assert sorted(e.killed or 0 for e in found) == [6, 53]


@pytest.mark.model
def test_a_toll_counted_again_is_the_same_attack(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed 13 people at a mosque in Kabul on Friday. Gunmen killed 15 worshippers at "
                        "the mosque in Kabul, officials said.")
    assert len(found) == 1
