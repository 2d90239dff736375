"""What an article's URL says about it: the publication date and the outlet.

Most real pages carry their date only in the URL: ``/2021/08/28/``, ``/2016/mar/22/``,
``/20190603-slug``, ``/30092024-amp``, ``/07-Feb-2026/``, ``-march-18-2024/``,
``/07-02-2026/``, ``/2025/Sept/``, ``-Jan2024/`` or
``-03182024114726``, also when a reader page carries the article's URL in its query.
htmldate's ``extract_url_date`` reads the separated Y-M-D form; the compact and partial forms news
CMSs use are read here, with the same policy as dates in text (day first when a compact 8-digit
number is ambiguous, never a date outside 1990..next year). A URL that only fixes a month or a year
gives that precision ("2024-01", "2019").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FULL_MONTH = (r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|"
               r"december)")

# Tried in order on the URL's path (lower-cased); the first valid date wins.
_FULL_PATTERNS = (
    re.compile(rf"(?<!\d){_YEAR}/{_MON}/(?P<day>[0-3]?\d)(?!\d)"),  # /2016/mar/22/
    re.compile(rf"(?<![\d]){_YEAR}(?P<month>[01]\d)(?P<day>[0-3]\d)(?=\D|$)"),  # 20190603-
    # /stories/202405130435.html: the day's date and a four-digit serial of that day (allAfrica)
    re.compile(rf"(?<![\d]){_YEAR}(?P<month>[01]\d)(?P<day>[0-3]\d)\d{{4}}(?=\D|$)"),
    # 30092024, and 171020191: a CMS that appends a serial digit to the day's date
    re.compile(rf"(?<![\d])(?P<day>[0-3]\d)(?P<month>[01]\d){_YEAR}\d?(?=\D|$)"),
    # /20200509093333145729.amp.html, /ambush-1/na20190527113600221: the day's date, the hour's six digits and a
    # serial, glued to the path's letters (a CMS's time-stamped article key)
    # (not a web archive's capture time before the page it wraps: "/web/20230523220947mp_/https://...")
    re.compile(rf"(?<![\d]){_YEAR}(?P<month>[01]\d)(?P<day>[0-3]\d)[0-2]\d[0-5]\d[0-5]\d\d*(?=\D|$)(?!\w*/https?:)"),
    # soldiers-killed-03182024114726.html: month, day, year and the hour's six digits (BenarNews), the US order
    re.compile(rf"(?<![\d])(?P<month>[01]\d)(?P<day>[0-3]\d){_YEAR}[0-2]\d[0-5]\d[0-5]\d(?=\D|$)"),
    re.compile(rf"(?<![\d])(?P<day>[0-3]?\d){_MON}{_YEAR}(?!\d)"),  # 22mar2016
    re.compile(rf"(?<![\d])(?P<day>[0-3]?\d)[-_]{_MON}[-_]{_YEAR}(?!\d)"),  # /07-feb-2026/
    re.compile(rf"(?<![a-z]){_MON}[-_](?P<day>[0-3]?\d)[-_]{_YEAR}(?!\d)"),  # -attacks-march-18-2024/, the US order
    # a month written in full may follow the slug's last word without a dash, and the day take a comma:
    # "...-to-iraqmarch-12,-2025,-12:27-pm"
    re.compile(rf"{_FULL_MONTH}[-_](?P<day>[0-3]?\d)(?:,|%2c)?[-_]{_YEAR}(?!\d)"),
    # /07-02-2026/ and /slug/24/01/2023/: day first, as in the compact form
    re.compile(rf"(?<![\d])(?P<day>[0-3]?\d)(?P<sep>[-_./])(?P<month>[01]?\d)(?P=sep){_YEAR}(?!\d)"),
)
_MONTH_PATTERNS = (
    re.compile(rf"(?<![\d])(?:{_YEAR}[/_-](?P<month>[01]\d))(?:/|$)"),  # /2024/01/slug
    re.compile(rf"(?<![a-z]){_MON}[-_]?{_YEAR}(?!\d)"),  # -jan2024/
    re.compile(rf"(?<!\d){_YEAR}/{_MON}(?:/|$)"),  # /2025/sept/202894/
)
_YEAR_PATTERN = re.compile(rf"/{_YEAR}(?:/|$)")  # /2019/slug, /slug/2023
# /afp/201122082033.40nfbx58.html: a wire copy's file named by its two-digit year, month, day and the hour's six
# digits (YYMMDDhhmmss)
_SHORT_STAMP = re.compile(r"(?<![\w])(?P<yy>\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)[0-2]\d[0-5]\d[0-5]\d(?=\D|$)")
# ...-shot-to-death-1494859082: the Unix time of publishing closing the slug (seconds since 1970; ten digits from
# September 2001 on)
_EPOCH = re.compile(r"(?<=[a-z][-_])(?P<epoch>1\d{9})(?=\D|$)")
_SHORT_DATE = re.compile(r"(?<!\d)(\d\d)([01]\d)([0-3]\d)(?!\d)")  # YYMMDD in a file name: /2019/08/x-190801-y


def _without_slug_day(path: str, date: str) -> str:
    """ "/2012/10/3-marines-killed-in-sulu-clash.html": the number opening the slug is no day (htmldate reads
    2012-10-03); the folders give the month."""
    year, month, day = date[:4], date[5:7], date[8:]
    if not day:
        return date
    slug = re.search(rf"(?<!\d){year}/0?{int(month)}/0?{int(day)}-[a-z]", path)
    return date[:7] if slug else date


def _with_short_day(path: str, month: str) -> str:
    """A month from the folders refined by a YYMMDD stamp in the same path that agrees with it."""
    for m in _SHORT_DATE.finditer(path):
        if f"20{m.group(1)}-{m.group(2)}" == month:
            return _valid(int(month[:4]), int(m.group(2)), int(m.group(3))) or month
    return month


def _valid(year: int, month: int, day: int | None = None) -> str | None:
    if not 1990 <= year <= dt.date.today().year + 1 or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_of(groups: dict[str, str | None]) -> int:
    if groups.get("mon"):
        return _MONTHS.index(str(groups["mon"])[:3]) + 1
    return int(groups["month"] or 0)


@lru_cache(maxsize=4096)
def date_from_url(url: str | None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY from the date a news URL carries, else None."""
    if not url:
        return None
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    options = Extractor(False, dt.datetime(dt.date.today().year + 1, 12, 31), dt.datetime(1990, 1, 1), True,
                        "%Y-%m-%d")
    try:
        found = extract_url_date(url, options)
    except Exception:  # htmldate validates its own way; a refusal just means "not this form"
        found = None
    path = urlsplit(url).path.lower()
    if found:
        return _without_slug_day(path, found)
    for pattern in _FULL_PATTERNS:
        for m in pattern.finditer(path):
            g = m.groupdict()
            date = _valid(int(g["year"]), _month_of(g), int(g["day"]))
            if date:
                return date
    for m in _SHORT_STAMP.finditer(path):
        date = _valid(2000 + int(m.group("yy")), int(m.group("month")), int(m.group("day")))
        if date:
            return date
    for m in _EPOCH.finditer(path):
        stamp = dt.datetime.fromtimestamp(int(m.group("epoch")), dt.UTC)
        date = _valid(stamp.year, stamp.month, stamp.day)
        if date:
            return date
    for pattern in _MONTH_PATTERNS:
        for m in pattern.finditer(path):
            date = _valid(int(m.group("year")), _month_of(m.groupdict()))
            if date:
                return _with_short_day(path, date)
    year = _YEAR_PATTERN.search(path)
    if year and 1990 <= int(year.group("year")) <= dt.date.today().year + 1:
        return year.group("year")
    query = parse_qs(urlsplit(url).query)
    split_date = _query_date(query)
    if split_date:
        return split_date
    # a reader or proxy page names the article it shows in its query (".../index.php?url=https%3A%2F%2F...")
    for values in query.values():
        inner = next((v for v in values if v.startswith(("http://", "https://")) and v != url), None)
        if inner is not None:
            return date_from_url(inner)
    return None


# world.php?yyyy=2023&mm=07&dd=31&nav_id=...: a PHP news site's archive keys, the date split over three parameters
_QUERY_KEYS = {"year": ("yyyy", "year"), "month": ("mm", "month"), "day": ("dd", "day")}


def _query_date(query: dict[str, list[str]]) -> str | None:
    lowered = {k.lower(): v[0] for k, v in query.items() if v}
    found = {part: next((lowered[k] for k in keys if lowered.get(k, "").isdigit()), None)
             for part, keys in _QUERY_KEYS.items()}
    if found["year"] is None or found["month"] is None:
        return None
    return _valid(int(found["year"]), int(found["month"]), int(found["day"]) if found["day"] else None)


# .../dr-congo-church-massacre-2025: an SEO slug closed by the year it was written in; not "...-attack-in-2021",
# "...-by-2027", "...-since-october-2017" (the year of what the story is about), not "...-4-may-2025" (a day)
_SLUG_YEAR = re.compile(r"(?<=[a-z])-(?P<year>(?:19|20)\d\d)/?$")
_SLUG_YEAR_BEFORE = frozenset({
    "in", "by", "of", "since", "from", "to", "until", "till", "after", "before", "for", "during", "and", "through",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
})


def year_closing_slug(url: str | None) -> str | None:
    """The year an article's slug ends with ("YYYY"), where no other date form of the URL applies."""
    if not url:
        return None
    path = urlsplit(url).path.lower()
    m = _SLUG_YEAR.search(path)
    if m is None:
        return None
    before = path[: m.start()].rsplit("/", 1)[-1].rsplit("-", 1)[-1]
    if before in _SLUG_YEAR_BEFORE or not 1990 <= int(m.group("year")) <= dt.date.today().year:
        return None
    return m.group("year")


_WWW = re.compile(r"^(?:www\d?|m|amp|mobile|manage|edition|en|english)\.")


def outlet_from_url(url: str | None) -> str | None:
    """The site's host without ``www.``/``m.``-style prefixes ("theguardian.com"), else None."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    while _WWW.match(host) and host.count(".") > 1:
        host = _WWW.sub("", host, count=1)
    return host or None


_SLUG_NOISE = re.compile(r"^(?:[\d.]+|[a-z]{0,3}\d[\w]*|index|amp|story|article|news|html?|php|aspx?)$")


def title_from_url(url: str | None) -> str | None:
    """A readable title from the URL's last wordy slug ("/2021/…/isis-attacks-a-convoy-…/"), else None.

    Only a last resort for pages whose text shows no headline: the words are the outlet's own.
    """
    if not url:
        return None
    for part in reversed([p for p in urlsplit(url).path.split("/") if p]):
        part = re.sub(r"\.[a-z]{2,5}$", "", part.lower())
        words = [w for w in re.split(r"[-_+]+", part) if w and not _SLUG_NOISE.match(w)]
        if len(words) >= 3:
            text = " ".join(words)
            return text[0].upper() + text[1:]
    return None
