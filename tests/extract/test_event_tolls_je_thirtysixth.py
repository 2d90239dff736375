"""Casualties and claims, thirty-sixth session (short sentences written for the tests): a group or a force that
says or claims "it killed" people (or "to have killed" them) reports its own killing, so the killing is an event,
the group's a claimed attack; so is an attack told "according to" the group, or one "the group" says or claims it
did; an attack that "claimed the lives" of people is no claim."""

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
def test_the_group_described_claiming_a_killing_claims_an_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State has been active in Borno. The group claimed it killed 20 soldiers in Gubio "
                        "on Monday.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    found = events(nlp, "ISWAP fighters pillaged a base in Gubio on Monday, killing three soldiers. The group claimed "
                        "it killed 20 soldiers.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 3, True)]
    found = events(nlp, "The Islamic State has been active in Cabo Delgado. On Monday, the group said it had attacked "
                        "military outposts in Mocimboa da Praia.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_an_attack_claiming_lives_is_no_claim(nlp: Language) -> None:
    found = events(nlp, "On Monday, an attack by an Islamic State-affiliated militant group claimed the lives of at "
                        "least 25 people in Ituri, according to a rights group.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]
