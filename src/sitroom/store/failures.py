"""Storage failures as catalogue errors: a full disk or a database that breaks while in use ends a command
with one coded line (E305, E306), never a DuckDB traceback. Only failures of the storage itself are
translated; a DuckDB error from a wrong query (Binder, Catalog, Parser ...) is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import duckdb

from sitroom.errors import SitroomError

# What DuckDB raises when the file system fails under it, when a commit cannot be written, or when a
# database has been invalidated by an earlier such failure ("INTERNAL Error", "FATAL Error").
_STORAGE_ERRORS: tuple[type[BaseException], ...] = (
    duckdb.IOException, duckdb.InternalException, duckdb.FatalException, duckdb.TransactionException,
    duckdb.SerializationException, duckdb.OutOfMemoryException, duckdb.PermissionException,
)
_NO_SPACE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NO_SPACE_TEXTS = ("no space left on device", "disk quota exceeded", "file too large")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def no_space(exc: BaseException) -> bool:
    """Whether ``exc`` (an OSError, or a DuckDB error wrapping one) says the disk is full."""
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE_ERRNOS:
        return True
    text = str(exc).lower()
    return any(t in text for t in _NO_SPACE_TEXTS)


def storage_error(exc: BaseException, path: str) -> SitroomError | None:
    """The catalogue error for a storage failure at ``path``; None when ``exc`` is not one."""
    if isinstance(exc, SitroomError):
        return exc
    if not isinstance(exc, (duckdb.Error, OSError)):
        return None
    if no_space(exc):
        return SitroomError("E305", path=path, reason=first_line(exc))
    if isinstance(exc, (_STORAGE_ERRORS, OSError)):
        reason = first_line(exc)
        if "could not allocate" in reason or isinstance(exc, duckdb.OutOfMemoryException):
            # DuckDB's memory limit (store/db.py) is reached: its indexes, which it cannot evict, outgrew it
            reason += "; raise the database's memory limit with --db-memory or SITROOM_DB_MEMORY"
        return SitroomError("E306", path=path, reason=reason)
    return None


@contextmanager
def coded(path: str) -> Iterator[None]:
    """Re-raise storage failures inside the block as their catalogue error (the DuckDB error chained)."""
    try:
        yield
    except SitroomError:
        raise
    except Exception as exc:
        translated = storage_error(exc, path)
        if translated is None:
            raise
        raise translated from exc


def rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failure without hiding it: when a commit itself failed (a full disk) DuckDB has
    already ended the transaction, and "cannot rollback - no transaction" would replace the real error."""
    with suppress(duckdb.Error):
        con.rollback()
