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
