"""Event lists the way an analyst asks for them: sorted by any column, narrowed to claimed, disputed or
undated events, and streamed whole for download (CSV with ACLED columns, GeoJSON, JSON).

The store's ``merged_events_page`` lists newest first with a cursor; this module adds what only the web
and ``sitroom export`` need, reading the same picture tables through the store's own query pieces
(``picture._event_where`` for the shared filters, ``EVENT_SUMMARY`` for the row shape), so a filter means
the same thing here as in every other list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from sitroom.errors import SitroomError
from sitroom.export import MERGED_CSV_COLUMNS, csv_text, merged_csv_rows
from sitroom.partial_dates import date_bounds
from sitroom.serve.queries import DEFAULT_SORT, EventFilters, page
from sitroom.store import Store
from sitroom.store import picture as store_picture
from sitroom.store import query as store_read
from sitroom.store.query import Where

if TYPE_CHECKING:
    import duckdb  # for annotations only: only sitroom.store opens and imports DuckDB (import-linter contract)

# ?sort= names -> the column sorted on. Only these reach the SQL (the value itself never does).
SORT_COLUMNS = {
    "date": "e.date_start",
    "type": "e.type",
    "place": "e.place",
    "country": "e.country",
    "actor": "e.actor",
    "killed": "e.killed_best",
    "wounded": "e.wounded_best",
    "sources": "e.n_sources",
}
# Ties (and unknown values, which always sort last) fall back to the store's own order.
TIE_ORDER = "e.date_start DESC NULLS LAST, e.type, e.id"
# Sources disagree when they give different non-empty values for a field the event page compares.
DISPUTED = (
    "e.id IN (SELECT s.merged_id FROM picture_event_sources s GROUP BY s.merged_id HAVING "
    + " OR ".join(f"count(DISTINCT s.{c}) > 1" for c in ("date", "place", "country", "actor", "killed", "wounded"))
    + ")"
)
CHUNK = 1000
EXPORT_FORMATS = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
                  "json": "application/json"}


def order_by(sort: str | None) -> str:
    """The ORDER BY of ``sort`` ("killed" ascending, "-killed" descending); E402 for an unknown column."""
    sort = sort or DEFAULT_SORT
    name = sort.removeprefix("-")
    column = SORT_COLUMNS.get(name)
    if column is None:
        raise SitroomError("E402", name="sort", value=sort, reason=f"sort by one of {', '.join(SORT_COLUMNS)}")
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"{column} {direction} NULLS LAST, {TIE_ORDER}"


def checked(filters: EventFilters) -> EventFilters:
    """``filters`` if they can be met, else E402: an unknown sort column, or a period that ends before it
    starts (an empty list would look like "nothing happened"). The API and ``sitroom export`` both ask."""
    order_by(filters.sort)
    first, _ = date_bounds(filters.since)
    _, last = date_bounds(filters.until)
    if first is not None and last is not None and first > last:
        raise SitroomError("E402", name="until", value=filters.until,
                           reason=f"the period ends before since={filters.since}")
    return filters


def where_of(filters: EventFilters) -> Where:
    where = store_picture._event_where(filters.kwargs())
    if filters.claimed is not None:
        where.add("e.claimed = ?", filters.claimed)
    if filters.disputed:
        where.add(DISPUTED)
    if filters.undated:
        where.add("e.date_start IS NULL")
    return where


def _cursor(store: Store) -> Any:
    # The Store keeps its connection private and offers no raw reads; these web-only lists need one
    # cursor of their own (closed by the context manager), as every Store read takes.
    return store._cursor()


def _ids(con: duckdb.DuckDBPyConnection, filters: EventFilters, limit: int | None = None,
         offset: int = 0) -> list[str]:
    where = where_of(filters)
    sql = f"SELECT e.id FROM picture_events e {where.sql} ORDER BY {order_by(filters.sort)}"
    params = list(where.params)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [str(r[0]) for r in con.execute(sql, params).fetchall()]


def _summaries(con: duckdb.DuckDBPyConnection, ids: list[str], full: bool = False) -> list[dict[str, Any]]:
    extra = ", e.killed, e.wounded" if full else ""
    found = {r["id"]: r for r in store_read._for_ids(
        con, ids, f"SELECT {store_picture.EVENT_SUMMARY}{extra} FROM picture_events e WHERE {{ids}}", "e.id")}
    return [found[i] for i in ids if i in found]


def events_sorted_page(store: Store, filters: EventFilters, limit: int, offset: int,
                       evidence: bool = True) -> dict[str, Any]:
    """A page of merged events in ``filters.sort`` order with the extra filters applied, each with its first
    source's evidence, and the total. Paged by offset (``next_cursor`` is always None)."""
    store_read._page(limit, offset)
    with _cursor(store) as con:
        rows = _summaries(con, _ids(con, filters, limit, offset))
        if evidence:
            store_picture._lead_evidence(con, rows)
        total = len(rows) if offset == 0 and len(rows) < limit else store_read.count(
            con, "picture_events e", where_of(filters))
    return {**page(rows, total, limit, offset), "next_cursor": None}


# --------------------------------------------------------------------------- export


def _full_events(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """Merged events with their value summaries and every source (as ``Store.merged_event`` gives them)."""
    rows = _summaries(con, ids, full=True)
    sources = store_read._for_ids(
        con, ids, "SELECT * FROM picture_event_sources s WHERE {ids} ORDER BY s.merged_id, s.ord", "s.merged_id")
    by_event: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for src in sources:
        src["evidence"] = json.loads(src["evidence"])
        by_event[src.pop("merged_id")].append({k: v for k, v in src.items() if k != "ord"})
    for row in rows:
        for key in ("killed", "wounded"):
            row[key] = json.loads(row[key]) if row[key] else None
        row["sources"] = by_event.get(row["id"], [])
    return rows


def iter_events(store: Store, filters: EventFilters, chunk: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """Every matching merged event, in the list's order, ``chunk`` at a time (no page cap).

    The ids are read once up front, so a download is one consistent list even while its rows are fetched.
    """
    with _cursor(store) as con:
        ids = _ids(con, filters)
    for start in range(0, len(ids), chunk):
        with _cursor(store) as con:
            yield _full_events(con, ids[start:start + chunk])


def event_ids(store: Store, filters: EventFilters) -> list[str]:
    """The ids of every merged event matching ``filters``, in the list's order: what a filtered page, a
    download and ``sitroom export --type ...`` all select."""
    with _cursor(store) as con:
        return _ids(con, checked(filters))


def only_events(obj: Mapping[str, Any], merged_ids: list[str]) -> dict[str, Any]:
    """A ``sitroom/1`` export object narrowed to the merged events ``merged_ids`` and the per-document reports
    they merge. The filters are about events, so the other tables (documents, figures, quotes, entities,
    places, series) stay whole: every id an event names still resolves in the same file."""
    keep = set(merged_ids)
    merged = [m for m in obj.get("merged_events", []) if m["id"] in keep]
    reports = {s["event_id"] for m in merged for s in m["sources"]}
    out = {**obj, "events": [e for e in obj["events"] if e["id"] in reports]}
    if "merged_events" in obj:
        out["merged_events"] = merged
    return out


def count(store: Store, filters: EventFilters) -> int:
    with _cursor(store) as con:
        return store_read.count(con, "picture_events e", where_of(filters))


def _csv_chunk(events: list[dict[str, Any]]) -> str:
    # merged_csv_rows reads the sub_event_type from each first source's report trigger.
    reports = [{"id": s["event_id"], "trigger": s.get("trigger")} for ev in events for s in ev["sources"]]
    return csv_text(merged_csv_rows({"events": reports, "merged_events": events}))


def events_csv(store: Store, ids: list[str], chunk: int | None = None) -> Iterator[str]:
    """The merged events ``ids``, in that order, as the download's CSV (header first): what a list command's
    ``--csv`` prints for the rows it lists."""
    chunk = chunk or CHUNK
    yield csv_text([list(MERGED_CSV_COLUMNS)])
    for start in range(0, len(ids), chunk):
        with _cursor(store) as con:
            yield _csv_chunk(_full_events(con, ids[start:start + chunk]))


def _feature(ev: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in ev.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": f"merged_event:{ev['id']}",
            "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
            "properties": {"kind": "merged_event", **props}}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def stream(store: Store, filters: EventFilters, fmt: str) -> Iterator[str]:
    """The whole filtered list as ``fmt`` (csv | geojson | json), a chunk of text at a time.

    CSV: one row per merged event in the export's ACLED-first columns (``MERGED_CSV_COLUMNS``). GeoJSON: the
    located events as Points. JSON: ``{"format", "filters", "total", "items"}``, items with every source.
    """
    if fmt not in EXPORT_FORMATS:
        raise SitroomError("E402", name="format", value=fmt, reason=f"use one of {', '.join(EXPORT_FORMATS)}")
    chunks = iter_events(store, filters)
    if fmt == "csv":
        yield csv_text([list(MERGED_CSV_COLUMNS)])
        for events in chunks:
            yield _csv_chunk(events)
        return
    if fmt == "geojson":
        yield '{"type":"FeatureCollection","features":['
        first = True
        for events in chunks:
            located = [_dumps(_feature(ev)) for ev in events if ev["lat"] is not None and ev["lon"] is not None]
            if located:
                yield ("" if first else ",") + ",".join(located)
                first = False
        yield "]}\n"
        return
    head = {"format": "sitroom/1-events", "filters": filters.as_params(), "total": count(store, filters)}
    yield _dumps(head)[:-1] + ',"items":['
    first = True
    for events in chunks:
        if events:
            yield ("" if first else ",") + ",".join(_dumps(ev) for ev in events)
            first = False
    yield "]}\n"


# --------------------------------------------------------------------------- figures and quotes

# The outlet and article each record was read from, and its evidence sentence, on every row: a spreadsheet
# row has to stand on its own.
DOC_COLUMNS = ("doc_id", "source", "title", "published", "url", "evidence")
QUOTE_CSV_COLUMNS = ("id", "date", "speaker", "speaker_id", "role", "direct", "text", *DOC_COLUMNS)
FIGURE_CSV_COLUMNS = ("id", "subject", "value", "unit", "qualifier", "as_of", "is_target", "raw", *DOC_COLUMNS)
RECORD_FORMATS = ("csv", "json")


def _with_documents(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (figures or quotes, with evidence) with their document's outlet, title, date and URL."""
    ids = sorted({r["doc_id"] for r in rows})
    with _cursor(store) as con:
        docs = {d["id"]: d for d in store_read._for_ids(
            con, ids, "SELECT id, source, title, published, url FROM documents d WHERE {ids}", "d.id")}
    for row in rows:
        doc = docs.get(row["doc_id"], {})
        row.update({k: doc.get(k) for k in ("source", "title", "published", "url")})
    return rows


def iter_records(store: Store, kind: str, chunk: int | None = None, **filters: Any) -> Iterator[list[dict[str, Any]]]:
    """Every figure or quote matching ``filters`` (the page's own), ``chunk`` at a time, in the page's order."""
    read = store.figures if kind == "figures" else store.quotes
    chunk = chunk or CHUNK
    offset = 0
    while True:
        rows = read(**filters, limit=chunk, offset=offset)
        if rows:
            yield _with_documents(store, rows)
        if len(rows) < chunk:
            return
        offset += chunk


def stream_records(store: Store, kind: str, fmt: str, **filters: Any) -> Iterator[str]:
    """Every figure or quote matching ``filters`` as CSV (one row per record, its first evidence sentence and
    its document) or JSON (``{"format", "filters", "items"}``, items with all their evidence)."""
    if fmt not in RECORD_FORMATS:
        raise SitroomError("E402", name="format", value=fmt, reason=f"use one of {', '.join(RECORD_FORMATS)}")
    chunks = iter_records(store, kind, **filters)
    if fmt == "csv":
        yield csv_text([list(_record_columns(kind))])
        for rows in chunks:
            yield _records_csv_rows(kind, rows)
        return
    head = {"format": f"sitroom/1-{kind}", "filters": {k: v for k, v in filters.items() if v is not None}}
    yield _dumps(head)[:-1] + ',"items":['
    first = True
    for rows in chunks:
        if rows:
            yield ("" if first else ",") + ",".join(_dumps(r) for r in rows)
            first = False
    yield "]}\n"


def _record_columns(kind: str) -> tuple[str, ...]:
    return FIGURE_CSV_COLUMNS if kind == "figures" else QUOTE_CSV_COLUMNS


def _records_csv_rows(kind: str, rows: list[dict[str, Any]]) -> str:
    return csv_text([[_csv_cell(r, c) for c in _record_columns(kind)] for r in rows])


def records_csv(store: Store, kind: str, rows: list[dict[str, Any]]) -> str:
    """Figures or quotes (statements of the picture too: the same fields) as the download's CSV, header first:
    what ``sitroom quotes --csv`` prints for the rows it lists."""
    return csv_text([list(_record_columns(kind))]) + _records_csv_rows(kind, _with_documents(store, rows))


def _csv_cell(row: dict[str, Any], column: str) -> Any:
    if column == "evidence":
        return " ".join(e["text"] for e in row.get("evidence", [])[:1])
    value = row.get(column)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else value
