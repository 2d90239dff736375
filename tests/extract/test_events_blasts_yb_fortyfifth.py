"""Attacks, forty-fifth session (yb): a weak blast or weapon noun ("bomb", "explosion", "blast") that went off is an
attack even with no place or day of its own: the subject of a past verb of going off or hitting, one named by the
weapon set off, or one a group claims; a bomb that only might go off, or an explosion of gas, is none (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-03-10")


def test_a_bomb_that_exploded_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State said a bomb exploded as the policemen queued outside the bank.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State")]


def test_a_bomb_that_ripped_through_a_market_is_an_attack_with_its_toll(nlp: Language) -> None:
    found = events(nlp, "Ten people were killed when a bomb ripped through the market.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]


def test_an_explosion_that_hit_a_club_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On March 2, four people were killed when an explosion hit a sports club.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-03-02")]


def test_a_blast_named_by_its_weapon_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Three soldiers sustained light injuries in a landmine blast in the area.")
    assert [e.type for e in found] == ["attack"]


def test_a_claimed_explosion_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State group claimed responsibility for a bus explosion that killed two people.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State")]


def test_a_bomb_that_could_explode_is_no_attack(nlp: Language) -> None:
    assert [e.type for e in events(nlp, "Experts warned that a bomb could explode at any time.")] == []


def test_a_gas_explosion_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Police said a gas cylinder explosion at a restaurant injured two people.")
    assert [e.type for e in found] == []
