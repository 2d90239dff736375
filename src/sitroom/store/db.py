"""Opening the database: error mapping (E301-E303) and schema migrations at open."""

from __future__ import annotations

from pathlib import Path

import duckdb

from sitroom.errors import SitroomError
from sitroom.store import fts
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
            con.rollback()
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
    try:
        con = duckdb.connect(name, read_only=read_only and not in_memory)
    except duckdb.Error as exc:  # not a DuckDB file, locked by another writer, no permission ...
        raise lock_error(name, exc) or SitroomError("E302", path=name, reason=_first_line(exc)) from exc
    try:
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
        con.close()
        raise SitroomError("E302", path=name, reason=_first_line(exc)) from exc
    return con


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
