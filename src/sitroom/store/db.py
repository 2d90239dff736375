"""Opening the database: error mapping (E301-E303) and schema migrations at open."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
from contextlib import suppress
from pathlib import Path

import duckdb

from sitroom.errors import SitroomError
from sitroom.store import fts
from sitroom.store.failures import first_line, no_space, rollback_quietly
from sitroom.store.holder import lock_error
from sitroom.store.migrations import MIGRATIONS, SCHEMA_VERSION

# DuckDB's buffer pool may take 80% of the machine's memory before it evicts anything; on the client that
# writes the store (beside local or Dask worker processes) its cached and not yet checkpointed table blocks
# were the only part of the resident set that grew over a long ingest. The pool is capped when the store
# opens: at a quarter of physical memory (at least 1 GiB) unless SITROOM_DB_MEMORY (or ``--db-memory``) says
# otherwise. Above the limit DuckDB evicts cached blocks and spills sorts, joins and aggregates to
# ``DB.tmp``; its indexes (ART) cannot be evicted and grow with the rows stored, so a database whose
# indexes outgrow the limit fails (E306) until the limit is raised (docs/cluster.md). What it holds outside
# the pool's accounting is freed only when the last connection closes: a long ingest reopens the store
# (Store.reopen, jobs.REOPEN_EVERY).
MEMORY_ENV = "SITROOM_DB_MEMORY"
_MIN_DEFAULT = 2**30


def default_memory_limit() -> str:
    """A quarter of this machine's physical memory, at least 1 GiB, as a DuckDB size ("6144MiB")."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not POSIX: DuckDB's own 80% would apply; 1 GiB instead
        physical = 0
    return f"{max(physical // 4, _MIN_DEFAULT) // 2**20}MiB"


def memory_limit(value: str | None = None) -> str:
    """The memory limit to give DuckDB: ``value``, else $SITROOM_DB_MEMORY, else the default."""
    return (value or os.environ.get(MEMORY_ENV, "").strip() or default_memory_limit())


def set_memory_limit(con: duckdb.DuckDBPyConnection, path: str, value: str | None = None) -> None:
    """Cap ``con``'s database at ``memory_limit(value)`` (a global setting: every connection of this process
    to the same file shares it). E302 for a size DuckDB does not read ("2GB", "512MB" and "4GiB" are fine)."""
    limit = memory_limit(value)
    try:
        con.execute(f"SET memory_limit = '{limit.replace(chr(39), '')}'")
    except (duckdb.ParserException, duckdb.InvalidInputException) as exc:
        raise SitroomError("E302", path=path, reason=f"memory limit {limit!r} is not a size DuckDB reads "
                                                     f"(e.g. 2GB, 512MB; {MEMORY_ENV} or --db-memory)") from exc


@functools.cache
def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    """glibc's ``malloc_trim``, or None where the C library has none (musl, macOS, Windows)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


def release_free_memory() -> None:
    """Hand the C allocator's free pages back to the operating system (glibc's ``malloc_trim(0)``).

    What DuckDB allocates outside its buffer pool (catalogue, query state) and what the client's threads
    allocate come from glibc's heaps. Freed, that memory stays with the process: closing the store frees
    ~15 MB of it every reopen, and new allocations of another size do not always fit the holes, so the
    resident set kept the holes and grew over a long ingest while the memory in use stayed the same
    (docs/cluster.md, "The client's memory"). Trimming returns every whole free page; it takes milliseconds
    and changes nothing a program sees. DuckDB's own allocator (jemalloc) is purged when its database
    closes and is not touched here."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    description VARCHAR NOT NULL,
    applied TIMESTAMP NOT NULL
)
"""


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The newest migration applied to this database (0 for a database sitroom never touched)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not found or not found[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Apply every migration newer than the database, each in its own transaction; return the version."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise SitroomError("E301", path=path, found=current, known=SCHEMA_VERSION)
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        con.begin()
        try:
            con.execute(_VERSION_TABLE)
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                [migration.version, migration.description],
            )
            con.commit()
        except BaseException:
            rollback_quietly(con)
            raise
        current = migration.version
    return current


def connect(path: str | Path, read_only: bool = False, memory: str | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to an up-to-date database at ``path`` (":memory:" for a throwaway one), its memory capped
    at ``memory`` (a DuckDB size; default: ``memory_limit()``)."""
    name = str(path)
    in_memory = name == ":memory:"
    if not in_memory:
        file = Path(name)
        if read_only and not file.exists():
            raise SitroomError("E303", path=name)
        if file.is_dir():
            raise SitroomError("E302", path=name, reason="it is a directory")
    # A write-ahead log left behind means the last writer never checkpointed: killed, or the disk filled.
    recovering = not in_memory and not read_only and Path(name + ".wal").exists()
    try:
        con = duckdb.connect(name, read_only=read_only and not in_memory)
    except duckdb.Error as exc:  # not a DuckDB file, locked by another writer, no permission ...
        raise lock_error(name, exc) or _open_error(name, exc) from exc
    try:
        # SET, not connect(config=...): a second connection of this process to the file (a server's loop
        # beside its web handle, a benchmark's probe) with any other config would be refused.
        set_memory_limit(con, name, memory)
        if recovering:
            # DuckDB 1.4 replays the log at connect, but if the first checkpoint after that replay is the
            # one ``close()`` makes, every secondary index loses the replayed rows (lookups by doc_id then
            # find nothing, and an export after a resumed kill -9 misses every record). An explicit
            # checkpoint right after the replay writes them correctly (tests/store/test_db.py).
            # When another connection of this process has the file open with a transaction running (a
            # following server's loop beside its web handle), the log is that live instance's own: nothing
            # was replayed by this connect, so there is nothing to repair.
            with contextlib.suppress(duckdb.TransactionException):
                con.execute("CHECKPOINT")
        if read_only and not in_memory:
            current = schema_version(con)
            if current > SCHEMA_VERSION:
                raise SitroomError("E301", path=name, found=current, known=SCHEMA_VERSION)
            if current < SCHEMA_VERSION:
                raise SitroomError(
                    "E302", path=name,
                    reason=f"schema {current} needs upgrading to {SCHEMA_VERSION}: open it once for writing",
                )
        else:
            migrate(con, name)
        fts.load_if_indexed(con)  # BM25 search when the database has a full-text index (store/fts.py)
    except SitroomError:
        con.close()
        raise
    except duckdb.Error as exc:
        with suppress(duckdb.Error):
            con.close()
        raise _open_error(name, exc) from exc
    return con


def _open_error(name: str, exc: duckdb.Error) -> SitroomError:
    """E305 when the disk is full (creating or migrating the file), else E302 (not a DuckDB file, locked...)."""
    if no_space(exc):
        return SitroomError("E305", path=name, reason=first_line(exc))
    return SitroomError("E302", path=name, reason=first_line(exc))
