"""Update the stored picture after an ingest instead of rebuilding it from every record.

Only the merged events, series, statements, opposing pairs and entities the new documents reach are
recomputed (sitroom.picture.incremental says what they reach), with the same functions a full rebuild
uses, and only their rows are replaced, in one transaction; ids are reconciled with the stored history as
a rebuild reconciles them. The result is the picture ``rebuild_picture`` would save (the property test in
tests/store/test_picture_update.py holds it to that).

Whenever the shortcut cannot be trusted the update is a full rebuild: a picture never built by
``rebuild_picture`` (or under other rules or overrides), override files that merge, split or rename
(they reach across the picture), a stored picture that does not match its records, a country-level place
that renames a country, or a batch so large that rebuilding is as cheap.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from sitroom.export import _float
from sitroom.models import DocResult, stable_id
from sitroom.picture import Picture, load_overrides, picture_input
from sitroom.picture import events as linker
from sitroom.picture import incremental as inc
from sitroom.picture.common import date_bounds
from sitroom.picture.entities import EntityResolution, resolve_entities
from sitroom.picture.events import merge_events
from sitroom.picture.ids import Assignment, assign_ids, groups_of, restamp
from sitroom.picture.model import Statement
from sitroom.picture.overrides import Overrides
from sitroom.picture.series import build_series
from sitroom.picture.statements import build_statements, opposing
from sitroom.store import entity_update, query, results, state
from sitroom.store.failures import rollback_quietly
from sitroom.store.picture import (
    PICTURE_BASIS,
    PICTURE_UPTO,
    id_history,
    id_rows,
    insert_rows,
    mark_built,
    picture_rows,
    rebuild_picture,
)

log = logging.getLogger(__name__)

# A key of an assignment's ``born`` that is no id: it carries the newest generation of the whole history.
GENERATION = "\x00generation"
# A batch this large a share of the database is rebuilt: the blocks it reaches are most of the picture.
MAX_NEW_SHARE = 0.25
_dicts = query._dicts


class _Rebuild(Exception):
    """The update cannot be trusted here; the reason goes to the log and a full rebuild runs instead."""


def update_picture(con: duckdb.DuckDBPyConnection, overrides_path: str | Path | None = None,
                   max_new_share: float = MAX_NEW_SHARE) -> dict[str, int]:
    """Bring the stored picture up to date with every stored record; returns rows written per table.
    ``max_new_share``: above this share of new documents a full rebuild runs (it costs about the same)."""
    overrides = load_overrides(overrides_path)
    con.begin()
    try:
        counts = _update(con, overrides, inc.basis(overrides_path), max_new_share)
        con.execute(f"DROP TABLE IF EXISTS {entity_update.RECORDS}")
        con.commit()
    except _Rebuild as why:
        rollback_quietly(con)
        log.info("picture: full rebuild (%s)", why)
        return rebuild_picture(con, overrides_path)
    except BaseException:
        rollback_quietly(con)
        raise
    log.info("picture: updated (%d merged events rewritten)", counts.get("picture_events", 0))
    return counts


# --------------------------------------------------------------------------- reading


def _with(con: duckdb.DuckDBPyConnection, ids: Iterable[str], sql: str, params: list[Any] | None = None
          ) -> list[dict[str, Any]]:
    """``sql`` with ``ids`` as the relation ``_ids(id)``, nothing when there are none."""
    listed = sorted(set(ids))
    if not listed:
        return []
    view = "_sitroom_update_ids"
    con.register(view, pa.table({"id": pa.array(listed, pa.string())}))
    try:
        return _dicts(con.execute(re.sub(r"\b_ids\b", view, sql), params or []))
    finally:
        con.unregister(view)


def _documents(con: duckdb.DuckDBPyConnection, basis: str, overrides: Overrides,
               max_new_share: float) -> tuple[list[dict[str, Any]], set[str]]:
    """Every document (id, dates, whether the stored picture misses it) in export order, and the new ones."""
    if overrides.merges or overrides.splits or overrides.series:
        raise _Rebuild("override file merges, splits or names series")
    upto, built_under = state.get(con, PICTURE_UPTO), state.get(con, PICTURE_BASIS)
    if upto is None or built_under != basis:
        raise _Rebuild("stored picture built under other rules, or not by a rebuild")
    docs = _dicts(con.execute(
        "SELECT id, published, reference_date, (? = '' OR stored_at > CAST(? AS TIMESTAMP)) AS new "
        "FROM documents ORDER BY source_path, segment, id", [upto, upto or "1970-01-01"]))
    new = {d["id"] for d in docs if d["new"]}
    if len(new) > max_new_share * len(docs):
        raise _Rebuild(f"{len(new)} new documents of {len(docs)}")
    # Every event of the documents it covers is a source of one merged event: else it is not their picture.
    row = con.execute("SELECT (SELECT count(*) FROM picture_event_sources), count(*) FROM events e "
                      "JOIN documents d ON d.id = e.doc_id WHERE NOT (? = '' OR d.stored_at > CAST(? AS TIMESTAMP))",
                      [upto, upto or "1970-01-01"]).fetchone()
    if row is None or row[0] != row[1]:
        raise _Rebuild("stored picture does not cover its documents")
    return docs, new


def _entity_input(con: duckdb.DuckDBPyConnection, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """What entity resolution reads, for every document, as ``picture_input`` shapes it: entities per
    document with their mentions, document dates, the quotes that give a speaker a role, and the names
    places go by. A narrow read (no texts, no sentences), in export order."""
    mentions: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for doc_id, ent_id, text, start, end in con.execute(
            "SELECT doc_id, entity_id, text, start_char, end_char FROM mentions ORDER BY doc_id, entity_id, ord"
    ).fetchall():
        mentions[(doc_id, ent_id)].append({"text": text, "doc_id": doc_id, "start": start, "end": end})
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc_id, ent_id, canonical, etype, wikidata, roles in con.execute(
            "SELECT doc_id, id, canonical, type, wikidata, roles FROM entities ORDER BY doc_id, ord").fetchall():
        by_doc[doc_id].append({"id": ent_id, "doc_id": doc_id, "canonical": canonical, "type": etype,
                               "wikidata": wikidata, "roles": list(roles),
                               "mentions": mentions.get((doc_id, ent_id), [])})
    quotes = _role_quotes(con, docs)
    # The places of each document by name and by the forms it was found by: a "person" named like a place
    # of the database is that place (entities._as_place), as in a rebuild, whose input holds every place.
    place_forms: dict[str, set[str]] = defaultdict(set)
    for doc_id, name in con.execute("SELECT doc_id, name FROM places UNION SELECT doc_id, text FROM place_mentions"
                                    ).fetchall():
        place_forms[doc_id].add(name)
    return {
        "documents": [{"id": d["id"], "published": d["published"], "reference_date": d["reference_date"]}
                      for d in docs],
        "entities": [e for d in docs for e in by_doc.get(d["id"], [])],
        "quotes": quotes,
        "places": [{"doc_id": d, "name": n, "mentions": []} for d, forms in sorted(place_forms.items())
                   for n in sorted(forms)],
    }


def _role_quotes(con: duckdb.DuckDBPyConnection, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The quotes that tell their speaker's role, in export order (what entity resolution reads of quotes)."""
    position = {d["id"]: i for i, d in enumerate(docs)}
    quotes = _dicts(con.execute(
        "SELECT q.id, q.doc_id, q.speaker_id, q.role, q.date, min(e.start_char) AS s, "
        "arg_min(e.end_char, e.start_char) AS e FROM quotes q LEFT JOIN evidence e ON e.record_kind = 'quote' "
        "AND e.record_id = q.id WHERE q.speaker_id IS NOT NULL AND q.role IS NOT NULL GROUP BY ALL"))
    # As build_export orders quotes: document, earliest evidence span (records without any last), id.
    quotes.sort(key=lambda q: (position.get(q["doc_id"], len(position)),
                               (1 << 62) if q["s"] is None else q["s"], q["e"] or 0, q["id"]))
    return [{k: q[k] for k in ("id", "doc_id", "speaker_id", "role", "date")} for q in quotes]


def _without(obj: Mapping[str, Any], new: set[str]) -> dict[str, Any]:
    return {
        "documents": [d for d in obj["documents"] if d["id"] not in new],
        "entities": [e for e in obj["entities"] if e["doc_id"] not in new],
        "quotes": [q for q in obj["quotes"] if q["doc_id"] not in new],
        "places": [p for p in obj["places"] if p["doc_id"] not in new],
    }


def _places(con: duckdb.DuckDBPyConnection, new: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every place with the attributes build_export gives it (from the first document in export order that
    has it), over all documents and over the documents the stored picture covers."""
    # A place's attributes come from the first document in export order that has it: DISTINCT ON keeps
    # the first row of each place in that order (a row per place, not one per document).
    sql = ("SELECT DISTINCT ON (p.id) p.id, p.name, p.country, p.lat, p.lon, p.geonames_id, p.admin1, p.precision "
           "FROM places p JOIN documents d ON d.id = p.doc_id {where} ORDER BY p.id, d.source_path, d.segment, d.id, "
           "p.ord")

    def shaped(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**row, "lat": _float(row["lat"]), "lon": _float(row["lon"]), "mentions": []} for row in rows]

    every = shaped(_dicts(con.execute(sql.format(where=""))))
    if not new:
        return every, every
    return every, shaped(_with(con, new, sql.format(where="WHERE p.doc_id NOT IN (SELECT id FROM _ids)")))


class _Loader:
    """Whole documents as DocResults (results._load_chunk), each loaded once per update."""

    def __init__(self, con: duckdb.DuckDBPyConnection, places: list[dict[str, Any]],
                 entities: EntityResolution) -> None:
        self.con, self.places = con, {p["id"]: p for p in places}
        # Surface forms read per document on demand (entity_update): read the documents of a batch at once.
        self.prefetch = getattr(entities.surfaces, "prefetch", None)
        self.countries = [p for p in places if p.get("precision") == "country"]
        self._done: dict[str, DocResult] = {}

    def export(self, doc_ids: Iterable[str]) -> dict[str, Any]:
        """``picture_input`` of these documents, with every place carrying its attributes over the whole
        database (and every country-level place present), as a full rebuild's input has them."""
        wanted = sorted(set(doc_ids) - set(self._done))
        for i in range(0, len(wanted), 500):
            for r in results._load_chunk(self.con, wanted[i:i + 500]):
                self._done[r.document.id] = r
        ids = set(doc_ids)
        if self.prefetch is not None:
            self.prefetch(ids)
        obj = picture_input(r for d, r in self._done.items() if d in ids)
        places = {p["id"]: {**self.places.get(p["id"], p), "mentions": p["mentions"]} for p in obj["places"]}
        for p in self.countries:
            places.setdefault(p["id"], p)
        obj["places"] = sorted(places.values(), key=lambda p: (p["name"], p["id"]))
        return obj


# --------------------------------------------------------------------------- events

# A report's date span as date_bounds reads it ("2024" -> the year, "2024-03" -> the month); NULL when the
# SQL cannot read it, and those rows are always candidates (the linker decides).
_START = ("try_cast(CASE length(e.date) WHEN 4 THEN e.date || '-01-01' WHEN 7 THEN e.date || '-01' "
          "ELSE e.date END AS DATE)")
_END = (f"CASE length(e.date) WHEN 4 THEN try_cast(e.date || '-12-31' AS DATE) "
        f"WHEN 7 THEN last_day({_START}) ELSE {_START} END")
_EVENT = ("SELECT e.id, e.doc_id, e.type, e.date, e.date_precision, e.country, e.place, e.place_id, e.lat, e.lon, "
          "e.actor, e.actor_id, e.modality, e.geo_precision FROM events e")


# Every stored report with its date span, read once per update (``_Spans``) and seen by SQL under this name:
# the block search joins it several times a round, and reading the spans once beats casting every date at
# every join.
SPANS = "_sitroom_update_spans"
_SPANS_SQL = _EVENT.replace(" FROM events e", f", {_START} AS s_, {_END} AS e_, e.killed FROM events e")


def _recs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows as the export shapes events (floats as floats, no helper columns)."""
    for r in rows:
        r["lat"], r["lon"] = _float(r["lat"]), _float(r["lon"])
        r.pop("s_", None)
        r.pop("e_", None)
        r.pop("killed", None)  # as _EVENT reads them: the tolls the linker compares come from the block's export
    return rows


def _event_block(con: duckdb.DuckDBPyConnection, seeds: list[dict[str, Any]], reports: inc.Reports,
                 docs: Mapping[str, Mapping[str, Any]],
                 places: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The per-document events whose merged events must be recomputed: the seeds and everything the linker
    can reach from them (inc.linked_reports), stored merged events kept whole."""
    block = {r["id"]: r for r in seeds}
    frontier = list(seeds)
    spans = _Spans(con)
    con.register(SPANS, spans.table)  # the SQL of the searches by place and by toll reads the same rows
    try:
        _search(con, block, frontier, spans, reports, docs, places)
    finally:
        con.unregister(SPANS)
    return block


def _search(con: duckdb.DuckDBPyConnection, block: dict[str, dict[str, Any]], frontier: list[dict[str, Any]],
            spans: _Spans, reports: inc.Reports, docs: Mapping[str, Mapping[str, Any]],
            places: Mapping[str, Mapping[str, Any]]) -> None:
    while frontier:
        found = _co_members(con, [r["id"] for r in frontier])
        candidates = [c for c in spans.meeting(frontier) if c["id"] not in block]
        found += inc.linked_reports(reports, frontier, candidates)
        found += _by_place(con, frontier, docs, places)
        found += _by_toll(con, frontier, reports, docs)
        frontier = []
        for c in found:
            if c["id"] not in block:
                block[c["id"]] = c
                frontier.append(c)


def _co_members(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """Reports that shared a stored merged event with one of ``ids``."""
    return _recs(_with(con, ids, f"{_EVENT} WHERE e.id IN (SELECT s2.event_id FROM picture_event_sources s1 "
                                 "JOIN picture_event_sources s2 ON s1.merged_id = s2.merged_id "
                                 "JOIN _ids k ON s1.event_id = k.id)"))


def _ints(column: pa.Array | pa.ChunkedArray) -> Any:
    """A 32-bit integer Arrow column without NULLs as a numpy array, read in place (Arrow's own to_numpy
    would import pandas, a second's start-up for one conversion)."""
    arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if len(arr) == 0:
        return np.zeros(0, dtype=np.int32)
    return np.frombuffer(arr.buffers()[1], dtype=np.int32, count=len(arr), offset=arr.offset * 4)


class _Spans:
    """The stored reports of ``SPANS`` in memory, each type's dated ones sorted by start, so a round of the
    block search finds the reports whose span meets a window by bisection instead of a join over them all."""

    _EPOCH = date(1970, 1, 1)

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        none = -(1 << 31)  # no day (a NULL span): never inside a window, as NULL never compares true in SQL
        days = con.execute(
            f"SELECT coalesce(s_ - DATE '1970-01-01', {none})::INTEGER AS s, coalesce(e_ - DATE '1970-01-01', "
            f"{none})::INTEGER AS e, (date IS NOT NULL AND s_ IS NULL)::INTEGER AS unread, * FROM ({_SPANS_SQL})"
        ).fetch_arrow_table()
        start, end, unread = _ints(days.column("s")), _ints(days.column("e")), _ints(days.column("unread")) == 1
        self.table = days.drop_columns(["s", "e", "unread"])
        encoded = self.table.column("type").combine_chunks().dictionary_encode()
        codes = _ints(encoded.indices)
        dated = (start != none) & (end != none)
        self.by_type: dict[str, tuple[Any, Any, Any, int]] = {}
        self.unread: dict[str, list[int]] = {}  # reports whose date the SQL cannot read
        for code, t in enumerate(encoded.dictionary.to_pylist()):
            idx = np.flatnonzero((codes == code) & dated)
            order = idx[np.argsort(start[idx], kind="stable")]
            longest = int((end[order] - start[order]).max()) if len(order) else 0
            self.by_type[t] = (start[order], end[order], order, longest)
            self.unread[t] = np.flatnonzero((codes == code) & unread).tolist()

    def _day(self, d: date) -> int:
        return (d - self._EPOCH).days

    def meeting(self, frontier: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Stored reports of a frontier report's type whose span meets its window (inc.window), and those
        whose date the SQL cannot read (the linker decides about them)."""
        found: set[int] = set()
        types: set[str] = set()
        for r in frontier:
            span = inc.window(r)
            if span is None:
                continue
            types.add(r["type"])
            if r["type"] not in self.by_type:
                continue
            starts, ends, order, longest = self.by_type[r["type"]]
            lo, hi = self._day(span[0]), self._day(span[1])
            # start <= hi and end >= lo; a span is at most ``longest`` days, so start >= lo - longest.
            first = int(np.searchsorted(starts, lo - longest, side="left"))
            last = int(np.searchsorted(starts, hi, side="right"))
            hits = order[first:last][ends[first:last] >= lo]
            found.update(hits.tolist())
        for t in types:
            found.update(self.unread.get(t, ()))
        return _recs(self.table.take(sorted(found)).to_pylist()) if found else []


def _by_place(con: duckdb.DuckDBPyConnection, frontier: list[dict[str, Any]], docs: Mapping[str, Mapping[str, Any]],
              places: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """What ``events.attach_undated`` can join with a frontier report by place: for a dated report the
    undated ones at its place; for an undated one the dated ones there within its document's year."""
    undated_at: set[tuple[str, str]] = set()  # (type, place) of dated reports: undated ones there
    dated_at: list[tuple[str, str, date, date]] = []  # (type, place, from, to) of undated reports
    for r in frontier:
        if date_bounds(r.get("date"))[0] is not None:
            if r.get("place_id"):
                undated_at.add((r["type"], str(r["place_id"])))
            continue
        place_id = inc.attachable(r, places)
        doc = docs.get(r["doc_id"]) or {}
        lo, hi = date_bounds(doc.get("published") or doc.get("reference_date"))
        if place_id and lo is not None and hi is not None:
            dated_at.append((r["type"], place_id, date(lo.year, 1, 1), hi))
    out: list[dict[str, Any]] = []
    if undated_at:
        keys = sorted(undated_at)
        out += [c for c in _joined(con, {"type": [k[0] for k in keys], "place_id": [k[1] for k in keys]},
                                   "w.type = c.type AND w.place_id = c.place_id AND (c.s_ IS NULL)")
                if date_bounds(c.get("date"))[0] is None]
    if dated_at:
        out += _joined(con, {"type": [k[0] for k in dated_at], "place_id": [k[1] for k in dated_at],
                             "lo": [k[2] for k in dated_at], "hi": [k[3] for k in dated_at]},
                       "w.type = c.type AND w.place_id = c.place_id AND c.s_ BETWEEN w.lo AND w.hi")
    return out


def _toll_range(killed: int) -> tuple[int, int]:
    """The tolls ``events._tolls_agree`` finds in agreement with ``killed`` (within a quarter of the larger)."""
    return math.ceil(0.75 * killed), math.floor(killed / 0.75)


def _by_toll(con: duckdb.DuckDBPyConnection, frontier: list[dict[str, Any]], reports: inc.Reports,
             docs: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """What ``events.attach_undated`` can join with a frontier report by country and toll: for a report too
    vague to cluster (undated, or dated only to a year) the dated reports of its country whose tolls agree,
    within its document's window (its year for a year-only report; any date for an undated report of an
    undated page); for a dated report the vague ones of its country whose tolls agree. A superset: the
    linker decides (place containment, actor, the one candidate)."""
    killed = {r["id"]: r["killed"] for r in _with(con, [r["id"] for r in frontier],
                                                  "SELECT id, killed FROM events WHERE id IN (SELECT id FROM _ids) "
                                                  "AND killed IS NOT NULL")}
    vague: list[tuple[str, str, int, int, date, date]] = []  # type, country, toll range, date window
    dated: list[tuple[str, str, int, int]] = []
    for r in frontier:
        country = reports.country(r)
        if r["id"] not in killed or not country:
            continue
        lo_k, hi_k = _toll_range(int(killed[r["id"]]))
        start, end = date_bounds(r.get("date"))
        if start is not None and end is not None and inc.window(r) is not None:
            dated.append((r["type"], country, lo_k, hi_k))
            continue
        if start is None or end is None:
            doc = docs.get(r["doc_id"]) or {}
            d_start, d_end = date_bounds(doc.get("published") or doc.get("reference_date"))
            days = linker.type_rule(r["type"]).undated_window_days
            start, end = ((min(date(d_start.year, 1, 1), d_start - timedelta(days=days)), d_end)
                          if d_start is not None and d_end is not None else (date.min, date.max))
        vague.append((r["type"], country, lo_k, hi_k, start, end))
    out: list[dict[str, Any]] = []
    # A report whose country only its place gives (e.country NULL) is always a candidate.
    country = "(c.country = w.country OR (c.country IS NULL AND c.place_id IS NOT NULL))"
    if vague:
        cols = list(zip(*vague, strict=True))
        out += _joined(con, {"type": list(cols[0]), "country": list(cols[1]), "lo_k": list(cols[2]),
                             "hi_k": list(cols[3]), "lo": list(cols[4]), "hi": list(cols[5])},
                       f"w.type = c.type AND {country} AND c.killed BETWEEN w.lo_k AND w.hi_k "
                       "AND c.s_ <= w.hi AND c.e_ >= w.lo")
    if dated:
        cols = list(zip(*dated, strict=True))
        out += _joined(con, {"type": list(cols[0]), "country": list(cols[1]), "lo_k": list(cols[2]),
                             "hi_k": list(cols[3])},
                       f"w.type = c.type AND {country} AND c.killed BETWEEN w.lo_k AND w.hi_k "
                       "AND (c.s_ IS NULL OR length(c.date) = 4)")
    return out


def _joined(con: duckdb.DuckDBPyConnection, columns: dict[str, list[Any]], on: str) -> list[dict[str, Any]]:
    """Reports (``SPANS`` rows as ``c``) joined with a relation ``w`` of ``columns`` on ``on``."""
    view = "_sitroom_update_join"
    con.register(view, pa.table(columns))
    try:
        rows = _dicts(con.execute(f"SELECT DISTINCT c.* FROM {SPANS} c JOIN {view} w ON {on}"))
    finally:
        con.unregister(view)
    return _recs(rows)


# --------------------------------------------------------------------------- the update


def _entity_ids(resolution: EntityResolution,
                history: tuple[dict[str, str], dict[str, int], dict[str, str]]) -> Assignment:
    return assign_ids([(e.id, list(e.members) or [e.id]) for e in resolution.entities], *history)


def _assign(con: duckdb.DuckDBPyConnection, kind: str, groups: list[tuple[str, list[str]]], old: set[str],
            table: str, members_sql: str) -> Assignment:
    """The published ids of the records recomputed (``groups``, replacing the stored records ``old`` of
    ``table``). Only the history an assignment can read or change is loaded: the ids of ``old``, the fresh
    ids and their split forms, the retired ids pointing into the block, and the newest id (the next
    generation follows it); the returned ``born`` holds just those, so id_rows gives the rows to replace."""
    fresh = {f for f, _ in groups} | {stable_id("split", f, *sorted(m)) for f, m in groups}
    history = _with(con, old | fresh, "SELECT id, born, current_id FROM picture_ids WHERE kind = ? AND (id IN "
                    "(SELECT id FROM _ids) OR current_id IN (SELECT id FROM _ids) OR current_id NOT IN "
                    f"(SELECT id FROM {table}))", [kind])
    born = {str(r["id"]): int(r["born"]) for r in history}
    newest = con.execute("SELECT max(born) FROM picture_ids WHERE kind = ?", [kind]).fetchone()
    if newest is not None and newest[0] is not None:
        born[GENERATION] = int(newest[0])  # no id: the next generation follows the newest, and no row names it
    redirects = {str(r["id"]): str(r["current_id"]) for r in history if r["current_id"] != r["id"]}
    # Fresh ids that records outside the block keep: a new record must not take one.
    kept = {str(r["id"]) for r in _with(con, fresh, f"SELECT id FROM {table} WHERE id IN (SELECT id FROM _ids)")} - old
    previous = {str(m): str(o) for m, o in (tuple(r.values()) for r in _with(con, old, members_sql))}
    return inc.assign_block(groups, previous, born, redirects, kept)


def _update(con: duckdb.DuckDBPyConnection, overrides: Overrides, basis: str, max_new_share: float) -> dict[str, int]:
    docs, new = _documents(con, basis, overrides, max_new_share)
    written: dict[str, int] = {}

    res_new, res_old, ent_new, changed = _entities(con, docs, new, overrides, written)
    touched = new | changed  # documents whose own events, figures and quotes are read again
    every_place, old_places = _places(con, new)
    codes = {str(p["country"]) for p in every_place if p.get("precision") == "country" and p.get("country")}
    if inc.country_names(every_place, codes) != inc.country_names(old_places, codes):
        raise _Rebuild("a new country-level place renames a country")
    known = {p["id"]: p for p in old_places}
    if any(p["id"] in known and p != known[p["id"]] for p in every_place):
        # build_export takes a place's attributes from its first document: a new one sorting first moved them.
        raise _Rebuild("a new document gives a stored place other attributes")
    loader = _Loader(con, every_place, res_new)
    places = {p["id"]: p for p in every_place}

    # Events: the block the new and changed reports reach, merged again as a whole.
    reports = inc.Reports(places, (res_new.resolve, res_new.names), (res_old.resolve, res_old.names),
                          changed, new)
    seeds = _recs(_with(con, touched, f"{_EVENT} JOIN {query.DOCS_OF_IDS} ON e.doc_seq = k.doc_seq "
                                      "AND e.doc_id = k.id"))
    block = _event_block(con, seeds, reports, {d["id"]: d for d in docs}, places)
    obj = loader.export({r["doc_id"] for r in block.values()})
    obj["events"] = [e for e in obj["events"] if e["id"] in block]
    events = merge_events(obj, res_new.resolve, res_new.names)
    ev_old = {r["merged_id"] for r in _with(con, block, "SELECT DISTINCT merged_id FROM picture_event_sources "
                                                        "WHERE event_id IN (SELECT id FROM _ids)")}
    touched_obj = loader.export(touched)
    series, se_old = _series(con, loader, touched_obj, changed, res_new, overrides)

    # Ids: recomputed records reconcile with the stored history exactly as in a full rebuild.
    fresh = groups_of(Picture(events=events, series=series))
    ev_ids = _assign(con, "event", fresh["event"], ev_old, "picture_events",
                     "SELECT s.event_id, s.merged_id FROM picture_event_sources s JOIN _ids k ON s.merged_id = k.id")
    se_ids = _assign(con, "series", fresh["series"], se_old, "picture_series",
                     "SELECT p.figure_id, p.series_id FROM picture_series_points p JOIN _ids k ON p.series_id = k.id")

    # Statements of the touched documents, then the opposing pairs of every (actor, topic) they touch.
    statements, _ = build_statements(touched_obj, res_new)
    subjects = {(a, r["topic"]) for r in _with(con, changed, "SELECT about_ids, topic, polarity FROM "
                                               "picture_statements s JOIN _ids k ON s.doc_id = k.id")
                if r["topic"] is not None and r["polarity"] != 0 for a in r["about_ids"]}
    subjects |= {(ent_new.ids.get(a, a), s.topic) for s in statements if s.topic is not None and s.polarity != 0
                 for a in s.about_ids}

    rows = picture_rows(restamp(Picture(events=events, series=series, statements=statements), ev_ids, se_ids,
                                ent_new))
    _delete(con, "picture_event_sources", "merged_id", ev_old)
    _delete(con, "picture_events", "id", ev_old)
    _delete(con, "picture_series_points", "series_id", se_old)
    _delete(con, "picture_series", "id", se_old)
    _delete(con, "picture_statements", "doc_id", changed)
    for table in ("picture_events", "picture_event_sources", "picture_series", "picture_series_points",
                  "picture_statements"):
        insert_rows(con, table, rows[table])
        written[table] = len(rows[table])
    # Statement order is global (date, document, id): renumber once the new ones are in.
    con.execute("UPDATE picture_statements SET ord = r.n FROM (SELECT id, doc_id, row_number() OVER (ORDER BY "
                "CASE WHEN date IS NULL OR date = '' THEN '9999' ELSE date END, doc_id, id) - 1 AS n "
                "FROM picture_statements) r "
                "WHERE picture_statements.id = r.id AND picture_statements.doc_id = r.doc_id")
    written["picture_opposing"] = len(_opposing(con, subjects, res_new, ent_new))
    written["picture_ids"] = _id_history(con, [*id_rows("event", ev_ids), *id_rows("series", se_ids),
                                               *id_rows("entity", ent_new)],
                                         {"event": set(ev_ids.born), "series": set(se_ids.born), "entity": None})
    mark_built(con, basis)
    log.info("picture: %d new documents, %d changed, %d reports re-merged, %d series", len(new), len(changed),
             len(block), len(series))
    return written


def _entities(con: duckdb.DuckDBPyConnection, docs: list[dict[str, Any]], new: set[str], overrides: Overrides,
              written: dict[str, int]) -> tuple[EntityResolution, EntityResolution, Assignment, set[str]]:
    """Entities after the new documents: from per-group counts (store/entity_update.py) unless a stored
    record changes group, else by resolving every record again. Returns (after, before, published ids
    after, the old documents whose entities read differently now); the changed rows are replaced."""
    done = entity_update.update_entities(con, docs, new, _role_quotes(con, docs))
    if done is None:
        return _entities_resolved(con, docs, new, overrides, written)
    stored = {r["id"]: r for r in _with(con, done.replaced, "SELECT id, canonical, type, wikidata, surface_forms, "
                                        "doc_ids, mention_count, members, roles FROM picture_entities "
                                        "WHERE id IN (SELECT id FROM _ids)")}
    added = [r for r in done.rows if stored.get(r["id"]) != r]
    _delete(con, "picture_entities", "id", done.replaced - {r["id"] for r in done.rows if stored.get(r["id"]) == r})
    insert_rows(con, "picture_entities", added)
    written["picture_entities"] = len(added)
    return done.new, done.old, done.ids, done.changed


def _entities_resolved(con: duckdb.DuckDBPyConnection, docs: list[dict[str, Any]], new: set[str],
                       overrides: Overrides, written: dict[str, int]
                       ) -> tuple[EntityResolution, EntityResolution, Assignment, set[str]]:
    """Entities resolved again over every entity record (a narrow read), before and after the new documents;
    the rows of those that changed replaced. Returns (after, before, published ids after, the old documents
    whose entities read differently now)."""
    ent_in = _entity_input(con, docs)
    res_new = resolve_entities(ent_in, overrides)
    res_old = resolve_entities(_without(ent_in, new), overrides)
    ent_new = _entity_ids(res_new, id_history(con, "entity"))
    stored = {r["id"]: r for r in _dicts(con.execute(
        "SELECT id, canonical, type, wikidata, surface_forms, doc_ids, mention_count, members, roles "
        "FROM picture_entities"))}
    # The ids the stored picture published for the entities of the old records, read off it: an entity is
    # its members in its documents (two bare surnames of two documents share a member, not documents).
    by_content = {(tuple(r["members"]), tuple(r["doc_ids"])): i for i, r in stored.items()}
    ent_old = Assignment(ids={e.id: by_content.get((tuple(e.members), tuple(e.doc_ids)), "")
                              for e in res_old.entities})
    if len(by_content) != len(stored) or sorted(ent_old.ids.values()) != sorted(stored):
        raise _Rebuild("stored entities are not what their records resolve to")
    old_docs = [d["id"] for d in docs if d["id"] not in new]
    changed, fallbacks = inc.changed_documents(inc.published_view(res_old, ent_old),
                                               inc.published_view(res_new, ent_new), old_docs)
    if fallbacks:
        changed |= {r["doc_id"] for r in _with(con, fallbacks, "SELECT doc_id FROM events WHERE actor_id IN "
                                               "(SELECT id FROM _ids) UNION SELECT doc_id FROM quotes WHERE "
                                               "speaker_id IN (SELECT id FROM _ids)")} - new
    fresh = {r["id"]: r for r in picture_rows(restamp(Picture(entities=res_new.entities), Assignment(),
                                                      Assignment(), ent_new))["picture_entities"]}
    gone = {i for i, r in stored.items() if fresh.get(i) != r}
    _delete(con, "picture_entities", "id", gone)
    added = [r for i, r in fresh.items() if i not in stored or i in gone]
    insert_rows(con, "picture_entities", added)
    written["picture_entities"] = len(added)
    return res_new, res_old, ent_new, changed


def _series(con: duckdb.DuckDBPyConnection, loader: _Loader, touched_obj: dict[str, Any], changed: set[str],
            entities: EntityResolution, overrides: Overrides) -> tuple[list[Any], set[str]]:
    """Every series a touched document's figures join (or joined), built again from all of its documents;
    and the published ids of the stored series they replace."""
    keys = {s.id for s in build_series(touched_obj, entities, overrides)}
    stored: dict[str, tuple[str, set[str]]] = {}
    for sid, name, unit, doc_id in con.execute(
            "SELECT s.id, s.name, s.unit, p.doc_id FROM picture_series s JOIN picture_series_points p "
            "ON p.series_id = s.id").fetchall():
        # The fresh id a rebuild gives the series (series.build_series): its key, from its name and unit.
        stored.setdefault(sid, (stable_id("series", name.casefold(), unit), set()))[1].add(doc_id)
    keys |= {key for key, doc_ids in stored.values() if doc_ids & changed}
    old = {sid for sid, (key, _) in stored.items() if key in keys}
    docs = {d["id"] for d in touched_obj["documents"]}.union(*(stored[s][1] for s in old))
    return [s for s in build_series(loader.export(docs), entities, overrides) if s.id in keys], old


def _id_history(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]],
                scope: Mapping[str, set[str] | None]) -> int:
    """Make ``picture_ids`` hold ``rows`` for the ids in ``scope`` (per kind; None: every id of the kind),
    touching only the rows that differ; returns rows written."""
    keys = [(k, i) for k, ids in scope.items() if ids is not None for i in ids]
    view = "_sitroom_update_ids_scope"
    con.register(view, pa.table({"kind": pa.array([k for k, _ in keys], pa.string()),
                                 "id": pa.array([i for _, i in keys], pa.string())}))
    whole = [k for k, ids in scope.items() if ids is None]
    try:
        stored = {(k, i): (b, c) for k, i, b, c in con.execute(
            "SELECT kind, id, born, current_id FROM picture_ids p WHERE list_contains(?, kind) OR "
            f"(kind, id) IN (SELECT (kind, id) FROM {view})", [whole]).fetchall()}
    finally:
        con.unregister(view)
    fresh = {(r["kind"], r["id"]): (r["born"], r["current_id"]) for r in rows}
    stale = [k for k, v in stored.items() if fresh.get(k) != v]
    if stale:
        view = "_sitroom_update_ids_stale"
        con.register(view, pa.table({"kind": [k[0] for k in stale], "id": [k[1] for k in stale]}))
        try:
            con.execute(f"DELETE FROM picture_ids WHERE (kind, id) IN (SELECT (kind, id) FROM {view})")
        finally:
            con.unregister(view)
    changed = [r for r in rows if stored.get((r["kind"], r["id"])) != fresh[(r["kind"], r["id"])]]
    insert_rows(con, "picture_ids", changed)
    return len(changed)


def _delete(con: duckdb.DuckDBPyConnection, table: str, column: str, values: Iterable[str]) -> None:
    listed = sorted(set(values))
    if not listed:
        return
    view = "_sitroom_update_delete"
    con.register(view, pa.table({"v": pa.array(listed, pa.string())}))
    try:
        con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT v FROM {view})")
    finally:
        con.unregister(view)


def _opposing(con: duckdb.DuckDBPyConnection, subjects: set[tuple[str, str]], entities: EntityResolution,
              ids: Assignment) -> list[dict[str, Any]]:
    """Replace the opposing pairs of each (published actor id, topic) in ``subjects``, recomputed from every
    stored statement on it in picture order; returns the rows written."""
    if not subjects:
        return []
    fresh_of = {p: f for f, p in ids.ids.items()}
    view = "_sitroom_update_subjects"
    con.register(view, pa.table({"about": [s[0] for s in subjects], "topic": [s[1] for s in subjects]}))
    try:
        con.execute(f"DELETE FROM picture_opposing WHERE (about_id, topic) IN (SELECT (about, topic) FROM {view})")
        rows = _dicts(con.execute(
            f"SELECT DISTINCT s.* EXCLUDE (date_start) FROM picture_statements s JOIN {view} v ON s.topic = v.topic "
            "AND list_contains(s.about_ids, v.about) WHERE s.polarity != 0 ORDER BY s.ord"))
    finally:
        con.unregister(view)
    statements = [Statement(
        id=r["id"], doc_id=r["doc_id"], source=r["source"], speaker=r["speaker"],
        speaker_id=fresh_of.get(r["speaker_id"], r["speaker_id"]) if r["speaker_id"] else None,
        role=r["role"], date=r["date"], text=r["text"], direct=r["direct"],
        about_ids=[fresh_of.get(a, a) for a in r["about_ids"]], about=list(r["about"]), topic=r["topic"],
        polarity=r["polarity"], evidence=[]) for r in rows]
    wanted = {(fresh_of.get(a, a), t) for a, t in subjects}
    pairs = [p for p in opposing(statements, entities) if (p.about_id, p.topic) in wanted]
    out = [replace(p, about_id=ids.ids.get(p.about_id, p.about_id)).as_dict() for p in pairs]
    insert_rows(con, "picture_opposing", out)
    return out


