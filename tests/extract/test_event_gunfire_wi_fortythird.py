"""Event types, forty-third session (wi): attackers opening fire on someone or something ("gunmen opened fire on the
embassy", "fighters opened fire at a checkpoint") or setting off a charge ("the suicide bomber detonated his vest") is
their attack, told with no attack word; a state's force opening fire, fire opened in answer to others coming or at
each other, and police detonating devices are none (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-11-20")


def test_gunmen_opening_fire_on_an_embassy_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Two gunmen opened fire on the embassy in Kabul on Friday.")
    assert [(e.type, e.date, e.place) for e in found] == [("attack", "2024-11-15", "Kabul")]


def test_a_named_group_opening_fire_on_a_convoy_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters on Friday opened fire on a column of civilian vehicles in Borno State.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


def test_troops_opening_fire_on_militants_is_no_attack(nlp: Language) -> None:
    assert [e.type for e in events(nlp, "Troops opened fire on the militants in Borno on Monday.")] != ["attack"]


def test_fire_opened_when_security_forces_arrive_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "When security forces arrived at the scene, jihadists opened fire on them.") == []


def test_fire_opened_before_a_police_raid_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Police stormed the house after the militants opened fire on the officers in Jakarta.")
    assert "attack" not in [e.type for e in found]


def test_a_suicide_bomber_detonating_his_vest_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The suicide bomber detonated his explosives vest at a checkpoint in Bosaso late Tuesday.")
    assert [(e.type, e.place) for e in found] == [("attack", "Bosaso")]


def test_a_militant_detonating_a_vest_in_a_market_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "A militant detonated a suicide vest in a tent in a crowded market in Mosul on Monday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-11-18")]


def test_police_detonating_a_bomb_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "Police safely detonated two devices found near a church in Kampala on Monday.") == []
