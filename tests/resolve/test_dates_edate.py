"""A weekday told with its month but no day number ("on Monday August"): the weekday's day when it falls in that
month, else the month."""

from __future__ import annotations

from sitroom.resolve.dates import resolve_date


def test_a_weekday_with_a_month_and_no_day_is_that_weekday_of_the_month() -> None:
    assert resolve_date("Monday August", "2020-08-25") == ("2020-08-24", "day")


def test_a_weekday_with_a_month_it_does_not_fall_in_is_the_month() -> None:
    assert resolve_date("Friday, March", "2021-03-02") == ("2021-03", "month")
