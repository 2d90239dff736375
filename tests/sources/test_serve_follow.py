"""``serve --follow``: the server is the one writer, and the web app shows each new batch without a restart.

The app runs under uvicorn on 127.0.0.1 in a thread (its lifespan starts and stops the follower); the
follower reads the local test site with the real pipeline. The Playwright test keeps the overview open in
Debian's headless Chromium while a new feed item arrives, and sees the new event on reload.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
from tests.live_server import running
from tests.sources.conftest import QUICK
from tests.sources.site import Site, rss

from sitroom.serve import create_app
from sitroom.sources.follow import FollowConfig
from sitroom.sources.registry import add_source

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
               "--disable-component-update", "--disable-sync"]
FIRST = "/news/raqqa-camp.html"
LATER = "/news/mosul-strike.html"



@pytest.fixture
def following(site: Site, tmp_path: Path) -> Iterator[tuple[str, Site]]:
    """A following server over a database with one source (the site's feed, one item for now)."""
    db = tmp_path / "live.duckdb"
    site.set_feed("/live.xml", rss(site.base, [FIRST]), etag='"live-1"')
    add_source(db, f"{site.base}/live.xml", name="live wire")
    app = create_app(db, follow=FollowConfig(every=1.0, politeness=QUICK))
    with running(app, start_within=30, stop_within=60) as (url, _port):
        yield url, site


def _wait_for(predicate: Any, timeout: float = 180.0) -> None:
    # Long enough for the follower's first ingest to load the language pipeline on a 2-core machine.
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting for the follower"
        time.sleep(0.25)


def _urls(base: str) -> set[str]:
    docs = httpx.get(f"{base}/api/documents", params={"limit": 50}, timeout=10).json()
    items = docs["items"] if isinstance(docs, dict) else docs
    return {d.get("url") or "" for d in items}


def _events(base: str) -> str:
    return httpx.get(f"{base}/api/events", params={"limit": 50}, timeout=10).text


def _publish_later(site: Site) -> None:
    site.add_article(LATER)
    site.set_feed("/live.xml", rss(site.base, [LATER, FIRST]), etag='"live-2"')


@pytest.mark.model
def test_serve_follow_shows_new_documents_without_a_restart(following: tuple[str, Site]) -> None:
    base, site = following
    _wait_for(lambda: site.base + FIRST in _urls(base))
    _publish_later(site)
    _wait_for(lambda: site.base + LATER in _urls(base))
    # The document is committed first, the picture rebuilt right after it (same ingest run).
    _wait_for(lambda: "Mosul" in _events(base), timeout=60)


@pytest.mark.model
@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_overview_open_in_a_browser_sees_the_new_event_on_reload(following: tuple[str, Site]) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    base, site = following
    _wait_for(lambda: site.base + FIRST in _urls(base))
    blocked: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()

            def gate(route: Any) -> None:  # the page may talk to the server and nothing else
                if urlparse(route.request.url).netloc == urlparse(base).netloc:
                    route.continue_()
                else:
                    blocked.append(route.request.url)
                    route.abort()

            page.route("**/*", gate)
            page.goto(base + "/")
            assert "Mosul" not in page.content()
            _publish_later(site)
            _wait_for(lambda: "Mosul" in _events(base))
            page.reload()
            assert "Mosul" in page.inner_text("body")
        finally:
            browser.close()
    assert blocked == []
