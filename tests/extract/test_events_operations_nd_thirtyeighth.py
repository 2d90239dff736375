"""False operations, thirty-eighth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-03-05")


def test_a_vow_to_act_is_no_operation(nlp: Language) -> None:
    found = events(nlp, "Officials vowed on Saturday to launch an operation against the perpetrators.")
    assert [e.type for e in found] == []


def test_a_vow_to_arrest_keeps_the_attack_it_names(nlp: Language) -> None:
    # the infinitive is the intent; the attack its object's "of" phrase names happened
    found = events(nlp, "Officials vowed on Saturday to track down and apprehend the perpetrators of a deadly mosque "
                        "attack in Peshawar that killed 63 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 63)]


def test_a_vow_that_tells_a_deed_in_a_clause_stays(nlp: Language) -> None:
    found = events(nlp, "The army said on Saturday it had launched an operation against the perpetrators in Peshawar.")
    assert [e.type for e in found] == ["operation"]


def test_a_fight_at_the_attack_s_place_is_its_troops_side(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a military base in Gwoza on Sunday, killing four soldiers. A dozen "
                        "ISWAP fighters were killed during a heavy gun battle in Gwoza, the army said.")
    assert [(e.type, e.place) for e in found] == [("attack", "Gwoza")]


def test_a_fight_at_another_town_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a military base in Gwoza on Sunday, killing four soldiers. A dozen "
                        "ISWAP fighters were killed during a heavy gun battle in Bama, the army said.")
    assert sorted(e.type for e in found) == ["attack", "operation"]


def test_a_vowing_day_is_not_the_attack_s(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber attacked a mosque in Peshawar on Friday, killing 63 people. Officials vowed "
                        "on Saturday to track down and apprehend the perpetrators of the mosque attack in Peshawar.")
    assert [(e.type, e.date) for e in found] == [("attack", "2022-03-04")]


def test_a_killing_with_airstrikes_is_a_strike(nlp: Language) -> None:
    # the parser hangs "with airstrikes" on the victims named after the verb
    found = events(nlp, "Troops killed an ISWAP commander, Abu Musa, and 15 of his fighters with airstrikes on Friday "
                        "in Gwoza.")
    assert [e.type for e in found] == ["strike"]


def test_a_killing_with_air_and_ground_means_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops killed an ISWAP commander, Abu Musa, and 15 of his fighters with airstrikes and "
                        "artillery on Friday in Gwoza.")
    assert [e.type for e in found] == ["operation"]


def test_a_killing_with_ground_weapons_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops killed an ISWAP commander, Abu Musa, and 15 of his fighters with rifles on Friday in "
                        "Gwoza.")
    assert [e.type for e in found] == ["operation"]


def test_a_strike_told_as_the_army_s_and_the_air_force_s_is_the_air_force_s(nlp: Language) -> None:
    found = events(nlp, "The Nigerian military has killed an ISWAP commander, Abu Musa, and 15 of his fighters with "
                        "airstrikes near Marte on Saturday. The Nigerian Air Force component of Operation Hadin Kai "
                        "launched a series of airstrikes at the hideouts of the terrorists in Marte on Saturday.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


def test_an_effort_told_in_the_present_is_no_operation(nlp: Language) -> None:
    found = events(nlp, "We are working to identify and dismantle financial support networks that enable ISIS to "
                        "spread its radical ideology.")
    assert [e.type for e in found] == []


def test_an_effort_in_the_present_keeps_the_attack_it_names(nlp: Language) -> None:
    found = events(nlp, "Police are working to dismantle the ISIS cell that attacked the church in Rabat on Friday, "
                        "killing five people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]
