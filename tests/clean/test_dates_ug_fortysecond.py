"""Dates, forty-second session (ug): an undated page whose text names several days with their weekdays and no year
("the first attack began on Sunday 6 March", then "On Wednesday, 9 March, IS claimed ...") was written on or after
the latest of them, in the days after the first: its reference is that latest day, and its "on Tuesday" is the one
before it."""

from __future__ import annotations

import datetime as dt

from sitroom.clean import prepare
from sitroom.clean.dates import latest_date, weekday_date
from sitroom.models import Source

TODAY = dt.date(2026, 1, 1)


def test_the_latest_weekday_date_in_the_days_after_the_first_is_the_page_s() -> None:
    text = ("The first attack began on the night of Sunday 6 March. On Wednesday, 9 March, the group claimed to have "
            "attacked the village again on Tuesday.")
    assert weekday_date(text, today=TODAY) == "2022-03-09"


def test_an_earlier_weekday_date_leaves_the_first() -> None:
    # (an earlier day told after the first, "Friday, March 22" after "Monday, March 25", moves nothing)
    text = "Police said on Monday, March 25, that a raid was conducted on Friday, March 22."
    assert weekday_date(text, today=TODAY) == "2024-03-25"


def test_a_weekday_date_that_does_not_fall_on_its_weekday_in_that_year_is_not_taken() -> None:
    # 10 March 2022 was a Thursday: "Wednesday, 10 March" is no day of that calendar
    text = "The first attack began on Sunday 6 March. On Wednesday, 10 March, the group claimed it."
    assert weekday_date(text, today=TODAY) == "2022-03-06"


def test_a_weekday_date_weeks_later_is_no_day_of_the_story() -> None:
    # (a meeting "on Sunday, 27 March", three weeks on, is a date to come or another story's)
    text = "The first attack began on Sunday 6 March. Talks are set for Sunday, 27 March."
    assert weekday_date(text, today=TODAY) == "2022-03-06"


def test_the_page_reference_is_the_latest_weekday_date() -> None:
    text = ("At least two soldiers have been killed in two insurgent attacks on a military position.\n\n"
            "A local source said the first attack began on the night of Sunday 6 March. On Wednesday, 9 March, "
            "the group claimed to have attacked the position again on Tuesday.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.reference_basis == "weekday-date"
    assert str(doc.reference_date) == "2022-03-09"


def test_a_day_without_a_year_is_of_the_copyright_year_on_a_page_with_no_other_year() -> None:
    text = ("Rwandan forces killed 26 insurgents in Mandela village on Friday, a resident told the paper.\n\n"
            "Insurgents attacked four villages between 17-22 July, killing an uncertain number of people.\n\n"
            "Copyright © 2021 Example News. All rights reserved.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.published == "2021"
    assert doc.reference_basis == "latest-day-in-page-year"
    assert str(doc.reference_date) == "2021-07-22"


def test_a_day_alone_is_no_anchor_in_a_year_the_text_only_names() -> None:
    # (the latest year a text names is often a background's: a day without a year is not put in it)
    text = "The group split from Boko Haram in 2016. Insurgents attacked four villages on 22 July."
    assert latest_date(text, "2016") is None
    assert latest_date(text, "2016", page_year=True) == "2016-07-22"
