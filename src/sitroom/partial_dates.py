"""Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the span of days they cover."""

from __future__ import annotations

import calendar
import re
from datetime import date

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day ``value`` covers: "2024-03" -> (2024-03-01, 2024-03-31); junk -> (None, None)."""
    if not value:
        return None, None
    m = PARTIAL_DATE.match(value.strip())
    if not m:
        return None, None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # month 13, February 30 ...
        return None, None
