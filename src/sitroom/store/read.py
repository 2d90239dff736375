"""Reading the database: plain dicts for the CLI, the API and the web UI, and DocResults for export.

Records come back in the same shape as in the ``sitroom/1`` export (docs/export.md), so every consumer
speaks one format. Filters that cannot be understood raise E402; a missing id raises E401.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, TypedDict, Unpack

import duckdb
import pyarrow as pa

from sitroom.errors import SitroomError
from sitroom.models import (
    EVENT_TYPES,
    DocResult,
    Document,
    Entity,
    Event,
    Evidence,
    Figure,
    Mention,
    PlaceRecord,
    Quote,
    Sentence,
)
from sitroom.partial_dates import date_bounds
from sitroom.store import fts

MAX_LIMIT = 10_000

DOCUMENT_COLUMNS = (
    "id, source_path, segment, title, url, source, published, published_basis, reference_date, "
    "reference_basis, language, near_duplicate_of, skipped_reason"
)
EVENT_COLUMNS = (
    "id, doc_id, type, date, date_precision, country, place, place_id, lat, lon, actor, actor_id, target, "
    "killed, wounded, claimed, modality, geo_precision, trigger"
)
FIGURE_COLUMNS = "id, doc_id, subject, value, unit, qualifier, as_of, is_target, raw"
QUOTE_COLUMNS = "id, doc_id, speaker, speaker_id, role, text, direct, date"

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


# --------------------------------------------------------------------------- helpers


def _text_order(kind: str, table: str) -> str:
    """ORDER BY terms for "as they appear in the text": document, then earliest evidence offset."""
    return (f"{table}.doc_id, (SELECT min(ev.start_char) FROM evidence ev WHERE ev.record_kind = '{kind}' "
            f"AND ev.record_id = {table}.id) NULLS LAST, {table}.id")


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


class Where:
    """A WHERE clause built one condition at a time, its ``?`` parameters kept in the same order.

    Every filtered read (here and in picture.py) builds one, so a list and its ``count_*`` twin can never
    disagree about what matches.
    """

    def __init__(self) -> None:
        self.terms: list[str] = []
        self.params: list[Any] = []

    def add(self, term: str, *params: Any) -> Where:
        self.terms.append(term)
        self.params.extend(params)
        return self

    @property
    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.terms)) if self.terms else ""


def count(con: duckdb.DuckDBPyConnection, source: str, where: Where, what: str = "*") -> int:
    """``SELECT count(what) FROM source WHERE ...``: the total a paged list would reach."""
    row = con.execute(f"SELECT count({what}) FROM {source} {where.sql}", where.params).fetchone()
    return int(row[0]) if row else 0


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not 0 <= limit <= MAX_LIMIT:
        raise SitroomError("E402", name="limit", value=limit, reason=f"must be between 0 and {MAX_LIMIT}")
    if offset < 0:
        raise SitroomError("E402", name="offset", value=offset, reason="must not be negative")
    return limit, offset


def _day(name: str, value: str, last: bool) -> Any:
    first_day, last_day = date_bounds(value)
    if first_day is None:
        raise SitroomError("E402", name=name, value=value, reason="use YYYY, YYYY-MM or YYYY-MM-DD")
    return last_day if last else first_day


def _with_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str], sql: str) -> list[dict[str, Any]]:
    """Run ``sql`` with the ids available as the relation ``_ids(id)`` (a join, not a giant IN list)."""
    view = "_sitroom_read_ids"
    con.register(view, pa.table({"id": pa.array(list(ids), pa.string())}))
    try:
        return _dicts(con.execute(sql.replace("_ids", view)))
    finally:
        con.unregister(view)


# Up to this many ids go into the SQL as ``IN (?, ?, ...)`` (a page: cheapest, filters during the scan);
# more are joined as a registered relation (``_with_ids``).
MAX_IN_LIST = 1000


def _for_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str], sql: str, column: str) -> list[dict[str, Any]]:
    """Run ``sql`` (which holds ``{ids}`` in a WHERE clause) for the rows whose ``column`` is one of ``ids``."""
    if not ids:  # DuckDB 1.4 rejects an empty "IN ()" list
        return _dicts(con.execute(sql.format(ids="FALSE")))
    if len(ids) <= MAX_IN_LIST:
        marks = ", ".join("?" * len(ids))
        return _dicts(con.execute(sql.format(ids=f"{column} IN ({marks})"), list(ids)))
    return _with_ids(con, ids, sql.format(ids=f"{column} IN (SELECT id FROM _ids)"))


def _evidence_for(con: duckdb.DuckDBPyConnection, kind: str, records: list[dict[str, Any]]) -> None:
    """Attach each record's evidence list (in stored order), with one query for the whole page."""
    if not records:
        return
    # The kind is checked here, not in SQL: a second condition stops DuckDB from using the record_id
    # index for the IN list (4x slower on a large database).
    rows = _for_ids(
        con, [r["id"] for r in records],
        """SELECT e.record_kind, e.record_id, e.doc_id, e.start_char AS start, e.end_char AS "end", e.text
           FROM evidence e WHERE {ids} ORDER BY e.record_id, e.ord""",
        "e.record_id",
    )
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.pop("record_kind") == kind:
            grouped[row.pop("record_id")].append(row)
    for rec in records:
        rec["evidence"] = grouped.get(rec["id"], [])


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
        "WHERE doc_id = ? ORDER BY idx", [doc_id],
    ))
    doc["events"] = events(con, doc_id=doc_id, limit=MAX_LIMIT, order="document")
    doc["figures"] = figures(con, doc_id=doc_id, limit=MAX_LIMIT)
    doc["quotes"] = quotes(con, doc_id=doc_id, limit=MAX_LIMIT)
    doc["entities"] = _dicts(con.execute(
        """SELECT e.id, e.canonical, e.type, e.wikidata, e.roles,
                  list({'text': m.text, 'doc_id': m.doc_id, 'start': m.start_char, 'end': m.end_char}
                       ORDER BY m.ord) AS mentions
           FROM entities e JOIN mentions m ON m.entity_id = e.id AND m.doc_id = e.doc_id
           WHERE e.doc_id = ? GROUP BY ALL ORDER BY min(e.ord)""",
        [doc_id],
    ))
    doc["places"] = _dicts(con.execute(
        """SELECT p.id, p.name, p.country, p.lat, p.lon, p.geonames_id, p.admin1, p.precision,
                  list({'text': m.text, 'doc_id': m.doc_id, 'start': m.start_char, 'end': m.end_char}
                       ORDER BY m.ord) AS mentions
           FROM places p JOIN place_mentions m ON m.place_id = p.id AND m.doc_id = p.doc_id
           WHERE p.doc_id = ? GROUP BY ALL ORDER BY min(p.ord)""",
        [doc_id],
    ))
    return doc


def _search_where(text: str) -> tuple[Where, str]:
    """Documents whose title or text contains ``text`` (case-insensitive), and the stripped needle."""
    needle = text.strip()
    if not needle:
        raise SitroomError("E402", name="q", value=repr(text), reason="search text is empty")
    # contains() on lowered text: a plain substring test (no LIKE wildcards to escape), and twice as fast
    # as ILIKE with an ESCAPE clause.
    low = needle.lower()
    return Where().add("(contains(lower(title), ?) OR contains(lower(text), ?))", low, low), needle


def _bm25_terms(con: duckdb.DuckDBPyConnection, needle: str) -> list[str]:
    """The query words for BM25 search, or [] when search has to scan substrings (see ``search``)."""
    return fts.query_terms(con, needle) if fts.ready(con) else []


def _bm25_scores(terms: list[str]) -> tuple[str, list[Any]]:
    """A relation (id, score) of the documents matching every term, and its parameters."""
    # conjunctive: a multi-word query finds documents holding all of its words, as a search box is expected to.
    return (f"(SELECT id, {fts.INDEX_SCHEMA}.match_bm25(id, ?, conjunctive := ?) AS score FROM documents) s "
            "WHERE score IS NOT NULL", [" ".join(terms), len(terms) > 1])


def _snippet_sql(column: str, words: bool) -> str:
    """A 200-character window of ``column`` around the first hit of the whole query (parameter 1), or, with
    ``words``, of the earliest query word or its stem (parameters 2 and 3, the same list of words: "attacks"
    shows the text around "attacked"); the opening of the text when none of them occurs verbatim."""
    found = f"nullif(strpos(lower({column}), lower(?)), 0)"
    if words:
        found = (f"coalesce({found}, list_min([p FOR p IN [strpos(lower({column}), w) FOR w IN "
                 f"list_concat(?, [stem(w, 'porter') FOR w IN ?])] IF p > 0]))")
    return (f"CASE WHEN {found} IS NOT NULL THEN substr({column}, greatest({found} - 80, 1), 200 + length(?)) "
            f"ELSE substr({column}, 1, 200) END")


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Documents matching ``text`` in their title or text, best first, with a snippet around the first hit.

    With DuckDB's fts extension loaded and the index current (store/fts.py), this is BM25 full-text search:
    words are case-folded and Porter-stemmed ("attacks" finds "attacked"), English stop words are ignored, a
    multi-word query needs every word (in any order and place), results come by descending score, then id.
    Otherwise — no extension, no index yet, or documents written since the index was built, or a query of
    stop words and punctuation only — it is a case-insensitive substring scan of the exact text, newest first:
    exact and dependable, linear in the corpus size.
    """
    limit, offset = _page(limit, offset)
    where, needle = _search_where(text)
    terms = _bm25_terms(con, needle)
    if terms:
        scores, params = _bm25_scores(terms)
        # The page is cut first, so snippets are made for the documents shown, not for every match.
        return _dicts(con.execute(
            f"""WITH page AS (SELECT id, score FROM {scores} ORDER BY score DESC, id LIMIT ? OFFSET ?)
                SELECT {", ".join("d." + c.strip() for c in DOCUMENT_COLUMNS.split(","))},
                       {_snippet_sql("d.text", words=True)} AS snippet
                FROM page JOIN documents d USING (id) ORDER BY page.score DESC, d.id""",
            [*params, limit, offset, *[needle, terms, terms] * 2, needle],
        ))
    order = "published DESC NULLS LAST, source_path, segment, id"
    return _dicts(con.execute(
        f"""WITH hits AS (SELECT {DOCUMENT_COLUMNS}, text FROM documents {where.sql} ORDER BY {order}
                          LIMIT ? OFFSET ?)
            SELECT {DOCUMENT_COLUMNS}, {_snippet_sql("text", words=False)} AS snippet
            FROM hits ORDER BY {order}""",
        [*where.params, limit, offset, needle, needle, needle],
    ))


def count_search(con: duckdb.DuckDBPyConnection, text: str) -> int:
    """How many documents ``search`` finds for ``text`` over all pages."""
    where, needle = _search_where(text)
    terms = _bm25_terms(con, needle)
    if terms:
        scores, params = _bm25_scores(terms)
        row = con.execute(f"SELECT count(*) FROM {scores}", params).fetchone()
        return int(row[0]) if row else 0
    return count(con, "documents", where)


def search_engine(con: duckdb.DuckDBPyConnection) -> str:
    """"fts" when searches are ranked by BM25, "substring" when they fall back to the scan (see ``search``)."""
    return "fts" if fts.ready(con) else "substring"


# --------------------------------------------------------------------------- records


class EventFilter(TypedDict, total=False):
    """The filters of every event list and count: per-document events here, merged events in picture.py.

    ``type`` is one of EVENT_TYPES; ``since``/``until`` take YYYY, YYYY-MM or YYYY-MM-DD and keep events
    whose date span overlaps them (undated events are left out when either is given). How ``country``,
    ``actor`` and ``place`` match is said by each list.
    """

    type: str | None
    country: str | None
    actor: str | None
    since: str | None
    until: str | None
    place: str | None


def event_type(value: str) -> str:
    if value not in EVENT_TYPES:
        raise SitroomError("E402", name="type", value=value, reason=f"use one of {', '.join(EVENT_TYPES)}")
    return value


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
        where.add("doc_id = ?", doc_id)
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
        where.add("doc_id = ?", doc_id)
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
        where.add("doc_id = ?", doc_id)
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


# --------------------------------------------------------------------------- DocResults back


def _evidence_list(rows: list[dict[str, Any]]) -> list[Evidence]:
    return [Evidence(doc_id=r["doc_id"], start=r["start_char"], end=r["end_char"], text=r["text"]) for r in rows]


def _load_chunk(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[DocResult]:
    docs = _with_ids(con, ids, "SELECT d.* FROM documents d JOIN _ids k ON d.id = k.id")
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for table, order in (("sentences", "idx"), ("entities", "ord"), ("places", "ord"), ("events", "ord"),
                         ("figures", "ord"), ("quotes", "ord"), ("mentions", "entity_id, ord"),
                         ("place_mentions", "place_id, ord")):
        for row in _with_ids(con, ids, f"SELECT t.* FROM {table} t JOIN _ids k ON t.doc_id = k.id "
                                       f"ORDER BY t.doc_id, {order}"):
            by_doc[row["doc_id"]][table].append(row)
    evidence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    records = " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, t.id FROM {table} t JOIN _ids k ON t.doc_id = k.id"
        for kind, table in (("event", "events"), ("figure", "figures"), ("quote", "quotes"))
    )
    for row in _with_ids(con, ids, f"SELECT e.* FROM evidence e JOIN ({records}) r "
                                   "ON e.record_kind = r.kind AND e.record_id = r.id "
                                   "ORDER BY e.record_kind, e.record_id, e.ord"):
        evidence[(row["record_kind"], row["record_id"])].append(row)

    results: list[DocResult] = []
    for d in sorted(docs, key=lambda r: (r["source_path"], r["segment"], r["id"])):
        rows = by_doc[d["id"]]
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in rows["mentions"]:
            mentions[m["entity_id"]].append(
                Mention(text=m["text"], doc_id=m["doc_id"], start=m["start_char"], end=m["end_char"]))
        place_mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in rows["place_mentions"]:
            place_mentions[m["place_id"]].append(
                Mention(text=m["text"], doc_id=m["doc_id"], start=m["start_char"], end=m["end_char"]))
        document = Document(
            id=d["id"], text=d["text"], source_path=d["source_path"], segment=d["segment"], title=d["title"],
            url=d["url"], source=d["source"], published=d["published"], published_basis=d["published_basis"],
            reference_date=d["reference_date"], reference_basis=d["reference_basis"], language=d["language"],
            language_score=d["language_score"], near_duplicate_of=d["near_duplicate_of"],
            removed_lines=d["removed_lines"],
        )
        results.append(DocResult(
            document=document,
            sentences=[Sentence(doc_id=s["doc_id"], index=s["idx"], start=s["start_char"], end=s["end_char"],
                                text=s["text"]) for s in rows["sentences"]],
            events=[Event(
                id=e["id"], doc_id=e["doc_id"], type=e["type"], date=e["date"],
                date_precision=e["date_precision"], country=e["country"], place=e["place"], lat=e["lat"],
                lon=e["lon"], actor=e["actor"], target=e["target"], killed=e["killed"], wounded=e["wounded"],
                claimed=e["claimed"], evidence=_evidence_list(evidence[("event", e["id"])]),
                modality=e["modality"], trigger=e["trigger"], place_id=e["place_id"], actor_id=e["actor_id"],
                geo_precision=e["geo_precision"],
            ) for e in rows["events"]],
            figures=[Figure(
                id=f["id"], doc_id=f["doc_id"], subject=f["subject"], value=f["value"], unit=f["unit"],
                qualifier=f["qualifier"], as_of=f["as_of"], evidence=_evidence_list(evidence[("figure", f["id"])]),
                raw=f["raw"], is_target=f["is_target"],
            ) for f in rows["figures"]],
            quotes=[Quote(
                id=q["id"], doc_id=q["doc_id"], speaker=q["speaker"], text=q["text"], direct=q["direct"],
                date=q["date"], evidence=_evidence_list(evidence[("quote", q["id"])]),
                speaker_id=q["speaker_id"], role=q["role"],
            ) for q in rows["quotes"]],
            entities=[Entity(
                id=e["id"], canonical=e["canonical"], type=e["type"], mentions=mentions[e["id"]],
                roles=list(e["roles"]), wikidata=e["wikidata"],
            ) for e in rows["entities"]],
            places=[PlaceRecord(
                id=p["id"], name=p["name"], country=p["country"], lat=p["lat"], lon=p["lon"],
                geonames_id=p["geonames_id"], mentions=place_mentions[p["id"]], admin1=p["admin1"],
                precision=p["precision"],
            ) for p in rows["places"]],
            skipped_reason=d["skipped_reason"],
        ))
    return results


def iter_results(con: duckdb.DuckDBPyConnection, chunk_size: int = 500) -> Iterator[DocResult]:
    """Every stored document as a DocResult, in export order, a chunk at a time (memory stays bounded)."""
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY source_path, segment, id").fetchall()]
    for i in range(0, len(ids), chunk_size):
        yield from _load_chunk(con, ids[i:i + chunk_size])
