"""Partial dates (YYYY, YYYY-MM, YYYY-MM-DD): the one type every stage uses for them.

An event "in March 2024" is dated "2024-03": a span of days, not a day. ``PartialDate`` holds such a date
with the first and last day it covers and its precision, so the resolver's reference dates, the picture's
merge windows, the store's date columns and the web charts all read the same strings the same way.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

Precision = Literal["year", "month", "day"]

# Exactly YYYY, YYYY-MM or YYYY-MM-DD: the form sitroom writes and its queries accept.
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# The start of a date-like string as documents and feeds give it ("2024-3-5", "2024-03-24T10:00:00Z").
_LOOSE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None, loose: bool = False) -> PartialDate | None:
        """``value`` as a partial date, None for junk or an impossible day (month 13, February 30).

        Strict by default (exactly YYYY, YYYY-MM or YYYY-MM-DD, around spaces); ``loose`` reads the start
        of a longer string and one-digit months and days, as reference dates arrive from documents."""
        if not value:
            return None
        if cls is PartialDate:
            return _parse(value, loose)
        return _read(cls, value, loose)

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def first(self) -> date:
        """The first day the date covers: 2024-03 -> 2024-03-01."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> date:
        """The last day the date covers: 2024-03 -> 2024-03-31."""
        if self.day:
            return self.first
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return f"{self.year:04d}" + "".join(f"-{n:02d}" for n in (self.month, self.day) if n is not None)


def _read(cls: type[PartialDate], value: str, loose: bool) -> PartialDate | None:
    m = (_LOOSE if loose else PARTIAL_DATE).match(value.strip())
    if not m:
        return None
    found = cls(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    try:
        found.last  # noqa: B018 - checks month and day
    except ValueError:
        return None
    return found


@lru_cache(maxsize=4096)
def _parse(value: str, loose: bool) -> PartialDate | None:
    """``_read`` kept per string: the extractors parse the page's reference date, and each event's and timex's
    value, again for every date they weigh (each parse a regex match and a calendar look-up: half a per cent of full
    extraction). A PartialDate is frozen, so one instance serves every caller."""
    return _read(PartialDate, value, loose)


def date_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day ``value`` covers: "2024-03" -> (2024-03-01, 2024-03-31); junk -> (None, None)."""
    found = PartialDate.parse(value)
    return (found.first, found.last) if found else (None, None)


def precision_of(value: str | None) -> Precision | None:
    """"year", "month" or "day" for a partial date; None for anything else."""
    found = PartialDate.parse(value)
    return found.precision if found else None
