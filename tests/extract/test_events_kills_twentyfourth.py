"""Killing and destruction constructions, twenty-fourth session (short sentences written for the tests): a force
destroying the group's camps or hideouts is an operation (a strike when aircraft do it), attackers blowing up a
mosque an attack; people massacred at a school, or killed by a landmine, are an attack on them; and "the Rwandans"
attacking insurgents are a state's troops in an operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


@pytest.mark.model
def test_a_force_destroying_the_group_s_camp_is_an_operation_or_a_strike(nlp: Language) -> None:
    found = events(nlp, "On Monday the troops destroyed two ISIS hideouts near Hawija.")
    assert [e.type for e in found] == ["operation"]
    found = events(nlp, "On Monday Iraqi warplanes destroyed 18 ISIS hideouts near Hawija.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_destroying_something_else_or_by_attackers_is_no_operation(nlp: Language) -> None:
    found = events(nlp, "On Monday the troops destroyed a bridge near Hawija.")
    assert found == []
    found = events(nlp, "On Monday militants destroyed the army camp near Hawija.")
    assert "operation" not in [e.type for e in found]
    found = events(nlp, "Uganda's military launched operations against the ADF to destroy their camps.")
    assert "destroy" not in [e.trigger for e in found]


@pytest.mark.model
def test_attackers_blowing_up_a_mosque_make_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Monday, the Islamic State blew up the al-Nuri mosque in Mosul.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "On Monday, engineers blew up the old bridge in Mosul.")
    assert found == []


@pytest.mark.model
def test_people_massacred_at_a_school_are_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Monday, 42 people, mostly students, were massacred at a school in Western Uganda.")
    assert [(e.type, e.killed) for e in found] == [("attack", 42)]
    found = events(nlp, "On Monday, 42 militants were killed at a school in Western Uganda.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_landmine_is_an_attack_weapon(nlp: Language) -> None:
    found = events(nlp, "On Monday, 26 people were killed when their vehicle detonated a landmine outside the "
                        "town of Rann.")
    assert [(e.type, e.killed) for e in found] == [("attack", 26)]
    found = events(nlp, "On Monday, soldiers recovered two landmines outside the town of Rann.")
    assert found == []


@pytest.mark.model
def test_a_demonym_plural_attacking_insurgents_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "On 27 July, the Rwandans attacked insurgents at Marere in Mocimboa da Praia district.")
    assert [e.type for e in found] == ["operation"]
    found = events(nlp, "On 27 July, insurgents attacked two Rwandans at Marere in Mocimboa da Praia district.")
    assert [e.type for e in found] == ["attack"]
