"""Dates, thirty-seventh session: a list of three or more days of one month ("on May 15, 17 and 19", "on 29, 30 and 31
July 2024") is one expression dated by its month, as a pair of days is; a day and a count after its comma ("On May
15, 17 soldiers were killed") stays a day."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date

PAGE = "2022-09-30"


@pytest.mark.parametrize(("expression", "expected"), [
    ("May 15, 17 and 19", ("2022-05", "month")),
    ("December 13, 14 and 15, 2021", ("2021-12", "month")),
    ("22, 24, and 26 August", ("2022-08", "month")),
    ("29, 30 and 31 July 2024", ("2024-07", "month")),
])
def test_a_list_of_days_of_one_month_gives_the_month(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, PAGE) == expected


@pytest.mark.model
def test_the_model_split_list_is_one_timex(nlp: Language) -> None:
    # the model tags "May 15, 17 and" and leaves the last day out: no value, and the raids took the page's month
    doc = nlp(make_doc(nlp, "Troops raided camps in Sambisa on May 15, 17 and 19.", "t", PAGE))
    assert [(t.text, t.value) for t in doc._.timexes] == [("May 15, 17 and 19", "2022-05")]
    assert [e.date for e in doc._.events] == ["2022-05"]


@pytest.mark.model
def test_a_count_after_a_days_comma_is_no_list(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "On May 15, 17 soldiers were killed in an ambush.", "t", PAGE))
    assert [t.value for t in doc._.timexes] == ["2022-05-15"]
