"""benchmarks/memsplit.py: the RSS by holder that scale.py's memory phase prints (issue 10)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _memsplit() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "memsplit.py"
    spec = importlib.util.spec_from_file_location("memsplit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and glibc's counters")
def test_memsplit_parts_add_up_to_the_rss_and_see_each_allocator() -> None:
    import duckdb

    memsplit = _memsplit()
    with duckdb.connect() as con:  # DuckDB's module loaded: its jemalloc is there to read
        con.execute("SELECT 1").fetchall()
        parts = memsplit.split(500.0, 1.5)
    assert parts["duckdb"] == 1.5
    assert sum(parts.values()) == pytest.approx(500.0)  # the remainder is what the others leave
    assert {"duckdb_uncounted", "python", "malloc_used", "malloc_free", "files", "other"} <= parts.keys()
    assert parts["python"] > 1 and parts["malloc_used"] > 1 and parts["files"] > 1
    assert memsplit.jemalloc_mb()["resident"] > 0


def test_memsplit_python_part_follows_live_small_objects() -> None:
    memsplit = _memsplit()
    before = memsplit.pymalloc_mb()
    if before is None:
        pytest.skip("no sys._debugmallocstats here")
    held = [(i, str(i)) for i in range(200_000)]  # ~25 MB of small objects
    grown = memsplit.pymalloc_mb()
    assert grown is not None and grown - before > 10
    del held


def test_memsplit_scheduler_state_is_empty_without_dask_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    memsplit = _memsplit()
    monkeypatch.delitem(sys.modules, "distributed.scheduler", raising=False)
    assert memsplit.scheduler_state() == {}  # no scheduler in this process: nothing to show
