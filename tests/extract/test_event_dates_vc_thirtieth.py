"""Event dates, thirtieth session: an event its sentence leaves undated while naming one earlier time is of that
time, not undated ("In March, ISWAP targeted a base with drones before advancing its ground assault"); a time that
another event of the sentence has is that event's, one in a clause opened after the trigger is that clause's, and
two times leave the event undated (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-07-07")


@pytest.mark.model
def test_the_sole_earlier_month_of_the_sentence_dates_its_event(nlp: Language) -> None:
    found = events(nlp, "In March, ISWAP targeted a Nigerian military base with drones before advancing its ground "
                        "assault, killing 16 people.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-03")]


@pytest.mark.model
def test_a_month_after_the_place_dates_the_attack(nlp: Language) -> None:
    found = events_dated("2016-06-09")(nlp, "Authorities are on high alert after a militant attack in the heart of "
                                            "the capital, Jakarta, in January in which eight people were killed.")
    assert [(e.type, e.date) for e in found] == [("attack", "2016-01")]


@pytest.mark.model
def test_a_month_and_year_of_another_clause_dates_the_attack(nlp: Language) -> None:
    found = events_dated("2019-01-04")(nlp, "In June 2015, 38 people were gunned down at a beach resort in the "
                                            "coastal city of Sousse in another ISIS attack.")
    assert [(e.type, e.date) for e in found] == [("attack", "2015-06")]


@pytest.mark.model
def test_two_earlier_times_leave_the_event_undated(nlp: Language) -> None:
    found = events(nlp, "In March, after talks in January, ISWAP targeted a military base with drones before "
                        "advancing its ground assault, killing 16 people.")
    assert [(e.type, e.date) for e in found] == [("attack", None)]


@pytest.mark.model
def test_the_time_of_another_event_of_the_sentence_is_not_taken(nlp: Language) -> None:
    found = events_dated("2019-01-04")(nlp, "Gunmen attacked a hotel in Sousse, killing 12 people, in a raid that "
                                            "recalled the massacre at a beach resort in 2015.")
    assert [(e.type, e.date) for e in found] == [("attack", None), ("attack", "2015")]


@pytest.mark.model
def test_a_time_of_a_clause_opened_after_the_trigger_is_not_taken(nlp: Language) -> None:
    found = events_dated("2019-01-04")(nlp, "Gunmen attacked a hotel in Sousse that had reopened after its closure "
                                            "in 2015, killing 12 people.")
    assert [(e.type, e.date) for e in found] == [("attack", None)]
