"""API latency under load: a synthetic database of N events and a small load generator over loopback.

``python -m sitroom.serve.loadtest --events 100000`` builds the database, starts ``sitroom serve`` in a
child process on 127.0.0.1, sends a fixed number of requests from a few client threads and prints
p50/p95/max per endpoint; ``--pages`` measures the web pages instead: requests/s with 1 and with 8 clients
and each page's weight as sent (gzip) and unpacked. Bounded in count and time; it only ever talks to
the loopback address.
Synthetic records are generated, never taken from real articles. The database gets the cross-source
picture built, as after an ingest: the event list, the map and the timeline read its merged events.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitroom.models import EVENT_TYPES, DocResult, Entity, PlaceRecord, stable_id
from sitroom.synth import DocBuilder

_PLACES = [("Mosul", "IQ", 36.34, 43.13), ("Kirkuk", "IQ", 35.47, 44.39), ("Raqqa", "SY", 35.95, 39.01),
           ("Hasakah", "SY", 36.50, 40.75), ("Baghdad", "IQ", 33.34, 44.40), ("Kabul", "AF", 34.53, 69.17),
           ("Tikrit", "IQ", 34.60, 43.68), ("Manbij", "SY", 36.53, 37.95)]
_ACTORS = ["Islamic State", "Islamic State Khorasan Province", "Global Coalition to Defeat Daesh/ISIS",
           "Syrian Democratic Forces", "Iraqi Security Forces", None]
_SPEAKERS = ["Alex Rivers", "Jane Doe", "Sam Vale", "Chris Moor"]
SENTENCE = "Officials reported a {type} by {actor} near {place} on {date}, saying {killed} people were killed."
UNKNOWN_ACTOR = "unidentified gunmen"
EVENTS_PER_DOC = 5


def synthetic_results(n_events: int, seed: int = 11) -> Iterator[DocResult]:
    """Documents of five template sentences, one event each, plus a figure and a quote per document."""
    rng = random.Random(seed)
    for d in range((n_events + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC):
        rows = []
        for _ in range(min(EVENTS_PER_DOC, n_events - d * EVENTS_PER_DOC)):
            place = rng.choice(_PLACES)
            day = f"{rng.randint(2014, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rows.append((rng.choice(EVENT_TYPES), place, day, rng.choice([None, 0, 1, 3, 7, 20]),
                         rng.choice(_ACTORS)))
        sentences = [SENTENCE.format(type=t, actor=a or UNKNOWN_ACTOR, place=p[0], date=day, killed=k or 0)
                     for t, p, day, k, a in rows]
        b = DocBuilder(sentences, id=stable_id("synthetic", seed, d), sep=" ", record_sentences=False,
                       source_path=f"synthetic/{d}.txt", title=f"Synthetic {d}", source="Synthetic Wire",
                       published=rows[0][2] if rows else None, language="en")
        for i, ((etype, place, day, killed, actor), sentence) in enumerate(zip(rows, sentences, strict=True)):
            b.event(sentence, etype, id=stable_id(b.id, "event", i), date=day, date_precision="day",
                    country=place[1], place=place[0], lat=place[2], lon=place[3], actor=actor, killed=killed,
                    place_id=f"syn:{place[0]}", trigger="", evidence=b.sentence_evidence(i))
        for name in dict.fromkeys(p[0] for _, p, _, _, _ in rows):
            _, country, lat, lon = next(p for p in _PLACES if p[0] == name)
            b.result.places.append(PlaceRecord(id=f"syn:{name}", name=name, country=country, lat=lat, lon=lon,
                                               geonames_id=None, mentions=b.mentions(name)))
        for name in dict.fromkeys(a for *_, a in rows if a):
            b.result.entities.append(Entity(id=stable_id("armed_group", name), canonical=name, type="armed_group",
                                            mentions=b.mentions(name)))
        first = sentences[0]
        b.figure(first, id=stable_id(b.id, "figure"), subject="people killed", value=float(rows[0][3] or 0),
                 unit="people", as_of=rows[0][2][:7], raw="", evidence=b.sentence_evidence(0))
        b.quote(first[:40], rng.choice(_SPEAKERS), id=stable_id(b.id, "quote"), direct=False, date=rows[0][2],
                evidence=b.sentence_evidence(0))
        yield b.result


def build(path: Path, n_events: int, batch: int = 2000) -> None:
    from sitroom.store import Store

    with Store(path) as store:
        chunk: list[DocResult] = []
        for result in synthetic_results(n_events):
            chunk.append(result)
            if len(chunk) >= batch:
                store.write_results(chunk)
                chunk = []
        if chunk:
            store.write_results(chunk)
        # The event list and the map read the merged events, as after a real ingest.
        store.rebuild_picture()


ENDPOINTS = [
    "/api/events?limit=50",
    "/api/events?type=attack&limit=50",
    "/api/events?country=SY&limit=50",
    "/api/events?actor=Islamic%20State&since=2019&until=2021-06&limit=50",
    "/api/events?place=Mosul&type=strike&limit=50",
    "/api/events?limit=50&offset=20000",
    "/api/quotes?speaker=Rivers&limit=50",
    "/api/documents?limit=50&offset=1000",
    "/api/places",
    "/api/entities",
    "/api/entities?q=state&limit=20",
    "/api/search?q=Kirkuk&limit=20",
    "/api/search?q=Kirkuk&limit=20&offset=2000",
]
# The web pages an analyst opens first (issue 12's targets: the overview >= 100 requests/s with 8 clients,
# under 300 KB).
PAGES = ["/", "/map", "/timeline", "/events?type=attack", "/quotes", "/entities", "/documents", "/series",
         "/search?q=Kirkuk"]
PAGE_CLIENTS = (1, 8)
# Deep paging by cursor: the cursor after event 20,000 is asked of the server before measuring.
CURSOR_FROM = "/api/events?limit=50&offset=19950"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(base: str, endpoints: Sequence[str], rounds: int = 20, clients: int = 4,
            deadline_s: float = 300.0) -> dict[str, dict[str, float]]:
    """Latency per endpoint (ms): ``rounds`` requests each, spread over ``clients`` threads."""
    import httpx

    stop = time.monotonic() + deadline_s
    jobs = [path for _ in range(rounds) for path in endpoints]
    random.Random(3).shuffle(jobs)

    def one(path: str, client: httpx.Client) -> tuple[str, float, int]:
        if time.monotonic() > stop:
            return path, float("nan"), 0
        t0 = time.perf_counter()
        status = client.get(base + path).status_code
        return path, (time.perf_counter() - t0) * 1000, status

    with httpx.Client(timeout=30) as warm:  # first hits load caches; not counted
        for path in endpoints:
            warm.get(base + path)
    clients_ = [httpx.Client(timeout=30) for _ in range(clients)]
    try:
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda ij: one(ij[1], clients_[ij[0] % clients]), enumerate(jobs)))
    finally:
        for c in clients_:
            c.close()
    out: dict[str, dict[str, float]] = {}
    for path in endpoints:
        times = sorted(t for p, t, s in results if p == path and s == 200 and t == t)
        if not times:
            out[path] = {"n": 0}
            continue
        out[path] = {"n": len(times), "p50": statistics.median(times),
                     "p95": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))], "max": times[-1]}
    return out


def page_weight(base: str, path: str) -> dict[str, int]:
    """Bytes of one page as a browser receives it (gzip asked for) and unpacked."""
    import httpx

    with httpx.Client(timeout=30) as client:
        sent = client.get(base + path, headers={"Accept-Encoding": "gzip"})
        # httpx unpacks the body; the raw stream is what crossed the wire.
        with client.stream("GET", base + path, headers={"Accept-Encoding": "gzip"}) as raw:
            wire = sum(len(chunk) for chunk in raw.iter_raw())
    return {"bytes_sent": wire, "bytes": len(sent.content), "status": sent.status_code}


def throughput(base: str, path: str, clients: int, requests: int = 200, deadline_s: float = 120.0) -> dict[str, float]:
    """Requests per second for ``requests`` GETs of ``path`` spread over ``clients`` threads, and their p95."""
    import httpx

    stop = time.monotonic() + deadline_s
    sessions = [httpx.Client(timeout=30, headers={"Accept-Encoding": "gzip"}) for _ in range(clients)]

    def one(i: int) -> tuple[float, int]:
        if time.monotonic() > stop:
            return float("nan"), 0
        t = time.perf_counter()
        # The body is read as sent, not unpacked: a browser gunzips in its own process, while this client
        # shares the server's two cores, and unpacking 1.5 MB in Python would be measured as the server's time.
        with sessions[i % clients].stream("GET", base + path) as response:
            for _ in response.iter_raw():
                pass
            status = response.status_code
        return (time.perf_counter() - t) * 1000, status

    try:
        for s in sessions:  # warm each connection and the server's caches
            s.get(base + path)
        t0 = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(one, range(requests)))
        elapsed = time.perf_counter() - t0
    finally:
        for s in sessions:
            s.close()
    ok = sorted(t for t, status in results if status == 200 and t == t)
    if not ok:
        return {"n": 0, "rps": 0.0, "p95": float("nan")}
    return {"n": len(ok), "rps": len(ok) / elapsed, "p95": ok[min(len(ok) - 1, round(0.95 * (len(ok) - 1)))]}


def measure_pages(base: str, pages: Sequence[str] = PAGES, clients: Sequence[int] = PAGE_CLIENTS,
                  requests: int = 200) -> dict[str, dict[str, float]]:
    """Per page: its weight and requests/s (with p95 ms) at each client count, measured in one run."""
    out: dict[str, dict[str, float]] = {}
    for path in pages:
        row: dict[str, float] = {**page_weight(base, path)}
        for n in clients:
            stats = throughput(base, path, n, requests)
            row[f"rps_{n}"], row[f"p95_{n}"] = stats["rps"], stats["p95"]
        out[path] = row
    return out


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``sitroom serve`` on ``db`` in a child process on a free loopback port; yields its base URL."""
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-c", f"from sitroom.serve import run; run({str(db)!r}, port={port})"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        child.wait(timeout=20)


def print_pages(report: dict[str, dict[str, float]]) -> None:
    counts = [int(k[4:]) for k in next(iter(report.values()), {}) if k.startswith("rps_")]
    head = "".join(f" {'req/s ' + str(n):>10} {'p95 ' + str(n):>8}" for n in counts)
    print(f"{'page':<24} {'sent KB':>8} {'KB':>7}{head}")
    for path, row in report.items():
        cells = "".join(f" {row[f'rps_{n}']:>10.1f} {row[f'p95_{n}']:>8.1f}" for n in counts)
        print(f"{path[:24]:<24} {row['bytes_sent'] / 1024:>8.1f} {row['bytes'] / 1024:>7.1f}{cells}")


def run_load_test(n_events: int = 100_000, rounds: int = 20, clients: int = 4,
                  db: Path | None = None) -> dict[str, Any]:
    """Build (or reuse) the database, serve it in a child process, measure, stop the child."""
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="sitroom-load-")
        db = Path(tmp.name) / "load.duckdb"
    try:
        if not db.exists():
            t0 = time.perf_counter()
            build(db, n_events)
            print(f"built {n_events} synthetic events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        with serving(db) as base:
            latencies = measure(base, [*ENDPOINTS, *_cursor_endpoint(base)], rounds, clients)
        p95 = max(v.get("p95", float("inf")) for v in latencies.values())
        return {"events": n_events, "clients": clients, "rounds": rounds, "worst_p95_ms": p95,
                "endpoints": latencies}
    finally:
        if tmp is not None:
            tmp.cleanup()


def _cursor_endpoint(base: str) -> list[str]:
    """``/api/events?limit=50&cursor=…`` for the page after ``CURSOR_FROM`` (none if the list is shorter)."""
    import httpx

    cursor = httpx.get(base + CURSOR_FROM, timeout=30).json().get("next_cursor")
    return [f"/api/events?limit=50&cursor={cursor}"] if cursor else []


def _wait_for(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this database file")
    parser.add_argument("--pages", action="store_true",
                        help="measure the web pages (requests/s at 1 and 8 clients, weight) instead of the API")
    parser.add_argument("--requests", type=int, default=200, help="with --pages: requests per page and client count")
    args = parser.parse_args(argv)
    if args.pages:
        with tempfile.TemporaryDirectory(prefix="sitroom-load-") as tmp:
            db = args.db or Path(tmp) / "load.duckdb"
            if not db.exists():
                build(db, args.events)
            with serving(db) as base:
                print_pages(measure_pages(base, requests=args.requests))
        return
    report = run_load_test(args.events, args.rounds, args.clients, args.db)
    for path, stats in report["endpoints"].items():
        print(f"{path[:70]:70s} n={stats.get('n', 0):3.0f}  p50={stats.get('p50', 0):7.1f} ms  "
              f"p95={stats.get('p95', 0):7.1f} ms  max={stats.get('max', 0):7.1f} ms")
    print(json.dumps({k: v for k, v in report.items() if k != "endpoints"}))


if __name__ == "__main__":
    main()
