"""Updating the picture after a small ingest vs rebuilding it (issue 10: target ≥ 20× faster, identical).

    .venv/bin/python benchmarks/incremental_picture.py [--events 100000] [--new 500]

Builds a temporary database of ``--events`` synthetic per-document events (sitroom.serve.loadtest: five
template sentences per document, each with its place, actor, a figure and a quote) and its picture, then
stores ``--new`` more events (new documents), copies the file, and in one run times

* the update (``store.picture_update.update_picture``: what every ingest now ends with) on one copy, and
* the full rebuild (``store.picture.rebuild_picture``: ``sitroom rebuild``) on the other,

prints both, their ratio, and whether the two stored pictures (every picture table and the id history)
are identical. Synthetic records only; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from sitroom.picture.events import _kb
from sitroom.serve.loadtest import EVENTS_PER_DOC, synthetic_results
from sitroom.store import Store
from sitroom.store.picture import PICTURE_TABLES, rebuild_picture
from sitroom.store.picture_update import update_picture


def _write(store: Store, n_events: int, seed: int, batch: int = 2000) -> None:
    chunk = []
    for result in synthetic_results(n_events, seed=seed):
        chunk.append(result)
        if len(chunk) >= batch:
            store.write_results(chunk)
            chunk = []
    if chunk:
        store.write_results(chunk)


def _snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    con = store._con
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in (*PICTURE_TABLES, "picture_ids")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="per-document events in the database")
    parser.add_argument("--new", type=int, default=500,
                        help=f"new events stored after the picture ({EVENTS_PER_DOC} a document: 500 = 100 documents)")
    args = parser.parse_args()
    _kb("Islamic State")  # the actor knowledge base (spaCy) loads once per process: not part of either time

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.duckdb"
        t0 = time.perf_counter()
        with Store(base) as store:
            _write(store, args.events, seed=11)
            merged = store.rebuild_picture().get("picture_events", 0)
            _write(store, args.new, seed=12)  # new documents: the picture is now stale
        print(f"built {args.events:,} events ({args.events // EVENTS_PER_DOC:,} documents; {merged:,} merged events) "
              f"and their picture, stored {args.new} new events ({-(-args.new // EVENTS_PER_DOC)} documents) "
              f"in {time.perf_counter() - t0:.0f} s")
        shutil.copy(base, Path(tmp) / "full.duckdb")

        with Store(base) as updated:
            t = time.perf_counter()
            counts = update_picture(updated._con)
            t_update = time.perf_counter() - t
            picture_a = _snapshot(updated)
        with Store(Path(tmp) / "full.duckdb") as rebuilt:
            t = time.perf_counter()
            rebuilt_counts = rebuild_picture(rebuilt._con)  # the picture only, as the update
            t_full = time.perf_counter() - t
            picture_b = _snapshot(rebuilt)

    print(f"update: {t_update:8.2f} s  ({counts.get('picture_events', 0)} merged events rewritten)")
    print(f"full:   {t_full:8.2f} s  ({rebuilt_counts.get('picture_events', 0)} merged events written)")
    print(f"ratio:  {t_full / t_update:8.1f}x  (target >= 20x)")
    print(f"identical pictures: {picture_a == picture_b}")


if __name__ == "__main__":
    main()
