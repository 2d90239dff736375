"""The main jobs as plain functions: ``extract`` (files -> export object) and ``ingest`` (files -> database).

The CLI and the API are thin wrappers over these. Both share ``prepare_documents``: read, clean, segment,
identify (exact and near duplicates) — before any model runs.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from sitroom.clean import fingerprint, prepare
from sitroom.clean.identity import hamming
from sitroom.errors import STORED_WITH_WARNING, SitroomError, problem
from sitroom.ingest import read_paths
from sitroom.models import DocResult, Document, IngestProblem, IngestReport, Source
from sitroom.picture import build_export_with_picture
from sitroom.pipeline import BATCH_SIZE, chunked, process_parallel
from sitroom.run_ids import RunIds

if TYPE_CHECKING:  # DuckDB is imported only when a job opens the store
    from sitroom.store import Store
    from sitroom.store.parquet import ParquetSink

Progress = Callable[[int], None]  # called with the number of documents just finished

# A DuckDB store is closed and opened again every this many documents an ingest stores (Store.reopen): what
# DuckDB holds and never evicts (its indexes, native memory outside its buffer pool) then stays bounded by what
# the last REOPEN_EVERY documents touched, not by the database (issue 10: the client's memory stays flat).
REOPEN_EVERY = 2_000


Fingerprints = dict[str, int]  # document id -> SimHash
# The client's choice over one batch of cleaned items: which documents to extract (dropping duplicates and
# documents stored earlier, linking near duplicates), given their fingerprints when computed elsewhere.
Select = Callable[[Sequence[Document | IngestProblem], Fingerprints | None], list[Document]]


class Engine(Protocol):
    """Where the per-document work runs when not in this process's pool (``sitroom.cluster.ClusterEngine``).

    ``run`` reads, cleans and extracts ``paths`` elsewhere, asking ``select`` (on this side: it needs the
    store) which documents of each cleaned batch to extract, and yields their DocResults in input order, so
    the store and the report see what the local path would show them. With ``sink_dir`` (a Parquet sink
    the workers can write) it yields the ids of documents written there instead."""

    def run(self, paths: Sequence[str], select: Select, stdin: TextIO | None = None,
            max_bytes: int | None = None, sink_dir: str | None = None) -> Iterator[DocResult | str]: ...
log = logging.getLogger(__name__)  # phase lines (SITROOM_LOG=info): where a long run is, where a kill hit


@dataclass
class Prepared:
    """Documents ready for the pipeline, and what was set aside on the way."""

    documents: list[Document] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, id of the stored copy)


def iter_prepared(
    paths: Sequence[str], stdin: TextIO | None = None, max_bytes: int | None = None,
    sources: Iterable[Source | IngestProblem] | None = None,
) -> Iterator[Document | IngestProblem]:
    """Read and clean every path (or take ``sources`` already read, e.g. fetched pages), yielding documents
    and report lines in input order."""
    kwargs = {"stdin": stdin} if max_bytes is None else {"stdin": stdin, "max_bytes": max_bytes}
    yield from clean_items(read_paths(paths, **kwargs) if sources is None else sources)


def clean_items(items: Iterable[Source | IngestProblem]) -> Iterator[Document | IngestProblem]:
    """Clean and segment what the readers gave, report lines passing through in their place."""
    for item in items:
        if isinstance(item, IngestProblem):
            yield item
            continue
        prepared = prepare(item)
        if isinstance(prepared, IngestProblem):
            yield prepared
        else:
            yield from prepared


class NearDuplicateIndex:
    """Links syndicated copies seen in this run (the store links those seen in earlier runs).

    The link is the nearest earlier copy, ties to the smallest id, exactly as the store answers, so a run
    that was killed and resumed links the same documents as an uninterrupted one."""

    def __init__(self, window: int = 2048) -> None:
        # Bounded: copies of one story arrive close together, and the store answers for older ones.
        self._seen: deque[tuple[int, str]] = deque(maxlen=window)

    def nearest(self, fp: int, max_distance: int = 3) -> tuple[int, str] | None:
        """(distance, id) of the nearest document seen so far within ``max_distance``."""
        found = [(hamming(fp, other_fp), other_id) for other_fp, other_id in self._seen]
        return min((f for f in found if f[0] <= max_distance), default=None)

    def add(self, fp: int, doc_id: str) -> None:
        self._seen.append((fp, doc_id))

    def match(self, document: Document, fp: int | None = None) -> str | None:
        """The nearest earlier copy of ``document`` in this run, remembering the document either way."""
        fp = fingerprint(document.text) if fp is None else fp
        found = self.nearest(fp)
        self.add(fp, document.id)
        return found[1] if found else None


def prepare_documents(
    paths: Sequence[str], stdin: TextIO | None = None, max_bytes: int | None = None
) -> Prepared:
    """All documents of ``paths`` with exact duplicates dropped and near duplicates linked."""
    out = Prepared()
    seen: dict[str, str] = {}
    near = NearDuplicateIndex()
    for item in iter_prepared(paths, stdin=stdin, max_bytes=max_bytes):
        if isinstance(item, IngestProblem):
            out.problems.append(item)
        elif item.id in seen:
            out.duplicates.append((item.source_path, item.id))
        else:
            seen[item.id] = item.source_path
            item.near_duplicate_of = item.near_duplicate_of or near.match(item)
            out.documents.append(item)
    return out


def extract(
    paths: Sequence[str], workers: int = 1, stdin: TextIO | None = None, progress: Progress | None = None
) -> dict:
    """Files in, ``sitroom/1`` export object out (with the cross-source picture built in memory, as ingest
    builds it in the database), no database involved."""
    prepared = prepare_documents(local_inputs(paths), stdin=stdin)
    results: list[DocResult] = []
    for result in process_parallel(prepared.documents, workers=workers):
        results.append(result)
        if progress:
            progress(1)
    return build_export_with_picture(results)


def ingest(
    paths: Sequence[str],
    db: str | Path,
    workers: int = 1,
    stdin: TextIO | None = None,
    sources: Iterable[Source | IngestProblem] | None = None,  # already read (sitroom.sources): paths unused
    max_bytes: int | None = None,
    progress: Progress | None = None,
    overrides: str | Path | None = None,
    batch_size: int = BATCH_SIZE,
    engine: Engine | None = None,
    sink: str | None = None,
    db_memory: str | None = None,
) -> IngestReport:
    """Files in, database updated, streaming so memory stays flat however large the corpus.

    One transaction per batch: a crash loses at most the batches in flight, and re-running skips every
    document already stored (reported as ``already_stored``), so it resumes where it stopped. The picture
    rebuild is part of the resumable job: each batch marks the picture stale in its transaction and the
    rebuild clears the mark in its own, so a run killed before or during the rebuild is finished by the next
    command that can write, even when it has nothing new to store.

    ``engine`` moves reading, cleaning and extraction elsewhere (a Dask cluster: cluster.py); what is
    stored, its ids, the report and resuming stay here, on this side, exactly as without one.

    ``sink="parquet:DIR"`` writes the records as Parquet under DIR instead of into ``db`` (which is then
    not opened); ``load`` builds a store from them. ``db_memory`` caps DuckDB's memory ("2GB"; the default
    is in store/db.py).
    """
    from sitroom.store.parquet import ParquetSink  # here, not at the top: `extract` never touches DuckDB

    paths = local_inputs(paths)

    report = IngestReport()
    pending_problems: list[IngestProblem] = []
    fingerprints: Fingerprints = {}  # doc id -> SimHash, stored for near-duplicate lookups later

    with open_sink(db, sink, db_memory) as out:
        run_id = out.start_run()
        log.info("ingest: run %s started", run_id)
        # What the run remembers of its documents, kept from growing with the run (issue 10: the client's
        # memory stays flat whatever the corpus): the ids chosen and not yet stored (at most the engine's
        # window and a batch), and the stored ids of the report, 8 bytes each (run_ids.py). Whether a
        # document was stored by this run or an earlier one, the database says (documents.run_id).
        in_flight: set[str] = set()
        stored = RunIds()
        near = NearDuplicateIndex()

        def select(chunk: Sequence[Document | IngestProblem], fps: Fingerprints | None = None) -> list[Document]:
            """The documents of ``chunk`` to extract, in order; the report lines of the rest."""
            chosen: list[Document] = []
            known = out.stored_by(d.id for d in chunk if isinstance(d, Document))
            for item in chunk:
                if isinstance(item, IngestProblem):
                    (report.warnings if item.code in STORED_WITH_WARNING else report.skipped).append(item)
                    pending_problems.append(item)
                elif item.id in in_flight or (item.id in known and known[item.id] == run_id):
                    # A copy of a document this run chose: still in flight, or already stored by this run
                    # (a copy far down the input; it was reported as W204 while the run kept its ids).
                    report.duplicates.append((item.source_path, item.id))
                    pending_problems.append(problem(item.source_path, "W202", doc_id=item.id))
                elif item.id in known:
                    # Stored by an earlier run (a resume): reported, but not stored as a problem, so
                    # re-running never grows ingest_problems by a row per stored document.
                    report.already_stored.append((item.source_path, item.id))
                else:
                    in_flight.add(item.id)
                    fp = fingerprints[item.id] = fps[item.id] if fps is not None else fingerprint(item.text)
                    candidates = [c for c in (near.nearest(fp), out.nearest_duplicate(fp)) if c]
                    near.add(fp, item.id)
                    item.near_duplicate_of = min(candidates)[1] if candidates else None
                    if item.near_duplicate_of:
                        report.near_duplicates.append((item.id, item.near_duplicate_of))
                    if item.language not in (None, "en"):
                        report.not_english.append((item.id, item.language))
                        pending_problems.append(problem(
                            item.source_path, "W201", language=item.language, score=item.language_score or 0.0
                        ))
                    chosen.append(item)
            return chosen

        def new_documents() -> Iterator[Document]:
            prepared = iter_prepared(paths, stdin=stdin, max_bytes=max_bytes, sources=sources)
            for chunk in chunked(prepared, 256):
                yield from select(chunk)

        # fetched pages (``sources``) are already read: they are cleaned here, never on a cluster
        results: Iterable[DocResult | str]
        if engine is not None and sources is None:
            sink_dir = str(out.folder) if isinstance(out, ParquetSink) else None
            results = engine.run(paths, select, stdin=stdin, max_bytes=max_bytes, sink_dir=sink_dir)
        else:
            results = process_parallel(new_documents(), workers=workers)
        # ``batch_size`` documents per transaction: what a crash can lose, and how often the run commits.
        since_reopen = 0
        for batch in chunked(results, batch_size):
            ids = [r if isinstance(r, str) else r.document.id for r in batch]
            fps = {doc_id: fingerprints.pop(doc_id) for doc_id in ids}
            full = [r for r in batch if not isinstance(r, str)]
            # The report lines travel with the batch, so the stored report never runs ahead of the data.
            if isinstance(out, ParquetSink):  # ids a worker wrote to the sink itself are only recorded
                out.write_results(full, pending_problems, run_id=run_id, fingerprints=fps,
                                  written=[r for r in batch if isinstance(r, str)])
            else:
                out.write_results(full, pending_problems, run_id=run_id, fingerprints=fps)
            pending_problems.clear()
            stored.extend(ids)
            in_flight.difference_update(ids)  # the database now answers for them (documents.run_id)
            log.info("ingest: stored %d documents (%d this run)", len(batch), len(stored))
            if progress:
                progress(len(batch))
            since_reopen += len(batch)
            if not isinstance(out, ParquetSink) and since_reopen >= REOPEN_EVERY:
                # After ``progress``: a caller measuring memory there sees it at its highest, before this.
                out.reopen()  # what DuckDB holds and never gives back, released (Store.reopen)
                since_reopen = 0
        if pending_problems:
            out.write_results([], pending_problems, run_id=run_id)
        report.ingested = stored.tolist()
        out.finish_run(run_id, {"ingested": len(report.ingested), "duplicates": len(report.duplicates),
                                "already_stored": len(report.already_stored), "skipped": len(report.skipped)})
        # The cross-source picture (merged events, series, statements) is brought up to date whenever a
        # batch was stored since it was built: by this run, or by an earlier one killed before its update
        # (each batch marks the picture stale in its own transaction). Only what the new documents reach is
        # recomputed (store/picture_update.py), with the result a full rebuild (`sitroom rebuild`) gives.
        # A Parquet sink has no picture: ``sitroom load`` builds it.
        out.ensure_picture(overrides_path=overrides)
    log.info("ingest: run %s finished", run_id)
    return report


def open_sink(db: str | Path, sink: str | None, db_memory: str | None = None) -> Store | ParquetSink:
    """Where ingest writes: the DuckDB store ``db``, or the Parquet folder ``sink`` names."""
    from sitroom.store import Store
    from sitroom.store.parquet import ParquetSink, parse_sink

    return Store(db, memory=db_memory) if sink is None else ParquetSink(parse_sink(sink))


def load(folder: str | Path, db: str | Path, overrides: str | Path | None = None,
         db_memory: str | None = None) -> dict[str, int]:
    """``sitroom load``: the records of a Parquet sink folder into the store ``db``, then its picture."""
    from sitroom.store import Store
    from sitroom.store.parquet import load_into

    with Store(db, memory=db_memory) as store:
        counts = load_into(store, folder)
        store.ensure_picture(overrides_path=overrides)
    return counts


LOCAL_SCHEMES = ("file", "local")  # fsspec's names for this machine's (or a mounted shared) file system


def local_inputs(paths: Sequence[str]) -> list[str]:
    """``paths`` with fsspec URLs of the local file system (``file:///data/wire/*.jsonl``, ``local://...``)
    turned into the paths they name, a glob expanded in path order. Other schemes (s3://, gcs://) are
    E709: the readers work on files, so remote storage is read through a mount every worker shares."""
    out: list[str] = []
    for raw in paths:
        scheme, sep, _ = raw.partition("://")
        if not sep or raw == "-":
            out.append(raw)
        elif scheme not in LOCAL_SCHEMES:
            raise SitroomError("E709", url=raw)
        else:
            out.extend(_local_url(raw))
    return out


def _local_url(url: str) -> list[str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:  # no fsspec (it comes with the cluster extra): a plain file:// URL still works
        from urllib.parse import unquote, urlparse

        return [unquote(urlparse(url).path)]
    fs, path = url_to_fs(url)
    if any(c in path for c in "*?["):
        return sorted(fs.glob(path)) or [path]  # no match: the path as given, reported as missing
    return [path]


def read_path_list(path: str | Path) -> list[str]:
    """The paths of a list file (``--from-list``): one a line, blank lines and ``#`` comments skipped.
    Each is read as if given on the command line, in the file's order."""
    try:
        with open(path, encoding="utf-8") as fh:
            return [s for line in fh if (s := line.strip()) and not s.startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SitroomError("E705", path=path, reason=reason) from exc


def cluster_engine(spec: str) -> AbstractContextManager[Engine]:
    """The engine for ``--cluster spec`` (``tcp://HOST:PORT`` or ``local:N``), as a context manager.

    Dask is an optional extra (``sitroom[cluster]``) imported only here, so the local path never loads it;
    without it this is E701 rather than a traceback."""
    import importlib

    try:
        cluster = importlib.import_module("sitroom.cluster")
    except ImportError as exc:
        if not (exc.name or "").startswith("sitroom"):  # Dask or one of its own dependencies is missing
            raise SitroomError("E701") from exc
        raise
    return cluster.open_engine(spec)
