"""Opening the database: error mapping (E301-E303) and schema migrations at open."""

from __future__ import annotations

import contextlib
from contextlib import suppress
from pathlib import Path

import duckdb

from sitroom.errors import SitroomError
from sitroom.store import fts
from sitroom.store.failures import first_line, no_space, rollback_quietly
from sitroom.store.holder import lock_error
from sitroom.store.migrations import MIGRATIONS, SCHEMA_VERSION

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


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to an up-to-date database at ``path`` (":memory:" for a throwaway one)."""
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
