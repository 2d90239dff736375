"""Pages kept for a database that cannot change under the app: same bytes, without the work."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from tests.serve.conftest import Client

from sitroom.serve import create_app
from sitroom.serve.pagecache import PageCache


def test_a_read_only_server_renders_the_overview_and_map_once(app: FastAPI, client: Client,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = {url: client.get(url).text for url in ("/", "/map?type=attack", "/timeline?sort=-killed")}
    calls: list[str] = []
    store = app.state.store
    for name in ("stats", "merged_events", "merged_events_page"):
        original = getattr(store, name)

        def counting(*a: Any, _name: str = name, _f: Any = original, **k: Any) -> Any:
            calls.append(_name)
            return _f(*a, **k)

        monkeypatch.setattr(store, name, counting)
    again = {url: client.get(url).text for url in first}
    assert again == first and calls == []  # the same pages, no query run
    client.get("/map?type=strike")  # another filter is another page
    assert calls


def test_kept_pages_are_sent_gzipped_or_plain_as_asked(client: Client) -> None:
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    packed = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert plain.headers.get("content-encoding") is None and packed.headers["content-encoding"] == "gzip"
    assert packed.text == plain.text  # httpx unpacks it
    assert "Content-Security-Policy" in packed.headers and packed.headers["vary"] == "Accept-Encoding"


def test_a_server_that_writes_keeps_nothing(db_copy: Path) -> None:
    app = create_app(db_copy, allow_ingest=True, token="t" * 32)
    try:
        assert app.state.pages is None
        assert Client(app).get("/").status_code == 200
    finally:
        app.state.store.close()


def test_the_cache_is_bounded_by_bytes_oldest_out_first() -> None:
    cache = PageCache(max_bytes=3000)
    pages = {f"/p{i}": (f"<p>{i}</p>" + "x" * 900).encode() for i in range(4)}
    for key, html in pages.items():
        kept = cache.put(key, html)
        assert gzip.decompress(kept[1]) == html
    assert cache.get("/p0") is None and cache.get("/p3") is not None
    assert sum(len(a) + len(b) for a, b in (cache.get(k) or (b"", b"") for k in pages)) <= 3000
