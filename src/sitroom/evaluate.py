"""Score a ``sitroom/1`` export against gold annotations (one JSON file per article, GOLD_SCHEMA format).

Users measure sitroom on their own annotated articles with ``sitroom eval GOLD_DIR PATHS``; CI pins the
dev-set floors with the same function. Matching rules:

- events: same type and country, date compatible at month level; then date/actor/killed/wounded/claimed
  are scored on the matched pairs; precision is matched / emitted;
- figures: value within 0.5 %, same unit, every keyword regex found in subject or evidence (recall only);
- quotes: the gold opening words occur in the quote text; speaker agrees by name tokens;
- entities: all gold surface forms resolve to exactly one entity, whose canonical name is the gold one;
- places: a place within 50 km in the same country is mentioned in the document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitroom.geo import haversine_km

METRICS = (
    "events.recall", "events.precision", "events.date", "events.killed", "events.wounded", "events.actor",
    "events.claimed", "figures.recall", "quotes.recall", "quotes.precision", "quotes.speaker",
    "entities.merged", "entities.canonical", "places.recall", "published",
)
UNIT_ALIASES = {
    "$": "USD", "dollar": "USD", "dollars": "USD", "person": "people", "persons": "people", "troop": "troops",
    "soldiers": "troops", "strike": "strikes", "airstrikes": "strikes", "member": "members", "kilometers": "km",
    "kilometres": "km", "%": "percent", "pct": "percent", "country": "countries",
}
PLACE_RADIUS_KM = 50.0
QUOTE_MARKS = str.maketrans("’‘“”", "''\"\"")


# A parent organisation's bare name does not stand for one of its named branches.
PARENT_NAMES = frozenset({"islamic state"})
_DOTTED = re.compile(r"\b(\w)\.(?=\w\b)")  # "U.S." == "US"


def normalise(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).lower()
    s = _DOTTED.sub(r"\1", s.translate(QUOTE_MARKS))
    return re.sub(r"\s+", " ", re.sub(r"[^\w$%' ]+", " ", s)).strip()


def name_key(text: object) -> str:
    """A name without accents or one-letter initials: "Ian J. McCary" == "Ian McCary"."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", str(text or "")) if not unicodedata.combining(c))
    return " ".join(w for w in normalise(folded).split() if len(w) > 1)


def names_agree(gold: str, pred: str) -> bool:
    """Gold tokens all in pred, or pred (2+ tokens) all in gold; a parent never stands for a branch."""
    g, p = set(name_key(gold).split()), set(name_key(pred).split())
    if not g or not p:
        return normalise(gold) == normalise(pred) != ""
    if name_key(pred) in PARENT_NAMES and g != p:
        return False
    return g <= p or (p <= g and len(p) >= 2) or name_key(gold) == name_key(pred)


def dates_agree(gold: str, pred: str | None) -> bool:
    return bool(pred) and str(pred)[: len(gold)] == gold


@dataclass
class EvalResult:
    metrics: dict[str, float | None]
    misses: list[str] = field(default_factory=list)
    # "events.killed" etc. over ALL gold events that have the attribute (a missed event counts as wrong),
    # not only over matched ones as score.py rates them: a gate on these does not fall when a change
    # finds more events, only when attributes are lost
    found: dict[str, float | None] = field(default_factory=dict)


class _Tally:
    def __init__(self) -> None:
        self.hit: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)

    def add(self, key: str, hit: bool | int, total: int = 1) -> None:
        self.hit[key] += int(hit)
        self.total[key] += total

    def rate(self, key: str) -> float | None:
        return self.hit[key] / self.total[key] if self.total[key] else None


def _evidence_text(record: dict[str, Any]) -> str:
    return " ".join(str(e.get("text", "")) for e in record.get("evidence") or [])


def match_events(gold_events: list[dict], emitted: list[dict]) -> list[int | None]:
    """For each gold event, the index of the emitted event it matches (greedy, in gold order), or None:
    same type and country, dates agreeing at month level, best on day, place and toll."""
    used: set[int] = set()
    matches: list[int | None] = []
    for g in gold_events:
        best: tuple[int, int] | None = None
        for i, e in enumerate(emitted):
            if i in used or e.get("type") != g["type"]:
                continue
            if g.get("country") and (e.get("country") or "").upper() != g["country"]:
                continue
            if g.get("date") and e.get("date") and not dates_agree(g["date"][:7], e["date"]):
                continue
            score = (dates_agree(g.get("date") or "x", e.get("date"))
                     + bool(g.get("place") and names_agree(g["place"], e.get("place") or ""))
                     + (g.get("killed") is not None and e.get("killed") == g["killed"]))
            if best is None or score > best[0]:
                best = (score, i)
        matches.append(None if best is None else best[1])
        if best is not None:
            used.add(best[1])
    return matches


EVENT_ATTRIBUTES = ("events.date", "events.killed", "events.wounded", "events.actor", "events.claimed")


def _score_found(g: dict, e: dict | None, t: _Tally) -> None:
    """Each attribute of a gold event, right or not, whether or not the event was found ("found." keys)."""
    e = e or {}
    if g.get("date"):
        t.add("found.events.date", bool(e) and dates_agree(g["date"], e.get("date")))
    for k in ("killed", "wounded"):
        if g.get(k) is not None:
            t.add(f"found.events.{k}", bool(e) and e.get(k) == g[k])
    if g.get("actor"):
        t.add("found.events.actor", bool(e) and names_agree(g["actor"], e.get("actor") or ""))
    if g["type"] == "attack":
        t.add("found.events.claimed", bool(e) and bool(e.get("claimed")) == bool(g.get("claimed")))


def _event_line(e: dict) -> str:
    return (f"{e.get('type')} {e.get('date')} {e.get('country')} {e.get('place')} actor={e.get('actor')} "
            f"killed={e.get('killed')} wounded={e.get('wounded')} claimed={e.get('claimed')}")


def event_pairs(gold: dict, emitted: list[dict]) -> list[str]:
    """A gold file's events against the events emitted for its page, for reading misses: ``MISS`` a gold event
    not found, ``FP`` an emitted event that matches none (with its sentence), ``DIFF`` a matched event's wrong
    attributes (gold value first)."""
    matches = match_events(gold["events"], emitted)
    lines: list[str] = []
    for g, found in zip(gold["events"], matches, strict=True):
        if found is None:
            lines.append(f"MISS {_event_line(g)}")
            continue
        e = emitted[found]
        wrong = []
        if g.get("date") and not dates_agree(g["date"], e.get("date")):
            wrong.append(f"date {g['date']}/{e.get('date')}")
        wrong += [f"{k} {g[k]}/{e.get(k)}" for k in ("killed", "wounded") if g.get(k) is not None and e.get(k) != g[k]]
        if g.get("actor") and not names_agree(g["actor"], e.get("actor") or ""):
            wrong.append(f"actor {g['actor']}/{e.get('actor')}")
        if g["type"] == "attack" and bool(e.get("claimed")) != bool(g.get("claimed")):
            wrong.append(f"claimed {g.get('claimed')}/{e.get('claimed')}")
        if wrong:
            lines.append(f"DIFF {'; '.join(wrong)} :: {_event_line(e)}")
    used = {i for i in matches if i is not None}
    for i, e in enumerate(emitted):
        if i not in used:
            lines.append(f"FP   {_event_line(e)} | {_evidence_text(e)[:160]!r}")
    return lines


def _score_events(gold: dict, pred: dict, t: _Tally, misses: list[str]) -> None:
    name, emitted = gold["doc"], pred["events"]
    matches = match_events(gold["events"], emitted)
    used = {i for i in matches if i is not None}
    for g, found in zip(gold["events"], matches, strict=True):
        t.add("events.recall", found is not None)
        _score_found(g, None if found is None else emitted[found], t)
        if found is None:
            misses.append(f"{name}: missed event {g['type']} {g.get('date')} {g.get('country')} {g.get('place')}")
            continue
        e = emitted[found]
        if g.get("date"):
            t.add("events.date", dates_agree(g["date"], e.get("date")))
        for k in ("killed", "wounded"):
            if g.get(k) is not None:
                t.add(f"events.{k}", e.get(k) == g[k])
        if g.get("actor"):
            t.add("events.actor", names_agree(g["actor"], e.get("actor") or ""))
        if g["type"] == "attack":
            t.add("events.claimed", bool(e.get("claimed")) == bool(g.get("claimed")))
    t.add("events.precision", len(used), len(emitted))


def _score_figures(gold: dict, pred: dict, t: _Tally, misses: list[str]) -> None:
    for g in gold["figures"]:
        hit = False
        for f in pred["figures"]:
            try:
                value = float(f.get("value"))
            except (TypeError, ValueError):
                continue
            u = str(f.get("unit") or "")
            if abs(value - g["value"]) > 0.005 * abs(g["value"]) or UNIT_ALIASES.get(u.lower(), u) != g["unit"]:
                continue
            text = f"{f.get('subject', '')} {_evidence_text(f)}"
            if all(re.search(k, text, re.I) for k in g["keywords"]):
                hit = True
                break
        t.add("figures.recall", hit)
        if not hit:
            misses.append(f"{gold['doc']}: missed figure {g['value']} {g['unit']} {g['keywords']}")


def _score_quotes(gold: dict, pred: dict, t: _Tally, misses: list[str]) -> None:
    matched = 0
    for g in gold["quotes"]:
        start = normalise(g["starts"])
        q = next((q for q in pred["quotes"] if start and start in normalise(q.get("text"))), None)
        t.add("quotes.recall", q is not None)
        if q is None:
            misses.append(f"{gold['doc']}: missed quote {g['starts'][:40]!r}")
            continue
        matched += 1
        ok = names_agree(g["speaker"], q.get("speaker") or "")
        t.add("quotes.speaker", ok)
        if not ok:
            misses.append(f"{gold['doc']}: quote {g['starts'][:30]!r} speaker {g['speaker']} != {q.get('speaker')}")
    direct = [q for q in pred["quotes"] if q.get("direct", True)]
    if gold["quotes"]:
        t.add("quotes.precision", min(matched, len(direct)), len(direct))


def _score_entities(gold: dict, pred: dict, t: _Tally, misses: list[str]) -> None:
    doc_ids = {d["id"] for d in pred["documents"]}
    for g in gold["entities"]:
        owners = {
            ent["id"] for m in g["mentions"] for ent in pred["entities"]
            if any(normalise(x.get("text")) == normalise(m) and x.get("doc_id") in doc_ids
                   for x in ent.get("mentions", []))
        }
        found = [e for e in pred["entities"] if e["id"] in owners]
        merged = len(owners) == 1
        canonical = merged and name_key(found[0].get("canonical")) == name_key(g["canonical"])
        t.add("entities.merged", merged)
        t.add("entities.canonical", canonical)
        if not canonical:
            misses.append(f"{gold['doc']}: entity {g['canonical']} -> {[e.get('canonical') for e in found]}")


def _score_places(gold: dict, pred: dict, t: _Tally, misses: list[str]) -> None:
    doc_ids = {d["id"] for d in pred["documents"]}
    for g in gold["places"]:
        hit = any(
            (p.get("country") or "").upper() == g["country"] and p.get("lat") is not None
            and p.get("lon") is not None
            and haversine_km(g["lat"], g["lon"], p["lat"], p["lon"]) <= PLACE_RADIUS_KM
            and any(m.get("doc_id") in doc_ids for m in p.get("mentions", []))
            for p in pred["places"]
        )
        t.add("places.recall", hit)
        if not hit:
            misses.append(f"{gold['doc']}: missed place {g['name']} {g['country']}")


def records_by_file(export: dict) -> dict[str, dict[str, list]]:
    """Each source file's records. Entities and places are shared by documents: a file gets those with a
    mention in its documents, with only those mentions (all scoring looks at): handing every file the whole
    export's entities made scoring quadratic in the corpus (minutes for a few hundred pages)."""
    groups: dict[str, dict[str, list]] = defaultdict(
        lambda: {"documents": [], "events": [], "figures": [], "quotes": [], "entities": [], "places": []}
    )
    file_of: dict[str, str] = {}
    for d in export.get("documents", []):
        base = Path(str(d.get("source_path", ""))).name
        file_of[d["id"]] = base
        groups[base]["documents"].append(d)
    for kind in ("events", "figures", "quotes"):
        for r in export.get(kind, []):
            if r.get("doc_id") in file_of:
                groups[file_of[r["doc_id"]]][kind].append(r)
    for kind in ("entities", "places"):
        for r in export.get(kind, []):
            by_file: dict[str, list] = defaultdict(list)
            for m in r.get("mentions", []):
                if m.get("doc_id") in file_of:
                    by_file[file_of[m["doc_id"]]].append(m)
            for base, mentions in by_file.items():
                groups[base][kind].append({**r, "mentions": mentions})
    return groups


def evaluate(gold_dir: Path, export: dict, only: Iterable[str] | None = None) -> EvalResult:
    """Score ``export`` (a sitroom/1 object) against every ``*.json`` gold file in ``gold_dir``
    (or those whose stem is in ``only``: one part of a split corpus)."""
    wanted = None if only is None else set(only)
    t, misses = _Tally(), []
    groups = records_by_file(export)
    empty: dict[str, list] = {"documents": [], "events": [], "figures": [], "quotes": [], "entities": [],
                              "places": []}
    for path in sorted(Path(gold_dir).glob("*.json")):
        if wanted is not None and path.stem not in wanted:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = groups.get(gold["doc"], empty)
        if gold.get("published"):
            got = [d.get("published") for d in pred["documents"]]
            ok = any(dates_agree(gold["published"], p) for p in got)
            t.add("published", ok)
            if not ok:
                misses.append(f"{gold['doc']}: published {gold['published']} not in {got}")
        _score_events(gold, pred, t, misses)
        _score_figures(gold, pred, t, misses)
        _score_quotes(gold, pred, t, misses)
        _score_entities(gold, pred, t, misses)
        _score_places(gold, pred, t, misses)
    found = {m: t.rate(f"found.{m}") for m in EVENT_ATTRIBUTES}
    return EvalResult(metrics={m: t.rate(m) for m in METRICS}, misses=misses, found=found)
