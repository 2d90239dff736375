"""Polite HTTP: one client that every fetch of a pass goes through.

Polite means: a User-Agent that says who is asking, robots.txt obeyed (``urllib.robotparser``, with its
Crawl-delay), at most one request per ``min_interval`` to a host, timeouts on every request, a few retries
with exponential backoff only where a retry can help (time-outs, dropped connections, 429 and 5xx,
honouring ``Retry-After``), conditional GET (``If-None-Match`` / ``If-Modified-Since``) so an unchanged
feed costs a 304, and a byte cap so one huge response cannot fill memory.

Nothing here raises for a bad response: ``Fetcher.get`` always returns a ``Response`` whose ``code`` and
``reason`` (catalogue codes E604-E607) say what went wrong, for the fetch log.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType

import httpx

from sitroom import __version__
from sitroom.errors import CATALOGUE
from sitroom.sources.urls import host_of

ROBOTS_AGENT = "sitroom"  # the token robots.txt rules name
USER_AGENT = f"{ROBOTS_AGENT}/{__version__} (situation-room news follower; obeys robots.txt, one request a second)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Politeness:
    """How hard a pass may lean on a server. Tests shrink the waits; the defaults are for the real web."""

    timeout: float = 15.0  # seconds, for connecting and for each read
    retries: int = 2  # extra attempts after the first, only for failures a retry can cure
    backoff: float = 2.0  # seconds before the first retry, doubling after that
    max_wait: float = 60.0  # cap on any one wait (backoff, Retry-After, Crawl-delay)
    min_interval: float = 1.0  # seconds between two requests to one host
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass
class Response:
    """One GET as the fetch log records it."""

    url: str
    final_url: str
    status: int | None = None
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    elapsed_ms: int = 0
    attempts: int = 0
    code: str | None = None  # catalogue code when the fetch failed
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.code is None and self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                return value.strip("\"' ")
        return None

    def fail(self, code: str, **kw: object) -> Response:
        self.code, self.reason = code, CATALOGUE[code].format(**kw)
        return self


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (a number or an HTTP date), if any."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    """An HTTP client with manners. Use as a context manager; one per pass (it caches robots.txt)."""

    def __init__(
        self,
        politeness: Politeness | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.politeness = p = politeness or Politeness()
        self._client = httpx.Client(
            headers={"User-Agent": p.user_agent},
            timeout=httpx.Timeout(p.timeout),
            follow_redirects=True,
            max_redirects=p.max_redirects,
            transport=transport,
        )
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self.robots_fetches: list[Response] = []  # the pass logs them (what = robots)
        # Hosts whose robots.txt could not be read (5xx, no answer): everything there is disallowed, and the
        # report says the host is down rather than that robots.txt forbids it.
        self.unreachable: dict[str, Response] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ robots.txt

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The robots.txt rules of ``url``'s host, fetched once per Fetcher.

        As RFC 9309 says: a 4xx means no rules (everything allowed); a 5xx or no answer means the site
        is unreachable, and everything is disallowed until a later pass finds it."""
        host = host_of(url)
        parser = self._robots.get(host)
        if parser is not None:
            return parser
        scheme = httpx.URL(url).scheme
        robots_url = f"{scheme}://{host}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        response = self._get(robots_url, {}, retries=0)
        self.robots_fetches.append(response)
        if response.ok:
            parser.parse(response.content.decode("utf-8", "replace").splitlines())
        elif response.status is not None and 400 <= response.status < 500:
            parser.parse([])  # no rules: everything allowed
        else:
            parser.parse(["User-agent: *", "Disallow: /"])
            self.unreachable[host] = response
        self._robots[host] = parser
        return parser

    def allowed(self, url: str) -> bool:
        return self.robots(url).can_fetch(ROBOTS_AGENT, url)

    def _interval(self, host: str) -> float:
        parser = self._robots.get(host)
        delay = parser.crawl_delay(ROBOTS_AGENT) if parser is not None else None
        return min(max(self.politeness.min_interval, float(delay or 0)), self.politeness.max_wait)

    def _wait_for(self, host: str) -> None:
        """Sleep until ``host`` may be asked again (the per-host rate limit)."""
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self._interval(host) - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    # ------------------------------------------------------------------ GET

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` (conditionally when validators are given), with retries; never raises."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, retries=self.politeness.retries)

    def _get(self, url: str, headers: dict[str, str], retries: int) -> Response:
        p = self.politeness
        host = host_of(url)
        response = Response(url=url, final_url=url)
        for attempt in range(retries + 1):
            self._wait_for(host)
            response = self._once(url, headers)
            response.attempts = attempt + 1
            retryable = response.status in RETRY_STATUSES or (response.status is None and response.code == "E605")
            if not retryable or attempt == retries:
                break
            asked = _retry_after(response.headers.get("retry-after"))
            self._sleep(min(asked if asked is not None else p.backoff * 2 ** attempt, p.max_wait))
        return response

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        p = self.politeness
        started = self._clock()
        response = Response(url=url, final_url=url)
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                response.status = r.status_code
                response.final_url = str(r.url)
                response.headers = {k.lower(): v for k, v in r.headers.items()}
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > p.max_bytes:
                        response.fail("E607", url=url, limit=p.max_bytes)
                        break
                    chunks.append(chunk)
                else:
                    response.content = b"".join(chunks)
        except httpx.TooManyRedirects:
            response.fail("E606", url=url, limit=p.max_redirects)
        except httpx.TimeoutException as exc:
            response.fail("E605", url=url, reason=f"timed out after {p.timeout:g}s ({type(exc).__name__})")
        except (httpx.HTTPError, OSError) as exc:  # refused, reset, DNS, a broken chunked body ...
            response.fail("E605", url=url, reason=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        except ValueError as exc:  # httpx refuses some malformed URLs and headers with ValueError
            response.fail("E605", url=url, reason=str(exc))
        response.elapsed_ms = int((self._clock() - started) * 1000)
        if response.code is None and response.status is not None and response.status >= 400:
            response.fail("E604", status=response.status, url=url)
        return response
