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
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
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
