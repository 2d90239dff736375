"""Event dates, twenty-eighth session: a date a "when" clause tells of dates the clause's event however far the parse
hung it, two days of a month written far from the trigger still date it, and a date standing before an event noun of
another kind is that event's (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2023-03-25")


@pytest.mark.model
def test_a_when_clause_after_a_since_date_is_dated_by_it(nlp: Language) -> None:
    found = events_dated("2019-09-26")(nlp, "Malaysia has been on high alert since January 2016, when gunmen allied "
                                            "with Islamic State carried out a series of attacks in Jakarta.")
    assert [(e.type, e.date) for e in found] == [("attack", "2016-01")]


@pytest.mark.model
def test_a_since_date_without_a_when_clause_still_opens_a_span(nlp: Language) -> None:
    found = events_dated("2020-04-03")(nlp, "Since December, militants have attacked the army base in Tillaberi, "
                                            "killing 4 soldiers.")
    assert [e.date for e in found] == ["2020-04"]


@pytest.mark.model
def test_two_days_of_a_month_far_from_the_trigger_date_it(nlp: Language) -> None:
    found = events_dated("2021-03-27")(nlp, "The police arrested six individuals suspected of being involved in a "
                                            "terrorist group around Kuala Lumpur, Selangor, Perak and Penang on Jan 6 "
                                            "and 7.")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-01")]


@pytest.mark.model
def test_a_date_before_an_event_noun_of_another_kind_is_that_event_s(nlp: Language) -> None:
    # the feast dates the bombings, not the arrests of the suspects linked with them
    found = events_dated("2019-05-06")(nlp, "Police said all of the suspects linked with the Easter Sunday bombings "
                                            "have been arrested or are dead.")
    assert all(e.date != "2019-04-21" for e in found if e.type == "operation")
    assert [e.date for e in found if e.type == "attack"] == ["2019-04-21"]


@pytest.mark.model
def test_a_date_before_an_event_noun_of_the_same_kind_still_dates_the_trigger(nlp: Language) -> None:
    found = events_dated("2024-03-11")(nlp, "Troops arrested two militants in Sunday's raid on a hideout in Marawi.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-03-10")]
