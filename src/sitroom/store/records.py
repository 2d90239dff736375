"""Reading records as plain dicts for the CLI, the API and the web UI: counts, runs and problems,
documents, events, figures, quotes, entities, places and the dashboard's stats.

Records come back in the same shape as in the ``sitroom/1`` export (docs/export.md), so every consumer
speaks one format. Filters that cannot be understood raise E402; a missing id raises E401.
"""

from __future__ import annotations

import json
from typing import Any, Unpack

import duckdb

from sitroom.errors import SitroomError
from sitroom.store.query import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    MAX_LIMIT,
    QUOTE_COLUMNS,
    EventFilter,
    Where,
    _day,
    _dicts,
    _evidence_for,
    _for_ids,
    _page,
    _text_order,
    count,
    event_type,
    of_document,
)
from sitroom.store.search import search_engine

# Tables counted by ``counts()``; entities and places are counted once per id across documents.
COUNT_QUERIES = {
    "documents": "SELECT count(*) FROM documents",
    "sentences": "SELECT count(*) FROM sentences",
    "entities": "SELECT count(DISTINCT id) FROM entities",
    "mentions": "SELECT count(*) FROM mentions",
    "places": "SELECT count(DISTINCT id) FROM places",
    "place_mentions": "SELECT count(*) FROM place_mentions",
    "events": "SELECT count(*) FROM events",
    "figures": "SELECT count(*) FROM figures",
    "quotes": "SELECT count(*) FROM quotes",
    "evidence": "SELECT count(*) FROM evidence",
    "ingest_problems": "SELECT count(*) FROM ingest_problems",
    "runs": "SELECT count(*) FROM runs",
}



# --------------------------------------------------------------------------- counts, runs, problems


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, sql in COUNT_QUERIES.items():
        row = con.execute(sql).fetchone()
        out[name] = int(row[0]) if row else 0
    return out


def problems(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> list[dict[str, Any]]:
    where = Where() if run_id is None else Where().add("run_id = ?", run_id)
    rows = _dicts(con.execute(
        f'SELECT run_id, path, code, message, "at" FROM ingest_problems {where.sql} ORDER BY "at", path, code',
        where.params,
    ))
    for row in rows:
        row["at"] = row["at"].isoformat()
    return rows


def runs(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    rows = _dicts(con.execute("SELECT run_id, started, finished, counts FROM runs ORDER BY started, run_id"))
    for row in rows:
        row["started"] = row["started"].isoformat()
        row["finished"] = row["finished"].isoformat() if row["finished"] else None
        row["counts"] = json.loads(row["counts"]) if row["counts"] else None
    return rows


# --------------------------------------------------------------------------- documents


def documents(con: duckdb.DuckDBPyConnection, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Document summaries (no text) in export order, with how many records each holds."""
    limit, offset = _page(limit, offset)
    docs = _dicts(con.execute(
        f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY source_path, segment, id LIMIT ? OFFSET ?",
        [limit, offset],
    ))
    # Records are counted for this page's documents only, not for every document before the page is cut.
    tally: dict[tuple[str, str], int] = {}
    for table in ("events", "figures", "quotes"):
        for row in _for_ids(con, [d["id"] for d in docs],
                            f"SELECT doc_id, count(*) AS n FROM {table} WHERE {{ids}} GROUP BY doc_id", "doc_id"):
            tally[(table, row["doc_id"])] = int(row["n"])
    for d in docs:
        for table in ("events", "figures", "quotes"):
            d[f"n_{table}"] = tally.get((table, d["id"]), 0)
    return docs


def count_documents(con: duckdb.DuckDBPyConnection) -> int:
    return count(con, "documents", Where())


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any]:
    """One document with its text, sentences and every record read from it."""
    rows = _dicts(con.execute(f"SELECT {DOCUMENT_COLUMNS}, text FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        raise SitroomError("E401", kind="document", id=doc_id)
    doc = rows[0]
    doc["sentences"] = _dicts(con.execute(
        'SELECT idx AS "index", start_char AS start, end_char AS "end", text FROM sentences '
        f"WHERE {of_document()} ORDER BY idx", [doc_id, doc_id],
    ))
    doc["events"] = events(con, doc_id=doc_id, limit=MAX_LIMIT, order="document")
    doc["figures"] = figures(con, doc_id=doc_id, limit=MAX_LIMIT)
    doc["quotes"] = quotes(con, doc_id=doc_id, limit=MAX_LIMIT)
    doc["entities"] = _dicts(con.execute(
        f"""SELECT e.id, e.canonical, e.type, e.wikidata, e.roles,
                  list({{'text': m.text, 'doc_id': m.doc_id, 'start': m.start_char, 'end': m.end_char}}
                       ORDER BY m.ord) AS mentions
           FROM entities e JOIN mentions m ON m.entity_id = e.id AND m.doc_id = e.doc_id AND m.doc_seq = e.doc_seq
           WHERE {of_document("e.")} GROUP BY ALL ORDER BY min(e.ord)""",
        [doc_id, doc_id],
    ))
    doc["places"] = _dicts(con.execute(
        f"""SELECT p.id, p.name, p.country, p.lat, p.lon, p.geonames_id, p.admin1, p.precision,
                  list({{'text': m.text, 'doc_id': m.doc_id, 'start': m.start_char, 'end': m.end_char}}
                       ORDER BY m.ord) AS mentions
           FROM places p JOIN place_mentions m ON m.place_id = p.id AND m.doc_id = p.doc_id AND m.doc_seq = p.doc_seq
           WHERE {of_document("p.")} GROUP BY ALL ORDER BY min(p.ord)""",
        [doc_id, doc_id],
    ))
    return doc


def _event_where(filters: EventFilter, doc_id: str | None = None) -> Where:
    """The WHERE clause that ``events`` and ``count_events`` share."""
    where = Where()
    if (type := filters.get("type")) is not None:
        where.add("type = ?", event_type(type))
    if (country := filters.get("country")) is not None:
        where.add("country = ?", country.strip().upper())
    if (actor := filters.get("actor")) is not None:
        where.add("(lower(actor) = lower(?) OR actor_id = ?)", actor.strip(), actor.strip())
    if (place := filters.get("place")) is not None:
        where.add("(lower(place) = lower(?) OR place_id = ?)", place.strip(), place.strip())
    if (since := filters.get("since")) is not None:
        where.add("date_end >= ?", _day("since", since, last=False))
    if (until := filters.get("until")) is not None:
        where.add("date_start <= ?", _day("until", until, last=True))
    if doc_id is not None:
        where.add(of_document(), doc_id, doc_id)
    return where


def events(
    con: duckdb.DuckDBPyConnection,
    doc_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
    order: str = "date",
    **filters: Unpack[EventFilter],
) -> list[dict[str, Any]]:
    """Events matching every filter (``EventFilter``; and ``doc_id``), newest first (``order="document"``:
    in document order).

    ``country`` is an ISO code (any case); ``actor`` and ``place`` match the canonical name
    (case-insensitive) or the entity/place id.
    """
    limit, offset = _page(limit, offset)
    where = _event_where(filters, doc_id)
    if order == "date":
        order_by = "date_start DESC NULLS LAST, date_end DESC NULLS LAST, id"
    elif order == "document":
        order_by = _text_order("event", "events")
    else:
        raise SitroomError("E402", name="order", value=order, reason="use date or document")
    rows = _dicts(con.execute(
        f"SELECT {EVENT_COLUMNS} FROM events {where.sql} ORDER BY {order_by} LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    ))
    _evidence_for(con, "event", rows)
    return rows


def count_events(con: duckdb.DuckDBPyConnection, doc_id: str | None = None, **filters: Unpack[EventFilter]) -> int:
    """How many events ``events`` would return with the same filters and no page limit."""
    return count(con, "events", _event_where(filters, doc_id))


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """One event with its evidence and the document it was read from."""
    rows = _dicts(con.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ? LIMIT 1", [event_id]))
    if not rows:
        raise SitroomError("E401", kind="event", id=event_id)
    _evidence_for(con, "event", rows)
    rec = rows[0]
    docs = _dicts(con.execute(
        "SELECT id, title, url, source, published, source_path FROM documents WHERE id = ?", [rec["doc_id"]]
    ))
    rec["document"] = docs[0] if docs else None
    return rec


def figures(
    con: duckdb.DuckDBPyConnection,
    unit: str | None = None,
    subject: str | None = None,
    is_target: bool | None = None,
    doc_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Figures by unit (exact), subject (substring, case-insensitive), target flag and document."""
    limit, offset = _page(limit, offset)
    where = Where()
    if unit is not None:
        where.add("unit = ?", unit)
    if subject is not None:
        where.add("subject ILIKE '%' || ? || '%'", subject)
    if is_target is not None:
        where.add("is_target = ?", is_target)
    if doc_id is not None:
        where.add(of_document(), doc_id, doc_id)
    rows = _dicts(con.execute(
        f"SELECT {FIGURE_COLUMNS} FROM figures {where.sql} ORDER BY {_text_order('figure', 'figures')} "
        "LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    ))
    _evidence_for(con, "figure", rows)
    return rows


def _quote_where(speaker: str | None, about: str | None, doc_id: str | None) -> Where:
    """The WHERE clause that ``quotes`` and ``count_quotes`` share."""
    where = Where()
    if speaker is not None:
        where.add("(speaker ILIKE '%' || ? || '%' OR speaker_id = ?)", speaker.strip(), speaker.strip())
    if about is not None:
        where.add("text ILIKE '%' || ? || '%'", about.strip())
    if doc_id is not None:
        where.add(of_document(), doc_id, doc_id)
    return where


def quotes(
    con: duckdb.DuckDBPyConnection,
    speaker: str | None = None,
    about: str | None = None,
    doc_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes whose speaker (name or entity id) and quoted text contain the given strings."""
    limit, offset = _page(limit, offset)
    where = _quote_where(speaker, about, doc_id)
    rows = _dicts(con.execute(
        f"SELECT {QUOTE_COLUMNS} FROM quotes {where.sql} "
        f"ORDER BY date DESC NULLS LAST, {_text_order('quote', 'quotes')} LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    ))
    _evidence_for(con, "quote", rows)
    return rows


def count_quotes(
    con: duckdb.DuckDBPyConnection, speaker: str | None = None, about: str | None = None, doc_id: str | None = None
) -> int:
    """How many quotes ``quotes`` would return with the same filters and no page limit."""
    return count(con, "quotes", _quote_where(speaker, about, doc_id))


def _entity_where(type: str | None, q: str | None) -> Where:
    """The WHERE clause (over ``entities e``) that ``entities`` and ``count_entities`` share."""
    where = Where()
    if type is not None:
        where.add("e.type = ?", type)
    if q is not None:
        where.add("(e.canonical ILIKE '%' || ? || '%' OR e.id IN "
                  "(SELECT entity_id FROM mentions WHERE text ILIKE '%' || ? || '%'))", q.strip(), q.strip())
    return where


def entities(
    con: duckdb.DuckDBPyConnection,
    type: str | None = None,
    q: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities across documents, most mentioned first; ``q`` matches the canonical name or any mention."""
    limit, offset = _page(limit, offset)
    where = _entity_where(type, q)
    return _dicts(con.execute(
        f"""WITH m AS (SELECT entity_id, count(*) AS n_mentions FROM mentions GROUP BY entity_id)
            SELECT e.id, min(e.canonical) AS canonical, min(e.type) AS type, min(e.wikidata) AS wikidata,
                   list_sort(list_distinct(flatten(list(e.roles)))) AS roles,
                   count(DISTINCT e.doc_id) AS n_documents, coalesce(any_value(m.n_mentions), 0) AS n_mentions
            FROM entities e LEFT JOIN m ON m.entity_id = e.id {where.sql}
            GROUP BY e.id ORDER BY n_mentions DESC, canonical, e.id LIMIT ? OFFSET ?""",
        [*where.params, limit, offset],
    ))


def count_entities(con: duckdb.DuckDBPyConnection, type: str | None = None, q: str | None = None) -> int:
    """How many entities (distinct ids across documents) ``entities`` lists with the same filters."""
    return count(con, "entities e", _entity_where(type, q), "DISTINCT e.id")


def places(con: duckdb.DuckDBPyConnection, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    """Places across documents with how often they are mentioned and how many events happened there."""
    limit, offset = _page(limit, offset)
    return _dicts(con.execute(
        """WITH m AS (SELECT place_id, count(*) AS n_mentions FROM place_mentions GROUP BY place_id),
                ev AS (SELECT place_id, count(*) AS n_events FROM events WHERE place_id IS NOT NULL
                       GROUP BY place_id)
           SELECT p.id, min(p.name) AS name, min(p.country) AS country, min(p.lat) AS lat, min(p.lon) AS lon,
                  min(p.geonames_id) AS geonames_id, min(p.admin1) AS admin1, min(p.precision) AS precision,
                  count(DISTINCT p.doc_id) AS n_documents, coalesce(any_value(m.n_mentions), 0) AS n_mentions,
                  coalesce(any_value(ev.n_events), 0) AS n_events
           FROM places p LEFT JOIN m ON m.place_id = p.id LEFT JOIN ev ON ev.place_id = p.id
           GROUP BY p.id ORDER BY n_mentions DESC, name, p.id LIMIT ? OFFSET ?""",
        [limit, offset],
    ))


def count_places(con: duckdb.DuckDBPyConnection) -> int:
    """How many places (distinct ids across documents) ``places`` lists."""
    return count(con, "places", Where(), "DISTINCT id")


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Totals and breakdowns for a dashboard."""

    def pairs(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in con.execute(sql).fetchall()}

    span = con.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()
    published = con.execute("SELECT min(published), max(published) FROM documents").fetchone()
    merged_by_type = pairs("SELECT type, count(*) FROM picture_events GROUP BY type ORDER BY 2 DESC, 1")
    return {
        "counts": counts(con),
        "events_by_type": pairs("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"),
        # The cross-source picture: one merged event per real event however many reports it has.
        "merged_events": {"total": sum(merged_by_type.values()), "by_type": merged_by_type},
        "events_by_country": pairs(
            "SELECT coalesce(country, '??'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        "documents_by_language": pairs(
            "SELECT coalesce(language, '??'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        "event_dates": {
            "first": span[0].isoformat() if span and span[0] else None,
            "last": span[1].isoformat() if span and span[1] else None,
        },
        "published": {"first": published[0] if published else None, "last": published[1] if published else None},
        "search_engine": search_engine(con),
    }
