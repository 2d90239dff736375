"""Scoring the picture against its gold (tests/fixtures/picture_gold): which reports are one event, which
names are one entity.

Both golds are clusterings, so both are scored the way coreference and record linkage are: over *pairs*
of gold items that the system also found. A pair is positive in the gold when both items belong to one
gold cluster, positive in the system when both landed in one merged event (one resolved entity).
Precision = shared positive pairs / system positive pairs; recall = shared / gold positive pairs. Entity
clusters are also scored for purity (each system entity's share of its most common gold entity, weighted
by size) and for the one mistake an analyst notices first: a place or camp listed as a person.

Gold reports are found among the system's per-document events by the extraction scorer's matcher (passed
in: sitroom.evaluate sits above this package), one gold report per system event; further system events of
the same document that match only one gold report are the same event mentioned twice, and count too, so
"two mentions of one attack in one article merge" is scored like any other pair.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sitroom.errors import SitroomError
from sitroom.picture.entities import normalise_name, resolve_entities
from sitroom.picture.events import merge_events

Matcher = Callable[[list[dict[str, Any]], list[dict[str, Any]]], list[int | None]]
K = TypeVar("K", bound=Hashable)
PLACE_TYPES = frozenset({"location", "facility", "country", "camp", "place", "gpe"})


@dataclass(frozen=True)
class GoldEvent:
    name: str
    reports: tuple[dict[str, Any], ...]  # doc (file name), type, date, country, place, killed


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    mentions: tuple[tuple[str, tuple[str, ...]], ...]  # (doc file name, forms used there)


@dataclass
class PairScore:
    precision: float | None
    recall: float | None
    shared: int  # pairs together in both
    system: int  # pairs together in the system
    gold: int  # pairs together in the gold
    items: int  # gold items the system found

    def as_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "shared": self.shared, "system": self.system,
                "gold": self.gold, "items": self.items}


_REPORT_KEYS = frozenset({"gold", "doc", "type", "date", "country", "place", "killed"})


def _read_gold(path: str | Path, section: str) -> list[dict[str, Any]]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SitroomError("E510", path=str(path), detail=str(exc)) from exc
    items = data.get(section)
    if not isinstance(items, list) or not items:
        raise SitroomError("E510", path=str(path), detail=f"no [[{section}]] tables")
    return items


def load_event_gold(path: str | Path) -> list[GoldEvent]:
    """[[event]] tables: ``name`` and ``reports``, each report a table with ``doc`` and ``type`` (and
    ``gold``, ``date``, ``country``, ``place``, ``killed`` as the per-document gold gives them)."""
    out: list[GoldEvent] = []
    for i, e in enumerate(_read_gold(path, "event")):
        reports = e.get("reports") if isinstance(e, dict) else None
        if not isinstance(e, dict) or not e.get("name") or not isinstance(reports, list) or not reports:
            raise SitroomError("E510", path=str(path), detail=f"event {i + 1} needs a name and reports")
        for r in reports:
            if not isinstance(r, dict) or not r.get("doc") or not r.get("type") or set(r) - _REPORT_KEYS:
                raise SitroomError("E510", path=str(path), detail=f"event {e['name']!r}: bad report {r!r}")
        out.append(GoldEvent(str(e["name"]), tuple(reports)))
    return out


def load_entity_gold(path: str | Path) -> list[GoldEntity]:
    """[[entity]] tables: ``name``, ``type`` and ``mentions``, each a table of ``doc`` and ``forms``."""
    out: list[GoldEntity] = []
    for i, e in enumerate(_read_gold(path, "entity")):
        try:
            mentions = tuple((str(m["doc"]), tuple(str(f) for f in m["forms"])) for m in e["mentions"])
            out.append(GoldEntity(str(e["name"]), str(e["type"]), mentions))
        except (KeyError, TypeError) as exc:
            raise SitroomError("E510", path=str(path), detail=f"entity {i + 1}: missing {exc}") from exc
    return out


def _pairs(sizes: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def pairwise(gold: Mapping[K, Hashable], system: Mapping[K, Hashable]) -> PairScore:
    """Pairwise precision/recall of the clustering ``system`` (item -> cluster) against ``gold``, over the
    items both label."""
    items = [i for i in gold if i in system]
    g = _pairs(Counter(gold[i] for i in items))
    s = _pairs(Counter(system[i] for i in items))
    both = _pairs(Counter((gold[i], system[i]) for i in items))
    return PairScore(precision=both / s if s else None, recall=both / g if g else None,
                     shared=both, system=s, gold=g, items=len(items))


def purity(gold: Mapping[K, Hashable], system: Mapping[K, Hashable]) -> float | None:
    """Size-weighted share of each system cluster taken by its most common gold cluster."""
    members: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for item, label in gold.items():
        if item in system:
            members[system[item]][label] += 1
    total = sum(sum(c.values()) for c in members.values())
    return sum(max(c.values()) for c in members.values()) / total if total else None


def _doc_names(export_obj: Mapping[str, Any]) -> dict[str, str]:
    """Document id -> the file name gold refers to it by (``x.jsonl#2`` for a line of a JSONL file)."""
    return {d["id"]: Path(str(d.get("source_path") or "")).name for d in export_obj.get("documents", [])}


def _same_place(gold: Mapping[str, Any], rec: Mapping[str, Any]) -> bool:
    """The report names the gold place, or no place (a word of one name in the other), and gives the gold
    toll or none."""
    if gold.get("killed") is not None and rec.get("killed") is not None and gold["killed"] != rec["killed"]:
        return False  # another toll of the page is another event of it
    if not gold.get("place") or not rec.get("place"):
        return True
    return bool(set(normalise_name(str(gold["place"])).split()) & set(normalise_name(str(rec["place"])).split()))


def gold_labels_for_events(gold: Sequence[GoldEvent], export_obj: Mapping[str, Any],
                           match: Matcher) -> dict[str, int]:
    """System event id -> index of the gold event it reports."""
    names = _doc_names(export_obj)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in export_obj.get("events", []):
        by_doc[names.get(rec.get("doc_id") or "", "")].append(rec)
    wanted: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for gi, event in enumerate(gold):
        for report in event.reports:
            wanted[str(report["doc"])].append((gi, report))
    labels: dict[str, int] = {}
    for doc, reports in wanted.items():
        emitted = by_doc.get(doc, [])
        primary = match([r for _, r in reports], emitted)
        taken = {i for i in primary if i is not None}
        for (gi, _), i in zip(reports, primary, strict=True):
            if i is not None:
                labels[emitted[i]["id"]] = gi
        for i, rec in enumerate(emitted):
            if i in taken:
                continue
            # Another mention of one gold event of the page: it must match that event and no other, and
            # name no other place (a second attack "in Tal Afar" is not the Baghdad bombing told twice).
            fits = {gi for gi, r in reports if match([r], [rec])[0] is not None and _same_place(r, rec)}
            if len(fits) == 1:
                labels[rec["id"]] = next(iter(fits))
    return labels


def score_merges(gold: Sequence[GoldEvent], export_obj: Mapping[str, Any], match: Matcher) -> PairScore:
    """Pairwise merge precision/recall of the picture built from ``export_obj`` (a picture input)."""
    entities = resolve_entities(export_obj)
    merged = merge_events(export_obj, entities.resolve, entities.names)
    system = {s.event_id: m.id for m in merged for s in m.sources}
    return pairwise(gold_labels_for_events(gold, export_obj, match), system)


@dataclass
class EntityScore:
    pairs: PairScore
    purity: float | None
    places_as_persons: list[str]  # "doc: form" of gold places/camps the picture calls a person
    places: int  # gold place/camp mentions found
    split: list[str]  # gold entities spread over two or more of the picture's entities
    glued: int  # picture entities holding mentions of two or more gold entities

    def as_dict(self) -> dict[str, Any]:
        return {**self.pairs.as_dict(), "purity": self.purity, "places_as_persons": self.places_as_persons,
                "places": self.places, "split": self.split, "glued": self.glued}


def score_entities(gold: Sequence[GoldEntity], export_obj: Mapping[str, Any]) -> EntityScore:
    """Entity merge precision/recall and purity of the picture's entities built from ``export_obj``.

    A gold mention is every per-document entity record of its page named by one of its forms (canonical
    or a mention), so a page whose camp was split into a "person" and a "facility" counts both."""
    resolution = resolve_entities(export_obj)
    names = _doc_names(export_obj)
    records: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ent in export_obj.get("entities", []):
        if ent.get("doc_id"):
            records[names.get(ent["doc_id"], "")].append(ent)
    gold_of: dict[tuple[str, str], int] = {}
    best: dict[tuple[str, str], int] = {}
    is_place: dict[tuple[str, str], str] = {}
    for gi, ent in enumerate(gold):
        for doc, forms in ent.mentions:
            wanted = {normalise_name(f) for f in forms}
            for rec in records.get(doc, []):
                said = {normalise_name(rec["canonical"])} | {normalise_name(m["text"]) for m in rec["mentions"]}
                overlap = len(wanted & said)
                key = (rec["doc_id"], rec["id"])
                if overlap and overlap > best.get(key, 0):
                    best[key], gold_of[key] = overlap, gi
                    if ent.type in PLACE_TYPES:
                        is_place[key] = f"{doc}: {rec['canonical']}"
                    else:
                        is_place.pop(key, None)
    system = {key: resolution.resolve(*key) for key in gold_of}
    wrong = sorted(label for key, label in is_place.items()
                   if resolution.types.get(system[key] or "") == "person")
    # Pairs are dominated by the entity every page names (the Islamic State): these count entities.
    spread: dict[int, set[str | None]] = defaultdict(set)
    held: dict[str | None, set[int]] = defaultdict(set)
    for key, gi in gold_of.items():
        spread[gi].add(system[key])
        held[system[key]].add(gi)
    return EntityScore(pairs=pairwise(gold_of, system), purity=purity(gold_of, system),
                       places_as_persons=wrong, places=len(is_place),
                       split=sorted(gold[gi].name for gi, s in spread.items() if len(s) > 1),
                       glued=sum(len(g) > 1 for g in held.values()))


# --------------------------------------------------------------------------- series


@dataclass(frozen=True)
class GoldSeries:
    name: str
    kind: str
    unit: str
    points: tuple[tuple[str, float, str | None], ...]  # (doc file name, value, as_of the text supports)


def load_series_gold(path: str | Path) -> list[GoldSeries]:
    """[[series]] tables: ``name``, ``kind``, ``unit`` and ``points``, each a table of ``doc``, ``value`` and
    (optionally) ``as_of``."""
    out: list[GoldSeries] = []
    for i, s in enumerate(_read_gold(path, "series")):
        try:
            points = tuple((str(p["doc"]), float(p["value"]), str(p["as_of"]) if p.get("as_of") else None)
                           for p in s["points"])
            out.append(GoldSeries(str(s["name"]), str(s["kind"]), str(s["unit"]), points))
        except (KeyError, TypeError, ValueError) as exc:
            raise SitroomError("E510", path=str(path), detail=f"series {i + 1}: missing or bad {exc}") from exc
        if not points:
            raise SitroomError("E510", path=str(path), detail=f"series {s['name']!r} has no points")
    return out


@dataclass
class SeriesScore:
    precision: float | None  # share of the picture's series an analyst keeps (its points are a gold series')
    point_recall: float | None  # gold points found in the picture series kept for their gold series
    point_precision: float | None  # points of the picture's series that are points of its gold series
    as_of: float | None  # of the gold points found, the share whose as_of agrees with the gold's
    series: int  # series the picture built
    kept: int
    noise: list[str]  # "name (unit)" of the series no analyst keeps
    missed: list[str]  # "series: doc value" of the gold points not found

    def as_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "point_recall": self.point_recall,
                "point_precision": self.point_precision, "as_of": self.as_of, "series": self.series,
                "kept": self.kept, "noise": self.noise, "missed": self.missed}


def _as_of_agrees(gold: str | None, system: str | None) -> bool:
    """The picture's as_of says what the text supports: the gold's date at the gold's precision (a point
    dated to the day of the page when the text gives only its month does not agree: it overstates)."""
    if gold is None:
        return True
    return system is not None and system == gold


def score_series(gold: Sequence[GoldSeries], export_obj: Mapping[str, Any]) -> SeriesScore:
    """Series precision and point recall of the picture built from ``export_obj`` (a picture input).

    A picture series is *kept* when most of its points are points of one gold series of its unit; it is
    then that gold series' (two picture series may share one). A series whose points are no gold series'
    is noise: a series no analyst would keep."""
    from sitroom.picture.series import build_series  # series.py reads entities.py as this module does

    names = _doc_names(export_obj)
    where: dict[tuple[str, float, str], int] = {}
    for gi, g in enumerate(gold):
        for doc, value, _ in g.points:
            where[(doc, value, g.unit)] = gi
    built = build_series(export_obj, resolve_entities(export_obj))
    kept = 0
    right = 0
    total = 0
    noise: list[str] = []
    found: dict[tuple[int, str, float], str | None] = {}
    for s in built:
        keys = [(names.get(p.doc_id, p.doc_id), float(p.value), s.unit) for p in s.points]
        votes = Counter(where[k] for k in keys if k in where)
        total += len(keys)
        if not votes or 2 * votes.most_common(1)[0][1] < len(keys):
            noise.append(f"{s.name} ({s.unit})")
            continue
        gi = votes.most_common(1)[0][0]
        kept += 1
        right += votes[gi]
        for p, k in zip(s.points, keys, strict=True):
            if where.get(k) == gi:
                found.setdefault((gi, k[0], k[1]), p.as_of)
    wanted = [(gi, doc, value, as_of) for gi, g in enumerate(gold) for doc, value, as_of in g.points]
    hits = [(gi, doc, value, as_of) for gi, doc, value, as_of in wanted if (gi, doc, value) in found]
    agree = sum(_as_of_agrees(as_of, found[(gi, doc, value)]) for gi, doc, value, as_of in hits)
    missed = [f"{gold[gi].name}: {doc} {value:g}" for gi, doc, value, _ in wanted if (gi, doc, value) not in found]
    return SeriesScore(
        precision=kept / len(built) if built else None,
        point_recall=len(hits) / len(wanted) if wanted else None,
        point_precision=right / total if total else None,
        as_of=agree / len(hits) if hits else None,
        series=len(built), kept=kept, noise=noise, missed=missed,
    )
