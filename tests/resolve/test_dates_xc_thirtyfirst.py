"""Dates, thirty-first session: a holiday with the part of its day ("on Christmas night") is the holiday's day."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Christmas night", "2023-12-26", ("2023-12-25", "day")),
    ("Christmas morning", "2024-01-03", ("2023-12-25", "day")),
    ("New Year's Eve night", "2025-01-02", ("2024-12-31", "day")),
    ("Christmas Day", "2023-12-26", ("2023-12-25", "day")),  # unchanged
])
def test_a_holiday_and_a_part_of_its_day(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_christmas_night_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The suspected rebels raided Nyabitutsi village on Christmas night and torched a house.",
                       "t", "2023-12-26"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Christmas night", "2023-12-25")]
