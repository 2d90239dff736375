"""Dates, twenty-first session: a clock time in four digits ("1700 GMT", "1300hrs") is no year."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date

TUESDAY = "2021-04-20"


@pytest.mark.parametrize(("expression", "expected"), [
    ("1700 GMT on Sunday", ("2021-04-18", "day")),  # "attacked the base around 1700 GMT on Sunday"
    ("around 1700 GMT", (None, None)),
    ("1300hrs", (None, None)),
])
def test_a_four_digit_clock_time_is_no_year(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, TUESDAY) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("2017", ("2017", "year")),
    ("March 2019", ("2019-03", "month")),
    ("the summer of 2014", ("2014", "year")),
])
def test_a_year_is_still_a_year(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, TUESDAY) == expected


@pytest.mark.model
def test_a_clock_time_the_model_tags_as_a_date_is_no_timex(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The militants attacked the base around 1700 GMT on Sunday and stole weapons.", "t",
                       TUESDAY))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Sunday", "2021-04-18")]
    doc = nlp(make_doc(nlp, "The militants attacked the base in 2019 and stole weapons.", "t", TUESDAY))
    assert [(t.text, t.value) for t in doc._.timexes] == [("2019", "2019")]
