"""Strikes, forty-fifth session (yb): an attack noun with an air word of its own ("aerial attacks", "air attacks") is
flown from the air, a strike, whoever flies it; joined to a ground word ("ground and air attacks") it is a combined
fight, and the group's "drone attack" stays its attack (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-03-10")


def test_a_force_air_attack_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "The army launched air attacks on rebel camps in Mambasa on Monday.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-03-04")]


def test_an_unattributed_aerial_attack_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "Two commanders were killed east of Dikwa in the aerial attack on Monday.")
    assert [e.type for e in found] == ["strike"]


def test_ground_and_air_attacks_stay_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops launched coordinated ground and air attacks on the armed group in Kebbi on Monday.")
    assert [e.type for e in found] == ["operation"]


def test_the_group_drone_attack_stays_an_attack(nlp: Language) -> None:
    found = events(nlp, "ISIS fighters launched a drone attack on a military base in Hasakah on Monday.")
    assert [e.type for e in found] == ["attack"]
