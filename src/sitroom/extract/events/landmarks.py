"""The day of a well-known attack that a later page recalls without dating it ("the Maute group, which led the Marawi
siege", "the attack on Moscow's Crocus City Hall in March", "a massive attack on a mosque in Al-Arish that killed
305"): the conventions date a recalled attack by its own day, but its sentence seldom gives it, and the page's date
or a bare month put in the page's year (``resolve.dates``) stands in for it. The [[landmarks]] of
``data/events.toml`` list the attacks and the names that single each out."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from sitroom import data as datafiles
from sitroom.data.schemas import EventsFile
from sitroom.extract.events.records import EventMention

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "On Tuesday, Puntland's forces repelled a suicide attack on the base near Dharjaale" (a page of January), "IS claimed
# last week's attack on Diori Hamani International Airport": on a page of the attack's own fortnight, a day or week told
# from the page's is the text's date of the attack, however coarsely the page's date places it, not one the page lends
# (on a later page the day is rather the telling's: "the spokesman reminded on Saturday")
_RELATIVE = re.compile(r"(?<!Easter )(?<!Palm )\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\byesterday\b|\btoday\b"
                       r"|\b(?:last|this|past) (?:week|weekend|month)\b|\b(?:days|weeks) ago\b", re.I)
_FORTNIGHT = 14


@dataclass(frozen=True)
class Landmark:
    name: str
    date: str
    country: str
    cues: tuple[re.Pattern[str], ...]


@cache
def landmarks() -> tuple[Landmark, ...]:
    return tuple(Landmark(a.name, a.date, a.country, tuple(re.compile(c, re.I) for c in a.cues))
                 for a in datafiles.load(EventsFile).landmarks)


@cache
def any_cue() -> re.Pattern[str]:
    """Every landmark's cues as one pattern, which finds a match where any one of them does (no cue refers to a group
    by number or sets a flag inside it): few sentences name a landmark, and the cues tried one by one over every
    attack's sentence were a tenth of the event rules' time in ``sitroom bench``, one search of them all a third of
    that."""
    return re.compile("|".join(f"(?:{c.pattern})" for lm in landmarks() for c in lm.cues), re.I)


def _lent(date: str, landmark: Landmark, reference: str | None) -> bool:
    """``date`` is not the text's own day of the recalled attack: the page's own date or month (an undated event is
    of the page's time), or the attack's month put in another year (a bare "in March" read in the page's year)."""
    if reference and reference.startswith(date):
        return True
    return len(date) >= 7 and date[5:7] == landmark.date[5:7] and date[:4] != landmark.date[:4]


def _current(landmark: Landmark, reference: str) -> bool:
    """The page is written within a fortnight of the attack (a page of a month: from the month's first day)."""
    if len(reference) < 7:
        return False
    try:
        page = datetime.date.fromisoformat(reference[:10] if len(reference) >= 10 else reference[:7] + "-01")
    except ValueError:
        return False
    return 0 <= (page - datetime.date.fromisoformat(landmark.date)).days <= _FORTNIGHT


def landmark_dates(
    events: list[EventMention], reference: str | None, text_dated: frozenset[int] | None = None
) -> None:
    """An attack whose own sentence names one landmark attack, and dates it by nothing but what the page lends, takes
    the landmark's day. Not when the sentence writes another year ("the 2019 attack near Tongo Tongo"), nor when its
    date is a day or month the text tells of another attack at the same place ("Tuesday's ambush near Tongo Tongo").
    ``text_dated``: the ids of the events their own sentences dated, before the article lent the others a day or a
    month (None: all of them). A date the story or the page lent ("Their five-month siege of Marawi City resulted in the
    death of a thousand", given the story's Thursday) is no day of the recalled attack, in any month but the attack's;
    the day of a report that tells of the attack ("He said on March 9 that gunmen had massacred ...") stays the
    text's."""
    for e in events:
        if e.type != "attack" or e.modality != "asserted":
            continue
        if not any_cue().search(e.sent_text):
            continue
        named = [lm for lm in landmarks() if any(c.search(e.sent_text) for c in lm.cues)]
        if len(named) != 1:
            continue
        lm = named[0]
        if e.country not in (None, lm.country):
            continue
        if reference and len(reference) >= 7 and reference < lm.date[: len(reference)]:
            continue  # a page dated before the attack tells of something else there (a year alone is the text's guess)
        own = text_dated is None or id(e) in text_dated or e.date_said  # (a report's day is the text's too)
        if e.date and (lm.date.startswith(e.date[:7]) or (own and not _lent(e.date, lm, reference))):
            continue
        if set(_YEAR.findall(e.sent_text)) - {lm.date[:4]}:
            continue
        if e.date and reference and reference.startswith(e.date) and _current(lm, reference) \
                and _RELATIVE.search(e.sent_text):
            continue
        e.date, e.date_precision, e.country = lm.date, "day", lm.country
