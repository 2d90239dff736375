"""Does a full picture rebuild stay linear in the number of events? (issue 9)

    .venv/bin/python benchmarks/picture_rebuild.py [--sizes 10000 50000 100000]

For each size, builds a temporary database of that many synthetic per-document events (the same
generator as benchmarks/incremental_picture.py), then times ``store.picture.rebuild_picture`` on it. Prints
seconds per size, microseconds per event, and the slope of each step relative to the first step's rate:
a linear rebuild keeps the ratio near 1.0 (a quadratic one doubles it with each doubling of the size).
All sizes are measured in one run, so the ratios hold on a loaded machine. Synthetic records only.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from incremental_picture import _write  # the same synthetic corpus

from sitroom.picture.events import _kb
from sitroom.store import Store
from sitroom.store.picture import rebuild_picture


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    args = parser.parse_args()
    _kb("Islamic State")  # the actor knowledge base loads once per process: not part of any time
    rows: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            with Store(Path(tmp) / f"p{n}.duckdb") as store:
                _write(store, n, seed=11)
                t = time.perf_counter()
                rebuild_picture(store._con)
                rows.append((n, time.perf_counter() - t))
    first_rate = rows[0][1] / rows[0][0]
    print(f"{'events':>10} {'rebuild s':>10} {'us/event':>10} {'vs first':>9}")
    for n, secs in rows:
        print(f"{n:>10,} {secs:>10.2f} {secs / n * 1e6:>10.1f} {secs / n / first_rate:>8.2f}x")
    (n0, s0), (n1, s1) = rows[0], rows[-1]
    print(f"slope {n0:,} -> {n1:,}: time x{s1 / s0:.2f} for events x{n1 / n0:.1f} (linear: equal)")


if __name__ == "__main__":
    main()
