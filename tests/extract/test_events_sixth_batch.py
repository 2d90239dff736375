"""Habits of the sixth batch of unseen pages (short sentences written for the tests): the operation a force
killed the group's fighters in, whatever the parser hangs the operation phrase on, and a killing reported
next to an operation's name that is no report of an operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-02-05")


def test_an_operation_phrase_hung_on_the_dead_is_still_the_killings_operation(nlp: Language) -> None:
    # the bracketed acronym makes the parser attach "in a military operation" to "militants"
    found = events(nlp, "Puntland forces killed more than 40 Islamic State (ISIS) militants in a military "
                        "operation in the Cal Miskaad mountains.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Defence Forces")]


def test_a_killing_beside_an_operations_bare_name_is_the_forces_operation(nlp: Language) -> None:
    found = events(nlp, "Operation Shujaa joint UPDF and FARDC squads have killed Abu Aden, an ADF commander, "
                        "near Boga.")
    assert [e.type for e in found] == ["operation"]
    # the name alone reports nothing
    assert events(nlp, "Operation Shujaa began in 2021 and is still going on.") == []


def test_a_plotted_attack_is_no_attack_and_the_arrest_is_the_operation(nlp: Language) -> None:
    found = events(nlp, "The police arrested an alleged terrorist in Batu, East Java on Wednesday evening, with the "
                        "suspect allegedly planning to launch a bombing in the city.", "2024-08-01")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-07-31")]


def test_soldiers_ambushed_and_killed_are_the_attacks_victims_not_its_doers(nlp: Language) -> None:
    found = events(nlp, "On January 23, 2026, four soldiers were ambushed and killed in Munai town, Lanao del "
                        "Norte, by an armed group.", "2026-01-28")
    assert [(e.type, e.killed) for e in found] == [("attack", 4)]


def test_one_ambush_along_a_list_of_towns_is_one_event(nlp: Language) -> None:
    one = events(nlp, "ISWAP fighters killed six soldiers during a night ambush along the Gamboru–Dikwa–Marte axis "
                      "of Borno State on Monday.")
    assert len([e for e in one if e.type == "attack"]) == 1
    twin = events(nlp, "ISWAP fighters killed six soldiers in a twin attack on bases in Buratai and Malam Fatori "
                       "on Monday.")
    assert sorted(e.place or "" for e in twin if e.type == "attack") == ["Buratai", "Malam Fatori"]


def test_a_gathering_a_bomber_targets_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber struck a JUI-F gathering in Bajaur on Sunday, killing 54 people.")
    assert [e.type for e in found] == ["attack"]


def test_an_ambush_told_after_a_second_verb_is_still_the_killing_troops_operation(nlp: Language) -> None:
    found = events(nlp, "Troops of Operation Hadin Kai have killed 10 fighters of the Islamic State of West Africa "
                        "Province (ISWAP) and recovered several weapons during a night ambush near Dikwa.")
    assert [e.type for e in found] == ["operation"]


def test_the_country_across_a_border_is_not_where_the_event_was(nlp: Language) -> None:
    found = events(nlp, "NIAMEY (Reuters) - Islamic State fighters ambushed a patrol near Tongo Tongo, close to the "
                        "border with Mali, on Wednesday, killing four soldiers. Niger's government condemned it.",
                   "2017-10-06")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]


def test_a_group_named_by_what_it_does_is_an_attacker(nlp: Language) -> None:
    found = events(nlp, "He explained that the terrorist group killed at least eight people in Beni territory.",
                   "2024-05-10")
    assert [(e.type, e.killed) for e in found] == [("attack", 8)]
