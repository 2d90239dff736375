"""Dates, thirty-fourth session: a month's short name with no period before the day ("on Aug 11"), the way Malaysian
and Singaporean outlets date arrests (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc

pytestmark = pytest.mark.model


def _timexes(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, text, "t", "2017-09-06"))
    return [(t.text, t.value) for t in doc._.timexes]


def test_a_short_month_before_a_day_is_a_date(nlp: Language) -> None:
    text = "They were working as technicians and were arrested in a Kuala Lumpur suburb on Aug 11."
    assert _timexes(nlp, text) == [("Aug 11", "2017-08-11")]


def test_the_model_s_lone_day_grows_into_the_month_and_day(nlp: Language) -> None:
    # the model tags "30" alone here: the expression is "Aug 30"
    assert ("Aug 30", "2017-08-30") in _timexes(nlp, "The suspect was arrested in a raid on Aug 30, the day of the "
                                                     "ceremony.")


def test_two_short_month_days_are_two_dates(nlp: Language) -> None:
    assert _timexes(nlp, "Police raided homes in Sabah between Nov 3 and Dec 16.") == [
        ("Nov 3", "2016-11-03"), ("Dec 16", "2016-12-16")
    ]


def test_a_clock_time_is_no_day(nlp: Language) -> None:
    assert _timexes(nlp, "The score stood at Sep 3:45 in the game.") == []


def test_the_dated_passive_arrest_at_a_place_is_an_operation(nlp: Language) -> None:
    text = "They were working as technicians and were arrested in a Kuala Lumpur suburb on Aug 11."
    doc = nlp(make_doc(nlp, text, "t", "2017-09-06"))
    assert [(e.type, e.date, e.country) for e in doc._.events] == [("operation", "2017-08-11", "MY")]
