"""Missed strikes, fourth pass (forty-first session; short sentences written for the tests): a force that steps up
its strikes at a place flies them there."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-10")


@pytest.mark.model
def test_a_force_stepping_up_airstrikes_at_a_place_flies_them(nlp: Language) -> None:
    found = events(nlp, "AFRICOM has stepped up airstrikes and intelligence support in Somalia to disrupt ISIS.")
    assert [(e.type, e.country) for e in found] == [("strike", "SO")]
    found = events(nlp, "Somali and allied forces escalate strikes against ISIS in Puntland, killing over 13 fighters.")
    assert [(e.type, e.country) for e in found] == [("strike", "SO")]


@pytest.mark.model
def test_strikes_urged_or_stepped_up_by_workers_are_none(nlp: Language) -> None:
    assert events(nlp, "Officials say the coalition should step up airstrikes in Syria.") == []
    assert events(nlp, "Workers stepped up strikes in Lagos over unpaid wages.") == []
