"""The JSON API (``/api/...``): the twin of every page, and the OpenAPI schema at /api/openapi.json.

Handlers are plain ``def`` functions: FastAPI runs them in its worker threads, and each store call uses
its own DuckDB cursor, so slow queries never block the event loop. Errors carry catalogue codes:
``{"error": {"code": "E401", "message": "no event with id ..."}}``.
"""

from __future__ import annotations

import hmac
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from sitroom.serve import listing, queries
from sitroom.serve.listing import SORT_COLUMNS
from sitroom.serve.queries import DEFAULT_SORT, MAX_OFFSET, MAX_PAGE, EventFilters, total_of
from sitroom.store import Store

router = APIRouter(prefix="/api", tags=["read"])
ingest_router = APIRouter(prefix="/api", tags=["ingest"])

Limit = Annotated[int, Query(ge=0, le=MAX_PAGE, description=f"page size, at most {MAX_PAGE}")]
# Bounded: an offset past DuckDB's 64-bit range would fail inside the query (a 500), and no list is this long.
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"rows to skip, at most {MAX_OFFSET}")]
Cursor = Annotated[str | None, Query(max_length=400, description="a page's next_cursor: the page after it")]


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def event_filters(
    type: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    place: str | None = None,
    claimed: Annotated[str | None, Query(description="yes: claimed by the actor; no: not claimed")] = None,
    disputed: Annotated[str | None, Query(description="yes: only events whose sources disagree")] = None,
    undated: Annotated[str | None, Query(description="yes: only events no source dates")] = None,
    sort: Annotated[str | None, Query(max_length=20, description=(
        f"{', '.join(SORT_COLUMNS)}; a leading '-' sorts descending (default {DEFAULT_SORT})"))] = None,
) -> EventFilters:
    filters = EventFilters.of(type=type, country=country, actor=actor, since=since, until=until, place=place,
                              claimed=claimed, disputed=disputed, undated=undated, sort=sort)
    return listing.checked(filters)


FiltersDep = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", summary="Events matching the filters, newest first")
def events(store: StoreDep, filters: FiltersDep, limit: Limit = 50, offset: Offset = 0,
           cursor: Cursor = None) -> dict[str, Any]:
    """Merged events (one per real event, with its number of sources and killed best/low/high), each with
    its first source's evidence; ``next_cursor`` continues the list (pass it as ``cursor``)."""
    return queries.events_page(store, filters, limit, offset, cursor)


@router.get("/events.{fmt}", summary="Every event matching the filters, as a download (csv, geojson or json)",
            response_class=StreamingResponse,
            responses={200: {"content": {t: {} for t in listing.EXPORT_FORMATS.values()}}})
def events_export(store: StoreDep, filters: FiltersDep,
                  fmt: Annotated[Literal["csv", "geojson", "json"], Path()]) -> StreamingResponse:
    """The whole filtered list in the list's order, streamed (no page cap): CSV with ACLED's columns first,
    GeoJSON of the located events, or JSON with every source of each event."""
    return download(listing.stream(store, filters, fmt), fmt, "events", filters)


def download(chunks: Iterator[str], fmt: str, what: str, filters: EventFilters | dict[str, str]) -> StreamingResponse:
    """A streamed attachment named after what it holds and its filters (sitroom-events-type-attack.csv)."""
    first = next(chunks)  # errors in the query (a bad filter) surface here, as a 400, not mid-download
    params = filters.as_params() if isinstance(filters, EventFilters) else filters
    parts = [what, *(f"{k}-{v}" for k, v in sorted(params.items()))]
    name = _SAFE_NAME.sub("_", "-".join(["sitroom", *parts]))[:150]

    def body() -> Iterator[bytes]:
        yield first.encode("utf-8")
        for chunk in chunks:
            yield chunk.encode("utf-8")

    return StreamingResponse(body(), media_type=listing.EXPORT_FORMATS[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


@router.get("/events/{event_id}", summary="One event with every source, its evidence and conflicts")
def event(store: StoreDep, event_id: str) -> dict[str, Any]:
    return queries.event_detail(store, event_id)


@router.get("/series", summary="Indicator series (from the cross-source picture) with points and targets")
def series_list(store: StoreDep) -> dict[str, Any]:
    items = queries.series_list(store)
    return {"items": items, "total": len(items)}


@router.get("/series/{name}", summary="One indicator series by id or name")
def series(store: StoreDep, name: str) -> dict[str, Any]:
    return queries.series_one(store, name)


@router.get("/quotes.{fmt}", summary="Every quote matching the filters, as a download (csv or json)",
            response_class=StreamingResponse,
            responses={200: {"content": {listing.EXPORT_FORMATS[f]: {} for f in listing.RECORD_FORMATS}}})
def quotes_export(store: StoreDep, fmt: Annotated[Literal["csv", "json"], Path()],
                  speaker: Annotated[str | None, Query(max_length=200)] = None,
                  about: Annotated[str | None, Query(max_length=200)] = None) -> StreamingResponse:
    """Every quote the quotes page lists for these filters (newest first, no page cap), each with its
    document's outlet, title and date and its evidence sentence."""
    filters = {"speaker": speaker or None, "about": about or None}
    return record_download(listing.stream_records(store, "quotes", fmt, **filters), fmt, "quotes", filters)


@router.get("/figures.{fmt}", summary="Every figure read from the articles, as a download (csv or json)",
            response_class=StreamingResponse,
            responses={200: {"content": {listing.EXPORT_FORMATS[f]: {} for f in listing.RECORD_FORMATS}}})
def figures_export(store: StoreDep, fmt: Annotated[Literal["csv", "json"], Path()],
                   subject: Annotated[str | None, Query(max_length=200, description="part of the subject")] = None,
                   unit: Annotated[str | None, Query(max_length=40, description="people, USD ... (exact)")] = None,
                   ) -> StreamingResponse:
    """Every figure (the per-article numbers the series are made of), each with its document and evidence."""
    filters = {"subject": subject or None, "unit": unit or None}
    return record_download(listing.stream_records(store, "figures", fmt, **filters), fmt, "figures", filters)


def record_download(chunks: Iterator[str], fmt: str, what: str, filters: dict[str, str | None]) -> StreamingResponse:
    return download(chunks, fmt, what, {k: v for k, v in filters.items() if v is not None})


@router.get("/quotes", summary="Quotes by speaker and subject, newest first")
def quotes(store: StoreDep, speaker: str | None = None, about: str | None = None, limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    return queries.quotes_page(store, speaker, about, limit, offset)


@router.get("/entities", summary="Entities across documents, most mentioned first")
def entities(store: StoreDep, type: str | None = None, q: str | None = None, limit: Limit = 100,
             offset: Offset = 0) -> dict[str, Any]:
    type, q = (type or None), (q or None)
    items = store.entities(type=type, q=q, limit=limit, offset=offset)
    total = total_of(items, limit, offset, lambda: store.count_entities(type=type, q=q))
    return queries.page(items, total, limit, offset)


@router.get("/places", summary="Places with mention and event counts")
def places(store: StoreDep, limit: Limit = 1000, offset: Offset = 0) -> dict[str, Any]:
    items = store.places(limit=limit, offset=offset)
    total = total_of(items, limit, offset, store.count_places)
    return queries.page(items, total, limit, offset)


@router.get("/documents", summary="Document summaries (no text)")
def documents(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    items = store.documents(limit=limit, offset=offset)
    return queries.page(items, store.count_documents(), limit, offset)


@router.get("/documents/{doc_id}", summary="One document: text, sentences and every record read from it")
def document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    return store.document(doc_id)


@router.get("/search", summary="Documents whose title or text contains q")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20,
           offset: Offset = 0) -> dict[str, Any]:
    items = store.search(q, limit=limit, offset=offset)
    total = total_of(items, limit, offset, lambda: store.count_search(q))
    out = queries.page(items, total, limit, offset)
    out["q"] = q
    return out


@router.get("/stats", summary="Totals and breakdowns")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()


# --------------------------------------------------------------------------- ingest (opt-in)

MAX_UPLOAD = 10 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    expected: str = request.app.state.token
    scheme, _, given = (authorization or "").partition(" ")
    # compare_digest: the time taken does not tell how much of a guessed token was right.
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status_code=401, detail="a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


def safe_filename(name: str) -> str:
    """A plain file name for an upload: no folders, no odd characters, a suffix ingest can read."""
    base = _SAFE_NAME.sub("_", FilePath(name.replace("\\", "/")).name).strip("._") or "upload.txt"
    if not base.lower().endswith(UPLOAD_SUFFIXES):
        base += ".txt"
    return base[:120]


@ingest_router.post(
    "/ingest",
    summary="Ingest one uploaded file (raw request body; the name's suffix picks the reader)",
    dependencies=[Depends(require_token)],
)
async def ingest(request: Request, filename: str = "upload.txt") -> JSONResponse:
    # A raw body instead of multipart form data: FastAPI's form parsing needs an extra package, and
    # `curl --data-binary @file "…/api/ingest?filename=file.html"` is all a client needs.
    size = int(request.headers.get("content-length") or 0)
    if size > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail=f"upload over {MAX_UPLOAD} bytes")
    body = await request.body()
    if len(body) > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail=f"upload over {MAX_UPLOAD} bytes")
    from starlette.concurrency import run_in_threadpool

    report = await run_in_threadpool(_ingest_bytes, request.app.state.db_path, safe_filename(filename), body)
    return JSONResponse(report)


def _ingest_bytes(db_path: str, name: str, body: bytes) -> dict[str, Any]:
    from sitroom import jobs

    with tempfile.TemporaryDirectory(prefix="sitroom-upload-") as tmp:
        path = FilePath(tmp) / name
        path.write_bytes(body)
        report = jobs.ingest([str(path)], db=db_path)
    out = report.as_dict()
    out["ok"] = report.ok
    return out
