"""Dates, twenty-sixth session: "last December" (the latest such month before the page's own)."""

from __future__ import annotations

import pytest

from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Last December", "2019-06-10", ("2018-12", "month")),
    ("last March", "2019-06-10", ("2019-03", "month")),
    # said in June, "last June" is a year earlier
    ("last June", "2019-06-10", ("2018-06", "month")),
    ("this past January", "2024-02", ("2024-01", "month")),
])
def test_last_month_is_the_latest_before_the_page_s_month(expression: str, reference: str,
                                                           expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


def test_last_month_needs_the_page_s_month() -> None:
    assert resolve_date("last December", "2019")[0] is None
