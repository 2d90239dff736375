"""``prepare``: one Source -> the Documents of the articles it holds (cleaned, dated, language-tagged)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from sitroom.clean.boilerplate import credits_left_out, strip_boilerplate
from sitroom.clean.dates import (
    banner_date_before,
    caption_date,
    caption_month,
    copyright_year,
    date_in_stamp,
    date_of_date_line,
    date_of_weekday_dateline,
    date_of_yearless_dateline,
    day_after_caption,
    day_in_month,
    latest_date,
    latest_year,
    normalise_metadata_date,
    owned_copyright_year,
    published_from_top,
    split_stamp_prefix,
    tweet_date,
    weekday_date,
)
from sitroom.clean.identity import document_id
from sitroom.clean.language import detect_language
from sitroom.clean.segment import (
    Segment,
    header_indices,
    header_line_count,
    is_header_label,
    is_headline_like,
    split_articles,
    top_indices,
    without_trailing_credit,
    word_count,
)
from sitroom.clean.urls import date_from_url, outlet_from_url, title_from_url, year_closing_slug
from sitroom.dateline import DATELINE
from sitroom.errors import problem
from sitroom.models import Document, IngestProblem, Source

# Invisible characters scraped pages carry; they would split words and break line rules.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES_RE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")
_TERMINAL_RE = re.compile(r"[.!?:;\"”’')\]]$")
_CONTINUATION_RE = re.compile(r"^[a-z(]")
# a count a scraper glued to its casualty word when it dropped the space at a tag boundary ("31 deaths and
# 169injuries", "71civilians"): spaCy reads "169injuries" as one word, so neither figure nor toll is found;
# only plain lower-case casualty words after a digit are split (never "5km", "2nd", "1990s", "3pm")
_GLUED_COUNT_RE = re.compile(
    r"(?<=\d)(?=(?:injur(?:y|ies|ed)|wounded|dead|deaths?|killed|people|persons|civilians?|soldiers?"
    r"|casualties|militants?|fighters?|others)\b)"
)
# two sentences a scraper glued at a full stop ("killed 9 people and injured 50.They planned", "in the
# state.The three were"): spaCy reads "50.They" as one word and the two sentences as one, losing the count and
# the clause; a word that holds a URL or an address ("bdnews24.com/News.Aspx", "www.Example") is left alone
_GLUED_SENTENCE_RE = re.compile(r"(?<=[a-z0-9])\.(?=[A-Z][a-z]+\b)")
_GLUED_WORD_RE = re.compile(r"\S*[a-z0-9]\.[A-Z][a-z]+\S*")
_ADDRESS_MARKS = ("/", "@", "www", "http", ".Com", ".Net", ".Org")


def _unglue_sentences(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if any(mark in word for mark in _ADDRESS_MARKS) else _GLUED_SENTENCE_RE.sub(". ", word)
    return _GLUED_WORD_RE.sub(fix, text)
# the reference bases that are a day the text itself states (a weekday with its day and month, fitted to the
# calendar; the latest full date of the text's latest year)
_TEXT_DAY_BASES = frozenset({"weekday-date", "latest-date-in-text"})
_LEDE_MIN_WORDS = 8  # the first sentence of the article, not a caption fragment or a label
# an outlet byline naming where the story was filed: "Shafaq News – Baghdad", "Example TV - Baghdad/Damascus"
_OUTLET_CITY = re.compile(
    r"^[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3}\s+[–—-]\s+"
    r"(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?(?:/[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)*)$"
)
# the agency habit the other way round: "Baghdad - INA", "Kabul – AIP" (the place, a dash, the agency's initials)
_CITY_OUTLET = re.compile(r"^(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)\s+[–—-]\s+[A-Z]{2,8}$")
# a reporter's byline with the place it was filed from ("Luis Nhachote in Maputo") and a transcript's place line
# ("Washington, DC"): where the story was filed, as a wire dateline says it
_BYLINE_CITY = re.compile(
    r"^(?:By )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} in (?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)$"
)
_CITY_STATE = re.compile(r"^(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?), (?:D\.\s?C\.|DC|[A-Z]{2})$")


_HEADER_CITY = (_OUTLET_CITY, _CITY_OUTLET, _BYLINE_CITY, _CITY_STATE)
# a wire dateline printed as a header line of its own: "NIAMEY, Niger —", "WASHINGTON", "DAMASCUS, Syria / ANKARA"
# (a lone word in capitals only from five letters on: "PTI", "AFP" are agencies)
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}"
_CAPS_LINE = re.compile(
    rf"^(?P<city>{_CAPS_PLACE})(?:, [A-Z][\w.'’ ]{{1,30}}?)?(?:\s*/\s*(?P<other>{_CAPS_PLACE}))?\s*[-–—:]?$"
)
_TITLE_PLACE = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}"
# two names and a comma, the place one of them: "Garowe, Puntland", "Rome, Italy", a reporter's "Molly Kilete,
# Abuja"; both are read as the filing place (places keep the one the gazetteer knows)
_TWO_NAMES = re.compile(rf"^(?:By |From )?(?P<city>{_TITLE_PLACE}), (?P<other>{_TITLE_PLACE})$")
# a place and the day without a year: "Peshawar, July 31", "Kabul, 3 October"
_CITY_DAY = re.compile(
    rf"^(?P<city>{_TITLE_PLACE}), (?:[A-Z][a-z]{{2,8}}\.? [0-3]?\d|[0-3]?\d [A-Z][a-z]{{2,8}})$"
)
# a communiqué's or a ministry page's date line naming where it was issued: "Paris, 2 June 2015", "13 February
# 2018 / Kuwait" (the place before a comma or after a slash; a weekday or a month is no place)
_DATE_CITY = (
    re.compile(r"^(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),\s+\S"),
    re.compile(r"\S\s+[/|]\s+(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)$"),
)
_CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr) if w
)


def _header_city(line: str) -> str | None:
    """The filing place a header label names, as "CITY" or "CITY/OTHER" (both read), if any."""
    m = next((m for p in _HEADER_CITY if (m := p.match(line))), None)
    if m is not None:
        return m.group("city")
    m = _CAPS_LINE.match(line)
    if m is not None and (m["other"] or "," in line or len(m["city"]) >= 5):
        return "/".join(c for c in (m["city"], m["other"]) if c)
    m = _TWO_NAMES.match(line) or _CITY_DAY.match(line)
    if m is None:
        return None
    names = [c for c in m.groupdict().values() if c and c.split()[0].lower() not in _CALENDAR_WORDS]
    return "/".join(names) or None


def _date_line_city(line: str) -> str | None:
    """The place a date line names beside its date, if any ("Paris, 2 June 2015" -> "Paris")."""
    m = next((m for p in _DATE_CITY if (m := p.search(line))), None)
    if m is None or m.group("city").split()[0].lower() in _CALENDAR_WORDS:
        return None
    return m.group("city")


def normalise_text(text: str) -> list[str]:
    """NFC text as stripped lines; hard-wrapped lines (next line starts lower-case) are re-joined."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    text = _unglue_sentences(_GLUED_COUNT_RE.sub(" ", text))
    # each output line is kept as its list of wrapped pieces and joined once at the end: gluing the
    # pieces one by one copied the paragraph so far for every wrapped line (quadratic in paragraph length)
    lines: list[list[str]] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        stamp, *rest = split_stamp_prefix(line)
        if rest:  # the stamp is a line of its own and the text after it never joins it back
            lines.extend([[stamp], [rest[0]]])
            continue
        last = lines[-1][-1] if lines else ""
        if (last and line and not _TERMINAL_RE.search(last) and _CONTINUATION_RE.match(line)
                and not (len(lines[-1]) == 1 and date_of_date_line(last))
                and not (line.startswith("(") and len(lines[-1]) == 1 and is_headline_like(last))
                and not date_of_date_line(line)):
            # a line that is only a date ("Thursday March 27, 2025") is a stamp, complete as it is: the
            # lower-case debris after it ('pgreleasethumbnail.jpeg" alt="">') does not continue it; a
            # headline is complete too, and the bracket after it is the lede's credit ("(MENAFN) On ..."); a
            # stamp in lower case ("naharnet - 2/6/2026 4:16:03 PM") is a line of its own, not the end of a sentence
            lines[-1].append(line)
        else:
            lines.append([line])
    return [" ".join(pieces) for pieces in lines]


def _days_between(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _published(
    source: Source, segment_index: int, top: list[str], lines: list[str], header: list[str] | None = None
) -> tuple[str | None, str | None]:
    if segment_index == 0 and source.published:
        date = normalise_metadata_date(source.published)
        if date:
            basis = source.extra.get("published_basis") or ("html" if source.kind == "html" else "metadata")
            return date, str(basis)
    date, basis = published_from_top(top)
    if date is None and header:
        # "Geopolitics / Aman Butani / 16 APR 2025 | 11:38:35" under a list of related headlines
        date, basis = published_from_top(header)
    elif basis == "dateline" and date is not None and header:
        date = banner_date_before(top, header, date) or date
    url_date = date_from_url(source.url) if segment_index == 0 else None
    if date is not None and url_date and len(date) < len(url_date) and url_date.startswith(date):
        return url_date, "url"  # a month-only stamp the URL's day agrees with
    if (basis == "dateline" and date is not None and url_date and len(date) == len(url_date) == 10
            and _days_between(url_date, date) > 1):
        # "Wed. Apr 17th, 2024" above an article whose URL says /2024/03/11/: a page is not made before its
        # address, so a later bare date on it is the site's current-date banner (a labelled stamp, "date
        # 2021-02-10", is the page's own word and stands)
        return url_date, "url"
    if date is None and url_date and len(url_date) == 7:
        # the URL gives the month, a line that is only a date in that month gives the day, wherever it stands
        # (a blog prints "Sunday, October 28, 2012" under the post)
        date = next((d for line in lines if (d := date_of_date_line(line)) and d.startswith(url_date)), None)
        basis = "date-line" if date else None
        if date is None:
            date = day_in_month(top, url_date)
            basis = "url-month-day" if date else None
    if date is None and url_date:
        # a date printed at the top of the page beats the URL's; the URL beats a stamp further down
        # ("Published 20 November 2015" under the text)
        date, basis = url_date, "url"
        if len(url_date) == 10:
            # "CAIRO, Oct. 15 (Xinhua) --" under a URL of the 16th: the wire's dateline is the local day of
            # filing, the URL's the day the site (often hours ahead) put the story up
            dateline = next((d for line in top if (d := date_of_yearless_dateline(line, url_date[:4], placeless=True))),
                            None)
            # (unless the page prints the URL's day itself: "Source: Xinhua| 2019-05-21 04:34:40|Editor: yan")
            stamped = any(url_date in line for line in top)
            if dateline is not None and 0 < _days_between(dateline, url_date) <= 1 and not stamped:
                date, basis = dateline, "dateline"
    if date is None:
        date = next((d for d in (date_in_stamp(line)[1] for line in lines) if d), None)
        basis = "updated-line" if date else None
    if date is None:
        # a press release or a post signed with its date under the text ("CP Enanga Fred / Police Spokesperson
        # / 10th January 2022"): the first line that is only a date, wherever it stands
        date = next((d for line in lines if (d := date_of_date_line(line))), None)
        basis = "date-line" if date else None
    if date is None:
        date = tweet_date(lines)  # "— Ali Yerlikaya (@AliYerlikaya) July 5, 2024" in a page with no date
        basis = "tweet" if date else None
    if date is None:
        # a day-and-month wire dateline ("UNITED NATIONS, April 22. /TASS/.") in the year the text states
        year = latest_year("\n".join(lines))
        # (the year the lede's weekday fits first: "DUSHANBE, January 25. /TASS/. ... on Monday" recalling 2015)
        date = next((d for i, line in enumerate(top)
                     if (d := date_of_weekday_dateline(line, top[i + 1] if i + 1 < len(top) else "", year))), None)
        date = date or next((d for d in (date_of_yearless_dateline(line, year) for line in top) if d), None)
        basis = "dateline" if date else None
    if date is None and segment_index == 0:
        # a dated photo caption is the reference date; as the publication date it says the month at most
        # (file photos carry the day of the picture, and are left out)
        date = caption_month(top, header_line_count(top))
        basis = "caption" if date else None
    if date is None and segment_index == 0:
        # "Copyright © 2023, ABC Audio." under a page with no other date: the year is what the page says
        date = copyright_year(lines)
        basis = "copyright" if date else None
    if date is None and segment_index == 0:
        date = year_closing_slug(source.url)
        basis = "url-year" if date else None
    return date, basis


def _reference(
    published: str | None, top: list[str], text: str, basis: str | None = None, footer_year: str | None = None
) -> tuple[str | None, str | None]:
    # the caption's own day is finer than the month it publishes; a copyright's year is coarser than the text's
    # own dates ("on Tuesday June 25" finds the day)
    if published and basis not in ("caption", "copyright", "url-year"):
        return published, "published"
    date = caption_date(top, header_line_count(top))
    if date:
        return day_after_caption(text, date), "caption"
    year = latest_year(text)
    # "since 2009" says the page is later than 2009, not near it: the weekday's calendar starts from the
    # years the page states as its own time, else it is the latest one before today
    day = weekday_date(text, latest_year(text, span_starts=False))
    if day:
        return day, "weekday-date"
    # "... attack on a shrine in Shiraz on Wednesday ... October 26, 2022": an undated copy's latest full date
    # anchors its weekdays and months where the year alone fixes neither
    latest = latest_date(text, year)
    if latest:
        return latest, "latest-date-in-text"
    if year:
        return year, "latest-year-in-text"
    if published and len(published) == 4:
        # "Rwandan forces kill 26 insurgents ... on Friday", "between 17-22 July", under a copyright of 2021 and no
        # other year: the text's latest day is one of the page's own year, and the anchor of its "on Friday"
        day = latest_date(text, published, page_year=True)
        if day:
            return day, "latest-day-in-page-year"
    if published:
        # a copyright's year is coarse, but with no date in the text it is the only year there is: "On October 3"
        # is that year's October 3, not undated
        return published, basis
    if footer_year:
        return footer_year, "owned-copyright"
    return None, None


def _segment_document(source: Source, seg: Segment, index: int) -> Document | None:
    top_set = set(top_indices(seg))
    top = [seg.lines[i] for i in sorted(top_set)]
    wider = set(header_indices(seg)) - top_set
    published, basis = _published(source, index, top, seg.lines, [seg.lines[i] for i in sorted(top_set | wider)])
    top_set |= {i for i in wider if date_of_date_line(seg.lines[i])}  # a stamp found there is metadata too
    header = set(sorted(top_set)[: header_line_count(top)])
    body: list[str] = []
    removed = 0
    pending_dateline: str | None = None
    for i, line in enumerate(seg.lines):
        if i in seg.drop:
            continue
        # a line that is only a date is metadata printed above the article: read above, not text
        if i in top_set and date_of_date_line(line):
            removed += 1
            city_name = _date_line_city(line)
            if city_name is not None:
                pending_dateline = city_name.upper()  # the place it was issued in, a dateline above the lede
            continue
        if i in header and is_header_label(line):
            removed += 1
            city_name = _header_city(line)
            if city_name is not None:
                pending_dateline = city_name.upper()
            continue
        line = without_trailing_credit(line) if i in header else line
        lede = word_count(line) >= _LEDE_MIN_WORDS and _TERMINAL_RE.search(line) is not None
        if pending_dateline and lede and not DATELINE.match(line):
            # "Shafaq News – Baghdad" above the lede is the story's dateline, written as a byline: it
            # becomes a wire dateline on a line of its own above the lede, which places read as the filing
            # place and events skip (glued to the lede, it would change the lede's parse)
            body.extend(f"{city} –" for city in pending_dateline.split("/"))  # "Baghdad/Damascus": both
            pending_dateline = None
        body.append(line)
    kept, dropped = strip_boilerplate(body)
    text = "\n".join(kept).strip()
    if not text:
        return None
    reference, reference_basis = _reference(published, top, text, basis, owned_copyright_year(seg.lines))
    if (basis == "caption" and reference_basis == "caption" and published and reference
            and reference.startswith(published)):
        # a page that prints no date but a dated caption of its own story (not a file photo) went out that day:
        # the annotated pages give the caption's day as their publication, so the day the reference reads is it
        published = reference
    if published is None and reference is not None and reference_basis in _TEXT_DAY_BASES:
        # an undated copy was written on the latest day it tells of ("local media reported on Wednesday, August
        # 23"; "As of 13 August 2020, ...") or just after it: the annotated pages give that day as the publication
        # (a year alone, the latest the text mentions, is no such day: it stays unpublished)
        published, basis = reference, reference_basis
    language, score = detect_language(text)
    # the reporters and outlets a dropped byline, credit or source line names are entities of the page: the
    # text ends with them, a paragraph of their own after the article where no sentence of it runs into them
    # (dates and language are read from the article alone)
    credits = credits_left_out(seg.lines, kept, outlet_from_url(source.url))
    if credits:
        text = text + "\n\n" + "\n".join(credits)
    return Document(
        id=document_id(text),
        text=text,
        source_path=source.path,
        segment=index,
        # a blank metadata title is no title: the URL's (or none) stands in
        title=" ".join((seg.title or "").split()) or (title_from_url(source.url) if index == 0 else None),
        url=source.url,
        source=source.source or outlet_from_url(source.url),
        published=published,
        published_basis=basis,
        reference_date=reference,
        reference_basis=reference_basis,
        language=language,
        language_score=score,
        removed_lines=removed + dropped,
    )


def prepare(source: Source) -> list[Document] | IngestProblem:
    """The articles in ``source`` as Documents (segment 0, 1, …), or E110 when no text is left."""
    lines = normalise_text(source.text)
    documents: list[Document] = []
    for seg in split_articles(lines, source.title):
        doc = _segment_document(source, seg, len(documents))
        if doc is not None:
            documents.append(doc)
    if not documents:
        return problem(source.path, "E110")
    return documents
