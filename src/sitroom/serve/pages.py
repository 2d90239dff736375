"""The HTML pages: server-rendered, usable without scripts, each linking its JSON twin under /api/."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from sitroom.present import toll_text
from sitroom.serve import api_sources, queries
from sitroom.serve.api import Cursor, FiltersDep, Limit, Offset, StoreDep
from sitroom.serve.charts import line_chart, month_histogram
from sitroom.serve.geo import MapPoint, build_map
from sitroom.serve.highlight import segments
from sitroom.serve.pagecache import cached
from sitroom.serve.queries import total_of
from sitroom.serve.render import render

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
PLACES_SHOWN = 200
APPROX_PRECISIONS = ("country", "province")
# Opposing pairs drawn on the quotes page (collapsed); the JSON twin has them all.
OPPOSING_SHOWN = 25
# Events listed beside the map (app.js lists those in view, at most this many, as the map moves).
MAP_LIST = 100
# The overview's map is a preview: the newest this many events (markers are most of a page's bytes: 5,000 of
# them made the overview 1.5 MB); the Map page draws up to queries.MAX_DRAWN.
OVERVIEW_DRAWN = 1000


def _api(path: str, request: Request) -> str:
    query = urlencode(sorted(request.query_params.items()))
    return path + (f"?{query}" if query else "")


def _page(template: str, request: Request, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(template, request, **context))


def _map_points(events: list[dict[str, Any]], places: list[dict[str, Any]]) -> list[MapPoint]:
    points: list[MapPoint] = []
    located = set()
    for ev in events:  # merged events: one marker per real event, sized by its best killed figure
        if ev.get("lat") is None or ev.get("lon") is None:
            continue
        located.add(ev.get("place_id"))
        killed = f", {toll_text(ev)} killed" if ev.get("killed_best") else ""
        sources = ev.get("n_sources") or 1
        # Placed only at a country's or province's centre: drawn as a ring and said so.
        approx = ev.get("geo_precision") in APPROX_PRECISIONS
        where = f"{ev.get('place') or ev.get('country') or ''}{' (somewhere in)' if approx else ''}"
        label = (f"{ev['type']} · {where} · {ev.get('date') or 'undated'}"
                 f"{killed} · {sources} source{'' if sources == 1 else 's'}")
        points.append(MapPoint(ev["lon"], ev["lat"], f"/events/{ev['id']}", label, ev["type"], ev.get("killed_best"),
                               approx))
    for pl in places:
        if pl.get("lat") is None or pl.get("lon") is None or pl["id"] in located:
            continue
        label = f"{pl['name']} ({pl.get('country') or '?'}) · {pl.get('n_mentions', 0)} mentions"
        points.append(MapPoint(pl["lon"], pl["lat"], f"/timeline?place={pl['id']}", label, "place"))
    return points


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep, filters: FiltersDep) -> Response:
    state = request.app.state
    if state.pages is not None and getattr(state, "follows_nothing", None) is None:
        state.follows_nothing = not store.sources()  # a read-only database gains no sources while served
    if state.pages is not None and state.follows_nothing:
        return cached(request, lambda: _overview(request, store, filters))
    return _overview(request, store, filters)  # "new since" is measured from now: not a page to keep


def _overview(request: Request, store: StoreDep, filters: FiltersDep) -> HTMLResponse:
    stats = store.stats()
    latest = queries.events_page(store, filters, 10, 0)  # with each event's first evidence, for the table
    drawn = queries.events_drawn(store, filters, OVERVIEW_DRAWN)
    series = queries.key_series_from_store(store)
    charts = [(s, line_chart(s, width=260, height=80, compact=True)) for s in series]
    view = build_map(_map_points(drawn, []), countries=stats["events_by_country"].keys())
    return _page("overview.html", request, stats=stats, latest=latest, charts=charts, map=view,
                 drawn_capped=len(drawn) >= OVERVIEW_DRAWN,
                 filters=filters, api_url="/api/stats", live=api_sources.live_panel(request, store))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: StoreDep, filters: FiltersDep,
             view: Annotated[str, Query(pattern="^(auto|world)$")] = "auto") -> Response:
    return cached(request, lambda: _map_page(request, store, filters, view))


def _map_page(request: Request, store: StoreDep, filters: FiltersDep, view: str) -> HTMLResponse:
    drawn = queries.events_drawn(store, filters)
    places = [] if filters.kwargs() else store.places(limit=1000)
    points = _map_points(drawn, places)
    countries = {e["country"] for e in drawn if e.get("country")}
    counts = {"located": sum(1 for p in points if p.kind != "place" and not p.approx),
              "approx": sum(1 for p in points if p.approx),
              "places": sum(1 for p in points if p.kind == "place")}
    view_map = build_map(points, world=view == "world", countries=countries)
    listed = [m for m in view_map.markers if m.kind != "place"][:MAP_LIST]
    return _page("map.html", request, map=view_map, map_list=listed,
                 filters=filters, events=drawn, counts=counts, view=view,
                 capped=len(drawn) >= queries.MAX_DRAWN, api_url=_api("/api/events", request))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, store: StoreDep, filters: FiltersDep, limit: Limit = PAGE_SIZE,
             offset: Offset = 0, cursor: Cursor = None) -> Response:
    return cached(request, lambda: _timeline(request, store, filters, limit, offset, cursor))


def _timeline(request: Request, store: StoreDep, filters: FiltersDep, limit: int, offset: int,
              cursor: str | None) -> HTMLResponse:
    result = queries.events_page(store, filters, limit, offset, cursor)
    # The chart shows the whole span so a new period can be picked; the list honours the period.
    drawn = queries.events_drawn(store, replace(filters, since=None, until=None))
    chart = month_histogram(queries.month_counts(drawn))
    return _page("timeline.html", request, result=result, chart=chart, filters=filters,
                 capped=len(drawn) >= queries.MAX_DRAWN, api_url=_api("/api/events", request))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, store: StoreDep, filters: FiltersDep, limit: Limit = PAGE_SIZE,
           offset: Offset = 0, cursor: Cursor = None) -> Response:
    return timeline(request, store, filters, limit, offset, cursor)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    detail = queries.event_detail(store, event_id)
    texts = queries.source_segments(store, detail)
    return _page("event.html", request, event=detail, texts=texts, api_url=f"/api/events/{event_id}")


@router.get("/series", response_class=HTMLResponse)
def series_list(request: Request, store: StoreDep) -> HTMLResponse:
    series = queries.series_list(store)
    charts = [(s, line_chart(s, width=260, height=80, compact=True)) for s in series]
    return _page("series_list.html", request, charts=charts, api_url="/api/series")


@router.get("/series/{name}", response_class=HTMLResponse)
def series(request: Request, store: StoreDep, name: str) -> HTMLResponse:
    one = queries.series_one(store, name)
    docs = request.app.state.docs
    sources = {p["doc_id"]: docs.meta(p["doc_id"]) for p in one["points"] + one["targets"]}
    return _page("series.html", request, series=one, chart=line_chart(one), sources=sources,
                 api_url=f"/api/series/{one['id']}")


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, store: StoreDep, speaker: str | None = None, about: str | None = None,
           limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
    result = queries.quotes_page(store, speaker, about, limit, offset)
    docs = request.app.state.docs
    sources = {q["doc_id"]: docs.meta(q["doc_id"]) for q in result["items"]}
    return _page("quotes.html", request, groups=queries.quotes_by_speaker(result["items"]), sources=sources,
                 opposing=result["opposing"], opposing_shown=OPPOSING_SHOWN, speaker=speaker or "",
                 about=about or "", result=result,
                 api_url=_api("/api/quotes", request))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, store: StoreDep, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> HTMLResponse:
    items = store.documents(limit=limit, offset=offset)
    result = queries.page(items, store.count_documents(), limit, offset)
    return _page("documents.html", request, result=result, api_url=_api("/api/documents", request))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, store: StoreDep, doc_id: str) -> HTMLResponse:
    doc = queries.document_view(store, doc_id)
    return _page("document.html", request, doc=doc, api_url=f"/api/documents/{doc_id}")


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, store: StoreDep, type: str | None = None, q: str | None = None,
             limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
    type, q = (type or None), (q or None)
    items = store.entities(type=type, q=q, limit=limit, offset=offset)
    result = queries.page(items, total_of(items, limit, offset, lambda: store.count_entities(type=type, q=q)),
                          limit, offset)
    # Places beside them, most mentioned first; the whole list is the JSON twin /api/places.
    places = store.places(limit=PLACES_SHOWN)
    n_places = total_of(places, PLACES_SHOWN, 0, store.count_places)
    return _page("entities.html", request, result=result, places=places, n_places=n_places, q=q or "",
                 type=type or "", api_url=_api("/api/entities", request))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, q: str = "", limit: Limit = 20, offset: Offset = 0) -> HTMLResponse:
    q = q.strip()[:200]
    items = store.search(q, limit=limit, offset=offset) if q else []
    for item in items:
        snippet = item.get("snippet") or ""
        item["segments"] = segments(snippet, queries.term_spans(snippet, q))
    return _page("search.html", request, q=q, items=items, limit=limit, offset=offset,
                 api_url=_api("/api/search", request) if q else None)
