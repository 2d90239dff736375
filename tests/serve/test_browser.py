"""The web UI in a real browser: Debian's headless Chromium driven by Playwright, network cut off.

The app runs under uvicorn on 127.0.0.1 in a background thread. Every request the page makes is checked:
anything not addressed to that server is aborted and recorded, and the tests assert none happened
(the pages are fully offline). Screenshots of each page go to out/screenshots/.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from tests.conftest import EXAMPLES
from tests.live_server import running
from tests.serve.builders import CAMP_POINTS, XSS_IMG, XSS_SCRIPT

from sitroom.serve import create_app

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
               "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                     "(make browser / apt-get install chromium)"),
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")



@dataclass
class Server:
    url: str
    host: str


def _serve(db: Path) -> Iterator[Server]:
    app = create_app(db)
    try:
        with running(app) as (url, port):
            yield Server(url, f"127.0.0.1:{port}")
    finally:
        app.state.store.close()


@pytest.fixture(scope="module")
def server(serve_db: Path) -> Iterator[Server]:
    yield from _serve(serve_db)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watch:
    """What a page tried that it should not: requests off the server, dialogs, script errors."""

    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _open_page(browser: Any, server: Server) -> Iterator[tuple[Any, Watch]]:
    """A fresh browser context on `server` whose requests elsewhere are aborted and recorded."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=server.url)
    watch = Watch()

    def gate(route: Any) -> None:
        if urlparse(route.request.url).netloc == server.host:
            route.continue_()
        else:
            watch.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    pg = context.new_page()
    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    # CSP violations (an inline script or style slipping into a template) show up as console errors.
    pg.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    yield pg, watch
    context.close()
    assert watch.blocked == [], f"pages tried to reach the network: {watch.blocked}"
    assert watch.dialogs == []
    assert watch.errors == []


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[tuple[Any, Watch]]:
    yield from _open_page(browser, server)


def shot(pg: Any, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_browser_every_page_loads_offline(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    for path, name, heading in [("/", "overview", "Situation overview"), ("/map", "map", "Map"),
                                ("/timeline", "timeline", "Timeline"), ("/series", "series-list", "Indicator series"),
                                ("/quotes", "quotes", "Who said what"), ("/documents", "documents", "Documents"),
                                ("/entities", "entities", "Entities and places")]:
        response = pg.goto(path)
        assert response is not None and response.status == 200, path
        assert pg.locator("h1").inner_text() == heading
        assert pg.evaluate("() => getComputedStyle(document.body).margin") == "0px", "stylesheet not applied"
        shot(pg, name)


def test_browser_map_draws_countries_and_filters_by_type(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/map")
    assert pg.locator("svg.map path.country").count() > 3
    assert pg.locator("svg.map a.m-strike").count() >= 1
    pg.select_option("#f-type", "attack")
    pg.get_by_role("button", name="Apply").click()
    pg.wait_for_url(re.compile(r"type=attack"))
    markers = pg.locator("svg.map a.marker")
    assert markers.count() >= 2
    assert pg.locator("svg.map a.m-strike").count() == 0
    # Bigger toll, bigger marker: the seven-killed raid outranks a four-killed attack.
    radii = [float(r) for r in pg.locator("svg.map a.m-attack circle").evaluate_all(
        "cs => cs.map(c => c.getAttribute('r'))")]
    assert max(radii) > min(radii)
    shot(pg, "map-attacks")
    # A marker is a link reachable from the keyboard: focus it and press Enter to open the event.
    markers.first.focus()
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"/events/"))
    assert pg.locator("mark.k-event").first.is_visible()


def test_browser_timeline_period_carries_to_other_views(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/timeline")
    bars = pg.locator("svg.histogram a.bar")
    assert bars.count() >= 12  # one bar per month between the first and last event
    month = "2023-11"
    pg.locator(f'svg.histogram a.bar[data-month="{month}"]').click()
    pg.wait_for_url(re.compile(rf"since={month}"))
    assert f"until={month}" in pg.url
    rows = pg.locator("table.events tbody tr")
    assert rows.count() == 1 and "Raqqa" in rows.first.inner_text()
    shot(pg, "timeline-period")
    pg.get_by_role("link", name="Map", exact=True).click()
    pg.wait_for_url(re.compile(r"/map\?.*since=2023-11"))
    assert pg.locator("svg.map a.marker").count() == 1
    assert "Period:" in pg.locator(".period").inner_text()


def test_browser_timeline_drag_selects_a_period(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/timeline")
    first = pg.locator('svg.histogram a.bar[data-month="2023-06"] rect.hit').bounding_box()
    last = pg.locator('svg.histogram a.bar[data-month="2023-11"] rect.hit').bounding_box()
    assert first and last
    y = first["y"] + first["height"] / 2
    pg.mouse.move(first["x"] + 1, y)
    pg.mouse.down()
    pg.mouse.move(last["x"] + last["width"] / 2, y, steps=8)
    pg.mouse.up()
    pg.wait_for_url(re.compile(r"since=2023-06.*until=2023-11|until=2023-11.*since=2023-06"))
    assert pg.locator("table.events tbody tr").count() == 3  # pledge (June), hostile raid (Oct), Raqqa (Nov)


def test_browser_event_shows_sources_with_highlighted_evidence(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/timeline?type=attack&place=Raqqa&until=2023-11-30&since=2023-11-01")
    pg.locator("table.events tbody a.tag").first.click()
    pg.wait_for_url(re.compile(r"/events/[0-9a-f]+"))
    source = pg.locator("article.source").first
    assert "Northern Courier" in source.inner_text()
    mark = source.locator(".doctext mark.k-event").first
    assert mark.is_visible()
    assert mark.inner_text() == "stormed"
    # The whole sentence is marked too (cut into pieces around the stronger record mark).
    sentence = "".join(source.locator("mark.k-sentence").all_inner_texts())
    assert sentence.startswith("Gunmen stormed") and "killing seven officers" in sentence
    shot(pg, "event")


def test_browser_series_point_leads_to_its_source(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/series")
    pg.get_by_role("link", name=re.compile(r"population of .*camp|camp population")).first.click()
    pg.wait_for_url(re.compile(r"/series/[0-9a-f]+$"))
    points = pg.locator("svg.chart a.point")
    assert points.count() == len(CAMP_POINTS)
    shot(pg, "series")
    points.nth(2).click()  # 56,000 in March 2022
    pg.wait_for_url(re.compile(r"/documents/[0-9a-f]+#rec-figure-"))
    target = pg.locator("mark:target")
    assert target.is_visible()
    assert target.inner_text() == "about 56,000 people"
    assert "Desert Wire" in pg.locator("main").inner_text()
    shot(pg, "document")


def test_browser_document_highlight_opens_its_record(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/search?q=pledged")
    pg.get_by_role("link", name="Ministers pledge funds").click()
    pg.wait_for_url(re.compile(r"/documents/"))
    kinds = pg.locator("article.doctext mark").evaluate_all("ms => ms.map(m => m.className)")
    assert any("k-event" in k for k in kinds) and any("k-figure" in k for k in kinds)
    assert any("k-quote" in k for k in kinds)
    pg.locator("article.doctext mark.k-event a").first.click()
    pg.wait_for_url(re.compile(r"/events/"))
    assert pg.locator("h1").inner_text().startswith("pledge")


def test_browser_hostile_markup_never_runs(page: tuple[Any, Watch]) -> None:
    pg, watch = page
    pg.goto("/search?q=village")
    pg.locator("ol.results a").first.click()
    pg.wait_for_url(re.compile(r"/documents/"))
    text = pg.locator("article.doctext").inner_text()
    assert XSS_SCRIPT in text and XSS_IMG in text  # shown as text, not parsed as markup
    assert pg.locator("article.doctext script, article.doctext img, main img").count() == 0
    assert pg.locator("a[href^='javascript:']").count() == 0
    assert XSS_IMG in pg.locator("h1").inner_text()
    shot(pg, "xss-document")
    for path in ["/quotes", "/series", "/timeline", "/", "/map", "/entities", "/documents"]:
        pg.goto(path)
        pg.locator("a[href^='/']").first.hover()
        pg.mouse.move(200, 400)
    pg.goto("/quotes")
    assert "Sam <b onmouseover=window.__xss=1>Vale</b>" in pg.locator("main").inner_text()
    pg.locator("article.doctext, blockquote.quote").first.hover()
    pg.goto("/timeline?place=Raqqa&since=2023-10&until=2023-10")
    pg.locator("table.events tbody a.tag").first.click()
    pg.wait_for_url(re.compile(r"/events/"))
    assert XSS_SCRIPT in pg.locator("article.source").inner_text()
    assert pg.evaluate("() => typeof window.__xss") == "undefined"
    assert watch.dialogs == []


# --------------------------------------------------------------------------- the sample corpus
# The same walk-through on a database ingested from examples/corpus with the real pipeline: what the
# extractors really produce (partial dates, unlocated events, merged multi-source events), not fixtures.

# Screenshots with these names are the ones copied to docs/screenshots/ and described in the README.
CORPUS_SHOTS = ["corpus-overview", "corpus-map", "corpus-timeline", "corpus-event", "corpus-series",
                "corpus-quotes", "corpus-document"]

# True when the element's box lies inside the window, and inside its scrolling panel if it has one.
IN_VIEW_JS = """el => {
  const r = el.getBoundingClientRect();
  const inside = (o) => r.top >= o.top - 1 && r.bottom <= o.bottom + 1 && r.height > 0;
  const panel = el.closest('.scroll');
  return inside({top: 0, bottom: window.innerHeight}) && (!panel || inside(panel.getBoundingClientRect()));
}"""


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from sitroom import jobs

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    jobs.ingest([str(EXAMPLES)], db=db)
    yield from _serve(db)


@pytest.fixture
def corpus_page(browser: Any, corpus_server: Server) -> Iterator[tuple[Any, Watch]]:
    yield from _open_page(browser, corpus_server)


def _load(pg: Any, path: str, heading: str) -> None:
    response = pg.goto(path)
    assert response is not None and response.status == 200, path
    assert pg.locator("h1").inner_text().startswith(heading), path
    assert pg.evaluate("() => getComputedStyle(document.body).margin") == "0px", "stylesheet not applied"


@pytest.mark.model
def test_browser_sample_corpus_every_page_loads(corpus_page: tuple[Any, Watch]) -> None:
    pg, _ = corpus_page
    _load(pg, "/", "Situation overview")
    assert int(pg.locator("ul.counts .count").first.inner_text()) >= 10  # documents
    assert pg.locator("a.spark").count() >= 1 and pg.locator("table.events tbody a.tag").count() >= 5
    shot(pg, "corpus-overview")
    _load(pg, "/map", "Map")
    assert pg.locator("svg.map path.country").count() > 3
    assert pg.locator("svg.map a.marker:not(.m-place)").count() >= 3
    assert pg.locator("svg.map a.m-place").count() >= 1  # unfiltered, places without events are drawn too
    shot(pg, "corpus-map")
    for path in ["/timeline", "/events"]:
        _load(pg, path, "Timeline")
        assert pg.locator("table.events tbody a.tag").count() >= 10
        assert pg.locator("svg.histogram a.bar").count() >= 2
    shot(pg, "corpus-timeline")
    pg.locator("table.events tbody a.tag").first.click()
    pg.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
    assert pg.locator("article.source").count() >= 1
    _load(pg, "/series", "Indicator series")
    assert pg.locator("a.spark").count() >= 3
    shot(pg, "corpus-series-list")
    pg.locator("a.spark").first.click()
    pg.wait_for_url(re.compile(r"/series/[0-9a-f]+$"))
    assert pg.locator("svg.chart a.point").count() >= 1
    _load(pg, "/quotes", "Who said what")
    assert pg.locator("blockquote.quote").count() >= 3
    # Few statements carry their own date; those show the article's, labelled as such.
    dates = pg.locator("blockquote.quote footer").all_inner_texts()
    assert all(re.match(r"(published )?\d{4}|undated", d) for d in dates)
    assert any(d.startswith("published ") for d in dates)
    shot(pg, "corpus-quotes")
    _load(pg, "/documents", "Documents")
    assert pg.locator("table.docs tbody tr").count() >= 10
    shot(pg, "corpus-documents")
    pg.locator("table.docs tbody a").first.click()
    pg.wait_for_url(re.compile(r"/documents/[0-9a-f]+$"))
    assert pg.locator("article.doctext").inner_text().strip()
    _load(pg, "/entities", "Entities and places")
    assert pg.locator("#h-ent + .table-wrap table tbody a").count() >= 3
    places = pg.locator("#h-places + .table-wrap table tbody tr")
    assert places.count() >= 3
    shot(pg, "corpus-entities")
    # Places: one with events leads to the timeline filtered to it.
    counts = [int(n or 0) for n in places.locator("td:nth-child(4)").all_inner_texts()]
    busiest = places.nth(counts.index(max(counts)))
    name, country = busiest.locator("a").inner_text(), busiest.locator("td:nth-child(2)").inner_text()
    busiest.locator("a").click()
    pg.wait_for_url(re.compile(r"/timeline\?place="))
    # The places table counts reports; the timeline lists them merged, so there may be fewer rows.
    # An event placed at country level shows only the country code in the place column.
    cells = pg.locator("table.events tbody td:nth-child(3)").all_inner_texts()
    assert 1 <= len(cells) <= max(counts) and all(name in c or c.strip() == country for c in cells)
    # Search from the header box, as a reader would.
    pg.locator("#site-q").fill("coalition")
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"/search\?q=coalition"))
    assert pg.locator("h1").inner_text() == "Search documents"
    assert pg.locator("ol.results li").count() >= 2
    assert pg.locator("ol.results mark.k-match").first.is_visible()
    shot(pg, "corpus-search")


@pytest.mark.model
def test_browser_sample_corpus_type_filter_is_in_a_shareable_url(corpus_page: tuple[Any, Watch]) -> None:
    pg, _ = corpus_page
    pg.goto("/timeline")
    everything = pg.locator("table.events tbody a.tag").count()
    pg.select_option("#f-type", "attack")
    pg.get_by_role("button", name="Apply").click()
    pg.wait_for_url(re.compile(r"/timeline\?.*type=attack"))
    tags = pg.locator("table.events tbody a.tag")
    listed = tags.evaluate_all("as => as.map(a => [a.className, a.getAttribute('href')])")
    assert 2 <= len(listed) < everything
    assert all("t-attack" in cls for cls, _ in listed)
    shot(pg, "corpus-timeline-attacks")
    shared = pg.url
    pg.goto("/")
    pg.goto(shared)  # the link pasted elsewhere gives the same view, the form showing the filter
    assert tags.evaluate_all("as => as.map(a => [a.className, a.getAttribute('href')])") == listed
    assert pg.locator("#f-type").input_value() == "attack"
    # The map's form does the same; every marker left is an attack and links to a listed event.
    pg.goto("/map")
    pg.select_option("#f-type", "attack")
    pg.locator("form.filters button[type=submit]").press("Enter")
    pg.wait_for_url(re.compile(r"/map\?.*type=attack"))
    markers = pg.locator("svg.map a.marker")
    marked = markers.evaluate_all("ms => ms.map(m => [m.getAttribute('class'), m.getAttribute('href')])")
    assert marked and all("m-attack" in cls for cls, _ in marked)
    assert {href for _, href in marked} <= {href for _, href in listed}
    shot(pg, "corpus-map-attacks")
    pg.reload()
    assert markers.evaluate_all("ms => ms.map(m => [m.getAttribute('class'), m.getAttribute('href')])") == marked


@pytest.mark.model
def test_browser_sample_corpus_event_opened_by_keyboard_shows_each_source(corpus_page: tuple[Any, Watch]) -> None:
    pg, _ = corpus_page
    pg.goto("/timeline?type=attack")
    rows = pg.locator("table.events tbody tr")
    n_sources = [int(n) for n in rows.locator("td:nth-child(7)").all_inner_texts()]
    assert max(n_sources) >= 2, "the corpus reports one attack in several articles"
    link = rows.nth(n_sources.index(max(n_sources))).locator("a.tag")
    link.focus()
    assert pg.evaluate("() => document.activeElement.classList.contains('t-attack')")
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"/events/[0-9a-f]+$"))
    sources = pg.locator("article.source")
    assert sources.count() == max(n_sources)
    for i in range(sources.count()):
        source = sources.nth(i)
        mark = source.locator(".doctext mark.k-event").first
        assert mark.is_visible(), f"source {i + 1}: no highlighted event"
        # Each text panel scrolls by itself; the page script brings the highlight into its view.
        source.locator(".doctext.scroll").scroll_into_view_if_needed()
        assert mark.evaluate(IN_VIEW_JS), f"source {i + 1}: evidence not scrolled into view"
        # The highlight sits inside the evidence sentence quoted above the text.
        assert mark.inner_text() in source.locator("blockquote.evidence").first.inner_text()
    shot(pg, "corpus-event", full_page=True)  # facts, disagreements and every highlighted column


@pytest.mark.model
def test_browser_sample_corpus_series_point_leads_to_its_evidence(corpus_page: tuple[Any, Watch]) -> None:
    pg, _ = corpus_page
    pg.goto("/series")
    sparks = pg.locator("a.spark")
    n_points = sparks.evaluate_all("ss => ss.map(s => s.querySelectorAll('circle.pt').length)")
    sparks.nth(n_points.index(max(n_points))).click()
    pg.wait_for_url(re.compile(r"/series/[0-9a-f]+$"))
    points = pg.locator("svg.chart a.point")
    assert points.count() == max(n_points) >= 2
    shot(pg, "corpus-series")
    point = points.last
    href = point.get_attribute("href")
    assert href is not None
    raw = pg.locator(f'table.points tr:has(a[href="{href}"]) td:nth-child(3)').inner_text()
    point.focus()
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"/documents/[0-9a-f]+#rec-figure-[0-9a-f]+$"))
    target = pg.locator("mark:target")
    assert target.count() == 1 and target.is_visible()
    assert "k-figure" in (target.get_attribute("class") or "")
    assert raw and raw in target.inner_text()
    assert target.evaluate(IN_VIEW_JS), "the evidence span is not scrolled into view"
    shot(pg, "corpus-document")
    assert all((SHOTS / f"{name}.png").stat().st_size > 10_000 for name in CORPUS_SHOTS)


def test_browser_screenshots_dir_is_writable() -> None:
    """The screenshots land where the README expects them (copied to docs/screenshots/ by hand)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    probe = SHOTS / ".probe"
    probe.write_text("ok")
    assert probe.read_text() == "ok"
    probe.unlink()
    assert shutil.disk_usage(SHOTS).free > 0


# --------------------------------------------------------------------------- analyst tasks (issue 12)


def test_browser_download_csv_of_a_filtered_list_has_every_row(page: tuple[Any, Watch], tmp_path: Path) -> None:
    pg, _ = page
    pg.goto("/timeline?type=attack&limit=2")
    total = int(re.search(r"(\d+) events?,", pg.locator("main").inner_text()).group(1))  # type: ignore[union-attr]
    assert pg.locator("table.events tbody tr").count() == 2 < total  # the page shows two of them
    with pg.expect_download() as info:
        pg.get_by_role("link", name="CSV").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert info.value.suggested_filename == "sitroom-events-type-attack.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == total and {r["event_type"] for r in rows} == {"attack"}


def test_browser_sorting_by_a_header(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/timeline")
    pg.get_by_role("link", name="Killed").click()
    pg.wait_for_url(re.compile(r"sort=-killed"))
    cells = pg.locator("table.events tbody tr td:nth-child(5)").all_inner_texts()
    tolls = [int(c.split()[0]) for c in cells if c.strip()]
    assert len(tolls) >= 2 and tolls == sorted(tolls, reverse=True)
    assert pg.locator('th[aria-sort="descending"]').inner_text().startswith("Killed")


def test_browser_map_zooms_pans_and_keeps_filters_from_the_timeline(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/timeline?type=attack&actor=Islamic+State")
    pg.get_by_role("link", name="Map", exact=True).click()
    pg.wait_for_url(re.compile(r"/map\?actor=Islamic\+State&type=attack"))
    assert pg.locator("#f-type").input_value() == "attack"
    svg = pg.locator("svg.map")
    before = [float(v) for v in svg.get_attribute("viewBox").split()]  # type: ignore[union-attr]
    marker = pg.locator("svg.map a.marker circle").first
    size = marker.bounding_box()
    pg.get_by_role("button", name="Zoom in").click()
    pg.get_by_role("button", name="Zoom in").click()
    after = [float(v) for v in svg.get_attribute("viewBox").split()]  # type: ignore[union-attr]
    assert after[2] < before[2] / 2  # zoomed in more than twice
    zoomed = marker.bounding_box()
    assert size and zoomed and abs(zoomed["width"] - size["width"]) < 2  # markers keep their size on screen
    box = svg.bounding_box()
    assert box
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] / 2 + 120, box["y"] + box["height"] / 2, steps=6)
    pg.mouse.up()
    panned = [float(v) for v in svg.get_attribute("viewBox").split()]  # type: ignore[union-attr]
    assert panned[0] < after[0] and panned[2] == after[2]  # dragged right: the view moved west
    pg.mouse.wheel(0, 400)  # wheel out
    assert float(svg.get_attribute("viewBox").split()[2]) > panned[2]  # type: ignore[union-attr]
    pg.get_by_role("button", name="Reset the view").click()
    assert [float(v) for v in svg.get_attribute("viewBox").split()] == before  # type: ignore[union-attr]
    shot(pg, "map-zoom")


# The screen position of a point in the map's own units (markers' cx/cy).
SCREEN_OF_JS = """([x, y]) => {
  const svg = document.querySelector('svg.map');
  const p = svg.createSVGPoint(); p.x = x; p.y = y;
  const s = p.matrixTransform(svg.getScreenCTM());
  return [s.x, s.y];
}"""


def _list_labels(pg: Any) -> list[str]:
    return [t.strip() for t in pg.locator("#map-list li a").all_inner_texts()]


def test_browser_map_side_list_follows_a_zoom_to_a_city(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/map")
    events = pg.locator("svg.map a.marker:not(.m-place)")
    everything = _list_labels(pg)
    assert len(everything) == events.count() >= 4  # the whole view: every located event is listed
    assert pg.locator("#map-list-count").inner_text() == str(len(everything))
    raqqa = [label for label in everything if "Raqqa" in label]
    assert 2 <= len(raqqa) < len(everything)
    circle = pg.locator("svg.map a.marker[aria-label*='Raqqa'] circle").first
    at = [float(circle.get_attribute("cx") or 0), float(circle.get_attribute("cy") or 0)]
    for _ in range(10):  # wheel in over Raqqa: the point under the pointer stays put
        x, y = pg.evaluate(SCREEN_OF_JS, at)
        pg.mouse.move(x, y)
        pg.mouse.wheel(0, -300)
        pg.wait_for_timeout(60)
    pg.wait_for_function("n => document.querySelectorAll('#map-list li a').length === n", arg=len(raqqa))
    assert sorted(_list_labels(pg)) == sorted(raqqa)
    assert pg.locator("#map-list-count").inner_text() == str(len(raqqa))
    shot(pg, "map-city")
    pg.get_by_role("button", name="Reset the view").click()
    pg.wait_for_function("n => document.querySelectorAll('#map-list li a').length === n", arg=len(everything))


def test_browser_map_clusters_close_markers_and_a_click_parts_them(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    pg.goto("/map?view=world")  # the whole world: Raqqa's and Kirkuk's events are a few pixels apart
    clusters = pg.locator("svg.map a.cluster")
    assert clusters.count() >= 1
    held = [int(clusters.nth(i).locator("text").text_content() or 0) for i in range(clusters.count())]
    biggest = held.index(max(held))
    hidden = pg.locator("svg.map a.marker.clustered").count()
    assert max(held) >= 2 and hidden == sum(held)  # every hidden marker is counted in one cluster
    assert pg.locator("svg.map a.marker:not(.m-place):not(.clustered)").count() + hidden == pg.locator(
        "svg.map a.marker:not(.m-place)").count()
    width = float(pg.locator("svg.map").get_attribute("viewBox").split()[2])  # type: ignore[union-attr]
    clusters.nth(biggest).click()
    assert float(pg.locator("svg.map").get_attribute("viewBox").split()[2]) <= width / 2  # type: ignore[union-attr]
    pg.wait_for_function("n => document.querySelectorAll('svg.map a.marker.clustered').length < n", arg=hidden)
    shot(pg, "map-clusters")


def test_browser_phone_width_has_no_page_level_horizontal_scroll(browser: Any, server: Server) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server.url)
    try:
        pg = context.new_page()
        event = pg.goto("/api/events?limit=1")
        assert event is not None
        event_id = event.json()["items"][0]["id"]
        doc_id = pg.goto("/api/documents?limit=1").json()["items"][0]["id"]  # type: ignore[union-attr]
        for path in ["/", "/map", "/timeline", "/series", "/quotes", "/documents", "/entities",
                     f"/events/{event_id}", f"/documents/{doc_id}", "/search?q=camp"]:
            pg.goto(path)
            width = pg.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width} px wide at 390 px"
        pg.goto("/timeline")
        shot(pg, "timeline-390", full_page=True)
    finally:
        context.close()


def test_browser_print_shows_the_whole_evidence_and_no_navigation(page: tuple[Any, Watch]) -> None:
    pg, _ = page
    event_id = pg.goto("/api/events?place=Mosul").json()["items"][0]["id"]  # type: ignore[union-attr]
    pg.goto(f"/events/{event_id}")
    panels = pg.locator(".doctext.scroll")
    assert panels.count() >= 1
    pg.emulate_media(media="print")
    assert not pg.locator("header.top").is_visible()
    for i in range(panels.count()):
        cut = panels.nth(i).evaluate("p => p.scrollHeight - p.clientHeight")
        assert cut <= 1, "a source's text is cut at its panel's height in print"
    pdf = pg.pdf()
    assert pdf[:4] == b"%PDF"
