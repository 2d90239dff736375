"""Event dates, twenty-sixth session: a day the text states beside a day it counts from another, and an event told
as days before or after another of its sentence (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2020-06-10")


@pytest.mark.model
def test_a_stated_date_beside_a_counted_one_dates_the_event(nlp: Language) -> None:
    found = events(nlp, "On June 1, gunmen killed a soldier in Rafah. Two weeks earlier, on the evening of May 17, "
                        "militants attacked a checkpoint in Sheikh Zuwayed, killing five soldiers.")
    assert [e.date for e in found] == ["2020-06-01", "2020-05-17"]


@pytest.mark.model
def test_an_event_told_days_after_another_dates_the_other(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed 20 villagers in Tillaberi on Tuesday. The massacre comes just two days after "
                        "the Nigerien military carried out an air raid targeting suspected ISGS fighters in Menaka.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-06-09"), ("strike", "2020-06-07")]


@pytest.mark.model
def test_an_event_the_page_tells_as_a_day_before_its_news_is_the_day_before_the_page(nlp: Language) -> None:
    found = events(nlp, "This comes a day after U.S. forces carried out airstrikes on ISIS positions in Syria.")
    assert [(e.type, e.date) for e in found] == [("strike", "2020-06-09")]


@pytest.mark.model
def test_an_offset_with_no_dated_event_to_count_from_leaves_the_month(nlp: Language) -> None:
    # past tense, the clause's own event undated: nothing to count from, the article's month stands
    found = events(nlp, "The operation came one day after Iraqi jets struck five ISIS positions in Kirkuk province.")
    assert [(e.type, e.date) for e in found] == [("strike", "2020-06")]


@pytest.mark.model
def test_a_day_after_counts_one_day_from_the_clauses_date(nlp: Language) -> None:
    # "a day" states its length with the article alone (before, only "one day", "two days" counted)
    found = events(nlp, "Troops killed five militants in Borno on Monday, a day after ISWAP fighters attacked a base "
                        "in Monguno.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2020-06-07")]
