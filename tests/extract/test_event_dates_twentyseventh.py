"""Event dates, twenty-seventh session: an undated event whose sentence names an earlier month is background, not one
of the page's month (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2018-03-11")


@pytest.mark.model
def test_an_event_beside_an_earlier_month_is_not_the_pages_month(nlp: Language) -> None:
    # the date dates the main clause, the massacre its "after" clause: not the page's March; since session 37 the
    # month of the main clause, which holds what happened just before it (the gold of the page it is cut from)
    found = events(nlp, "He issued his ultimatum in November after suspected Daesh gunmen massacred more than 300 "
                        "worshippers in a Sinai mosque.")
    assert [(e.type, e.date) for e in found] == [("attack", "2017-11")]


@pytest.mark.model
def test_an_event_in_a_since_phrase_of_an_earlier_month_is_not_the_pages_month(nlp: Language) -> None:
    found = events_dated("2025-07-27")(nlp, "This is the deadliest assault in the region since February, when the "
                                            "ADF killed 23 people in Mambasa territory.")
    # (its "when" clause tells what happened in February: the gold of the page it is cut from dates it so)
    assert [e.date for e in found] == ["2025-02"]


@pytest.mark.model
def test_an_undated_event_beside_a_day_of_the_pages_month_keeps_the_month(nlp: Language) -> None:
    # a date of the page's own month says nothing against it (the report's day, another event's)
    found = events(nlp, "He said on March 9 that suspected Daesh gunmen had massacred more than 30 worshippers in a "
                        "Sinai mosque.")
    assert [e.date[:7] for e in found if e.date] == ["2018-03"]


@pytest.mark.model
def test_a_since_phrase_opens_a_span_and_names_no_earlier_time(nlp: Language) -> None:
    # "Since December" opens the span the count covers: the event keeps the page's month
    found = events_dated("2020-04-03")(nlp, "Since December, militants have attacked the army base in Tillaberi, "
                                            "killing 4 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-04")]


@pytest.mark.model
def test_the_day_a_report_was_made_is_no_earlier_happening(nlp: Language) -> None:
    # "named" times that keep an undated event off the page's month leave out a report's own day
    from sitroom.extract.events.vocab import vocab as load_vocab
    from sitroom.extract.events.when import reported_day

    doc = nlp("Uzbekistan on May 30 announced it had carried out an operation. Gunmen attacked a post in May.")
    vocab = load_vocab()
    said = next(t for t in doc if t.text == "30")
    told = next(t for t in doc if t.text == "May" and t.i > said.i)
    assert reported_day(said, vocab) and not reported_day(told, vocab)
