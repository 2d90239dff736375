"""Event types, forty-first session (ta): attackers setting fire to what people live and pray in ("set fire to a
church", "set the school ablaze", "set houses on fire") are an attack, as "burned a church" is; setting anything
else, or fire set by no attacker, is none (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-05-20")


def test_attackers_setting_fire_to_a_church_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Insurgents set fire to a church and several houses in the village of Nanduli on Sunday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-19")]


def test_attackers_setting_a_school_ablaze_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The terrorists set the school ablaze in the village of Banga on Monday.")
    assert [e.type for e in found] == ["attack"]


def test_attackers_setting_houses_on_fire_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The militants set several houses on fire in the village of Chicomo on Monday.")
    assert [e.type for e in found] == ["attack"]


def test_setting_a_date_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "The government set a date for the election in Maputo on Monday.") == []


def test_protesters_setting_fire_to_tyres_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "Protesters set fire to tyres in Maputo on Monday.") == []
