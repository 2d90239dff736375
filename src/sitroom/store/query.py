"""What every read of the database shares: the page limits, the WHERE builder, id-list lookups, evidence
attached to a page of records, and the event filters (per-document events in records.py, merged events in
picture.py). Filters that cannot be understood raise E402.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, TypedDict

import duckdb
import pyarrow as pa

from sitroom.errors import SitroomError
from sitroom.models import EVENT_TYPES
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


# --------------------------------------------------------------------------- helpers


def _text_order(kind: str, table: str) -> str:
    """ORDER BY terms for "as they appear in the text": document, then earliest evidence offset. A record's
    evidence is in its own document, so it shares the record's ``doc_seq``: the join on it lets the zone maps
    skip the evidence of every other document (a document's page: 2 ms, not ~100 ms, at 1.4 million evidence
    rows; migration 8)."""
    return (f"{table}.doc_id, (SELECT min(ev.start_char) FROM evidence ev WHERE ev.record_kind = '{kind}' "
            f"AND ev.record_id = {table}.id AND ev.doc_seq = {table}.doc_seq) NULLS LAST, {table}.id")


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# The documents of ``_ids`` (a relation of ids) with their doc_seq, as ``k``: a record table joined to it on
# (doc_seq, doc_id) gets the ids' doc_seq range pushed into its scan (DuckDB's join filters), which its zone maps
# answer; it has no doc_id index since migration 8.
DOCS_OF_IDS = "(SELECT d.id, d.doc_seq FROM documents d JOIN _ids k0 ON d.id = k0.id) k"


def of_document(alias: str = "") -> str:
    """The condition "a row of the document ``?``" on a record table (two parameters, both the document's id).
    Since migration 8 a record table has no doc_id index: the scalar subquery reads the document's ``doc_seq``
    by its PRIMARY KEY and DuckDB pushes it into the scan, where the zone maps skip every row group but the
    document's (its records were written together); ``doc_id`` stays the key."""
    return f"{alias}doc_id = ? AND {alias}doc_seq = (SELECT doc_seq FROM documents WHERE id = ?)"


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
