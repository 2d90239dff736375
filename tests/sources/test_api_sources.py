"""The polling API: /api/sources (health per source) and /api/new?since= (what arrived after a time)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from tests.sources.conftest import QUICK, light_ingest
from tests.sources.site import Site, rss

from sitroom.serve import create_app
from sitroom.sources import fetch_pass
from sitroom.sources.registry import add_source


def _get(db: Path, url: str, **params: Any) -> httpx.Response:
    app = create_app(db)

    async def call() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
            return await client.get(url, params=params)

    try:
        return asyncio.run(call())
    finally:
        app.state.store.close()


def test_sources_and_whats_new_for_a_polling_client(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/atom.xml", name="atom wire")
    fetch_pass(db, politeness=QUICK, ingest=light_ingest)

    sources = _get(db, "/api/sources").json()
    assert sources["following"] is False
    [row] = sources["items"]
    assert (row["name"], row["documents_added"], row["last_outcome"]) == ("atom wire", 2, "ok")

    first = _get(db, "/api/new", since="2000-01-01").json()
    assert first["documents_total"] == 2
    assert {d["url"].rsplit("/", 1)[-1] for d in first["documents"]} == {"kirkuk-attack.html", "raqqa-camp.html"}
    # Polling with the last answer's `until`: nothing new until a pass stores something.
    assert _get(db, "/api/new", since=str(first["until"])).json()["documents_total"] == 0
    site.add_article("/news/new-item.html")
    site.set_feed("/atom.xml", rss(site.base, ["/news/new-item.html"]), etag='"atom-v2"')
    fetch_pass(db, politeness=QUICK, ingest=light_ingest)
    later = _get(db, "/api/new", since=str(first["until"])).json()
    assert [d["url"].rsplit("/", 1)[-1] for d in later["documents"]] == ["new-item.html"]
    assert _get(db, "/api/new").json()["documents_total"] == 3  # the default: the last day


def test_a_bad_since_is_a_coded_400(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/atom.xml")
    response = _get(db, "/api/new", since="yesterday-ish")
    assert response.status_code == 400 and response.json()["error"]["code"] == "E402"


def test_overview_shows_what_arrived_and_each_source_last_fetch(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/atom.xml", name="atom wire")
    fetch_pass(db, politeness=QUICK, ingest=light_ingest)
    page = _get(db, "/").text
    assert "New since" in page and "2 documents stored" in page
    assert "Attack on army post in Kirkuk province" in page  # a title, linked to its document
    assert "atom wire — last fetch" in page and "(ok), 2 documents added" in page
    later = _get(db, "/", arrived_since="2999-01-01").text
    assert "Nothing new." in later and "0 documents stored" in later


def test_overview_of_a_database_that_follows_nothing_is_unchanged(tmp_path: Path) -> None:
    from sitroom.store import Store

    db = tmp_path / "plain.duckdb"
    Store(db).close()
    page = _get(db, "/")
    assert page.status_code == 200 and "New since" not in page.text
