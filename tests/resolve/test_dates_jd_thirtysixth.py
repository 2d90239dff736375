"""Dates, thirty-sixth session: "next" tells a future only as a time word of its own ("next week"), not as the
preposition "next to" nor in a story's "the next day"; and "Earlier in the day" is one expression though the model
tags "day" alone (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import _FUTURE_RE


def test_next_to_is_a_place_not_a_future() -> None:
    assert not _FUTURE_RE.search("Two policemen were injured as a crude bomb exploded next to a minister's car on ")


def test_the_next_day_is_a_past_story() -> None:
    assert not _FUTURE_RE.search("The next day, troops returned to the village and on ")


def test_next_week_is_still_a_future() -> None:
    assert _FUTURE_RE.search("The ministers will meet next week on ")
    assert _FUTURE_RE.search("elections scheduled for next ")


@pytest.mark.model
def test_a_weekday_after_next_to_is_the_past_one(nlp: Language) -> None:
    # as183: read as a future, the Saturday was the one after the page's Sunday
    text = "Two policemen were injured as a crude bomb exploded next to a minister's car on a Dhaka street on Saturday."
    doc = nlp(make_doc(nlp, text, "t", "2019-09-01"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Saturday", "2019-08-31")]


@pytest.mark.model
def test_earlier_in_the_day_is_one_expression(nlp: Language) -> None:
    text = ("Jets struck Daesh positions near Shirqat on Sunday. Earlier in the day, fighters repulsed an attack "
            "in western Mosul.")
    doc = nlp(make_doc(nlp, text, "t", "2017-08-07"))
    told = [(t.text, t.value) for t in doc._.timexes]
    assert told == [("Sunday", "2017-08-06"), ("Earlier in the day", "2017-08-06")]
