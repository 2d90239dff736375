"""Sentence-level event reading through the whole pipeline: casualty counts, perpetrators, raids."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

pytestmark = pytest.mark.model


events = events_dated("2023-05-10")


def only(found: list[Event], etype: str) -> Event:
    typed = [e for e in found if e.type == etype]
    assert len(typed) == 1, [(e.type, e.trigger) for e in found]
    return typed[0]


def test_events_mentions_reduced_passive_counts_wounded(nlp: Language) -> None:
    found = events(nlp, "Five police officers were killed and seven others wounded on Tuesday when gunmen "
                        "attacked a checkpoint near Kirkuk.")
    attack = only(found, "attack")
    assert (attack.killed, attack.wounded, attack.country) == (5, 7, "IQ")


def test_events_mentions_victims_are_not_the_perpetrator(nlp: Language) -> None:
    found = events(nlp, "Four Peshmerga fighters were killed on Tuesday when gunmen attacked an outpost near Kirkuk.")
    assert only(found, "attack").actor is None


def test_events_mentions_blamed_on_as_object_gives_the_actor(nlp: Language) -> None:
    found = events(nlp, "Three soldiers were killed on Tuesday when gunmen attacked a checkpoint near Mosul. "
                        "The army blamed the attack on Islamic State cells.")
    attack = only(found, "attack")
    assert (attack.actor, attack.claimed, attack.killed) == ("Islamic State", False, 3)


def test_events_mentions_casualties_in_next_sentence(nlp: Language) -> None:
    found = events(nlp, "A car bomb exploded at a bus station in Kirkuk on Tuesday. More than 30 people were wounded.")
    assert only(found, "attack").wounded == 30


def test_events_mentions_rockets_striking_a_base_are_an_attack(nlp: Language) -> None:
    found = events(nlp, "Three rockets struck an air base in Anbar province on Tuesday, wounding two contractors.")
    attack = only(found, "attack")
    assert attack.wounded == 2 and not [e for e in found if e.type == "strike"]


def test_events_mentions_killing_in_a_raid_is_an_operation_by_the_killer(nlp: Language) -> None:
    # a helicopter raid is a ground raid: an operation, not an air strike (gold/real conventions)
    found = events(nlp, "US forces killed a senior Islamic State leader in a helicopter raid in Syria on Tuesday.")
    raid = only(found, "operation")
    assert (raid.actor, raid.country) == ("United States", "SY")


def test_events_mentions_raiding_homes_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Iraqi forces raided several homes in Mosul on Tuesday and detained four suspects.")
    assert only(found, "operation").country == "IQ" and not [e for e in found if e.type == "attack"]


def test_events_mentions_declared_defeated_is_territorial_defeat(nlp: Language) -> None:
    found = events(nlp, "The group was declared defeated in Iraq in December 2017.")
    defeat = only(found, "territorial_defeat")
    assert (defeat.country, defeat.date) == ("IQ", "2017-12")


def test_events_mentions_subject_not_its_supporter_is_the_actor(nlp: Language) -> None:
    found = events(nlp, "On Tuesday, the SDF, with air support from the US-led coalition, launched a security "
                        "operation in Raqqa.")
    assert only(found, "operation").actor == "Syrian Democratic Forces"


def test_events_mentions_dateline_gives_the_country_of_an_unknown_place(nlp: Language) -> None:
    found = events(nlp, "MOSUL, Iraq - Two soldiers were killed in an attack on their post in the Wadi Zghaytun "
                        "area late on Monday.")
    assert only(found, "attack").country == "IQ"


def test_events_mentions_dateline_of_a_regional_bureau_does_not_place_the_story(nlp: Language) -> None:
    # a lead that names another country (a nationality, a place the rules do not let locate the event) and not
    # the dateline's: the story was filed from a regional bureau, the article's country places the event
    found = events(nlp, "DAKAR — The Islamic State claimed responsibility on Sunday for an ambush last week that "
                        "killed 33 Malian soldiers.\nFourteen soldiers were also wounded in the attack near the "
                        "northern town of Menaka, the Malian army said.")
    assert [(e.type, e.country, e.killed) for e in found] == [("attack", "ML", 33)]
    found = events(nlp, "ISLAMABAD (AP) — The Islamic State group claimed responsibility for a shooting this week "
                        "targeting members of the Shiite community inside a mosque in western Afghanistan that "
                        "killed six people.\nThe Taliban said an investigation into the attack in Herat was underway.")
    assert {e.country for e in found} == {"AF"}


def test_events_mentions_dateline_the_lead_agrees_with_still_places_it(nlp: Language) -> None:
    # the lead names the dateline's own country too (the acting state): a neighbour named in passing changes nothing
    found = events(nlp, "KUALA LUMPUR: Malaysia has arrested 15 people, mostly foreigners from neighbouring "
                        "Indonesia, on suspicion of having links with the Islamic State, police said on Thursday.")
    assert only(found, "operation").country == "MY"


def test_events_mentions_an_attack_told_as_a_plans_aim_is_no_event(nlp: Language) -> None:
    # a gerund of planning on the noun, a plan in the progressive passive, an adjective of resolve: all aims
    assert not [e for e in events(nlp, "Police in Mosul arrested three men suspected of planning attack.")
                if e.type == "attack"]
    assert not [e for e in events(nlp, "The match was cancelled after police learnt that a bomb attack targeting "
                                       "the stadium in Kirkuk was being planned.") if e.type == "attack"]
    assert not [e for e in events(nlp, "Police said the teenager was determined to carry out his attack in Erbil.")
                if e.type == "attack"]


def test_events_mentions_an_attack_planned_in_the_simple_past_was_made(nlp: Language) -> None:
    found = events(nlp, "The attack was planned by a cell in Raqqa and killed 12 people in Kirkuk on Tuesday.")
    assert only(found, "attack").killed == 12


def test_events_mentions_a_record_and_its_example_are_no_event(nlp: Language) -> None:
    # "numerous bombings" sums up what a group has done; "including a ... bombing" only illustrates it
    found = events(nlp, "Gunmen attacked a police checkpoint in Kirkuk on Tuesday, killing three officers. The group "
                        "was behind numerous bombings in Diyala, including a market bombing in Baqubah in "
                        "September 2016, killing 15 people.")
    assert [(e.type, e.date) for e in found] == [("attack", "2023-05-09")]
    found = events(nlp, "Several attacks on army posts in Borno on Tuesday killed 20 soldiers.")
    assert only(found, "attack").killed == 20


def test_events_mentions_a_deed_a_group_is_known_for_is_no_event(nlp: Language) -> None:
    # what a group won infamy for, or is best known for, says who it is
    assert not events(nlp, "Boko Haram, which won global infamy for its 2014 kidnapping of 276 school girls in "
                           "Borno State, has split.")
    assert not events(nlp, "The group, notorious for the 2016 bombing of a market in Davao, has split.")
