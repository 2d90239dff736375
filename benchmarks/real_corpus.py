"""Extraction quality on real pages: the project's corpus (train / frozen test) and the shared real set.

    python benchmarks/real_corpus.py                 # the per-metric table for every set
    python benchmarks/real_corpus.py --misses train  # plus the misses of the train part (never of test)
    python benchmarks/real_corpus.py --json out.json # the table as JSON

The frozen test part is only ever printed as aggregate scores (tests/fixtures/real/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

from sitroom.evaluate import METRICS, EvalResult, evaluate
from sitroom.jobs import extract

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
SHARED = ROOT.parent / "shared"


def split() -> dict[str, list[str]]:
    """The corpus split: {"train": [...], "test": [...]} of document stems."""
    data = tomllib.loads((REAL / "split.toml").read_text(encoding="utf-8"))
    return {"train": list(data["train"]), "test": list(data["test"])}


def score_sets(workers: int = 1) -> dict[str, EvalResult]:
    """Extract every real page once and score each set."""
    parts = split()
    results: dict[str, EvalResult] = {}
    own = extract(sorted(str(p) for p in (REAL / "corpus").glob("*.txt")), workers=workers)
    for name, stems in parts.items():
        results[name] = evaluate(REAL / "gold", own, only=stems)
    if (SHARED / "gold" / "real").is_dir():
        shared = extract(sorted(str(p) for p in (SHARED / "corpus" / "real").glob("*.txt")), workers=workers)
        results["shared-real"] = evaluate(SHARED / "gold" / "real", shared)
    return results


def mean(result: EvalResult) -> float:
    rates = [v for v in result.metrics.values() if v is not None]
    return sum(rates) / len(rates) if rates else 0.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=["train", "shared-real"], help="print this set's misses")
    parser.add_argument("--json", type=Path, help="write the table as JSON")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    results = score_sets(args.workers)
    if args.misses:
        for line in results[args.misses].misses:
            print("  " + line)
    names = list(results)
    print(f"{'metric':20s}" + "".join(f"{n:>13s}" for n in names))
    for m in METRICS:
        cells = [results[n].metrics.get(m) for n in names]
        print(f"{m:20s}" + "".join(f"{'-' if v is None else f'{v:.3f}':>13s}" for v in cells))
    print(f"{'mean':20s}" + "".join(f"{mean(results[n]):>13.3f}" for n in names))
    print("event attributes over all gold events (a missed event counts as wrong; the gate's floors):")
    for m in results[names[0]].found:
        cells = [results[n].found.get(m) for n in names]
        print(f"  {m:18s}" + "".join(f"{'-' if v is None else f'{v:.3f}':>13s}" for v in cells))
    if args.json:
        table = {
            n: {**r.metrics, **{f"found.{m}": v for m, v in r.found.items()}, "mean": mean(r)}
            for n, r in results.items()
        }
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
