"""What every ``sitroom`` command shares: the ``--db``, ``--json``, ``--limit`` and ``--workers`` options,
the two consoles, JSON output, and the database opened for reading.

One module, so ``sitroom events --db`` and ``sitroom sources list --db`` cannot drift apart in name,
environment variable or help text, and every query command opens the database the same way: through
``Store``, the one handle on it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
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
    "DEFAULT_DB", "DbOption", "JsonOption", "LimitOption", "WorkersOption", "err", "out", "print_json", "reading",
    "warn_if_stale",
]

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.", envvar="SITROOM_DB")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many rows.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes running the pipeline.")]
DEFAULT_DB = Path("sitroom.duckdb")

out = Console()  # tables and messages; ``err`` (stderr) is cli_errors' console, so coded lines share it


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1, default=str) + "\n")
    sys.stdout.flush()  # `watch --json | consumer`: each report when it happens, not when a buffer fills


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
