"""The "as of" test of an unresolved time (events/mentions.py ``_open_time``) reads only the words before the date."""

from __future__ import annotations

import pytest

from sitroom.extract.events.mentions import _after_as_of


@pytest.mark.parametrize(("text", "date"), [
    ("234 have been detained as of Feb 22.", "Feb 22"),
    ("234 have been detained As Of\n  Feb 22.", "Feb 22"),
    ("The attack took place on Feb 22.", "Feb 22"),
    ("as of", None),
    ("Feb 22", "Feb 22"),
    ("was of Feb 22", "Feb 22"),
    ("\u0130as of Feb 22", "Feb 22"),
])
def test_a_date_after_as_of_is_told_as_the_long_way_does(text: str, date: str | None) -> None:
    start = text.index(date) if date else len(text)
    assert _after_as_of(text, start) == text[:start].rstrip().lower().endswith("as of")


def test_a_tally_day_after_as_of_is_found() -> None:
    assert _after_as_of("detained as of Feb 22", len("detained as of "))
    assert not _after_as_of("detained on Feb 22", len("detained on "))
