"""Dates, fifty-third session: an adverb of time before "in" or "on" ("Earlier in July, ISWAP claimed the attack",
"later in 2014", "earlier on Wednesday") places the time against the story's and leaves its value alone; the whole
expression was unreadable, so the event took the page's month instead."""

from __future__ import annotations

import pytest

from sitroom.resolve.dates import resolve_date

WEDNESDAY = "2022-08-10"


@pytest.mark.parametrize(("expression", "expected"), [
    ("Earlier in July", ("2022-07", "month")),
    ("later in 2014", ("2014", "year")),
    ("early in January", ("2022-01", "month")),
    ("earlier on Monday", ("2022-08-08", "day")),
    ("late on Sunday", ("2022-08-07", "day")),
])
def test_an_adverb_of_time_before_in_or_on_keeps_the_date(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, WEDNESDAY) == expected


def test_an_adverb_before_a_part_of_the_day_still_names_no_date() -> None:
    assert resolve_date("later in the morning", WEDNESDAY) == (None, None)
