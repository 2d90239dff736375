"""The server under hostile or careless input: bounded numbers, periods that end before they start, foreign
Host headers (DNS rebinding), unexpected errors, and the headers every answer carries."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from tests.serve.conftest import Client

from sitroom.errors import SitroomError
from sitroom.serve import create_app
from sitroom.serve.app import CSP, allowed_hosts, host_name

HUGE = "9223372036854775808"  # one past DuckDB's largest BIGINT
LISTS = ["/api/events", "/api/quotes", "/api/entities", "/api/places", "/api/documents", "/api/search?q=camp",
         "/timeline", "/events", "/quotes", "/documents", "/entities", "/search?q=camp"]


def _with(url: str, param: str) -> str:
    return url + ("&" if "?" in url else "?") + param


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("param", [f"offset={HUGE}", f"limit={HUGE}", "offset=-1", "limit=1001"])
def test_out_of_range_numbers_are_e402_with_security_headers(client: Client, url: str, param: str) -> None:
    response = client.get(_with(url, param))
    assert response.status_code == 400, (url, param, response.text[:200])
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    name = param.split("=")[0]
    if url.startswith("/api/"):
        error = response.json()["error"]
        assert error["code"] == "E402" and f"bad filter {name}=" in error["message"]
    else:
        assert "E402" in response.text and f"bad filter {name}=" in response.text


@pytest.mark.parametrize("url", ["/api/events", "/timeline", "/map", "/"])
def test_a_period_ending_before_it_starts_is_e402(client: Client, url: str) -> None:
    response = client.get(_with(url, "since=2024-05&until=2024-04-30"))
    assert response.status_code == 400
    text = response.text
    assert "E402" in text and "the period ends before since=2024-05" in text
    # The same month as both ends is a valid period.
    assert client.get(_with(url, "since=2024-05&until=2024-05")).status_code == 200


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "127.0.0.1.nip.io", "evil"])
def test_foreign_host_header_is_refused(client: Client, host: str) -> None:
    for url in ("/", "/api/events", "/static/app.css"):
        response = client.get(url, headers={"Host": host})
        assert response.status_code == 400, (url, host)
        assert response.headers["content-security-policy"] == CSP
        assert "does not answer for the host name" in response.text


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000"])
def test_loopback_host_headers_are_served(client: Client, host: str) -> None:
    assert client.get("/api/stats", headers={"Host": host}).status_code == 200


def test_host_allow_list_takes_the_serve_host_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert host_name("[::1]:80") == "::1" and host_name("Example.ORG:8080") == "example.org"
    monkeypatch.setenv("SITROOM_ALLOWED_HOSTS", "sitroom.lan, other.lan:9000")
    hosts = allowed_hosts(["10.0.0.5"])
    assert {"127.0.0.1", "localhost", "10.0.0.5", "sitroom.lan", "other.lan"} <= hosts
    assert "attacker.example" not in hosts


def test_app_answers_for_its_configured_host(serve_db: Path) -> None:
    app = create_app(serve_db, hosts=["analysis.lan"])
    try:
        client = Client(app)
        assert client.get("/api/stats", headers={"Host": "analysis.lan:8000"}).status_code == 200
        assert client.get("/api/stats", headers={"Host": "other.lan"}).status_code == 400
    finally:
        app.state.store.close()


def test_unexpected_errors_are_a_500_page_with_headers_and_no_internals(app: FastAPI) -> None:
    store = app.state.store
    original = store.stats

    def broken() -> None:
        raise RuntimeError("Binder Error: secret SQL detail")

    async def get(url: str) -> httpx.Response:
        # Starlette sends the 500 page, then re-raises for the server's log: the transport must not.
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.get(url)

    store.stats = broken
    pages, app.state.pages = app.state.pages, None  # the overview must be rendered, not served as kept
    try:
        for url in ("/api/stats", "/"):
            response = asyncio.run(get(url))
            assert response.status_code == 500
            assert response.headers["content-security-policy"] == CSP
            assert response.headers["x-content-type-options"] == "nosniff"
            assert "secret SQL detail" not in response.text
    finally:
        store.stats = original
        app.state.pages = pages


def test_ingest_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "typo.duckdb"
    with pytest.raises(SitroomError) as info:
        create_app(missing, allow_ingest=True, token="t")
    assert info.value.code == "E303" and not missing.exists()


def test_favicon_is_served(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.headers["content-type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO header


def test_pages_are_gzipped_when_the_client_accepts_it(client: Client) -> None:
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    packed = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert plain.headers.get("content-encoding") is None
    assert packed.headers["content-encoding"] == "gzip"
    # httpx decodes the body; num_bytes_downloaded is what came over the wire.
    assert packed.num_bytes_downloaded < len(plain.content) / 3
    assert packed.content == plain.content


def test_static_assets_are_versioned_and_cacheable(client: Client) -> None:
    page = client.get("/").text
    css = page.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    assert css.startswith("/static/app.css?v=")
    versioned = client.get(css)
    assert versioned.status_code == 200 and "immutable" in versioned.headers["cache-control"]
    plain = client.get("/static/app.css")
    assert plain.headers["cache-control"] == "public, max-age=3600"
    # A path outside the folder is still refused.
    assert client.get("/static/../app.py").status_code == 404
