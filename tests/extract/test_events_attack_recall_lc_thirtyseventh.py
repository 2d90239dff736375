"""Attacks missed on African pages, thirty-seventh session (short sentences written for the tests, after train
pages): "incursion", the outlets' word for a raid on a village in Mozambique, Congo and the Sahel, is an attack
noun."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-20")


@pytest.mark.model
def test_an_incursion_into_a_village_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Monday, insurgents made an armed incursion into the village of Nhica, in Meluco district.")
    assert [(e.type, e.place) for e in found] == [("attack", "Nhica")]


@pytest.mark.model
def test_people_killed_during_an_incursion_count_for_it(nlp: Language) -> None:
    text = "Four people were killed during an incursion by ADF rebels on Sunday in the village of Kasanga."
    found = events(nlp, text)
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "Kasanga", 4)]


@pytest.mark.model
def test_an_attack_recalled_is_told_as_fact(nlp: Language) -> None:
    # "It would be recalled that ...": the reminder's "would" is the idiom's, no hypothesis
    found = events(nlp, "It would be recalled that last week, ISWAP fighters attacked Gubio in Borno State.")
    assert [(e.type, e.place) for e in found] == [("attack", "Gubio")]
    assert not events(nlp, "ISWAP fighters would attack Gubio if the troops left.")


@pytest.mark.model
def test_people_killed_by_placed_attacks(nlp: Language) -> None:
    text = "At least 15 people were killed by extremist attacks in North Kivu province, a rights group said."
    found = events(nlp, text)
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "North Kivu", 15)]
    # a toll over a span stays a record
    assert not events(nlp, "Thousands of civilians have been killed by rebel attacks since 2014.")
