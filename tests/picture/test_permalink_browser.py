"""A saved link to a merged event survives the ingest that adds a report to it (issue 9), in a real browser.

Two outlets' reports of the Deir ez-Zor ambush of examples/corpus are ingested; the analyst opens the
merged event and keeps its URL. A third outlet's report arrives through the server's ingest API (the
picture is rebuilt from scratch). The kept URL still opens the same event, now with one more source.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES
from tests.live_server import running

from sitroom.serve import create_app

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
               "--disable-component-update", "--disable-sync"]
TOKEN = "permalink-test-token"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                     "(make browser / apt-get install chromium)"),
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")


def _reports() -> list[str]:
    """The three later outlets' reports of the ambush, one JSONL line each."""
    return (EXAMPLES / "06-ambush-reports.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from sitroom import jobs

    tmp = tmp_path_factory.mktemp("permalink")
    first = tmp / "frontline.jsonl"
    first.write_text(_reports()[0] + "\n", encoding="utf-8")
    db = tmp / "picture.duckdb"
    jobs.ingest([str(EXAMPLES / "05-is-claims-deir-ez-zor-ambush.html"), str(first)], db=db)

    app = create_app(db, allow_ingest=True, token=TOKEN)
    try:
        with running(app) as (url, _port):
            yield url
    finally:
        app.state.store.close()


def _ingest(base: str, name: str, body: str) -> dict[str, Any]:
    request = urllib.request.Request(f"{base}/api/ingest?filename={name}", data=body.encode("utf-8"),
                                     headers={"Authorization": f"Bearer {TOKEN}"}, method="POST")
    with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310 (the test's own server)
        return dict(json.loads(response.read()))


def test_browser_saved_event_link_survives_a_reingest_that_adds_a_source(writable_server: str) -> None:
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            pg = browser.new_page(base_url=writable_server)
            pg.goto("/timeline?type=attack")
            rows = pg.locator("table.events tbody tr")
            sources = [int(n) for n in rows.locator("td:nth-child(7)").all_inner_texts()]
            assert max(sources) == 2, "the two outlets' reports are one merged event"
            rows.nth(sources.index(2)).locator("a.tag").click()
            pg.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
            saved = pg.url  # the analyst's bookmark
            heading = pg.locator("h1").inner_text()
            assert pg.locator("article.source").count() == 2

            report = _ingest(writable_server, "example-wire.jsonl", _reports()[2] + "\n")
            assert report["ok"], report

            response = pg.goto(saved)
            assert response is not None and response.status == 200
            assert pg.url == saved, "the link still names the live event, no redirect needed"
            assert pg.locator("h1").inner_text() == heading
            assert pg.locator("article.source").count() == 3
            assert "Example Wire" in pg.locator("main").inner_text()
        finally:
            browser.close()
