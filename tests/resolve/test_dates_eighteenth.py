"""Dates, eighteenth session: "later the same day" stands on the day the narrative named last."""

from __future__ import annotations

from sitroom.resolve.dates import resolve_date


def test_the_same_day_resolves_against_its_reference() -> None:
    assert resolve_date("later that day", "2025-08-17") == ("2025-08-17", "day")
    assert resolve_date("on the same day", "2025-08-17") == ("2025-08-17", "day")
    # not a day of its own: "that day" alone, or "the same week", is left to the other rules
    assert resolve_date("the same week", "2025-08-17") == (None, None)


def test_overnight_before_a_weekday_is_that_day() -> None:
    # "The attack, which was carried out overnight Saturday": the Saturday, as "Saturday night" is
    assert resolve_date("overnight Saturday", "2019-12-16") == ("2019-12-14", "day")
    assert resolve_date("overnight on Saturday", "2019-12-16") == ("2019-12-14", "day")
    # a night told by its two days is still dated by the second; "overnight" alone is the night before the page
    assert resolve_date("overnight Tuesday into Wednesday", "2019-12-16") == ("2019-12-11", "day")
    assert resolve_date("overnight", "2019-12-16") == ("2019-12-15", "day")


def test_a_part_of_the_day_told_last_or_after_it() -> None:
    # "That evening, the town was surrounded", "in Bandiboli the following morning": the narrative's day or the next
    assert resolve_date("That evening", "2025-06-12") == ("2025-06-12", "day")
    assert resolve_date("later that night", "2025-06-12") == ("2025-06-12", "day")
    assert resolve_date("the following morning", "2025-06-12") == ("2025-06-13", "day")
    # "that day" alone points anywhere back in the text
    assert resolve_date("that day", "2025-06-12") == (None, None)
