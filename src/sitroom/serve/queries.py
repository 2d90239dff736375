"""What the pages and the API ask of the database, built on ``sitroom.store.Store``'s read API.

The shapes returned here are the API's JSON: pages render the same dicts, so every page has a twin under
``/api/``. Lists of events, the map and the timeline show the merged events of the cross-source picture
(``Store.merged_events_page``: one per real event, with its number of sources and killed best/low-high);
an event's page shows the merged event with every source side by side (``Store.merged_event``), and a
document's page lists the per-document reports read from it. Series and opposing statements come from the
picture too (``Store.series``, ``Store.opposing``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, cast
from urllib.parse import urlencode

from sitroom.errors import SitroomError
from sitroom.serve.highlight import Segment, Span, segments
from sitroom.store import Store
from sitroom.store.query import EventFilter

# The store's page size cap (query.MAX_LIMIT); the API refuses larger pages itself with E402.
MAX_PAGE = 1000
# The largest offset a list accepts (DuckDB's OFFSET is a 64-bit integer; no list here is this long).
MAX_OFFSET = 1_000_000_000
# Pages that draw every matching event (map, timeline chart) read at most this many, newest first.
MAX_DRAWN = 5000
EVENT_FILTERS = ("type", "country", "actor", "since", "until", "place")
# Every query parameter of an event list that narrows or orders it (links between pages carry them).
LIST_PARAMS = (*EVENT_FILTERS, "claimed", "disputed", "undated", "sort")
DEFAULT_SORT = "-date"
YES = frozenset({"yes", "true", "1", "on"})
NO = frozenset({"no", "false", "0", "off"})
# Values an event's sources may disagree on: shown side by side and summarised as low/high.
CONFLICT_FIELDS = ("date", "place", "country", "actor", "target", "killed", "wounded", "claimed")


@dataclass(frozen=True)
class EventFilters:
    """What an event list is narrowed to and sorted by, as the query string gives it.

    The first six are the store's filters (every event list and count takes them); ``claimed``,
    ``disputed`` (the sources disagree), ``undated`` and ``sort`` are the web's own (``listing``).
    """

    type: str | None = None
    country: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    claimed: bool | None = None
    disputed: bool = False
    undated: bool = False
    sort: str | None = None

    def kwargs(self) -> EventFilter:
        """The filters that are set, as the store's event lists and counts take them."""
        return cast(EventFilter, {k: v for k in EVENT_FILTERS if (v := getattr(self, k))})

    def needs_listing(self) -> bool:
        """Whether the list needs ``listing`` (a sort or a filter the store's lists do not have)."""
        return self.claimed is not None or self.disputed or self.undated or (self.sort or DEFAULT_SORT) != DEFAULT_SORT

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query parameters (what a link to the same list carries)."""
        out = {k: str(v) for k in (*EVENT_FILTERS, "sort") if (v := getattr(self, k))}
        if self.claimed is not None:
            out["claimed"] = "yes" if self.claimed else "no"
        out.update({k: "yes" for k in ("disputed", "undated") if getattr(self, k)})
        return out

    @classmethod
    def of(cls, **raw: str | None) -> EventFilters:
        """From query-string values: blanks are unset, flags are yes/no (E402 otherwise)."""
        clean = {k: (v.strip() or None) if isinstance(v, str) else None for k, v in raw.items()}
        claimed = yes_no("claimed", clean.pop("claimed", None))
        disputed = bool(yes_no("disputed", clean.pop("disputed", None)))
        undated = bool(yes_no("undated", clean.pop("undated", None)))
        return cls(claimed=claimed, disputed=disputed, undated=undated, **clean)


def yes_no(name: str, value: str | None) -> bool | None:
    """A query-string flag: yes/true/1/on, no/false/0/off, or unset (None, ""); anything else is E402."""
    if value is None:
        return None
    low = value.lower()
    if low in YES:
        return True
    if low in NO:
        return False
    raise SitroomError("E402", name=name, value=value, reason="use yes or no")


def fetch_events(store: Store, filters: EventFilters, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """Merged events (one per real event, all its sources counted) matching ``filters``, newest first."""
    return store.merged_events(**filters.kwargs(), limit=limit, offset=offset)


def page(items: list[dict[str, Any]], total: int | None, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def total_of(items: list[dict[str, Any]], limit: int, offset: int, count: Callable[[], int]) -> int:
    """The number of matches: free when the answer fits on the first page, else one ``count_*`` query."""
    return len(items) if offset == 0 and len(items) < limit else count()


# --------------------------------------------------------------------------- events


def count_events(store: Store, filters: EventFilters) -> int:
    """How many merged events match ``filters`` (for pagination totals): one ``count(*)`` in the store."""
    return store.count_merged_events(**filters.kwargs())


def events_page(store: Store, filters: EventFilters, limit: int, offset: int,
                cursor: str | None = None) -> dict[str, Any]:
    """A page of merged events, each with its first source's evidence, and the cursor of the next page.

    ``cursor`` (a previous page's ``next_cursor``) continues right after that page without OFFSET's cost.
    Another sort or a claimed/disputed/undated filter pages by offset only (``listing``).
    """
    if filters.needs_listing():
        from sitroom.serve import listing  # imported here: listing builds on this module

        if cursor:
            raise SitroomError("E402", name="cursor", value=cursor, reason="cursors follow the default order only")
        return listing.events_sorted_page(store, filters, limit, offset)
    items, next_cursor = store.merged_events_page(**filters.kwargs(), limit=limit, offset=offset, cursor=cursor,
                                                  evidence=True)
    # When the whole answer fits on the first page, no second query is needed for the total.
    first = offset == 0 and not cursor
    total = len(items) if first and next_cursor is None else count_events(store, filters)
    return {**page(items, total, limit, offset), "next_cursor": next_cursor}


def events_drawn(store: Store, filters: EventFilters, limit: int = MAX_DRAWN) -> list[dict[str, Any]]:
    """Matching merged events for the map and the timeline chart (the newest ``limit``)."""
    if filters.needs_listing():
        from sitroom.serve import listing

        return listing.events_sorted_page(store, replace(filters, sort=None), limit, 0, evidence=False)["items"]
    return fetch_events(store, filters, limit)


def month_counts(events: Iterable[dict[str, Any]]) -> list[tuple[str, int]]:
    """Events per month (YYYY-MM), every month between the first and last present, in order."""
    counts: dict[str, int] = defaultdict(int)
    for ev in events:
        date = ev.get("date") or ""
        if len(date) >= 7:
            counts[date[:7]] += 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    out: list[tuple[str, int]] = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append((key, counts.get(key, 0)))
        if key >= last:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


# --------------------------------------------------------------------------- documents and sources


class DocumentCache:
    """Document metadata by id. Stored documents never change (writes are idempotent by id), so the
    title/outlet/date of a document can be remembered for the life of the app."""

    def __init__(self, store: Store, size: int = 4096) -> None:
        self._store = store
        self._size = size
        self._meta: dict[str, dict[str, Any]] = {}

    def meta(self, doc_id: str) -> dict[str, Any]:
        found = self._meta.get(doc_id)
        if found is None:
            try:
                doc = self._store.document(doc_id)
            except SitroomError:
                return {"id": doc_id, "title": None, "source": None, "published": None, "url": None}
            found = {k: doc.get(k) for k in ("id", "title", "source", "published", "url", "source_path")}
            if len(self._meta) >= self._size:
                self._meta.pop(next(iter(self._meta)))
            self._meta[doc_id] = found
        return found


def sentence_bounds(text: str, evidence: dict[str, Any]) -> tuple[int, int]:
    """Where the evidence sentence lies in ``text``: found around the record span, else the span itself."""
    start, end = int(evidence["start"]), int(evidence["end"])
    sentence = evidence.get("text") or ""
    if sentence:
        lo = max(0, start - len(sentence))
        at = text.find(sentence, lo, end + len(sentence))
        if at != -1 and at <= start and at + len(sentence) >= end:
            return at, at + len(sentence)
    return start, end


def evidence_spans(text: str, kind: str, record_id: str, evidence: Iterable[dict[str, Any]],
                   href: str, label: str) -> list[Span]:
    """For each piece of evidence: its sentence (light) and the exact record span (strong)."""
    spans: list[Span] = []
    for ev in evidence:
        s_start, s_end = sentence_bounds(text, ev)
        spans.append(Span(s_start, s_end, "sentence", record_id, href, label))
        spans.append(Span(int(ev["start"]), int(ev["end"]), kind, record_id, href, label))
    return spans


def term_spans(text: str, term: str) -> list[Span]:
    """Every case-insensitive occurrence of ``term`` in ``text`` (search snippets)."""
    spans: list[Span] = []
    if not term:
        return spans
    low, needle = text.lower(), term.lower()
    at = low.find(needle)
    while at != -1:
        spans.append(Span(at, at + len(needle), "match", str(at), "", term))
        at = low.find(needle, at + len(needle))
    return spans


def record_href(kind: str, record: dict[str, Any], series_of: dict[str, str] | None = None) -> str:
    """Where a record leads: its event page, the series chart holding the figure, its speaker's quotes."""
    if kind == "event":
        return f"/events/{record['id']}"
    if kind == "figure":
        series_id = (series_of or {}).get(record["id"])
        # A figure no series holds (e.g. before the picture is built) links to itself in its document.
        if series_id is None:
            return f"/documents/{record['doc_id']}#rec-figure-{record['id']}"
        return f"/series/{series_id}#pt-{record['id']}"
    query = urlencode({"speaker": record["speaker"]}) if record.get("speaker") else ""
    return f"/quotes?{query}#q-{record['id']}"


def _record_label(kind: str, record: dict[str, Any]) -> str:
    if kind == "event":
        return f"{record['type']} event {record.get('date') or 'undated'}"
    if kind == "figure":
        return f"figure: {record.get('raw') or record.get('value')} ({record.get('subject')})"
    return f"quote by {record.get('speaker') or 'unknown speaker'}"


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    """A document with its records and the text cut into highlight segments (every record in place)."""
    doc = store.document(doc_id)
    text = doc["text"]
    series_of = figure_series(store, doc_id)
    spans: list[Span] = []
    for kind, records in (("event", doc["events"]), ("figure", doc["figures"]), ("quote", doc["quotes"])):
        for rec in records:
            href = record_href(kind, rec, series_of)
            rec["href"] = href
            for ev in rec.get("evidence", []):
                spans.append(Span(int(ev["start"]), int(ev["end"]), kind, rec["id"], href,
                                  _record_label(kind, rec)))
    doc["segments"] = segments(text, spans)
    return doc


# Lookups into the picture tables that the Store has no public method for yet (per-document id ->
# merged event, figure -> series). Read-only, one indexed query each.


def merged_id_of(store: Store, event_id: str) -> str | None:
    """The merged event that a per-document event was folded into, if the picture has been built."""
    return store.merged_id_of(event_id)


def figure_series(store: Store, doc_id: str) -> dict[str, str]:
    """{figure id: series id} for the figures of one document that the picture put into a series."""
    return store.figure_series(doc_id)


def _single_source(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        "document": rec.get("document") or {"id": rec["doc_id"]},
        "event_id": rec["id"],
        "values": {k: rec.get(k) for k in CONFLICT_FIELDS},
        "modality": rec.get("modality"),
        "evidence": rec.get("evidence", []),
    }


def _merged_source(src: dict[str, Any]) -> dict[str, Any]:
    """One source of a merged event in the page's shape: its document, its own values, its evidence."""
    document = {"id": src["doc_id"], "title": src.get("title"), "source": src.get("source"),
                "published": src.get("published"), "url": src.get("url")}
    return {
        "document": document,
        "event_id": src["event_id"],
        "values": {k: src.get(k) for k in CONFLICT_FIELDS},
        "modality": src.get("modality"),
        "trigger": src.get("trigger"),
        "evidence": src.get("evidence", []),
    }


def _from_merged(merged: dict[str, Any], event_id: str) -> dict[str, Any]:
    """A merged event as the event page shows it: best values on top, the summaries kept beside them."""
    rec = {k: v for k, v in merged.items() if k not in ("sources", "killed", "wounded")}
    rec["id"] = event_id
    rec["merged_id"] = merged["id"]
    for name in ("killed", "wounded"):
        summary = merged.get(name)
        rec[name] = summary["best"] if summary else None
        rec[f"{name}_summary"] = summary
    rec["sources"] = [_merged_source(s) for s in merged["sources"]]
    return rec


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    """An event with every source side by side and the values its sources disagree on.

    ``event_id`` is a per-document event id (what lists and documents link to) or a merged event id.
    When the picture holds the merged event, every report of it is a source (``sources``: one per report,
    each {document, event_id, values, evidence}) and ``merged_id`` names it; otherwise the record itself is
    the only source. ``id`` is always the id asked for, so the page and its JSON twin agree.
    """
    try:
        rec = store.event(event_id)
    except SitroomError as exc:
        if exc.code != "E401":
            raise
        try:  # not a per-document event: perhaps a merged one
            rec = _from_merged(store.merged_event(event_id), event_id)
        except SitroomError as missing:
            if missing.code != "E401":
                raise
            raise SitroomError("E401", kind="event", id=event_id) from None
    else:
        merged_id = merged_id_of(store, event_id)
        if merged_id is not None:
            rec = _from_merged(store.merged_event(merged_id), event_id)
        else:
            rec["merged_id"] = None
            rec["sources"] = [_single_source(rec)]
    rec["conflicts"] = conflicts(rec["sources"])
    return rec


def conflicts(sources: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Fields on which sources give different non-empty values: each value with who said it."""
    out: dict[str, dict[str, Any]] = {}
    for name in CONFLICT_FIELDS:
        said: dict[str, list[str]] = defaultdict(list)
        raw: dict[str, Any] = {}
        for src in sources:
            value = (src.get("values") or {}).get(name)
            if value is None:
                continue
            key = str(value)
            raw[key] = value
            doc = src.get("document") or {}
            said[key].append(str(doc.get("source") or doc.get("title") or doc.get("id")))
        if len(said) > 1:
            values = [{"value": raw[k], "sources": v} for k, v in said.items()]
            entry: dict[str, Any] = {"values": values}
            numbers = [v for v in raw.values() if isinstance(v, int | float) and not isinstance(v, bool)]
            if numbers:
                entry["low"], entry["high"] = min(numbers), max(numbers)
            out[name] = entry
    return out


def source_segments(store: Store, event: dict[str, Any]) -> list[list[Segment]]:
    """Each source's document text with its evidence sentence and record span highlighted."""
    out: list[list[Segment]] = []
    for src in event["sources"]:
        doc_id = (src.get("document") or {}).get("id")
        try:
            text = store.document(doc_id)["text"] if doc_id else ""
        except SitroomError:
            text = ""
        spans = evidence_spans(text, "event", src.get("event_id") or event["id"], src.get("evidence", []),
                               f"/events/{event['id']}", "evidence")
        out.append(segments(text, spans))
    return out


# --------------------------------------------------------------------------- series (from the picture)


def _point(series_id: str, p: dict[str, Any]) -> dict[str, Any]:
    """A stored series point with what the charts link by: ``id`` (the figure) and ``href`` (its source)."""
    return {**p, "id": p["figure_id"], "series_id": series_id,
            "href": f"/documents/{p['doc_id']}#rec-figure-{p['figure_id']}"}


def _full_series(s: dict[str, Any]) -> dict[str, Any]:
    """A series with points, in the shape pages and charts use: ``title`` to show, ``href`` to link."""
    out = {k: v for k, v in s.items() if k not in ("points", "targets")}
    out["title"] = s["name"]
    out["href"] = f"/series/{s['id']}"
    out["points"] = [_point(s["id"], p) for p in s.get("points", [])]
    out["targets"] = [_point(s["id"], p) for p in s.get("targets", [])]
    return out


def series_summaries(store: Store) -> list[dict[str, Any]]:
    """Every series without its points (id, name, unit, counts, latest target), most points first."""
    return store.series()


def series_list(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    """Indicator series with their points and targets, most points first (the first ``limit`` of them)."""
    summaries = series_summaries(store)
    if limit is not None:
        summaries = summaries[:limit]
    return [_full_series(found) for s in summaries for found in store.series(s["id"]) if found["id"] == s["id"]]


def key_series(series: list[dict[str, Any]], count: int = 4) -> list[dict[str, Any]]:
    """The series worth a chart on the overview: most dated points first (a line needs two)."""
    def dated(s: dict[str, Any]) -> int:
        return sum(1 for p in s["points"] if p.get("as_of"))

    return sorted(series, key=lambda s: (-min(dated(s), 2) - (1 if s["targets"] else 0), -dated(s), s["name"]))[:count]


def key_series_from_store(store: Store, count: int = 4) -> list[dict[str, Any]]:
    """The overview's charts: ranked on the summaries, then only those ``count`` series read in full."""
    def rank(s: dict[str, Any]) -> tuple[int, int, str]:
        dated = int(s.get("n_points") or 0) if s.get("first_as_of") else 0
        return (-min(dated, 2) - (1 if s.get("n_targets") else 0), -dated, str(s["name"]))

    chosen = sorted(series_summaries(store), key=rank)[:count * 2]
    return key_series([_full_series(found) for s in chosen for found in store.series(s["id"])
                       if found["id"] == s["id"]], count)


def series_one(store: Store, name: str) -> dict[str, Any]:
    """One series by id (what pages link), exact name, or a part of the name that only one series has."""
    found = store.series(name)
    exact = [s for s in found if s["id"] == name or str(s["name"]).lower() == name.lower()]
    if exact:
        return _full_series(exact[0])
    if len(found) == 1:
        return _full_series(found[0])
    raise SitroomError("E401", kind="series", id=name)


# --------------------------------------------------------------------------- quotes


def opposing(store: Store, speaker: str | None = None, about: str | None = None) -> list[dict[str, Any]]:
    """Pairs of opposing statements ({id, topic, about, affirming, denying}) from the picture.

    With the quotes page's filters, only pairs where either side's speaker or words match them.
    """
    pairs = store.opposing()

    def has(side: dict[str, Any], key: str, needle: str) -> bool:
        return needle.lower() in str(side.get(key) or "").lower()

    if speaker:
        pairs = [p for p in pairs if has(p["affirming"], "speaker", speaker) or has(p["denying"], "speaker", speaker)]
    if about:
        pairs = [p for p in pairs if about.lower() in str(p.get("about") or "").lower()
                 or has(p["affirming"], "text", about) or has(p["denying"], "text", about)]
    return distinct_pairs(pairs)


def _words(side: dict[str, Any]) -> str:
    return " ".join(str(side.get("text") or "").lower().split())


def distinct_pairs(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each opposition once: a wire story reprinted by five outlets gives the same two statements five
    times, in either order. A "pair" whose two sides say the same words opposes nothing and is dropped."""
    seen: set[frozenset[str]] = set()
    out: list[dict[str, Any]] = []
    for pair in pairs:
        a, d = _words(pair["affirming"]), _words(pair["denying"])
        key = frozenset((a, d))
        if a == d or key in seen:
            continue
        seen.add(key)
        out.append(pair)
    return out


def quotes_page(store: Store, speaker: str | None, about: str | None, limit: int, offset: int) -> dict[str, Any]:
    """A page of quotes (newest first) with its total and the opposing statements matching the filters."""
    speaker, about = (speaker or None), (about or None)
    items = store.quotes(speaker=speaker, about=about, limit=limit, offset=offset)
    total = total_of(items, limit, offset, lambda: store.count_quotes(speaker=speaker, about=about))
    return {**page(items, total, limit, offset), "opposing": opposing(store, speaker, about)}


def quotes_by_speaker(quotes: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        grouped[q.get("speaker") or "Unattributed"].append(q)
    return sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))
