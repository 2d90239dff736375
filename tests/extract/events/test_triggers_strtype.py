"""Trigger types (events/triggers.py): a strike told with the group's own weapon or flown by the group is its attack,
not a state's strike (the conventions type an event by who did it and how)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_02_01 = events_dated("2024-02-01")


@pytest.mark.model
def test_a_bomb_strike_on_a_church_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "A bomb strike on a church in the eastern Democratic Republic of the Congo on Sunday left at least 10 "
        "people dead.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_explosive_device_striking_homes_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "The 11 family members were killed when an explosive device struck their homes in Borno State on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_militants_striking_a_checkpoint_with_a_car_bomb_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "At least 10 people were killed when militants linked to the Abu Sayyaf group struck a military "
        "checkpoint with a car bomb in the southern Philippines on Tuesday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_jets_striking_with_guided_bombs_stay_a_strike(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "Iraqi jets struck an Islamic State hideout with guided bombs in Kirkuk on Monday, killing five "
        "militants.")
    assert [e.type for e in found] == ["strike"]

