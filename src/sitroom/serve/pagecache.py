"""Rendered pages, kept while the database cannot change under the app.

A read-only server (no ``--allow-ingest``, no ``--follow``) holds its database with a read-only DuckDB handle,
which no other process can write beside, so a page's bytes depend on its URL alone. The overview and the map
draw up to 5,000 events each (about a second of queries, geometry and templating for the same bytes every
time): kept here with their gzip form, they are served at the cost of a dictionary look-up. Bounded by
bytes, least recently used first out.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

MAX_BYTES = 64 * 1024 * 1024
GZIP_LEVEL = 6  # zlib's default: most of level 9's saving on markup at a third of its time


class PageCache:
    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[str, tuple[bytes, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, key: str) -> tuple[bytes, bytes] | None:
        with self._lock:
            found = self._pages.get(key)
            if found is not None:
                self._pages.move_to_end(key)
            return found

    def put(self, key: str, html: bytes) -> tuple[bytes, bytes]:
        entry = (html, gzip.compress(html, compresslevel=GZIP_LEVEL, mtime=0))
        size = len(entry[0]) + len(entry[1])
        if size > self.max_bytes:
            return entry
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[0]) + len(old[1])
            self._pages[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (a, b) = self._pages.popitem(last=False)
                self._bytes -= len(a) + len(b)
        return entry


def page_key(request: Request) -> str:
    return request.url.path + "?" + urlencode(sorted(request.query_params.multi_items()))


def cached(request: Request, build: Callable[[], HTMLResponse]) -> Response:
    """The page ``build`` renders, from the app's cache when it has one (``app.state.pages``)."""
    cache: PageCache | None = getattr(request.app.state, "pages", None)
    if cache is None:
        return build()
    key = page_key(request)
    entry = cache.get(key)
    if entry is None:
        response = build()
        if response.status_code != 200:
            return response
        entry = cache.put(key, bytes(response.body))
    html, packed = entry
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        # Already compressed: the GZip middleware passes a response with a Content-Encoding through.
        return Response(packed, media_type="text/html; charset=utf-8",
                        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return HTMLResponse(html, headers={"Vary": "Accept-Encoding"})
