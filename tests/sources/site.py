"""A small news site for the follower's tests, served by a threaded ``http.server`` on 127.0.0.1 only.

It has what the real web has, on purpose: an RSS 2.0 feed and an Atom feed (with ETag and Last-Modified, so
a conditional GET gets a 304), a sitemap, robots.txt with a disallowed folder, a page that answers 500, a
page slower than the client's time-out, a redirect loop, one story under two URLs (a tracking parameter,
and a copy at another path), and a counter of every request so a test can say what was asked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES = {
    "/news/mosul-strike.html": (
        "Coalition strike hits Islamic State cell near Mosul",
        "2024-06-10",
        "Coalition aircraft struck an Islamic State hideout near Mosul on Monday, killing four militants, "
        "the Iraqi Joint Operations Command said in a statement. The strike followed weeks of surveillance "
        "of the cell, which officials said had planned attacks on checkpoints south of the city. "
        "Local officials said no civilians were hurt in the operation.",
    ),
    "/news/raqqa-camp.html": (
        "Families return from al-Hol camp to Raqqa",
        "2024-06-11",
        "More than 300 Syrian families left al-Hol camp for Raqqa on Tuesday, the Autonomous Administration "
        "said, the latest group to return home under a tribal sponsorship scheme. Aid agencies said the "
        "returnees would receive food baskets and help with documents over the coming weeks. "
        "About 40,000 people remain in the camp, most of them women and children.",
    ),
    "/news/kirkuk-attack.html": (
        "Attack on army post in Kirkuk province",
        "2024-06-12",
        "Islamic State militants attacked an army post in Kirkuk province on Wednesday night, killing two "
        "soldiers and wounding three, security sources said. The army sent reinforcements to the area and "
        "began a search operation in the nearby villages. No group immediately claimed the attack, which "
        "came a day after a roadside bomb hit a patrol in the same district.",
    ),
    "/private/internal.html": (
        "Internal page",
        "2024-06-12",
        "This page is disallowed by robots.txt and must never be requested by a polite client at all.",
    ),
    "/news/new-item.html": (
        "Coalition ministers pledge funds in Rome",
        "2024-06-13",
        "Foreign ministers of the Global Coalition to Defeat ISIS met in Rome on Thursday and pledged more "
        "than $300 million for stabilisation in Iraq and Syria, the State Department said. Ministers agreed "
        "to keep pressure on the group's affiliates in Africa and to speed up repatriations from the camps.",
    ),
}


def page_html(title: str, date: str, body: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{link}'
        f'<meta property="og:site_name" content="Test Wire"><meta name="date" content="{date}"></head>'
        f"<body><nav>Home | World | Middle East</nav><article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>Copyright Test Wire</footer></body></html>"
    )


def rss(base: str, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>{ARTICLES.get(p, ('Item', '', ''))[0]}</title><link>{base}{p}</link>"
        f"<pubDate>Mon, 10 Jun 2024 08:00:00 GMT</pubDate></item>"
        for p in paths
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>{base}/</link><description>test</description>{items}</channel></rss>")


def atom(base: str, paths: list[str]) -> str:
    entries = "".join(
        f'<entry><title>{ARTICLES[p][0]}</title><link href="{base}{p}"/><id>{base}{p}</id>'
        f"<updated>{ARTICLES[p][1]}T09:00:00Z</updated></entry>"
        for p in paths
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom Wire</title><id>{base}/atom.xml</id><updated>2024-06-12T09:00:00Z</updated>"
            f"{entries}</feed>")


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{ARTICLES[p][1]}</lastmod></url>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    location: str | None = None  # a redirect


@dataclass
class Site:
    """The routes served and every request made (path, headers), for the tests to read."""

    base: str = ""
    routes: dict[str, Route | Callable[[], Route]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(1 for p, _ in self.requests if p == path)

    def headers_of(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [h for p, h in self.requests if p == path]

    def set_feed(self, path: str, body: str, etag: str | None = None, kind: str = "application/rss+xml") -> None:
        self.routes[path] = Route(body.encode(), content_type=kind, etag=etag,
                                  last_modified="Mon, 10 Jun 2024 08:00:00 GMT" if etag else None)

    def add_article(self, path: str, canonical: str | None = None, source: str | None = None) -> None:
        title, date, body = ARTICLES[source or path]
        self.routes[path] = Route(page_html(title, date, body, canonical).encode())


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet: pytest shows failures
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            found = site.routes.get(path)
            route = found() if callable(found) else found
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.delay:
                time.sleep(route.delay)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (a time-out test)
                self.wfile.write(route.body)

    return Handler


@contextmanager
def serve_site(site: Site) -> Iterator[Site]:
    """Serve ``site`` on 127.0.0.1 (a free port) for the block; nothing else is ever contacted."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def news_site(site: Site) -> Site:
    """The standard site: robots.txt, an RSS feed over every kind of page, an Atom feed, a sitemap."""
    base = site.base
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    for path in ("/news/mosul-strike.html", "/news/raqqa-camp.html", "/news/kirkuk-attack.html",
                 "/private/internal.html"):
        site.add_article(path)
    # The same story a second time, at another path, with the same bytes: dedup on the content hash.
    site.add_article("/mirror/mosul-strike.html", source="/news/mosul-strike.html")
    site.routes["/news/boom.html"] = Route(b"oops", status=500, content_type="text/plain")
    site.routes["/news/slow.html"] = Route(b"<html>late</html>", delay=3.0)
    site.routes["/loop/a"] = Route(status=302, location=f"{base}/loop/b")
    site.routes["/loop/b"] = Route(status=302, location=f"{base}/loop/a")
    rss_paths = ["/news/mosul-strike.html?utm_source=rss&utm_medium=feed", "/news/raqqa-camp.html",
                 "/private/internal.html", "/news/boom.html", "/news/slow.html", "/loop/a",
                 "/mirror/mosul-strike.html", "/news/mosul-strike.html#comments"]
    site.set_feed("/rss.xml", rss(base, rss_paths), etag='"rss-v1"')
    site.set_feed("/atom.xml", atom(base, ["/news/kirkuk-attack.html", "/news/raqqa-camp.html"]), etag='"atom-v1"',
                  kind="application/atom+xml")
    site.routes["/sitemap.xml"] = Route(sitemap(base, ["/news/kirkuk-attack.html", "/news/mosul-strike.html"])
                                        .encode(), content_type="application/xml")
    return site
