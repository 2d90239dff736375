"""Habits of the thirteenth batch of unseen pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate import make_doc

pytestmark = pytest.mark.model


events = events_dated("2025-01-15")


def test_strikes_the_parser_hangs_on_another_noun_keep_their_light_verb(nlp: Language) -> None:
    # the parser reads "air" as the object of "launched" and "strikes" as its conjunct
    found = events(nlp, "Nine fighters of the Daulah Islamiyah were killed as the military launched air and ground "
                        "strikes on the group's suspected base in Maguindanao.")
    assert [(e.type, e.place, e.killed) for e in found] == [("strike", "Maguindanao", 9)]


def test_an_air_interdiction_mission_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "An air interdiction mission was conducted on 9 June 2024 near Lake Chad, the task force "
                        "said.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-06-09")]


def test_aircraft_acting_on_the_group_make_a_strike(nlp: Language) -> None:
    found = events(nlp, "Earlier this week, Iraqi fighter jets targeted a hideout of ISIS in the northern Iraqi "
                        "province of Saladin.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "The village was pounded by warplanes in Idlib province on Tuesday.")
    assert [(e.type, e.date) for e in found] == [("strike", "2025-01-14")]
    # an attack verb with aircraft as subject is a strike too
    found = events(nlp, "Army helicopters bombed the fleeing militants near Maiduguri on Friday.")
    assert [e.type for e in found] == ["strike"]


def test_the_groups_weapons_and_bombers_still_attack(nlp: Language) -> None:
    # drones and bombers are left out of the aircraft words: the group has both
    found = events(nlp, "Islamic State drones attacked a military base in Mosul on Monday.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "A suicide bomber hit a market in Maiduguri on Monday, killing 12 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


def test_attacks_that_neutralised_fighters_are_a_forces_operation(nlp: Language) -> None:
    found = events(nlp, "The task force said ground and air attacks near Marte in Borno State had neutralised more "
                        "than 25 terrorists.")
    assert [(e.type, e.place) for e in found] == [("operation", "Marte")]
    # without a place the plural stays talk about a kind of event
    assert events(nlp, "Ground and air attacks have neutralised many terrorists.") == []


def test_each_village_of_a_list_after_such_as_is_an_attack_of_its_own(nlp: Language) -> None:
    found = events(nlp, "Smaller hamlets such as Dani Fari and Abarkaize in the Tillaberi region were also attacked "
                        "on Monday.")
    assert sorted(e.place for e in found) == ["Abarkaize", "Dani Fari"]


def test_a_recapture_on_a_page_with_no_date_is_kept_undated(nlp: Language) -> None:
    text = ("In recent weeks, Puntland forces have achieved significant victories by reclaiming the town of Tasjiic "
            "in the Bari region.")
    found = list(nlp(make_doc(nlp, text, "t", None))._.events)
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", None)]
    # on a dated page too (the page this is cut from, dated 2025-04-10, has it in its gold): a named town's
    # recapture is no general claim about the war
    assert [e.type for e in events(nlp, text)] == ["territorial_defeat"]


def test_raids_the_group_launches_are_its_attacks(nlp: Language) -> None:
    found = events(nlp, "Suspected fighters from the Islamic State West Africa Province (ISWAP) launched overnight "
                        "raids on two villages in Yobe State on Saturday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]
    # a force's raid stays an operation
    found = events(nlp, "Troops launched a raid on an ISWAP hideout in Yobe State on Saturday.")
    assert [e.type for e in found] == ["operation"]


def test_a_list_of_things_troops_did_over_a_period_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Troops conducted fighting patrols, ambushes and clearance operations at villages in Kukawa, "
                        "Guzamala and Gwoza in September.")
    assert [e.type for e in found if e.type == "attack"] == []


def test_the_groups_fighters_raiding_a_town_attack_it(nlp: Language) -> None:
    found = events(nlp, "According to the statement, fighters raided Macomia Town on Sunday, killing four Christians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 4)]
    # another armed group's raid stays an operation
    found = events(nlp, "The SDF raided an ISIS cell in Deir ez-Zor on Sunday.")
    assert [e.type for e in found] == ["operation"]
    # ... but the militants clashing with troops start the fight: their attack (the gold: ca146, ca182, ca364, wa84)
    found = events(nlp, "Militants clashed with troops in Borno State on Monday.")
    assert [e.type for e in found] == ["attack"]

