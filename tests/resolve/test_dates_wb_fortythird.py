"""Dates, forty-third session (wb): a day word set before a date that holds a comma of its own ("today, June 5,
2019", "yesterday, Monday, May 25") is one day named twice; the parts were three, and the apposition read none.
"hours ago", "a few minutes ago" (which the model tags as a time) is the page's own day."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("today, June 5, 2019", "2019-06-05", ("2019-06-05", "day")),
    ("today, Wednesday, June 5, 2019", "2019-06-05", ("2019-06-05", "day")),
    ("yesterday, Monday, May 25", "2020-05-26", ("2020-05-25", "day")),
    ("June 5, 2019, today", "2019-06-05", ("2019-06-05", "day")),
    ("today, June 4, 2019", "2019-06-05", (None, None)),  # names that disagree fix nothing, as two do
    ("today, Tuesday", "2020-11-10", ("2020-11-10", "day")),  # unchanged
])
def test_a_day_word_before_a_date_with_a_comma(expression: str, reference: str,
                                               expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("hours ago", "2023-07-30", ("2023-07-30", "day")),
    ("a few hours ago", "2023-07-30", ("2023-07-30", "day")),
    ("minutes ago", "2023-07-30", ("2023-07-30", "day")),
    ("24 hours ago", "2023-07-30", ("2023-07-29", "day")),
    ("hours ago", "2023-07", ("2023-07", "month")),  # a page of a month: that month
])
def test_hours_ago_is_the_page_day(expression: str, reference: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_hours_ago_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Police said the suicide bombing in the market occurred two hours ago.", "t", "2023-07-30"))
    assert "2023-07-30" in [t.value for t in doc._.timexes]
