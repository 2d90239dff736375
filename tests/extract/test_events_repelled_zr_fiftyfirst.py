"""Repelled attacks, fifty-first session (zr): an attack troops foiled or thwarted that was launched, or aimed at a post
they hold, was made (the conventions count a repelled attack as the attackers'); a plot stopped before it was made
stays an operation of whoever stopped it (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2026-03-17")


def test_attacks_launched_on_troop_locations_and_thwarted_are_attacks_one_per_town(nlp: Language) -> None:
    found = events(nlp, "Troops have demonstrated superior combat readiness by successfully thwarting terrorist "
                        "attacks launched by ISWAP fighters on multiple troop locations at Njimtilo, Baga, Buratai, "
                        "and Damboa. The attacks, which occurred in the early hours of 16 March 2026, were mounted "
                        "from several directions.")
    assert sorted((e.type, e.place, e.actor) for e in found) == [
        ("attack", place, "Islamic State West Africa Province") for place in ("Baga", "Buratai", "Damboa", "Njimtilo")
    ]


def test_an_attack_on_the_troops_location_they_foiled_is_the_attackers(nlp: Language) -> None:
    found = events(nlp, "Troops of Operation Hadin Kai on Tuesday foiled a major attack by ISWAP terrorists on their "
                        "location in Marte, Borno State.")
    assert [(e.type, e.date, e.place, e.actor) for e in found] == [
        ("attack", "2026-03-17", "Marte", "Islamic State West Africa Province")]


def test_an_attack_targeting_a_brigade_that_was_thwarted_is_the_groups(nlp: Language) -> None:
    found = events(nlp, "The Syrian Democratic Forces successfully thwarted an attack by an ISIS terrorist cell "
                        "targeting the SDF's Dhiban Brigade in the eastern countryside of Deir ez-Zor.")
    assert [(e.type, e.country, e.actor) for e in found] == [("attack", "SY", "Islamic State")]


def test_a_foiled_attack_aimed_at_no_post_stays_the_stoppers_operation(nlp: Language) -> None:
    found = events(nlp, "The elite anti-terror squad foiled yet another attack on Monday.")
    assert [e.type for e in found] == ["operation"]


def test_a_foiled_attack_on_a_church_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Police foiled an attack by ISIS supporters on a church in Surabaya on Monday.")
    assert [e for e in found if e.type == "attack"] == []


def test_an_impeded_attack_on_a_base_with_no_doer_told_did_not_happen(nlp: Language) -> None:
    found = events(nlp, "The army thwarted an attack on a military base in Ghazni on Monday.")
    assert [e for e in found if e.type == "attack"] == []


def test_a_post_named_on_the_attackers_phrase_is_still_the_attacks_aim(nlp: Language) -> None:
    # the parser hangs "on their location" on "terrorists", the doer of the attack
    found = events(nlp, "Troops of Operation Hadiin Kai on Tuesday foiled a major attack by Islamic for West Africa "
                        "Province (ISWAP) terrorists on their location in Marte, Borno State, and killed many "
                        "insurgents.")
    assert [(e.type, e.place, e.actor) for e in found if e.type == "attack"] == [
        ("attack", "Marte", "Islamic State West Africa Province")]
