"""Dates, thirty-ninth session (qa): "at the weekend", which the resolver trims to "weekend", is the weekend before
the page, at month precision, as "the weekend" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("weekend", "2021-03-07", ("2021-03", "month")),
    ("the weekend", "2021-03-07", ("2021-03", "month")),  # unchanged
    ("next weekend", "2021-03-07", (None, None)),  # a weekend to come is not the one before
])
def test_the_weekend_trimmed(expression: str, reference: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_at_the_weekend_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Officials gave details. Airstrikes were conducted on four hideouts at the weekend.",
                       "t", "2021-03-07"))
    assert [t.value for t in doc._.timexes] == ["2021-03"]
