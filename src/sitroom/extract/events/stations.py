"""The country of a station the event's sentence names: a regional force's sector, a body that sits in one place
([[stations]] of ``data/events.toml``). Its deeds and its meetings are in that country, whatever country the page is
about; asked only when no place of the sentence locates the event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitroom import data as datafiles
from sitroom.data.schemas import EventsFile


@dataclass(frozen=True)
class Station:
    name: str
    country: str
    forms: tuple[re.Pattern[str], ...]
    of: tuple[re.Pattern[str], ...]
    types: frozenset[str]


@cache
def stations() -> tuple[Station, ...]:
    return tuple(Station(s.name, s.country, tuple(re.compile(f) for f in s.forms), tuple(re.compile(o) for o in s.of),
                         frozenset(s.types))
                 for s in datafiles.load(EventsFile).stations)


def station_country(text: str, etype: str) -> str | None:
    """The one country of the stations ``text`` names for an event of type ``etype``; none where it names stations of
    two countries ("troops of Sector 3 MNJTF ... and the Special Forces of Sector 4 MNJTF": a joint operation, in
    either)."""
    found = {s.country for s in stations()
             if (not s.types or etype in s.types) and any(f.search(text) for f in s.forms)
             and (not s.of or any(o.search(text) for o in s.of))}
    return found.pop() if len(found) == 1 else None
