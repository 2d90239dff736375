"""A pronoun that opens its sentence's subjects stands for the subject of the sentence before: the target group's
fight told so is its attack, a force's stays an operation (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-05")


def test_they_after_the_group_clashed_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "Islamic State Mozambique remained active in Macomia district. The group undertook a "
                        "variety of actions that targeted civilians. They clashed once with the Local Force in "
                        "Macomia on 10 February.\n")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


def test_it_after_a_sentence_owned_by_it_goes_one_further_back(nlp: Language) -> None:
    found = events(nlp, "Islamic State Mozambique undertook operations in Cabo Delgado. In Nampula, its actions "
                        "displaced thousands. In the north, on 9 February, it undertook its first operation in "
                        "Palma town since 2021, killing one civilian.\n")
    assert ("attack", "Palma", "Islamic State Mozambique Province") in [(e.type, e.place, e.actor) for e in found]
    assert "operation" not in [e.type for e in found]


def test_they_after_a_force_clashed_stays_its_operation(nlp: Language) -> None:
    found = events(nlp, "Rwandan forces arrived in Mocimboa da Praia in 2021. They clashed with insurgents in "
                        "Mocimboa da Praia town on 3 February.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Rwanda Defence Force")]


def test_it_after_the_army_named_before_the_group_stays_the_army(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Army has intensified its campaign against ISWAP in Borno. On Monday it "
                        "launched an operation in Marte.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


def test_truckloads_of_fighters_striking_a_base_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Truckloads of ISWAP fighters struck a military base at Gajibo, Borno, on Tuesday, killing "
                        "five soldiers.\n")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]
