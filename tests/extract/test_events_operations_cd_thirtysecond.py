"""Operations told without an operation word, thirty-second session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-06-12")


def test_killed_in_an_exchange_of_gunfire_with_forces_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Two ISIS suspects were killed in an exchange of gunfire with security forces in Peshawar "
                        "on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PK")]


def test_a_dated_exchange_of_fire_in_a_town_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Nine insurgents were killed in an exchange of fire on Monday in Macomia, the army said.")
    assert [(e.type, e.country) for e in found] == [("operation", "MZ")]


def test_an_exchange_of_views_is_no_fight(nlp: Language) -> None:
    found = events(nlp, "The ministers held an exchange of views in Abuja on Monday.")
    assert [e.type for e in found] == []


def test_a_force_met_with_gunfire_is_on_an_operation(nlp: Language) -> None:
    found = events(nlp, "Soldiers were met with gunfire by members of the Dawlah Islamiya in Marawi on Saturday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PH")]


def test_a_proposal_met_with_fire_is_no_fight(nlp: Language) -> None:
    found = events(nlp, "The proposal was met with fire from critics in Abuja on Monday.")
    assert [e.type for e in found] == []
