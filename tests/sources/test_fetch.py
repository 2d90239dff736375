"""The polite client, driven through ``httpx.MockTransport`` (no socket) with a fake clock."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from tests.sources.conftest import QUICK
from tests.sources.site import Site

from sitroom.sources.fetch import Fetcher, Politeness


class Clock:
    """Time that only moves when the fetcher sleeps: waits are asserted, never spent."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def fetcher(handler: Callable[[httpx.Request], httpx.Response], clock: Clock, **kw: float) -> Fetcher:
    polite = Politeness(**{"timeout": 1.0, "retries": 2, "backoff": 1.0, "max_wait": 10.0, "min_interval": 1.0,
                           **kw})  # type: ignore[arg-type]
    return Fetcher(polite, transport=httpx.MockTransport(handler), sleep=clock.sleep, clock=clock)


def test_one_request_a_second_per_host_and_no_wait_across_hosts() -> None:
    clock = Clock()
    with fetcher(lambda r: httpx.Response(200, text="ok"), clock) as f:
        f.get("http://a.test/1")
        f.get("http://b.test/1")  # another host: no wait
        f.get("http://a.test/2")  # a.test again, at once: waits out its second
    assert clock.sleeps == [1.0]


def test_retries_back_off_exponentially_then_succeed() -> None:
    answers = iter([503, 502, 200])
    clock = Clock()
    with fetcher(lambda r: httpx.Response(next(answers), text="x"), clock, min_interval=0.0) as f:
        response = f.get("http://a.test/feed")
    assert response.ok and response.attempts == 3
    assert clock.sleeps == [1.0, 2.0]


def test_retry_after_is_honoured_up_to_the_cap_and_4xx_is_not_retried() -> None:
    clock = Clock()
    with fetcher(lambda r: httpx.Response(429, headers={"Retry-After": "120"}), clock, min_interval=0.0,
                 retries=1) as f:
        response = f.get("http://a.test/feed")
    assert response.code == "E604" and "429" in (response.reason or "") and clock.sleeps == [10.0]
    calls: list[str] = []
    with fetcher(lambda r: calls.append(str(r.url)) or httpx.Response(404), Clock(), min_interval=0.0) as f:
        assert f.get("http://a.test/gone").code == "E604"
    assert len(calls) == 1


def test_conditional_get_sends_validators_and_reads_304() -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(304, headers={"ETag": '"v1"'})

    with fetcher(handler, Clock()) as f:
        response = f.get("http://a.test/feed", etag='"v1"', last_modified="Mon, 10 Jun 2024 08:00:00 GMT")
    assert response.not_modified and not response.ok and response.code is None
    assert seen[0]["if-none-match"] == '"v1"' and seen[0]["if-modified-since"].startswith("Mon, 10 Jun")
    assert seen[0]["user-agent"].startswith("sitroom/")


def test_a_response_over_the_byte_cap_is_cut_off() -> None:
    with fetcher(lambda r: httpx.Response(200, content=b"x" * 5000), Clock(), max_bytes=1000) as f:  # type: ignore[arg-type]
        response = f.get("http://a.test/huge")
    assert response.code == "E607" and response.content == b""


def test_robots_rules_and_crawl_delay() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: sitroom\nDisallow: /secret/\nCrawl-delay: 5\n")
        return httpx.Response(200, text="ok")

    clock = Clock()
    with fetcher(handler, clock) as f:
        assert not f.allowed("http://a.test/secret/x")
        assert f.allowed("http://a.test/news/x")
        f.get("http://a.test/news/x")
    assert clock.sleeps == [5.0]  # Crawl-delay is longer than min_interval: it sets the pace


def test_robots_404_allows_everything_and_5xx_disallows_and_marks_the_host_down() -> None:
    with fetcher(lambda r: httpx.Response(404), Clock(), min_interval=0.0) as f:
        assert f.allowed("http://a.test/anything")
    with fetcher(lambda r: httpx.Response(500), Clock(), min_interval=0.0) as f:
        assert not f.allowed("http://a.test/anything")
        assert f.unreachable["a.test"].status == 500


def test_local_server_timeout_and_redirect_loop(site: Site) -> None:
    with Fetcher(QUICK) as f:
        slow = f.get(site.base + "/news/slow.html")
        loop = f.get(site.base + "/loop/a")
    assert slow.code == "E605" and "timed out" in (slow.reason or "") and slow.attempts == 2
    assert loop.code == "E606"
