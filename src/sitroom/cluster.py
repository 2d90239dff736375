"""Ingest on a Dask cluster: reading, cleaning and extraction run on the workers, the store stays here.

``sitroom ingest PATH... --cluster tcp://HOST:8786`` (or ``--cluster local:N`` for a LocalCluster on this
machine) hands ``jobs.ingest`` a ``ClusterEngine``. Per batch of files, on the workers:

1. ``read_clean``: files -> documents and report lines (``jobs.clean_items`` over ``read_file``); the result
   stays on the worker that made it;
2. ``summary``: the same batch without its texts, with each document's fingerprint: all the client needs;
3. ``extract``: the documents the client chose -> DocResults (``pipeline.process_documents``, the model a
   worker plugin loaded once per worker), run where the batch already is, so a text crosses the network
   once (as part of its DocResult), not three times. With a Parquet sink the worker writes the records
   itself and returns only ids.

Between 2 and 3 the client does what needs the whole run and the database: exact duplicates, documents an
earlier run stored (resume), near-duplicate links (``jobs.ingest``'s ``select``). Results come back in
input order through a bounded window, so the client stores the same records, with the same ids, in the
same transactional batches and with the same report as the local path, and its memory stays flat however
large the corpus. A worker lost mid-run loses nothing: the scheduler recomputes its tasks elsewhere (they
are pure functions of their input; the client holds the futures), and the client only ever stores results
it has in hand. A killed client resumes as ``ingest`` does.

This module imports Dask at the top: it is imported only for ``--cluster``, through
``jobs.cluster_engine`` (E701 when Dask is missing), so the local default needs no Dask.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO, TypeVar

import dask
from distributed import Client, LocalCluster, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from sitroom.errors import SitroomError
from sitroom.ingest import DEFAULT_MAX_BYTES, read_file, read_paths
from sitroom.ingest.boundary import at_boundary
from sitroom.ingest.readers import Unit, plan_paths
from sitroom.jobs import Select
from sitroom.models import DocResult, Document, IngestProblem, Source

PLUGIN_NAME = "sitroom-model"
FILES_PER_READ_TASK = 16  # small tasks spread an uneven corpus (one huge JSONL beside many pages) evenly
DOCS_PER_EXTRACT_TASK = 32  # = pipeline.BATCH_SIZE: one nlp.pipe batch per task
CONNECT_TIMEOUT = "10s"
# Dask settings for the worker processes of ``--cluster local:N`` (a remote cluster's are its operator's:
# docs/cluster.md shows the same two lines for dask-worker).
LOCAL_WORKER_CONFIG: dict[str, Any] = {
    # Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536 so they hand freed memory back to the
    # OS. That also fixes glibc's mmap threshold at 128 KiB: spaCy's arrays larger than that are mapped and
    # unmapped afresh for every batch. Measured on one worker over the same 96 documents: 3.9-4.1x the
    # minor page faults, sys time 0.55 s instead of 0.13 s, about 20 % more CPU per document than the
    # same extraction in a plain process. None unsets the variable (glibc's adaptive defaults, as the local
    # pool's workers run); a worker's memory stays bounded by the in-flight window, not by trimming.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler samples each task thread every 10 ms for the dashboard, which a LocalCluster
    # here does not start (dashboard_address=None): its cost (~1 % of a worker's CPU) buys nothing.
    "distributed.worker.profile.enabled": False,
}

# Dask settings in this process, the client's, for as long as an engine is open. Every BatchedSend (the
# client's stream to the scheduler and, on a LocalCluster, whose scheduler runs in this process too, the
# scheduler's streams to each worker and to the client), the scheduler's transition log and its event
# topics keep their last ``low-level-log-length`` messages for debugging, 1,000 each by default, as live
# Python objects: submitted graphs with their arguments (a batch's paths, an extract's picks), compute-task
# messages, reports. They fill over the first ~10,000-20,000 documents of a run, so the client's memory
# rose with the documents that long before it levelled off (docs/cluster.md, "The client's memory").
# 100 keeps enough for a post-mortem of the last batches. Worker processes of a LocalCluster inherit it.
CLIENT_CONFIG: dict[str, Any] = {"distributed.admin.low-level-log-length": 100}

T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---- on the workers ---------------------------------------------------------------------------------


class ModelPlugin(WorkerPlugin):
    """Loads the pinned pipeline once per worker, including workers that join later (replacing a lost one).

    It carries the client's model name and version: a worker with another version would extract other
    records under the same ids, so it refuses to start (E704) instead."""

    name = PLUGIN_NAME

    def __init__(self, model: str, version: str) -> None:
        self.model = model
        self.version = version
        self.nlp: Any = None  # set on the worker: the plugin travels pickled, and a model does not
        self.lock: threading.Lock | None = None

    async def setup(self, worker: Any) -> None:
        # spaCy's pipeline is not meant for concurrent pipe() calls; a worker started with several threads
        # runs its extract tasks one at a time (more worker processes, not threads, add throughput).
        self.lock = threading.Lock()
        # In a thread: loading takes a second or more, and the worker's event loop must keep heartbeating.
        self.nlp = await asyncio.to_thread(self._load)

    def _load(self) -> Any:
        from sitroom.annotate import build_nlp

        nlp = build_nlp(self.model)
        found = nlp.meta.get("version")
        if found != self.version:
            raise SitroomError("E704", reason=f"model {self.model} is {found} here, {self.version} on the client")
        warm_up(nlp)
        return nlp


WARM_UP_TEXT = (
    "Title: Warm-up\nDate: 2024-05-02\n\nKIRKUK, May 2 - At least four people were killed and 12 wounded when "
    "a bomb exploded at a market in Kirkuk on Thursday, police said. Islamic State claimed responsibility. "
    "\u201cWe will keep up the pressure,\u201d a coalition spokesman said. Some 300 families returned to Mosul.\n"
)


def warm_up(nlp: Any) -> None:
    """Run one article through cleaning and the pipeline: the cleaners and extractors load their data
    (language identification, gazetteers, the actor base) on first use, which on this machine kind made a
    worker's first batch take four times as long as the next. Done at setup, a worker that joins (or
    replaces a lost one) is as fast as the others from its first task."""
    from sitroom.clean import prepare
    from sitroom.pipeline import process_documents

    prepared = prepare(Source(path="<warm-up>", text=WARM_UP_TEXT, kind="txt"))
    if isinstance(prepared, list):
        list(process_documents(prepared, nlp=nlp))


def read_clean(units: Sequence[Unit | Source], max_bytes: int) -> list[Document | IngestProblem]:
    """Worker task: read and clean a batch of files (report lines and stdin's already-read Source pass
    through in place), exactly as ``jobs.iter_prepared`` does on one machine. The result stays on the
    worker: the client fetches only its ``summary`` and sends back which documents to extract."""
    from sitroom.jobs import clean_items

    def items() -> Iterator[Source | IngestProblem]:
        for unit in units:
            if isinstance(unit, Path):
                for item in read_file(unit, max_bytes):
                    yield from at_boundary(item)
            elif isinstance(unit, Source | IngestProblem):
                yield unit
            else:  # "-" never leaves the client: stdin is read there
                raise TypeError(f"not a unit to read on a worker: {unit!r}")

    return list(clean_items(items()))


def summary(items: list[Document | IngestProblem]) -> tuple[list[Document | IngestProblem], dict[str, int]]:
    """Worker task: what the client needs to choose from a cleaned batch, without the texts (the bulk of
    it): each document with its text left out, and its fingerprint (computed here, off the client)."""
    from sitroom.clean import fingerprint

    light: list[Document | IngestProblem] = []
    fps: dict[str, int] = {}
    for item in items:
        if isinstance(item, Document):
            fps.setdefault(item.id, fingerprint(item.text))
            item = replace(item, text="")
        light.append(item)
    return light, fps


Pick = tuple[int, str | None, int]  # (position in the cleaned batch, near duplicate of, fingerprint)


def extract(items: list[Document | IngestProblem], picks: list[Pick], sink_dir: str | None = None,
            part: str = "") -> list[DocResult] | list[str]:
    """Worker task: ``process_documents`` over the picked documents of a cleaned batch (this worker's own
    copy of it, so the texts never travel to the client and back), with the model the plugin loaded.
    With ``sink_dir`` the records are written there as Parquet part ``part`` and only the ids go back."""
    from sitroom.pipeline import process_documents

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, ModelPlugin) or plugin.nlp is None or plugin.lock is None:  # set up first
        raise RuntimeError(f"worker plugin {PLUGIN_NAME} is not set up on this worker")
    documents = []
    for index, near, _ in picks:
        document = items[index]
        assert isinstance(document, Document), "a pick names a document of its batch"
        documents.append(replace(document, near_duplicate_of=near))
    with plugin.lock:
        results = list(process_documents(documents, nlp=plugin.nlp))
    if sink_dir is None:
        return results
    from sitroom.store.parquet import write_part

    return write_part(sink_dir, part, results, {d.id: fp for d, (_, _, fp) in zip(documents, picks, strict=True)})


# ---- on the client ----------------------------------------------------------------------------------


@dataclass
class ClusterEngine:
    """The ``jobs.Engine`` that runs reading, cleaning and extraction on a Dask ``Client``'s workers.

    Per batch of files: ``read_clean`` (its documents stay on the worker), ``summary`` (ids, metadata and
    fingerprints to the client), the client's ``select``, then ``extract`` over the chosen documents in
    slices of ``docs_per_task`` on the worker that holds them. Reads run ahead of extraction by up to
    ``window`` batches, so workers never wait for the client between the two, and at most ``window``
    extraction slices are in flight: the client's memory stays flat."""

    client: Client
    window: int = 0  # batches in flight per stage; 0: twice the workers' threads (every worker kept busy)
    files_per_task: int = FILES_PER_READ_TASK
    docs_per_task: int = DOCS_PER_EXTRACT_TASK

    def __post_init__(self) -> None:
        if self.window < 1:
            threads = sum(self.client.nthreads().values()) or 1
            self.window = 2 * threads + 2

    def units(self, paths: Sequence[str], stdin: TextIO | None, limit: int) -> Iterator[Unit | Source]:
        for unit in plan_paths(paths):
            if unit == "-":  # stdin belongs to this process: read here, cleaned on a worker
                yield from read_paths(["-"], max_bytes=limit, stdin=stdin)
            else:
                yield unit

    def run(self, paths: Sequence[str], select: Select, stdin: TextIO | None = None,
            max_bytes: int | None = None, sink_dir: str | None = None) -> Iterator[DocResult | str]:
        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        file_batches = batches(self.units(paths, stdin, limit), self.files_per_task)
        reads: deque[tuple[Any, Any]] = deque()  # (cleaned batch, its summary), futures, in input order
        extracts: deque[Any] = deque()
        tag = uuid.uuid4().hex[:12]  # Parquet part names: unique per run, the same for a retried task
        seq = 0
        try:
            while True:
                while len(reads) < self.window and (batch := next(file_batches, None)) is not None:
                    cleaned = self.client.submit(read_clean, batch, limit, pure=False)
                    reads.append((cleaned, self.client.submit(summary, cleaned, pure=False)))
                if extracts and (len(extracts) >= self.window or not reads):
                    yield from extracts.popleft().result()
                    continue
                if not reads:
                    return
                cleaned, summarized = reads.popleft()
                light, fps = summarized.result()
                where = {id(item): i for i, item in enumerate(light)}
                picks = [(where[id(d)], d.near_duplicate_of, fps[d.id]) for d in select(light, fps)]
                for chunk in batches(picks, self.docs_per_task):
                    seq += 1
                    extracts.append(self.client.submit(extract, cleaned, chunk, sink_dir, f"{tag}-{seq:07d}",
                                                       pure=False))
        finally:  # a stopped run (an error, a closed generator) leaves no work queued on the cluster
            for future in [*extracts, *(f for pair in reads for f in pair)]:
                future.cancel()


def model_plugin() -> ModelPlugin:
    """The plugin pinned to the model installed here (the client's is the reference)."""
    import spacy

    from sitroom.annotate import MODEL_PACKAGE

    version = spacy.util.get_package_version(MODEL_PACKAGE)
    if version is None:
        raise SitroomError("E502", package=MODEL_PACKAGE)
    return ModelPlugin(MODEL_PACKAGE, version)


def prepare_client(client: Client) -> ClusterEngine:
    """Register the model plugin on every worker (now and later) and hand back the engine."""
    try:
        client.register_plugin(model_plugin(), name=PLUGIN_NAME)
    except SitroomError:
        raise
    except Exception as exc:  # a worker that cannot load the model or import sitroom: one coded line
        raise SitroomError("E704", reason=f"{type(exc).__name__}: {exc}") from exc
    return ClusterEngine(client)


def parse_spec(spec: str) -> tuple[str, int | str]:
    """``local:N`` -> ("local", N); ``tcp://HOST:PORT`` (or ``tls://...``) -> ("remote", spec)."""
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if count.isdigit() and int(count) >= 1:
            return "local", int(count)
        raise SitroomError("E702", value=spec)
    if "://" in spec and spec.split("://", 1)[1]:
        return "remote", spec
    raise SitroomError("E702", value=spec)


@contextmanager
def local_cluster(workers: int) -> Iterator[LocalCluster]:
    """The LocalCluster ``--cluster local:N`` runs on: ``workers`` processes of one thread each, started
    with ``LOCAL_WORKER_CONFIG`` (a worker the nanny restarts after a loss keeps it)."""
    # One thread per worker process: the model is not shared between threads (ModelPlugin.lock), and
    # processes sidestep the GIL; one thread is also what a local pool worker runs. No dashboard: it would
    # need bokeh and a port nobody asked for.
    with dask.config.set(LOCAL_WORKER_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        yield lc


@contextmanager
def open_engine(spec: str) -> Iterator[ClusterEngine]:
    """A ClusterEngine on the cluster ``spec`` names, closed (a LocalCluster shut down) on the way out."""
    kind, arg = parse_spec(spec)
    # For the engine's whole life: a stream the scheduler opens later (a worker replacing a lost one) reads
    # the setting when it starts.
    with dask.config.set(CLIENT_CONFIG):
        if kind == "local":
            with local_cluster(int(arg)) as lc, Client(lc) as client:
                yield prepare_client(client)
            return
        try:
            client = Client(str(arg), timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SitroomError("E703", address=arg, reason=str(exc) or type(exc).__name__) from exc
        with client:
            yield prepare_client(client)

