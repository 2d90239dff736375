"""Event merging: reports of the same event across documents become one merged event.

Two per-document events are reports of one event when all of these hold (thresholds in data/merge.toml):

* **type** is the same;
* **modality** is compatible: asserted and planned reports merge (a meeting announced, then held); denied
  and hypothetical reports only merge with their own kind;
* **dates** are compatible: each report's date covers a span (a day, a month, a year); the spans overlap
  once widened by the type's ``day_tolerance``. So "January 2021" agrees with any day of January, and two
  day-precision dates may differ by a day for attacks. Reports coarser than the type's ``coarsest``
  precision never merge; an undated report joins a dated group only when it names the same specific
  place, its actor agrees and the group's date fits its document's date (``attach_undated``);
* **places** are the same or nested: the same place id; two points within ``max_km``; one report gives
  only the country (or a province whose admin1 holds the other's place, or, when the two codes are of two
  systems or the town has none, whose centre lies within ``province_km`` of it) and the country agrees; or, for
  types with ``unknown_place``, one report names no place at all;
* **actors** are the same resolved entity, or one report names none;
* **one document, two events**: two reports from one article stay apart when they give two different
  exact days, or two different tolls with no word of a revision ("the toll rose to 19, up from 14"): an
  article that tells of a second attack on Sunday after one on Saturday is telling of two attacks.

Reports too vague to cluster (no date, or a date coarser than the type's ``coarsest``) are attached
afterwards, each only to the one cluster it can mean (``attach_undated``): at its own specific place, or,
when it names only the country, the one cluster in that country shortly before its document.

Clustering is complete-linkage (a report joins a group only if compatible with every member), so a chain
of near-misses never glues distinct events together. Reports are taken most specific first (day before
month, town before country) so coarse reports join the best-specified event. Two reports from one document
may merge: like ACLED's event unit (one day, one place, one actor), repeated mentions are one event.

Conflicting values are never overwritten: every member stays attached as an ``EventSource`` and killed /
wounded are summarised UCDP-style in ``ValueSummary`` (low/best/high with each source's value).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlparse

from sitroom import data as datafiles
from sitroom.data.schemas import MergeFile
from sitroom.geo import haversine_km
from sitroom.models import stable_id
from sitroom.picture.common import (
    DATE_RANK,
    GEO_PRECISION,
    GEO_RANK,
    TIME_PRECISION,
    date_bounds,
    lower_median,
    precision_of,
)
from sitroom.picture.model import EventSource, MergedEvent, SourceValue, ValueSummary

Resolver = Callable[[str | None, str | None], str | None]


@dataclass(frozen=True)
class TypeRule:
    day_tolerance: int
    coarsest: str
    max_km: float
    unknown_place: bool
    undated_window_days: int = 31
    document_km: float = 0.0
    headcount: bool = False
    province_km: float = 0.0


@cache
def type_rule(event_type: str) -> TypeRule:
    data = datafiles.load(MergeFile)
    own = data.types.get(event_type)
    merged = data.defaults.model_copy(update=own.model_dump(exclude_unset=True) if own else {})
    return TypeRule(
        merged.day_tolerance, merged.coarsest, merged.max_km, merged.unknown_place, merged.undated_window_days,
        merged.document_km, merged.headcount, merged.province_km,
    )


@cache
def _revision_pattern() -> re.Pattern[str] | None:
    tolls = datafiles.load(MergeFile).tolls
    words = tolls.revision if tolls is not None else []
    return re.compile("|".join(words), re.IGNORECASE) if words else None


def _revises_toll(rec: Mapping[str, Any]) -> bool:
    """Whether a report's evidence speaks of a toll being revised ("rose to", "up from")."""
    pattern = _revision_pattern()
    return pattern is not None and any(pattern.search(str(e.get("text", ""))) for e in rec.get("evidence") or [])


@cache
def _official_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    official = datafiles.load(MergeFile).official
    return (re.compile("|".join(official.sources), re.IGNORECASE),
            re.compile("|".join(official.url_hosts), re.IGNORECASE))


def is_official(doc: Mapping[str, Any] | None) -> bool:
    """Whether a document comes from an official publisher (by outlet name or URL host)."""
    if not doc:
        return False
    by_source, by_host = _official_patterns()
    if doc.get("source") and by_source.search(str(doc["source"])):
        return True
    host = urlparse(str(doc.get("url") or "")).hostname or ""
    return bool(host and by_host.search(host))


@dataclass
class _Report:
    rec: dict[str, Any]
    order: int  # position in the export (document order, then offset)
    start: date | None
    end: date | None
    precision: str | None
    modality_class: str
    country: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    geo: str | None  # point | district | province | country | None
    admin1: str | None
    place_name: str | None
    actor: str | None
    kb_id: str | None = None  # the actor's knowledge-base id ("iskp")
    lineage: frozenset[str] = frozenset()  # it and its parents ("iskp", "islamic_state")
    revises: bool = False  # its evidence revises a toll ("the toll rose to 19")
    headcount: int | None = None  # the people its sentence counts ("sending home 800 Syrians"), for types that count


def actors_compatible(a: _Report, b: _Report) -> bool:
    """Same actor, one report names none, or one is a branch of the other: "Islamic State" and "ISIS-K"
    credited with Crocus City Hall are one attack. Two different branches stay apart."""
    if a.actor is None or b.actor is None or a.actor == b.actor:
        return True
    return (a.kb_id is not None and a.kb_id in b.lineage) or (b.kb_id is not None and b.kb_id in a.lineage)


@cache
def _kb(name: str | None) -> tuple[str | None, frozenset[str]]:
    """The knowledge-base id of the actor called ``name`` and the set of it and its ancestors."""
    if not name:
        return None, frozenset()
    from sitroom.resolve.actor_kb import load_actor_kb  # the KB loader pulls in spaCy: only load it when merging

    kb = load_actor_kb()
    actor = kb.lookup(name)
    if actor is None:
        return None, frozenset()
    return actor.id, frozenset((actor.id, *kb.ancestors(actor.id)))


def _modality_class(modality: str | None) -> str:
    return "real" if modality in (None, "asserted", "planned") else str(modality)


def headcounts(export_obj: Mapping[str, Any]) -> dict[str, int]:
    """Event id -> the people its first evidence sentence counts, when that sentence holds exactly one
    figure in people ("handed over five Norwegian orphans" -> 5); only for types whose rule has ``headcount``.
    A figure belongs to the sentence its evidence quotes (same document, same sentence text)."""
    counts: dict[tuple[str, str], set[int]] = defaultdict(set)
    for f in export_obj.get("figures", []):
        if f.get("unit") != "people" or f.get("value") is None or f.get("is_target"):
            continue
        for ev in f.get("evidence") or []:
            counts[(str(f["doc_id"]), str(ev.get("text", "")))].add(int(f["value"]))
    out: dict[str, int] = {}
    for rec in export_obj.get("events", []):
        evidence = rec.get("evidence") or []
        if not evidence or not type_rule(rec["type"]).headcount:
            continue
        inside = counts.get((str(rec["doc_id"]), str(evidence[0].get("text", ""))), set())
        if len(inside) == 1:
            out[rec["id"]] = next(iter(inside))
    return out


def _report(rec: dict[str, Any], order: int, places: Mapping[str, Mapping[str, Any]], resolve: Resolver,
            names: Mapping[str, str], headcount: int | None = None) -> _Report:
    start, end = date_bounds(rec.get("date"))
    precision = rec.get("date_precision") or precision_of(rec.get("date"))
    place = places.get(rec.get("place_id") or "") or {}
    geo = rec.get("geo_precision") or place.get("precision")
    if geo is None and (rec.get("place") or rec.get("place_id")):
        geo = "point"
    if geo is None and rec.get("country"):
        geo = "country"
    actor = resolve(rec.get("doc_id"), rec.get("actor_id")) if rec.get("actor_id") else None
    if actor is None and rec.get("actor"):
        actor = "name:" + str(rec["actor"]).casefold()
    kb_id, lineage = _kb(names.get(actor or "") or rec.get("actor"))
    return _Report(
        rec=rec, order=order, start=start, end=end, precision=precision if start else None,
        modality_class=_modality_class(rec.get("modality")), country=rec.get("country") or place.get("country"),
        place_id=rec.get("place_id"), lat=rec.get("lat"), lon=rec.get("lon"), geo=geo,
        admin1=place.get("admin1"), place_name=rec.get("place") or place.get("name"), actor=actor,
        kb_id=kb_id, lineage=lineage, revises=_revises_toll(rec), headcount=headcount,
    )


def dates_compatible(a: _Report, b: _Report, rule: TypeRule) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    if DATE_RANK[a.precision] > DATE_RANK[rule.coarsest] or DATE_RANK[b.precision] > DATE_RANK[rule.coarsest]:
        return False
    # Tolerance only bridges two exact days; a month already covers its days.
    tol = timedelta(days=rule.day_tolerance if a.precision == b.precision == "day" else 0)
    return a.start - tol <= b.end and b.start - tol <= a.end


_ADMIN_WORDS = re.compile(r"\s+(?:governorate|province|region|district|muhafazat|wilayah|state)$", re.IGNORECASE)


def _stem(name: str | None) -> str:
    """A province name without its administrative word: "Kirkuk Governorate" -> "kirkuk"."""
    return _ADMIN_WORDS.sub("", (name or "").strip()).casefold()


def _iso_code(admin1: str) -> bool:
    """An ISO 3166-2 code ("SY-DY"), not GeoNames' own ("SY.07"): only two codes of one system can be compared."""
    return "." not in admin1


def _nested(coarse: _Report, fine: _Report, rule: TypeRule | None = None) -> bool:
    """Whether ``coarse`` (a country or province) contains ``fine``."""
    if coarse.geo == "country":
        return coarse.country is not None and coarse.country == fine.country
    if coarse.geo == "province" and coarse.country == fine.country and GEO_RANK[fine.geo] < GEO_RANK["province"]:
        if fine.admin1 and coarse.admin1 and (_iso_code(fine.admin1) == _iso_code(coarse.admin1)):
            return fine.admin1.casefold() == coarse.admin1.casefold()
        # No admin1 on the town: a province named after its capital contains the capital.
        if fine.place_name and _stem(fine.place_name) == _stem(coarse.place_name):
            return True
        # Codes of two systems, or none on the town: "an attack on a checkpoint in Deir ez-Zor province" and "the
        # ambush near al-Busayrah" (GeoNames' "SY.07") are one place when the town lies near the province's centre
        return _near_centre(coarse, fine, rule.province_km if rule is not None else 0.0)
    return False


def _near_centre(province: _Report, town: _Report, reach: float) -> bool:
    if reach <= 0 or None in (province.lat, province.lon, town.lat, town.lon):
        return False
    return haversine_km(province.lat, province.lon, town.lat, town.lon) <= reach  # type: ignore[arg-type]


def places_compatible(a: _Report, b: _Report, rule: TypeRule) -> bool:
    if a.geo is None or b.geo is None:
        return rule.unknown_place or (a.geo is None and b.geo is None)
    if a.country and b.country and a.country != b.country:
        return False
    if a.place_id and a.place_id == b.place_id:
        return True
    if GEO_RANK[a.geo] <= GEO_RANK["district"] and GEO_RANK[b.geo] <= GEO_RANK["district"] \
            and None not in (a.lat, a.lon, b.lat, b.lon):
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= rule.max_km  # type: ignore[arg-type]
    if a.place_id is None and b.place_id is None and a.place_name and b.place_name:
        return a.place_name.casefold() == b.place_name.casefold()
    return _nested(a, b, rule) or _nested(b, a, rule)


def one_document_two_events(a: _Report, b: _Report) -> bool:
    """Two reports of one document that the document itself tells apart: two different exact days, or two
    different tolls (or, for types that count people, headcounts) when neither speaks of a revision."""
    if a.rec.get("doc_id") != b.rec.get("doc_id"):
        return False
    if a.precision == b.precision == "day" and a.start != b.start:
        return True
    if a.revises or b.revises:
        return False
    ka, kb = a.rec.get("killed"), b.rec.get("killed")
    if ka is not None and kb is not None and ka != kb:
        return True
    return a.headcount is not None and b.headcount is not None and a.headcount != b.headcount


def _one_document_one_day_near(a: _Report, b: _Report, rule: TypeRule) -> bool:
    """Two reports of one document on the same exact day within the type's ``document_km``: the article
    names the district in one sentence and the town in the next (their tolls, if both are given, agree, or
    ``one_document_two_events`` has kept them apart)."""
    if a.rec.get("doc_id") != b.rec.get("doc_id") or not (a.precision == b.precision == "day") \
            or a.start != b.start or a.country != b.country:
        return False
    if None in (a.lat, a.lon, b.lat, b.lon) or GEO_RANK[a.geo] > GEO_RANK["district"] \
            or GEO_RANK[b.geo] > GEO_RANK["district"]:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= rule.document_km  # type: ignore[arg-type]


def compatible(a: _Report, b: _Report, rule: TypeRule) -> bool:
    return (
        not one_document_two_events(a, b)
        and a.modality_class == b.modality_class
        and actors_compatible(a, b)
        and dates_compatible(a, b, rule)
        and (places_compatible(a, b, rule) or _one_document_one_day_near(a, b, rule))
    )


def _days(r: _Report, rule: TypeRule) -> list[date]:
    """The days a report is indexed under (its span widened by the tolerance)."""
    assert r.start is not None and r.end is not None
    tol = timedelta(days=rule.day_tolerance)
    first, last = r.start - tol, r.end + tol
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def cluster_reports(reports: list[_Report]) -> list[list[_Report]]:
    """Complete-linkage groups of compatible reports of one event type, in a deterministic order."""
    if not reports:
        return []
    rule = type_rule(reports[0].rec["type"])
    ordered = sorted(reports, key=lambda r: (
        DATE_RANK[r.precision], GEO_RANK[r.geo], r.start or date.max, r.order, r.rec["id"]))
    clusters: list[list[_Report]] = []
    by_day: dict[date, list[int]] = defaultdict(list)
    for r in ordered:
        mergeable = r.start is not None and DATE_RANK[r.precision] <= DATE_RANK[rule.coarsest]
        if mergeable:
            candidates = sorted({c for d in _days(r, rule) for c in by_day.get(d, ())})
            for c in candidates:
                if all(compatible(r, m, rule) for m in clusters[c]):
                    clusters[c].append(r)
                    break
            else:
                clusters.append([r])
                c = len(clusters) - 1
            for d in _days(r, rule):
                if c not in by_day[d]:
                    by_day[d].append(c)
        else:
            clusters.append([r])
    return clusters


def _reference_window(doc: Mapping[str, Any] | None) -> tuple[date, date] | None:
    """When an undated report's event can have happened: up to its document's reference date, within
    that date's year (a document of 2021 reporting "the meeting on Monday" means a meeting of 2021)."""
    start, end = date_bounds((doc or {}).get("published") or (doc or {}).get("reference_date"))
    if start is None or end is None:
        return None
    return date(start.year, 1, 1), end


def _recent_window(doc: Mapping[str, Any] | None, days: int) -> tuple[date, date] | None:
    """The ``days`` before a document's date: news of an event that names only the country is news of
    an event of the last weeks, not of any event of the year."""
    start, end = date_bounds((doc or {}).get("published") or (doc or {}).get("reference_date"))
    if start is None or end is None:
        return None
    return start - timedelta(days=days), end


def _specific(r: _Report) -> bool:
    return r.place_id is not None and GEO_RANK[r.geo] <= GEO_RANK["district"]


def _tolls_agree(a: _Report, b: _Report) -> bool:
    """Both give a toll and the two are within a quarter of each other ("more than 20" and 20)."""
    ka, kb = a.rec.get("killed"), b.rec.get("killed")
    if ka is None or kb is None:
        return False
    return abs(int(ka) - int(kb)) <= 0.25 * max(int(ka), int(kb), 1)


def _loose(cluster: list[_Report], rule: TypeRule | None) -> bool:
    """A singleton too vague to have been clustered: no date, or a date coarser than the type allows."""
    if len(cluster) != 1:
        return False
    r = cluster[0]
    if r.start is None:
        return True
    return rule is not None and DATE_RANK[r.precision] > DATE_RANK[rule.coarsest]


def _fits(r: _Report, c: list[_Report]) -> bool:
    return all(actors_compatible(m, r) and m.modality_class == r.modality_class
               and not one_document_two_events(m, r) for m in c)


def attach_undated(clusters: list[list[_Report]], docs: Mapping[str, Mapping[str, Any]],
                   rule: TypeRule | None = None) -> list[list[_Report]]:
    """Reports too vague to cluster join the one cluster they can mean, and only when exactly one
    qualifies (ambiguity keeps them apart):

    * an undated report naming a specific place (a town or district) joins a cluster at that place whose
      date fits its document's window (that year, up to the document's date);
    * a report dated only to a year (coarser than the type's ``coarsest``) joins a cluster at its
      specific place dated within that year, when the two also give the same toll (within a quarter:
      "a church bombing in Jolo in 2019 that killed more than 20" is the Jolo cathedral bombing);
    * an undated report naming only the country joins a cluster in that country dated within
      ``undated_window_days`` before its document, when the two also give the same toll (a country and
      a month alone could be any strike of that month, and one actor is behind most of them);
    * an undated or year-only report naming a specific place that no cluster at that place can take joins
      a cluster whose places contain it (only the country, or its province) dated in its document's window
      (its year), when the two give the same toll: "gunmen attacked a shrine in Shiraz, killing at least
      15" is the attack "in Iran" on 26 October 2022 that killed 13. A page with no date at all bounds
      nothing, so there the toll, actor and place must single out one cluster of any date.

    Its actor must agree with every member and it must not be a second event of a member's document."""
    dated = [c for c in clusters if not _loose(c, rule) and any(m.start for m in c)]
    dated_ids = {id(c) for c in dated}  # identity, not list equality: this runs over every cluster
    out = list(dated)
    # Candidates by place and year, and by country and day, so each loose report looks only at the
    # clusters it may join (a busy city or country holds thousands: keep this linear).
    by_place: dict[tuple[str, int], list[list[_Report]]] = defaultdict(list)
    by_country: dict[tuple[str, date], list[list[_Report]]] = defaultdict(list)
    by_toll: dict[tuple[str, int], list[list[_Report]]] = defaultdict(list)
    for c in dated:
        for key in {(m.country, int(m.rec["killed"])) for m in c if m.country and m.rec.get("killed") is not None}:
            by_toll[key].append(c)
        for key in {(m.place_id, m.start.year) for m in c if m.place_id and m.start}:
            by_place[key].append(c)
        for day in {(m.country, m.start) for m in c if m.country and m.start}:
            by_country[day].append(c)
    window_days = rule.undated_window_days if rule is not None else 31

    def at_place(r: _Report, first: date, last: date) -> list[list[_Report]]:
        found = {id(c): c for y in range(first.year, last.year + 1) for c in by_place.get((r.place_id or "", y), [])}
        return list(found.values())

    def containing(r: _Report) -> list[list[_Report]]:
        """Clusters of ``r``'s country with a toll that agrees with its toll, whose places all hold it."""
        k = r.rec.get("killed")
        if k is None or not r.country:
            return []
        k = int(k)
        found = {id(c): c for v in range(math.ceil(0.75 * k), math.floor(k / 0.75) + 1)
                 for c in by_toll.get((r.country, v), [])}
        here = rule or type_rule(r.rec["type"])
        return [c for c in found.values() if all(places_compatible(r, m, here) for m in c)]

    def in_country(r: _Report, first: date, last: date) -> list[list[_Report]]:
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        found = {id(c): c for d in days for c in by_country.get((r.country or "", d), [])}
        return list(found.values())

    for cluster in clusters:
        if id(cluster) in dated_ids:
            continue
        r = cluster[0]
        target: list[_Report] | None = None
        if len(cluster) == 1 and _specific(r) and r.start is None:
            window = _reference_window(docs.get(str(r.rec.get("doc_id"))))
            same_place = at_place(r, *window) if window is not None else []
            if same_place and window is not None:
                target = _the_one(same_place, r, window, need_toll=False)
            else:
                target = _the_one(containing(r), r, window or (date.min, date.max), need_toll=True)
        elif len(cluster) == 1 and _specific(r) and r.start is not None and r.end is not None:
            same_place = at_place(r, r.start, r.end)
            target = _the_one(same_place or containing(r), r, (r.start, r.end), need_toll=True)
        elif len(cluster) == 1 and r.start is None and r.geo == "country" and r.country:
            window = _recent_window(docs.get(str(r.rec.get("doc_id"))), window_days)
            if window is not None:
                target = _the_one(in_country(r, *window), r, window, need_toll=True)
        if target is not None:
            target.append(r)
        else:
            out.append(cluster)
    return out


def _the_one(candidates: list[list[_Report]], r: _Report, window: tuple[date, date],
             need_toll: bool) -> list[_Report] | None:
    """The only candidate cluster ``r`` fits (a member dated in ``window``, the same toll when
    ``need_toll``); stops at the second, since ambiguity keeps the report apart. Cheap tests first."""
    first, last = window
    found: list[_Report] | None = None
    for c in candidates:
        if need_toll and not any(_tolls_agree(m, r) for m in c):
            continue
        if not any(m.start and first <= m.start <= last for m in c) or not _fits(r, c):
            continue
        if found is not None:
            return None
        found = c
    return found


def _summary(members: list[_Report], field: str, docs: Mapping[str, Mapping[str, Any]]) -> ValueSummary | None:
    per_doc: dict[str, int] = {}
    for m in members:
        value = m.rec.get(field)
        if value is None:
            continue
        doc_id = m.rec["doc_id"]
        # One document may mention the toll twice (an update later in the text): keep its largest figure.
        per_doc[doc_id] = max(per_doc.get(doc_id, value), int(value))
    if not per_doc:
        return None
    by_source = sorted(
        (SourceValue(doc_id=d, source=(docs.get(d) or {}).get("source"), value=v) for d, v in per_doc.items()),
        key=lambda s: (s.value, s.source or "", s.doc_id),
    )
    official = [s.value for s in by_source if is_official(docs.get(s.doc_id))]
    values = [s.value for s in by_source]
    return ValueSummary(
        low=min(values), high=max(values), best=int(lower_median(official or values)),
        basis="official" if official else "median", by_source=by_source,
    )


def _modal(values: list[Any]) -> Any:
    """The most frequent non-None value; ties go to the first seen."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in values if v is not None and counts[v] == best)


def merged_id(members: list[_Report], docs: Mapping[str, Mapping[str, Any]]) -> str:
    """The id of a fresh merged event: from its earliest-published report, so reports that arrive later
    (the usual case) leave it unchanged even without the id history store/picture.py keeps."""
    def key(m: _Report) -> tuple[str, str]:
        doc = docs.get(m.rec["doc_id"]) or {}
        return (str(doc.get("published") or doc.get("reference_date") or "9999"), m.rec["id"])

    return stable_id("merged", min(members, key=key).rec["id"])


def _merge(members: list[_Report], docs: Mapping[str, Mapping[str, Any]],
           names: Mapping[str, str]) -> MergedEvent:
    members = sorted(members, key=lambda m: (m.order, m.rec["id"]))
    # The date: the most precise one; among those the most reported, ties to the earliest.
    best_rank = min(DATE_RANK[m.precision] for m in members)
    dated = sorted((m for m in members if DATE_RANK[m.precision] == best_rank and m.start),
                   key=lambda m: (m.start, m.order))
    date_counts = Counter(m.rec["date"] for m in dated)
    chosen_date = max(dated, key=lambda m: date_counts[m.rec["date"]]) if dated else None
    # The place: the most specific; among those the most reported.
    geo_rank = min(GEO_RANK[m.geo] for m in members)
    placed = [m for m in members if GEO_RANK[m.geo] == geo_rank]
    place_key = _modal([m.place_id or m.place_name or m.country for m in placed])
    where = next((m for m in placed if (m.place_id or m.place_name or m.country) == place_key), placed[0])
    actor_key = _modal([m.actor for m in members])
    actor_rep = next((m for m in members if m.actor == actor_key), None)
    actor_name = (actor_rep.rec.get("actor") if actor_rep else None)
    actor_id = actor_key if actor_key and not actor_key.startswith("name:") else None
    if actor_id and actor_id in names:
        actor_name = names[actor_id]
    modality = "asserted" if any(m.rec.get("modality", "asserted") == "asserted" for m in members) \
        else _modal([m.rec.get("modality") for m in members])
    sources = [
        EventSource(
            event_id=m.rec["id"], doc_id=m.rec["doc_id"], source=(docs.get(m.rec["doc_id"]) or {}).get("source"),
            title=(docs.get(m.rec["doc_id"]) or {}).get("title"), url=(docs.get(m.rec["doc_id"]) or {}).get("url"),
            published=(docs.get(m.rec["doc_id"]) or {}).get("published"), date=m.rec.get("date"),
            date_precision=m.precision, place=m.place_name, country=m.country, actor=m.rec.get("actor"),
            killed=m.rec.get("killed"), wounded=m.rec.get("wounded"), modality=m.rec.get("modality", "asserted"),
            trigger=m.rec.get("trigger", ""), evidence=list(m.rec.get("evidence", [])),
        )
        for m in members
    ]
    d_start = chosen_date.start.isoformat() if chosen_date and chosen_date.start else None
    d_end = chosen_date.end.isoformat() if chosen_date and chosen_date.end else None
    precision = chosen_date.precision if chosen_date else None
    return MergedEvent(
        id=merged_id(members, docs),
        type=members[0].rec["type"],
        date=chosen_date.rec["date"] if chosen_date else None,
        date_precision=precision, time_precision=TIME_PRECISION.get(precision or ""),
        date_start=d_start, date_end=d_end,
        country=where.country or _modal([m.country for m in members]),
        place=where.place_name if where.geo != "country" else None,
        place_id=where.place_id, admin1=where.admin1,
        lat=where.rec.get("lat"), lon=where.rec.get("lon"),
        geo_precision=where.geo, geo_precision_code=GEO_PRECISION.get(where.geo or ""),
        actor=actor_name, actor_id=actor_id,
        target=_modal([m.rec.get("target") for m in members]),
        claimed=any(bool(m.rec.get("claimed")) for m in members),
        modality=modality,
        killed=_summary(members, "killed", docs), wounded=_summary(members, "wounded", docs),
        sources=sources,
    )


def merge_events(export_obj: Mapping[str, Any], resolve: Resolver,
                 names: Mapping[str, str] | None = None) -> list[MergedEvent]:
    """Merged events of an export object, sorted by date (undated last), type and id."""
    docs = {d["id"]: d for d in export_obj.get("documents", [])}
    places = {p["id"]: p for p in export_obj.get("places", [])}
    counted = headcounts(export_obj)
    by_type: dict[str, list[_Report]] = defaultdict(list)
    for i, rec in enumerate(export_obj.get("events", [])):
        by_type[rec["type"]].append(_report(rec, i, places, resolve, names or {}, counted.get(rec["id"])))
    merged = [
        _merge(cluster, docs, names or {})
        for etype in sorted(by_type)
        for cluster in attach_undated(cluster_reports(by_type[etype]), docs, type_rule(etype))
    ]
    merged.sort(key=lambda e: (e.date_start is None, e.date_start or "", e.type, e.id))
    return merged
