"""What an unresolved time phrase still names (events/when.py ``time_told``): a month, a weekday or a span relative
to the page's day, for telling two undated events apart."""

from __future__ import annotations

import pytest

from sitroom.extract.events.when import time_told


@pytest.mark.parametrize(("text", "key"), [
    ("In September", "m:09"),
    ("in late February", "m:02"),
    ("Oct. 16", "m:10-16"),
    ("Sunday evening", "d:6"),
    ("Last week", "r:last week"),
    ("early this month", "r:this month"),
])
def test_an_unresolved_time_keeps_its_month_weekday_or_relative_span(text: str, key: str) -> None:
    assert time_told(text) == key


@pytest.mark.parametrize("text", ["nearly 20 years", "24", "a single day"])
def test_a_stretch_of_time_or_a_bare_number_names_no_time(text: str) -> None:
    assert time_told(text) is None
