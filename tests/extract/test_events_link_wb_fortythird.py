"""Event linking, forty-third session (wb): a date standing between an article and a noun after the trigger ("the
2021 Abbey Gate bombing", "a January 28 attack") dates that thing, told as known; the sentence's own happening is not
background for it, and takes the page's month (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import _names_a_thing

month_events = events_dated("2025-03-05")


@pytest.mark.parametrize(("text", "expected"), [
    ("arrested a commander who plotted the 2021 airport bombing", True),
    ("detained a suspect linked to a January 28 attack on a church", True),
    ("the 2000 troops deployed", False),  # a count
    ("in the 2000s", False),
    ("the 2017 and 2018 attacks", False),
])
def test_a_date_heading_a_noun_phrase(text: str, expected: bool) -> None:
    at = next(i for i, c in enumerate(text) if c.isdigit() or c == "J")
    assert _names_a_thing(text, at) is expected


def test_a_date_heading_a_noun_of_the_events_own_kind_dates_it() -> None:
    text = "The 2019 attacks on the town killed 20"
    assert _names_a_thing(text, 4, "operation")
    assert not _names_a_thing(text, 4, "attack")  # the attack told again: its own year


@pytest.mark.model
def test_an_arrest_of_a_plotter_of_a_dated_bombing_is_of_the_page(nlp: Language) -> None:
    found = month_events(nlp, "Police have arrested a senior Islamic State commander accused of plotting the 2021 "
                              "Abbey Gate bombing at the airport.")
    assert [e.date for e in found if e.type == "operation"] == ["2025-03"]


@pytest.mark.model
def test_an_arrest_told_again_with_the_year_of_the_bombing_is_of_the_page(nlp: Language) -> None:
    found = month_events(nlp, "Police have arrested a senior Islamic State commander in the capital. The commander is "
                              "accused of plotting the 2021 airport bombing, police said.")
    assert [e.date for e in found if e.type == "operation"] == ["2025-03"]


# a page of the 2nd of April 2015
april_events = events_dated("2015-04-02")


@pytest.mark.model
def test_an_event_a_year_before_the_happening_it_is_counted_from_is_of_the_year_before(nlp: Language) -> None:
    found = april_events(nlp, "The prime minister arrived in the city on Wednesday to claim the victory, which took "
                              "place a year after the city was first attacked by the Islamic State.")
    assert [e.date for e in found if e.type == "attack"] == ["2014"]


@pytest.mark.model
def test_an_event_months_before_is_of_the_month_counted_back(nlp: Language) -> None:
    found = april_events(nlp, "The operation came two months after Islamic State militants attacked a checkpoint "
                              "near the border.")
    assert "2015-02" in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_less_than_a_month_after_counts_nothing_back(nlp: Language) -> None:
    found = april_events(nlp, "The operation came less than a month after Islamic State militants attacked a "
                              "checkpoint near the border.")
    assert "2015-03" not in [e.date for e in found if e.type == "attack"]


# a page of the 2nd of September 2017
september_events = events_dated("2017-09-02")


@pytest.mark.model
def test_an_event_a_week_before_is_of_the_month_of_the_page_day_a_week_back(nlp: Language) -> None:
    found = september_events(nlp, "The operation came a week after Islamic State militants attacked a checkpoint "
                                  "near the border.")
    assert [e.date for e in found if e.type == "attack"] == ["2017-08"]
