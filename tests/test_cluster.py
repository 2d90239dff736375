"""Ingest on a Dask LocalCluster (issue 10): the same bytes as the local path, nothing lost when a worker
dies, bounded in-flight work, and a coded line when Dask is not installed."""

from __future__ import annotations

import io
import os
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
from sitroom.models import DocResult
from sitroom.store import Store
from sitroom.synth import wire_texts

STDIN_ARTICLE = (
    "Title: Bombing hits market in northern Iraq\nDate: 2024-05-02\n\n"
    "KIRKUK, May 2 - At least four people were killed when a bomb exploded at a market in Kirkuk on Thursday, "
    "police said. Islamic State claimed responsibility for the attack.\n"
)


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
    # Worker processes, as on a real cluster: tasks and results cross a process boundary pickled.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as lc, distributed.Client(lc) as client:
        yield client


def _export_bytes(db: Path) -> bytes:
    from sitroom.export import write_export

    out = db.with_suffix(".json")
    with Store(db, read_only=True) as store:
        write_export(store.export_object(), "json", out)
    return out.read_bytes()


@pytest.mark.model
@pytest.mark.slow
def test_cluster_ingest_equals_local_ingest_byte_for_byte(cluster_client: Any, tmp_path: Path) -> None:
    """The example corpus plus an article on stdin: the same report and the same export bytes, and a
    re-run on the cluster resumes (everything already stored) exactly as the local path does."""
    from sitroom.cluster import prepare_client

    engine = prepare_client(cluster_client)
    engine.files_per_task, engine.docs_per_task = 3, 4  # several batches, out of order on two workers
    paths = [str(EXAMPLES), "-"]
    local = ingest(paths, tmp_path / "local.duckdb", stdin=io.StringIO(STDIN_ARTICLE))
    remote = ingest(paths, tmp_path / "cluster.duckdb", stdin=io.StringIO(STDIN_ARTICLE), engine=engine)
    assert remote == local and len(local.ingested) > 10
    assert _export_bytes(tmp_path / "cluster.duckdb") == _export_bytes(tmp_path / "local.duckdb")

    again = ingest(paths, tmp_path / "cluster.duckdb", stdin=io.StringIO(STDIN_ARTICLE), engine=engine)
    assert again.ingested == [] and len(again.already_stored) == len(local.ingested)

    # The workers write the records as Parquet themselves; loaded, they are the same database.
    sink = f"parquet:{tmp_path / 'pq'}"
    to_parquet = ingest(paths, tmp_path / "unused.duckdb", stdin=io.StringIO(STDIN_ARTICLE), engine=engine, sink=sink)
    assert to_parquet == local
    written = sorted(p.name for p in (tmp_path / "pq" / "documents").glob("*.parquet"))
    assert len(written) > 1 and not any("-c" in name for name in written)  # parts the workers wrote
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
