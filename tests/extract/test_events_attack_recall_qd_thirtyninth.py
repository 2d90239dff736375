"""Attacks missed on train pages, thirty-ninth session (short sentences written for the tests): an explosive device
told without "improvised", ..."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-25")


@pytest.mark.model
def test_an_explosive_device_set_off_is_an_attack(nlp: Language) -> None:
    text = "Militants detonated an explosive device near an army convoy in Menaka on Saturday."
    assert [(e.type, e.place, e.date) for e in events(nlp, text)] == [("attack", "Menaka", "2024-06-22")]
    text = "Two soldiers were killed when an explosive device was detonated near their vehicle in Menaka on Saturday."
    assert [(e.type, e.place, e.killed) for e in events(nlp, text)] == [("attack", "Menaka", 2)]


@pytest.mark.model
def test_an_explosive_device_found_or_made_is_no_attack(nlp: Language) -> None:
    assert not events(nlp, "Troops succeeded in dismantling an explosive device on Saturday in Menaka.")
    assert not events(nlp, "Components for making explosive devices were seized in Menaka on Saturday.")
    assert not events(nlp, "Police found explosive devices and weapons in a house in Menaka on Saturday.")
