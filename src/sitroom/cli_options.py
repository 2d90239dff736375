"""What every ``sitroom`` command shares: the ``--db``, ``--json``, ``--limit`` and ``--workers`` options,
the two consoles, JSON output, and the database opened for reading.

One module, so ``sitroom events --db`` and ``sitroom sources list --db`` cannot drift apart in name,
environment variable or help text, and every query command opens the database the same way: through
``Store``, the one handle on it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from sitroom.cli_errors import EXIT_ERROR, err, fail, print_warning
from sitroom.errors import CATALOGUE, SitroomError

if TYPE_CHECKING:
    from sitroom.store import Store

__all__ = [
    "DEFAULT_DB", "CsvOption", "DbMemoryOption", "DbOption", "JsonOption", "LimitOption", "WorkersOption", "err",
    "flat_csv", "out", "print_csv", "print_json", "reading", "structured", "warn_if_stale",
]

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.", envvar="SITROOM_DB")]
DbMemoryOption = Annotated[str | None, typer.Option(
    "--db-memory", envvar="SITROOM_DB_MEMORY",
    help="DuckDB's memory limit for the database, e.g. 2GB (default: a quarter of this machine's memory).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table (a web download's columns).")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many rows.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes running the pipeline.")]
DEFAULT_DB = Path("sitroom.duckdb")

out = Console()  # tables and messages; ``err`` (stderr) is cli_errors' console, so coded lines share it


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1, default=str) + "\n")
    sys.stdout.flush()  # `watch --json | consumer`: each report when it happens, not when a buffer fills


def structured(as_json: bool, as_csv: bool) -> bool:
    """Whether a list command prints JSON or CSV instead of its table; both at once is E760 (exit 2)."""
    if as_json and as_csv:
        raise fail(SitroomError("E760"))
    return as_json or as_csv


def print_csv(chunks: Iterable[str]) -> None:
    """CSV text (from ``sitroom.export.csv_text``, the one writer, which escapes formula cells) to stdout."""
    for chunk in chunks:
        sys.stdout.write(chunk)
    sys.stdout.flush()


def _flat_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value if not isinstance(v, (dict, list)))
    return "" if value is None else value


def flat_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    """Rows of a list with no web download (entities, series, search hits) as CSV: their ``--json`` fields of
    single values, lists of values joined by "; " (nested records stay in ``--json``)."""
    from sitroom.export import csv_text

    if columns is None:
        columns = [k for k, v in (rows[0] if rows else {}).items()
                   if not isinstance(v, dict) and not (isinstance(v, list) and v and isinstance(v[0], (dict, list)))]
    return csv_text([columns, *[[_flat_cell(r.get(c)) for c in columns] for r in rows]])


def warn_if_stale(store: Store) -> None:
    """Read-only commands cannot rebuild the picture (they may be reading a file they cannot write, beside
    a server that holds it), so they say it is stale and what fixes it; the export then leaves it out."""
    if store.picture_stale():
        print_warning("W205", CATALOGUE["W205"].format(path=store.path))


@contextmanager
def reading(db: Path) -> Iterator[Store]:
    """``db`` opened read-only for a query command, with W205 when its picture is stale. A database that
    cannot be read ends the command with its coded line (exit 2); an unknown id (E401) exits 1, as grep
    does when it finds nothing."""
    from sitroom.store import Store  # not at import time: `sitroom --help` stays fast

    try:
        store = Store(db, read_only=True)
    except SitroomError as exc:
        raise fail(exc) from exc
    try:
        with store:
            warn_if_stale(store)
            yield store
    except SitroomError as exc:
        raise fail(exc, code=1 if exc.code == "E401" else EXIT_ERROR) from exc
