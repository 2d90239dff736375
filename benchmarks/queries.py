"""Query latency on a synthetic picture of 100,000 merged events (target: p95 < 200 ms per query; search
p95 < 150 ms at 1,000,000 documents, issue 12).

    .venv/bin/python benchmarks/queries.py [--events 100000] [--repeat 30]

Builds a temporary DuckDB database (migrations applied) holding 100,000 synthetic merged events with 1-3
sources each, 100,000 documents with their full-text index (built as an ingest run ends), 30,000 statements,
300 series and 500 entities, then times the function under each query command (store/picture.py) and prints
p50/p95 in milliseconds. Search is timed for each kind of query: a rare word, one document's own words, a
frequent word, and two and four words that every document holds (every document matches: the worst case).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitroom.models import stable_id
from sitroom.picture.model import (
    EventSource,
    MergedEvent,
    Opposition,
    Picture,
    ResolvedEntity,
    Series,
    SeriesPoint,
    SourceValue,
    Statement,
    ValueSummary,
)
from sitroom.store import fts
from sitroom.store import picture as sp
from sitroom.store.db import connect

TYPES = ("attack", "strike", "meeting", "pledge", "withdrawal", "repatriation", "territorial_defeat", "operation")
COUNTRIES = ("IQ", "SY", "AF", "NG", "ML", "SO", "MZ", "CD", "PH", "LY")
PLACES = ("Mosul", "Kirkuk", "Raqqa", "Deir ez-Zor", "Baghdad", "Hasakah", "Jalalabad", "Maiduguri", "Palmyra")
OUTLETS = ("Levant Wire", "Gulf Courier", "Tigris Daily", "Cedar News", "Ministry of Defence")


def synthetic_picture(n_events: int, rng: random.Random) -> Picture:
    actors = [ResolvedEntity(id=stable_id("a", i), canonical=f"Group {i}" if i else "Islamic State",
                             type="armed_group", wikidata=None, surface_forms=[f"G{i}", "IS"] if not i else [f"G{i}"],
                             doc_ids=[], mention_count=rng.randint(1, 1000), members=[stable_id("a", i)])
              for i in range(500)]
    start = date(2014, 1, 1)
    events: list[MergedEvent] = []
    for i in range(n_events):
        day = start + timedelta(days=rng.randrange(4000))
        actor = actors[min(int(rng.expovariate(0.05)), 499)]
        sources = []
        for j in range(rng.randint(1, 3)):
            doc_id = stable_id("doc", i, j)
            sources.append(EventSource(
                event_id=stable_id("ev", i, j), doc_id=doc_id, source=rng.choice(OUTLETS), title=f"Report {i}",
                url=None, published=day.isoformat(), date=day.isoformat(), date_precision="day",
                place=rng.choice(PLACES), country=None, actor=actor.canonical, killed=rng.randint(0, 40),
                wounded=None, modality="asserted", trigger="attacked",
                evidence=[{"doc_id": doc_id, "start": 0, "end": 8, "text": "Militants attacked a post, killing some."}],
            ))
        values = [s.killed or 0 for s in sources]
        by_source = [SourceValue(s.doc_id, s.source, s.killed or 0) for s in sources]
        killed = ValueSummary(low=min(values), best=sorted(values)[(len(values) - 1) // 2], high=max(values),
                              basis="median", by_source=by_source)
        events.append(MergedEvent(
            id=stable_id("merged", i), type=rng.choice(TYPES), date=day.isoformat(), date_precision="day",
            time_precision=1, date_start=day.isoformat(), date_end=day.isoformat(), country=rng.choice(COUNTRIES),
            place=rng.choice(PLACES), place_id=None, admin1=None, lat=None, lon=None, geo_precision="point",
            geo_precision_code=1, actor=actor.canonical, actor_id=actor.id, target=None, claimed=False,
            modality="asserted", killed=killed, wounded=None, sources=sources,
        ))
    series = []
    for k in range(300):
        points = [SeriesPoint(figure_id=stable_id("f", k, p), doc_id=stable_id("doc", k, p), source="Levant Wire",
                              value=float(rng.randint(1000, 90000)), unit="people", qualifier=None,
                              as_of=(start + timedelta(days=30 * p)).isoformat(), as_of_basis="figure", is_target=False,
                              raw="1,000 people", subject="people", evidence=[])
                  for p in range(20)]
        series.append(Series(id=stable_id("s", k), name=f"camp {k} population", unit="people", rule="camp_population",
                             points=points, targets=[], target=None))
    statements = [
        Statement(id=stable_id("q", i), doc_id=stable_id("doc", i, 0), source=rng.choice(OUTLETS),
                  speaker=f"Official {i % 700}", speaker_id=stable_id("p", i % 700), role="spokesman",
                  date=(start + timedelta(days=rng.randrange(4000))).isoformat(),
                  text="The group remains a threat." if i % 2 else "The group no longer poses a threat.",
                  direct=True, about_ids=[actors[0].id], about=[actors[0].canonical], topic="threat",
                  polarity=1 if i % 2 else -1, evidence=[])
        for i in range(30_000)
    ]
    opposing = [Opposition(id=stable_id("o", i), topic="threat", about_id=actors[0].id, about=actors[0].canonical,
                           affirming=statements[2 * i + 1].id, denying=statements[2 * i].id) for i in range(2_000)]
    return Picture(entities=actors, events=events, series=series, statements=statements, opposing=opposing)


def add_documents(con: Any, n: int) -> None:
    con.execute(
        """INSERT INTO documents (id, source_path, segment, title, source, published, removed_lines, text, stored_at)
           SELECT md5(i::VARCHAR), 'synthetic/' || i || '.txt', 0, 'Report ' || i, 'Levant Wire',
                  strftime(DATE '2014-01-01' + (i % 4000)::INTEGER, '%Y-%m-%d'), 0,
                  'Militants attacked a checkpoint near town ' || i || ' on Sunday, killing ' || (i % 40)
                  || ' soldiers, officials said. The group claimed the attack. '
                  || repeat('Security was tightened. ', 8)
                  || CASE WHEN i % 997 = 0 THEN 'A rare ceasefire was announced.' ELSE '' END,
                  current_timestamp
           FROM range(?) t(i)""",
        [n],
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        picture = synthetic_picture(args.events, rng)
        counts = sp.save_picture(con, picture)
        print(f"built {counts['picture_events']:,} merged events, {counts['picture_event_sources']:,} sources "
              f"in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        add_documents(con, args.events)
        print(f"stored {args.events:,} documents in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        indexed = fts.build_index(con)
        print(f"search index over {indexed or 0:,} documents in {time.perf_counter() - t0:.1f} s "
              f"(search engine: {'fts' if indexed else 'substring, no fts extension'})")
        some_id = picture.events[args.events // 2].id
        queries: dict[str, Callable[[], Any]] = {
            "events (no filter, 100 rows)": lambda: sp.merged_events(con),
            "events --type --country --actor --since --until": lambda: sp.merged_events(
                con, type="attack", country="IQ", actor="Islamic State", since="2021-01-01", until="2023-12-31"),
            "events --actor IS (surface form)": lambda: sp.merged_events(con, actor="IS"),
            "event ID (prefix)": lambda: sp.merged_event(con, some_id[:8]),
            "series (list)": lambda: sp.series(con),
            "series NAME": lambda: sp.series(con, "camp 42 population"),
            "quotes --speaker": lambda: sp.statements(con, speaker="Official 12"),
            "quotes --about": lambda: sp.statements(con, about="Islamic State"),
            "quotes --opposing": lambda: sp.opposing(con),
            "entities": lambda: sp.entities(con),
            "timeline --country SY": lambda: sp.timeline(con, country="SY"),
            # the query: a word in 1 document of 997
            "search rare word (ceasefire)": lambda: sp.search(con, "ceasefire"),
            "search one document's words (town 4242)": lambda: sp.search(con, "town 4242"),
            "search frequent word (security)": lambda: sp.search(con, "security"),
            "search 2 words in every document": lambda: sp.search(con, "checkpoint attacked"),
            "search 4 words in every document": lambda: sp.search(con, "militants attacked checkpoint soldiers"),
            "search page 101 (security, offset 2000)": lambda: sp.search(con, "security", offset=2000),
        }
        print(f"{'query':<50} {'p50 ms':>8} {'p95 ms':>8}")
        worst = search_worst = 0.0
        for name, fn in queries.items():
            fn()  # warm-up
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t) * 1000)
            p95 = percentile(times, 0.95)
            worst = max(worst, p95)
            print(f"{name:<50} {statistics.median(times):>8.1f} {p95:>8.1f}")
            if name.startswith("search"):
                search_worst = max(search_worst, p95)
        print(f"worst p95: {worst:.1f} ms ({'OK' if worst < 200 else 'OVER'} the 200 ms target)")
        print(f"worst search p95: {search_worst:.1f} ms over {args.events:,} documents "
              f"({'OK' if search_worst < 150 else 'OVER'} the 150 ms target)")
        con.close()


if __name__ == "__main__":
    main()
