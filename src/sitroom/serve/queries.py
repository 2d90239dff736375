"""What the pages and the API ask of the database, built only on ``sitroom.store.Store``'s read API.

The shapes returned here are the API's JSON: pages render the same dicts, so every page has a twin under
``/api/``. Two views are stop-gaps until the store offers the cross-document picture (issue 4):
``series_list`` derives indicator series from single figures, and ``event_detail`` wraps a single-source
event into the many-sources shape the event page is built for.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sitroom.errors import SitroomError
from sitroom.serve.highlight import Segment, Span, segments
from sitroom.store import Store

# The store's page size cap (read.MAX_LIMIT); the API refuses larger pages itself with E402.
MAX_PAGE = 1000
# Pages that draw every matching event (map, timeline chart) read at most this many, newest first.
MAX_DRAWN = 5000
_STORE_MAX = 10_000
EVENT_FILTERS = ("type", "country", "actor", "since", "until", "place")
# Values an event's sources may disagree on: shown side by side and summarised as low/high.
CONFLICT_FIELDS = ("date", "place", "country", "actor", "target", "killed", "wounded", "claimed")


@dataclass(frozen=True)
class EventFilters:
    type: str | None = None
    country: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None

    def kwargs(self) -> dict[str, str]:
        return {k: v for k in EVENT_FILTERS if (v := getattr(self, k))}

    @classmethod
    def of(cls, **raw: str | None) -> EventFilters:
        clean = {k: (v.strip() or None) if isinstance(v, str) else None for k, v in raw.items()}
        return cls(**clean)


def fetch_events(store: Store, filters: EventFilters, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    return store.events(type=filters.type, country=filters.country, actor=filters.actor, since=filters.since,
                        until=filters.until, place=filters.place, limit=limit, offset=offset)


def page(items: list[dict[str, Any]], total: int | None, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# --------------------------------------------------------------------------- events


def count_events(store: Store, filters: EventFilters) -> int:
    """How many events match ``filters`` (for pagination totals)."""
    counter: Callable[..., int] | None = getattr(store, "count_events", None)
    if counter is not None:  # the store's own count, when it has one
        return int(counter(**filters.kwargs()))
    kw = filters.kwargs()
    if not kw:
        return int(store.counts()["events"])
    if set(kw) == {"type"}:
        return int(store.stats()["events_by_type"].get(kw["type"], 0))
    if set(kw) == {"country"}:
        return int(store.stats()["events_by_country"].get(kw["country"].upper(), 0))
    # Stop-gap: count by reading pages of matches. Exact, but linear in the number of matches.
    total, offset = 0, 0
    while True:
        chunk = fetch_events(store, filters, _STORE_MAX, offset)
        total += len(chunk)
        if len(chunk) < _STORE_MAX:
            return total
        offset += _STORE_MAX


def events_page(store: Store, filters: EventFilters, limit: int, offset: int) -> dict[str, Any]:
    items = fetch_events(store, filters, limit, offset)
    # When the whole answer fits on the first page, no second query is needed for the total.
    total = len(items) if offset == 0 and len(items) < limit else count_events(store, filters)
    return page(items, total, limit, offset)


def events_drawn(store: Store, filters: EventFilters) -> list[dict[str, Any]]:
    """Matching events for the map and the timeline chart (the newest ``MAX_DRAWN``)."""
    return fetch_events(store, filters, MAX_DRAWN)


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


def record_href(kind: str, record: dict[str, Any]) -> str:
    if kind == "event":
        return f"/events/{record['id']}"
    if kind == "figure":
        return f"/series/{series_key(record)}#pt-{record['id']}"
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
    spans: list[Span] = []
    for kind, records in (("event", doc["events"]), ("figure", doc["figures"]), ("quote", doc["quotes"])):
        for rec in records:
            href = record_href(kind, rec)
            rec["href"] = href
            for ev in rec.get("evidence", []):
                spans.append(Span(int(ev["start"]), int(ev["end"]), kind, rec["id"], href,
                                  _record_label(kind, rec)))
    doc["segments"] = segments(text, spans)
    return doc


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    """An event with every source side by side and the values its sources disagree on.

    ``sources`` is a list (one per reporting document) of {document, values, evidence}. Until the store
    merges reports of one event across documents (issue 4), an event has exactly one source: the record
    itself. When ``Store.event`` returns ``sources`` of its own, they are used as given.
    """
    rec = store.event(event_id)
    sources = rec.get("sources")
    if not sources:
        sources = [{
            "document": rec.get("document") or {"id": rec["doc_id"]},
            "event_id": rec["id"],
            "values": {k: rec.get(k) for k in CONFLICT_FIELDS},
            "evidence": rec.get("evidence", []),
        }]
    rec["sources"] = sources
    rec["conflicts"] = conflicts(sources)
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


# --------------------------------------------------------------------------- series (stop-gap)

_LEADING = re.compile(r"^(?:the|a|an|some|about|around|nearly|over|more than|at least)\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def normalise_subject(subject: str) -> str:
    text = _NON_WORD.sub(" ", _POSSESSIVE.sub("", subject.lower())).strip()
    while (m := _LEADING.match(text)) is not None:
        text = text[m.end():]
    return text or "unspecified"


def series_key(figure: dict[str, Any]) -> str:
    """The URL name of the series a figure belongs to: its normalised subject and unit."""
    return f"{normalise_subject(figure.get('subject') or '').replace(' ', '-')}-{str(figure['unit']).lower()}"


def series_list(store: Store) -> list[dict[str, Any]]:
    """Indicator series, each {name, title, unit, points, targets}, most points first.

    STOP-GAP: derived here from single figures grouped by (unit, normalised subject) until the store
    groups figures into named series itself (issue 4); then this becomes a call to the store.
    """
    figures = store.figures(limit=_STORE_MAX)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fig in figures:
        grouped[series_key(fig)].append(fig)
    series: list[dict[str, Any]] = []
    for name, figs in grouped.items():
        points = sorted((f for f in figs if not f.get("is_target")),
                        key=lambda f: (f.get("as_of") or "9999", f["id"]))
        targets = [f for f in figs if f.get("is_target")]
        series.append({
            "name": name,
            "title": normalise_subject(figs[0].get("subject") or ""),
            "unit": figs[0]["unit"],
            "points": [_point(f) for f in points],
            "targets": [_point(f) for f in targets],
        })
    series.sort(key=lambda s: (-len(s["points"]) - len(s["targets"]), s["name"]))
    return series


def _point(fig: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": fig["id"], "value": fig["value"], "qualifier": fig.get("qualifier"), "as_of": fig.get("as_of"),
        "raw": fig.get("raw"), "doc_id": fig["doc_id"], "evidence": fig.get("evidence", []),
        "href": f"/documents/{fig['doc_id']}#rec-figure-{fig['id']}",
    }


def key_series(series: list[dict[str, Any]], count: int = 4) -> list[dict[str, Any]]:
    """The series worth a chart on the overview: most dated points first (a line needs two)."""
    def dated(s: dict[str, Any]) -> int:
        return sum(1 for p in s["points"] if p.get("as_of"))

    return sorted(series, key=lambda s: (-min(dated(s), 2) - (1 if s["targets"] else 0), -dated(s), s["name"]))[:count]


def series_one(store: Store, name: str) -> dict[str, Any]:
    for s in series_list(store):
        if s["name"] == name:
            return s
    raise SitroomError("E401", kind="series", id=name)


# --------------------------------------------------------------------------- quotes


def opposing(store: Store, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of opposing statements ({subject, a, b}) when the store knows them; none before issue 4."""
    finder: Callable[..., list[dict[str, Any]]] | None = getattr(store, "opposing_statements", None)
    return list(finder()) if finder is not None else []


def quotes_by_speaker(quotes: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        grouped[q.get("speaker") or "Unattributed"].append(q)
    return sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))
