"""Indicator kinds (data/series.toml): which figure is a point of which series, or of none.

A kind is a set of tests over the figure's own clause and sentence plus a name with subject slots
({camp}, {origin}, {host}, {holder}, {actor}). The slots are filled from what the sentence names — the
document's place and entity mentions and the demonyms of data/demonyms.toml — and a kind whose name needs
a slot the sentence leaves unclear does not apply: a figure without a clear subject stays a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitroom import data as datafiles
from sitroom.data.schemas import DemonymsFile, SeriesFile
from sitroom.errors import SitroomError
from sitroom.models import FIGURE_UNITS
from sitroom.picture.common import SurfaceIndex

SLOTS = frozenset({"camp", "origin", "origin_adj", "host", "holder", "actor"})
MEASURES = frozenset({"stock", "flow", "cumulative"})
_KEYS = frozenset({"id", "name", "units", "unit", "measure", "clause", "sentence", "not_clause", "not_sentence",
                   "heads", "cumulative", "cumulative_name", "document"})
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Kind:
    id: str
    name: str
    units: frozenset[str]
    unit: str | None
    measure: str
    clause: re.Pattern[str]
    sentence: re.Pattern[str] | None
    not_clause: re.Pattern[str] | None
    not_sentence: re.Pattern[str] | None
    heads: frozenset[str]
    cumulative: re.Pattern[str] | None
    cumulative_name: str | None
    document: bool = False  # the sentence test also passes in a document where this kind took a figure

    def slots(self, name: str | None = None) -> list[str]:
        return _PLACEHOLDER.findall(self.name if name is None else name)


def _bad(detail: str) -> SitroomError:
    return SitroomError("E503", path="sitroom/data/series.toml", detail=detail)


def _regex(kind: str, key: str, patterns: Any, required: bool = False) -> re.Pattern[str] | None:
    if patterns is None and not required:
        return None
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        raise _bad(f"kind {kind!r}: {key} must be a non-empty list of regexes")
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise _bad(f"kind {kind!r}: {key}: {exc}") from exc


def _name(kind: str, key: str, template: Any) -> str:
    if not isinstance(template, str) or not template.strip():
        raise _bad(f"kind {kind!r}: {key} must be a non-empty string")
    unknown = set(_PLACEHOLDER.findall(template)) - SLOTS
    if unknown:
        raise _bad(f"kind {kind!r}: {key} uses unknown slots {sorted(unknown)}; known: {sorted(SLOTS)}")
    if "(" in template and any(f"({u})" in template for u in FIGURE_UNITS):
        raise _bad(f"kind {kind!r}: {key} names the unit; the unit is shown next to the name")
    return template


def parse_kinds(kinds: Iterable[Mapping[str, Any]]) -> tuple[Kind, ...]:
    """The ``[[kind]]`` tables of series.toml, validated (E503 on anything malformed)."""
    out: list[Kind] = []
    seen: set[str] = set()
    for raw in kinds:
        kid = str(raw.get("id", ""))
        if not kid or kid in seen:
            raise _bad(f"kind ids must be present and unique: {kid!r}")
        seen.add(kid)
        if extra := set(raw) - _KEYS:
            raise _bad(f"kind {kid!r}: unknown keys {sorted(extra)}")
        units = raw.get("units")
        if not isinstance(units, list) or not units or set(units) - set(FIGURE_UNITS):
            raise _bad(f"kind {kid!r}: units must be a list of {list(FIGURE_UNITS)}")
        unit = raw.get("unit")
        if unit is not None and unit not in units:
            raise _bad(f"kind {kid!r}: unit {unit!r} is not one of its units")
        if raw.get("measure") not in MEASURES:
            raise _bad(f"kind {kid!r}: measure must be one of {sorted(MEASURES)}")
        if (raw.get("cumulative") is None) != (raw.get("cumulative_name") is None):
            raise _bad(f"kind {kid!r}: cumulative and cumulative_name go together")
        out.append(Kind(
            id=kid, name=_name(kid, "name", raw.get("name")), units=frozenset(units), unit=unit,
            measure=str(raw["measure"]), clause=_regex(kid, "clause", raw.get("clause"), required=True),  # type: ignore[arg-type]
            sentence=_regex(kid, "sentence", raw.get("sentence")),
            not_clause=_regex(kid, "not_clause", raw.get("not_clause")),
            not_sentence=_regex(kid, "not_sentence", raw.get("not_sentence")),
            heads=frozenset(raw.get("heads", [])), cumulative=_regex(kid, "cumulative", raw.get("cumulative")),
            cumulative_name=_name(kid, "cumulative_name", raw["cumulative_name"]) if raw.get("cumulative_name")
            else None,
            document=bool(raw.get("document", False)),
        ))
    if not out:
        raise _bad("no [[kind]] defined")
    return tuple(out)


@cache
def kinds() -> tuple[Kind, ...]:
    # The keys as the file wrote them: parse_kinds checks the values with messages that name the kind.
    return parse_kinds(k.model_dump(exclude_unset=True) for k in datafiles.load(SeriesFile).kind)


def _words(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.IGNORECASE)


@cache
def camp_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, _words(pats)) for name, pats in datafiles.load(SeriesFile).camps.items())


@cache
def is_group() -> re.Pattern[str]:
    return _words([re.escape(w) for w in datafiles.load(SeriesFile).groups.is_group])


@cache
def _demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    for code, words in datafiles.load(DemonymsFile).root.items():
        for w in words:
            forms[w.casefold()] = code
            forms[w.casefold() + "s"] = code
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?!\w)", re.IGNORECASE)
    return pattern, forms


def adjective(code: str) -> str | None:
    """The first demonym data/demonyms.toml gives a country ("UG" -> "Ugandan")."""
    words = datafiles.load(DemonymsFile).root.get(code)
    return str(words[0]) if words else None


@dataclass(frozen=True)
class Mention:
    key: str  # ISO code for countries, canonical name for entities
    start: int
    end: int


class Mentions:
    """Countries and groups a document's sentences name, from its place/entity mentions and demonyms."""

    def __init__(self, export_obj: Mapping[str, Any], entity_surfaces: SurfaceIndex,
                 entity_types: Mapping[str, str], entity_names: Mapping[str, str]) -> None:
        self.places = SurfaceIndex()
        self.place_info: dict[str, Mapping[str, Any]] = {}
        for p in export_obj.get("places", []):
            self.place_info[p["id"]] = p
            for m in p.get("mentions", []):
                self.places.add(m["doc_id"], m["text"], p["id"])
        self.country_names: dict[str, str] = {
            str(p["country"]): str(p["name"]) for p in export_obj.get("places", [])
            if p.get("precision") == "country" and p.get("country")}
        self.entities, self.types, self.names = entity_surfaces, entity_types, entity_names

    def country_name(self, code: str) -> str:
        if code in self.country_names:
            return self.country_names[code]
        import pycountry  # only for countries no document names as a place

        found = pycountry.countries.get(alpha_2=code)
        return str(getattr(found, "common_name", None) or getattr(found, "name", code)) if found else code

    def countries(self, doc_id: str, text: str) -> list[Mention]:
        out = [Mention(str(self.place_info[pid]["country"]), s, e) for pid, s, e in self.places.positions(doc_id, text)
               if self.place_info[pid].get("precision") == "country" and self.place_info[pid].get("country")]
        pattern, forms = _demonyms()
        out += [Mention(forms[m.group(0).casefold()], m.start(), m.end()) for m in pattern.finditer(text)]
        return sorted(out, key=lambda m: m.start)

    def towns(self, doc_id: str, text: str) -> list[Mention]:
        """Places below the country (towns, districts, provinces) named in ``text``, as their country."""
        info = self.place_info
        return [Mention(str(info[pid]["country"]), s, e) for pid, s, e in self.places.positions(doc_id, text)
                if info[pid].get("precision") in ("point", "district", "province") and info[pid].get("country")]

    def groups(self, doc_id: str, text: str) -> list[Mention]:
        out = []
        for rid, s, e in self.entities.positions(doc_id, text):
            if self.types.get(rid) in ("armed_group", "organization"):
                out.append(Mention(self.names.get(rid, text[s:e]), s, e))
        return out


_HOST_BEFORE = re.compile(r"\b(?:in|into|inside|to|on|across)\s+(?:the\s+)?(?:northeast(?:ern)?\s+|north(?:ern)?\s+"
                          r"|south(?:ern)?\s+|east(?:ern)?\s+|west(?:ern)?\s+)?$", re.IGNORECASE)


_OPENING_IN = re.compile(r"\s*in\s+(?:the\s+)?", re.IGNORECASE)


def fill_slots(mentions: Mentions, doc_id: str, sentence: str, clause_span: tuple[int, int],
               raw_span: tuple[int, int]) -> dict[str, str]:
    """The subject slots a sentence makes clear for a figure at ``raw_span`` inside ``clause_span``."""
    c0, c1 = clause_span
    r0, r1 = raw_span
    values: dict[str, str] = {}
    camps = {name for name, pattern in camp_patterns() if pattern.search(sentence)}
    if len(camps) == 1:
        values["camp"] = camps.pop()
    countries = mentions.countries(doc_id, sentence)
    # {origin}: one country before the number in its clause, or right after it ("2,500 U.S. troops").
    before = {m.key for m in countries if c0 <= m.start and m.end <= r0}
    after = [m for m in countries if r1 <= m.start <= r1 + 3]
    origin = before.pop() if len(before) == 1 else (after[0].key if not before and after else None)
    if origin is not None:
        values["origin"] = mentions.country_name(origin)
        values["origin_adj"] = adjective(origin) or values["origin"]
    # {host}: a country after "in"/"into"/"on the" in the clause after the number, else the town's country.
    hosts = [m for m in countries
             if r1 <= m.start <= c1 and _HOST_BEFORE.search(sentence[max(0, m.start - 30):m.start])]
    towns = {m.key for m in mentions.towns(doc_id, sentence) if c0 <= m.start <= c1}
    # A sentence opening "In Syria, ..." is about Syria throughout.
    opening = [m for m in countries if m.end <= c0 and _OPENING_IN.fullmatch(sentence[:m.start])
               and sentence[m.end:m.end + 2].lstrip().startswith(",")]
    if len({m.key for m in hosts}) == 1:
        values["host"] = mentions.country_name(hosts[0].key)
    elif not hosts and len(towns) == 1:
        values["host"] = mentions.country_name(towns.pop())
    elif not hosts and not towns and len(opening) == 1:
        values["host"] = mentions.country_name(opening[0].key)
    groups = mentions.groups(doc_id, sentence)
    is_re = is_group()
    holders = sorted((m for m in groups if not is_re.fullmatch(m.key)), key=lambda m: abs(m.start - r0))
    if holders:
        values["holder"] = holders[0].key
    # The group itself, not a body named against it ("Global Coalition to Defeat Daesh/ISIS").
    actors = {m.key for m in groups if is_re.match(m.key)}
    if len(actors) == 1:
        values["actor"] = actors.pop()
    return values


def match(kind: Kind, unit: str, head: str, clause: str, sentence: str, slots: Mapping[str, str],
          in_context: bool = False, subject: str = "") -> str | None:
    """The series name ``kind`` gives this figure, or None when the kind does not take it. ``in_context``:
    the figure's document already has a figure of this kind, which stands in for the sentence test of a
    kind with ``document = true`` ("pledges of $500 million" two sentences after the drive's target)."""
    # The subject stands in for the clause: "the stabilization pledge drive target ... which is $670 million".
    if unit not in kind.units or not (kind.clause.search(clause) or kind.clause.search(subject)):
        return None
    if kind.sentence is not None and not kind.sentence.search(sentence) and not (kind.document and in_context):
        return None
    if (kind.not_clause is not None and kind.not_clause.search(clause)) or \
            (kind.not_sentence is not None and kind.not_sentence.search(sentence)):
        return None
    if kind.heads and head and head not in kind.heads:
        return None
    template = kind.name
    if kind.cumulative is not None and kind.cumulative.search(clause):
        template = kind.cumulative_name or template
    needed = kind.slots(template)
    if any(s not in slots for s in needed):
        return None
    return template.format(**{s: slots[s] for s in needed})
