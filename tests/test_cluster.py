"""Ingest on a Dask LocalCluster (issue 10): the same bytes as the local path, nothing lost when a worker
dies, bounded in-flight work, and a coded line when Dask is not installed."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.jobs import ingest, load
from sitroom.models import DocResult, Document
from sitroom.store import Store
from sitroom.synth import wire_texts

WIRE = Path(__file__).parent / "fixtures" / "wire"  # wire copies of the same stories: near duplicates across batches

STDIN_ARTICLE = (
    "Title: Bombing hits market in northern Iraq\nDate: 2024-05-02\n\n"
    "KIRKUK, May 2 - At least four people were killed when a bomb exploded at a market in Kirkuk on Thursday, "
    "police said. Islamic State claimed responsibility for the attack.\n"
)


# ---- the engine's windows, with a stand-in client (no cluster, no model) ---------------------------


class _Future:
    """Computed when its result is asked for: "in flight" is submitted and not yet collected."""

    def __init__(self, log: dict[str, list[int]], fn: Any, args: tuple[Any, ...]) -> None:
        self.fn, self.args, self.log, self.cancelled = fn, args, log, False
        log.setdefault(f"submitted:{fn.__name__}", []).append(1)

    def result(self) -> Any:
        self.log.setdefault(f"collected:{self.fn.__name__}", []).append(1)
        return self.fn(*[a.result() if isinstance(a, _Future) else a for a in self.args])

    def cancel(self) -> None:
        self.cancelled = True


class _Client:
    def __init__(self) -> None:
        self.log: dict[str, list[int]] = {}
        self.futures: list[_Future] = []
        self.most_in_flight = 0

    def nthreads(self) -> dict[str, int]:
        return {"a": 1, "b": 1}

    def submit(self, fn: Any, *args: Any, pure: bool = True) -> _Future:
        future = _Future(self.log, fn, args)
        self.futures.append(future)
        in_flight = len(self.log.get("submitted:extract", [])) - len(self.log.get("collected:extract", []))
        self.most_in_flight = max(self.most_in_flight, in_flight)
        return future


def _fake_extract(items: list[Any], picks: list[Any], sink_dir: str | None, part: str) -> list[str]:
    return [items[index].id for index, _, _ in picks]


def _wire_corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i, text in enumerate(wire_texts(count, seed=5, sentences=2)):
        (folder / f"{i:03d}.txt").write_text(f"Title: Wire story {i}\nDate: 2024-03-{1 + i % 28:02d}\n\n{text}\n")
    return folder


def test_cluster_engine_keeps_input_order_and_bounds_work_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    from sitroom import cluster
    from sitroom.jobs import iter_prepared

    monkeypatch.setattr(cluster, "extract", _fake_extract)
    corpus = _wire_corpus(tmp_path / "corpus", 30)
    client = _Client()
    engine = cluster.ClusterEngine(client, window=3, files_per_task=4, docs_per_task=2)
    chosen: list[str] = []

    def select(items: Any, fps: Any) -> list[Document]:
        docs = [d for d in items if isinstance(d, Document)]
        assert all(d.text == "" and d.id in fps for d in docs)  # the client gets no texts, only fingerprints
        chosen.extend(d.id for d in docs[::2])
        return docs[::2]  # every other document, as if the rest were duplicates

    out = list(engine.run([str(corpus)], select))
    expected = [d.id for d in iter_prepared([str(corpus)]) if isinstance(d, Document)][::2]
    assert out == chosen and len(out) == 15 and sorted(out) == sorted(expected)
    assert client.most_in_flight <= 3  # at most `window` extraction slices submitted and not collected
    assert len(client.log["submitted:read_clean"]) == 8


def test_cluster_engine_cancels_what_is_queued_when_the_caller_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    from sitroom import cluster

    monkeypatch.setattr(cluster, "extract", _fake_extract)
    corpus = _wire_corpus(tmp_path / "corpus", 30)
    client = _Client()
    engine = cluster.ClusterEngine(client, window=3, files_per_task=4, docs_per_task=2)
    run = engine.run([str(corpus)], lambda items, fps: [d for d in items if isinstance(d, Document)])
    next(run)
    run.close()  # a failed store write, a kill of the loop: the queued batches must not run on
    uncollected = [f for f in client.futures if f.fn is _fake_extract][1:]
    assert uncollected and all(f.cancelled for f in uncollected)


# ---- without Dask -----------------------------------------------------------------------------------


def test_cluster_cli_without_dask_is_one_coded_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails as if not installed
    monkeypatch.delitem(sys.modules, "sitroom.cluster", raising=False)
    (tmp_path / "a.txt").write_text(STDIN_ARTICLE)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"),
                                      "--cluster", "local:1"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("E701: ") and "sitroom[cluster]" in lines[0], result.output
    assert not (tmp_path / "s.duckdb").exists()  # refused before anything was opened


def test_cluster_local_path_imports_no_dask() -> None:
    code = ("import sys, sitroom.cli, sitroom.jobs, sitroom.pipeline, sitroom.store; "
            "print([m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'sitroom.cluster')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_cluster_engine_bounds_dask_debug_logs_for_its_whole_life(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dask keeps its last 1,000 messages per stream (and transitions, events) for debugging, as Python
    objects in the client (and, on a LocalCluster, the scheduler in it): an engine lowers that for as long
    as it is open, so a stream opened later (a worker replacing a lost one) is bounded too."""
    pytest.importorskip("distributed")
    import contextlib

    import dask

    from sitroom import cluster

    seen: list[object] = []

    @contextlib.contextmanager
    def fake_cluster(workers: int) -> Iterator[str]:
        seen.append(dask.config.get("distributed.admin.low-level-log-length"))
        yield "cluster"

    class FakeClient:
        def __init__(self, where: str, **kwargs: Any) -> None:
            seen.append(dask.config.get("distributed.admin.low-level-log-length"))

        def __enter__(self) -> FakeClient:
            return self

        def __exit__(self, *exc: object) -> None:
            seen.append(dask.config.get("distributed.admin.low-level-log-length"))

    monkeypatch.setattr(cluster, "local_cluster", fake_cluster)
    monkeypatch.setattr(cluster, "Client", FakeClient)
    monkeypatch.setattr(cluster, "prepare_client", lambda client: "engine")
    default = dask.config.get("distributed.admin.low-level-log-length")
    for spec in ("local:2", "tcp://scheduler:8786"):
        with cluster.open_engine(spec) as engine:
            assert engine == "engine"
            seen.append(dask.config.get("distributed.admin.low-level-log-length"))
    wanted = cluster.CLIENT_CONFIG["distributed.admin.low-level-log-length"]
    assert seen == [wanted] * 4 + [wanted] * 3 and wanted < default
    assert dask.config.get("distributed.admin.low-level-log-length") == default  # restored


def test_cluster_bad_spec_and_list_file_are_coded_lines(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    runner = CliRunner()
    db = str(tmp_path / "s.duckdb")
    bad = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--cluster", "local:zero"])
    assert bad.exit_code == 2 and bad.output.startswith("E702: "), bad.output
    missing = runner.invoke(app, ["ingest", "--from-list", str(tmp_path / "none.txt"), "--db", db])
    assert missing.exit_code == 2 and missing.output.startswith("E705: "), missing.output


# ---- on a LocalCluster of two worker processes ------------------------------------------------------


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    from sitroom.cluster import local_cluster

    # Worker processes, as on a real cluster: tasks and results cross a process boundary pickled. The
    # cluster `--cluster local:2` starts, with its worker settings.
    with local_cluster(2) as lc, distributed.Client(lc) as client:
        yield client


def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), bool(dask.config.get("distributed.worker.profile.enabled"))


@pytest.mark.slow
def test_local_cluster_workers_run_without_dask_malloc_trim_or_profiler(cluster_client: Any) -> None:
    """Dask's default MALLOC_TRIM_THRESHOLD_=65536 cost ~20 % more CPU per document than the local pool's
    workers (benchmarks/scale.py), and the profiler feeds a dashboard nobody started."""
    settings = cluster_client.run(_worker_settings)
    assert len(settings) == 2 and set(settings.values()) == {(None, False)}


def _export_bytes(db: Path) -> bytes:
    from sitroom.export import write_export

    out = db.with_suffix(".json")
    with Store(db, read_only=True) as store:
        write_export(store.export_object(), "json", out)
    return out.read_bytes()


@pytest.mark.model
@pytest.mark.slow
def test_cluster_ingest_equals_local_ingest_byte_for_byte(cluster_client: Any, tmp_path: Path) -> None:
    """The example corpus, the wire fixtures and an article on stdin: the same report and the same export
    bytes, and a re-run on the cluster resumes (everything already stored) exactly as the local path does."""
    from sitroom.cluster import prepare_client

    engine = prepare_client(cluster_client)
    engine.files_per_task, engine.docs_per_task = 3, 4  # several batches, out of order on two workers
    paths = [str(EXAMPLES), str(WIRE), "-"]
    local = ingest(paths, tmp_path / "local.duckdb", stdin=io.StringIO(STDIN_ARTICLE))
    remote = ingest(paths, tmp_path / "cluster.duckdb", stdin=io.StringIO(STDIN_ARTICLE), engine=engine)
    assert remote == local and len(local.ingested) > 40 and local.near_duplicates
    assert _export_bytes(tmp_path / "cluster.duckdb") == _export_bytes(tmp_path / "local.duckdb")

    again = ingest(paths, tmp_path / "cluster.duckdb", stdin=io.StringIO(STDIN_ARTICLE), engine=engine)
    assert again.ingested == [] and len(again.already_stored) == len(local.ingested)

    # The workers write the records as Parquet themselves; loaded, they are the same database.
    sink = f"parquet:{tmp_path / 'pq'}"
    to_parquet = ingest(paths, tmp_path / "unused.duckdb", stdin=io.StringIO(STDIN_ARTICLE), engine=engine, sink=sink)
    assert to_parquet == local
    written = sorted(p.name for p in (tmp_path / "pq" / "documents").glob("*.parquet"))
    # parts the workers wrote ("part-<tag>-<seq>"), none the client wrote ("part-<run>-c<seq>"); the tag is
    # hex, so a bare "-c" also matched a worker part whose tag began with "c" (one run in 16)
    assert len(written) > 1 and not any(re.search(r"-c\d{7}\.parquet$", name) for name in written)
    load(tmp_path / "pq", tmp_path / "loaded.duckdb")
    assert _export_bytes(tmp_path / "loaded.duckdb") == _export_bytes(tmp_path / "local.duckdb")


@pytest.mark.model
@pytest.mark.slow
def test_cluster_worker_killed_mid_run_loses_and_duplicates_nothing(cluster_client: Any, tmp_path: Path) -> None:
    from sitroom.cluster import ClusterEngine, prepare_client

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(wire_texts(40, seed=5, sentences=4)):
        (corpus / f"{i:03d}.txt").write_text(f"Title: Wire story {i}\nDate: 2024-03-{1 + i % 28:02d}\n\n{text}\n")

    engine = prepare_client(cluster_client)
    engine.docs_per_task = 4
    killed: list[int] = []

    class KillOneWorker(ClusterEngine):
        def run(self, *args: Any, **kwargs: Any) -> Iterator[DocResult | str]:
            for n, result in enumerate(super().run(*args, **kwargs)):
                if n == 6 and not killed:  # batches are in flight on both workers now
                    pids = self.client.run(os.getpid)
                    victim = sorted(pids.values())[0]
                    os.kill(victim, signal.SIGKILL)
                    killed.append(victim)
                yield result

    chaotic = KillOneWorker(engine.client, window=engine.window, files_per_task=8, docs_per_task=4)
    remote = ingest([str(corpus)], tmp_path / "cluster.duckdb", engine=chaotic)
    local = ingest([str(corpus)], tmp_path / "local.duckdb")
    assert killed, "no worker was killed"
    assert remote == local and len(local.ingested) == 40
    assert _export_bytes(tmp_path / "cluster.duckdb") == _export_bytes(tmp_path / "local.duckdb")
