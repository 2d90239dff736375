"""Dates, twenty-fourth session: a past-tense month named by a page of that month's first days."""

from __future__ import annotations

import pytest

from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "future", "expected"), [
    ("In January", "2023-01-02", False, ("2022-01", "month")),  # "In January, the joint operation killed ..."
    ("in March", "2024-03-02", False, ("2023-03", "month")),  # "since it was attacked by militants in March"
    ("in January", "2023-01-20", False, ("2023-01", "month")),  # the month well under way: its own
    ("in January", "2023-01-02", True, ("2023-01", "month")),  # "will meet in January": this one
    ("At the start of June", "2020-06-01", False, ("2020-06", "month")),  # its start may be the page's own
])
def test_a_past_month_of_a_page_of_its_first_days_is_the_year_before(
    expression: str, reference: str, future: bool, expected: tuple[str, str]
) -> None:
    assert resolve_date(expression, reference, future=future) == expected
