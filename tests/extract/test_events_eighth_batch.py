"""Habits of the eighth batch of unseen pages (short sentences written for the tests): a plan to attack is no
attack, a blast that kills people is one, and a named person killed is one dead."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-04-10")


@pytest.mark.parametrize("text", [
    "Police on Tuesday arrested an Islamic State loyalist suspected of planning an attack on a police station.",
    "Authorities in Indonesia foil plan to bomb churches",
])
def test_a_plan_to_attack_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in {e.type for e in events(nlp, text)}


def test_planning_an_attack_that_happened_is_the_attack(nlp: Language) -> None:
    # the object is the bombing the text dates and counts: it happened
    found = events(nlp, "He played a key role in planning the 2022 mosque bombing in Peshawar, which killed 67 "
                        "worshippers.")
    assert [(e.type, e.killed) for e in found] == [("attack", 67)]


@pytest.mark.parametrize(("text", "killed"), [
    ("A landmine explosion killed 13 soldiers.", 13),
    ("Shortly after, a landmine explosion resulted in the deaths of 13 more soldiers.", 13),
    ("A roadside explosion left six soldiers dead.", 6),
])
def test_a_blast_that_kills_people_is_an_attack(nlp: Language, text: str, killed: int) -> None:
    assert [(e.type, e.killed) for e in events(nlp, text)] == [("attack", killed)]


def test_a_blast_nobody_died_in_is_no_event(nlp: Language) -> None:
    assert events(nlp, "The explosion was heard across the city.") == []


def test_a_named_person_killed_is_one_dead(nlp: Language) -> None:
    found = events(nlp, "The strike came just days after Gen. Abdi Ali Qalyare, commander of Puntland’s second "
                        "Darwish battalion, was killed in a roadside bomb attack.")
    assert [(e.type, e.killed) for e in found] == [("attack", 1)]


def test_an_unclaimed_attack_by_the_group_in_a_branchs_home_is_the_branchs(nlp: Language) -> None:
    found = events(nlp, "In late January, ISIS militants planted a roadside bomb in Qandala, in Puntland, Somalia, "
                        "killing six soldiers.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Somalia Province")]


def test_a_claim_by_the_group_in_a_branchs_home_is_the_branchs(nlp: Language) -> None:
    # the group claims through its provinces: the train pages credit 11 of 16 such claims to the branch
    # (session 18; it was "Islamic State" before, as the conventions README still says)
    found = events(nlp, "The Islamic State claimed responsibility for the roadside bomb that killed six soldiers in "
                        "Qandala, in Puntland, Somalia, on Monday.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State Somalia Province", True)]


def test_the_militants_are_the_group_named_before_not_the_troops_they_target(nlp: Language) -> None:
    found = events(nlp, "Armed insurgents affiliated with the Islamic State in Mozambique have claimed attacks this "
                        "month, targeting both Mozambican and Rwandan troops.\n\nThrough their social media channels, "
                        "the militants this week claimed an assault on a military base in Cabo Delgado, stating that "
                        "they killed more than 10 government soldiers during the attack.", "2025-06-05")
    assert {e.actor for e in found if e.type == "attack"} == {"Islamic State Mozambique Province"}


def test_who_acts_during_a_meeting_is_who_met(nlp: Language) -> None:
    found = events(nlp, "The US-led international coalition against Daesh formally welcomed Syria as its 90th member "
                        "during a meeting Monday in Riyadh.", "2026-02-10")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Global Coalition to Defeat Daesh/ISIS")]


def test_indonesias_counter_terrorism_police_is_densus_88(nlp: Language) -> None:
    found = events(nlp, "Indonesian counter-terrorism police killed two militants suspected of having links with a "
                        "pro-Isis network in a shootout on the island of Sumbawa on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Special Detachment 88")]


@pytest.mark.parametrize("text", [
    "Its members are mostly rag-tag rebels who engage in extortion, kidnapping, robbery and bombings.",
    "The flashpoint area has frequently come under attack by ISGS and the al-Qaeda-affiliated GSIM.",
    "IS Sahel militants have killed over 120 civilians in Niger since March 2025, the group said.",
])
def test_habits_and_tolls_over_a_span_are_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text, "2025-09-10") == []


def test_a_fight_the_troops_engaged_in_is_still_one(nlp: Language) -> None:
    found = events(nlp, "Militants attacked a base in Borno on Monday, killing ten soldiers.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]
