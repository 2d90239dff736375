"""Kill -9 at 50 random points of ingest, picture rebuild and export; count byte-identical resumed exports.

    .venv/bin/python benchmarks/kill_resume.py [--trials 50] [--seed 20240502] [--corpus examples/corpus]

Each trial SIGKILLs ``sitroom ingest`` (or ``sitroom export``) at a seeded random moment inside its phase,
resumes it to completion and compares the JSON export's bytes with an uninterrupted run's (the harness is
tests/kill_resume.py; the test suite runs three trials of it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the harness lives with the tests

from tests.kill_resume import PHASES, KillResume  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20240502)
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()

    import random

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sitroom-kill-") as tmp:
        harness = KillResume(args.corpus, Path(tmp))
        harness.reference()
        rng = random.Random(args.seed)
        identical: Counter[str] = Counter()
        killed: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for i in range(args.trials):
            trial = harness.trial(PHASES[i % len(PHASES)], rng, i)
            total[trial.phase] += 1
            killed[trial.phase] += trial.killed
            identical[trial.phase] += trial.identical and not trial.half_file
            print(f"{i:3d} {trial.phase:8s} delay {trial.delay:6.2f}s killed {trial.killed!s:5s} "
                  f"identical {trial.identical!s:5s} half-file {trial.half_file}", flush=True)
    for phase in PHASES:
        print(f"{phase:8s} {identical[phase]}/{total[phase]} byte-identical ({killed[phase]} killed while running)")
    print(f"total    {sum(identical.values())}/{args.trials} byte-identical "
          f"in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
