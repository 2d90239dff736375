"""The cross-source picture in the database: save it (replacing the previous one) and query it.

``rebuild_picture`` reads every stored record, builds the picture (sitroom.picture.build_picture) and
replaces the ``picture_*`` tables in one transaction, so readers see the old picture or the new one, never
half of each. Query functions return plain JSON-ready dicts; a missing id raises E401, a filter that
cannot be understood E402.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Unpack

import duckdb
import pyarrow as pa

from sitroom.errors import SitroomError
from sitroom.models import DocResult
from sitroom.picture import Picture, build_picture, load_overrides, picture_input
from sitroom.picture.common import date_bounds
from sitroom.picture.ids import Assignment, assign_ids, groups_of, restamp
from sitroom.picture.incremental import basis
from sitroom.store import query, results, state
from sitroom.store import search as fulltext
from sitroom.store.failures import rollback_quietly
from sitroom.store.query import EventFilter, Where

MAX_LIMIT = query.MAX_LIMIT
PICTURE_TABLES: tuple[str, ...] = (
    "picture_entities", "picture_events", "picture_event_sources", "picture_series", "picture_series_points",
    "picture_statements", "picture_opposing",
)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def picture_rows(picture: Picture) -> dict[str, list[dict[str, Any]]]:
    """The rows of every picture table."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in PICTURE_TABLES}
    for ent in picture.entities:
        rows["picture_entities"].append({
            "id": ent.id, "canonical": ent.canonical, "type": ent.type, "wikidata": ent.wikidata,
            "surface_forms": ent.surface_forms, "doc_ids": ent.doc_ids, "mention_count": ent.mention_count,
            "members": ent.members, "roles": _json([r.as_dict() for r in ent.roles]),
        })
    for ev in picture.events:
        k, w = ev.killed, ev.wounded
        rows["picture_events"].append({
            "id": ev.id, "type": ev.type, "date": ev.date, "date_precision": ev.date_precision,
            "time_precision": ev.time_precision, "date_start": date_bounds(ev.date_start)[0],
            "date_end": date_bounds(ev.date_end)[0],
            "country": ev.country, "place": ev.place, "place_id": ev.place_id, "admin1": ev.admin1,
            "lat": ev.lat, "lon": ev.lon, "geo_precision": ev.geo_precision,
            "geo_precision_code": ev.geo_precision_code, "actor": ev.actor, "actor_id": ev.actor_id,
            "target": ev.target, "claimed": ev.claimed, "modality": ev.modality,
            "killed_low": k.low if k else None, "killed_best": k.best if k else None,
            "killed_high": k.high if k else None, "wounded_low": w.low if w else None,
            "wounded_best": w.best if w else None, "wounded_high": w.high if w else None,
            "n_sources": len({s.doc_id for s in ev.sources}), "killed": _json(k.as_dict()) if k else None,
            "wounded": _json(w.as_dict()) if w else None,
        })
        for i, s in enumerate(ev.sources):
            rows["picture_event_sources"].append({
                "merged_id": ev.id, "ord": i, **{k2: v for k2, v in s.as_dict().items() if k2 != "evidence"},
                "evidence": _json(s.evidence),
            })
    for se in picture.series:
        dated = [p.as_of for p in se.points if p.as_of]
        rows["picture_series"].append({
            "id": se.id, "name": se.name, "unit": se.unit, "rule": se.rule, "target": se.target,
            "n_points": len(se.points), "n_targets": len(se.targets),
            "first_as_of": dated[0] if dated else None, "last_as_of": dated[-1] if dated else None,
        })
        for kind, points in (("point", se.points), ("target", se.targets)):
            for i, p in enumerate(points):
                rows["picture_series_points"].append({
                    "series_id": se.id, "ord": i, "kind": kind,
                    **{k2: v for k2, v in p.as_dict().items() if k2 not in ("evidence", "is_target")},
                    "evidence": _json(p.evidence),
                })
    for i, st in enumerate(picture.statements):
        rows["picture_statements"].append({
            **{k2: v for k2, v in st.as_dict().items() if k2 != "evidence"}, "ord": i,
            "date_start": date_bounds(st.date)[0], "evidence": _json(st.evidence),
        })
    for op in picture.opposing:
        rows["picture_opposing"].append(op.as_dict())
    return rows


def _column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return {r[0]: r[1] for r in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}


# The members each kind of record held in the stored picture: (member id, record id).
_PREVIOUS_MEMBERS: dict[str, str] = {
    "event": "SELECT event_id, merged_id FROM picture_event_sources",
    "series": "SELECT figure_id, series_id FROM picture_series_points",
    "entity": "SELECT unnest(members), id FROM picture_entities",
}


def id_rows(kind: str, done: Assignment) -> list[dict[str, Any]]:
    """The ``picture_ids`` rows of one kind after ``done``: every id issued, pointing at its live record."""
    live = set(done.ids.values())
    rows: list[dict[str, Any]] = []
    for ident, gen in sorted(done.born.items()):
        target = ident if ident in live else done.redirects.get(ident)
        if target is not None:
            rows.append({"kind": kind, "id": ident, "born": gen, "current_id": target})
    return rows


def id_history(con: duckdb.DuckDBPyConnection, kind: str) -> tuple[dict[str, str], dict[str, int], dict[str, str]]:
    """(member -> published id in the stored picture, id -> born, retired id -> where it points) of a kind."""
    history = con.execute("SELECT id, born, current_id FROM picture_ids WHERE kind = ?", [kind]).fetchall()
    previous = {str(m): str(r) for m, r in con.execute(_PREVIOUS_MEMBERS[kind]).fetchall() if m is not None}
    born = {str(i): int(b) for i, b, _ in history}
    redirects = {str(i): str(c) for i, _, c in history if c != i}
    return previous, born, redirects


def _stabilised(con: duckdb.DuckDBPyConnection, picture: Picture) -> tuple[Picture, list[dict[str, Any]]]:
    """``picture`` under the ids the stored picture published (sitroom.picture.ids), and the rows of the
    id history to store with it. Reads the stored picture, so it runs before that is replaced."""
    fresh = groups_of(picture)
    done: dict[str, Assignment] = {}
    rows: list[dict[str, Any]] = []
    for kind, groups in fresh.items():
        done[kind] = assign_ids(groups, *id_history(con, kind))
        rows.extend(id_rows(kind, done[kind]))
    return restamp(picture, done["event"], done["series"], done["entity"]), rows


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Append ``rows`` (dicts keyed by column) to ``table`` in one statement."""
    if not rows:
        return
    types = _column_types(con, table)
    view = f"_sitroom_picture_{table}"
    con.register(view, pa.Table.from_pylist(rows))
    try:
        # Explicit casts: a column that is all NULL in this batch arrives untyped from Arrow.
        select = ", ".join(f'CAST("{c}" AS {types[c]}) AS "{c}"' for c in rows[0])
        con.execute(f"INSERT INTO {table} BY NAME SELECT {select} FROM {view}")
    finally:
        con.unregister(view)


# What the stored picture was built from, kept beside it (store_state) so an ingest can update it instead
# of rebuilding it (store/picture_update.py): the newest document it covers and the rules it was built under.
PICTURE_UPTO = "picture_upto"
PICTURE_BASIS = "picture_basis"


def mark_built(con: duckdb.DuckDBPyConnection, basis: str | None) -> None:
    """Inside the transaction that saves a picture of every stored record: what it covers. Without a
    ``basis`` (a picture saved from outside rebuild_picture) the next update is a full rebuild."""
    if basis is None:
        state.delete(con, PICTURE_UPTO)
        state.delete(con, PICTURE_BASIS)
    else:
        row = con.execute("SELECT max(stored_at) FROM documents").fetchone()
        state.put(con, PICTURE_UPTO, row[0].isoformat() if row and row[0] is not None else "")
        state.put(con, PICTURE_BASIS, basis)
    # Same transaction as the rows: the stale mark goes exactly when a picture of every record is in.
    state.clear_picture_stale(con)


def save_picture(con: duckdb.DuckDBPyConnection, picture: Picture, basis: str | None = None) -> dict[str, int]:
    """Replace the stored picture with ``picture`` in one transaction; returns rows written per table.
    Records keep the ids the stored picture gave them (``_stabilised``), so saved links still resolve.
    ``basis``: the digest of the rules it was built under (sitroom.picture.incremental.basis)."""
    con.begin()
    try:
        picture, id_rows_ = _stabilised(con, picture)
        rows = picture_rows(picture)
        con.execute("DELETE FROM picture_ids")
        insert_rows(con, "picture_ids", id_rows_)
        for table in PICTURE_TABLES:
            con.execute(f"DELETE FROM {table}")
            insert_rows(con, table, rows[table])
        mark_built(con, basis)
        con.commit()
    except BaseException:
        rollback_quietly(con)
        raise
    return {t: len(r) for t, r in rows.items()}


def build_from_results(results: Iterable[DocResult], overrides_path: str | Path | None = None) -> Picture:
    return build_picture(picture_input(results), load_overrides(overrides_path))


def rebuild_picture(con: duckdb.DuckDBPyConnection, overrides_path: str | Path | None = None) -> dict[str, int]:
    """Build the picture from every stored record and replace the stored one. Returns rows per table."""
    picture = build_from_results(results.iter_results(con), overrides_path)
    return save_picture(con, picture, basis(overrides_path))


# --------------------------------------------------------------------------- queries

_dicts = query._dicts
_page = query._page


def country_code(value: str) -> str:
    """ISO alpha-2 from an alpha-2, alpha-3 or English country name ("IQ", "IRQ", "Iraq")."""
    v = value.strip()
    if len(v) == 2 and v.isalpha():
        return v.upper()
    import pycountry  # only needed for names and alpha-3 codes

    try:
        found = pycountry.countries.lookup(v)
    except LookupError as exc:
        raise SitroomError("E402", name="country", value=value, reason="not an ISO country code or name") from exc
    return str(found.alpha_2)


def _like(value: str) -> str:
    return "%" + value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _event_where(filters: EventFilter) -> Where:
    """Merged events matching ``filters``: the country as a code or a name, the actor by any name of its
    resolved entity, the place by part of its name or region, or its exact id."""
    where = Where()
    if type := filters.get("type"):
        where.add("e.type = ?", query.event_type(type))
    if country := filters.get("country"):
        where.add("e.country = ?", country_code(country))
    if actor := filters.get("actor"):
        # The actor's name, or any surface form of the resolved entity ("IS" finds "Islamic State" events).
        where.add("""(e.actor ILIKE ? ESCAPE '\\' OR e.actor_id IN (
            SELECT id FROM picture_entities WHERE canonical ILIKE ? ESCAPE '\\'
            OR list_contains(list_transform(surface_forms, lambda s: lower(s)), lower(?))))""",
                  _like(actor), _like(actor), actor.strip())
    if since := filters.get("since"):
        where.add("e.date_end >= ?", query._day("since", since, last=False))
    if until := filters.get("until"):
        where.add("e.date_start <= ?", query._day("until", until, last=True))
    if place := filters.get("place"):
        where.add("(e.place ILIKE ? ESCAPE '\\' OR e.admin1 ILIKE ? ESCAPE '\\' OR e.place_id = ?)",
                  _like(place), _like(place), place.strip())
    return where


EVENT_SUMMARY = (
    "e.id, e.type, e.date, e.date_precision, e.time_precision, e.country, e.place, e.place_id, e.admin1, e.lat, "
    "e.lon, e.geo_precision, e.geo_precision_code, e.actor, e.actor_id, e.target, e.claimed, e.modality, "
    "e.killed_low, e.killed_best, e.killed_high, e.wounded_low, e.wounded_best, e.wounded_high, e.n_sources"
)
# Newest first. The cursor of a page is the sort key of its last row, so the next page starts right after
# it with a range condition instead of OFFSET skipping (and sorting) every earlier row.
EVENT_ORDER = "e.date_start DESC NULLS LAST, e.type, e.id"


def _cursor(date_start: date | None, type: str, ident: str) -> str:
    raw = json.dumps([date_start.isoformat() if date_start else None, type, ident], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _after(cursor: str) -> tuple[str, list[Any]]:
    """The condition (and its parameters) for rows after ``cursor`` in ``EVENT_ORDER``."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, type, ident = json.loads(raw)
        start = date.fromisoformat(day) if day is not None else None
        if not (isinstance(type, str) and isinstance(ident, str)):
            raise ValueError("bad key")
    except (ValueError, TypeError, binascii.Error):
        raise SitroomError("E402", name="cursor", value=cursor, reason="use the next_cursor of a page") from None
    same_day_after = "(e.type > ? OR (e.type = ? AND e.id > ?))"
    if start is None:  # undated rows sort last: only later undated rows follow
        return f"(e.date_start IS NULL AND {same_day_after})", [type, type, ident]
    return (f"(e.date_start < ? OR e.date_start IS NULL OR (e.date_start = ? AND {same_day_after}))",
            [start, start, type, type, ident])


def _lead_evidence(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Attach the evidence of each merged event's first source, one query for the whole page."""
    if not rows:
        return
    # ord is checked here, not in SQL: a second condition stops DuckDB from using the merged_id index.
    found = query._for_ids(con, [r["id"] for r in rows],
                          "SELECT s.merged_id, s.ord, s.evidence FROM picture_event_sources s WHERE {ids}",
                          "s.merged_id")
    by_id = {f["merged_id"]: json.loads(f["evidence"]) for f in found if f["ord"] == 0}
    for r in rows:
        r["evidence"] = by_id.get(r["id"], [])


def merged_events_page(
    con: duckdb.DuckDBPyConnection,
    limit: int = 100,
    offset: int = 0,
    cursor: str | None = None,
    evidence: bool = False,
    **filters: Unpack[EventFilter],
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of merged events (as ``merged_events``) and the cursor of the next page (None: last page).

    With ``cursor`` the page starts right after the row that cursor was made from (``offset`` then skips
    from there); with ``evidence`` each event carries its first source's evidence.
    """
    _page(limit, offset)
    where = _event_where(filters)
    if cursor:
        term, params = _after(cursor)
        where.add(term, *params)
    # Sort keys first, whole rows for the page after: the sort then carries three columns, not thirty.
    keys = con.execute(
        f"SELECT e.id, e.date_start, e.type FROM picture_events e {where.sql} ORDER BY {EVENT_ORDER} "
        "LIMIT ? OFFSET ?", [*where.params, limit + 1, offset]).fetchall()
    more, keys = len(keys) > limit, keys[:limit]
    found = {r["id"]: r for r in query._for_ids(
        con, [k[0] for k in keys], f"SELECT {EVENT_SUMMARY} FROM picture_events e WHERE {{ids}}", "e.id")}
    rows = [found[k[0]] for k in keys]
    if evidence:
        _lead_evidence(con, rows)
    last = keys[-1] if keys else None
    return rows, (_cursor(last[1], last[2], last[0]) if more and last else None)


def merged_events(
    con: duckdb.DuckDBPyConnection, limit: int = 100, offset: int = 0, **filters: Unpack[EventFilter]
) -> list[dict[str, Any]]:
    """Merged events matching every filter (``EventFilter``, matched as ``_event_where`` says), newest
    first."""
    return merged_events_page(con, limit, offset, **filters)[0]


def count_merged_events(con: duckdb.DuckDBPyConnection, **filters: Unpack[EventFilter]) -> int:
    """How many merged events ``merged_events`` matches with the same filters over all pages."""
    return query.count(con, "picture_events e", _event_where(filters))


_ID_KIND = {"picture_events": "event", "picture_series": "series", "picture_entities": "entity"}


def _resolve_id(con: duckdb.DuckDBPyConnection, table: str, kind: str, ident: str) -> str:
    """An exact id, or a unique prefix of one (at least 6 characters), as the CLI shows short ids."""
    row = con.execute(f"SELECT id FROM {table} WHERE id = ?", [ident]).fetchone()
    if row:
        return str(row[0])
    if len(ident) >= 6:
        found = con.execute(f"SELECT id FROM {table} WHERE starts_with(id, ?) LIMIT 2", [ident]).fetchall()
        if len(found) == 1:
            return str(found[0][0])
    # An id an earlier picture published: it redirects to the record now holding its reports.
    moved = con.execute("SELECT current_id FROM picture_ids WHERE kind = ? AND id = ?",
                        [_ID_KIND[table], ident]).fetchone()
    if moved and con.execute(f"SELECT 1 FROM {table} WHERE id = ?", [moved[0]]).fetchone():
        return str(moved[0])
    raise SitroomError("E401", kind=kind, id=ident)


def merged_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """One merged event with its value summaries and every source report with its evidence."""
    ident = _resolve_id(con, "picture_events", "merged event", event_id)
    event = _dicts(con.execute(f"SELECT {EVENT_SUMMARY}, e.killed, e.wounded FROM picture_events e WHERE e.id = ?",
                               [ident]))[0]
    for key in ("killed", "wounded"):
        event[key] = json.loads(event[key]) if event[key] else None
    sources = _dicts(con.execute(
        "SELECT * EXCLUDE (merged_id, ord) FROM picture_event_sources WHERE merged_id = ? ORDER BY ord", [ident]))
    for s in sources:
        s["evidence"] = json.loads(s["evidence"])
    event["sources"] = sources
    return event


def series(con: duckdb.DuckDBPyConnection, name: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Series summaries; with ``name`` (a series id, exact name or part of one) those series with points."""
    _page(limit, 0)
    if name is None:
        return _dicts(con.execute(
            "SELECT * FROM picture_series ORDER BY n_points + n_targets DESC, lower(name), id LIMIT ?", [limit]))
    moved = con.execute("SELECT current_id FROM picture_ids WHERE kind = 'series' AND id = ?", [name]).fetchone()
    ident = str(moved[0]) if moved else name  # a series id an earlier picture published
    found = _dicts(con.execute(
        "SELECT * FROM picture_series WHERE id = ? OR lower(name) = lower(?) ORDER BY id", [ident, name]))
    if not found:
        found = _dicts(con.execute(
            "SELECT * FROM picture_series WHERE name ILIKE ? ESCAPE '\\' "
            "ORDER BY n_points + n_targets DESC, lower(name), id LIMIT ?", [_like(name), limit]))
    for s in found:
        points = _dicts(con.execute(
            "SELECT * EXCLUDE (series_id) FROM picture_series_points WHERE series_id = ? ORDER BY kind, ord",
            [s["id"]]))
        for p in points:
            p["evidence"] = json.loads(p["evidence"])
        s["points"] = [p for p in points if p["kind"] == "point"]
        s["targets"] = [p for p in points if p["kind"] == "target"]
    return found


STATEMENT_COLUMNS = (
    "s.id, s.doc_id, s.source, s.speaker, s.speaker_id, s.role, s.date, s.text, s.direct, s.about_ids, s.about, "
    "s.topic, s.polarity"
)


def statements(
    con: duckdb.DuckDBPyConnection,
    speaker: str | None = None,
    about: str | None = None,
    topic: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Statements by date; ``speaker`` matches the speaker's name, ``about`` the actors named or the words."""
    _page(limit, offset)
    where = Where()
    if speaker:
        where.add("(s.speaker ILIKE ? ESCAPE '\\' OR s.speaker_id = ?)", _like(speaker), speaker.strip())
    if about:
        where.add("(array_to_string(s.about, '|') ILIKE ? ESCAPE '\\' OR s.text ILIKE ? ESCAPE '\\')",
                  _like(about), _like(about))
    if topic:
        where.add("s.topic = ?", topic)
    rows = _dicts(con.execute(
        f"SELECT {STATEMENT_COLUMNS}, s.evidence FROM picture_statements s {where.sql} "
        "ORDER BY s.date_start NULLS LAST, s.ord LIMIT ? OFFSET ?", [*where.params, limit, offset]))
    for r in rows:
        r["evidence"] = json.loads(r["evidence"])
    return rows


def opposing(
    con: duckdb.DuckDBPyConnection, about: str | None = None, topic: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Pairs of opposing statements, each side with speaker, date, words and source."""
    _page(limit, 0)
    where = Where()
    if about:
        where.add("o.about ILIKE ? ESCAPE '\\'", _like(about))
    if topic:
        where.add("o.topic = ?", topic)
    side = "{{'id': {0}.id, 'speaker': {0}.speaker, 'role': {0}.role, 'date': {0}.date, 'text': {0}.text, " \
           "'doc_id': {0}.doc_id, 'source': {0}.source}}"
    return _dicts(con.execute(
        f"SELECT o.id, o.topic, o.about_id, o.about, {side.format('a')} AS affirming, "
        f"{side.format('d')} AS denying FROM picture_opposing o "
        "JOIN picture_statements a ON a.id = o.affirming JOIN picture_statements d ON d.id = o.denying "
        f"{where.sql} ORDER BY o.about, o.topic, a.date_start NULLS LAST, d.date_start NULLS LAST, o.id LIMIT ?",
        [*where.params, limit]))


def entities(
    con: duckdb.DuckDBPyConnection, type: str | None = None, q: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Resolved entities, most mentioned first; ``q`` matches the name or any surface form."""
    _page(limit, offset)
    where = Where()
    if type:
        where.add("type = ?", type)
    if q:
        where.add("(canonical ILIKE ? ESCAPE '\\' OR array_to_string(surface_forms, '|') ILIKE ? ESCAPE '\\')",
                  _like(q), _like(q))
    rows = _dicts(con.execute(
        "SELECT id, canonical, type, wikidata, surface_forms, len(doc_ids) AS n_documents, mention_count, "
        f"roles FROM picture_entities {where.sql} ORDER BY mention_count DESC, lower(canonical), id "
        "LIMIT ? OFFSET ?", [*where.params, limit, offset]))
    for r in rows:
        r["roles"] = json.loads(r["roles"])
    return rows


def timeline(
    con: duckdb.DuckDBPyConnection,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    actor: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Dated merged events in date order (oldest first), the picture of one country over time."""
    _page(limit, 0)
    where = _event_where(EventFilter(type=type, country=country, actor=actor, since=since, until=until))
    where.add("e.date_start IS NOT NULL")
    return _dicts(con.execute(
        f"SELECT {EVENT_SUMMARY} FROM picture_events e {where.sql} "
        "ORDER BY e.date_start, e.date_end, e.type, e.id LIMIT ?", [*where.params, limit]))


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Full-text search over documents (store.search.search: BM25 when the index is fresh, else substring)."""
    return fulltext.search(con, text, limit, offset)


def merged_id_of(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    """The merged event a per-document event was folded into, if the picture has been built."""
    row = con.execute("SELECT merged_id FROM picture_event_sources WHERE event_id = ? LIMIT 1", [event_id]).fetchone()
    return str(row[0]) if row else None


def figure_series(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, str]:
    """{figure id: series id} for the figures of one document that the picture put into a series."""
    rows = con.execute("SELECT figure_id, series_id FROM picture_series_points WHERE doc_id = ?", [doc_id]).fetchall()
    return {str(f): str(s) for f, s in rows}


# --------------------------------------------------------------------------- export


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def picture_built(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the stored picture was built from the stored records: every stored event is a source of one
    merged event (rebuilding folds in every event), and a database with records has picture rows."""
    n_events = _count(con, "events")
    if _count(con, "picture_event_sources") != n_events:
        return False  # never built, or documents were written after the last rebuild
    if n_events or any(_count(con, t) for t in PICTURE_TABLES):
        return True
    return _count(con, "figures") == 0  # nothing to picture: the empty picture is the right one


def export_sections(
    con: duckdb.DuckDBPyConnection,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    """Every merged event (with its sources) and every series (with points and targets) in the shape of
    ``MergedEvent.as_dict()`` / ``Series.as_dict()``, for ``sitroom.export.with_picture``; None when the
    picture has not been built from the stored records (or is marked stale: documents were stored after it
    was built, e.g. a run killed before its rebuild). A handful of scans, whatever the size."""
    if state.picture_stale(con) or not picture_built(con):
        return None
    sources: dict[str, list[dict[str, Any]]] = {}
    for s in _dicts(con.execute("SELECT * EXCLUDE (ord) FROM picture_event_sources ORDER BY merged_id, ord")):
        s["evidence"] = json.loads(s["evidence"])
        sources.setdefault(s.pop("merged_id"), []).append(s)
    events = _dicts(con.execute("SELECT * EXCLUDE (date_start, date_end) FROM picture_events ORDER BY id"))
    for e in events:
        for key in ("killed", "wounded"):
            e[key] = json.loads(e[key]) if e[key] else None
        e["sources"] = sources.get(e["id"], [])
    points: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for p in _dicts(con.execute("SELECT * EXCLUDE (ord) FROM picture_series_points ORDER BY series_id, kind, ord")):
        p["evidence"] = json.loads(p["evidence"])
        groups = points.setdefault(p.pop("series_id"), {"point": [], "target": []})
        groups[p.pop("kind")].append(p)
    series = _dicts(con.execute("SELECT * FROM picture_series ORDER BY id"))
    for se in series:
        groups = points.get(se["id"], {"point": [], "target": []})
        se["points"], se["targets"] = groups["point"], groups["target"]
    return events, series
