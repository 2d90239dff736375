"""Ingest on a Dask cluster: reading, cleaning and extraction run on the workers, the store stays here.

``sitroom ingest PATH... --cluster tcp://HOST:8786`` (or ``--cluster local:N`` for a LocalCluster on this
machine) hands ``jobs.ingest`` a ``ClusterEngine``. Two stages map over batches on the workers:

1. read + clean: a batch of files -> documents and report lines (``jobs.clean_items`` over ``read_file``);
2. extract: a batch of new documents -> DocResults (``pipeline.process_documents``, the model a worker
   plugin loaded once per worker).

Between them the client does what needs the whole run and the database: exact duplicates, documents an
earlier run stored (resume), near-duplicate links. Both stages yield in input order through a bounded
window, so the client stores the same records, with the same ids, in the same transactional batches and
with the same report as the local path, and its memory stays flat however large the corpus. A worker lost
mid-run loses nothing: the scheduler reruns its tasks elsewhere (the tasks are pure), and the client only
ever stores results it has in hand. A killed client resumes as ``ingest`` does.

This module imports Dask at the top: it is imported only for ``--cluster``, through
``jobs.cluster_engine`` (E701 when Dask is missing), so the local default needs no Dask.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO, TypeVar

from distributed import Client, LocalCluster, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from sitroom.errors import SitroomError
from sitroom.ingest import DEFAULT_MAX_BYTES, read_file, read_paths
from sitroom.ingest.boundary import at_boundary
from sitroom.ingest.readers import Unit, plan_paths
from sitroom.models import DocResult, Document, IngestProblem, Source

PLUGIN_NAME = "sitroom-model"
FILES_PER_READ_TASK = 16  # small tasks spread an uneven corpus (one huge JSONL beside many pages) evenly
DOCS_PER_EXTRACT_TASK = 32  # = pipeline.BATCH_SIZE: one nlp.pipe batch per task
CONNECT_TIMEOUT = "10s"

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class Waitable(Protocol[R_co]):  # a Dask future, a concurrent.futures.Future: anything with .result()
    def result(self) -> R_co: ...


def ordered_window(submit: Callable[[T], Waitable[R]], items: Iterable[T], window: int) -> Iterator[R]:
    """``submit`` every item, yielding the results in input order with at most ``window`` submitted and
    not yet yielded: the client holds at most ``window`` batches whatever the corpus size.

    Input order, not completion order (``as_completed``): the store must see the batches the local path
    would, so ids, transactions and the report match it. The window counts results waiting behind a slow
    batch too, so a straggler stops new submissions instead of letting finished results pile up."""
    if window < 1:
        raise ValueError("window must be at least 1")
    pending: deque[Waitable[R]] = deque()
    try:
        for item in items:
            pending.append(submit(item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:  # a stopped run (an error, a closed generator) leaves no work queued on the cluster
        for future in pending:
            cancel = getattr(future, "cancel", None)
            if cancel is not None:
                cancel()


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
        return nlp


def read_clean(units: Sequence[Unit | Source], max_bytes: int) -> list[Document | IngestProblem]:
    """Worker task: read and clean a batch of files (report lines and stdin's already-read Source pass
    through in place), exactly as ``jobs.iter_prepared`` does on one machine."""
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


def extract(documents: list[Document]) -> list[DocResult]:
    """Worker task: ``process_documents`` with the model the plugin loaded."""
    from sitroom.pipeline import process_documents

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, ModelPlugin) or plugin.nlp is None or plugin.lock is None:  # set up first
        raise RuntimeError(f"worker plugin {PLUGIN_NAME} is not set up on this worker")
    with plugin.lock:
        return list(process_documents(documents, nlp=plugin.nlp))


# ---- on the client ----------------------------------------------------------------------------------


@dataclass
class ClusterEngine:
    """The ``jobs.Engine`` that maps both stages over a Dask ``Client``'s workers."""

    client: Client
    window: int = 0  # batches in flight per stage; 0: twice the workers' threads (every worker kept busy)
    files_per_task: int = FILES_PER_READ_TASK
    docs_per_task: int = DOCS_PER_EXTRACT_TASK

    def __post_init__(self) -> None:
        if self.window < 1:
            threads = sum(self.client.nthreads().values()) or 1
            self.window = 2 * threads + 2

    def prepared(self, paths: Sequence[str], stdin: TextIO | None = None,
                 max_bytes: int | None = None) -> Iterator[Document | IngestProblem]:
        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes

        def units() -> Iterator[Unit | Source]:
            for unit in plan_paths(paths):
                if unit == "-":  # stdin belongs to this process: read here, cleaned on a worker
                    yield from read_paths(["-"], max_bytes=limit, stdin=stdin)
                else:
                    yield unit

        def submit(batch: list[Unit | Source]) -> Any:
            return self.client.submit(read_clean, batch, limit, pure=False)

        for done in ordered_window(submit, batches(units(), self.files_per_task), self.window):
            yield from done

    def process(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        def submit(batch: list[Document]) -> Any:
            return self.client.submit(extract, batch, pure=False)

        for done in ordered_window(submit, batches(documents, self.docs_per_task), self.window):
            yield from done


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
def open_engine(spec: str) -> Iterator[ClusterEngine]:
    """A ClusterEngine on the cluster ``spec`` names, closed (a LocalCluster shut down) on the way out."""
    kind, arg = parse_spec(spec)
    if kind == "local":
        # One thread per worker process: the model is not shared between threads (ModelPlugin.lock), and
        # processes sidestep the GIL. No dashboard: it would need bokeh and a port nobody asked for.
        with LocalCluster(n_workers=int(arg), threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
                Client(lc) as client:
            yield prepare_client(client)
        return
    try:
        client = Client(str(arg), timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SitroomError("E703", address=arg, reason=str(exc) or type(exc).__name__) from exc
    with client:
        yield prepare_client(client)

