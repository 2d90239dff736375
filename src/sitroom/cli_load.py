"""``sitroom load DIR --db FILE``: a database (records and picture) from a Parquet sink folder.

A thin Typer wrapper over ``jobs.load``; ``register(app)`` adds it to the main CLI. The folder is what
``sitroom ingest ... --sink parquet:DIR`` wrote (docs/cluster.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sitroom.cli_errors import fail
from sitroom.cli_options import DbMemoryOption
from sitroom.errors import SitroomError

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.", envvar="SITROOM_DB")]
DEFAULT_DB = Path("sitroom.duckdb")

out = Console()


def load(
    folder: Annotated[Path, typer.Argument(help="A folder written by `ingest --sink parquet:DIR`.")],
    db: DbOption = DEFAULT_DB,
    overrides: Annotated[Path | None, typer.Option(help="TOML file merging/splitting entities, naming series.")]
    = None,
    db_memory: DbMemoryOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Load a Parquet sink folder into the database (documents not stored yet), then rebuild the picture."""
    from sitroom.jobs import load as run_load

    try:
        counts = run_load(folder, db, overrides=overrides, db_memory=db_memory)
    except SitroomError as exc:
        raise fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(counts, indent=1) + "\n")
        return
    table = Table("table", "rows loaded", title=f"load {folder} -> {db}")
    for name, n in counts.items():
        table.add_row(name, str(n))
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command(name="load")(load)
