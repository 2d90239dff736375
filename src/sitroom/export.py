"""The ``sitroom/1`` export: one JSON-ready object from DocResults, written as json, jsonl, csv, parquet
or geojson. docs/export.md documents every field; schema/sitroom-1.schema.json is the machine contract
(``sitroom.schema`` loads it and derives the Parquet/Arrow and DuckDB types from it).

The object holds the per-document records (``events`` are per-article reports) and, optionally, the
cross-source picture built from them (``merged_events``, ``series``): ``sitroom.picture.build_export_with_picture``
builds both in memory (sitroom.picture builds on this module, never the reverse), ``Store.export_object()``
reads the picture the database holds. CSV and GeoJSON write one
row per merged event when the picture is there (what ACLED users expect), per report otherwise.

Everything is deterministic: lists are sorted with total orders and writers fix key order, separators and
line endings, so the same input gives the same bytes (exports can be diffed and cached).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sitroom.models import EXPORT_FORMAT, DocResult, Evidence, Mention, stable_id
from sitroom.schema import arrow_schema, check_records

if TYPE_CHECKING:
    from sitroom.picture import Picture  # types only: the picture imports this module, never the reverse

TABLES: tuple[str, ...] = ("documents", "events", "figures", "quotes", "entities", "places")
# The optional sections of the cross-source picture, after the per-document tables.
PICTURE_SECTIONS: tuple[str, ...] = ("merged_events", "series")
KIND = {"documents": "document", "events": "event", "figures": "figure", "quotes": "quote",
        "entities": "entity", "places": "place", "merged_events": "merged_event", "series": "series"}
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "parquet", "geojson")
# What one CSV row / GeoJSON feature stands for: a merged event (when the object has the picture) or a
# per-document report.
EVENT_ROWS: tuple[str, ...] = ("merged", "reports")


# --------------------------------------------------------------------------- build


def _evidence(items: Iterable[Evidence]) -> list[dict[str, Any]]:
    return [{"doc_id": e.doc_id, "start": e.start, "end": e.end, "text": e.text} for e in items]


def _mention(m: Mention) -> dict[str, Any]:
    return {"text": m.text, "doc_id": m.doc_id, "start": m.start, "end": m.end}


def _float(value: float | None) -> float | None:
    # The type is part of the bytes ("250" vs "250.0"): numbers that are floats in the contract always are.
    return None if value is None else float(value)


def _offset(evidence: list[Evidence]) -> tuple[int, int]:
    """Where a record sits in its document: its earliest evidence span (records without any go last)."""
    if not evidence:
        return (1 << 62, 0)
    first = min(evidence, key=lambda e: (e.start, e.end))
    return (first.start, first.end)


# Entity types whose per-document id can be another name's: a gazetteer place keeps its entry's id.
_PLACE_TYPES = frozenset({"location", "facility"})


def _ids_by_name(r: DocResult) -> dict[str, str]:
    """The place entities of one document whose id is not ``stable_id("entity", type, canonical)``, to that id.

    A place keeps its gazetteer entry's id on every page, so the picture joins the pages' spellings of it
    ("Halep" and "Aleppo", "Sinai" and "Sinai Peninsula"), but each page names it as the page writes it.
    Merged by that id, every page's place would carry the name of the first page: in the export an entity
    is one name, and its id is the name's, as every other entity's is."""
    return {e.id: named for e in r.entities
            if e.type in _PLACE_TYPES and (named := stable_id("entity", e.type, e.canonical)) != e.id}


def build_export(results: Iterable[DocResult], *, ids_by_name: bool = True) -> dict[str, Any]:
    """The ``sitroom/1`` object for ``results``; a document id seen twice is exported once (first wins).

    Place entities are merged across documents by the id of their name (``_ids_by_name``), and the actors
    and speakers of events and quotes name those ids; ``ids_by_name=False`` keeps every document's
    own entity ids (the picture's input, which joins a place's names by them)."""
    unique: dict[str, DocResult] = {}
    for r in results:
        unique.setdefault(r.document.id, r)
    ordered = sorted(unique.values(), key=lambda r: (r.document.source_path, r.document.segment, r.document.id))
    # Every doc_id's position in the document order, so records sort by (document, offset).
    position = {r.document.id: i for i, r in enumerate(ordered)}

    def doc_pos(doc_id: str) -> int:
        return position.get(doc_id, len(position))

    documents: list[dict[str, Any]] = []
    events: list[tuple[Any, dict[str, Any]]] = []
    figures: list[tuple[Any, dict[str, Any]]] = []
    quotes: list[tuple[Any, dict[str, Any]]] = []
    entities: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}

    for r in ordered:
        d = r.document
        renamed = _ids_by_name(r) if ids_by_name else {}
        documents.append({
            "id": d.id, "source_path": d.source_path, "segment": d.segment, "title": d.title, "url": d.url,
            "source": d.source, "published": d.published, "published_basis": d.published_basis,
            "reference_date": d.reference_date, "reference_basis": d.reference_basis,
            "language": d.language, "near_duplicate_of": d.near_duplicate_of,
            "skipped_reason": r.skipped_reason,
        })
        for ev in r.events:
            key = (doc_pos(ev.doc_id), *_offset(ev.evidence), ev.id)
            events.append((key, {
                "id": ev.id, "doc_id": ev.doc_id, "type": ev.type, "date": ev.date,
                "date_precision": ev.date_precision, "country": ev.country, "place": ev.place,
                "place_id": ev.place_id, "lat": _float(ev.lat), "lon": _float(ev.lon), "actor": ev.actor,
                "actor_id": renamed.get(ev.actor_id or "", ev.actor_id), "target": ev.target,
                "killed": ev.killed, "wounded": ev.wounded,
                "claimed": ev.claimed, "modality": ev.modality, "geo_precision": ev.geo_precision,
                "trigger": ev.trigger, "evidence": _evidence(ev.evidence),
            }))
        for fig in r.figures:
            key = (doc_pos(fig.doc_id), *_offset(fig.evidence), fig.id)
            figures.append((key, {
                "id": fig.id, "doc_id": fig.doc_id, "subject": fig.subject, "value": float(fig.value),
                "unit": fig.unit, "qualifier": fig.qualifier, "as_of": fig.as_of, "is_target": fig.is_target,
                "raw": fig.raw, "evidence": _evidence(fig.evidence),
            }))
        for q in r.quotes:
            key = (doc_pos(q.doc_id), *_offset(q.evidence), q.id)
            quotes.append((key, {
                "id": q.id, "doc_id": q.doc_id, "speaker": q.speaker,
                "speaker_id": renamed.get(q.speaker_id or "", q.speaker_id),
                "role": q.role, "text": q.text, "direct": q.direct, "date": q.date,
                "evidence": _evidence(q.evidence),
            }))
        # Entities and places are merged across documents by id: attributes from the first document
        # (in document order) that has them, roles unioned in order of appearance, mentions concatenated.
        for ent in r.entities:
            ent_id = renamed.get(ent.id, ent.id)
            merged = entities.setdefault(ent_id, {
                "id": ent_id, "canonical": ent.canonical, "type": ent.type, "wikidata": ent.wikidata,
                "roles": [], "mentions": [],
            })
            if merged["wikidata"] is None:
                merged["wikidata"] = ent.wikidata
            merged["roles"].extend(role for role in ent.roles if role not in merged["roles"])
            merged["mentions"].extend(_mention(m) for m in ent.mentions)
        for p in r.places:
            mp = places.setdefault(p.id, {
                "id": p.id, "name": p.name, "country": p.country, "lat": _float(p.lat), "lon": _float(p.lon),
                "geonames_id": p.geonames_id, "admin1": p.admin1, "precision": p.precision, "mentions": [],
            })
            mp["mentions"].extend(_mention(m) for m in p.mentions)

    def mention_key(m: dict[str, Any]) -> tuple[int, int, int, str]:
        return (doc_pos(m["doc_id"]), m["start"], m["end"], m["text"])

    for item in (*entities.values(), *places.values()):
        item["mentions"].sort(key=mention_key)

    return {
        "format": EXPORT_FORMAT,
        "documents": documents,
        "events": [rec for _, rec in sorted(events, key=lambda kv: kv[0])],
        "figures": [rec for _, rec in sorted(figures, key=lambda kv: kv[0])],
        "quotes": [rec for _, rec in sorted(quotes, key=lambda kv: kv[0])],
        "entities": sorted(entities.values(), key=lambda e: (e["canonical"], e["id"])),
        "places": sorted(places.values(), key=lambda p: (p["name"], p["id"])),
    }


# --------------------------------------------------------------------------- the cross-source picture


def _evidence_dicts(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    # Fixed key order: the stored picture keeps evidence as JSON with sorted keys.
    return [{"doc_id": e["doc_id"], "start": int(e["start"]), "end": int(e["end"]), "text": e["text"]}
            for e in items]


def _summary(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not value:
        return None
    return {
        "low": int(value["low"]), "best": int(value["best"]), "high": int(value["high"]), "basis": value["basis"],
        "by_source": [{"doc_id": s["doc_id"], "source": s["source"], "value": int(s["value"])}
                      for s in value["by_source"]],
    }


def merged_event_record(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The export form of a merged event, from ``MergedEvent.as_dict()`` or the stored picture's row
    (``Store.merged_event``): same fields, same key order and types, whichever it came from."""
    return {
        "id": rec["id"], "type": rec["type"], "date": rec["date"], "date_precision": rec["date_precision"],
        "time_precision": None if rec["time_precision"] is None else int(rec["time_precision"]),
        "country": rec["country"], "admin1": rec["admin1"], "place": rec["place"], "place_id": rec["place_id"],
        "lat": _float(rec["lat"]), "lon": _float(rec["lon"]), "geo_precision": rec["geo_precision"],
        "actor": rec["actor"], "target": rec["target"], "claimed": bool(rec["claimed"]),
        "modality": rec["modality"], "killed": _summary(rec["killed"]), "wounded": _summary(rec["wounded"]),
        "sources": [
            {"doc_id": s["doc_id"], "event_id": s["event_id"], "source": s["source"], "title": s["title"],
             "url": s["url"], "published": s["published"], "evidence": _evidence_dicts(s["evidence"])}
            for s in rec["sources"]
        ],
    }


def _series_point(p: Mapping[str, Any], is_target: bool) -> dict[str, Any]:
    return {
        "value": float(p["value"]), "qualifier": p["qualifier"], "as_of": p["as_of"],
        "as_of_basis": p["as_of_basis"], "doc_id": p["doc_id"], "source": p["source"],
        "figure_id": p["figure_id"], "is_target": is_target, "raw": p["raw"],
        "evidence": _evidence_dicts(p["evidence"]),
    }


def _point_key(p: Mapping[str, Any]) -> tuple[bool, str, str, float, str]:
    # Achieved values, then targets; each by date (undated last), value and id, as the picture orders them.
    return (p["is_target"], _padded_date(p["as_of"]) or "9999", p["as_of"] or "", p["value"], p["figure_id"])


def series_record(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The export form of a series, from ``Series.as_dict()`` or the stored picture (``Store.series``):
    achieved ``points`` and ``targets`` become one list of points, ``is_target`` telling them apart."""
    points = [_series_point(p, False) for p in rec["points"]] + [_series_point(p, True) for p in rec["targets"]]
    return {
        "id": rec["id"], "name": rec["name"], "unit": rec["unit"], "target": _float(rec["target"]),
        "points": sorted(points, key=_point_key),
    }


def _merged_key(rec: Mapping[str, Any]) -> tuple[bool, str, str, str]:
    # The picture's order: by date (a month at its first day; undated last), type, id.
    return (rec["date"] is None, _padded_date(rec["date"]), rec["type"], rec["id"])


def with_picture(
    obj: Mapping[str, Any], merged_events: Iterable[Mapping[str, Any]], series: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """``obj`` with the ``merged_events`` and ``series`` sections (replacing any it had), each record in
    export form and in a total order, so the in-memory and the stored picture export to the same bytes."""
    return {
        **without_picture(obj),
        "merged_events": sorted((merged_event_record(e) for e in merged_events), key=_merged_key),
        "series": sorted((series_record(s) for s in series),
                         key=lambda s: (-len(s["points"]), s["name"].casefold(), s["id"])),
    }


def add_picture(obj: Mapping[str, Any], picture: Picture) -> dict[str, Any]:
    """``obj`` with the sections of a picture built in memory (``sitroom.picture.build_picture``)."""
    return with_picture(obj, (e.as_dict() for e in picture.events), (s.as_dict() for s in picture.series))


def without_picture(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The per-document object alone (what an export of ``--events reports`` writes)."""
    return {k: v for k, v in obj.items() if k not in PICTURE_SECTIONS}


def select_events(obj: Mapping[str, Any], events: str) -> dict[str, Any]:
    """``obj`` as the rows chosen: ``merged`` keeps the picture (rows per merged event when present),
    ``reports`` drops it (rows per per-document report)."""
    if events not in EVENT_ROWS:
        raise ValueError(f"unknown event rows {events!r}: use one of {', '.join(EVENT_ROWS)}")
    return dict(obj) if events == "merged" else without_picture(obj)


def _sections(obj: Mapping[str, Any]) -> tuple[str, ...]:
    """The tables ``obj`` holds, in export order."""
    return (*TABLES, *(s for s in PICTURE_SECTIONS if s in obj))


# --------------------------------------------------------------------------- writers


def _dumps(value: Any, indent: int | None = None) -> str:
    # allow_nan=False: NaN/Infinity are not JSON; a NaN coordinate is a bug upstream and should fail loudly.
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False)


def export_json(obj: dict[str, Any], out: BinaryIO) -> None:
    out.write((_dumps(obj, indent=1) + "\n").encode("utf-8"))


def export_jsonl(obj: dict[str, Any], out: BinaryIO) -> None:
    """A header line ``{"kind": "format", "format": "sitroom/1"}``, then one line per record (merged events
    and series, when present, after the per-document tables)."""
    out.write((_dumps({"kind": "format", "format": obj["format"]}) + "\n").encode("utf-8"))
    for table in _sections(obj):
        for record in obj[table]:
            out.write((_dumps({"kind": KIND[table], **record}) + "\n").encode("utf-8"))


# ACLED's time_precision codes: 1 = the day is known, 2 = the month (ACLED: week or month), 3 = only the year.
_TIME_PRECISION = {"day": 1, "month": 2, "year": 3}
# ACLED's geo_precision codes: 1 = the town itself, 2 = a part of a region / near a town, 3 = a province
# (ACLED codes country-only events at 3 as well).
_GEO_PRECISION = {"point": 1, "district": 2, "province": 3, "country": 3}

# ACLED column names, same meaning, first in both CSV layouts.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "actor2", "country", "iso3", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities",
)
# One row per merged event (the default when the object has the picture), then sitroom's own columns.
MERGED_CSV_COLUMNS: tuple[str, ...] = (
    *ACLED_COLUMNS, "sources_count", "killed_low", "killed_high", "wounded", "claimed", "modality", "doc_ids",
)
# One row per per-document report (no picture, or ``events="reports"``).
REPORT_CSV_COLUMNS: tuple[str, ...] = (
    *ACLED_COLUMNS, "doc_id", "date", "country_code", "wounded", "claimed", "modality", "source_url",
    "evidence_start", "evidence_end",
)


@cache
def _country(alpha2: str) -> tuple[str, str]:
    """(English short name, alpha-3) of an ISO alpha-2 code; the code itself when pycountry lacks it."""
    import pycountry  # imported here: only the CSV export needs it

    found = pycountry.countries.get(alpha_2=alpha2.upper())
    if found is None:
        return alpha2, ""
    return str(found.name), str(found.alpha_3)


def _padded_date(value: str | None) -> str:
    """ACLED needs a full date: a month or year is written as its first day (time_precision says which)."""
    if not value:
        return ""
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _joined(values: Iterable[str | None]) -> str:
    """Distinct non-empty values in order of first appearance, joined with "; "."""
    return "; ".join(dict.fromkeys(v for v in values if v))


def has_merged_events(obj: Mapping[str, Any]) -> bool:
    """Whether rows are written per merged event: the object carries the picture's section."""
    return "merged_events" in obj


def csv_columns(obj: Mapping[str, Any]) -> tuple[str, ...]:
    return MERGED_CSV_COLUMNS if has_merged_events(obj) else REPORT_CSV_COLUMNS


def csv_rows(obj: Mapping[str, Any]) -> list[list[Any]]:
    """The rows of the CSV export in ``csv_columns(obj)`` order (blank for unknown): one per merged event
    when the object has ``merged_events``, else one per report."""
    return merged_csv_rows(obj) if has_merged_events(obj) else report_csv_rows(obj)


def merged_csv_rows(obj: Mapping[str, Any]) -> list[list[Any]]:
    """One row per merged event, in MERGED_CSV_COLUMNS order."""
    triggers = {ev["id"]: ev.get("trigger") or "" for ev in obj["events"]}
    rows: list[list[Any]] = []
    for ev in obj["merged_events"]:
        sources = ev["sources"]
        first = sources[0] if sources else {}
        killed, wounded = ev["killed"] or {}, ev["wounded"] or {}
        country, iso3 = _country(ev["country"]) if ev["country"] else ("", "")
        doc_ids = list(dict.fromkeys(s["doc_id"] for s in sources))
        row = {
            "event_id_cnty": ev["id"],
            "event_date": _padded_date(ev["date"]),
            "year": ev["date"][:4] if ev["date"] else "",
            "time_precision": _TIME_PRECISION.get(ev["date_precision"] or "", ""),
            "event_type": ev["type"],
            # The trigger of the first report, as report rows use their own trigger.
            "sub_event_type": triggers.get(first.get("event_id", ""), ""),
            "actor1": ev["actor"] or "",
            "actor2": ev["target"] or "",
            "country": country,
            "iso3": iso3,
            "admin1": ev["admin1"] or "",
            "location": ev["place"] or "",
            "latitude": _blank(ev["lat"]),
            "longitude": _blank(ev["lon"]),
            "geo_precision": _GEO_PRECISION.get(ev["geo_precision"] or "", ""),
            "source": _joined(s["source"] for s in sources),
            "notes": " ".join(dict.fromkeys(e["text"] for e in first.get("evidence", []))),
            # ACLED's fatalities is one number: the UCDP-style best estimate across the sources.
            "fatalities": _blank(killed.get("best")),
            "sources_count": len(doc_ids),
            "killed_low": _blank(killed.get("low")),
            "killed_high": _blank(killed.get("high")),
            "wounded": _blank(wounded.get("best")),
            "claimed": "true" if ev["claimed"] else "false",
            "modality": ev["modality"],
            "doc_ids": "; ".join(doc_ids),
        }
        rows.append([row[c] for c in MERGED_CSV_COLUMNS])
    return rows


def report_csv_rows(obj: Mapping[str, Any]) -> list[list[Any]]:
    """One row per per-document report, in REPORT_CSV_COLUMNS order."""
    docs = {d["id"]: d for d in obj["documents"]}
    places = {p["id"]: p for p in obj["places"]}
    rows: list[list[Any]] = []
    for ev in obj["events"]:
        doc = docs.get(ev["doc_id"], {})
        place = places.get(ev.get("place_id") or "", {})
        country, iso3 = _country(ev["country"]) if ev["country"] else ("", "")
        evidence = ev["evidence"]
        row = {
            "event_id_cnty": ev["id"],
            "event_date": _padded_date(ev["date"]),
            "year": ev["date"][:4] if ev["date"] else "",
            "time_precision": _TIME_PRECISION.get(ev["date_precision"] or "", ""),
            "event_type": ev["type"],
            # ACLED's sub_event_type refines event_type; the word that signalled the event does the same
            # ("suicide bombing", "airstrike") without inventing a mapping to ACLED's vocabulary.
            "sub_event_type": ev.get("trigger") or "",
            "actor1": ev["actor"] or "",
            "actor2": ev["target"] or "",
            "country": country,
            "iso3": iso3,
            "admin1": place.get("admin1") or "",
            "location": ev["place"] or "",
            "latitude": "" if ev["lat"] is None else ev["lat"],
            "longitude": "" if ev["lon"] is None else ev["lon"],
            "geo_precision": _GEO_PRECISION.get(ev["geo_precision"] or "", ""),
            "source": doc.get("source") or "",
            "notes": " ".join(e["text"] for e in evidence),
            "fatalities": "" if ev["killed"] is None else ev["killed"],
            "doc_id": ev["doc_id"],
            "date": ev["date"] or "",
            "country_code": ev["country"] or "",
            "wounded": "" if ev["wounded"] is None else ev["wounded"],
            "claimed": "true" if ev["claimed"] else "false",
            "modality": ev["modality"],
            "source_url": doc.get("url") or "",
            "evidence_start": evidence[0]["start"] if evidence else "",
            "evidence_end": evidence[0]["end"] if evidence else "",
        }
        rows.append([row[c] for c in REPORT_CSV_COLUMNS])
    return rows


# A spreadsheet reads a cell starting with one of these as a formula ("=HYPERLINK(...)", "@SUM(...)", "-2+3");
# a tab or a carriage return can hide the sign that follows. Article texts are written by anyone, so every such
# text cell gets a leading "'" (OWASP's rule for CSV injection), which shows it as the text it is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ... except a number written as text ("-12", "+3.5", "-1e3"): no formula, and it has to stay a number.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def csv_cell(value: Any) -> Any:
    """``value`` made safe to open in a spreadsheet: text a spreadsheet would run as a formula is prefixed
    with "'"; numbers (and text that is only a number) stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    """``rows`` as CSV text: RFC 4180 quoting, "\\n" line ends, every cell through ``csv_cell``. The one CSV
    writer of sitroom: ``sitroom export``, the web downloads and the CLI lists' ``--csv`` all write through it."""
    text = io.StringIO(newline="")
    plain = csv.writer(text, lineterminator="\n")
    # The csv module quotes a field holding the line terminator ("\n") but not a lone carriage return, which
    # a reader then takes for a line end; a row with one has its text fields quoted.
    quoted = csv.writer(text, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    for row in rows:
        cells = [csv_cell(cell) for cell in row]
        (quoted if any(isinstance(c, str) and "\r" in c for c in cells) else plain).writerow(cells)
    return text.getvalue()


def export_csv(obj: dict[str, Any], out: BinaryIO) -> None:
    """Events as CSV with ACLED-compatible column names (RFC 4180 quoting, "\\n" line ends, UTF-8, formula
    cells escaped by ``csv_cell``): one row per merged event when the object has the picture, else one per
    report."""
    out.write(csv_text([csv_columns(obj), *csv_rows(obj)]).encode("utf-8"))


def export_geojson(obj: dict[str, Any], out: BinaryIO) -> None:
    """RFC 7946 FeatureCollection: located events and places as Points ([lon, lat]); ``kind`` says which.
    Events are the merged events (kind ``merged_event``) when the object has the picture, else the reports
    (kind ``event``)."""
    features: list[dict[str, Any]] = []
    events = ("merged_event", "merged_events") if has_merged_events(obj) else ("event", "events")
    for kind, table in (events, ("place", "places")):
        for rec in obj[table]:
            if rec["lat"] is None or rec["lon"] is None:
                continue
            props = {k: v for k, v in rec.items() if k not in ("lat", "lon")}
            features.append({
                "type": "Feature",
                "id": f"{kind}:{rec['id']}",
                "geometry": {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]},
                "properties": {"kind": kind, **props},
            })
    collection = {"type": "FeatureCollection", "features": features}
    out.write((_dumps(collection) + "\n").encode("utf-8"))


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it once the block has written it completely: a
    killed or failed export leaves the previous file (or none), never half of one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def export_parquet(obj: dict[str, Any], directory: Path) -> list[Path]:
    """One Parquet file per table (documents.parquet, events.parquet ...) in ``directory``; with the picture
    also merged_events.parquet and series.parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    # from_pylist drops keys its schema lacks and nulls the ones it misses, without a word: a record that
    # drifted from the contract fails here instead, before any file is written.
    for table in _sections(obj):
        check_records(table, obj[table])
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in _sections(obj):
        rows = pa.Table.from_pylist(obj[table], schema=arrow_schema(table))
        # The format name travels in the file metadata so a lone file still says what it is.
        rows = rows.replace_schema_metadata({"sitroom.format": obj["format"], "sitroom.table": table})
        path = directory / f"{table}.parquet"
        with atomic_path(path) as tmp:
            pq.write_table(rows, tmp, compression="zstd")
        written.append(path)
    return written


_STREAM_WRITERS: dict[str, Callable[[dict[str, Any], BinaryIO], None]] = {
    "json": export_json,
    "jsonl": export_jsonl,
    "csv": export_csv,
    "geojson": export_geojson,
}


def write_export(obj: dict[str, Any], fmt: str, out: BinaryIO | Path, events: str = "merged") -> None:
    """Write ``obj`` as ``fmt`` to a binary stream or a path (parquet: a directory path).

    ``events="reports"`` writes the per-document object alone (CSV and GeoJSON rows per report) even when
    ``obj`` carries the picture.
    """
    obj = select_events(obj, events)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet export writes one file per table: give a directory Path, not a stream")
        export_parquet(obj, out)
        return
    writer = _STREAM_WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if isinstance(out, Path):
        with atomic_path(out) as tmp, tmp.open("wb") as fh:
            writer(obj, fh)
    else:
        writer(obj, out)
