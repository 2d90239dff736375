"""Publication and reference dates of one article, read from metadata or from the top of its text.

``published``: metadata wins; otherwise the top of the article is read for, in order of trust,
an "Updated/Published/Posted …" stamp, a lone date line ("24-09-2019"), and a wire dateline
("BAGHDAD, March 3, 2024 (Reuters) -"). Relative stamps ("Updated 3 sec ago") fix nothing: None.

``reference``: the published date when known; else a full date in a photo caption / header line at the
top (basis "caption"); else the latest year the body mentions as a past or present fact, skipping
deadlines ("by the end of 2025") and quantities ("2000 troops") (basis "latest-year-in-text"), unless the
body names a weekday with its day and month ("on Tuesday June 25"): the year in which that day falls on that
weekday, from that latest year on, or the latest one up to today (basis "weekday-date"); else the latest full
date the body states in that latest year ("October 26, 2022": basis "latest-date-in-text").

Dates with month names go through dateparser restricted to absolute dates with day, month and year
(STACK.md: its relative guessing is a trap). Numeric dates are parsed here with an explicit policy:
day first (DD-MM-YYYY), month first only when the second number cannot be a month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sitroom.clean.rules import date_rules
from sitroom.dateline import dated_datelines

# (and the Indonesian and Malay names that differ from the English ones, which outlets of the region print in
# their English editions' stamps: "04 Maret 2019 17:54", "3 Ogos 2019"; dateparser reads them with those languages)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|januari|februari|maret|mac|mei|juni|juli|agustus|ogos|oktober|desember|disember)\.?"
)
_DATE_LANGUAGES = ["en", "id", "ms"]
# (an ordinal that a signed statement closes with a full stop: "17TH. JANUARY 2022")
_DAY = r"(?:[0-3]?\d)(?:(?:st|nd|rd|th)\.?)?"
_YEAR = r"(?:19|20)\d\d"
# "24 March 2024", "March 24, 2024", "24th of March 2024", "24-Mar-2024", "20/April/2016" (and "Oct 23,2018": a
# stamp that drops the space after the comma; "24Dec 2017": one whose day badge the scraper glued to the month;
# "November, 21 2025", "Wednesday Feb, 02 2022 09:09:11 PM": a CMS that prints the comma after the month)
_NAMED_DATE = (rf"(?:{_DAY}\s*(?:of\s+)?{_MONTH},?\s+{_YEAR}|{_MONTH},?\s+{_DAY}(?:,\s*|\s+){_YEAR}"
               rf"|{_DAY}-{_MONTH}-{_YEAR}|{_DAY}/{_MONTH}/{_YEAR})")
# "24-09-2019", "2024-03-18" and the dotted or slashed stamp some sites print ("2024.03.18", "2024/03/18")
_NUMERIC_DATE = rf"(?:[0-3]?\d[-./][0-3]?\d[-./]{_YEAR}|{_YEAR}-[01]\d-[0-3]\d|{_YEAR}[./][01]\d[./][0-3]\d)"
DATE_RE = re.compile(rf"\b(?:{_NAMED_DATE}|{_NUMERIC_DATE})\b", re.IGNORECASE)

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# "10:45", "14.30 BST", "2:30 pm", "11:38:35", "10:45 GMT+3", "11:31 WIB" (Indonesia's zones end in B and A), and
# the military "1224HRS" of South Asian stamps ("BDST: 1224HRS, SEP 15, 2014")
_TIME = (r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?|[0-2]\d[0-5]\d\s*hrs\b)(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*\(?(?:gmt|utc|[a-z]{2,4}t|wib|wita|[+-]\d{1,4})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?")
# What may surround a date on a line that is only a date: weekday, time, separators, "at"/"on".
_ISO_TIME = re.compile(r"(?<=\d)T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")  # 2021-06-28T10:00Z
# "October 26, 2023 5:12 PM UTC Updated 2 hours ago": a relative update stamp after the date adds no date
_RELATIVE_STAMP = re.compile(
    r"\b(?:last\s+)?(?:updated|posted|published|modified)\s+(?:\d+|an?|few)\s+\w+\s+ago\s*$", re.IGNORECASE
)
# (and "GMT (+2 )", the offset in brackets of its own)
_TZ = r"\(?(?:utc|gmt)\s*\(?\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"
# Words a date stamp line may carry besides the date: "NEWS | Nov. 16, 2016", "2024-08-25 07:28 Last
# Updated At:07:30", "# 12 December 2019 21:32 (UTC +04:00)".
_STAMP_WORDS = r"\b(?:at|on|as of|last|updated|published|posted|modified|news|date|am|pm|local time)\b"
# "17 September 2017    Read: 1559", "Mar 3, 2024 | 2,310 views": a page's hit counter beside its date
_VIEW_COUNT = r"\b(?:read|reads|views?|hits|seen)\s*:?\s*\d[\d,.]*k?\b|\b\d[\d,.]*k?\s+(?:reads|views|hits)\b"
_DATE_LINE_NOISE = re.compile(rf"{_TZ}|{_WEEKDAY}|{_TIME}|{_VIEW_COUNT}|{_STAMP_WORDS}|[\s,|•·/()\-–—:#+]+",
                              re.IGNORECASE)
# "THE ASSOCIATED PRESS Monday, December 28, 2015, 6:36 AM": an agency or site name in capitals
# (words separated by required whitespace: with optional whitespace a long run of capitals could be cut into
# the four words in cubically many ways before failing, minutes for a 600-character line)
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z&.'’]+(?:\s+[A-Z][A-Z&.'’]+){0,3}\s*$")
# "Abuja — May 15, 2025", "Africa 15 May 2025": a place or section name in title case beside the date
# (not "Source: Shafaq News": a credit, which names an entity of the text; "Washington D.C., 21 July 2016")
_TITLE_LABEL = re.compile(r"^(?!Source\b)[A-Z][a-z'’]+(?:\s+(?:[A-Z][a-z'’]+|(?:[A-Z]\.){1,3}))?\s*$")
# "Written by Staff Writer on 15 May 2025", "By AFP - May 15, 2025": a byline beside the date
_BYLINE_LABEL = re.compile(r"^(?:written\s+|posted\s+|reported\s+)?by\s+\S+(?:\s+\S+){0,3}?(?:\s+on)?\s*$", re.I)
_STAMP_RE = re.compile(
    # ("Publish dateTuesday 14 May 2024 - 12:34": a label glued to the date by the scraper)
    r"^(?:publish(?:ed)?\s*date(?=[\s:\d]|(?-i:[A-Z]))"
    r"|(?:last\s+)?(?:updated|published|posted|first published|modified|publication date|date"
    r"|this (?:story|article|report) (?:is|was) (?:from|published))\b)\s*(?:on|at)?\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DATELINE_RE, _PAREN_DATELINE_RE = dated_datelines(f"{_NAMED_DATE}|{_NUMERIC_DATE}")
# "Kinshasa, 18 August 2025- The United Nations ...", "Karak, KPK– Sept 27, 2025 - In a ...": a press release's
# dateline with the place in title case; the full date right after the comma (or a long dash) and the dash after
# it make it a dateline (a place name alone would not)
# (Outlets of the Muslim world may print the Hijri date first: "Zamboanga City, Philippines, 4 Dzulqa’dah
# 1437/27 August 2016 (MINA) –"; the Gregorian one after it dates the story.)
_HIJRI_FIRST = r"(?:[0-3]?\d\s+[A-Z][\w’'-]+(?:\s+(?:[IVX]+|al-\w+))?\s+1[34]\d\d\s*[/,]\s*)?"
# (a lede whose drop cap the scraper lost starts in lower case: "ddis Ababa, May 12, 2022 (FBC) –")
_TITLE_DATELINE_RE = re.compile(
    r"^(?:[A-Z][a-z]|[a-z]{2})[\w.'’-]{1,25}(?: [A-Z][\w.'’-]{1,25}){0,2}(?:,\s*[A-Z][\w.'’ -]{1,40})?(?:,|\s*[–—])\s*"
    rf"{_HIJRI_FIRST}(?P<date>(?i:{_NAMED_DATE}|{_NUMERIC_DATE}))(?:\s*/\s*(?i:{_TIME}))?"
    # ("Kampala, 09 June, 2025 / 12:51 pm (ACI Africa)." on a line of its own: the agency's credit ends it, or a
    # colon after it: "Niamey, 2 March 2023 (TDI): The plenary ...")
    # (or the lede right after the credit: "Washington, 25 September 2019(Lana) The US Africa Command has")
    r"\s*(?:\([^)]{1,40}\)\s*(?:[-–—:]|\.?\s*$|(?<=\)\s)(?-i:[A-Z][a-z]))|[-–—])"
)
# "UNITED NATIONS, April 22. /TASS/. The UN Security Council ...", "Islamabad, July 31 (EFE).- The death
# toll ...", "Baghdad, April 2: Iraqi forces ...": agencies that date their dateline by day and month only
_YEARLESS_DATELINE_RE = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,40}})?,\s*(?P<date>(?i:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}))"
    r"\s*(?:\.\s*/[A-Za-z]+/|\([A-Za-z .'’/-]{1,30}\)\s*\.?\s*[-–—]|[-–—]{1,2}\s|:\s+(?=[A-Z]))",
)
# "Sept. 15 (UPI) — French forces have killed ...", "24 Feb. (EUROPA PRESS) –": an agency that files with no
# place, only the day, the month and its name in brackets before a dash
_PLACELESS_DATELINE_RE = re.compile(
    rf"^(?P<date>(?i:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}))\s*\([A-Za-z .'’/-]{{2,30}}\)\s*[-–—]{{1,2}}(?:\s|$)")
# "date 2019-04 English summary": a stamp that gives only the month
_PARTIAL_STAMP_RE = re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![\d-])")
# (not a decade: "the 1990s civil war" names no year of the story)
_YEAR_RE = re.compile(r"(?<![\d$€£.,/-])((?:19|20)\d\d)(?![\d]|[.,/]\d|s\b)")
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")

MIN_YEAR = 1990  # news dates before this are far more likely misreads than real publication dates
STAMP_MAX_WORDS = 20  # "Posted at Jan 28 2019 09:01 AM | Updated as of Jan 28 2019 11:03 AM"
DATE_LINE_MAX_WORDS = 12  # "THE ASSOCIATED PRESS Monday, December 28, 2015, 6:36 AM"
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _max_year() -> int:
    return dt.date.today().year + 1


def _valid(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= _max_year():
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_numeric(s: str) -> str | None:
    parts = [int(p) for p in re.split(r"[-./]", s)]
    if parts[0] > 31:  # ISO YYYY-MM-DD
        return _valid(parts[0], parts[1], parts[2])
    first, second, year = parts
    if second > 12:  # cannot be a month: US order MM-DD-YYYY
        return _valid(year, first, second)
    return _valid(year, second, first)  # day first, the international convention


@lru_cache(maxsize=4096)
def parse_date(s: str) -> str | None:
    """YYYY-MM-DD for an absolute date string with day, month and year, else None."""
    s = s.strip()
    m = DATE_RE.search(s)
    if m is None:
        return _parse_iso_prefix(s)
    found = m.group(0)
    if re.fullmatch(_NUMERIC_DATE, found):
        return _parse_numeric(found)
    import dateparser  # slow to import; only needed when a named date is present

    parsed = dateparser.parse(found, languages=_DATE_LANGUAGES, settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def _parse_iso_prefix(s: str) -> str | None:
    """Metadata values such as ``2024-03-05T10:00:00Z``."""
    m = re.match(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)", s)
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def date_in_stamp(line: str) -> tuple[bool, str | None]:
    """(is an Updated/Published/Posted stamp, its absolute date or None). In a list of fields ("FE Team |
    Published: April 30, 2019 14:51:05 | Updated: April 30, 2019 17:54:00") the earliest stamp's date: an
    update comes after the publication."""
    stripped = line.strip()
    fields = re.split(r"\s[|•·]\s", stripped)
    if len(fields) > 1 and not _STAMP_RE.match(stripped):
        stamps = [date_in_stamp(f) for f in fields]
        dates = sorted(d for is_stamp, d in stamps if is_stamp and d)
        if dates or any(is_stamp for is_stamp, _d in stamps):
            # "August 13, 2016 06:56 pm | Updated November 17, 2021 02:32 am IST": the unlabelled date beside an
            # update stamp is the publication's (also beside one that gives only the hour: "March 22, 2024
            # 02:56 am | Updated 02:56 am IST - NEW DELHI")
            dates = sorted(dates + [d for f in fields if (d := date_of_date_line(f))])
        return (True, dates[0]) if dates else (any(is_stamp for is_stamp, _d in stamps), None)
    m = _STAMP_RE.match(stripped)
    if m is None:
        return False, None
    rest = m.group("rest")
    if len(stripped.split()) > STAMP_MAX_WORDS:
        # "Published April 11, 2016 6:58pm Updated April 11, 2016 9:16pm The number of Abu Sayyaf ...": the
        # scraper glued the stamp to the lede; only a date right after the label makes it a stamp
        glued = _GLUED_STAMP_DATE.match(rest)
        return (True, parse_date(glued.group("date"))) if glued else (False, None)
    found = DATE_RE.search(rest)
    if found is None:
        partial = _PARTIAL_STAMP_RE.match(rest.strip())
        if partial and MIN_YEAR <= int(partial.group("year")) <= _max_year():
            return True, partial.group(0)  # the month is all the page says: that precision
        return True, None
    return True, parse_date(found.group(0))


# the date a stamp's label is followed by, after an optional weekday ("Updated Tuesday, 3 May 2022 ...")
_GLUED_STAMP_DATE = re.compile(rf"(?:{_WEEKDAY}\s*,?\s*)?(?P<date>{_NAMED_DATE}|{_NUMERIC_DATE})\b", re.IGNORECASE)


_GLUED_MONTH = re.compile(r"(?<=[A-Z]{2})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)")


# "20221204-114203": a wire's compact filing stamp (date and time, no separators) on a line of its own under its copy
_COMPACT_STAMP = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)-[0-2]\d[0-5]\d[0-5]\d")


# "2 Sep 21": the military date (day, the month's three letters, the year's last two digits) that signs a statement
_MILITARY_DATE = re.compile(
    r"(?P<day>[0-3]?\d)\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(?P<yy>\d\d)", re.IGNORECASE)


def date_of_date_line(line: str) -> str | None:
    """The date when ``line`` is nothing but a date (with weekday/time decoration), else None."""
    compact = _COMPACT_STAMP.fullmatch(line.strip())
    if compact:
        return _valid(int(compact.group("year")), int(compact.group("month")), int(compact.group("day")))
    military = _MILITARY_DATE.fullmatch(line.strip())
    if military:
        return _valid(2000 + int(military.group("yy")), _MONTH_NUMBER[military.group("month")[:3].lower()],
                      int(military.group("day")))
    stripped = _RELATIVE_STAMP.sub("", _ISO_TIME.sub("", line.strip())).strip()
    # "BY APD NEWSOct 12,2017 at 11:34": a scraper glued the byline's capitals to the month
    stripped = _GLUED_MONTH.sub(" ", stripped)
    if not stripped:
        return None
    if len(stripped.split()) > DATE_LINE_MAX_WORDS:
        # "Giriraj Bhattacharjee Research Associate, Institute for Conflict Management | @indiablooms | 05 Sep
        # 2022, 05:44 pm": a long byline whose last field is the date alone
        fields = re.split(r"\s[|•·]\s", stripped)
        last = fields[-1] if len(fields) > 2 else ""
        return date_of_date_line(last) if 0 < len(last.split()) <= DATE_LINE_MAX_WORDS else None
    m = DATE_RE.search(stripped)
    if m is None:
        return None
    # "July 30, 2021 Updated: July 30, 2021": the update's date beside the page's is part of the stamp
    leftover = _DATE_LINE_NOISE.sub(" ", DATE_RE.sub(" ", stripped[: m.start()] + " " + stripped[m.end() :])).strip()
    if leftover and not (_CAPS_LABEL.match(leftover) or _TITLE_LABEL.match(leftover)
                         or _BYLINE_LABEL.match(leftover) or _pipe_label(stripped, m.group(0))
                         or _site_label(stripped, leftover)):
        return None
    us_clock = _US_CLOCK_DATE.search(stripped)
    us_date = (_valid(int(us_clock.group("year")), int(us_clock.group("month")), int(us_clock.group("day")))
               if us_clock else None)
    if us_date:
        return us_date
    # (the earliest of them: an update comes after the publication)
    return min((d for d in (parse_date(x.group(0)) for x in DATE_RE.finditer(stripped)) if d), default=None)


# "naharnet - 2/6/2026 4:16:03 PM": a site's name in lower case, a dash, then its stamp
_SITE_LABEL = re.compile(r"[a-z][a-z0-9.]{2,24}")
# "2/6/2026 4:16:03 PM": the US general date-and-time format (month first, a 12-hour clock with seconds); a
# day-first locale prints a 24-hour clock ("06/02/2026 16:16:03")
_US_CLOCK_DATE = re.compile(
    rf"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>{_YEAR})\s+[01]?\d:[0-5]\d:[0-5]\d\s*[AP]\.?M\b", re.IGNORECASE)


def _site_label(line: str, leftover: str) -> bool:
    """"naharnet - 2/6/2026 ...": the words beside the date are a lower-case site name opening the line before a
    dash."""
    return bool(_SITE_LABEL.fullmatch(leftover) and re.match(rf"{re.escape(leftover)}\s+[-–—|]\s", line))


def _pipe_label(line: str, date: str) -> bool:
    """"Just Earth News | @justearthnews | 28 Sep 2019": the date is a field of its own in a pipe list."""
    fields = [f.strip() for f in re.split(r"\s[|•·]\s", line)]
    return len(fields) > 1 and any(f.startswith(date) or f.endswith(date) for f in fields)


# "(12 Feb 2025) BOSASO (Halqabsi News) — Puntland security forces ...": the day in brackets opening the lede
_BRACKETED_DAY_RE = re.compile(rf"^\((?P<date>(?i:{_NAMED_DATE}|{_NUMERIC_DATE}))\)\s+[A-Z]")
# "Baghdad (February 07, 2018): The Iraqi military forces ...": a place in title case and the day in brackets
_TITLE_PAREN_DATELINE_RE = re.compile(
    rf"^[A-Z][a-z][\w.'’-]{{1,25}}(?: [A-Z][\w.'’-]{{1,25}}){{0,2}}\s*\((?P<date>(?i:{_NAMED_DATE}|{_NUMERIC_DATE}))\)"
    r"\s*[:\-–—]\s")


# "September 23, 2020, Camp Bautista, Jolo, Sulu – Following the sustained ...": a press release's dateline that
# gives the date before the place (every word of the place capitalised, a spaced dash before the lede)
_DATE_FIRST_DATELINE_RE = re.compile(
    rf"^(?P<date>(?i:{_NAMED_DATE})),\s*[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,6}}\s+[-–—]\s+[A-Z]")


# "Today, Friday, May 22nd, 2020, the international coalition announced ...": a lede that dates itself by
# "today" (outlets of the region and official news agencies write it where a wire writes a dateline)
_TODAY_LEDE_RE = re.compile(
    rf"^(?:today|on this day)\s*,?\s*(?:{_WEEKDAY}\s*,?\s*)?(?:the\s+)?(?P<date>{_NAMED_DATE}|{_NUMERIC_DATE})\s*,",
    re.IGNORECASE)


def date_of_dateline(line: str) -> str | None:
    """The date of a wire dateline opening ``line`` ("BAGHDAD, March 3, 2024 (Reuters) - …", "WASHINGTON
    (UrduPoint News / Sputnik - 19th November, 2019) The US …", "(12 Feb 2025) BOSASO (Halqabsi News) — …")."""
    m = (_DATELINE_RE.match(line.strip()) or _PAREN_DATELINE_RE.match(line.strip())
         or _TITLE_DATELINE_RE.match(line.strip()) or _BRACKETED_DAY_RE.match(line.strip())
         or _TITLE_PAREN_DATELINE_RE.match(line.strip()) or _TODAY_LEDE_RE.match(line.strip())
         or _DATE_FIRST_DATELINE_RE.match(line.strip()))
    return parse_date(m.group("date")) if m else None


# "date 2024-01-04 An affiliate of ..." / "Published: 23-03-2019 The SDF ...": a scraper glued the
# page's date stamp to the first paragraph; split it off so the stamp is read and the text kept.
_STAMP_PREFIX_RE = re.compile(
    # (or only its month, "date 2020-03 A soldier and two ...", which the search tool's copies print)
    rf"^\s*(?P<stamp>(?:date|published|posted|updated)\s*:?\s*(?:{_NUMERIC_DATE}|(?:19|20)\d\d-(?:0[1-9]|1[0-2])))"
    r"\s+(?P<rest>\S.*)$"
    # "October 26, 2016"Our soldiers…" / "July 14, 2016 - Emily Anagnostos The Iraqi…": a page's date
    # glued to the first paragraph by a quote mark or a byline dash
    # (or with no space at all before a name: "September 10, 2025Clash Report"; a numeric date only before a dash:
    # "10.08.2014 – BasNews, Makhmur – Kurdish Peshmerga force has freed ...")
    # (or by a long dash with no space: "July 27, 2025–In one of the deadliest attacks ...")
    rf"|^\s*(?P<lead>{_NAMED_DATE})\s*(?:[-–—|]\s+|[–—])?"
    r"(?P<after>[\"“‘'].*|(?<=[-–—|] ).*|(?<=\d)(?-i:[A-Z][a-z]).*|(?<=[–—])(?-i:[A-Z][a-z]).*)$"
    rf"|^\s*(?P<numeric>{_NUMERIC_DATE})\s*[-–—|]\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)


_ONLY_TIME = re.compile(rf"\s*{_TIME}(?::\d{{2}})?\s*")


def split_stamp_prefix(line: str) -> list[str]:
    """``[stamp, rest]`` when ``line`` opens with a numeric date stamp glued to text, else ``[line]``."""
    m = _STAMP_PREFIX_RE.match(line)
    if m is None:
        return [line]
    if m.group("lead") or m.group("numeric"):
        lead, after = (m.group("lead"), m.group("after")) if m.group("lead") else (m.group("numeric"), m.group("text"))
        if _ONLY_TIME.fullmatch(after):
            return [line]  # "16 APR 2025 | 11:38:35": a date line with its time, nothing glued to it
        return [lead, after]
    return [m.group("stamp"), m.group("rest")]


# "— The Global Coalition (@coalition) February 13, 2018": the signature line of an embedded tweet
_TWEET_SIGNATURE_RE = re.compile(rf"^[—–-]\s*.{{0,80}}\(@\w+\)\s*(?P<date>(?i:{_NAMED_DATE}))\s*$")


def tweet_date(lines: Sequence[str]) -> str | None:
    """The latest day of the tweets a page embeds ("— Ali Yerlikaya (@AliYerlikaya) July 5, 2024"): a page that
    prints no date of its own was written on or just after the tweets it quotes."""
    found = [parse_date(m.group("date")) for line in lines if (m := _TWEET_SIGNATURE_RE.match(line.strip()))]
    return max((d for d in found if d), default=None)


def date_of_yearless_dateline(line: str, year: str | None, placeless: bool = False) -> str | None:
    """The date of a wire dateline that names only day and month ("UNITED NATIONS, April 22. /TASS/."),
    in ``year`` (the latest year the article states), else None. With ``placeless`` (where the URL fixes the year
    and the month), an agency's dateline with no place too ("Sept. 15 (UPI) —"): alone, its year is a guess."""
    m = _YEARLESS_DATELINE_RE.match(line.strip()) or (_PLACELESS_DATELINE_RE.match(line.strip()) if placeless else None)
    if m is None or not year:
        return None
    return parse_date(f"{m.group('date')} {year}")


# "... told a press conference on Monday.", "... has claimed responsibility this Friday": a weekday the lede names
# by its full name (not "Friday's twin blasts", another day's story), in its first sentence
_LEDE_WEEKDAY = re.compile(r"\b(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!['’]s)", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s+[A-Z“\"]|\s*$)|$)", re.DOTALL)


def date_of_weekday_dateline(line: str, next_line: str, year: str | None) -> str | None:
    """The date of a wire dateline that names only day and month ("DUSHANBE, January 25. /TASS/.", "24 Feb. (EUROPA
    PRESS) –") in the year, ``year`` (the latest the article states) or the next, in which that day falls on the
    weekday its lede names ("... told a press conference on Monday"), else None. A wire files the day it tells of:
    the lede's weekday is the dateline's day, and an article's latest year is its own or, early in a year, the one
    before (a story of January 2016 recalls September 2015). The lede is the line's rest, or ``next_line`` under a
    dateline on a line of its own."""
    stripped = line.strip()
    m = _YEARLESS_DATELINE_RE.match(stripped) or _PLACELESS_DATELINE_RE.match(stripped)
    if m is None or not year:
        return None
    lede = stripped[m.end() :].lstrip(" .-–—") or next_line.strip()  # (after "/TASS/." or "(EFE).-")
    first = _FIRST_SENTENCE.match(lede)
    named = _LEDE_WEEKDAY.search(first.group(0) if first else lede)
    if named is None:
        return None
    weekday = _WEEKDAY_NUMBER[named.group("weekday").lower()[:3]]
    # (with no year on the page, a calendar's guess dated undated events into wrong merges: none is made)
    today = dt.date.today().isoformat()
    for candidate in (int(year), int(year) + 1):
        date = parse_date(f"{m.group('date')} {candidate}")
        if date is not None and dt.date.fromisoformat(date).weekday() == weekday and date <= today:
            return date
    return None


# A date on a top line whose month the URL gives: a place, a byline or an outlet and separators may stand
# before it ("Birnin Kebbi, Kebbi State, Nigeria - ", "Benjamin Omoike l Monday, "), but no lower-case word
# of a sentence ("The operation was conducted on Saturday night, November 12") and no preposition ("On
# November 2, 2019, gunmen ...")
_SENTENCE_WORD = re.compile(r"\b(?:[a-z]{3,}|[Oo]n|[Ss]ince|[Bb]y)\b")
_WEEKDAY_RE = re.compile(rf"\b{_WEEKDAY}", re.IGNORECASE)
# "Islamabad, Sept. 29, (dpa/GNA) –": a day and month with no year, read only where the URL fixes year and month
_DAY_MONTH_RE = re.compile(rf"\b(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})(?![\w/-])", re.IGNORECASE)


# (and "today's morning, October 18": the part of today the story tells of)
_TODAY_BEFORE = re.compile(r"\btoday(?:['’]s\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:the\s+)?$",
                           re.IGNORECASE)


def day_in_month(top: Sequence[str], month: str) -> str | None:
    """The first day of ``month`` (YYYY-MM, from the URL) that a top line prints after a label, in any form:
    "Benjamin Omoike l Monday, November 04, 2019", "Birnin Kebbi, Kebbi State, Nigeria - November 28,
    2025(Series News Online)", "Islamabad, Sept. 29, (dpa/GNA) –". The URL's month vouches for a date these
    lines would not be trusted with alone (a byline, a dateline of any shape); a date inside a sentence is
    an event's."""
    for line in top:
        found = [(m, m.group(0)) for m in DATE_RE.finditer(line)]
        found += [(m, f"{m.group(0)} {month[:4]}") for m in _DAY_MONTH_RE.finditer(line)]
        for m, text in found:
            date = parse_date(text)
            before = _WEEKDAY_RE.sub("", line[: m.start()])
            # a date in brackets after a name is a credit's, whatever words come before ("From the Mindanao
            # Examiner (May 4, 2020): Pro-ISIS militants ...")
            credit = before.rstrip().endswith("(") and line[m.end() :].lstrip().startswith(")")
            # a date the text calls today is the day it was written ("... disclosed this today, 4th June 2024
            # during a press conference")
            today = _TODAY_BEFORE.search(before) is not None
            if date and date.startswith(month) and (credit or today or not _SENTENCE_WORD.search(before)):
                return date
    return None


# a day badge on a line of its own ("29") above the month and year of a stamp ("Nov 2021", "Nov 2021 16:18 UTC")
_DAY_BADGE = re.compile(r"[0-3]?\d")
_MONTH_YEAR_START = re.compile(rf"{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)


def joined_day_badges(top: Sequence[str]) -> list[str]:
    """``top`` with a lone day number joined to the month-and-year line under it: a page that prints its date
    as a calendar badge ("29" / "Nov 2021" / "16:18 UTC") is scraped one field a line."""
    out: list[str] = []
    for line in top:
        if out and _DAY_BADGE.fullmatch(out[-1].strip()) and _MONTH_YEAR_START.match(line.strip()):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def banner_date_before(top: Sequence[str], header: Sequence[str], date: str) -> str | None:
    """An earlier lone date line of the header (``header``: the lines above the first paragraph) when ``date``, read
    from ``top``, is a weekday banner ("Monday, December 29, 2025" above the site's menu): the banner is the day the
    page was fetched, the bare date under the headline ("July 29, 2022") the article's."""
    if not any(date_of_date_line(line) == date and _WEEKDAY_RE.search(line) for line in top):
        return None
    shown = set(top)
    earlier = [d for line in header if line not in shown and (d := date_of_date_line(line)) and d < date]
    return min(earlier, default=None)


def published_from_top(top: Sequence[str]) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, basis) from the first lines of an article, or (None, None). A stamp that gives only
    a month ("date 2019-04") yields YYYY-MM when nothing at the top fixes the day."""
    top = joined_day_badges(top)
    partial = None
    stamps = []
    for line in top:
        is_stamp, date = date_in_stamp(line)
        if is_stamp and date and len(date) == 10:
            stamps.append(date)
        partial = partial or (date if is_stamp else None)
    if stamps:
        # "Last Updated: Tuesday, 06 June 2023" above "Publication Date 8 February 2017": the update is later
        return min(stamps), "updated-line"
    # several lone date lines: a site's current-date banner ("Sat. Apr 1st, 2023") or an update line sits
    # beside the article's own date, and both come later than it: the earliest is the publication date
    lone = [(d, line) for line in top if (d := date_of_date_line(line))]
    if lone:
        first, line = min(lone)
        if _WEEKDAY_RE.search(line):
            # a banner names the weekday: an earlier wire dateline under it dates the story ("• Monday, 24 March
            # 2025" above "Niamey, 22 March 2025 (dpa/MIA) -"), not a bare stamp ("LUSA 09/26/2025")
            first = min([first, *(d for d in (date_of_dateline(line) for line in top) if d)])
        return first, "dateline"
    for line in top:
        date = date_of_dateline(line)
        if date:
            return date, "dateline"
    if partial:
        return partial, "updated-line"
    return None, None


def caption_date(top: Sequence[str], header_lines: int) -> str | None:
    """A full date in a caption-like line near the top, or in one of the ``header_lines`` first lines."""
    rules = date_rules()
    for i, line in enumerate(top):
        m = DATE_RE.search(line)
        if m and (i < header_lines or rules.caption_markers.search(line)):
            date = parse_date(m.group(0))
            if date:
                return date
    return None


_FILE_PHOTO = re.compile(r"\bfile\b|\barchives?\b", re.IGNORECASE)


def caption_month(top: Sequence[str], header_lines: int) -> str | None:
    """YYYY-MM of a dated photo caption at the top ("... Kobani, Syria, Oct. 9, 2014. (AP Photo/...)") that
    is not a file or archive picture: a page that prints no other date was published about then, but the
    picture may be a day or two older, so only the month is claimed."""
    rules = date_rules()
    for i, line in enumerate(top):
        m = DATE_RE.search(line)
        if m and (i < header_lines or rules.caption_markers.search(line)) and not _FILE_PHOTO.search(line):
            date = parse_date(m.group(0))
            if date:
                return date[:7]
    return None


def latest_year(text: str, span_starts: bool = True) -> str | None:
    """The latest year stated as a past/present fact (not a deadline, not a quantity), else None. With
    ``span_starts`` False, a year that only opens a running span ("since 2009") does not count either."""
    rules = date_rules()
    best: int | None = None
    limit = _max_year()
    for m in _YEAR_RE.finditer(text):
        year = int(m.group(1))
        if year > limit or (best is not None and year <= best):
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        cut = max((b.end() for b in _SENTENCE_BREAK.finditer(before)), default=0)
        before = before[cut:]  # only the words of the same sentence decide
        after = text[m.end() : m.end() + 20]
        if rules.deadline_before_year.search(before) or rules.quantity_before_year.search(before):
            continue
        if not span_starts and rules.span_start_before_year.search(before):
            continue
        if rules.quantity_after_year.search(after):
            continue
        best = year
    return str(best) if best is not None else None


# "26 April", "April 26", "the 26th of April": a day and a month the text leaves without a year
_YEARLESS_DAY_RE = re.compile(
    rf"\b(?P<date>{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})\b(?!,?\s*{_YEAR}|\s*[-/.]?\d)", re.IGNORECASE
)


def _yearless_day(m: re.Match[str], year: str) -> str | None:
    words = m.group("date").replace(".", " ").split()
    month = next((_MONTH_NUMBER[w[:3].lower()] for w in words if w[:1].isupper() and w[:3].lower() in _MONTH_NUMBER),
                 None)
    day = next((int(re.sub(r"\D", "", w)) for w in words if w[:1].isdigit()), None)
    return None if month is None or day is None else _valid(int(year), month, day)


# the credit that closes a photo caption: "(Lance Corporal X/U.S. Marine Corps/Handout via Reuters)", "(AFP)",
# "Photo: Reuters", "(File photo)"
_PHOTO_CREDIT = re.compile(
    r"\([^()\n]*(?:/|\bvia\b|\bphoto\b|\bReuters\b|\bAFP\b|\bAP\b|\bGetty\b|\bEPA\b)[^()\n]*\)\s*$"
    r"|\b(?:photo|file photo|picture)\s*:\s*\S", re.IGNORECASE)


# "... in Khar, Pakistan, 31 July 2023. EFE-EPA/HANIFULLAH KHAN": an agency and its photographer after the caption's
# last sentence (not "the Coalition to Defeat ISIS/DAESH.", whose slash is inside the sentence)
_AGENCY_CREDIT = re.compile(r"[.!?]\s+[A-Z]{2,}(?:-[A-Z]{2,})*/[A-Z][\w.'’ -]{2,40}$")


def photo_caption(line: str) -> bool:
    """``line`` is a photo's caption: it closes with the picture's credit ("(AP Photo/Hadi Mizban)", "Photo: AFP",
    "REUTERS/Rodi Said"). The day it names is the picture's, which may come a day or more after what it shows."""
    line = line.strip()
    return bool(_PHOTO_CREDIT.search(line) or _AGENCY_CREDIT.search(line))


def latest_date(text: str, year: str | None, page_year: bool = False) -> str | None:
    """The latest full date ("October 26, 2022", "26/10/2022") the text states in ``year`` (the latest year it
    states), skipping deadlines ("by March 31, 2025"). An undated copy's latest day is most often the day of its
    story or the day it was written, a finer anchor for its "on Wednesday" than the year alone. With ``page_year``,
    ``year`` is the page's own (its copyright's or its address's): a day the text names without a year is of it
    even with no full date beside it."""
    if year is None:
        return None
    rules = date_rules()
    best: str | None = None
    found = [(m, parse_date(m.group(0))) for m in DATE_RE.finditer(text)]
    if not page_year and not any(date and date[:4] == year for _m, date in found):
        return None  # a day alone ("the attack in Baghdad on Jan. 22") is as likely background as the story's
    # a day the text names without a year ("On 26 April there was a significant attack"), beside full dates of
    # that year, is one of that year: a later one than the full dates makes the copy later than they are
    found += [(m, _yearless_day(m, year)) for m in _YEARLESS_DAY_RE.finditer(text)]
    for m, date in found:
        if date is None or len(date) != 10 or date[:4] != year or (best is not None and date <= best):
            continue
        if _stated_day(m, text, rules):
            best = date
    return best


def _stated_day(m: re.Match[str], text: str, rules: Any) -> bool:
    """The date ``m`` is a day the text tells of: not a photo's ("... Kabul, Afghanistan, August 20, 2021.
    (Reuters)": a file picture's day) and not a deadline ("by March 31, 2025")."""
    line_end = text.find("\n", m.end())
    if _PHOTO_CREDIT.search(text[m.end() : line_end if line_end != -1 else len(text)]):
        return False
    before = text[max(0, m.start() - 60) : m.start()]
    before = before[max((b.end() for b in _SENTENCE_BREAK.finditer(before)), default=0) :]
    return not rules.deadline_before_year.search(before)


CAPTION_LAG_DAYS = 10  # a page's photo is of its story's days: a day the text states this soon after is the page's


def day_after_caption(text: str, caption: str) -> str:
    """The page's day when its reference is a photo caption's day (``caption``): the latest day the text states
    in the ``CAPTION_LAG_DAYS`` after it ("declared liberated on Thursday (Aug 31)" under a picture of August 27),
    else the caption's day. The picture is taken on or before the day the story is written."""
    rules = date_rules()
    first = dt.date.fromisoformat(caption)
    best = caption
    found = [(m, parse_date(m.group(0))) for m in DATE_RE.finditer(text)]
    found += [(m, _yearless_day(m, caption[:4])) for m in _YEARLESS_DAY_RE.finditer(text)]
    for m, date in found:
        if date is None or len(date) != 10 or date <= best:
            continue
        if (dt.date.fromisoformat(date) - first).days <= CAPTION_LAG_DAYS and _stated_day(m, text, rules):
            best = date
    return best


_WEEKDAY_NUMBER = {w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# "on Tuesday June 25", "Friday, 21 March", "on Wednesday (March 8)": a weekday with its day and month, no year
_WEEKDAY_DATE_RE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY})\s*,?\s*\(?(?:the\s+)?(?P<date>{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})\b"
    rf"(?!,?\s*{_YEAR})",
    re.IGNORECASE,
)


def weekday_date(text: str, after_year: str | None = None, today: dt.date | None = None) -> str | None:
    """The day the text's first "Tuesday June 25" names, on a page that gives no year for it: the first year
    from ``after_year`` (the latest the text states: "In 2021, ..." on a page about March 2023) in which that
    day is that weekday, else the latest such year up to ``today``. A reader dates an undated copy so; the
    calendar repeats only every five to eleven years. A later day the text names so in the days after it, on its
    weekday in that calendar ("the first attack began on Sunday 6 March", then "On Wednesday, 9 March, IS claimed
    ..."), is the page's latest: the page was written on or after it, and its "on Tuesday" is counted back from it."""
    matches = [_weekday_match(m) for m in _WEEKDAY_DATE_RE.finditer(text)]
    if not matches or matches[0] is None:
        return None
    month, day, weekday = matches[0]
    today = today or dt.date.today()
    years = []
    for year in range(MIN_YEAR, today.year + 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found.weekday() == weekday and found <= today:
            years.append(found)
    if after_year is not None:
        years = [d for d in years if d.year >= int(after_year)][:1]
    if not years:
        return None
    first = years[-1]
    latest = first
    for m_month, m_day, m_weekday in filter(None, matches[1:]):
        for year in (first.year, first.year + 1):
            try:
                other = dt.date(year, m_month, m_day)
            except ValueError:
                continue
            if (other.weekday() == m_weekday and 0 < (other - first).days <= WEEKDAY_DATE_REACH_DAYS
                    and other <= today and other > latest):
                latest = other
    return latest.isoformat()


# Days after the first weekday date a later one the text names may lie and still be the page's own time (a story's
# days run over a week or two; further on it is most often a date to come or another story's)
WEEKDAY_DATE_REACH_DAYS = 14


def _weekday_match(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(month, day, weekday) of a "Tuesday June 25" match, None when a part does not read."""
    words = m.group("date").lower().replace(".", " ").replace(",", " ").split()
    month = next((_MONTH_NUMBER[w[:3]] for w in words if w[:3] in _MONTH_NUMBER), None)
    day = next((int(re.sub(r"\D", "", w)) for w in words if w[:1].isdigit()), None)
    weekday = _WEEKDAY_NUMBER.get(m.group("weekday").lower()[:3])
    if month is None or day is None or weekday is None:
        return None
    return month, day, weekday


# "Copyright © 2023, ABC Audio. All rights reserved.", "© 2021 TargetLiberty.org": the year a page's footer
# stamps it with (a range, "© 2009-2024", is the site's lifetime and says nothing of the page)
_COPYRIGHT_RE = re.compile(
    r"(?:\bcopyright\b\s*(?:©|\(c\))?|©)\s*(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*(?:19|20)?\d\d)", re.IGNORECASE
)


def copyright_year(lines: Sequence[str]) -> str | None:
    """The year of the page's copyright line, the last one on the page (a footer's), else None. A page that prints
    no date and no dated URL was published in the year its footer stamps, as far as the page tells."""
    years = [m.group("year") for line in lines for m in _COPYRIGHT_RE.finditer(line)]
    if not years or not MIN_YEAR <= int(years[-1]) <= _max_year():
        return None
    return years[-1]


# "Copyright © ANTARA 2024", "© Thomson Reuters 2025": a footer naming its owner before the year
_OWNED_COPYRIGHT_RE = re.compile(
    r"(?:\bcopyright\b\s*(?:©|\(c\))?|©)\s*(?:[A-Z][\w.&'’-]*,?\s+){1,4}(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*[-–/]\s*(?:19|20)?\d\d)"
)


def owned_copyright_year(lines: Sequence[str]) -> str | None:
    """The year of a copyright footer that names its owner first ("Copyright © ANTARA 2024"), the last on the page.
    An annotated page showing one has no ``published`` (a year the owner stamps may be the site's, not the
    article's), but with no other date on the page it is the year its "on August 6" is read in, not undated."""
    years = [m.group("year") for line in lines for m in _OWNED_COPYRIGHT_RE.finditer(line)]
    if not years or not MIN_YEAR <= int(years[-1]) <= _max_year():
        return None
    return years[-1]


def normalise_metadata_date(value: str | None) -> str | None:
    """A metadata date string (ISO timestamp, "24 March 2024", "2024-03-24") as YYYY-MM-DD."""
    if not value:
        return None
    return parse_date(value)
