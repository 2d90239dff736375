"""Reading the database: plain dicts for the CLI, the API and the web UI, and DocResults for export.

Records come back in the same shape as in the ``sitroom/1`` export (docs/export.md), so every consumer
speaks one format. Filters that cannot be understood raise E402; a missing id raises E401.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

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


def _evidence_for(con: duckdb.DuckDBPyConnection, kind: str, records: list[dict[str, Any]]) -> None:
    """Attach each record's evidence list (in stored order), with one query for the whole page."""
    if not records:
        return
    rows = _with_ids(
        con, [r["id"] for r in records],
        f"""SELECT e.record_id, e.doc_id, e.start_char AS start, e.end_char AS "end", e.text
            FROM evidence e JOIN _ids k ON e.record_id = k.id
            WHERE e.record_kind = '{kind}' ORDER BY e.record_id, e.ord""",
    )
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        rid = row.pop("record_id")
        grouped[rid].append(row)
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
    where, params = ("WHERE run_id = ?", [run_id]) if run_id is not None else ("", [])
    rows = _dicts(con.execute(
        f'SELECT run_id, path, code, message, "at" FROM ingest_problems {where} ORDER BY "at", path, code',
        params,
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
    return _dicts(con.execute(
        f"""SELECT {DOCUMENT_COLUMNS},
                   (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS n_events,
                   (SELECT count(*) FROM figures f WHERE f.doc_id = d.id) AS n_figures,
                   (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS n_quotes
            FROM documents d ORDER BY source_path, segment, id LIMIT ? OFFSET ?""",
        [limit, offset],
    ))


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


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Documents whose title or text contains ``text`` (case-insensitive), with a snippet around the hit.

    DuckDB's full-text extension (fts) has to be downloaded by ``INSTALL fts`` and this machine has no
    network for that (``LOAD fts`` fails), so this is a substring scan with ILIKE: exact and dependable,
    linear in the corpus size. Swap in ``match_bm25`` here if the extension ever ships with duckdb.
    """
    limit, offset = _page(limit, offset)
    needle = text.strip()
    if not needle:
        raise SitroomError("E402", name="q", value=repr(text), reason="search text is empty")
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return _dicts(con.execute(
        f"""SELECT {DOCUMENT_COLUMNS},
                   CASE WHEN strpos(lower(text), lower(?)) > 0
                        THEN substr(text, greatest(strpos(lower(text), lower(?)) - 80, 1), 200 + length(?))
                        ELSE substr(text, 1, 200) END AS snippet
            FROM documents
            WHERE title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\'
            ORDER BY published DESC NULLS LAST, source_path, segment, id LIMIT ? OFFSET ?""",
        [needle, needle, needle, pattern, pattern, limit, offset],
    ))


# --------------------------------------------------------------------------- records


def _event_where(
    type: str | None, country: str | None, actor: str | None, since: str | None, until: str | None,
    place: str | None, doc_id: str | None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (with its parameters) that ``events`` and ``count_events`` share."""
    where: list[str] = []
    params: list[Any] = []
    if type is not None:
        if type not in EVENT_TYPES:
            raise SitroomError("E402", name="type", value=type, reason=f"use one of {', '.join(EVENT_TYPES)}")
        where.append("type = ?")
        params.append(type)
    if country is not None:
        where.append("country = ?")
        params.append(country.strip().upper())
    if actor is not None:
        where.append("(lower(actor) = lower(?) OR actor_id = ?)")
        params += [actor.strip(), actor.strip()]
    if place is not None:
        where.append("(lower(place) = lower(?) OR place_id = ?)")
        params += [place.strip(), place.strip()]
    if since is not None:
        where.append("date_end >= ?")
        params.append(_day("since", since, last=False))
    if until is not None:
        where.append("date_start <= ?")
        params.append(_day("until", until, last=True))
    if doc_id is not None:
        where.append("doc_id = ?")
        params.append(doc_id)
    return ("WHERE " + " AND ".join(where)) if where else "", params


def events(
    con: duckdb.DuckDBPyConnection,
    type: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    doc_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
    order: str = "date",
) -> list[dict[str, Any]]:
    """Events matching every given filter, newest first (``order="document"``: in document order).

    ``actor`` and ``place`` match the canonical name (case-insensitive) or the entity/place id; ``since``
    and ``until`` take YYYY, YYYY-MM or YYYY-MM-DD and keep events whose date span overlaps them
    (undated events are left out when either is given).
    """
    limit, offset = _page(limit, offset)
    clause, params = _event_where(type, country, actor, since, until, place, doc_id)
    if order == "date":
        order_by = "date_start DESC NULLS LAST, date_end DESC NULLS LAST, id"
    elif order == "document":
        order_by = _text_order("event", "events")
    else:
        raise SitroomError("E402", name="order", value=order, reason="use date or document")
    rows = _dicts(con.execute(
        f"SELECT {EVENT_COLUMNS} FROM events {clause} ORDER BY {order_by} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ))
    _evidence_for(con, "event", rows)
    return rows


def count_events(
    con: duckdb.DuckDBPyConnection,
    type: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    doc_id: str | None = None,
) -> int:
    """How many events ``events`` would return with the same filters and no page limit."""
    clause, params = _event_where(type, country, actor, since, until, place, doc_id)
    row = con.execute(f"SELECT count(*) FROM events {clause}", params).fetchone()
    return int(row[0]) if row else 0


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
    where: list[str] = []
    params: list[Any] = []
    if unit is not None:
        where.append("unit = ?")
        params.append(unit)
    if subject is not None:
        where.append("subject ILIKE '%' || ? || '%'")
        params.append(subject)
    if is_target is not None:
        where.append("is_target = ?")
        params.append(is_target)
    if doc_id is not None:
        where.append("doc_id = ?")
        params.append(doc_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = _dicts(con.execute(
        f"SELECT {FIGURE_COLUMNS} FROM figures {clause} ORDER BY {_text_order('figure', 'figures')} "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ))
    _evidence_for(con, "figure", rows)
    return rows


def _quote_where(speaker: str | None, about: str | None, doc_id: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (with its parameters) that ``quotes`` and ``count_quotes`` share."""
    where: list[str] = []
    params: list[Any] = []
    if speaker is not None:
        where.append("(speaker ILIKE '%' || ? || '%' OR speaker_id = ?)")
        params += [speaker.strip(), speaker.strip()]
    if about is not None:
        where.append("text ILIKE '%' || ? || '%'")
        params.append(about.strip())
    if doc_id is not None:
        where.append("doc_id = ?")
        params.append(doc_id)
    return ("WHERE " + " AND ".join(where)) if where else "", params


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
    clause, params = _quote_where(speaker, about, doc_id)
    rows = _dicts(con.execute(
        f"SELECT {QUOTE_COLUMNS} FROM quotes {clause} ORDER BY date DESC NULLS LAST, {_text_order('quote', 'quotes')} "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ))
    _evidence_for(con, "quote", rows)
    return rows


def count_quotes(
    con: duckdb.DuckDBPyConnection, speaker: str | None = None, about: str | None = None, doc_id: str | None = None
) -> int:
    """How many quotes ``quotes`` would return with the same filters and no page limit."""
    clause, params = _quote_where(speaker, about, doc_id)
    row = con.execute(f"SELECT count(*) FROM quotes {clause}", params).fetchone()
    return int(row[0]) if row else 0


def entities(
    con: duckdb.DuckDBPyConnection,
    type: str | None = None,
    q: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities across documents, most mentioned first; ``q`` matches the canonical name or any mention."""
    limit, offset = _page(limit, offset)
    where: list[str] = []
    params: list[Any] = []
    if type is not None:
        where.append("e.type = ?")
        params.append(type)
    if q is not None:
        where.append(
            "(e.canonical ILIKE '%' || ? || '%' OR e.id IN "
            "(SELECT entity_id FROM mentions WHERE text ILIKE '%' || ? || '%'))"
        )
        params += [q.strip(), q.strip()]
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return _dicts(con.execute(
        f"""WITH m AS (SELECT entity_id, count(*) AS n_mentions FROM mentions GROUP BY entity_id)
            SELECT e.id, min(e.canonical) AS canonical, min(e.type) AS type, min(e.wikidata) AS wikidata,
                   list_sort(list_distinct(flatten(list(e.roles)))) AS roles,
                   count(DISTINCT e.doc_id) AS n_documents, coalesce(any_value(m.n_mentions), 0) AS n_mentions
            FROM entities e LEFT JOIN m ON m.entity_id = e.id {clause}
            GROUP BY e.id ORDER BY n_mentions DESC, canonical, e.id LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ))


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


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Totals and breakdowns for a dashboard."""

    def pairs(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in con.execute(sql).fetchall()}

    span = con.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()
    published = con.execute("SELECT min(published), max(published) FROM documents").fetchone()
    return {
        "counts": counts(con),
        "events_by_type": pairs("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"),
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
