"""Casualties and claims, thirty-sixth session (short sentences written for the tests): a group or a force that
says or claims "it killed" people (or "to have killed" them) reports its own killing, so the killing is an event,
the group's a claimed attack; so is an attack told "according to" the group; a toll told on the object of "since" is
another event's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


@pytest.mark.model
def test_a_group_saying_it_killed_soldiers_claims_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Monday, Islamic State said it killed 15 soldiers in Sheikh Zuweid.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 15, True)]
    found = events(nlp, "On Monday, Islamic State claimed it killed 15 soldiers in Sheikh Zuweid.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 15, True)]
    found = events(nlp, "On Monday, Islamic State fighters said they killed a police official in northwest Pakistan.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_a_force_saying_it_killed_insurgents_reports_an_operation(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Army said on Thursday that it had killed more than 50 insurgents in Borno.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_pronoun_no_one_reports_stays_no_attacker(nlp: Language) -> None:
    found = events(nlp, "On Monday, residents feared it killed 15 soldiers in Sheikh Zuweid.")
    assert found == []


@pytest.mark.model
def test_a_group_claiming_to_have_killed_claims_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Monday, Islamic State claimed to have killed at least one Rwandan soldier in "
                        "Mocimboa da Praia.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 1, True)]


@pytest.mark.model
def test_an_attack_told_according_to_the_group_is_claimed(nlp: Language) -> None:
    found = events(nlp, "On Monday ISM killed one soldier and destroyed homes in Memba district, according to claims "
                        "issued by the Islamic State.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    found = events(nlp, "On Monday ISM killed one soldier and destroyed homes in Memba district, according to the "
                        "police.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


@pytest.mark.model
def test_a_toll_told_on_the_object_of_since_is_another_event_s(nlp: Language) -> None:
    found = events(nlp, "On Sunday, gunmen killed at least 40 soldiers at a military base in Barkaram. This attack is "
                        "the largest loss of Army personnel since 2020 when around 100 soldiers were killed by "
                        "suspected militants.")
    assert [(e.type, e.killed) for e in found] == [("attack", 40)]
