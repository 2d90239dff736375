"""Event dates, forty-first session: an event the text never dates, on a page dated only to its year (a year in its
address), is one of that year, the precision the page has, as one on a page dated to its
month or day is one of that month; not when the text names a month of that year, which may be the event's or a
background's, nor when the text writes that year itself: an undated page's reference is then the latest year its text
names, most often a thing's past ("which split from Boko Haram in 2016"), not the page's (short sentences written for
the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

year_events = events_dated("2023")
month_events = events_dated("2023-05")
# a page with no date of its own whose text writes 2016 as its latest year
history_events = events_dated("2016")


@pytest.mark.model
def test_an_undated_event_on_a_page_of_a_year_takes_that_year(nlp: Language) -> None:
    found = year_events(nlp, "Soldiers conducted a raid against Islamic State militants in northwest Syria, the "
                             "army said.")
    assert [e.date for e in found if e.type == "operation"] == ["2023"]


@pytest.mark.model
def test_an_undated_event_on_a_page_of_a_month_keeps_that_month(nlp: Language) -> None:
    found = month_events(nlp, "Soldiers conducted a raid against Islamic State militants in northwest Syria, the "
                              "army said.")
    assert [e.date for e in found if e.type == "operation"] == ["2023-05"]



@pytest.mark.model
def test_a_page_of_a_year_naming_a_month_of_it_lends_no_year(nlp: Language) -> None:
    found = year_events(nlp, "Soldiers conducted a raid against Islamic State militants in northwest Syria, the "
                             "army said. The twin bombings in Baghdad in January were a reminder of the threat.")
    assert [e.date for e in found if e.type == "operation"] == [None]


@pytest.mark.model
def test_a_year_the_text_writes_in_a_relative_clause_is_no_year_of_the_page(nlp: Language) -> None:
    found = history_events(nlp, "Gunmen attacked a village in Borno, killing ten people, police said. Islamic State "
                                "West Africa Province, which split from Boko Haram in 2016, has carried out a number "
                                "of attacks in the region.")
    assert [e.date for e in found if e.type == "attack"] == [None]



@pytest.mark.model
def test_a_year_the_text_writes_in_a_main_clause_is_no_year_of_the_page_either(nlp: Language) -> None:
    found = history_events(nlp, "Gunmen attacked a village in Borno, killing ten people, police said. More than 20 "
                                "soldiers were killed in the region during 2016.")
    assert [e.date for e in found if e.type == "attack"] == [None]
