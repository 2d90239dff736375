"""Facts about the database that must change in the same transaction as the data they describe.

Today one fact: the picture is stale. Every batch that stores documents marks it (inside the batch's
transaction) and the transaction that saves a rebuilt picture clears it, so a kill -9 or a full disk at any
point leaves a database that says truthfully whether its picture covers its records; the next command that
can write rebuilds it (``Store.ensure_picture``), and read-only commands say so (W205).
"""

from __future__ import annotations

import duckdb

PICTURE_STALE = "picture_stale"


def get(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = con.execute("SELECT value FROM store_state WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def put(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Set ``key`` inside the caller's transaction (delete + insert: no primary key, so DuckDB's
    over-eager index checks cannot refuse a key rewritten twice in one transaction)."""
    con.execute("DELETE FROM store_state WHERE key = ?", [key])
    con.execute("INSERT INTO store_state VALUES (?, ?)", [key, value])


def delete(con: duckdb.DuckDBPyConnection, key: str) -> None:
    con.execute("DELETE FROM store_state WHERE key = ?", [key])


def mark_picture_stale(con: duckdb.DuckDBPyConnection, reason: str) -> None:
    """Call inside the transaction that changes the records the picture is built from."""
    put(con, PICTURE_STALE, reason)


def clear_picture_stale(con: duckdb.DuckDBPyConnection) -> None:
    """Call inside the transaction that saves a picture built from every stored record."""
    delete(con, PICTURE_STALE)


def picture_stale(con: duckdb.DuckDBPyConnection) -> bool:
    return get(con, PICTURE_STALE) is not None
