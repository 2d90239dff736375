"""The situation picture on real pages: merge, entity and series scores against the picture gold, and what an
analyst sees in a database (merged events, events with two or more sources, "sources disagree").

    python benchmarks/picture_gold.py                    # scores on train pages + shared real + examples
    python benchmarks/picture_gold.py --db real.duckdb   # plus the picture counts of a database
    python benchmarks/picture_gold.py --misses           # the gold events the picture splits or glues

The gold (tests/fixtures/picture_gold) covers the train part of tests/fixtures/real only: the frozen
test part is never extracted here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitroom.evaluate import match_events
from sitroom.picture import picture_input
from sitroom.picture.entities import resolve_entities
from sitroom.picture.events import merge_events
from sitroom.picture.score import (
    gold_labels_for_events,
    load_entity_gold,
    load_event_gold,
    load_series_gold,
    score_entities,
    score_merges,
    score_series,
)

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
GOLD = ROOT / "tests" / "fixtures" / "picture_gold"
SHARED_REAL = ROOT.parent / "shared" / "corpus" / "real"
EXAMPLES = ROOT / "examples" / "corpus"


def gold_pages() -> list[str]:
    """The pages the picture gold was made on: its train pages (pages.toml), the shared real set and examples."""
    train = tomllib.loads((GOLD / "pages.toml").read_text(encoding="utf-8"))["train"]
    pages = [str(REAL / "corpus" / f"{stem}.txt") for stem in train]
    pages += sorted(str(p) for p in SHARED_REAL.glob("*.txt"))
    pages += sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file() and not p.name.endswith(".meta.json"))
    return pages


def picture_input_of(paths: list[str], workers: int = 1) -> dict[str, Any]:
    """The picture input (per-document entities) of ``paths``, extracted in memory."""
    from sitroom.jobs import prepare_documents
    from sitroom.pipeline import process_parallel

    prepared = prepare_documents(paths)
    return picture_input(process_parallel(prepared.documents, workers=workers))


def scores(obj: dict[str, Any]) -> dict[str, Any]:
    merges = score_merges(load_event_gold(GOLD / "events.toml"), obj, match_events)
    entities = score_entities(load_entity_gold(GOLD / "entities.toml"), obj)
    series = score_series(load_series_gold(GOLD / "series.toml"), obj)
    return {"merge": merges.as_dict(), "entities": entities.as_dict(), "series": series.as_dict()}


def counts(events: list[dict[str, Any]]) -> dict[str, int]:
    """What the events list of a picture shows: merged events, those with two or more sources (outlets'
    documents), those whose sources disagree on a toll, and the undated."""
    def disagree(e: dict[str, Any]) -> bool:
        return any(e.get(k) and e[k]["low"] != e[k]["high"] for k in ("killed", "wounded"))

    return {
        "merged events": len(events),
        "with >= 2 sources": sum(len({s["doc_id"] for s in e["sources"]}) >= 2 for e in events),
        "sources disagree": sum(disagree(e) for e in events),
        "undated": sum(e.get("date") is None for e in events),
    }


def db_counts(db: str) -> dict[str, int]:
    """The counts of a database's stored picture."""
    from sitroom.store import Store

    with Store(db, read_only=True) as store:
        export = store.export_object()
    return counts(export.get("merged_events", []))


def misses(obj: dict[str, Any]) -> list[str]:
    gold = load_event_gold(GOLD / "events.toml")
    labels = gold_labels_for_events(gold, obj, match_events)
    entities = resolve_entities(obj)
    merged = {s.event_id: m.id for m in merge_events(obj, entities.resolve, entities.names) for s in m.sources}
    by_gold: dict[int, set[str]] = defaultdict(set)
    by_merged: dict[str, set[int]] = defaultdict(set)
    for eid, gi in labels.items():
        by_gold[gi].add(merged[eid])
        by_merged[merged[eid]].add(gi)
    out = [f"split into {len(ms)}: {gold[gi].name}" for gi, ms in sorted(by_gold.items()) if len(ms) > 1]
    out += [f"glued: {' + '.join(gold[g].name for g in sorted(gs))}" for gs in by_merged.values() if len(gs) > 1]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", action="append", default=[], help="a database whose picture to count")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    obj = picture_input_of(gold_pages(), args.workers)
    result = scores(obj)
    entities = resolve_entities(obj)
    result["picture (gold pages)"] = counts(
        [e.as_dict() for e in merge_events(obj, entities.resolve, entities.names)])
    for db in args.db:
        result[f"database {db}"] = db_counts(db)
    json.dump(result, sys.stdout, indent=1)
    print()
    if args.misses:
        print("\n".join(misses(obj)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
