"""When a figure was true, with the precision the text supports.

A figure's date is what its own clause says ("down from 56,000 in 2022" -> 2022), else a date the sentence
opens with ("In August 2023, Kyrgyzstan repatriated 95 ..." -> 2023-08), else "this year" / "last month"
relative to the document; only failing all that is the document's date used, and the point says so
(basis "document": as reported on that day), so a 2019 peak is never plotted at a 2025 publication date.
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


_OPENING = re.compile(r"^\W*(?P<head>(?:in|on|by|as of|at the end of|since)\b[^,]{0,40}),", re.IGNORECASE)


def as_of(clause: str, sentence: str, document_date: str | None) -> tuple[str | None, str]:
    """(as-of date, basis) for a figure: basis "text" when the clause or sentence dates it, "document" when
    only the document's date is known, "none" when nothing is."""
    ref = date_bounds(document_date)[1]
    found = _explicit(clause, ref) or _relative(clause, ref)
    if found is None and not _NOW.search(clause):
        opening = _OPENING.match(sentence)
        if opening and not opening.group("head").casefold().startswith("since"):
            found = _explicit(opening.group("head"), ref)
    if found is not None and (ref is None or (date_bounds(found)[0] or ref) <= ref):
        return found, "text"
    return (document_date, "document") if document_date else (None, "none")
