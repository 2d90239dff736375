"""The analyst's tables in HTML: sortable headers, the new filters, downloads, pagers with totals, outlets
and links on documents, the evidence column, and filters carried between the event views."""

from __future__ import annotations

import html
import re

import pytest
from tests.serve.conftest import Client

from sitroom.serve.render import outlet, web_link


def _links(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]+)"', page)]


def test_timeline_headers_sort_server_side_and_reverse_on_a_second_click(client: Client) -> None:
    page = client.get("/timeline?type=attack").text
    killed = next(h for h in _links(page) if "sort=" in h and "killed" in h)
    assert killed == "/timeline?sort=-killed&type=attack"  # most killed first, filters kept
    page = client.get(killed).text
    assert 'aria-sort="descending"' in page
    assert "/timeline?sort=killed&type=attack" in _links(page)  # the second click sorts ascending
    rows = re.findall(r'<td class="num">(\d*)', page.split('<table class="events">')[1])
    tolls = [int(n) for n in rows[0::3] if n]  # killed, wounded, sources per row
    assert tolls == sorted(tolls, reverse=True) and len(tolls) >= 2


def test_filter_form_offers_and_keeps_claimed_disputed_undated(client: Client) -> None:
    page = client.get("/timeline?claimed=yes&undated=yes&sort=-killed").text
    assert '<option value="yes" selected>claimed</option>' in page
    assert 'name="undated" value="yes" checked' in page and 'name="disputed" value="yes">' in page
    assert '<input type="hidden" name="sort" value="-killed">' in page  # Apply keeps the order
    assert "No events match." in page  # claimed events here all have dates
    page = client.get("/timeline?undated=yes").text
    assert page.count("<td class=\"nowrap\">undated</td>") == 2


def test_download_links_carry_the_filters_and_not_the_page(client: Client) -> None:
    page = client.get("/timeline?type=attack&limit=2&offset=2&sort=-killed").text
    downloads = [h for h in _links(page) if h.startswith("/api/events.")]
    assert downloads == [f"/api/events.{f}?type=attack&sort=-killed" for f in ("csv", "geojson", "json")]
    assert "Download all 3" in page
    rows = client.get(downloads[0]).text.strip().splitlines()
    assert len(rows) == 1 + 3


def test_overview_evidence_column_is_filled(client: Client) -> None:
    page = client.get("/").text
    cells = re.findall(r'<td class="evidence-cell">([^<]*)</td>', page)
    assert cells and all(c.strip() for c in cells)


def test_entities_page_has_a_pager_and_the_total(client: Client) -> None:
    full = client.get("/api/entities?limit=1000").json()
    assert full["total"] > 3
    page = client.get("/entities?limit=3").text
    assert f"Entities <small>{full['total']}</small>" in page
    assert f"1–3 of {full['total']}" in page
    assert "/entities?limit=3&offset=3" in _links(page)
    second = client.get("/entities?limit=3&offset=3").text
    names = [e["canonical"] for e in full["items"][3:6]]
    assert all(html.escape(n) in second for n in names)


def test_documents_show_outlet_and_the_original_as_a_link(client: Client) -> None:
    page = client.get("/documents").text
    assert "https://news.example/" in page and 'rel="noopener noreferrer nofollow"' in page
    assert "Example Wire" in page
    doc = client.get("/api/documents").json()["items"][0]
    one = client.get(f"/documents/{doc['id']}").text
    if doc["url"]:
        assert f'href="{doc["url"]}"' in one


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/a", "https://news.example/a"),
    ("http://x.org", "http://x.org"),
    ("javascript:alert(1)", None), ("data:text/html,x", None), ("//evil.example", None), ("", None), (None, None),
])
def test_only_web_addresses_become_links(url: str | None, expected: str | None) -> None:
    assert web_link(url) == expected


def test_outlet_falls_back_to_the_web_site() -> None:
    assert outlet({"source": "Reuters", "url": "https://www.x.org"}) == "Reuters"
    assert outlet({"source": None, "url": "https://www.aljazeera.com/news/1"}) == "aljazeera.com"
    assert outlet({"source": None, "url": "javascript:x"}) == ""


def test_timeline_filters_carry_to_the_map_and_back(client: Client) -> None:
    page = client.get("/timeline?type=attack&actor=Islamic+State&since=2023&claimed=yes&sort=-killed").text
    nav = page.split('<nav aria-label="Main">')[1].split("</nav>")[0]
    links = _links(nav)
    assert "/map?actor=Islamic+State&claimed=yes&since=2023&type=attack" in links
    assert "/timeline?actor=Islamic+State&claimed=yes&since=2023&type=attack" in links
    assert "/quotes?since=2023" in links  # other pages keep only the period
    map_page = client.get("/map?actor=Islamic+State&claimed=yes&since=2023&type=attack").text
    assert "/timeline?actor=Islamic+State&claimed=yes&since=2023&type=attack" in _links(map_page)
    assert '<option value="attack" selected>' in map_page


def test_timeline_has_a_skip_link_to_the_table_before_the_chart(client: Client) -> None:
    page = client.get("/timeline").text
    assert page.index('href="#events-table"') < page.index('id="histogram"') < page.index('id="events-table"')


def test_list_pages_wrap_tables_for_narrow_screens(client: Client) -> None:
    for url in ("/", "/timeline", "/documents", "/entities"):
        page = client.get(url).text
        assert page.count("<table") == page.count('<div class="table-wrap"'), url


def test_map_caption_counts_add_up_to_the_markers(client: Client) -> None:
    page = client.get("/map").text
    caption = re.sub(r"\s+", " ", page.split('class="muted map-counts">')[1].split("</p>")[0])
    found = re.match(r"(\d+) events?: (\d+) at a town or site, (\d+) known only to a country or province \(rings\)"
                     r"(?:, (\d+) without a location \(not drawn\))?(?:; (\d+) mentioned places? without events)?",
                     caption)
    assert found, caption
    total, located, approx, unlocated, places = (int(g or 0) for g in found.groups())
    assert total == 7 == located + approx + unlocated
    svg = page.split('<g class="markers">')[1].split("</g>")[0]
    assert svg.count('class="marker m-place"') == places
    assert svg.count("<circle") == located + approx + places


def test_quotes_page_lists_speakers_before_collapsed_opposing_pairs(client: Client) -> None:
    body = client.get("/api/quotes").json()
    page = client.get("/quotes").text
    first_speaker = page.index('class="speaker"')
    if body["opposing"]:
        assert first_speaker < page.index('id="h-opposing"')
        assert '<details class="opposing-all">' in page  # collapsed behind its count
    assert page.count('class="speaker"') >= 2


def test_opposing_pairs_are_deduplicated_in_either_order() -> None:
    from sitroom.serve.queries import distinct_pairs

    def pair(a: str, d: str) -> dict:
        return {"affirming": {"text": a}, "denying": {"text": d}}

    pairs = [pair("IS is defeated", "IS is not defeated"), pair("IS is  defeated", "IS is not defeated"),
             pair("IS is not defeated", "IS is defeated"), pair("same words", "Same words"),
             pair("Troops will stay", "Troops will leave")]
    assert [p["denying"]["text"] for p in distinct_pairs(pairs)] == ["IS is not defeated", "Troops will leave"]


@pytest.mark.parametrize(("query", "months"), [
    ("since=2023&until=2023", {"2023-06", "2023-10", "2023-11"}),  # a year-only period lights its bars
    ("since=2023-10&until=2023-11", {"2023-10", "2023-11"}),
    ("since=2024-05", {"2024-05"}),
])
def test_timeline_highlights_the_bars_of_the_period(client: Client, query: str, months: set[str]) -> None:
    page = client.get(f"/timeline?{query}").text
    selected = set(re.findall(r'class="bar selected" data-month="([\d-]+)"', page))
    counted = {m for m in selected if f'aria-label="{m}: 0 events"' not in page}
    assert counted == months
