"""Indicator series: figures about the same thing, from many documents, as one series over time.

Grouping (first that applies):

1. the user's ``[[series]]`` overrides (regexes over subject and sentence);
2. the rules of data/series.toml: unit + keyword regexes over the subject/sentence, named from what the
   evidence sentence links to (the camp's place, the country, the armed group);
3. a fallback by unit + the head noun of the subject (+ the place the sentence names).

Each point keeps value, qualifier, ``as_of`` (the figure's own date, else its document's date — the basis
says which), source and evidence. Targets are split from achieved values: a figure flagged ``is_target``,
a subject saying target/goal, or the second figure of "$600 million of $670 million" in one sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitroom.clean.dateline import without_datelines
from sitroom.models import stable_id
from sitroom.picture.common import GEO_RANK, SurfaceIndex, date_bounds, doc_date, load_data
from sitroom.picture.entities import EntityResolution
from sitroom.picture.model import Series, SeriesPoint
from sitroom.picture.overrides import Overrides

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_HEAD_CUT = re.compile(r"\s+(?:of|in|at|from|to|for|who|that|which|across|inside|living)\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z-]*")
_CAMP = re.compile(r"\bcamps?\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|inside|across|into|to)\s+(?:the\s+)?(?:northeast\s+|northern\s+|southern\s+)?$",
                        re.IGNORECASE)
# Where the clause holding a number ends: punctuation and subordinating words ("as", "after", "while").
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s(?:as|after|while|when|because|since|but|and|which|who)\s",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    id: str
    units: frozenset[str]
    any: re.Pattern[str]
    none: re.Pattern[str] | None
    local: re.Pattern[str] | None
    heads: frozenset[str]
    name: str
    fallback: str | None
    absorbs: frozenset[str] = frozenset()


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def rules() -> tuple[Rule, ...]:
    data = load_data("series.toml")
    return tuple(
        Rule(
            id=r["id"], units=frozenset(r["units"]), any=_alternation(r["any"]),
            none=_alternation(r["none"]) if r.get("none") else None,
            local=_alternation(r["local"]) if r.get("local") else None,
            heads=frozenset(r.get("heads", [])), name=r["name"], fallback=r.get("fallback"),
            absorbs=frozenset(r.get("absorbs", [])),
        )
        for r in data["rule"]
    )


@cache
def _target_patterns() -> tuple[re.Pattern[str], str]:
    data = load_data("series.toml")["target"]
    return _alternation(data["subject"]), str(data["of_pattern"])


@cache
def _toll_pattern() -> re.Pattern[str]:
    return _alternation(load_data("series.toml")["tolls"]["clause"])


def lemma(word: str) -> str:
    """A crude English singular: enough to compare head nouns ("residents" -> "resident")."""
    w = word.casefold()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def subject_head(subject: str) -> str:
    """The head noun of a figure subject: "residents of the camp" -> "resident"; "" when none."""
    first = _HEAD_CUT.split(subject.strip(), maxsplit=1)[0]
    words = _WORD.findall(first.casefold())
    return lemma(words[-1]) if words else ""


def _sentence(fig: Mapping[str, Any]) -> str:
    return " ".join(e.get("text", "") for e in fig.get("evidence", []))


def clause(sentence: str, raw: str) -> str:
    """The words around ``raw`` in ``sentence`` up to the nearest clause boundary on each side."""
    at = sentence.find(raw) if raw else -1
    if at < 0:
        return sentence
    before, after = sentence[:at], sentence[at + len(raw):]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    stop = _CLAUSE_BREAK.search(after)
    return before[start:] + raw + (after[:stop.start()] if stop else after)


class _Links:
    """What an evidence sentence names: places (with precision) and entities, via per-document surfaces."""

    def __init__(self, export_obj: Mapping[str, Any], entities: EntityResolution) -> None:
        self.places = SurfaceIndex()
        self.place_info: dict[str, Mapping[str, Any]] = {}
        for p in export_obj.get("places", []):
            self.place_info[p["id"]] = p
            for m in p.get("mentions", []):
                self.places.add(m["doc_id"], m["text"], p["id"])
        self.entities = entities

    def fill(self, doc_id: str, sentence: str) -> dict[str, str]:
        values: dict[str, str] = {}
        sentence = without_datelines(sentence)  # "BEIRUT, May 2 (Wire) -" names the desk, not the subject
        found = self.places.positions(doc_id, sentence)
        camps = [(m.start(), m.end()) for m in _CAMP.finditer(sentence)]
        # "al-Hol camp" (the place right before or around the word) first, then "the camp at al-Hol".
        before_camp = [pid for pid, s, e in found if any(s <= c0 and c0 - e <= 3 for c0, _ in camps)]
        after_camp = [pid for pid, s, e in found if any(0 <= s - c1 <= 12 for _, c1 in camps)]
        specific = sorted(
            (pid for pid, _, _ in found if self.place_info[pid].get("precision") != "country"),
            key=lambda pid: GEO_RANK.get(self.place_info[pid].get("precision"), 4),
        )
        place = next(iter(before_camp or after_camp or specific), None)
        if place is not None:
            values["place"] = str(self.place_info[place]["name"])
        countries = [pid for pid, _, _ in found if self.place_info[pid].get("precision") == "country"]
        inside = [pid for pid, st, _ in found if self.place_info[pid].get("precision") == "country"
                  and _IN_BEFORE.search(sentence[max(0, st - 12):st])]
        if inside:
            values["in_country"] = str(self.place_info[inside[0]]["name"])
        if countries:
            values["country"] = str(self.place_info[countries[0]]["name"])
            # A country other than the one the place is in: where people were taken to, troops come from.
            home = self.place_info[place].get("country") if place is not None else None
            other = [pid for pid in countries if self.place_info[pid].get("country") != home]
            if other and home is not None:
                values["dest_country"] = str(self.place_info[other[0]]["name"])
        for rid in self.entities.surfaces.find(doc_id, sentence):
            etype = self.entities.types.get(rid)
            if etype == "country" and "country" not in values:
                values["country"] = self.entities.names[rid]
            if etype == "armed_group" and "actor" not in values:
                values["actor"] = self.entities.names[rid]
        return values


def _name(template: str, values: Mapping[str, str]) -> str | None:
    needed = _PLACEHOLDER.findall(template)
    if any(k not in values for k in needed):
        return None
    return template.format(**{k: values[k] for k in needed})


def classify(fig: Mapping[str, Any], links: _Links, overrides: Overrides) -> tuple[str, str]:
    """(series name, rule id) for one figure."""
    subject = str(fig.get("subject") or "")
    sentence = _sentence(fig)
    text = subject + "\n" + sentence
    unit = str(fig["unit"])
    for o in overrides.series:
        if (o.unit is None or o.unit == unit) and any(p.search(text) for p in o.match):
            return o.name, "override"
    values = {**links.fill(fig["doc_id"], sentence), "unit": unit}
    head = subject_head(subject)
    for rule in rules():
        if unit not in rule.units or not rule.any.search(text):
            continue
        if rule.none is not None and rule.none.search(text):
            continue
        if rule.local is not None and not rule.local.search(clause(sentence, str(fig.get("raw") or ""))):
            continue
        if rule.heads and head and head not in rule.heads:
            continue
        name = _name(rule.name, values) or (_name(rule.fallback, values) if rule.fallback else None)
        if name:
            return name, rule.id
    label = head or "figures"
    if "place" in values:
        label = f"{values['place']} {label}"
    return f"{label} ({unit})", "subject"


def _targets_by_of(figures: list[Mapping[str, Any]]) -> set[str]:
    """Ids of figures that are the "of $670 million" in "$600 million of $670 million"."""
    _, of_pattern = _target_patterns()
    by_sentence: dict[tuple[str, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for f in figures:
        by_sentence[(f["doc_id"], f["unit"], _sentence(f))].append(f)
    targets: set[str] = set()
    for (_, _, sentence), group in by_sentence.items():
        if len(group) < 2:
            continue
        for a in group:
            for b in group:
                if a is b or not a.get("raw") or not b.get("raw") or b["value"] <= a["value"]:
                    continue
                pattern = of_pattern.replace("{a}", re.escape(a["raw"])).replace("{b}", re.escape(b["raw"]))
                if re.search(pattern, sentence, re.IGNORECASE):
                    targets.add(b["id"])
    return targets


def _absorbing_series(
    classified: list[tuple[Mapping[str, Any], str, str]],
) -> dict[tuple[str, str, str], tuple[str, str]]:
    """{(doc id, unit, broad rule id): (series name, rule id)} for documents where a narrower series (one
    whose rule ``absorbs`` the broad rule) already holds a figure: there, "pledges of $500 million" two
    sentences after "the stabilization pledge target of $670 million" is progress on that same drive."""
    by_id = {r.id: r for r in rules()}
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    for fig, name, rule_id in classified:
        rule = by_id.get(rule_id)
        for broad in rule.absorbs if rule else ():
            out.setdefault((fig["doc_id"], str(fig["unit"]), broad), (name, rule_id))
    return out


def _point_key(p: SeriesPoint) -> tuple[str, str, float, str]:
    start, _ = date_bounds(p.as_of)
    return (start.isoformat() if start else "9999", p.as_of or "", p.value, p.figure_id)


def build_series(export_obj: Mapping[str, Any], entities: EntityResolution,
                 overrides: Overrides | None = None) -> list[Series]:
    overrides = overrides or Overrides()
    docs = {d["id"]: d for d in export_obj.get("documents", [])}
    figures = list(export_obj.get("figures", []))
    links = _Links(export_obj, entities)
    subject_target, _ = _target_patterns()
    of_targets = _targets_by_of(figures)
    renamed = {old: o.name for o in overrides.series for old in o.merge}

    groups: dict[tuple[str, str], list[SeriesPoint]] = defaultdict(list)
    rule_of: dict[tuple[str, str], str] = {}
    display: dict[tuple[str, str], str] = {}
    classified = [(fig, *classify(fig, links, overrides)) for fig in figures]
    absorbing = _absorbing_series(classified)
    tolls = _toll_pattern()
    for fig, name, rule in classified:
        name, rule = absorbing.get((fig["doc_id"], str(fig["unit"]), rule), (name, rule))
        if rule == "subject" and tolls.search(clause(_sentence(fig), str(fig.get("raw") or ""))):
            continue  # an event's casualty toll: it lives on the event, not in a series
        name = renamed.get(name, name)
        doc = docs.get(fig["doc_id"])
        as_of, basis = fig.get("as_of"), "figure"
        if not as_of:
            as_of = doc_date(doc)
            basis = "document" if as_of else "none"
        is_target = bool(fig.get("is_target")) or fig["id"] in of_targets \
            or bool(subject_target.search(str(fig.get("subject") or "")))
        key = (name.casefold(), str(fig["unit"]))
        display.setdefault(key, name)
        rule_of.setdefault(key, rule)
        groups[key].append(SeriesPoint(
            figure_id=fig["id"], doc_id=fig["doc_id"], source=(doc or {}).get("source"), value=float(fig["value"]),
            unit=str(fig["unit"]), qualifier=fig.get("qualifier"), as_of=as_of, as_of_basis=basis,
            is_target=is_target, raw=str(fig.get("raw") or ""), subject=str(fig.get("subject") or ""),
            evidence=list(fig.get("evidence", [])),
        ))
    out: list[Series] = []
    for (key_name, unit), points in groups.items():
        name = display[(key_name, unit)]
        achieved = sorted((p for p in points if not p.is_target), key=_point_key)
        targets = sorted((p for p in points if p.is_target), key=_point_key)
        out.append(Series(
            id=stable_id("series", key_name, unit), name=name, unit=unit, rule=rule_of[(key_name, unit)],
            points=achieved, targets=targets, target=targets[-1].value if targets else None,
        ))
    out.sort(key=lambda s: (-(len(s.points) + len(s.targets)), s.name.casefold(), s.id))
    return out
