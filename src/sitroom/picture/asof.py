"""When a figure was true, with the precision the text supports.

A figure's date is what its own clause says ("down from 56,000 in 2022" -> 2022, "in late December" -> the
last December, "on Saturday" -> the last Saturday up to the document's day, "this year" / "last month"
relative to the document), else a date the sentence opens with ("In August 2023, Kyrgyzstan repatriated
95 ..." -> 2023-08), else the one day the sentence gives ("Uzbekistan on May 30 announced ..."); only
failing all that is the document's date used, and the point says so (basis "document": as reported on that
day), so a 2019 peak is never plotted at a 2025 publication date.
A running total "since 2021" is true on the day it is reported: "since" dates are not as-of dates.
"""

from __future__ import annotations

import re
from datetime import date

from sitroom.picture.common import date_bounds

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "in 2022", "in August 2023", "by the end of 2024", "as of March 2025", "on July 6, 2024", "on July 6".
_EXPLICIT = re.compile(
    r"\b(?P<prep>in|during|by|as of|at the end of|by the end of|end of|on|until|through)\s+(?:late\s+|early\s+|mid-?)?"
    rf"(?:(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*{_YEAR})?)|(?:{_MONTH.replace('month', 'month2')}\s+)?"
    rf"{_YEAR.replace('year', 'year2')})\b",
    re.IGNORECASE,
)
# "in late December" with no year: the latest December up to the document's date.
_MONTH_ONLY = re.compile(rf"\b(?:in|during|by|as of|end of|since)\s+(?:late\s+|early\s+|mid-?)?{_MONTH}\b(?!\s+\d)",
                         re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Saturday": the latest Saturday up to the document's date (a report tells of its own week).
_WEEKDAY = re.compile(r"\b(?:on|last)\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?P<which>this|last)\s+(?P<unit>year|month)\b", re.IGNORECASE)
_NOW = re.compile(r"\b(now|currently|still|today|remains?|at present)\b", re.IGNORECASE)


def _explicit(text: str, ref: date | None) -> str | None:
    for m in _EXPLICIT.finditer(text):
        if m.group("month"):  # month + day, year optional
            month, day = _MONTHS[m.group("month").casefold()], int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else (ref.year if ref else None)
            if year is None or not 1 <= day <= 31:
                continue
            if not m.group("year") and ref and (month, day) > (ref.month, ref.day):
                year -= 1  # "on July 6" in a March article is last July
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
        if m.group("prep").casefold() == "on":
            continue  # "on 2024" is not a date phrase
        year2 = int(m.group("year2"))
        if m.group("month2"):
            return f"{year2:04d}-{_MONTHS[m.group('month2').casefold()]:02d}"
        return f"{year2:04d}"
    return None


def _month_only(text: str, ref: date | None) -> str | None:
    m = _MONTH_ONLY.search(text)
    if not m or ref is None or m.group(0).casefold().startswith("since"):
        return None
    month = _MONTHS[m.group("month").casefold()]
    year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def _weekday(text: str, ref: date | None, exact: bool) -> str | None:
    """The day "on Saturday" names, when the document's date is a day (``exact``)."""
    m = _WEEKDAY.search(text)
    if not m or ref is None or not exact:
        return None
    back = (ref.weekday() - _WEEKDAYS.index(m.group("weekday").casefold())) % 7
    return date.fromordinal(ref.toordinal() - back).isoformat()


def _relative(text: str, ref: date | None) -> str | None:
    m = _RELATIVE.search(text)
    if not m or ref is None:
        return None
    back = m.group("which").casefold() == "last"
    if m.group("unit").casefold() == "year":
        return f"{ref.year - back:04d}"
    month, year = ref.month - back, ref.year
    if month == 0:
        month, year = 12, year - 1
    return f"{year:04d}-{month:02d}"


def _one_date(sentence: str, ref: date | None, exact: bool) -> str | None:
    """The day the sentence gives, when it gives exactly one ("Uzbekistan on May 30 announced it had
    brought home 156 citizens", "pledged $420 million at a meeting in Brussels on Tuesday"): the figure's
    own clause is silent, and one day in the sentence is the day the sentence tells of."""
    dates = list(_EXPLICIT.finditer(sentence))
    days = {d for m in dates if m.group("month") and (d := _explicit(m.group(0), ref))}
    days |= {d for m in _WEEKDAY.finditer(sentence) if (d := _weekday(m.group(0), ref, exact))}
    # Another date phrase ("between August 2014 and the end of May 2019, ... a report released on June 28"):
    # which one the figure is as of is not clear.
    if any(not m.group("month") for m in dates) or _MONTH_ONLY.search(sentence) or _RELATIVE.search(sentence) \
            or re.search(r"\bsince\b", sentence, re.IGNORECASE):
        return None
    return days.pop() if len(days) == 1 else None


_OPENING = re.compile(r"^\W*(?P<head>(?:in|on|by|as of|at the end of|since)\b[^,]{0,40}),", re.IGNORECASE)


def as_of(clause: str, sentence: str, document_date: str | None) -> tuple[str | None, str]:
    """(as-of date, basis) for a figure: basis "text" when the clause or sentence dates it, "document" when
    only the document's date is known, "none" when nothing is."""
    start, ref = date_bounds(document_date)
    exact = start is not None and start == ref
    found = _explicit(clause, ref) or _month_only(clause, ref) or _weekday(clause, ref, exact) \
        or _relative(clause, ref)
    if found is None and not _NOW.search(clause):
        opening = _OPENING.match(sentence)
        if opening and not opening.group("head").casefold().startswith("since"):
            found = _explicit(opening.group("head"), ref)
        elif not opening:
            found = _one_date(sentence, ref, exact)
    if found is not None and (ref is None or (date_bounds(found)[0] or ref) <= ref):
        return found, "text"
    return (document_date, "document") if document_date else (None, "none")
