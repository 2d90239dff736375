"""Dates, thirtieth session: a count of days or weeks that names no number ("a few days later") fixes only the month
it reaches, and counts from the day the narrative stands on, as a numbered one does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("a few days later", "2026-01-13", ("2026-01", "month")),
    ("several days ago", "2025-03-20", ("2025-03", "month")),
    ("a couple of weeks earlier", "2024-06-30", ("2024-06", "month")),
    ("two days later", "2026-01-13", ("2026-01-15", "day")),  # a number still fixes the day
])
def test_a_vague_count_fixes_only_the_month(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_a_few_days_later_counts_from_the_day_told_last(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Troops fended off an attack on a base in Damboa on January 13. They responded a few "
                            "days later by raiding the camp.", "t", "2026-02-10"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("January 13", "2026-01-13"),
                                                          ("a few days later", "2026-01")]
