"""Dates, twenty-eighth session: the feasts counted from Easter ("the Easter Sunday bombings", "on Palm Sunday")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import easter_sunday, resolve_date


@pytest.mark.parametrize(("year", "day"), [
    (2016, date(2016, 3, 27)), (2019, date(2019, 4, 21)), (2021, date(2021, 4, 4)), (2025, date(2025, 4, 20)),
    (2026, date(2026, 4, 5)),
])
def test_easter_sunday_is_the_western_computus(year: int, day: date) -> None:
    assert easter_sunday(year) == day


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Easter Sunday", "2019-05-06", ("2019-04-21", "day")),
    ("the Easter Sunday", "2019-06-14", ("2019-04-21", "day")),
    ("Palm Sunday", "2021-03-30", ("2021-03-28", "day")),
    ("Good Friday", "2014-04-20", ("2014-04-18", "day")),
    ("Easter Monday", "2025-05", ("2025-04-21", "day")),
])
def test_an_easter_feast_is_the_latest_on_or_before_the_page(expression: str, reference: str,
                                                             expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "reference"), [
    ("Easter", "2021-03-30"),  # this year's is still to come, last year's a year back
    ("the Easter Sunday", "2019-12-01"),  # months back: as often a year's before, told again
    ("Good Friday", "2014"),  # a year fixes no day
])
def test_an_easter_feast_far_from_the_page_is_left_unresolved(expression: str, reference: str) -> None:
    assert resolve_date(expression, reference) == (None, None)


@pytest.mark.model
def test_the_feast_is_one_timex_not_a_sunday_of_the_page_s_week(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "All of the suspects linked with the Easter Sunday bombings have been arrested.", "t",
                       "2019-05-06"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Easter Sunday", "2019-04-21")]
