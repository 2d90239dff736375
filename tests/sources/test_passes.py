"""One fetch pass against the local site: each kind of page behaves as described, nothing leaves 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.sources.conftest import QUICK, light_ingest
from tests.sources.site import Route, Site, page_html, rss

from sitroom.sources import fetch_pass
from sitroom.sources.registry import add_source, list_sources
from sitroom.store import Store


def _pass(db: Path, **kw: Any) -> Any:
    return fetch_pass(db, politeness=QUICK, ingest=light_ingest, **kw)


def _log(db: Path) -> list[dict[str, Any]]:
    with Store(db, read_only=True) as store:
        return store.fetch_log(limit=1000)


def _by_path(rows: list[dict[str, Any]], path: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["what"] == "page" and (r["canonical_url"] or r["url"]).endswith(path)]


def test_pass_over_rss_stores_each_story_once_and_logs_every_request(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml", name="wire")
    report = _pass(db)

    line = report.sources[0]
    assert (line.status, line.added) == ("ok", 2)  # mosul and raqqa; the rest are skips, dups and failures
    # Three spellings of the Mosul story (tracking parameters, a fragment) are one canonical URL: one request.
    assert site.hits("/news/mosul-strike.html") == 1
    # robots.txt disallows /private/: never requested, logged as a skip.
    assert site.hits("/private/internal.html") == 0
    rows = _log(db)
    assert _by_path(rows, "/private/internal.html")[0]["code"] == "W601"
    # The same bytes under another URL: dedup on the content hash.
    mirror = _by_path(rows, "/mirror/mosul-strike.html")[0]
    assert (mirror["outcome"], mirror["code"]) == ("duplicate", "W603")
    # A 500 is retried (once, with QUICK), then logged as a failure; the pass goes on.
    assert site.hits("/news/boom.html") == 2
    assert _by_path(rows, "/news/boom.html")[0]["code"] == "E604"
    # A page slower than the time-out: retried, then a failure that says it timed out.
    slow = _by_path(rows, "/news/slow.html")[0]
    assert slow["code"] == "E605" and "timed out" in slow["reason"]
    # A redirect loop ends with E606, not a hang.
    assert _by_path(rows, "/loop/a")[0]["code"] == "E606"
    assert line.failed == 3 and line.duplicates == 1 and line.skipped == 1

    with Store(db, read_only=True) as store:
        docs = store.documents(limit=10)
    urls = {d["url"] for d in docs}
    assert urls == {f"{site.base}/news/mosul-strike.html", f"{site.base}/news/raqqa-camp.html"}
    mosul = next(d for d in docs if "mosul" in d["url"])
    assert mosul["title"] == "Coalition strike hits Islamic State cell near Mosul"
    assert mosul["published"] and mosul["published"].startswith("2024-06-10")
    assert mosul["source"] == "Test Wire"

    health = list_sources(db)[0]
    assert health["documents_added"] == 2 and health["last_success"] is not None and health["kind"] == "feed"
    assert health["failures_since_success"] == 3  # the failed pages of the source


def test_every_request_names_sitroom_and_robots_is_read_once(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml")
    _pass(db)
    assert site.hits("/robots.txt") == 1
    agents = {h.get("user-agent", "") for _, h in site.requests}
    assert agents and all(a.startswith("sitroom/") for a in agents)


def test_second_pass_is_a_conditional_get_and_fetches_no_page_again(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml")
    _pass(db)
    pages_before = sum(1 for p, _ in site.requests if p.startswith("/news/"))
    second = _pass(db)

    assert second.sources[0].status == "not modified" and second.added == 0
    assert site.headers_of("/rss.xml")[-1].get("if-none-match") == '"rss-v1"'
    assert sum(1 for p, _ in site.requests if p.startswith("/news/")) - pages_before <= 2  # only failures retried
    assert site.hits("/news/mosul-strike.html") == 1


def test_changed_feed_brings_only_the_new_item(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml")
    _pass(db)
    site.add_article("/news/new-item.html")
    site.set_feed("/rss.xml", rss(site.base, ["/news/new-item.html", "/news/raqqa-camp.html"]), etag='"rss-v2"')
    report = _pass(db)
    assert report.sources[0].added == 1 and report.sources[0].known == 1
    assert site.hits("/news/raqqa-camp.html") == 1


def test_atom_feed_and_sitemap_share_pages_with_rss(site: Site, db: Path) -> None:
    for path in ("/rss.xml", "/atom.xml", "/sitemap.xml"):
        add_source(db, site.base + path)
    report = _pass(db)

    kinds = {s["url"].rsplit("/", 1)[-1]: s["kind"] for s in list_sources(db)}
    assert kinds == {"rss.xml": "feed", "atom.xml": "feed", "sitemap.xml": "sitemap"}
    # Raqqa is in the RSS and the Atom feed, Kirkuk in Atom and the sitemap: each fetched once.
    assert site.hits("/news/raqqa-camp.html") == 1 and site.hits("/news/kirkuk-attack.html") == 1
    assert report.added == 3
    atom_line = report.sources[1]
    assert atom_line.known == 1 and atom_line.added == 1  # raqqa was settled by the RSS source this pass


def test_page_declaring_a_stored_story_as_canonical_is_a_duplicate(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml")
    _pass(db)
    title, date, body = "Coalition strike hits Islamic State cell near Mosul", "2024-06-10", "Mobile copy. " * 40
    site.routes["/amp/mosul.html"] = Route(page_html(title, date, body, canonical="/news/mosul-strike.html").encode())
    site.set_feed("/rss.xml", rss(site.base, ["/amp/mosul.html"]), etag='"rss-v3"')
    report = _pass(db)
    amp = _by_path(_log(db), "/amp/mosul.html")[0]
    assert (amp["outcome"], amp["code"]) == ("duplicate", "W602") and report.added == 0


def test_broken_sources_never_stop_the_pass_nor_touch_stored_data(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml")
    _pass(db)
    with Store(db, read_only=True) as store:
        before = store.count_documents()
    site.routes["/dead.xml"] = Route(b"down", status=503, content_type="text/plain")
    site.routes["/page.xml"] = Route(b"<html><body><p>Just a page</p></body></html>")
    site.routes["/garbage.xml"] = Route(b"\x00\x01\x02 not xml at all", content_type="application/xml")
    for path in ("/dead.xml", "/page.xml", "/garbage.xml", "/atom.xml"):
        add_source(db, site.base + path)
    report = _pass(db)

    status = {s.url.rsplit("/", 1)[-1]: (s.status, s.reason or "") for s in report.sources}
    assert status["dead.xml"][0] == "failed" and "E604" not in status["dead.xml"][1]
    assert "HTTP 503" in status["dead.xml"][1]
    assert status["page.xml"][0] == "failed" and "neither an RSS/Atom feed nor a sitemap" in status["page.xml"][1]
    assert status["garbage.xml"][0] == "failed"
    assert status["atom.xml"][0] == "ok" and report.sources[-1].added == 1  # kirkuk, after three failures
    with Store(db, read_only=True) as store:
        assert store.count_documents() == before + 1
    health = {s["url"].rsplit("/", 1)[-1]: s for s in list_sources(db)}
    assert health["dead.xml"]["failures"] == 1 and health["dead.xml"]["last_success"] is None


def test_failed_ingest_leaves_pages_unsettled_for_the_next_pass(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/atom.xml")

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError("disk on fire")

    report = fetch_pass(db, politeness=QUICK, ingest=broken)
    assert report.added == 0 and report.sources[0].failed == 2
    rows = [r for r in _log(db) if r["what"] == "page"]
    assert {r["code"] for r in rows} == {"E609"} and all("disk on fire" in r["reason"] for r in rows)
    # The feed is unchanged, but a 304 would hide pages we failed to store: the listing is read in full.
    second = _pass(db)
    assert second.added == 2 and second.sources[0].status == "ok"
    assert "if-none-match" not in site.headers_of("/atom.xml")[-1]
    assert _pass(db).sources[0].status == "not modified"  # settled again: conditional GET resumes


def test_max_pages_bounds_a_pass_and_the_next_pass_goes_on(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/atom.xml")  # served with an ETag
    first = _pass(db, max_pages=1)
    second = _pass(db, max_pages=1)
    third = _pass(db, max_pages=1)
    assert (first.sources[0].fetched, first.added) == (1, 1)
    # Pages were left over, so the second GET was not conditional (a 304 would have hidden them).
    assert "if-none-match" not in site.headers_of("/atom.xml")[1]
    assert (second.sources[0].known, second.sources[0].fetched, second.added) == (1, 1, 1)
    assert third.sources[0].status == "not modified"  # all dealt with: conditional GET again
    assert list_sources(db)[0]["documents_added"] == 2


def test_a_pass_told_to_stop_ends_early_and_stores_nothing_half_done(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/rss.xml")
    asked: list[int] = []

    def stop_after_two_checks() -> bool:
        asked.append(1)
        return len(asked) > 2

    report = fetch_pass(db, politeness=QUICK, ingest=light_ingest, should_stop=stop_after_two_checks)
    assert report.added == 0 and report.sources[0].fetched <= 1
    assert _pass(db).added == 2  # the next pass does the whole job
