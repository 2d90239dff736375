"""Where a process's resident memory sits, by the allocator that holds it (Linux and glibc; elsewhere the
parts it cannot read are left out). ``scale.py``'s memory phase prints it beside DuckDB's own accounting.

A resident set is the sum of what several allocators hold, and each keeps its own books:

- DuckDB's jemalloc (statically linked into its Python module, reached through the ``duckdb_je_mallctl`` it
  exports): ``resident`` is what its pages take; ``duckdb_memory()`` counts only the buffer manager's part of
  that (table blocks, indexes), not the catalogue, row-group metadata, query state or freed pages jemalloc
  has not purged yet;
- Python's small-object allocator (pymalloc, objects of up to 512 bytes, in 1 MiB arenas of its own): the
  bytes in its allocated blocks (``sys._debugmallocstats``), i.e. the small Python objects alive;
- glibc's malloc (``mallinfo2``): everything else the process allocates in C or C++, larger Python objects
  and buffers (message frames, arrays) included, in use and free (a free page the last ``malloc_trim`` gave
  back is no longer resident);
- the rest: code and data mapped from files (shared libraries, touched as code paths run), thread stacks,
  and what the three keep beyond their live data (pymalloc pools partly used, jemalloc's unpurged pages).
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

MB = 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


@functools.cache
def _mallinfo2() -> Any:
    try:
        fn = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return None
    fn.restype = _MallInfo2
    return fn


@functools.cache
def _je_mallctl() -> Any:
    try:
        import _duckdb

        fn = ctypes.CDLL(_duckdb.__file__).duckdb_je_mallctl
    except (ImportError, OSError, AttributeError):  # a DuckDB build without jemalloc (macOS, Windows)
        return None
    return fn


def jemalloc_mb() -> dict[str, float]:
    """DuckDB's jemalloc: bytes its live allocations take (``allocated``) and its resident pages, in MB."""
    mallctl = _je_mallctl()
    if mallctl is None:
        return {}
    epoch = ctypes.c_uint64(1)  # the statistics are a snapshot refreshed by writing the epoch
    size = ctypes.c_size_t(8)
    mallctl(b"epoch", ctypes.byref(epoch), ctypes.byref(size), ctypes.byref(epoch), size)
    out: dict[str, float] = {}
    for name in ("allocated", "resident"):
        value, size = ctypes.c_size_t(0), ctypes.c_size_t(8)
        if mallctl(f"stats.{name}".encode(), ctypes.byref(value), ctypes.byref(size), None, 0) == 0:
            out[name] = value.value / MB
    return out


def glibc_mb() -> dict[str, float]:
    """glibc's malloc over all its arenas: bytes in use (heap chunks and mmapped ones) and free, in MB."""
    fn = _mallinfo2()
    if fn is None:
        return {}
    info = fn()
    return {"used": (info.uordblks + info.hblkhd) / MB, "free": info.fordblks / MB}


def pymalloc_mb() -> float | None:
    """MB in pymalloc's allocated blocks (Python's small objects alive), from ``sys._debugmallocstats``,
    which writes to the C stderr: redirected to a file for the call."""
    if not hasattr(sys, "_debugmallocstats"):
        return None
    sys.stderr.flush()
    with tempfile.TemporaryFile() as out:
        saved = os.dup(2)
        try:
            os.dup2(out.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode(errors="replace")
    found = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    return int(found.group(1).replace(",", "")) / MB if found else None


def rss_file_mb() -> float:
    """Resident pages mapped from files (code of the interpreter and its libraries), from /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("RssFile:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def split(rss: float, duckdb_counted: float) -> dict[str, float]:
    """``rss`` (MB) by holder: DuckDB's accounting (``duckdb_counted``, from ``duckdb_memory()``), DuckDB's
    allocator beyond it, Python's small objects, glibc's malloc in use and free, file-mapped pages, and what
    none of these explains. A part that cannot be read here is left out (and so lands in the last)."""
    parts: dict[str, float] = {"duckdb": duckdb_counted}
    je = jemalloc_mb()
    if "resident" in je:
        parts["duckdb_uncounted"] = je["resident"] - duckdb_counted
    py = pymalloc_mb()
    if py is not None:
        parts["python"] = py
    parts.update({f"malloc_{k}": v for k, v in glibc_mb().items()})
    parts["files"] = rss_file_mb()
    parts["other"] = rss - sum(parts.values())
    return parts


def scheduler_state() -> dict[str, int]:
    """Sizes of what a Dask scheduler running in this process (a LocalCluster's) keeps between tasks: tasks,
    task groups, computations and spans with the groups they hold, and dask's ``key_split`` cache (one entry
    per task key it has split, up to 100,000). Empty when no scheduler runs here (or Dask is not loaded)."""
    mods = sys.modules
    if "distributed.scheduler" not in mods:
        return {}
    out: dict[str, int] = {}
    for s in list(mods["distributed.scheduler"].Scheduler._instances):
        spans = s.extensions.get("spans")
        out.update(tasks=len(s.tasks), groups=len(s.task_groups), computations=len(s.computations),
                   computation_groups=sum(len(c.groups) for c in s.computations))
        if spans is not None:
            out.update(spans=len(spans.spans), span_groups=sum(len(x.groups) for x in spans.spans.values()))
    if "dask.utils" in mods:
        out["key_split_cache"] = mods["dask.utils"].key_split.cache_info().currsize
    return out
