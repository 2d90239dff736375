"""Normalise temporal expressions ("Friday's attack", "in January", "Jan. 22", "two weeks ago") to
calendar values against the document's reference date, and the spaCy component that finds them.

Resolution rules (news usage, not dateparser's defaults, which STACK.md found wrong for relative dates):

* A weekday ("on Monday", "late on Sunday") is the most recent such day on or before the reference:
  "on Thursday" in a story dated Thursday means that same day. In a future context ("will meet on
  Monday") it is the next such day on or after the reference.
* A month without a year ("in January") is the latest such month not after the reference month (told as
  past by a page of its first days, the one a year before); a month and day without a year ("Jan. 22")
  the latest such day not after the reference (a few days of tolerance absorb time zones and announced
  dates). With a year-only reference the year is taken as is.
* "last week" is the month of the day a week before the reference, at month precision: a day would be
  false precision ("next week" is the month holding most of the following Monday-Sunday week).
* The reference itself may have only year or month precision. Relative offsets are then applied to the
  first and last day the reference allows, and only the part of the result both agree on is kept:
  "two weeks ago" against "2021-06" is "2021", "on Monday" against "2021" is unknown. A weekday,
  "yesterday" or "last week" against a month is that month (the week before a page falls in its month
  far more often than not). Without a reference nothing relative resolves and no year is ever invented.

Only absolute expressions the rules below do not cover go to dateparser, with relative parsing switched
off and a year required.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate, chain
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.annotate import extensions
from sitroom.annotate.extensions import doc_ents, doc_sents, doc_text
from sitroom.clean.rules import date_rules
from sitroom.models import Timex
from sitroom.partial_dates import PartialDate

Value = tuple[str | None, str | None]
NONE: Value = (None, None)

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(calendar.day_name)})
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}
# Counts of days or weeks that name no number ("a few days later"): the day they reach is a guess
VAGUE_COUNTS = frozenset({"a few", "several", "a couple of"})
# Days a month-day date may lie after the reference and still count as the reference's year:
# announced dates ("is due to meet on April 15") and time-zone skew.
FORWARD_TOLERANCE_DAYS = 45
# Days a shift may reach back from a month-only reference and still count as the reference's month ("last week")
NEAR_DAYS = 7
# Days into its month a page may be dated and a past-tense "in <its month>" still mean the month a year before.
MONTH_BARELY_BEGUN_DAYS = 3

_MONTH_RE = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY_RE = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# between a weekday and its date: "Sunday, May 25", "Sunday May 25", "last Thursday (24 July)"
_WEEKDAY_GLUE = r"(?:,? | \()"
_NUM_RE = r"(?P<num>\d+|a couple of|a few|several|" + "|".join(
    w for w in NUMBER_WORDS if " " not in w and w != "several") + r")"


# the middle days of a list of days of one month ("May 15, 17 and 19": ", 17"), before its "and"
_MORE_DAYS = r"(?:, [0-3]?\d(?:st|nd|rd|th)?)*,?"


# --------------------------------------------------------------------------- value helpers


def _day(d: date) -> Value:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> Value:
    return f"{year:04d}-{month:02d}", "month"


def _year(year: int) -> Value:
    return f"{year:04d}", "year"


def _agree(a: date, b: date, finest: str = "day") -> Value:
    """The value both ends of an interval share, no finer than ``finest``."""
    if a == b and finest == "day":
        return _day(a)
    if (a.year, a.month) == (b.year, b.month) and finest in ("day", "month"):
        return _month(a.year, a.month)
    if a.year == b.year:
        return _year(a.year)
    return NONE


def _relative(ref: PartialDate | None, shift: Callable[[date], date], finest: str = "day") -> Value:
    """Apply a day-level shift to both ends of the reference interval and keep what they agree on.

    A year-only reference fixes no day, week or month, so day-scale expressions stay unresolved. Against a
    month, a shift of days that may cross into the month before ("last night", "last week" on a page dated
    "March 2023") is the page's month, as a weekday is (``_weekday``): a page tells the days just before it,
    which fall in its month far more often than not, and a bare year would be no date the conventions give.
    """
    if ref is None or ref.month is None:
        return NONE
    value = _agree(shift(ref.first), shift(ref.last), finest)
    if ref.day is None and value[1] == "year" and abs((shift(ref.first) - ref.first).days) <= NEAR_DAYS:
        return _month(ref.year, int(ref.month))
    return value


def _add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    year, month = divmod(idx, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _week_month(monday: date) -> date:
    """The day that decides which month a Monday-Sunday week belongs to (its Thursday, as ISO weeks)."""
    return monday + timedelta(days=3)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


# --------------------------------------------------------------------------- absolute (partial) dates


def _month_day(month: int, day: int, ref: PartialDate | None, future: bool) -> Value:
    """A month and day without a year: place it in the year the reference implies."""
    if not 1 <= day <= 31 or ref is None:
        return NONE
    if ref.day is None and ref.month is None:
        d = _safe_date(ref.year, month, day)
        return _day(d) if d else NONE
    if ref.day is None:
        year = ref.year if month <= (ref.month or 12) or future else ref.year - 1
        d = _safe_date(year, month, day)
        return _day(d) if d else NONE
    anchor = ref.first
    candidates = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := _safe_date(y, month, day))]
    if future:
        after = [c for c in candidates if c >= anchor]
        return _day(min(after)) if after else NONE
    limit = anchor + timedelta(days=FORWARD_TOLERANCE_DAYS)
    before = [c for c in candidates if c <= limit]
    return _day(max(before)) if before else NONE


def _month_only(month: int, ref: PartialDate | None, future: bool, plain: bool = False) -> Value:
    """A month without a year: the latest such month not after the reference month (or next, if future).
    ``plain``: the month's name alone, no part of it ("In January", not "At the start of June")."""
    if ref is None:
        return NONE
    if ref.month is None:
        return _month(ref.year, month)
    if future:
        return _month(ref.year if month >= ref.month else ref.year + 1, month)
    if plain and month == ref.month and ref.day is not None and ref.day <= MONTH_BARELY_BEGUN_DAYS:
        # "In January, the joint operation managed to kill ..." on a page of 2 January: a month the story tells
        # as past has hardly begun on the page's day, so it is the one a year before (its start, "At the start
        # of June" on a page of 1 June, may be the page's own)
        return _month(ref.year - 1, month)
    return _month(ref.year if month <= ref.month else ref.year - 1, month)


def _numeric_date(a: int, b: int, year: int, sep: str) -> Value:
    """dd-mm-yyyy / mm/dd/yyyy: decide by which part cannot be a month, else by separator habit."""
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif sep == "/":
        month, day = a, b  # US habit
    else:
        day, month = a, b
    d = _safe_date(year, month, day)
    return _day(d) if d else NONE


# --------------------------------------------------------------------------- the rules

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], PartialDate | None, bool], Value]]
_RULES: list[Rule] = []


def _rule(pattern: str) -> Callable[[Callable[[re.Match[str], PartialDate | None, bool], Value]], Any]:
    def wrap(fn: Callable[[re.Match[str], PartialDate | None, bool], Value]) -> Any:
        _RULES.append((re.compile(r"^(?:" + pattern + r")$"), fn))
        return fn

    return wrap


@_rule(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<y2>\d{4})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})")
def _iso(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    dt = _safe_date(int(y), int(mo), int(d))
    return _day(dt) if dt else NONE


@_rule(r"(?P<y>\d{4})-(?P<m>\d{2})")
def _iso_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    month = int(m["m"])
    return _month(int(m["y"]), month) if 1 <= month <= 12 else NONE


@_rule(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})")
def _numeric(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _numeric_date(int(m["a"]), int(m["b"]), int(m["y"]), m["sep"])


# "June 27, 2021", "June 27 2021", "Monday, June 27", "June 27-28", "June 27" (year from reference)
@_rule(r"(?:" + _WEEKDAY_RE + _WEEKDAY_GLUE + r")?" + _MONTH_RE + r" " + _DAY_RE
       + r"(?:\s*[-–]\s*\d{1,2})?(?:,? " + _YEAR_RE + r")?")
def _month_day_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    month, day = MONTHS[m["month"]], int(m["day"])
    if m["year"]:
        d = _safe_date(int(m["year"]), month, day)
        return _day(d) if d else NONE
    value = _month_day(month, day, ref, future)
    if m["weekday"] and value[0] and ref is not None:
        return _weekday_year(value, WEEKDAYS[m["weekday"]], ref, future)
    return value


def _weekday_year(value: Value, weekday: int, ref: PartialDate, future: bool) -> Value:
    """ "Sunday, May 25" with no year, the weekday not that day's in the year the reference implies. Against
    a reference with a month (a publication month or day) the two disagree: only the month is sure. Against
    a year alone ("2024", often the latest year a page names) the weekday names the year, the one before or
    after, when one of them fits."""
    d = date.fromisoformat(str(value[0]))
    if d.weekday() == weekday:
        return value
    if ref.month is None:
        years = [d.year + 1] if future else [d.year - 1, d.year + 1]
        fits = [c for y in years if (c := _safe_date(y, d.month, d.day)) and c.weekday() == weekday]
        if fits:
            return _day(fits[0])
    return _month(d.year, d.month)


# "27 June 2021", "27 June", "the 27th of June, 2021", "Monday 27 June"
@_rule(r"(?:" + _WEEKDAY_RE + _WEEKDAY_GLUE + r")?" + _DAY_RE + r"(?:\s*[-–]\s*\d{1,2})? (?:of )?" + _MONTH_RE
       + r"(?:,? " + _YEAR_RE + r")?")
def _day_month_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _month_day_year(m, ref, future)


# "22 Jan 23", "16 Jan 25": a day, a month's short name and the last two digits of the year, the way military press
# releases date their operations ("on 27 Jan 23, troops of Sector 3 ..."). Not after a full month name or "May":
# "on 22 January 23 soldiers were killed" is a day and a count.
@_rule(_DAY_RE + r" (?P<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec) (?P<yy>\d\d)")
def _day_month_short_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    d = _safe_date(2000 + int(m["yy"]), MONTHS[m["month"]], int(m["day"]))
    return _day(d) if d else NONE


# "March 2019", "December in 2017", "end of May 2019", "mid-June 2020", "the summer of 2019"
@_rule(r"(?:(?:early|mid|late|end of|beginning of|start of|middle of)[- ]?)?" + _MONTH_RE
       + r",?(?: of| in)? " + _YEAR_RE)
def _month_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _month(int(m["year"]), MONTHS[m["month"]])


# fixed-date holidays the news dates attacks by: "New Year's Day", "the early hours of Christmas Eve"; the nearest one
# on or before the reference (an article about a New Year's attack is written on or after that day)
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31), "new year’s eve": (12, 31),
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
}


# ("on Christmas night", "New Year's Eve night": the holiday's own day, the part of it after it changes nothing)
@_rule(r"(?:the (?:early )?(?:hours|morning|evening|night) of )?(?P<holiday>"
       + "|".join(re.escape(k) for k in sorted(_HOLIDAYS, key=len, reverse=True)) + ")"
       + r"(?: (?:morning|afternoon|evening|night))?")
def _holiday(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None:
        return NONE
    month, day = _HOLIDAYS[m["holiday"]]
    last = ref.last
    year = last.year if (month, day) <= (last.month, last.day) or future else last.year - 1
    return _day(date(year, month, day))


# feasts counted from Easter, which the news dates attacks by ("the Easter Sunday bombings", "a blast at the cathedral
# on Palm Sunday", "wounded in Basilan province on Good Friday"): days from Western Easter Sunday
_EASTER_FEASTS: dict[str, int] = {
    "palm sunday": -7, "maundy thursday": -3, "holy thursday": -3, "good friday": -2, "holy saturday": -1,
    "easter sunday": 0, "easter day": 0, "easter": 0, "easter monday": 1,
}
# A feast further back than this from the page is a year's before as often as the page's own ("since the Easter
# Sunday bombings" told a year on): left unresolved rather than put in the page's spring
EASTER_REACH_DAYS = 120


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


@_rule(r"(?:the (?:early )?(?:hours|morning|evening|night) of )?(?P<feast>"
       + "|".join(re.escape(k) for k in sorted(_EASTER_FEASTS, key=len, reverse=True)) + ")")
def _easter_feast(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    """The feast's day nearest the reference on or before its last day (on or after its first, in a future
    clause); nothing against a year alone, or when that day lies more than ``EASTER_REACH_DAYS`` back."""
    if ref is None or ref.month is None:
        return NONE
    shift = timedelta(days=_EASTER_FEASTS[m["feast"]])
    days = [easter_sunday(y) + shift for y in (ref.first.year - 1, ref.first.year, ref.first.year + 1)]
    if future:
        after = [d for d in days if d >= ref.first]
        return _day(min(after)) if after else NONE
    before = [d for d in days if d <= ref.last]
    if not before or (ref.last - max(before)).days > EASTER_REACH_DAYS:
        return NONE
    return _day(max(before))


# "January this year", "in March last year", "December of last year", "June next year"
@_rule(r"(?:(?:early|mid|late|end of|beginning of|start of|middle of)[- ]?)?" + _MONTH_RE
       + r",?(?: of)? (?P<which>this|last|next|the previous|the following|the current) year")
def _month_of_named_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None:
        return NONE
    step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(m["which"], 0)
    return _month(ref.year + step, MONTHS[m["month"]])


# "on 5 October last year", "on March 15 this year": a day of the year the words name (the year-less day would be
# placed in the reference's year, which a page written months later gets wrong)
@_rule(r"(?:" + _DAY_RE + r" (?:of )?" + _MONTH_RE + r"|" + _MONTH_RE.replace("<month>", "<month2>") + r" "
       + _DAY_RE.replace("<day>", "<day2>") + r"),? (?P<which>this|last|next|the previous|the following) year")
def _day_of_named_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None:
        return NONE
    step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(m["which"], 0)
    month = MONTHS[m["month"] or m["month2"]]
    d = _safe_date(ref.year + step, month, int(m["day"] or m["day2"]))
    return _day(d) if d else NONE


# "beheaded last April 13", "abducted last Sept. 23" (the Philippine press's usage): the latest such day before the
# reference, never one after it (a year-less "April 13" may be an announced date a little ahead of the page)
@_rule(r"(?:last|this past) " + _MONTH_RE + r" " + _DAY_RE)
def _last_month_day(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None or ref.month is None:
        return _month_day(MONTHS[m["month"]], int(m["day"]), ref, future=False)
    month, day, last = MONTHS[m["month"]], int(m["day"]), ref.first if ref.day is not None else ref.last
    before = [c for y in (last.year - 1, last.year) if (c := _safe_date(y, month, day)) and c <= last]
    return _day(max(before)) if before else NONE


# "Last December, ISIS was driven out of Qandala", "since last June": the latest such month before the reference's
# own (said in June, "last June" is a year earlier); with no reference month, nothing
@_rule(r"(?:last|this past|past) " + _MONTH_RE)
def _last_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None or ref.month is None:
        return NONE
    month = MONTHS[m["month"]]
    return _month(ref.year if month < ref.month else ref.year - 1, month)


# "on Saturday, 29", "on Sunday, the 22nd", "Wednesday, 26th," (translated Portuguese and French usage: the weekday
# and the day of the month, no month): the latest day of that number falling on that weekday, up to the reference's
# last day (a page dated only to November tells of "Saturday, 29" October); none within three months, nothing
WEEKDAY_DAY_MONTHS = 3


@_rule(_WEEKDAY_RE + r",? (?:the )?(?P<nth>[0-3]?\d)(?:st|nd|rd|th)?")
def _weekday_and_day(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None or ref.month is None:
        return NONE
    weekday, day = WEEKDAYS[m["weekday"]], int(m["nth"])
    start = ref.first.replace(day=1) if future else ref.last.replace(day=1)
    for step in range(WEEKDAY_DAY_MONTHS + 1):
        first = _add_months(start, step if future else -step)
        d = _safe_date(first.year, first.month, day)
        if d is None or d.weekday() != weekday:
            continue
        if (future and d >= ref.first) or (not future and d <= ref.last):
            return _day(d)
    return NONE


# "on February 26 and 27, 2023", "between 9 and 16 August 2025", "on May 15, 17 and 19": days of one month, which the
# conventions date by their month (an event told over days, or days that disagree, has the month)
@_rule(r"(?:" + _MONTH_RE + r" " + _DAY_RE + _MORE_DAYS + r" (?:and|&) [0-3]?\d(?:st|nd|rd|th)?|"
       + _DAY_RE.replace("<day>", "<day2>") + _MORE_DAYS + r" (?:and|&) [0-3]?\d(?:st|nd|rd|th)? (?:of )?"
       + _MONTH_RE.replace("<month>", "<month2>") + r")(?:,? " + _YEAR_RE + r")?")
def _two_days(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    month = MONTHS[m["month"] or m["month2"]]
    if m["year"]:
        return _month(int(m["year"]), month)
    first = _month_day(month, int(m["day"] or m["day2"]), ref, future)[0]
    return _month(int(str(first)[:4]), month) if first else NONE


# "the first week of March", "the last week of February 2025": the month
@_rule(r"(?:the )?(?:first|second|third|fourth|last|final|past) (?:week|weekend|days|fortnight) of " + _MONTH_RE
       + r"(?:,? " + _YEAR_RE + r")?")
def _week_of_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if m["year"]:
        return _month(int(m["year"]), MONTHS[m["month"]])
    return _month_only(MONTHS[m["month"]], ref, future)


# "on the 15th": a day of the reference's month, or of the month before when it has not come yet
@_rule(r"(?:the )?(?P<nth>[0-3]?\d)(?:st|nd|rd|th)")
def _nth_day(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None or ref.day is None:
        return NONE
    day, anchor = int(m["nth"]), ref.first
    this = _safe_date(anchor.year, anchor.month, day)
    if this is not None and (this <= anchor or future):
        return _day(this)
    before = _add_months(anchor.replace(day=1), -1)
    prev = _safe_date(before.year, before.month, day)
    return _day(prev) if prev else NONE


# "January", "in January", "early January", "the end of May", "mid-June"
@_rule(r"(?:(?:early|mid|late|end of|beginning of|start of|middle of)[- ]?)?" + _MONTH_RE)
def _bare_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _month_only(MONTHS[m["month"]], ref, future, plain=m.start("month") == 0)


# "2017", "mid-2017", "the end of 2025", "the summer of 2019", "2017's", "fiscal year 2024"
@_rule(r"(?:(?:early|mid|late|end of|beginning of|start of|middle of|first half of|second half of|"
       r"(?:spring|summer|autumn|fall|winter) (?:of )?|(?:fiscal |calendar )?year)[- ]?)?" + _YEAR_RE)
def _year_only(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _year(int(m["year"]))


# "Monday", "last Monday", "this Monday", "next Monday", "Monday night", "pre-dawn Sunday", "this past Sunday",
# "Sunday last", "Thursday last week", "Thursday of next week"
@_rule(r"(?P<which>last|this|next|past|previous|coming|this past)? ?(?:(?:pre-?dawn|dawn|daybreak) )?" + _WEEKDAY_RE
       + r"(?: (?:morning|afternoon|evening|night|overnight|(?:at )?(?:dawn|daybreak|midnight)))?"
       + r"(?P<week> last| (?:of )?(?:last|next|the previous|the following) week)?")
def _weekday(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    target = WEEKDAYS[m["weekday"]]
    which = m["which"]
    week = (m["week"] or "").strip()
    if ref is not None and ref.month is not None and ref.day is None:
        # a page dated only to the month: its "on Saturday" is a day of the week before it, which the
        # conventions (and most readers) put in the page's month, at month precision
        return _month(ref.year, ref.month)
    if week and week != "last":  # that day of the Monday-Sunday week before or after the reference's
        step = 7 if ("next" in week or "following" in week) else -7
        return _relative(ref, lambda d: d - timedelta(days=d.weekday()) + timedelta(days=step + target))
    if which in ("last", "past", "previous", "this past") or week == "last":  # strictly before the reference day
        return _relative(ref, lambda d: d - timedelta(days=(d.weekday() - target) % 7 or 7))
    if which in ("next", "coming"):  # strictly after
        return _relative(ref, lambda d: d + timedelta(days=(target - d.weekday()) % 7 or 7))
    if future:  # on or after
        return _relative(ref, lambda d: d + timedelta(days=(target - d.weekday()) % 7))
    return _relative(ref, lambda d: d - timedelta(days=(d.weekday() - target) % 7))


# the weekday phrase ``_weekday`` reads, for a weekday told beside a day it does not fall on (``_weekday_numeric``)
_WEEKDAY_PHRASE = next(rx for rx, fn in _RULES if fn is _weekday)


@_rule(_WEEKDAY_RE + r",? \(?(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?\)?")
def _weekday_numeric(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    """ "Tuesday (8/3)", "Thursday (17/03)": the day and month in figures, in either order (outlets and their
    translations write both), the one that falls on the weekday (of two, the nearer the reference: "Tuesday (3/8)" on a
    page of 29 March 2022 is 8 March, not 3 August 2021); when neither does, the weekday as told alone."""
    weekday, a, b = WEEKDAYS[m["weekday"]], int(m["a"]), int(m["b"])
    fits: set[Value] = set()
    for day, month in ((a, b), (b, a)):
        if not 1 <= month <= 12:
            continue
        if m["y"]:
            d = _safe_date(int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"]), month, day)
            value = _day(d) if d else NONE
        else:
            value = _month_day(month, day, ref, future)
        if value[0] and date.fromisoformat(str(value[0])).weekday() == weekday:
            fits.add(value)
    if fits:
        anchor = ref.first if ref is not None else date.today()
        return min(fits, key=lambda v: abs((date.fromisoformat(str(v[0])) - anchor).days))
    alone = _WEEKDAY_PHRASE.match(m["weekday"])
    return _weekday(alone, ref, future) if alone else NONE


# "on Monday August": a weekday and a month whose day number the page left out
@_rule(_WEEKDAY_RE + r",? (?:of )?" + _MONTH_RE)
def _weekday_of_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    """The weekday counted from the reference as told alone, when it falls in the named month (a page of Tuesday 25
    August telling of "Monday August" means the 24th); else the month, the finest the text gives."""
    month = _month_only(MONTHS[m["month"]], ref, future)
    alone = _WEEKDAY_PHRASE.match(m["weekday"])
    day = _weekday(alone, ref, future) if alone else NONE
    if day[0] and month[0] and str(day[0]).startswith(str(month[0])):
        return day
    return month


_SHIFTS: dict[str, tuple[int, str]] = {
    "today": (0, "day"), "tonight": (0, "day"), "this morning": (0, "day"),
    "this afternoon": (0, "day"), "this evening": (0, "day"), "earlier today": (0, "day"),
    "later today": (0, "day"), "now": (0, "day"), "earlier in the day": (0, "day"),
    "yesterday": (-1, "day"), "last night": (-1, "day"), "overnight": (-1, "day"),
    "yesterday morning": (-1, "day"), "yesterday afternoon": (-1, "day"), "yesterday evening": (-1, "day"),
    "the day before yesterday": (-2, "day"),
    "tomorrow": (1, "day"), "the day after tomorrow": (2, "day"),
    "this week": (0, "month"), "earlier this week": (0, "month"), "later this week": (0, "month"),
    "the past week": (-3, "month"), "the past few days": (-2, "month"), "recent days": (-2, "month"),
    "the past two days": (-1, "month"), "the weekend": (-1, "month"), "last weekend": (-1, "month"),
    # "Airstrikes were conducted on four hideouts at the weekend": the span as the resolver trims it ("at the")
    "weekend": (-1, "month"),
    "this past weekend": (-1, "month"), "the past weekend": (-1, "month"), "this weekend": (0, "month"),
    "the past 24 hours": (-1, "month"), "the last 24 hours": (-1, "month"), "the past 48 hours": (-1, "month"),
    "the last 48 hours": (-1, "month"), "early this week": (0, "month"), "late last week": (-7, "month"),
    "early last week": (-7, "month"), "earlier last week": (-7, "month"),
}


@_rule("|".join(re.escape(k) for k in sorted(_SHIFTS, key=len, reverse=True)))
def _shift(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    days, finest = _SHIFTS[m[0]]
    return _relative(ref, lambda d: d + timedelta(days=days), finest)


# "the previous day", "the day before", "the next day", "the following day": a day next to the one the narrative
# stands on (``DateResolver`` passes that day as the reference when the text has named one)
@_rule(r"(?:the )?(?P<which>previous|next|following) (?:day|morning|evening|night)|(?:the )?day (?P<dir>before|after)")
def _adjacent_day(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    step = -1 if m["which"] == "previous" or m["dir"] == "before" else 1
    return _relative(ref, lambda d: d + timedelta(days=step))


# "Later the same day, militants struck ...", "later that day": the day the narrative stands on (passed as the
# reference, like "the previous day")
# ("authorities said Monday ... The attack occurred earlier in the day": Monday, not the page's day)
# ("Hours later, a second explosion occurred at the gates", "Shortly after, terrorists attacked a vehicle": a few hours
# on from the happening told last, which the conventions date to its day; with no day told before it, nothing)
_HOURS_ON = (r"(?:(?:a few|several|some|a couple of|two|three) )?(?:hours|minutes|moments) (?:later|afterwards?)"
             r"|shortly (?:after(?:wards)?|later)")
_HOURS_ON_RE = re.compile(r"^(?:" + _HOURS_ON + r")$")
_SAME_DAY = (r"(?:(?:later|earlier) )?(?:on )?(?:(?:the|that) )?same (?:day|morning|evening|night)"
             r"|(?:later|earlier) (?:on )?that day|(?:(?:later|earlier) )?that (?:morning|evening|night)"
             r"|(?:later|earlier) in the day|" + _HOURS_ON)


@_rule(_SAME_DAY)
def _same_day(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _relative(ref, lambda d: d)


@_rule(r"(?P<which>last|next|previous|the previous|the following) week")
def _other_week(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    step = 7 if m["which"] in ("next", "the following") else -7
    if step < 0:
        # the week before the reference is told from its day, not from its Monday: the week the page looks back
        # over is the seven days before it ("last week" on Tuesday 6 September is late August, on Sunday 8 August
        # the days of August before it), so its month is the one the day a week before falls in
        return _relative(ref, lambda d: d + timedelta(days=step), "month")
    return _relative(ref, lambda d: _week_month(d - timedelta(days=d.weekday()) + timedelta(days=step)), "month")


@_rule(r"(?:(?:earlier|later|early|late) )?this month|(?:earlier|later) in the month|the current month")
def _this_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _relative(ref, lambda d: d, "month")


@_rule(r"(?:(?:earlier|early|late|mid|end of|the end of|beginning of|start of|middle of)[- ])?"
       r"(?P<which>last|next|previous|the previous|the following|the past) month")
def _other_month(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    step = 1 if m["which"] in ("next", "the following") else -1
    if m["which"] == "the past":  # "the past month" = the 30 days up to the reference
        return _relative(ref, lambda d: d - timedelta(days=15), "month")
    return _relative(ref, lambda d: _add_months(d.replace(day=1), step), "month")


@_rule(r"(?:(?:earlier|later|early|late) )?(?:this|the current) year|(?:earlier|later) in the year|"
       r"(?:the )?end of (?:this|the) year|the beginning of (?:this|the) year")
def _this_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    return _year(ref.year) if ref else NONE


@_rule(r"(?:(?:earlier|early|late|mid|end of|the end of|beginning of|start of|middle of)[- ])?"
       r"(?P<which>last|next|previous|the previous|the following) year")
def _other_year(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    if ref is None:
        return NONE
    return _year(ref.year + (1 if m["which"] in ("next", "the following") else -1))


@_rule(r"(?:about |some |nearly |almost |more than |over |roughly |just )?" + _NUM_RE
       + r" (?P<unit>day|week|month|year)s? (?P<dir>ago|earlier|before|later|from now|hence)")
def _ago(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    n = _number(m["num"])
    if n is None or ref is None:
        return NONE
    sign = 1 if m["dir"] in ("later", "from now", "hence") else -1
    unit = m["unit"]
    if unit == "year":
        return _year(ref.year + sign * n)
    if unit == "month":
        return _relative(ref, lambda d: _add_months(d.replace(day=1), sign * n), "month")
    days = n * (7 if unit == "week" else 1)
    # "a few days later", "several weeks ago": a count the text leaves vague fixes no day, only the month it reaches
    finest = "month" if m["num"] in VAGUE_COUNTS else "day"
    return _relative(ref, lambda d: d + timedelta(days=sign * days), finest)


# "the suicide bombing that occurred hours ago", "a few minutes ago": the page's own day (a day before it for a count
# of a day's hours: "24 hours ago"); the page is written the day it tells of
@_rule(r"(?:(?:just|only|some|about|barely) )?(?:(?P<num>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
       + r"|\d+) )?(?P<unit>hour|minute|moment)s? ago")
def _hours_ago(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    hours = (_number(m["num"]) or 0) if m["num"] and m["unit"] == "hour" else 0
    return _relative(ref, lambda d: d - timedelta(days=hours // 24))


# "in the last two weeks", "over the past ten days", "during the previous few weeks": a span ending at the reference,
# dated like "the past week" by the month its middle falls in (a span of a page's first days lies mostly in the month
# before); the day is never told
@_rule(r"(?:the )?(?:past|last|previous) " + _NUM_RE + r" (?P<unit>day|week)s")
def _past_span(m: re.Match[str], ref: PartialDate | None, future: bool) -> Value:
    n = _number(m["num"])
    if n is None or n < 2 or ref is None:
        return NONE
    half = n * (7 if m["unit"] == "week" else 1) // 2
    value = _relative(ref, lambda d: d - timedelta(days=half), "month")
    return value if value[1] == "month" else NONE  # (a month-only reference: no month they agree on, no year either)


# --------------------------------------------------------------------------- entry points

# Leading words that do not change the value ("on Monday", "in 2017", "since March", "the end of May").
_DROP_LEADING = frozenset({
    "by", "until", "till", "through", "since", "from", "before", "after", "on", "in", "at", "during",
    "around", "about", "of", "as", "between", "over",
})
# After "the", words that belong to a rule ("the day before yesterday", "the past week").
_KEEP_AFTER_THE = frozenset({"day", "past", "previous", "following", "weekend", "current"})
_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {"on"}
# adverbs of time that may open a date's phrase without changing its value, and the start of the time they may open
_TIME_OF_ADVERBS = frozenset({"late", "early", "earlier", "later"})
_NAMED_TIME = re.compile(_MONTH_RE.replace("(?P<month>", "(?:") + r"\.?$|" + _WEEKDAY_RE.replace("(?P<weekday>", "(?:")
                         + r"$|[0-3]?\d(?:st|nd|rd|th)?$|(?:1[89]|20)\d\d$")
_POSSESSIVE_RE = re.compile(r"['’]s$")
# "June16", "Mar.17": a month's name glued to its day (no space, or only the abbreviation's period), as hurried copy
# types it; read as "june 16"
_GLUED_DAY_RE = re.compile(r"(?<![a-z])" + _MONTH_RE.replace("(?P<month>", "(?:") + r"(?=[0-3]?\d(?:st|nd|rd|th)?\b)")
# "July, 7 2019": the comma set after the month instead of the day; with a year after the day, a date (not "In July, 7
# soldiers were killed", a count), read as "july 7, 2019"
_SPLIT_DAY_RE = re.compile(
    r"^(" + _MONTH_RE.replace("(?P<month>", "(?:") + r"), (" + _DAY_RE.replace("(?P<day>", "(?:")
    + r") ((?:1[89]|20)\d\d)$"
)
_DEADLINE_RE = re.compile(r"^(?:by|until|till|no later than|not later than|before|deadline of)\b", re.I)


# (kept per expression, as ``resolve_date`` is: the component cleans each expression it finds three times over, and
# the same few expressions, "on Monday", "last week", recur from page to page)
@lru_cache(maxsize=1 << 14)
def _clean(expression: str) -> str:
    text = re.sub(r"\s+", " ", expression.strip().lower().replace("’", "'"))
    text = _SPLIT_DAY_RE.sub(r"\1 \2, \3", _GLUED_DAY_RE.sub(lambda m: m.group().rstrip(".") + " ", text))
    words = _POSSESSIVE_RE.sub("", text).strip(" ,.;:()").split(" ")
    while len(words) > 1:
        head, nxt = words[0], words[1]
        if head in _DROP_LEADING or (head == "the" and nxt not in _KEEP_AFTER_THE):
            words = words[1:]
        elif head in ("late", "early") and nxt in _WEEKDAY_WORDS:
            words = words[1:]  # "late on Sunday": the day is what counts
        elif head in _TIME_OF_ADVERBS and nxt in ("in", "on") and _NAMED_TIME.match(" ".join(words[2:3])):
            # "Earlier in July, ISWAP claimed the attack", "later in 2014", "earlier on Wednesday": the adverb places a
            # named time against the story's and leaves it alone ("earlier in the day" is a rule's own phrase)
            words = words[1:]
        else:
            break
    if len(words) > 2 and words[-1] in _COUNT_WORDS and (
            _DAY_NUMBER.fullmatch(words[-2]) or (words[-2].rstrip(".") in MONTHS and _DAY_NUMBER.fullmatch(words[-3]))):
        words = words[:-1]  # "On November 5 two privates were killed": the model took the count into the date
    return " ".join(words)


# a count that may open a sentence's subject right after its date, with no comma between ("On November 5 two
# privates were killed"); no date ends with one
_COUNT_WORDS = frozenset(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an"))
_DAY_NUMBER = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?")


# A part of the day before the day itself ("the early hours of", "the night of", "dawn on", "the morning of";
# "overnight Saturday", like "Saturday night", is the day named).
_PART_OF_DAY = re.compile(
    r"^(?:(?:in|during|on|at|by|before) )?(?:the )?(?:(?:early|small|wee|late|predawn|pre-dawn) )?"
    r"(?:(?:hours|morning|afternoon|evening|night|dawn|daybreak|midnight|predawn|pre-dawn)(?: hours)? (?:of|on) "
    r"|overnight (?:on )?(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$))"
)
# A night spanning two days: ("the night of" | "overnight" | "<day> night") A ("to" | "into" | "and") B.
_NIGHT_SPAN = re.compile(
    r"^(?:(?:in|during|on|at) )?(?:the )?(?:(?:night|overnight) (?:of |from )?|overnight )?"
    r"(?P<a>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: [0-3]?\d(?:st|nd|rd|th)?)?)"
    r"(?: night| overnight)? (?:to|into|and|until) (?P<b>.+)$"
)
# "the night of 26-27 July", "the night of July 12-13"
_NIGHT_DAYS = re.compile(
    r"^(?:(?:in|during|on|at) )?(?:the )?night (?:of|from) (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    r"\s*(?:[-–]|to|and|into)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<rest>.+)$"
)
# "the night of March 15 to 16", "the night of July 12-13, 2025"
_NIGHT_MONTH_DAYS = re.compile(
    r"^(?:(?:in|during|on|at) )?(?:the )?night (?:of|from) (?P<month>[a-z]+\.?) (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    r"\s*(?:[-–]|to|and|into)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?P<year>,? (?:19|20)\d\d)?$"
)


def is_deadline_expression(expression: str) -> bool:
    """True when the expression names a deadline / range end ("by the end of 2025", "until March")."""
    return bool(_DEADLINE_RE.match(expression.strip()))


# Kept per (expression, reference, future): the value depends on nothing else, and pages dated the same day say "on
# Monday" or "last week" again and again, each a walk through the thirty rule patterns (a third of the dates
# stage's time in ``sitroom bench``). A value is a pair of strings, so a kept one cannot be changed by its caller;
# the bound keeps a long run's memory flat.
@lru_cache(maxsize=1 << 14)
def resolve_date(expression: str, reference: str | None, *, future: bool = False) -> Value:
    """(value, precision) for a temporal expression against ``reference`` (YYYY, YYYY-MM or YYYY-MM-DD).

    ``future`` says the surrounding clause speaks of the future ("will meet on Monday"), which turns
    weekdays and year-less dates forward. Returns (None, None) when the text does not fix a date.
    """
    text = _clean(expression)
    if not text:
        return NONE
    night = (_NIGHT_SPAN.match(text) if "night" in text else None) or _NIGHT_DAYS.match(text)
    by_month = _NIGHT_MONTH_DAYS.match(text) if night is None and "night" in text else None
    if by_month and by_month["month"].rstrip(".") in MONTHS:
        return resolve_date(f"{by_month['month']} {by_month['d2']}{by_month['year'] or ''}", reference, future=future)
    if night:
        # "the night of Saturday to Sunday", "overnight Tuesday into Wednesday", "the night of 26-27 July":
        # a raid at night is told by the night it began and dated by its early hours, the second day
        second = night["b"] if "b" in night.groupdict() else f"{night['d2']} {night['rest']}"
        return resolve_date(second, reference, future=future)
    clock = _MILITARY_CLOCK.match(text)
    if clock:
        # "around 1700 GMT on Sunday", "at 1300hrs": a four-digit clock time is no year; the day is what counts
        rest = text[clock.end():].strip()
        return resolve_date(rest, reference, future=future) if rest else NONE
    hour = _CLOCK_BEFORE.match(text) or _CLOCK_AFTER.search(text)
    if hour and (rest := (text[hour.end():] if hour.start() == 0 else text[: hour.start()]).strip(" ,")):
        # "around 3 p.m. Thursday", "8:30am on Saturday", "Wednesday at noon": the model may take the hour into the
        # day's span; an hour fixes no other day, the day is what counts
        return resolve_date(rest, reference, future=future)
    part = _PART_OF_DAY.match(text)
    if part and part.end() < len(text):
        # "the early hours of Friday", "dawn on Monday", "the morning of 12 May": the day is what counts
        return resolve_date(text[part.end():], reference, future=future)
    ref = PartialDate.parse(reference, loose=True)  # longer ISO strings are cut
    for pattern, fn in _RULES:
        m = pattern.match(text)
        if m:
            return fn(m, ref, future)
    apposed = _apposition(text, reference, future)
    if apposed[0]:
        return apposed
    # Ranges ("from 2014 to 2017", "June 27-28, 2021" is handled above): the start fixes the point.
    parts = re.split(r"\s+(?:to|and|until|through|till|-|–)\s+|\s*[–-]\s*(?=\d{4}$)", text, maxsplit=1)
    if len(parts) == 2:
        end_year = re.search(r"\b(?:1[89]|20)\d\d$", parts[1])
        if end_year and not re.search(r"\b(?:1[89]|20)\d\d\b", parts[0]):
            # "January 1 to March 31, 2021": a year-less start takes the end's year
            reference = end_year[0]
        value = resolve_date(parts[0], reference, future=future)
        if value[0]:
            return value
    return _dateparser_absolute(text)


_APPOSITION = re.compile(r"\s*(?:,|\(|\)|—|–)\s*")
# "1700 GMT", "0300 hrs", "1300hrs local time": a clock time in four digits, which dateparser would read as a year
_MILITARY_CLOCK = re.compile(
    r"^(?:(?:around|about|at|by|after|before|shortly after|from) )?[0-2]\d[0-5]\d ?"
    r"(?:gmt|utc|hrs|hr|hours|h|local time)\b(?: local time)?(?:,? (?:on|of))?"
)

# an hour of the day on the twelve-hour clock, or noon ("7 p.m.", "8:30am", "11.05 p.m. local time", "around noon")
_HOUR = (r"(?:(?:around|about|at|by|after|before|shortly after|from|approximately|some) )?"
         r"(?:[01]?\d(?:[:.][0-5]\d)? ?(?:a\.?m\.?|p\.?m\.?)(?= |,|$)|noon|midday|mid-day)(?: local time)?")
# ... before the day ("around 3 p.m. Thursday", "10pm on Monday", "5 a.m., on Friday") or after it ("Wednesday noon",
# "Sunday at 7 p.m.")
_CLOCK_BEFORE = re.compile(r"^" + _HOUR + r",?(?: (?:on|of))? (?=\S)")
_CLOCK_AFTER = re.compile(r"(?<=\S),? " + _HOUR + r"$")


def _apposition(text: str, reference: str | None, future: bool) -> Value:
    """Two names of one day side by side ("today, Tuesday", "yesterday (Monday)", "Tuesday, today"): each
    part resolved on its own; the finer value when they agree, nothing when they disagree or one of them
    fixes nothing (a range cut at its comma, "January 1 to March 31, 2021", is no apposition)."""
    parts = [p for p in _APPOSITION.split(text) if p]
    if len(parts) > 2:
        # "today, June 5, 2019", "yesterday, Monday, May 25": a day word before a date that holds a comma of its own;
        # the first name against the rest (a date that resolves whole), or the rest against the last
        seps = [m for m in _APPOSITION.finditer(text) if m.start() > 0 and m.end() < len(text)]
        for sep in seps[:1] + seps[-1:]:
            left = resolve_date(text[: sep.start()], reference, future=future)
            value = _apposed(left, resolve_date(text[sep.end():], reference, future=future))
            if value[0]:
                return value
        return NONE
    if len(parts) != 2:
        return NONE
    return _apposed(*(resolve_date(p, reference, future=future) for p in parts))


def _apposed(a: Value, b: Value) -> Value:
    """The finer of two values of one day when they agree, else nothing."""
    finest, other = sorted((a, b), key=lambda v: len(v[0] or ""), reverse=True)
    if other[0] and str(finest[0]).startswith(str(other[0])):
        return finest
    return NONE


@cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser  # slow import: only when the rules fall short

    return DateDataParser(
        languages=["en"],
        settings={"REQUIRE_PARTS": ["year"], "PARSERS": ["absolute-time"], "PREFER_DAY_OF_MONTH": "first"},
    )


_HAS_ANCHOR = re.compile(r"\d{4}")


def _dateparser_absolute(text: str) -> Value:
    """Absolute dates the rules missed; only text holding a four-digit year is worth the call."""
    if not _HAS_ANCHOR.search(text):
        return NONE
    try:
        data = _date_parser().get_date_data(text)
    except (ValueError, OverflowError):
        return NONE
    if data is None or data.date_obj is None:
        return NONE
    d = data.date_obj.date()
    if data.period == "day":
        return _day(d)
    if data.period == "month":
        return _month(d.year, d.month)
    return _year(d.year)


# --------------------------------------------------------------------------- spaCy component

_NAMED_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
                r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a day of a named month, the whole of an entity the model gave another label ("9 September", "June 9, 2016")
_CALENDAR_DAY_RE = re.compile(
    r"(?:[0-3]?\d(?:st|nd|rd|th)? (?:of )?" + _NAMED_MONTH + r"|" + _NAMED_MONTH + r" [0-3]?\d(?:st|nd|rd|th)?)"
    r"(?:,? (?:19|20)\d\d)?"
)
# ... and the words right before it that make it a date: "on", "of" ("the evening of"), "since", "until"
_DAY_OPENER_RE = re.compile(r"\b(?:on|of|since|until|from|before|after)\s+$", re.IGNORECASE)
# Expressions NER tends to miss: weekdays ("Friday's attack", "late on Sunday") and the day words.
_EXTRA_RE = re.compile(
    # (guards first, for speed alone: every expression below starts at a word's start with one of these letters,
    # or with a digit; the other places of a text fail at once instead of trying each alternative in turn. The
    # second guard names the words the expressions start with, so that "the", "to" or "state" fail there too, a
    # quarter of the search's time: an expression added below needs its first word added to both)
    r"(?=\b[ABCDEFHJLMNOSTWYeflnpsty]|\d)"
    r"(?=\b(?:[Ll]ate|[Ee]arl|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Yy]esterday|[Tt]o(?:day|night)|[Ll]ast|this|[Tt]h[ae]|same"
    r"|New|Christmas|Boxing|A |Several|Some|Two|Three|Hours|Minutes|Moments|Shortly|next|following|previous)"
    r"|\d|(?<=day \())(?:"
    r"\b(?:(?:late|early) (?:on )?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # "the night of Tuesday September 6", "Sunday, 27 July": the model tags neither, the day and month are finer
    r"(?:,? (?:" + _NAMED_MONTH + r" [0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)? " + _NAMED_MONTH + r")\b"
    r"(?:,? (?:19|20)\d\d)?)?"
    r"(?: (?:morning|afternoon|evening|night))?\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night)\b"
    # "declared liberated on Thursday (Aug 31)": the model tags the weekday and leaves the bracketed date out
    r"|(?<=day \()(?:" + _NAMED_MONTH + r" [0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)? " + _NAMED_MONTH + r")\b"
    r"(?:,? (?:19|20)\d\d)?"
    # "Early this morning in al Bab, ... forces conducted a raid", "earlier in the day": the page's own day (or the
    # day named last)
    r"|\b(?:(?:[Ee]arly|[Ll]ate) )?this (?:morning|afternoon|evening)\b|\b(?:[Ee]arlier|[Ll]ater) in the day\b"
    # ("raided the village on Christmas night": the model tags none of it)
    r"|\b(?:New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day)(?: (?:morning|afternoon|evening|night))?\b"
    r"|\bChristmas (?:morning|afternoon|evening|night)\b"
    # "Later the same day, militants struck ...": the model rarely tags it; the day told last dates it
    # ("That evening", "the following morning": likewise the day told last, or the one after it)
    r"|\b(?:(?:[Ll]ater|[Ee]arlier) )?(?:[Tt]he |[Tt]hat )?same (?:day|morning|evening|night)\b"
    r"|\b(?:(?:[Ll]ater|[Ee]arlier) )?[Tt]hat (?:morning|evening|night)\b|\b(?:[Ll]ater|[Ee]arlier) that day\b"
    # "Hours later, ...", "Shortly after, militants struck ...": opening a sentence, the day told last, as "later
    # that day" (not "shortly after the attack", a phrase naming what it follows, whose own day the parse finds; nor
    # "a second bomb exploded moments later" inside a sentence, the same blast's run of events)
    r"|\b(?:(?:A few|Several|Some|A couple of|Two|Three) hours|Hours|Minutes|Moments) (?:later|afterwards?)(?=,)"
    r"|\bShortly (?:afterwards?|after|later)(?=,)"
    r"|\b(?:[Tt]he )?(?:next|following|previous) (?:morning|evening|night)\b"
    # "on the 21.10.2023", "on 21/10/2023": official statements' numeric dates, day first (NER leaves them out)
    r"|(?<![\d./])[0-3]?\d[./][01]?\d[./](?:19|20)\d\d(?![\d./])"
    r")"
)
# ("next" is no future in "exploded next to a minister's car on Saturday" nor in a story's "the next day")
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|'ll|is due|are due|was due|were due|due to|scheduled|set to|expected to|plans? to|"
    r"planned|is to|are to|upcoming|(?<!the )next(?! to\b)|to be held|would (?:meet|hold|visit))\b",
    re.I,
)
# (The patterns below that ``DateResolver`` runs over a whole text open with a guard, for speed alone, as _EXTRA_RE
# does: the letter or digit every match starts with, so the other places of a text fail at one test.)
# "on June 22 and 23, 2024", "on 4 and 5 November 2022", "on May 15, 17 and 19": the model tags the days apart ("June
# 22 and", "23, 2024", which reads as 23 December), or the first days alone ("May 15, 17 and"); the list is one
# expression (``_two_days``)
_DAY_PAIR_RE = re.compile(
    r"(?=[ADFJMNOS\d])\b(?:"
    + _NAMED_MONTH + r" [0-3]?\d(?:st|nd|rd|th)?" + _MORE_DAYS + r" (?:and|&) [0-3]?\d(?:st|nd|rd|th)?|"
    r"[0-3]?\d(?:st|nd|rd|th)?" + _MORE_DAYS + r" (?:and|&) [0-3]?\d(?:st|nd|rd|th)? (?:of )?" + _NAMED_MONTH
    + r")\b(?:,? (?:19|20)\d\d\b)?"
)
# "on Saturday, 29, a Muslim leader ...", "on Sunday, the 22nd, the armed group ...": a weekday and a day of the month
# (``_weekday_and_day``); the model tags the weekday alone, or the two apart. The day needs its ordinal or a comma
# after it ("On Saturday, 10 civilians were killed" is a count) and no month after it ("Sunday, 27th July")
_WEEKDAY_DAY_RE = re.compile(
    r"(?=[MTWFS])\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
    r"(?:the )?[0-3]?\d(?:(?:st|nd|rd|th)\b|(?=,))"
    r"(?!,? (?:(?:of )?" + _NAMED_MONTH + r"|(?:19|20)\d\d)\b)"
)
# "arrested on Tuesday (8/3)", "on Thursday (17/03)": a weekday and its day and month in figures, the way Indonesian
# and Malaysian outlets date a story's days (``_weekday_numeric``); the model tags the weekday alone
_WEEKDAY_NUMERIC_RE = re.compile(
    r"(?=[MTWFS])\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
    r"\([0-3]?\d/[01]?\d(?:/(?:19|20)?\d\d)?\)"
)
# "The day after, militants raided Palma", "the following day": a day next to the one the narrative stands on,
# which the model tags in part ("The day") or not at all
# "the Easter Sunday bombings", "on Palm Sunday": the model tags the weekday alone, or the feast as an event; the feast
# is the one expression (``_easter_feast``)
_EASTER_FEAST_RE = re.compile(
    r"(?=[PMHGE])\b(?:Palm Sunday|Maundy Thursday|Holy Thursday|Good Friday|Holy Saturday"
    r"|Easter(?: Sunday| Day| Monday)?)\b"
)
# "on 27 Jan 23" (``_day_month_short_year``): the model tags the day and month, leaving the year out or reading it
# as a count; the three are one expression
_SHORT_YEAR_RE = re.compile(
    r"(?=\d)(?<![\d./])\b[0-3]?\d (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d\d\b(?![.,:/]?\d)"
)
# "On June16, the SDF arrested three", "on Sunday (Mar.17)", "on July, 7 2019": a month and its day glued together or
# split by a misplaced comma (before a year), which the model leaves untagged or tags in two pieces ("July", "7 2019");
# the expression is the whole (``_clean`` reads it as "june 16", "july 7, 2019")
_GLUED_OR_SPLIT_DAY_RE = re.compile(
    r"(?=[ADFJMNOS])\b(?:" + _NAMED_MONTH + r"(?=\d)[0-3]?\d(?:st|nd|rd|th)?\b(?![:./]?\d)(?:,? (?:19|20)\d\d\b)?"
    r"|" + _NAMED_MONTH + r", [0-3]?\d(?:st|nd|rd|th)? (?:19|20)\d\d\b)"
)
# "On 10 June 22, the force conducted", "on Sunday 7 April 24, at about 1000hrs": a day, a full month's name and the
# year's last two digits, which the model tags whole and the resolver leaves open ("on 22 January 23 soldiers were
# killed" is a day and a count). The two digits are the year when a punctuation mark closes them and they name no
# year after the page's (``DateResolver``)
_FULL_MONTH_SHORT_YEAR_RE = re.compile(
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?[0-3]?\d(?:st|nd|rd|th)? (?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December) (?P<yy>\d\d)"
)
_YEAR_CLOSED_RE = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)")
# "were arrested in a Kuala Lumpur suburb on Aug 11", "between Nov 3 and Dec 16", "in a raid on Aug 30, the day of":
# a month's short name with no period before the day (Asian outlets' style), which the model tags only now and then,
# or tags the day alone ("30"); the expression is the month and day (``DateResolver``: over the model's pieces of it)
_SHORT_MONTH_DAY_RE = re.compile(
    r"(?=[ADFJMNOS])\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) [0-3]?\d\b(?![:.,]?\d)(?:,? (?:19|20)\d\d\b)?"
)
# "was issued with an Order of Detention under the ISA in Sep 2024", "By Jan 2024": a month's short name before a year
# with no day (official releases' style), which the model leaves untagged
_SHORT_MONTH_YEAR_RE = re.compile(
    r"(?=[ADFJMNOS])(?<![\d,] )\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) (?:19|20)\d\d\b(?![:.,]?\d)"
)
_NEXT_DAY_RE = re.compile(
    r"(?=[Tt]he )\b(?:[Tt]he (?:next|following|previous) day\b|[Tt]he day (?:before|after)(?=[,.;]))"
)
# "preceded by the January 31 gunfight": a date heading a noun phrase names the thing's day; the "by" governs the
# thing, not the date (unless the thing is itself a time limit: "by the March 15 deadline")
_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:deadline|target|date|cutoff|cut-off|and|or|to|at|in|of|for|the|with)\b)[a-z]")
_DEADLINE_BEFORE_RE = re.compile(
    r"\b(?:by|until|till|before|no later than|not later than|deadline of)\s+(?:the\s+)?$", re.I
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:\"“”—]")
_NIGHT_BEFORE_RE = re.compile(r"\b(?:the )?(?:night|overnight) (?:of|from) $", re.I)
_NIGHT_SECOND_DAY_RE = re.compile(
    r"(?: night)? (?:to|into) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_TRIM_RE = re.compile(r"^(?:(?:the|on|late|early|in|at)\s+)+", re.I)
# "Meeting, 30 September 2024": the model tags "September 2024" and leaves the day before it out
_STARTS_WITH_MONTH_RE = re.compile(_MONTH_RE + r"\b", re.I)
_DAY_BEFORE_RE = re.compile(r"(?<![\d,.])\b([0-3]?\d)(?:st|nd|rd|th)?\s+$")
_TIME_LABELS = ("DATE", "TIME")
# a four-digit number the model tags as a date, followed by a time zone or "hrs", is a clock time ("1700 GMT")
_FOUR_DIGITS_RE = re.compile(r"[0-2]\d[0-5]\d")
_CLOCK_AFTER_RE = re.compile(r"\s*(?:GMT|UTC|hrs|hr|hours|local time)\b", re.IGNORECASE)
# "the 2022 Kocha Risaldar mosque bombing", "a 2017 nightclub shooting": a year standing as the first modifier of a
# noun phrase names when it happened; the model leaves it out when a name follows it (not "the 2000 troops": a count)
_YEAR_MODIFIER_RE = re.compile(r"(?=[12])(?:(?<=\b[Tt]he )|(?<=\b[Aa] ))(?:19|20)\d\d(?= [A-Za-z])")
# "last Thursday (24 July)": the model tags the two apart; the weekday says which year the date is in
_WEEKDAY_BRACKET_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) \($", re.I)


# Days counted from the day the narrative stands on, not from the page's: "On Saturday, the group claimed another
# attack ... the previous day", "Two days earlier, three soldiers were killed" ("two days ago" counts from the page)
_ANAPHORIC_RE = re.compile(
    r"^(?:(?:the )?(?:previous|next|following) (?:day|morning|evening|night)|(?:the )?day (?:before|after)|"
    r"(?:a|one|two|three|four|five|six|\d+|a few|several|a couple of) days? (?:earlier|later|before|after)|"
    # ("Two weeks earlier, on the evening of May 17", "A week later, ISIS attacked Nangade": from the day told last)
    r"(?:a|one|two|three|\d|a few|several|a couple of) weeks? (?:earlier|later)|" + _SAME_DAY + r")$"
)
# The year the narrative stands on, not the page's: "In 2015, the government declared a state of emergency ... In
# November of that year, a bus ... exploded", "Later that year", "in December the same year" (of the year the text
# named last)
_THAT_YEAR_RE = re.compile(
    r"^(?:(?:later|earlier|early|late|in) )?(?:" + _MONTH_RE + r",? )?(?:of )?(?:that|the same|that same) year$"
)
# A weekday the text has named once with its date ("two deadly ADF attacks on Tuesday, Jan. 13") is that date when
# the text names it again alone ("On Tuesday morning, four people were found decapitated"), not the same weekday of
# the page's week: a story tells its days by weekday once it has dated one of them
_DATED_WEEKDAY_RE = re.compile(r"^" + _WEEKDAY_RE + r"\b.*\d")
_BARE_WEEKDAY_RE = re.compile(
    r"^(?:(?:pre-?dawn|dawn|daybreak) )?" + _WEEKDAY_RE + r"(?: (?:morning|afternoon|evening|night|overnight))?$"
)


# a count of hours or minutes back from the page ("hours ago", ``_hours_ago``), which the model tags as a time
_AGO_RE = re.compile(r"\b(?:hours?|minutes?|moments) ago\b", re.I)


def _has_time_word(text: str) -> bool:
    return bool(_EXTRA_RE.search(text))


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether a stretch [start, end) overlaps any of ``spans`` (``s < end and start < e``), by bisection
    instead of a pass over every span for each match of the extra patterns. Among the spans (sorted by start) that
    begin before ``end``, one overlaps exactly when the furthest end among them lies past ``start``."""
    ordered = sorted(spans)
    starts = [s for s, _e in ordered]
    reach = list(accumulate((e for _s, e in ordered), max))  # the furthest end of the spans up to each one

    def overlaps(start: int, end: int) -> bool:
        before = bisect_left(starts, end)  # ordered[:before] are the spans that begin before ``end``
        return before > 0 and reach[before - 1] > start

    return overlaps


class DateResolver:
    """Finds temporal expressions in a Doc and resolves them against ``doc._.reference_date``."""

    def __call__(self, doc: Doc) -> Doc:
        reference = doc._.reference_date
        text = doc_text(doc)
        spans: list[tuple[int, int]] = []
        for ent in doc_ents(doc):
            # (the entity's text sliced from the kept text: ``ent.text`` joins its tokens again on every read)
            label, written = ent.label_, text[ent.start_char : ent.end_char]
            timed = label == "TIME" and (_has_time_word(written) or bool(_AGO_RE.search(written)))
            if label == "DATE" or timed:
                spans.append((ent.start_char, ent.end_char))
            elif _CALENDAR_DAY_RE.fullmatch(written) and _DAY_OPENER_RE.search(text, 0, ent.start_char):
                # "explosions which took place on 9 September", "on the evening of 9 June": a day and a month the
                # model tagged as a name (an event, a work, a law) after the words that open a date are that date
                # (not a name without them: "the September 11 attacks")
                spans.append((ent.start_char, ent.end_char))
        for rx in (_DAY_PAIR_RE, _WEEKDAY_DAY_RE, _WEEKDAY_NUMERIC_RE, _NEXT_DAY_RE, _EASTER_FEAST_RE, _SHORT_YEAR_RE,
                   _GLUED_OR_SPLIT_DAY_RE):
            for m in rx.finditer(text):
                spans = [(s, e) for s, e in spans if not (s < m.end() and m.start() < e)] + [(m.start(), m.end())]
        for m in chain(_SHORT_MONTH_DAY_RE.finditer(text), _SHORT_MONTH_YEAR_RE.finditer(text)):
            inside = [(s, e) for s, e in spans if m.start() <= s and e <= m.end()]
            if not any(s < m.end() and m.start() < e for s, e in spans if (s, e) not in inside):
                spans = [span for span in spans if span not in inside] + [(m.start(), m.end())]
        covered = overlap_test(spans)
        for m in _EXTRA_RE.finditer(text):
            if not covered(m.start(), m.end()):
                spans.append((m.start(), m.end()))
            elif _ANAPHORIC_RE.match(_clean(m.group())):
                # "Earlier in the day, fighters thwarted an attempt": the model tags "day" alone, which names no day;
                # the whole expression counts from the day told last (only when it holds the model's spans whole)
                inside = [(s, e) for s, e in spans if m.start() <= s and e <= m.end()]
                if inside and not any(s < m.end() and m.start() < e for s, e in spans if (s, e) not in inside):
                    spans = [span for span in spans if span not in inside] + [(m.start(), m.end())]
        # (the year matches never overlap one another, so the spans before them are all a match is tested on)
        taken = overlap_test(spans)
        quantity = date_rules().quantity_after_year
        for m in _YEAR_MODIFIER_RE.finditer(text):
            if not quantity.match(text, m.end()) and not taken(m.start(), m.end()):
                spans.append((m.start(), m.end()))
        timexes: list[Timex] = []
        dated_weekdays: dict[str, str] = {}  # weekday -> the day the text named with it
        sentence_starts = self._sentence_starts(doc)
        for start, end in sorted(spans):
            raw = text[start:end]
            lead = _TRIM_RE.match(raw)
            if lead and lead.end() < len(raw):
                start += lead.end()
            span_text = text[start:end]
            day = _DAY_BEFORE_RE.search(text[max(0, start - 6):start])
            if day and _STARTS_WITH_MONTH_RE.match(span_text) and 1 <= int(day.group(1)) <= 31:
                start -= len(text[max(0, start - 6):start]) - day.start()
                span_text = text[start:end]
            if span_text.endswith(("'s", "’s")):
                end -= 2
                span_text = text[start:end]
            if _FOUR_DIGITS_RE.fullmatch(span_text) and _CLOCK_AFTER_RE.match(text, end):
                continue  # "attacked the base around 1700 GMT on Sunday": a clock time, the model's "year"
            before = text[max(0, start - 40):start]
            # The clause before the expression decides past or future ("is due to meet on Monday").
            clause = _CLAUSE_BREAK_RE.split(text[self._sentence_start(doc, start, sentence_starts):start])[-1]
            # "in the night of 26-27 July": the model tags the days, the night before them says which one counts
            night = _NIGHT_BEFORE_RE.search(before)
            expression = night.group(0) + span_text if night else span_text
            weekday = _WEEKDAY_BRACKET_RE.search(before)
            if weekday and not night:
                expression = f"{weekday.group(1)} ({span_text}"
            second = _NIGHT_SECOND_DAY_RE.match(text, end) if night else None
            if second:  # "the night of Saturday to Sunday", tagged as two days: the second one dates it
                expression += second.group(0)
            short_year = _FULL_MONTH_SHORT_YEAR_RE.fullmatch(span_text)
            if short_year and _YEAR_CLOSED_RE.match(text, end) and self._page_century_year(short_year["yy"], reference):
                expression = expression[: len(expression) - 2] + "20" + short_year["yy"]
            anchor = reference
            if _ANAPHORIC_RE.match(_clean(expression)):
                # the last day the text named before it
                anchor = next((str(t.value) for t in reversed(timexes) if t.precision == "day" and not t.is_deadline),
                              None if _HOURS_ON_RE.match(_clean(expression)) else reference)
            future = bool(_FUTURE_RE.search(clause))
            cleaned = _clean(expression)
            bare = _BARE_WEEKDAY_RE.match(cleaned)
            value, precision = (
                (dated_weekdays[bare["weekday"]], "day") if bare and not future and bare["weekday"] in dated_weekdays
                else resolve_date(expression, anchor, future=future)
            )
            that_year = _THAT_YEAR_RE.match(re.sub(r"\s+", " ", expression.strip().lower()))
            told = next((str(t.value)[:4] for t in reversed(timexes) if t.value and not t.is_deadline), None)
            if value is None and that_year and told:
                month = that_year["month"]
                value, precision = (
                    _month(int(told), MONTHS[next(k for k in MONTHS if k.startswith(month))]) if month
                    else _year(int(told))
                )
            dated = _DATED_WEEKDAY_RE.match(cleaned)
            if dated and value and precision == "day" and self._named_day(str(value), dated["weekday"], reference):
                dated_weekdays[dated["weekday"]] = str(value)
            timexes.append(Timex(
                text=span_text, start=start, end=end, value=value, precision=precision,
                is_deadline=(bool(_DEADLINE_BEFORE_RE.search(before)) and not (
                    before.endswith(("the ", "The ")) and _NOUN_AFTER_RE.match(text, end)))
                or is_deadline_expression(raw),
            ))
        doc._.timexes = timexes
        return doc

    @staticmethod
    def _page_century_year(yy: str, reference: str | None) -> bool:
        """Two digits that can be the year of a page dated ``reference``: 20YY, not after the page's year; for a page
        with no date, not after this year (an undated army release's "On 10 June 22" was written by now)."""
        ref = PartialDate.parse(reference, loose=True) if reference else None
        return 2000 <= 2000 + int(yy) <= (ref.year if ref is not None else date.today().year)

    @staticmethod
    def _named_day(value: str, weekday: str, reference: str | None) -> bool:
        """``value`` falls on ``weekday`` and not after the page (an announced "Monday, May 5" is no day told)."""
        day = date.fromisoformat(value)
        if day.weekday() != WEEKDAYS[weekday]:
            return False
        ref = PartialDate.parse(reference, loose=True) if reference else None
        return ref is None or day <= ref.last

    @staticmethod
    def _sentence_starts(doc: Doc) -> tuple[list[int], list[int]] | None:
        """The first token of each sentence and its character offset, or None for a Doc without sentences. Found
        once per document: ``span.sent`` walks back to the sentence's start for each expression, and
        ``has_annotation`` reads every token again."""
        if not doc.has_annotation("SENT_START"):
            return None
        sents = doc_sents(doc)
        return [s.start for s in sents], [s.start_char for s in sents]

    @staticmethod
    def _sentence_start(doc: Doc, char: int, starts: tuple[list[int], list[int]] | None) -> int:
        if starts is None:
            return max(0, char - 200)
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return max(0, char - 200)
        # the sentence holding the span's first token, as ``span.sent`` finds it
        return starts[1][bisect_right(starts[0], span.start) - 1]


@Language.factory("sitroom_dates", requires=["doc.ents"], assigns=["doc._.timexes"])
def make_date_resolver(nlp: Language, name: str) -> DateResolver:
    extensions.register()
    return DateResolver()
