"""Dates, eighteenth session: "later the same day" stands on the day the narrative named last."""

from __future__ import annotations

from sitroom.resolve.dates import resolve_date


def test_the_same_day_resolves_against_its_reference() -> None:
    assert resolve_date("later that day", "2025-08-17") == ("2025-08-17", "day")
    assert resolve_date("on the same day", "2025-08-17") == ("2025-08-17", "day")
    # not a day of its own: "that day" alone, or "the same week", is left to the other rules
    assert resolve_date("the same week", "2025-08-17") == (None, None)

