"""Dates, forty-third session (wh): a month glued to its day ("June16", "Mar.17") or split from it by a comma set
after the month ("July, 7 2019") is one date; the model left the first untagged and tagged the second in two pieces
("July", "7 2019"), which read as the month alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("June16", "2021-06-20", ("2021-06-16", "day")),
    ("Mar.17", "2019-03-20", ("2019-03-17", "day")),
    ("Sept.4, 2019", "2020-01-01", ("2019-09-04", "day")),
    ("July, 7 2019", "2019-08-20", ("2019-07-07", "day")),
    ("July, 2019", "2019-08-20", ("2019-07", "month")),  # unchanged: a month and its year
])
def test_a_glued_or_split_month_and_day(expression: str, reference: str,
                                        expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("On June16, the army arrested three suspects in the town.", [("June16", "2021-06-16")]),
    ("Troops cleared the villages of the province on July, 7 2019.", [("July, 7 2019", "2019-07-07")]),
])
def test_a_glued_or_split_date_is_found_in_the_text(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(make_doc(nlp, text, "t", "2021-06-20" if "June16" in text else "2019-08-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == expected


@pytest.mark.model
def test_a_month_comma_and_a_count_is_no_day(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "In July, 7 soldiers were killed in the province.", "t", "2019-08-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("July", "2019-07")]


# "On 10 June 22, the force conducted clearance operations": a full month's name and the year's last two digits, closed
# by a punctuation mark, and no year after the page's; "on 22 January 23 soldiers were killed" is a day and a count
@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("On 10 June 22, the force conducted clearance operations.", "2022-06-20", [("10 June 22", "2022-06-10")]),
    ("On Sunday 7 April 24, at about noon, the officer was abducted.", "2024-04-20",
     [("Sunday 7 April 24", "2024-04-07")]),
    ("On 10 June 22, the force conducted clearance operations.", "2019-06-20", [("10 June 22", None)]),
    ("On 22 January 23 soldiers were killed in the ambush.", "2024-02-01", [("22 January 23", None)]),
])
def test_a_full_month_with_a_two_digit_year(nlp: Language, text: str, reference: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    doc = nlp(make_doc(nlp, text, "t", reference))
    assert [(t.text, t.value) for t in doc._.timexes] == expected
