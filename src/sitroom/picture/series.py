"""Indicator series: figures about the same thing, from many documents, as one series over time.

A figure is a point of a series only when an indicator kind takes it (data/series.toml, applied by
picture/kinds.py): a camp's population, repatriations by country, detainees by holder, troop levels by
country, strike counts, coalition membership, stabilization pledges — each with a subject the sentence
makes clear, named in analyst words, in one unit. The user's ``[[series]]`` overrides come first. Every
other figure stays a figure of its document: no series is made up from a stray subject word.

Each point keeps value, qualifier, ``as_of`` with its basis (picture/asof.py: the figure's own date, a date
its clause or sentence gives, else the document's date, said so), source and evidence. Targets are split
from achieved values: a figure flagged ``is_target``, a subject saying target/goal, or the second figure of
"$600 million of $670 million" in one sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sitroom import data as datafiles
from sitroom.data.schemas import SeriesFile
from sitroom.dateline import without_datelines
from sitroom.models import stable_id
from sitroom.picture.asof import as_of as figure_as_of
from sitroom.picture.common import date_bounds, doc_date
from sitroom.picture.entities import EntityResolution
from sitroom.picture.kinds import Mentions, fill_slots, kinds, match
from sitroom.picture.model import Series, SeriesPoint
from sitroom.picture.overrides import Overrides

_HEAD_CUT = re.compile(r"\s+(?:of|in|at|from|to|for|who|that|which|across|inside|living)\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z-]*")
# A count a sentence splits in two ("repatriated 15 women and 32 children", "23 children and their eight
# mothers"): the number before or after "and" counts part of one batch.
_SMALL = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens)"
_ATTRIBUTIVE = re.compile(r"-(?:member|strong|man|nation)$", re.IGNORECASE)
_VAGUE = re.compile(r"(?:an?\s+)?(?:couple|few|several|handful|dozens|scores|hundreds|thousands|many)(?:\s+of)?",
                    re.IGNORECASE)
_SPLIT_AFTER = re.compile(rf"\s+[a-z-]+\s+and\s+(?:their\s+|some\s+|about\s+)?{_SMALL}\s+[a-z]", re.IGNORECASE)
_SPLIT_BEFORE = re.compile(rf"\b{_SMALL}\s+[a-z-]+\s+and\s+(?:their\s+|some\s+|about\s+)?$", re.IGNORECASE)
# Where the clause holding a number ends: punctuation and subordinating words ("as", "after", "while").
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s(?:as|after|while|when|because|but|and|which|who)\s",
                           re.IGNORECASE)


@cache
def _target_patterns() -> tuple[re.Pattern[str], str]:
    target = datafiles.load(SeriesFile).target
    return re.compile("|".join(f"(?:{p})" for p in target.subject), re.IGNORECASE), target.of_pattern


def lemma(word: str) -> str:
    """A crude English singular: enough to compare head nouns ("residents" -> "resident")."""
    w = word.casefold()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    irregular = {"men": "man", "women": "woman", "children": "child"}
    if w in irregular:
        return irregular[w]
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


def clause_span(sentence: str, raw: str) -> tuple[int, int, int, int]:
    """(clause start, clause end, number start, number end) of ``raw`` in ``sentence``: the words around
    the number up to the nearest clause boundary on each side (the whole sentence when raw is absent)."""
    at = sentence.find(raw) if raw else -1
    if at < 0:
        return 0, len(sentence), 0, 0
    before, after = sentence[:at], sentence[at + len(raw):]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    stop = _CLAUSE_BREAK.search(after)
    return start, at + len(raw) + (stop.start() if stop else len(after)), at, at + len(raw)


def clause(sentence: str, raw: str) -> str:
    """The words around ``raw`` in ``sentence`` up to the nearest clause boundary on each side."""
    c0, c1, _, _ = clause_span(sentence, raw)
    return sentence[c0:c1]


def classify(fig: Mapping[str, Any], mentions: Mentions, overrides: Overrides,
             context: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """(series name, unit, kind id) for one figure, or None when it is no point of any indicator.
    ``context``: the kinds other figures of its document joined (see ``kinds.match``)."""
    subject = str(fig.get("subject") or "")
    sentence = without_datelines(_sentence(fig))  # "BEIRUT, May 2 (Wire) -" names the desk, not the subject
    unit = str(fig["unit"])
    for o in overrides.series:
        if (o.unit is None or o.unit == unit) and any(p.search(subject + "\n" + sentence) for p in o.match):
            return o.name, unit, "override"
    c0, c1, r0, r1 = clause_span(sentence, str(fig.get("raw") or ""))
    if _VAGUE.fullmatch(str(fig.get("raw") or "").strip()):
        return None  # "a couple of strikes", "dozens of families": a word, not a measurement to plot
    if r1 > r0 and (_SPLIT_AFTER.match(sentence, r1) or _SPLIT_BEFORE.search(sentence[:r0])):
        return None  # "15 women and 32 children": each number is part of one batch, neither is its size
    slots = fill_slots(mentions, fig["doc_id"], sentence, (c0, c1), (r0, r1))
    head = subject_head(subject)
    for kind in kinds():
        name = match(kind, unit, head, sentence[c0:c1], sentence, slots, kind.id in context, subject)
        if name:
            return name, kind.unit or unit, kind.id
    return None


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


def _point_key(p: SeriesPoint) -> tuple[str, str, float, str]:
    start, _ = date_bounds(p.as_of)
    return (start.isoformat() if start else "9999", p.as_of or "", p.value, p.figure_id)


def _one_per_report(points: Iterable[SeriesPoint]) -> list[SeriesPoint]:
    """One point per (document, value, as-of): a headline and its body repeating "706 people" are one
    report of one figure, not two."""
    seen: dict[tuple[str, float, str | None], SeriesPoint] = {}
    for p in points:
        seen.setdefault((p.doc_id, p.value, p.as_of), p)
    return list(seen.values())


def build_series(export_obj: Mapping[str, Any], entities: EntityResolution,
                 overrides: Overrides | None = None) -> list[Series]:
    overrides = overrides or Overrides()
    docs = {d["id"]: d for d in export_obj.get("documents", [])}
    figures = list(export_obj.get("figures", []))
    mentions = Mentions(export_obj, entities.surfaces, entities.types, entities.names)
    subject_target, _ = _target_patterns()
    of_targets = _targets_by_of(figures)
    renamed = {old: o.name for o in overrides.series for old in o.merge}

    groups: dict[tuple[str, str], list[SeriesPoint]] = defaultdict(list)
    rule_of: dict[tuple[str, str], str] = {}
    display: dict[tuple[str, str], str] = {}
    found_by_id = {f["id"]: classify(f, mentions, overrides) for f in figures}
    context: dict[str, set[str]] = defaultdict(set)
    for f in figures:
        if (got := found_by_id[f["id"]]) is not None:
            context[f["doc_id"]].add(got[2])
    for f in figures:  # second pass: a document's own indicator stands in for a sentence test
        if found_by_id[f["id"]] is None and context.get(f["doc_id"]):
            found_by_id[f["id"]] = classify(f, mentions, overrides, frozenset(context[f["doc_id"]]))
    for fig in figures:
        found = found_by_id[fig["id"]]
        if found is None:
            continue  # no indicator with a clear subject: it stays a figure of its document
        name, unit, rule = found
        name = renamed.get(name, name)
        doc = docs.get(fig["doc_id"])
        sentence = without_datelines(_sentence(fig))
        as_of, basis = fig.get("as_of"), "figure"
        if not as_of and _ATTRIBUTIVE.search(str(fig.get("raw") or "")) and doc_date(doc):
            # "The 80-member coalition achieved a victory in March": the count describes the coalition as
            # the writer knows it; the sentence's date is the victory's.
            as_of, basis = doc_date(doc), "document"
        if not as_of:
            as_of, basis = figure_as_of(clause(sentence, str(fig.get("raw") or "")), sentence, doc_date(doc))
        is_target = bool(fig.get("is_target")) or fig["id"] in of_targets \
            or bool(subject_target.search(str(fig.get("subject") or "")))
        key = (name.casefold(), unit)
        display.setdefault(key, name)
        rule_of.setdefault(key, rule)
        groups[key].append(SeriesPoint(
            figure_id=fig["id"], doc_id=fig["doc_id"], source=(doc or {}).get("source"), value=float(fig["value"]),
            unit=unit, qualifier=fig.get("qualifier"), as_of=as_of, as_of_basis=basis,
            is_target=is_target, raw=str(fig.get("raw") or ""), subject=str(fig.get("subject") or ""),
            evidence=list(fig.get("evidence", [])),
        ))
    out: list[Series] = []
    for (key_name, unit), points in groups.items():
        name = display[(key_name, unit)]
        achieved = sorted(_one_per_report(p for p in points if not p.is_target), key=_point_key)
        targets = sorted(_one_per_report(p for p in points if p.is_target), key=_point_key)
        out.append(Series(
            id=stable_id("series", key_name, unit), name=name, unit=unit, rule=rule_of[(key_name, unit)],
            points=achieved, targets=targets, target=targets[-1].value if targets else None,
        ))
    out.sort(key=lambda s: (-(len(s.points) + len(s.targets)), s.name.casefold(), s.id))
    return out
