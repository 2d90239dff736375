"""The JSON API and the HTML pages in-process (httpx's ASGI transport, no socket, no browser)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from tests.serve.builders import CAMP_POINTS, XSS_IMG, XSS_SCRIPT
from tests.serve.conftest import Client

from sitroom.serve import create_app
from sitroom.serve.app import CSP

PAGES = ["/", "/map", "/map?view=world", "/timeline", "/events", "/series", "/quotes", "/documents", "/entities",
         "/search?q=camp", "/search"]


def test_api_events_lists_merged_events_newest_first_with_totals(client: Client) -> None:
    body = client.get("/api/events").json()
    # Nine reports, two of them second reports of the Mosul attack and of the Deir ez-Zor strikes.
    assert body["total"] == len(body["items"]) == 7 and body["next_cursor"] is None
    assert sum(e["n_sources"] for e in body["items"]) == 9
    assert (body["limit"], body["offset"]) == (50, 0)
    dates = [e["date"] for e in body["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["evidence"] and e["evidence"][0]["text"] for e in body["items"])
    mosul = next(e for e in body["items"] if e["place"] == "Mosul")
    assert mosul["n_sources"] == 2 and mosul["killed_best"] is not None
    assert mosul["killed_low"] <= mosul["killed_best"] <= mosul["killed_high"]


@pytest.mark.parametrize(("query", "expected"), [
    ("type=attack", 3),
    ("type=strike", 1),
    ("country=sy", 3),  # country codes are case-insensitive
    ("actor=Islamic State", 3),
    ("place=Raqqa", 2),
    ("place=gn:163915", 2),
    ("since=2023-11", 3),
    ("until=2023-12-31", 3),
    ("since=2023-06&until=2023-11", 3),
    ("type=attack&country=IQ&since=2024", 1),
])
def test_api_events_filters(client: Client, query: str, expected: int) -> None:
    body = client.get(f"/api/events?{query}").json()
    assert body["total"] == len(body["items"]) == expected, query


def test_api_events_pagination_walks_every_event_once(client: Client) -> None:
    seen: list[str] = []
    for offset in range(0, 7, 3):
        body = client.get(f"/api/events?limit=3&offset={offset}").json()
        assert body["total"] == 7 and body["offset"] == offset
        seen += [e["id"] for e in body["items"]]
    assert len(seen) == len(set(seen)) == 7


def test_api_events_cursor_walks_the_same_order_as_offsets(client: Client) -> None:
    by_offset = [e["id"] for e in client.get("/api/events?limit=50").json()["items"]]
    seen: list[str] = []
    url = "/api/events?limit=2"
    while url:
        body = client.get(url).json()
        assert body["total"] == 7
        seen += [e["id"] for e in body["items"]]
        url = f"/api/events?limit=2&cursor={body['next_cursor']}" if body["next_cursor"] else ""
    assert seen == by_offset  # dated events, then the undated ones, each exactly once
    filtered = client.get("/api/events?type=attack&limit=1").json()
    after = client.get(f"/api/events?type=attack&limit=5&cursor={filtered['next_cursor']}").json()
    assert [e["type"] for e in after["items"]] == ["attack", "attack"] and after["next_cursor"] is None


@pytest.mark.parametrize("cursor", ["nope", "WzEsMiwzXQ", "W251bGwsImF0dGFjayJd", "%00"])
def test_api_events_bad_cursor_is_e402(client: Client, cursor: str) -> None:
    response = client.get(f"/api/events?cursor={cursor}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "E402"


@pytest.mark.parametrize("query", ["limit=-1", "limit=5000", "offset=-3", "type=parade", "since=last-week",
                                   "limit=ten"])
def test_api_events_bad_filters_are_e402(client: Client, query: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "E402"


def test_api_event_detail_has_sources_with_evidence(client: Client) -> None:
    raqqa = client.get("/api/events?place=Raqqa&since=2023-11").json()["items"][0]
    body = client.get(f"/api/events/{raqqa['id']}").json()
    assert body["killed"] == 7 and body["conflicts"] == {}
    [source] = body["sources"]
    assert source["document"]["source"] == "Northern Courier"
    assert source["values"]["killed"] == 7
    ev = source["evidence"][0]
    doc = client.get(f"/api/documents/{source['document']['id']}").json()
    assert doc["text"][ev["start"]:ev["end"]] == "stormed"
    assert ev["text"] in doc["text"]


@pytest.mark.parametrize(("path", "kind"), [("/api/events/nope", "event"), ("/api/documents/nope", "document"),
                                            ("/api/series/nope", "series")])
def test_api_missing_ids_are_e401(client: Client, path: str, kind: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"] == {"code": "E401", "message": f"no {kind} with id nope"}


def test_api_missing_page_is_e401_html(client: Client) -> None:
    response = client.get("/events/nope")
    assert response.status_code == 404
    assert "E401" in response.text and response.headers["content-type"].startswith("text/html")


def test_api_series_come_from_the_picture_with_targets(client: Client) -> None:
    items = client.get("/api/series").json()["items"]
    camp = next(s for s in items if s["n_points"] == len(CAMP_POINTS))
    assert [p["value"] for p in camp["points"]] == [float(v) for _, v, _, _ in CAMP_POINTS]
    assert [p["as_of"] for p in camp["points"]] == sorted(p["as_of"] for p in camp["points"])
    pledges = client.get(f"/api/series/{next(s['id'] for s in items if s['unit'] == 'USD')}").json()
    assert 600e6 in [p["value"] for p in pledges["points"]]
    assert [t["value"] for t in pledges["targets"]] == [670e6] and pledges["target"] == 670e6
    point = camp["points"][0]
    assert point["href"] == f"/documents/{point['doc_id']}#rec-figure-{point['id']}"
    assert client.get(f"/api/series/{camp['name']}").json()["id"] == camp["id"]  # by name too


def test_api_quotes_filter_by_speaker_and_subject(client: Client) -> None:
    body = client.get("/api/quotes?speaker=rivers").json()
    assert [q["speaker"] for q in body["items"]] == ["Alex Rivers"]
    assert body["total"] == 1 and body["opposing"] == []
    about = client.get("/api/quotes?about=regroup").json()
    assert about["total"] == 2 and {q["speaker"] for q in about["items"]} == {"Jane Doe"}


def test_api_entities_places_documents_stats(client: Client) -> None:
    entities = client.get("/api/entities?type=person").json()
    assert {"Jane Doe", "Alex Rivers"} <= {e["canonical"] for e in entities["items"]}
    places = client.get("/api/places").json()
    assert {"Mosul", "Raqqa", "Kirkuk", "Deir ez-Zor"} == {p["name"] for p in places["items"]}
    docs = client.get("/api/documents?limit=3&offset=3").json()
    assert docs["total"] == 11 and len(docs["items"]) == 3 and "text" not in docs["items"][0]
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 9 and stats["events_by_type"]["attack"] == 4


def test_api_search_finds_documents(client: Client) -> None:
    body = client.get("/api/search?q=Roj Valley").json()
    assert body["total"] == len(CAMP_POINTS)
    assert client.get("/api/search").status_code == 400


def test_api_openapi_schema_lists_the_read_endpoints(client: Client) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ["/api/events", "/api/events/{event_id}", "/api/series", "/api/series/{name}", "/api/quotes",
                 "/api/entities", "/api/places", "/api/documents", "/api/documents/{doc_id}", "/api/search",
                 "/api/stats"]:
        assert path in paths
    assert "/api/ingest" not in paths


@pytest.mark.parametrize("path", PAGES)
def test_api_pages_render_with_security_headers(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    # Offline and CSP-clean: no external URLs, no inline scripts, styles or event handlers.
    # The one kind of external URL allowed is a link (never a resource) to a document's original article.
    text = re.sub(r'<a (?:class="url doc-url" )?href="https?://[^"]+"(?: class="doc-url")? rel="noopener noreferrer '
                  r'nofollow"[^>]*>[^<]*</a>', "", response.text)
    assert "http://" not in text and "https://" not in text and "//cdn" not in text
    assert "<script>" not in text and "<style" not in text
    assert re.search(r"<[^>]+\s(?:on[a-z]+|style)\s*=", text) is None  # no handler or style attributes


def test_api_json_responses_carry_headers_too(client: Client) -> None:
    response = client.get("/api/stats")
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-frame-options"] == "DENY"


def test_api_every_page_links_its_json_twin(client: Client) -> None:
    for path, twin in [("/timeline?type=attack", "/api/events?type=attack"), ("/", "/api/stats"),
                       ("/series", "/api/series"), ("/quotes", "/api/quotes"), ("/documents", "/api/documents")]:
        page = client.get(path).text
        assert f'href="{html.escape(twin)}" class="json-link"' in page, path


def test_api_hostile_document_text_is_escaped(client: Client) -> None:
    doc_id = client.get("/api/search?q=Village raid").json()["items"][0]["id"]
    page = client.get(f"/documents/{doc_id}").text
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert html.escape(XSS_SCRIPT, quote=False) in page
    assert 'href="javascript:' not in page
    for path in ["/quotes", "/series", "/timeline", "/", "/entities", "/documents", "/search?q=village"]:
        text = client.get(path).text
        assert "<script>window" not in text and "<b onmouseover" not in text, path


@pytest.mark.parametrize("path", ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2f..%2fetc%2fpasswd", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                                  "/static//etc/passwd", "/static/..%5c..%5cetc%5cpasswd",
                                  "/static/%252e%252e/etc/passwd", "/static/"])
def test_api_static_files_refuse_traversal(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text


def test_api_static_files_are_served(client: Client) -> None:
    css = client.get("/static/app.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/static/app.js").headers["x-content-type-options"] == "nosniff"


def test_api_ingest_absent_unless_allowed(client: Client) -> None:
    response = client.post("/api/ingest", content=b"text")
    assert response.status_code in (404, 405)


def test_api_ingest_needs_a_token(db_copy: Path) -> None:
    with pytest.raises(ValueError):
        create_app(db_copy, allow_ingest=True)
    app = create_app(db_copy, allow_ingest=True, token="s3cret-token")
    try:
        writer = Client(app)
        assert writer.post("/api/ingest", content=b"x").status_code == 401
        wrong = writer.post("/api/ingest", content=b"x", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        basic = writer.post("/api/ingest", content=b"x", headers={"Authorization": "Basic s3cret-token"})
        assert basic.status_code == 401
        assert "/api/ingest" in writer.get("/api/openapi.json").json()["paths"]
    finally:
        app.state.store.close()


def test_api_ingest_rejects_oversized_uploads(db_copy: Path) -> None:
    from sitroom.serve.api import MAX_UPLOAD

    app = create_app(db_copy, allow_ingest=True, token="t0ken")
    try:
        response = Client(app).post("/api/ingest?filename=big.txt", content=b"a" * (MAX_UPLOAD + 1),
                                    headers={"Authorization": "Bearer t0ken"})
        assert response.status_code == 413
    finally:
        app.state.store.close()


def test_api_safe_filename_strips_folders() -> None:
    from sitroom.serve.api import safe_filename

    assert safe_filename("../../etc/passwd") == "passwd.txt"
    assert safe_filename("..\\..\\x.html") == "x.html"
    assert safe_filename("news feed.jsonl") == "news_feed.jsonl"
    assert safe_filename("") == "upload.txt"


@pytest.mark.model
def test_api_ingest_stores_an_uploaded_article(db_copy: Path) -> None:
    app = create_app(db_copy, allow_ingest=True, token="t0ken")
    try:
        writer = Client(app)
        article = ("BAGHDAD, March 3 (Example Wire) - Gunmen attacked an army post near Kirkuk on Sunday, "
                   "killing three soldiers, security officials said.\n")
        response = writer.post("/api/ingest?filename=../report.txt", content=article.encode(),
                               headers={"Authorization": "Bearer t0ken"})
        assert response.status_code == 200, response.text
        report = response.json()
        assert report["ok"] and len(report["ingested"]) == 1
        assert writer.get(f"/api/documents/{report['ingested'][0]}").status_code == 200
    finally:
        app.state.store.close()


def test_api_timeline_pages_link_the_next_page_by_cursor(client: Client) -> None:
    first = client.get("/timeline?limit=3").text
    found = re.search(r'href="([^"]*cursor=[^"]+)" rel="next"', first)
    assert found is not None
    second = client.get(html.unescape(found.group(1)))
    assert second.status_code == 200 and 'rel="first"' in second.text
    api_first = client.get("/api/events?limit=3").json()
    api_second = client.get(f"/api/events?limit=3&cursor={api_first['next_cursor']}").json()
    for e in api_second["items"]:
        assert f'href="/events/{e["id"]}"' in second.text


def test_api_map_draws_one_marker_per_merged_event(client: Client) -> None:
    page = client.get("/map?type=attack").text
    # Four attack reports, two of them of the same Mosul attack: three markers, one with two sources.
    assert page.count('class="marker m-attack"') == 3
    assert "2 sources" in page
