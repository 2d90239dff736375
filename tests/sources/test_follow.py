"""The follower a server runs: passes on a schedule, folder watching, failures logged and survived."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from tests.sources.conftest import QUICK, light_ingest
from tests.sources.site import Site, rss

from sitroom.sources.follow import FollowConfig, Follower, parse_every
from sitroom.sources.registry import add_source
from sitroom.store import Store


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("90", 90), ("1.5h", 5400)])
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["soon", "0s", "-5m", "15 minutes"])
def test_parse_every_refuses_what_is_not_a_sane_duration(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def _wait(predicate: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _documents(db: Path) -> int:
    # Writable, as the follower's handle is: DuckDB refuses two modes on one file in one process.
    with Store(db) as store:
        return store.count_documents()


def test_follower_fetches_on_schedule_and_watches_a_folder(site: Site, db: Path, tmp_path: Path) -> None:
    add_source(db, f"{site.base}/atom.xml")
    drop = tmp_path / "drop"
    drop.mkdir()
    lines: list[str] = []
    follower = Follower(db, FollowConfig(every=1.0, watch=[drop], politeness=QUICK, debounce_ms=100),
                        log=lines.append, ingest=light_ingest)
    follower.start()
    try:
        _wait(lambda: follower.passes >= 1 and any(line.startswith("watch:") for line in lines))
        assert lines[0].startswith("fetch: 2 document(s) added from 1 source(s)") or any(
            line.startswith("fetch: 2 document(s)") for line in lines)
        (drop / "note.txt").write_text("Title: A note\n\nIraqi forces arrested three Islamic State suspects in "
                                       "Anbar on Friday, the interior ministry said in a statement.\n")
        _wait(lambda: sum(line.startswith("watch:") for line in lines) >= 2)
        # The next scheduled pass picks up a new feed item without anyone asking.
        site.add_article("/news/new-item.html")
        site.set_feed("/atom.xml", rss(site.base, ["/news/new-item.html"]), etag='"atom-v9"')
        _wait(lambda: any("fetch: 1 document(s) added" in line for line in lines))
    finally:
        follower.stop()
    assert _documents(db) == 4  # two from the feed, the note, the new item
    assert all(not t.is_alive() for t in follower._threads)


def test_a_failing_pass_is_logged_and_the_loop_goes_on(site: Site, db: Path) -> None:
    add_source(db, f"{site.base}/atom.xml")
    calls: list[int] = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("first ingest breaks")
        return light_ingest(*args, **kwargs)

    lines: list[str] = []
    follower = Follower(db, FollowConfig(every=1.0, politeness=QUICK), log=lines.append, ingest=flaky)
    follower.start()
    try:
        _wait(lambda: _documents(db) == 2)  # the next pass stores what the first could not
    finally:
        follower.stop()
    # The broken ingest is a line about the pass (its pages failed, E609), not the end of the loop.
    assert lines[0].startswith("fetch: 0 document(s) added") and "2 failed" in lines[0]
    with Store(db) as store:
        reasons = [r["reason"] for r in store.fetch_log(limit=100) if r["code"] == "E609"]
    assert reasons and all("first ingest breaks" in r for r in reasons)


def test_soak_30_cycles_memory_flat_nothing_lost(site: Site, db: Path) -> None:
    """30 passes, a new story every third one: every story stored once, and Python memory does not grow."""
    import tracemalloc

    from sitroom.sources import fetch_pass

    add_source(db, f"{site.base}/rss.xml")
    paths: list[str] = []
    tracemalloc.start()
    try:
        sizes: list[int] = []
        for cycle in range(30):
            if cycle % 3 == 0:
                path = f"/news/story-{cycle}.html"
                site.add_article(path, source="/news/new-item.html")
                # Each story's text differs, so each is a new document (not a content duplicate).
                route = site.routes[path]
                route.body = route.body.replace(b"Thursday", f"day {cycle}".encode())  # type: ignore[union-attr]
                paths.append(path)
                site.set_feed("/rss.xml", rss(site.base, paths[-5:]), etag=f'"soak-{cycle}"')
            fetch_pass(db, politeness=QUICK, ingest=light_ingest)
            if cycle in (9, 29):
                sizes.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    with Store(db, read_only=True) as store:
        stored = {d["url"].rsplit("/", 1)[-1] for d in store.documents(limit=100)}
        log = store.fetch_log(limit=10_000)
    assert stored == {p.rsplit("/", 1)[-1] for p in paths}  # 10 stories, none lost, none twice
    assert sum(1 for r in log if r["outcome"] == "stored") == 10
    assert sum(1 for r in log if r["what"] == "feed") == 30
    assert sizes[1] - sizes[0] < 1_000_000, sizes  # flat: under 1 MB more after 20 more passes
