"""The web situation room's numbers of issue 12, measured in one run:

    .venv/bin/python benchmarks/serve.py [--events 20000] [--requests 200] [--documents 1000000]

1. Each page's weight (as sent with gzip, and unpacked) and requests/s with 1 and with 8 clients, served by
   ``sitroom serve`` in a child process over a synthetic database (``sitroom.serve.loadtest``).
   Targets: the overview under 300 KB and >= 100 requests/s with 8 clients (it did 22 before).
2. Search p95 over ``--documents`` synthetic documents (the documents of ``benchmarks/queries.py``), with the
   full-text index as an ingest leaves it and with the substring scan it falls back to.
   Target: p95 < 150 ms at 1,000,000 documents (it was 291 ms).

The machine is shared: absolute figures move between runs, the ratios within one run are what to compare.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sitroom.serve import loadtest
from sitroom.store import fts
from sitroom.store import picture as sp
from sitroom.store.db import connect

# A rare word (1 document in 997: the query of benchmarks/queries.py and of the 291 ms), one
# document's own words, and words in every document (the worst case: every document is scored).
SEARCHES = ("ceasefire", "town 4242", "checkpoint attacked")


def _queries_module() -> object:
    # benchmarks/ is not a package: load the sibling script for its synthetic documents.
    spec = importlib.util.spec_from_file_location("bench_queries", Path(__file__).with_name("queries.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def search_p95(n_documents: int, repeat: int) -> dict[str, float]:
    queries = _queries_module()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="sitroom-search-") as tmp:
        con = connect(Path(tmp) / "search.duckdb")
        t0 = time.perf_counter()
        queries.add_documents(con, n_documents)  # type: ignore[attr-defined]
        out["build_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        fts.build_index(con)
        out["index_s"] = time.perf_counter() - t0
        for engine in ("fts", "substring"):
            if engine == "substring":
                os.environ[fts.DISABLE_ENV] = "substring"
            for text in SEARCHES:
                sp.search(con, text)  # warm-up
                times: list[float] = []
                for _ in range(repeat):
                    t = time.perf_counter()
                    sp.search(con, text)
                    times.append((time.perf_counter() - t) * 1000)
                ordered = sorted(times)
                out[f"{engine} '{text}' p50"] = statistics.median(ordered)
                out[f"{engine} '{text}' p95"] = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        os.environ.pop(fts.DISABLE_ENV, None)
        con.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000, help="synthetic events behind the pages")
    parser.add_argument("--requests", type=int, default=200, help="requests per page and client count")
    parser.add_argument("--documents", type=int, default=1_000_000, help="documents searched (0 skips search)")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs of each search")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}, load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="sitroom-pages-") as tmp:
        db = Path(tmp) / "pages.duckdb"
        t0 = time.perf_counter()
        loadtest.build(db, args.events)
        print(f"pages over {args.events:,} synthetic events (built in {time.perf_counter() - t0:.0f} s)")
        with loadtest.serving(db) as base:
            pages = loadtest.measure_pages(base, requests=args.requests)
        loadtest.print_pages(pages)
    home = pages["/"]
    print(f"overview: {home['bytes_sent'] / 1024:.0f} KB sent (target < 300), "
          f"{home['rps_8']:.1f} requests/s with 8 clients (target >= 100), "
          f"8 vs 1 client: x{home['rps_8'] / max(home['rps_1'], 1e-9):.2f}")
    if args.documents:
        s = search_p95(args.documents, args.repeat)
        print(f"search over {args.documents:,} documents (built {s['build_s']:.0f} s, index {s['index_s']:.0f} s); "
              "target p95 < 150 ms (was 291 ms for 'ceasefire')")
        print(f"{'engine':<10} {'query':<22} {'p50 ms':>9} {'p95 ms':>9}")
        for engine in ("fts", "substring"):
            for text in SEARCHES:
                p50, p95 = s[f"{engine} {text!r} p50"], s[f"{engine} {text!r} p95"]
                print(f"{engine:<10} {text:<22} {p50:>9.1f} {p95:>9.1f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
