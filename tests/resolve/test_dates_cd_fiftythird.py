"""Dates, fifty-third session (cd): a count opening the subject right after a date, with no comma between, is no part
of the date ("On November 5 two privates were killed"); the model took it into the date, which then read as none."""

from __future__ import annotations

import pytest

from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "expected"), [
    ("November 5 two", ("2021-11-05", "day")),
    ("On 5 November three", ("2021-11-05", "day")),
    ("Nov. 5 several", ("2021-11-05", "day")),
    ("November 5", ("2021-11-05", "day")),
])
def test_a_count_after_the_day_is_no_part_of_the_date(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, "2021-12-09") == expected
