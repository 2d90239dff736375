"""The screenshots of docs/screenshots/real-*.png: every page of the web situation room on a database of the
168 real articles of tests/fixtures/real, in Debian's headless Chromium (offline: any request off the local
server is aborted).

    .venv/bin/sitroom ingest tests/fixtures/real/corpus --db out/real.duckdb
    .venv/bin/python docs/screenshots/shoot.py out/real.duckdb
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import uvicorn
from playwright.sync_api import sync_playwright

from sitroom.serve import create_app

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _first_href(pg: Any, selector: str) -> str:
    href = pg.locator(selector).first.get_attribute("href")
    if not href:
        raise SystemExit(f"nothing matches {selector} on {pg.url}")
    return str(href)


def shoot(db: Path, out: Path = HERE) -> list[Path]:
    app = create_app(db)
    port = _port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    shots: list[Path] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=base)
            context.route("**/*", lambda r: r.continue_() if urlparse(r.request.url).port == port else r.abort())
            context.set_default_timeout(180_000)  # a busy shared machine: first renders can be slow
            pg = context.new_page()

            def shot(path: str, name: str, full_page: bool = False) -> None:
                pg.goto(path)
                pg.wait_for_load_state("networkidle")
                target = out / f"real-{name}.png"
                pg.screenshot(path=str(target), full_page=full_page)
                shots.append(target)

            shot("/", "overview")
            shot("/map", "map")
            # Zoomed to Iraq and Syria: clusters part, the list beside the map keeps to the view.
            pg.goto("/map")
            for _ in range(5):
                box = pg.locator("svg.map").bounding_box()
                assert box is not None
                at = pg.evaluate("""() => {
                  const svg = document.querySelector('svg.map'); const p = svg.createSVGPoint();
                  p.x = 40 * 10 * Math.cos(Math.PI / 6); p.y = -35 * 10;  // 40°E 35°N, as geo.project
                  const s = p.matrixTransform(svg.getScreenCTM()); return [s.x, s.y]; }""")
                pg.mouse.move(*at)
                pg.mouse.wheel(0, -300)
                pg.wait_for_timeout(150)
            pg.wait_for_timeout(300)
            target = out / "real-map-zoomed.png"
            pg.screenshot(path=str(target))
            shots.append(target)
            shot("/timeline", "timeline")
            pg.goto("/timeline?sort=-sources")
            shot(_first_href(pg, "table.events tbody a.tag"), "event")
            shot("/series", "series-list")
            shot(_first_href(pg, "a.spark"), "series")
            shot("/quotes", "quotes")
            shot("/documents", "documents")
            shot(_first_href(pg, "table.docs tbody a"), "document")
            shot("/entities", "entities")
            shot("/search?q=ambush", "search")
            context.close()
            phone = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base)
            phone.set_default_timeout(180_000)
            phone.route("**/*", lambda r: r.continue_() if urlparse(r.request.url).port == port else r.abort())
            pg = phone.new_page()
            shot("/", "overview-390")
            browser.close()
    finally:
        server.should_exit = True
        app.state.store.close()
    return shots


if __name__ == "__main__":
    for path in shoot(Path(sys.argv[1])):
        print(path)
