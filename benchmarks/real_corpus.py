"""Extraction quality on real pages: the project's corpus (train / frozen test) and the shared real set.

    python benchmarks/real_corpus.py                      # the per-metric table for every set
    python benchmarks/real_corpus.py --misses train       # plus the misses of the train part (never of test)
    python benchmarks/real_corpus.py --json out.json      # the table as JSON
    python benchmarks/real_corpus.py --stems dev.txt      # only the train pages named in dev.txt (one stem a line)
    python benchmarks/real_corpus.py --stems dev.txt --pairs --export out/dev.json
                                                          # their gold events against the emitted ones, and the export

The frozen test part is only ever printed as aggregate scores (tests/fixtures/real/README.md): a stem file
that names a test page is refused, so its misses and pairs never print.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

from sitroom.evaluate import METRICS, EvalResult, evaluate, event_pairs, records_by_file
from sitroom.jobs import extract

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
SHARED = ROOT.parent / "shared"


def split() -> dict[str, list[str]]:
    """The corpus split: {"train": [...], "test": [...]} of document stems."""
    data = tomllib.loads((REAL / "split.toml").read_text(encoding="utf-8"))
    return {"train": list(data["train"]), "test": list(data["test"])}


def read_stems(path: Path) -> list[str]:
    """The stems of a stem file; refused when one is a test page or not in the corpus."""
    stems = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = split()
    frozen = sorted(set(stems) & set(parts["test"]))
    if frozen:
        raise SystemExit(f"{path} names test pages ({', '.join(frozen[:5])}...): the test part is aggregate only")
    unknown = sorted(set(stems) - set(parts["train"]))
    if unknown:
        raise SystemExit(f"{path} names pages not in train: {', '.join(unknown[:5])}")
    return stems


def score_sets(workers: int = 1, stems: list[str] | None = None) -> tuple[dict[str, EvalResult], dict[str, dict]]:
    """Extract the real pages once and score each set; also return each set's export."""
    parts = {"train": stems} if stems is not None else split()
    results: dict[str, EvalResult] = {}
    exports: dict[str, dict] = {}
    wanted = sorted({s for part in parts.values() for s in part})
    own = extract([str(REAL / "corpus" / f"{s}.txt") for s in wanted], workers=workers)
    for name, part in parts.items():
        results[name] = evaluate(REAL / "gold", own, only=part)
        exports[name] = own
    if stems is None and (SHARED / "gold" / "real").is_dir():
        shared = extract(sorted(str(p) for p in (SHARED / "corpus" / "real").glob("*.txt")), workers=workers)
        results["shared-real"] = evaluate(SHARED / "gold" / "real", shared)
        exports["shared-real"] = shared
    return results, exports


def mean(result: EvalResult) -> float:
    rates = [v for v in result.metrics.values() if v is not None]
    return sum(rates) / len(rates) if rates else 0.0


def print_pairs(export: dict, stems: list[str]) -> None:
    """Per page: gold events not found (MISS), emitted events matching none (FP), attribute differences (DIFF,
    gold value first)."""
    by_file = records_by_file(export)
    for stem in stems:
        gold = json.loads((REAL / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        lines = event_pairs(gold, by_file.get(gold["doc"], {}).get("events", []))
        if lines:
            print(stem)
            for line in lines:
                print("  " + line)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=["train", "shared-real"], help="print this set's misses")
    parser.add_argument("--json", type=Path, help="write the table as JSON")
    parser.add_argument("--stems", type=Path, help="score only these train pages (a file of stems)")
    parser.add_argument("--pairs", action="store_true", help="print the train pages' event pairs")
    parser.add_argument("--export", type=Path, help="write the train pages' export (sitroom/1 JSON)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    stems = read_stems(args.stems) if args.stems else None
    results, exports = score_sets(args.workers, stems)
    if args.export:
        args.export.write_text(json.dumps(exports["train"]), encoding="utf-8")
    if args.pairs:
        print_pairs(exports["train"], stems if stems is not None else split()["train"])
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
