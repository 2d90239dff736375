"""One polite pass over every followed source: listing, new pages, ingest, fetch log.

For each source: GET its feed or sitemap (conditionally), list its articles, drop those already settled
(dedup on the canonical URL), fetch the rest politely, drop bodies already seen (dedup on the content hash)
and read each page with the HTML reader ingest uses (trafilatura + htmldate: title, outlet, date, URL).
All pages of the pass are then ingested together (one picture rebuild a pass), and every request is logged
with its outcome. A failure (a dead feed, a 500, a time-out, even a failed ingest) is a row in the log and a
line in the report, never the end of the pass, and nothing stored is ever changed by a fetch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from sitroom.errors import CATALOGUE, SitroomError
from sitroom.ingest.boundary import at_boundary
from sitroom.ingest.decode import decode_bytes
from sitroom.ingest.formats import html_source
from sitroom.models import IngestProblem, IngestReport, Source
from sitroom.sources.feeds import Item, Listing, NotAListing, read_listing
from sitroom.sources.fetch import Fetcher, Politeness, Response
from sitroom.sources.urls import canonical_url, host_of
from sitroom.store import Store
from sitroom.store.sources import utcnow

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})  # "" : servers that send no type
MAX_PAGES = 100  # new pages per source per pass: a first pass over a big sitemap must still end soon
MAX_CHILD_SITEMAPS = 20

Ingest = Callable[..., IngestReport]  # jobs.ingest's signature; tests pass a stand-in


@dataclass
class SourceReport:
    """What one pass did for one source."""

    id: int
    url: str
    name: str | None
    status: str = "ok"  # ok | not modified | failed | skipped
    reason: str | None = None
    listed: int = 0  # articles the listing named
    known: int = 0  # of which already settled (not fetched again)
    fetched: int = 0  # pages requested
    added: int = 0  # documents stored
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass
class FetchReport:
    sources: list[SourceReport] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sources)


@dataclass
class _Page:
    """A fetched page on its way to the store, with the fetch log row it will leave."""

    source: SourceReport
    row: dict[str, Any]
    item: Source | None = None


def _row(source_id: int | None, what: str, response: Response, outcome: str, **kw: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "at": utcnow(), "source_id": source_id, "what": what, "url": response.url, "status": response.status,
        "bytes": len(response.content), "elapsed_ms": response.elapsed_ms, "outcome": outcome,
        "code": response.code, "reason": response.reason, "etag": response.etag,
        "last_modified": response.last_modified,
    }
    row.update(kw)
    return row


def _skip_row(source_id: int, listed: str, canonical: str, code: str, **kw: Any) -> dict[str, Any]:
    return {"at": utcnow(), "source_id": source_id, "what": "page", "url": listed, "canonical_url": canonical,
            "outcome": "skipped", "code": code, "reason": CATALOGUE[code].format(**kw)}


def decode_page(response: Response) -> str:
    """The page's text: the charset the server declared, else ingest's decoding ladder."""
    charset = response.charset
    if charset:
        try:
            return response.content.decode(charset, errors="replace")
        except LookupError:  # a charset Python does not know
            pass
    return decode_bytes(response.content).text


def declared_canonical(html: str) -> str | None:
    """The page's own ``<link rel="canonical">`` (or ``og:url``): where it says the story lives."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for found in root.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'):
        if str(found).strip():
            return str(found).strip()
    return None


def page_source(response: Response, canonical: str, item: Item, source_name: str | None) -> Source | IngestProblem:
    """The page read as HTML ingest reads a file; the listing fills what the page does not say."""
    html = decode_page(response)
    found = html_source(canonical, html)
    if isinstance(found, IngestProblem):
        return found
    found.extra["fetched_url"] = response.final_url
    declared = found.url or declared_canonical(html)
    found.url = canonical
    if declared and canonical_url(declared, base=response.final_url) != canonical:
        found.extra["declared_url"] = declared  # the page's rel=canonical, kept for reference
    if not found.title and item.title:
        found.title = item.title
    if not found.published and item.published:
        found.published = item.published
        found.extra["published_basis"] = "feed"
    if not found.source or found.source == host_of(canonical):
        found.source = source_name or found.source
    return found


class Pass:
    """One pass: a Fetcher, the store for the log, and the pages gathered for one ingest."""

    def __init__(self, store: Store, fetcher: Fetcher, max_pages: int = MAX_PAGES,
                 should_stop: Callable[[], bool] = lambda: False) -> None:
        self.should_stop = should_stop
        self.store = store
        self.fetcher = fetcher
        self.max_pages = max_pages
        self.pages: list[_Page] = []
        self.seen_urls: dict[str, str] = {}  # canonical URL -> canonical URL it stands for, this pass
        self.seen_hashes: dict[str, str] = {}  # body hash -> canonical URL, this pass
        self.listed: list[dict[str, Any]] = []  # good listing fetches, logged by ``finish``
        self.incomplete: set[int] = set()  # sources with listed pages left for a later pass

    # ------------------------------------------------------------------ listing

    def listing(self, report: SourceReport, url: str, what: str = "feed") -> Listing | None:
        """The source's listing (None when unchanged, disallowed or broken: the report says which)."""
        rows: list[dict[str, Any]] = []
        try:
            if not self.fetcher.allowed(url):
                rows.append(self._refused(report.id, url, canonical_url(url)) | {"what": what})
                report.status = "failed" if rows[-1]["outcome"] == "failed" else "skipped"
                report.reason = rows[-1]["reason"]
                return None
            etag, modified = self.store.fetch_validators(url)
            response = self.fetcher.get(url, etag=etag, last_modified=modified)
            if response.not_modified:
                # The validators asked with are repeated: the next pass asks with them again.
                rows.append(_row(report.id, what, response, "not_modified", code="W604",
                                 reason=CATALOGUE["W604"].template, etag=etag, last_modified=modified))
                if what == "feed":
                    report.status = "not modified"
                return None
            if not response.ok:
                rows.append(_row(report.id, what, response, "failed"))
                report.status, report.reason = "failed", response.reason
                return None
            try:
                listing = read_listing(response.content, response.final_url)
            except NotAListing as exc:
                response.fail("E608", url=url, detail=str(exc))
                rows.append(_row(report.id, what, response, "failed"))
                report.status, report.reason = "failed", response.reason
                return None
            # Logged when the pass ends (``finish``): its validators only count if every page it listed was
            # dealt with, or the next conditional GET would get a 304 and hide the pages left over.
            self.listed.append(_row(report.id, what, response, "ok", content_hash=_hash(response.content)))
            return listing
        finally:
            self.store.log_fetches(self._robots_rows() + rows)

    def _refused(self, source_id: int, listed: str, canonical: str) -> dict[str, Any]:
        """The row for a URL robots.txt rules out: a skip (W601), or a failure when the host is down."""
        down = self.fetcher.unreachable.get(host_of(canonical))
        if down is not None:
            return {"at": utcnow(), "source_id": source_id, "what": "page", "url": listed,
                    "canonical_url": canonical, "outcome": "failed", "code": down.code,
                    "reason": f"robots.txt unreadable: {down.reason}"}
        return _skip_row(source_id, listed, canonical, "W601", host=host_of(canonical), url=canonical)

    def _robots_rows(self) -> list[dict[str, Any]]:
        rows = [_row(None, "robots", r, "ok" if r.ok else "failed") for r in self.fetcher.robots_fetches]
        self.fetcher.robots_fetches.clear()
        return rows

    def items(self, report: SourceReport, source: dict[str, Any]) -> list[Item]:
        """Every article the source lists now (a sitemap index's children read too, conditionally)."""
        listing = self.listing(report, source["url"])
        if listing is None:
            return []
        if source.get("kind") != listing.kind:
            self.store.set_source_kind(report.id, "sitemap" if listing.kind == "sitemapindex" else listing.kind)
        items = list(listing.items)
        for child in listing.sitemaps[:MAX_CHILD_SITEMAPS]:
            sub = self.listing(report, child, what="sitemap")
            if sub is not None:
                items.extend(sub.items)
            if report.status == "failed":  # one broken child sitemap is reported; the others still count
                report.status = "ok"
        return items

    # ------------------------------------------------------------------ pages

    def gather(self, report: SourceReport, items: list[Item]) -> None:
        """Fetch the pages not seen before, up to ``max_pages``, into ``self.pages``."""
        fresh: dict[str, Item] = {}
        for item in items:
            try:
                canonical = canonical_url(item.url)
            except ValueError:  # a port that is not a number, an unbalanced IPv6 bracket ...
                continue
            fresh.setdefault(canonical, item)
        report.listed = len(fresh)
        settled = self.store.settled_urls(fresh)
        rows: list[dict[str, Any]] = []
        for canonical, item in fresh.items():
            if canonical in settled or canonical in self.seen_urls:
                report.known += 1
                continue
            if report.fetched + report.skipped >= self.max_pages or self.should_stop():
                self.incomplete.add(report.id)
                break
            self.seen_urls[canonical] = canonical
            page = self._fetch_page(report, canonical, item)
            if page.item is None:
                rows.append(page.row)
            else:
                self.pages.append(page)
        self.store.log_fetches(self._robots_rows() + rows)

    def _fetch_page(self, report: SourceReport, canonical: str, item: Item) -> _Page:
        if not self.fetcher.allowed(canonical):
            row = self._refused(report.id, item.url, canonical)
            if row["outcome"] == "failed":
                report.failed += 1
            else:
                report.skipped += 1
            return _Page(report, row)
        report.fetched += 1
        response = self.fetcher.get(canonical)
        if not response.ok:
            report.failed += 1
            return _Page(report, _row(report.id, "page", response, "failed", canonical_url=canonical))
        digest = _hash(response.content)
        row = _row(report.id, "page", response, "ok", canonical_url=canonical, content_hash=digest)
        other = self.seen_hashes.get(digest) or self.store.seen_content(digest)
        if other is not None:
            report.duplicates += 1
            return _Page(report, row | {"outcome": "duplicate", "code": "W603",
                                        "reason": CATALOGUE["W603"].format(other=other)})
        self.seen_hashes[digest] = canonical
        if response.content_type not in HTML_TYPES:
            report.skipped += 1
            return _Page(report, row | {"outcome": "skipped", "code": "W605", "reason": CATALOGUE["W605"].format(
                url=canonical, content_type=response.content_type)})
        found = page_source(response, canonical, item, report.name)
        if isinstance(found, IngestProblem):
            report.skipped += 1
            return _Page(report, row | {"outcome": "skipped", "code": found.code, "reason": found.message})
        declared = found.extra.get("declared_url")
        if declared:
            alias = canonical_url(declared, base=response.final_url)
            if alias in self.seen_urls or self.store.settled_urls([alias]):
                report.duplicates += 1
                return _Page(report, row | {"outcome": "duplicate", "code": "W602",
                                            "reason": CATALOGUE["W602"].format(canonical=alias)})
            self.seen_urls[alias] = canonical
        return _Page(report, row, found)

    # ------------------------------------------------------------------ ingest

    def ingest(self, db: str | Path, ingest: Ingest, report: FetchReport) -> None:
        """Ingest every gathered page in one run, then log each page's outcome."""
        if not self.pages:
            return

        def sources() -> Iterator[Source | IngestProblem]:
            for page in self.pages:
                assert page.item is not None
                yield from at_boundary(page.item)

        rows = [page.row for page in self.pages]
        try:
            result = ingest([], db, sources=sources())
        except Exception as exc:  # the pages are not settled: the next pass fetches them again
            reason = exc.message if isinstance(exc, SitroomError) else f"{type(exc).__name__}: {exc}"
            for page in self.pages:
                page.row.update(outcome="failed", code="E609",
                                reason=CATALOGUE["E609"].format(url=page.row["canonical_url"], reason=reason))
                page.source.failed += 1
                self.incomplete.add(page.source.id)
            self.store.log_fetches(rows)
            return
        _merge(report.ingest, result)
        stored = self.store.documents_at(p.row["canonical_url"] for p in self.pages)
        duplicates = dict(result.duplicates)
        problems = {p.path: p for p in result.skipped}
        for page in self.pages:
            url = page.row["canonical_url"]
            if url in stored:
                page.row.update(outcome="stored", doc_id=stored[url][0])
                page.source.added += len(stored[url])
            elif url in duplicates:
                page.row.update(outcome="duplicate", doc_id=duplicates[url], code="W202",
                                reason=CATALOGUE["W202"].format(doc_id=duplicates[url]))
                page.source.duplicates += 1
            else:
                found = problems.get(url)
                page.row.update(outcome="skipped", code=found.code if found else None,
                                reason=found.message if found else "nothing stored")
                page.source.skipped += 1
        self.store.log_fetches(rows)


    def finish(self) -> None:
        """Log the listing fetches, without validators for a source whose pages are not all dealt with."""
        for row in self.listed:
            if row["source_id"] in self.incomplete:
                row.update(etag=None, last_modified=None)
        if self.should_stop():  # gathered pages are dropped unstored: their sources are incomplete too
            for row in self.listed:
                if any(p.source.id == row["source_id"] for p in self.pages):
                    row.update(etag=None, last_modified=None)
        self.store.log_fetches(self.listed)
        self.listed = []


def _hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _merge(into: IngestReport, more: IngestReport) -> None:
    for name in ("ingested", "duplicates", "near_duplicates", "skipped", "warnings", "not_english"):
        getattr(into, name).extend(getattr(more, name, []))


def fetch_pass(
    db: str | Path,
    politeness: Politeness | None = None,
    transport: httpx.BaseTransport | None = None,
    max_pages: int = MAX_PAGES,
    ingest: Ingest | None = None,
    on_source: Callable[[SourceReport], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> FetchReport:
    """One polite pass over every source of ``db``; see the module docstring. When ``should_stop`` turns
    true (a server shutting down) the pass ends after the current request and stores nothing it gathered:
    those pages are unsettled, so the next pass fetches them again."""
    if ingest is None:
        from sitroom import jobs  # imported here: it loads the pipeline

        ingest = jobs.ingest
    report = FetchReport()
    with Store(db) as store, Fetcher(politeness, transport=transport) as fetcher:
        run = Pass(store, fetcher, max_pages=max_pages, should_stop=should_stop)
        for source in store.sources():
            if should_stop():
                break
            line = SourceReport(id=source["id"], url=source["url"], name=source["name"])
            report.sources.append(line)
            try:
                run.gather(line, run.items(line, source))
            except Exception as exc:  # a bug or a store error for one source must not end the pass
                line.status, line.reason = "failed", f"{type(exc).__name__}: {exc}"
                run.incomplete.add(line.id)
        try:
            if not should_stop():
                run.ingest(db, ingest, report)
        finally:
            run.finish()
        if on_source:
            for line in report.sources:
                on_source(line)
    return report
