"""Dates, twenty-fourth session: a day of a year the words name ("5 October last year"), two days of one month
("February 26 and 27, 2023") and a date heading a noun phrase after "by" ("preceded by the January 31 gunfight")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date

PAGE = "2018-05-24"


@pytest.mark.parametrize(("expression", "expected"), [
    ("5 October last year", ("2017-10-05", "day")),
    ("the 5th of October last year", ("2017-10-05", "day")),
    ("March 15 this year", ("2018-03-15", "day")),
    ("July 18, last year", ("2017-07-18", "day")),
    # the month of the year alone stays a month
    ("October last year", ("2017-10", "month")),
])
def test_a_day_of_a_named_year(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, PAGE) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("February 26 and 27, 2023", ("2023-02", "month")),
    ("9 and 16 August 2025", ("2025-08", "month")),
    ("May 10 and 12", ("2018-05", "month")),
    # a range across months keeps its first day, as before
    ("January 1 to March 31, 2021", ("2021-01-01", "day")),
    ("June 27-28, 2021", ("2021-06-27", "day")),
])
def test_two_days_of_one_month_give_the_month(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, PAGE) == expected


@pytest.mark.model
def test_the_model_split_pair_is_one_timex(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Troops carried out raids on June 22 and 23, 2024 in Bama.", "t", "2024-07-01"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("June 22 and 23, 2024", "2024-06")]


@pytest.mark.model
def test_a_dated_noun_after_by_is_no_deadline(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The raid was preceded by the January 31 gunfight in Tupi.", "t", "2022-02-03"))
    assert [(t.value, t.is_deadline) for t in doc._.timexes] == [("2022-01-31", False)]
    doc = nlp(make_doc(nlp, "The troops must leave by the March 15 deadline.", "t", "2022-02-03"))
    assert [t.is_deadline for t in doc._.timexes] == [True]
    doc = nlp(make_doc(nlp, "The troops must leave by March 15.", "t", "2022-02-03"))
    assert [t.is_deadline for t in doc._.timexes] == [True]
