"""Cleaning time grows linearly with input size: 0.4, 1.5 and 6 MB of hard-wrapped text, timed in one run.

    python benchmarks/clean_linear.py              # both shapes, the three sizes
    python benchmarks/clean_linear.py --sizes 0.4 1.5

Two shapes of generated text (sitroom.synth.hard_wrapped_text, deterministic): a scrape of a listing page
(articles with their headline printed twice, half of them teasers) and a listing of teasers only, which
cleaning folds into one article. The ratio printed is time per MB relative to the smallest size: about 1
when cleaning is linear, growing with size when it is not.
"""

from __future__ import annotations

import argparse
import time

from sitroom.clean import prepare
from sitroom.models import Source
from sitroom.synth import hard_wrapped_text

SHAPES = {"listing": 0.5, "teasers": 1.0}


def seconds(text: str) -> float:
    start = time.perf_counter()
    prepare(Source(path="bench.txt", text=text, kind="txt"))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.4, 1.5, 6.0], help="sizes in MB")
    args = parser.parse_args()
    seconds(hard_wrapped_text(20_000))  # loads the language model and the rules outside the timings
    print(f"{'shape':<8} {'MB':>5} {'seconds':>8} {'s/MB':>6} {'ratio':>6}")
    for shape, teasers in SHAPES.items():
        base: float | None = None
        for mb in args.sizes:
            took = seconds(hard_wrapped_text(int(mb * 1_000_000), teasers=teasers))
            per_mb = took / mb
            base = base or per_mb
            print(f"{shape:<8} {mb:>5.1f} {took:>8.2f} {per_mb:>6.2f} {per_mb / base:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
