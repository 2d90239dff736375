"""Scale-out numbers of issue 10, in one run: local processes against a Dask LocalCluster, the Parquet sink,
and the client's memory over a long ingest.

    python benchmarks/scale.py                              # 400 stories for speed, 20,000 for memory
    python benchmarks/scale.py --docs 120 --rss-docs 2000   # a quick run
    python benchmarks/scale.py --rounds 3                   # each speed run three times, best kept
    python benchmarks/scale.py --rss-db-memory default,256MB  # the memory run twice: default limit, then 256 MB

Every timed run ingests the same generated corpus (sitroom.synth.wire_texts, deterministic) into a fresh
database or sink folder. Two rates per run: documents/s until the last batch is stored (the scalable part,
which the ratios use), and for the whole command including the picture rebuild (one serial step on the
client whatever the number of workers). Every rate is a steady-state rate: nothing timed loads a model.
Clusters are started, and their models loaded and warmed (ModelPlugin), before timing: a long-lived
cluster pays that once. This process loads and warms the same pipeline before its first local run and
prints what that took: `--workers 1` runs here, and `--workers 2`'s pool workers are forked from here
(the fork start method, printed), so they start with it too. Before, the first run (`--workers 1`) paid
the load (~2 s) and the first-use loading of the cleaners' and extractors' data (~4 s) inside its timing
and `--workers 2` inherited both for free: on 400 documents that alone made local(2)/local(1) look
superlinear (2.22). The client write ceiling is the DuckDB store's rate
when extraction is free (the results written again).

The memory phase ingests ``--rss-docs`` distinct one-sentence documents on Dask(2) and samples the client's
resident set size (RSS) at ten checkpoints as batches are stored, with DuckDB's own accounting beside it: its
ART indexes (which it cannot evict; they grow with the rows stored) and the rest of its buffer pool (cached
and not yet checkpointed table blocks, capped by the store's memory limit: store/db.py). The verdict is the
growth from the first checkpoint after warm-up to the last, in MB and per 1,000 documents, split into those
two and the rest of the process. Each checkpoint also splits the RSS by the allocator that holds it
(memsplit.py: DuckDB's jemalloc beyond DuckDB's own accounting, Python's small objects, glibc's malloc,
file-mapped pages), so "the rest of the process" says whose it is, and shows what a LocalCluster's scheduler,
which runs in this process, keeps. ``--rss-db-memory`` runs the phase once per limit given ("default" is the
store's default) to show the cap at work within a run short enough for a benchmark.

What "flat" means (the verdict line says flat or grows): the run stores every document and updates the picture
(a limit its indexes outgrow fails with E306 instead of growing), and what grows with the stored data whatever
the limit, DuckDB's indexes (inside the limit, but never evicted) plus the client outside DuckDB, grows by less
than FLAT_MB_PER_1000 MB per 1,000 documents over the run (10 MB over 20,000 documents: under 2% of the
client's ~500 MB). DuckDB's cached and uncheckpointed blocks may grow until
they reach its limit: that is the cap at work. DuckDB's memory per tag at the first and last checkpoint follows
the verdict, to show what grew.

The machine this runs on is shared: compare the ratios of one run, not absolute rates between runs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memsplit import scheduler_state, split  # this folder's (the script's directory is first on sys.path)

from sitroom.annotate import build_nlp
from sitroom.cluster import warm_up
from sitroom.jobs import REOPEN_EVERY, Engine, cluster_engine, ingest, load
from sitroom.synth import wire_texts


def write_corpus(folder: Path, count: int, sentences: int, seed: int = 11, distinct: bool = False) -> Path:
    """``count`` generated stories; ``distinct``: no two with the same text (a document's id is its text's,
    so a repeated one-sentence story is a duplicate ingest skips: 20,000 drawn stored 17,679 before)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = wire_texts(count * 2 if distinct else count, seed=seed, sentences=sentences)
    if distinct:
        texts = iter(list(dict.fromkeys(texts))[:count])
    for i, text in enumerate(texts):
        (folder / f"{i:06d}.txt").write_text(f"Title: Wire story {i}\nDate: 2024-03-{1 + i % 28:02d}\n\n{text}\n")
    return folder


def rss_mb() -> float:
    """This process's resident set size now (Linux /proc; the peak from getrusage elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_line() -> str:
    """The load averages now: other jobs on a shared machine change every rate, and 2-against-1 ratios
    mean nothing once the cores are taken."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def duckdb_mb(db: Path) -> tuple[float, float, float]:
    """What the DuckDB database ``db``, open in this process, holds, by its own accounting, in MB: its ART
    indexes, the rest of its buffer pool (cached table blocks, uncheckpointed row groups), and what it has
    spilled to its temporary directory. A second connection to a file this process has open shares its
    database instance, so it sees the store's buffers."""
    import duckdb

    with duckdb.connect(str(db)) as con:
        row = con.execute(
            "SELECT sum(memory_usage_bytes) FILTER (WHERE tag = 'ART_INDEX'), "
            "sum(memory_usage_bytes) FILTER (WHERE tag <> 'ART_INDEX'), sum(temporary_storage_bytes) "
            "FROM duckdb_memory()").fetchone()
    return tuple((v or 0) / 2**20 for v in row) if row else (0.0, 0.0, 0.0)  # type: ignore[return-value]


def duckdb_tags(db: Path) -> dict[str, float]:
    """DuckDB's own accounting of the database ``db``, open in this process, per memory tag, in MB."""
    import duckdb

    with duckdb.connect(str(db)) as con:
        rows = con.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory()").fetchall()
    return {str(tag): (n or 0) / 2**20 for tag, n in rows}


def db_memory_limit(db: Path) -> str:
    """The memory limit of the DuckDB database ``db``, open in this process, as DuckDB shows it."""
    import duckdb

    with duckdb.connect(str(db)) as con:
        row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    return str(row[0]) if row else "?"


class Timed:
    """One ingest: documents/s until the last batch was stored, and for the whole call."""

    def __init__(self, corpus: Path, target: Path, engine: Engine | None = None, workers: int = 1,
                 sink: bool = False, on_batch: Callable[[int], None] | None = None,
                 db_memory: str | None = None) -> None:
        self.stored_at = 0.0
        done = 0

        def progress(n: int) -> None:
            nonlocal done
            done += n
            self.stored_at = time.perf_counter()
            if on_batch:
                on_batch(done)

        start = time.perf_counter()
        report = ingest([str(corpus)], target, workers=workers, engine=engine, progress=progress,
                        sink=f"parquet:{target}" if sink else None, db_memory=db_memory)
        end = time.perf_counter()
        self.docs = len(report.ingested)
        self.stream_rate = self.docs / max(self.stored_at - start, 1e-9)
        self.total_rate = self.docs / (end - start)

    def line(self, label: str) -> str:
        return f"{label:<28} {self.stream_rate:7.2f} docs/s stored   {self.total_rate:7.2f} docs/s with picture"


def write_ceiling(db: Path, root: Path, rounds: int = 3) -> tuple[float, int]:
    """Documents/s the client stores when extraction is free: the results of ``db`` written again into
    fresh databases in batches of 32, with the id and near-duplicate lookups ``ingest`` makes per document."""
    from sitroom.clean import fingerprint
    from sitroom.pipeline import chunked
    from sitroom.store import Store

    with Store(db, read_only=True) as store:
        results = list(store.iter_results())
    fps = {r.document.id: fingerprint(r.document.text) for r in results}
    took = 0.0
    for i in range(rounds):
        with Store(root / f"ceiling{i}.duckdb") as store:  # creating the database is not timed
            start = time.perf_counter()
            for batch in chunked(results, 32):
                store.known_ids(r.document.id for r in batch)
                for r in batch:
                    store.nearest_duplicate(fps[r.document.id])
                store.write_results(batch, fingerprints={r.document.id: fps[r.document.id] for r in batch})
            took += time.perf_counter() - start
    return rounds * len(results) / took, len(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="documents in the speed corpus")
    parser.add_argument("--sentences", type=int, default=6, help="sentences per speed-corpus document")
    parser.add_argument("--rss-docs", type=int, default=20_000, help="documents in the memory run (0: skip)")
    parser.add_argument("--rss-sentences", type=int, default=1, help="sentences per memory-run document")
    parser.add_argument("--rss-db-memory", default="default",
                        help="DuckDB memory limits, comma-separated, one memory run each ('default': the store's)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="time each configuration this many times, in turn, and keep its best rate: another "
                             "job starting on a shared machine then spoils one round, not a ratio")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "corpus", args.docs, args.sentences)
        print(f"speed corpus: {args.docs} documents of {args.sentences} sentences; {load_line()}", flush=True)
        started = time.perf_counter()
        warm_up(build_nlp())  # no arguments: the cache entry process_documents() looks up
        print(f"  (model loaded and warmed in this process in {time.perf_counter() - started:.1f} s; "
              f"pool start method: {multiprocessing.get_start_method()})", flush=True)
        best: dict[str, Timed] = {}  # per configuration, the round with the highest stored rate

        def timed(label: str, db: Path, **kwargs: Any) -> Timed:
            run = Timed(corpus, db, **kwargs)
            print(run.line(label), flush=True)
            if label not in best or run.stream_rate > best[label].stream_rate:
                best[label] = run
            return run

        for r in range(1, args.rounds + 1):
            if args.rounds > 1:
                print(f"round {r} of {args.rounds}; {load_line()}", flush=True)
            timed("local --workers 1", root / f"local1-{r}.duckdb", workers=1)
            timed("local --workers 2", root / f"local2-{r}.duckdb", workers=2)
            started = time.perf_counter()
            with cluster_engine("local:1") as engine:
                print(f"  (LocalCluster(1) up, model loaded, in {time.perf_counter() - started:.1f} s)", flush=True)
                timed("Dask LocalCluster(1)", root / f"dask1-{r}.duckdb", engine=engine)
            started = time.perf_counter()
            if r < args.rounds:
                with cluster_engine("local:2") as engine:
                    print(f"  (LocalCluster(2) up, models loaded, in {time.perf_counter() - started:.1f} s)",
                          flush=True)
                    timed("Dask LocalCluster(2)", root / f"dask2-{r}.duckdb", engine=engine)
        local_1, local_2 = best["local --workers 1"], best["local --workers 2"]
        dask_1 = best["Dask LocalCluster(1)"]
        with cluster_engine("local:2") as engine:  # the last round's, kept up for the sink and memory runs
            print(f"  (LocalCluster(2) up, models loaded, in {time.perf_counter() - started:.1f} s)", flush=True)
            dask_2_last = timed("Dask LocalCluster(2)", root / f"dask2-{args.rounds}.duckdb", engine=engine)
            dask_2 = best["Dask LocalCluster(2)"]
            sink = Timed(corpus, root / "parquet", engine=engine, sink=True)
            print(sink.line("Dask LocalCluster(2) -> Parquet").replace("with picture", "sink, whole run"), flush=True)
            loaded_at = time.perf_counter()
            load(root / "parquet", root / "loaded.duckdb")
            took = time.perf_counter() - loaded_at
            print(f"  sitroom load: {sink.docs / took:7.2f} docs/s ({took:.1f} s, picture rebuild included)")

            def ratio(a: Timed, b: Timed) -> float:
                return a.stream_rate / b.stream_rate

            print(f"speed runs done; {load_line()}")
            if args.rounds > 1:
                print(f"(ratios of the best of {args.rounds} rounds per configuration; the Parquet one against the "
                      "Dask(2) run just before it)")
            print(f"ratio Dask(2) / local(2):          {ratio(dask_2, local_2):.2f}   (wanted >= 0.9)")
            print(f"ratio Dask(2) / Dask(1):           {ratio(dask_2, dask_1):.2f}   (wanted >= 1.6)")
            print(f"ratio local(2) / local(1):         {ratio(local_2, local_1):.2f}")
            print(f"ratio Parquet sink / DuckDB, Dask(2): {ratio(sink, dask_2_last):.2f}", flush=True)

            ceiling, n = write_ceiling(root / f"dask2-{args.rounds}.duckdb", root)
            print(f"client write ceiling (DuckDB, extraction free, {n} documents x 3): {ceiling:7.1f} docs/s",
                  flush=True)

            if args.rss_docs:
                big = write_corpus(root / "big", args.rss_docs, args.rss_sentences, seed=12, distinct=True)
                for i, limit in enumerate(args.rss_db_memory.split(",")):
                    memory_run(big, root / f"big{i}.duckdb", engine, args.rss_docs, args.rss_sentences,
                               None if limit == "default" else limit)


FLAT_MB_PER_1000 = 0.5  # growth per 1,000 documents of what no eviction bounds, below which the verdict says flat


def memory_run(corpus: Path, db: Path, engine: Engine, docs: int, sentences: int, limit: str | None) -> None:
    """One ingest of the memory corpus with DuckDB's memory limit ``limit`` (None: the store's default):
    RSS and DuckDB's share at ten checkpoints, then the verdict.

    Each checkpoint is printed as it is taken (a slow run on a shared machine shows where it is, and a
    stopped one leaves its numbers), and so is the RSS at the first batch after each of the store's reopens
    (``jobs.REOPEN_EVERY``): the checkpoints fall just before a reopen, with what the last ~2,000 documents
    left in DuckDB and the allocators, while the RSS after a reopen is what the client keeps from one
    stretch to the next. The verdict's rule is unchanged; beside it, the growth from the first checkpoint
    after the first reopen (4,000 of 20,000), since the rule's first checkpoint is the one before it."""
    samples: list[tuple[int, float, float, float, float]] = []  # (documents, RSS, indexes, rest of DuckDB, spilled)
    floors: list[tuple[int, float]] = []  # (documents, RSS) at the first batch after each reopen
    # The RSS by allocator (memsplit.py) at each checkpoint and after each reopen: "the rest of the client" is
    # RSS less DuckDB's own accounting, and so also holds DuckDB's memory outside that accounting; this says
    # whose the rest is.
    splits: dict[int, dict[str, float]] = {}
    step = max(docs // 10, 1)
    shown: list[str] = []
    tags: list[dict[str, float]] = []  # DuckDB's memory per tag at each checkpoint
    since_reopen = [0, 0]  # documents since the store's last reopen, and at the last call (jobs.ingest's count)

    def sample(done: int) -> None:
        since, last = since_reopen
        if since >= REOPEN_EVERY:  # jobs.ingest reopened the store after the previous batch
            floors.append((done, rss_mb()))
            art, rest, _ = duckdb_mb(db)
            splits[done] = split(floors[-1][1], art + rest)
            print(f"    {done:6d}: {floors[-1][1]:5.0f}   (first batch after a reopen)  {show(splits[done])}",
                  flush=True)
            since = 0
        since_reopen[:] = [since + done - last, done]
        if not samples or done // step > samples[-1][0] // step:
            samples.append((done, rss_mb(), *duckdb_mb(db)))
            tags.append(duckdb_tags(db))
            if not shown:
                shown.append(db_memory_limit(db))
            d, mb, art, rest, spilled = samples[-1]
            splits[d] = split(mb, art + rest)
            print(f"    {d:6d}: {mb:5.0f} | {art:4.0f} + {rest:4.0f}" + (f", {spilled:.0f} spilled" if spilled else "")
                  + f"  {show(splits[d])}", flush=True)
            if state := scheduler_state():  # a LocalCluster's scheduler runs in this process: what it keeps
                print("            scheduler here: " + " ".join(f"{k} {v}" for k, v in state.items()), flush=True)

    before = rss_mb()
    failed = False
    print(f"memory run, DuckDB memory limit {limit or 'default'}; {load_line()}", flush=True)
    print(f"  client RSS before: {before:.0f} MB; checkpoints as they come (documents: RSS MB | DuckDB indexes + "
          "rest of its buffers, spilled; then the RSS by holder, memsplit.py: DuckDB's allocator beyond its "
          "accounting, Python's small objects, glibc's malloc in use and free, file-mapped pages, the remainder):",
          flush=True)
    try:
        run = Timed(corpus, db, engine=engine, on_batch=sample, db_memory=limit)
        print(f"  {run.docs} documents of {sentences} sentence(s) on Dask(2), {run.stream_rate:.2f} docs/s stored; "
              f"DuckDB's memory_limit: {shown[0] if shown else '?'}")
        # The report's list of stored ids is built when the run ends (jobs.ingest keeps them at 8 bytes each
        # until then), after the last checkpoint: this line shows the client with it, the picture updated
        # and the store closed.
        print(f"  client RSS after the run, the report in hand: {rss_mb():.0f} MB")
    except Exception as exc:  # a limit below what DuckDB cannot evict (its indexes) fails the run: say so
        failed = True
        stored = samples[-1][0] if samples else 0
        print(f"  failed after {stored} documents stored{' (all: in the picture update)' if stored == docs else ''}: "
              f"{exc}")
    if len(samples) < 3:
        return
    verdict(samples, failed)
    settled = [s for s in samples if floors and s[0] > floors[0][0]]  # the checkpoints after the first reopen
    if len(settled) >= 2:
        (at, first, art0, db0, _), (end, last, art1, db1, _) = settled[0], settled[-1]
        per = 1000 / (end - at)
        other = (last - art1 - db1) - (first - art0 - db0)
        print(f"  from {at} documents (the first checkpoint after a reopen) on: RSS {last - first:+.0f} MB "
              f"({(last - first) * per:+.2f} per 1,000), indexes {(art1 - art0) * per:+.2f}, the rest of the client "
              f"{other * per:+.2f}, together {((art1 - art0) + other) * per:+.2f} MB per 1,000 documents")
        print(f"  of the rest of the client, per 1,000 documents from {at} on: {growth(splits[at], splits[end], per)}")
    if len(floors) >= 3:
        (at, first), (end, last) = floors[1], floors[-1]
        print(f"  after each reopen (RSS at the next batch): {', '.join(f'{mb:.0f}' for _, mb in floors)} MB; "
              f"from {at} to {end} documents {last - first:+.0f} MB ({(last - first) * 1000 / (end - at):+.2f} "
              "per 1,000)")
        print(f"  of it, per 1,000 documents: {growth(splits[at], splits[end], 1000 / (end - at))}")
    t0, t1 = tags[1], tags[-1]
    grown = sorted(((t1.get(t, 0.0) - t0.get(t, 0.0), t) for t in t0.keys() | t1.keys()), reverse=True)
    print("  DuckDB per tag, MB at " + f"{samples[1][0]} -> {samples[-1][0]} documents: " + ", ".join(
        f"{t} {t0.get(t, 0.0):.1f} -> {t1.get(t, 0.0):.1f}" for d, t in grown if t0.get(t) or t1.get(t)))
    print(f"memory run done; {load_line()}", flush=True)


HOLDERS = {"duckdb": "DuckDB's accounting", "duckdb_uncounted": "DuckDB's allocator beyond it",
           "python": "Python's small objects", "malloc_used": "malloc in use", "malloc_free": "malloc free",
           "files": "file-mapped pages", "other": "the remainder (what none of them counts)"}


def show(parts: dict[str, float]) -> str:
    """A checkpoint's RSS by holder, DuckDB's accounting left out (printed before it)."""
    return " ".join(f"{k.replace('duckdb_', '')} {v:.1f}" for k, v in parts.items() if k != "duckdb")


def growth(a: dict[str, float], b: dict[str, float], per: float) -> str:
    """How each holder of the RSS grew from ``a`` to ``b``, in MB per 1,000 documents."""
    return ", ".join(f"{HOLDERS.get(k, k)} {(b[k] - a.get(k, 0.0)) * per:+.2f}" for k in b if k != "duckdb")


def verdict(samples: list[tuple[int, float, float, float, float]], failed: bool) -> None:
    """The verdict lines: growth from the first checkpoint after warm-up to the last, split into DuckDB's
    indexes, the rest of its buffers and the rest of the client, and flat or grows by FLAT_MB_PER_1000."""
    (at, first, art0, db0, _), (end, last, art1, db1, _) = samples[1], samples[-1]  # after warm-up
    per = 1000 / (end - at)
    grown, other = last - first, (last - art1 - db1) - (first - art0 - db0)
    print(f"  verdict: RSS {grown:+.0f} MB from {at} to {end} documents ({grown * per:+.2f} MB per 1,000 "
          f"documents); of it DuckDB's indexes {art1 - art0:+.0f} MB ({(art1 - art0) * per:+.2f} per 1,000: they "
          f"grow with the database), the rest of DuckDB's buffers {db1 - db0:+.0f} MB (capped by its limit), "
          f"the rest of the client {other:+.0f} MB ({other * per:+.2f} per 1,000)")
    uncapped = ((art1 - art0) + other) * per
    flat = not failed and uncapped < FLAT_MB_PER_1000
    print(f"  verdict: {'flat' if flat else 'grows'}: " + ("the run failed; " if failed else "")
          + f"indexes and the rest of the client, which nothing evicts, {uncapped:+.2f} MB per 1,000 documents "
          f"({'<' if uncapped < FLAT_MB_PER_1000 else '>='} {FLAT_MB_PER_1000})")


if __name__ == "__main__":  # the guard matters: LocalCluster's worker processes re-import this file
    main()
