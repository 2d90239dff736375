"""Plural attack nouns on African pages, thirty-seventh session (short sentences written for the tests, after train
pages): the bombings a group is charged with ("was behind", "blamed for"), placed and dated by a month or a time of
their own, are that episode; with a year only, a span or no time, a record."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-20")


@pytest.mark.model
def test_bombings_a_group_was_behind_in_a_month(nlp: Language) -> None:
    found = events(nlp, "Police say the rebels were behind suicide bombings in Kampala in March 2023.")
    assert [(e.type, e.place, e.date) for e in found] == [("attack", "Kampala", "2023-03")]


@pytest.mark.model
def test_bombings_of_last_year_a_group_is_blamed_for(nlp: Language) -> None:
    found = events(nlp, "The rebels are blamed for last year's bombings in Kampala.")
    assert [(e.type, e.place) for e in found] == [("attack", "Kampala")]


@pytest.mark.model
def test_attacks_charged_over_a_year_or_a_span_are_a_record(nlp: Language) -> None:
    assert not events(nlp, "The rebels were behind attacks in Borno in 2019.")
    assert not events(nlp, "The rebels are blamed for attacks in Beni since 2014.")
    assert not events(nlp, "The rebels are blamed for attacks in Beni.")
