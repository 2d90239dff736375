"""The ``sitroom`` command line: thin Typer wrappers over the plain functions in jobs, store, export,
evaluate and bench. Tables and progress go to stderr-safe Rich consoles; ``--json`` prints machine output.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitroom import __version__
from sitroom.cli_errors import CodedGroup, fail
from sitroom.cli_load import register as register_load
from sitroom.cli_options import (
    DEFAULT_DB,
    DbMemoryOption,
    DbOption,
    JsonOption,
    WorkersOption,
    err,
    out,
    print_json,
    reading,
)
from sitroom.cli_picture import register as register_picture
from sitroom.cli_report import print_report, report_dict
from sitroom.cli_sources import register as register_sources
from sitroom.errors import SitroomError

app = typer.Typer(
    help="sitroom: news articles and official statements in, a sourced situation picture out.",
    no_args_is_help=True,
    add_completion=False,
    cls=CodedGroup,  # every command ends on an error with one coded line (cli_errors.py)
)
BATCH_SIZE = 32  # = sitroom.pipeline.BATCH_SIZE, not imported: that would load spaCy for `sitroom --help`
LOG_ENV = "SITROOM_LOG"


@app.callback()
def _logging() -> None:
    # SITROOM_LOG=info prints phase lines (batches stored, picture rebuilt ...) on stderr: where a long run
    # is, and where a kill or a full disk stopped it. Silent by default.
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if level:
        logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )


@app.command()
def version() -> None:
    """Print the sitroom version."""
    out.print(__version__)


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or folders (recursive); - reads stdin.")] = None,
    db: DbOption = DEFAULT_DB,
    workers: WorkersOption = 1,
    max_bytes: Annotated[int, typer.Option(help="Skip files larger than this.")] = 20_000_000,
    token: Annotated[str | None, typer.Option(
        envvar="SITROOM_TOKEN", help="When a server run with --allow-ingest holds the database, hand it the "
                                     "files with this token.")] = None,
    overrides: Annotated[Path | None, typer.Option(help="TOML file merging/splitting entities, naming series.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per transaction (what a crash can lose).")]
    = BATCH_SIZE,
    from_list: Annotated[Path | None, typer.Option(
        "--from-list", help="A file of paths, one a line (# comments), read after PATHS.")] = None,
    cluster: Annotated[str | None, typer.Option(
        help="Run reading and extraction on Dask: tcp://HOST:PORT of a scheduler, or local:N worker processes "
             "(needs sitroom[cluster]; the database stays here).")] = None,
    sink: Annotated[str | None, typer.Option(
        help="parquet:DIR writes the records as Parquet under DIR (on the workers with --cluster) instead of "
             "into --db; `sitroom load DIR` builds a database from them.")] = None,
    db_memory: DbMemoryOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read articles into the database: clean, segment, extract, store. Re-running resumes."""
    from contextlib import nullcontext

    from sitroom.jobs import cluster_engine, read_path_list
    from sitroom.jobs import ingest as run_ingest

    with _progress() as bar:
        task = bar.add_task("extracting", total=None)
        inputs: list[str] = []
        try:
            inputs = [*(paths or []), *(read_path_list(from_list) if from_list else [])]
            if not inputs:
                raise typer.BadParameter("give PATHS or --from-list FILE", param_hint="PATHS")
            with cluster_engine(cluster) if cluster else nullcontext() as engine:
                report = run_ingest(
                    inputs, db, workers=workers, stdin=sys.stdin if "-" in inputs else None, max_bytes=max_bytes,
                    progress=lambda n: bar.advance(task, n), overrides=overrides, batch_size=batch_size,
                    engine=engine, sink=sink, db_memory=db_memory,
                )
        except SitroomError as exc:
            from sitroom.sources.handover import hand_over_if_held  # the server holding the database takes them

            try:
                handed = hand_over_if_held(exc, inputs, db, token, stdin=sys.stdin if "-" in inputs else None)
            except SitroomError as refused:
                raise fail(refused) from refused
            if handed is None:
                raise fail(exc) from exc
            report = handed
    if as_json:
        print_json(report_dict(report))
    else:
        print_report(report, Path(sink) if sink else db)
    if not report.ok:
        raise typer.Exit(code=1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders; - reads stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | csv | geojson")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    workers: WorkersOption = 1,
) -> None:
    """Extract the sitroom/1 record from files, no database needed."""
    from sitroom.jobs import extract as run_extract

    with _progress() as bar:
        task = bar.add_task("extracting", total=None)
        obj = run_extract(paths, workers=workers, stdin=sys.stdin if "-" in paths else None,
                          progress=lambda n: bar.advance(task, n))
    _write(obj, fmt, output)


def _write(obj: dict[str, Any], fmt: str, output: Path | None) -> None:
    from sitroom.export import write_export

    if fmt == "parquet" and output is None:
        err.print("[red]--format parquet needs --output DIR[/]")
        raise typer.Exit(code=2)
    try:
        if output is not None:
            write_export(obj, fmt, output)
        else:
            write_export(obj, fmt, sys.stdout.buffer)
            sys.stdout.flush()
    except OSError as exc:  # a full disk, a folder that is not there, no permission
        raise fail(SitroomError("E307", path=output or "<stdout>", reason=exc.strerror or str(exc))) from exc
    if output is not None:
        err.print(f"wrote {fmt} to {output}")


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | csv | parquet | geojson")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (or folder for parquet).")] = None,
    events: Annotated[Literal["merged", "reports"], typer.Option(
        help="CSV/GeoJSON rows: one per merged event (all its sources), or one per article's report "
             "(reports also leaves the picture out of json/jsonl/parquet).")] = "merged",
    type: Annotated[str | None, typer.Option("--type", help="Only events of this type.")] = None,
    country: Annotated[str | None, typer.Option(help="Only events in this country (ISO code or name).")] = None,
    actor: Annotated[str | None, typer.Option(help="Only events by this actor (any of its names).")] = None,
    since: Annotated[str | None, typer.Option(help="Only events from YYYY, YYYY-MM or YYYY-MM-DD on.")] = None,
    until: Annotated[str | None, typer.Option(help="Only events up to YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    place: Annotated[str | None, typer.Option(help="Only events at this place or province (part of).")] = None,
    claimed: Annotated[bool | None, typer.Option(
        "--claimed/--unclaimed", help="Only events the actor claimed / did not claim.")] = None,
    disputed: Annotated[bool, typer.Option("--disputed", help="Only events whose sources disagree.")] = False,
    undated: Annotated[bool, typer.Option("--undated", help="Only events no source dates.")] = False,
) -> None:
    """Export the database as sitroom/1 JSON, JSONL, ACLED-style CSV, Parquet tables or GeoJSON.

    The event filters mean what they mean on the web pages (the same query): they narrow the events and the
    reports they merge; the other tables stay whole."""
    from sitroom.export import select_events

    with reading(db) as store:
        obj = store.export_object()
        if disputed or undated or any(v is not None for v in (type, country, actor, since, until, place, claimed)):
            from sitroom.serve.listing import event_ids, only_events
            from sitroom.serve.queries import EventFilters

            filters = EventFilters(type=type, country=country, actor=actor, since=since, until=until,
                                   place=place, claimed=claimed, disputed=disputed, undated=undated)
            obj = only_events(obj, event_ids(store, filters))
        obj = select_events(obj, events)
    _write(obj, fmt, output)


@app.command()
def rebuild(
    db: DbOption = DEFAULT_DB,
    overrides: Annotated[Path | None, typer.Option(help="TOML file merging/splitting entities, naming series.")] = None,
    db_memory: DbMemoryOption = None,
    as_json: JsonOption = False,
) -> None:
    """Rebuild the cross-source picture and the search index from every stored record (ingest does this
    itself; use it after changing --overrides, or to finish a run that was killed before its rebuild)."""
    from sitroom.store import Store

    with Store(db, memory=db_memory) as store:
        counts = store.rebuild_picture(overrides_path=overrides)
    if as_json:
        print_json(counts)
        return
    table = Table("table", "rows", title=f"picture rebuilt — {db}")
    for name, n in counts.items():
        table.add_row(name, str(n))
    out.print(table)


@app.command()
def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Counts of documents and records in the database."""
    with reading(db) as store:
        counts = store.counts()
    if as_json:
        print_json(counts)
        return
    table = Table("table", "rows", title=str(db))
    for name, n in counts.items():
        table.add_row(name, str(n))
    out.print(table)


@app.command("eval")
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (GOLD_SCHEMA format).")],
    paths: Annotated[list[str], typer.Argument(help="The annotated articles.")],
    minimum: Annotated[list[str], typer.Option("--min", help="METRIC=VALUE floor; exit 1 below it.")] = [],  # noqa: B006
    as_json: JsonOption = False,
) -> None:
    """Score extraction against your own gold annotations."""
    from sitroom.evaluate import evaluate
    from sitroom.jobs import extract as run_extract

    result = evaluate(gold_dir, run_extract(paths))
    floors = dict(m.split("=", 1) for m in minimum)
    below = {m: result.metrics.get(m) for m, v in floors.items()
             if result.metrics.get(m) is None or result.metrics[m] < float(v)}  # type: ignore[operator]
    if as_json:
        print_json({"metrics": result.metrics, "misses": result.misses, "below": below})
    else:
        for miss in result.misses:
            out.print(f"  [dim]{miss}[/]")
        table = Table("metric", "value", title=f"eval against {gold_dir}")
        for m, v in result.metrics.items():
            table.add_row(m, "-" if v is None else f"{v:.3f}")
        out.print(table)
        if below:
            out.print(f"[bold red]below floor:[/] {below}")
    if below:
        raise typer.Exit(code=1)


@app.command()
def bench(
    docs: Annotated[int, typer.Option(help="Documents to process (generated wire-style text).")] = 200,
    memory_docs: Annotated[int, typer.Option(help="Documents for the memory run (0 skips it).")] = 0,
    as_json: JsonOption = False,
) -> None:
    """Measure words/second of bare nlp.pipe and of full extraction in one run, and memory growth."""
    from sitroom.bench import run_bench

    result = run_bench(docs=docs, memory_docs=memory_docs)
    if as_json:
        print_json(result)
        return
    table = Table("measure", "value", title="sitroom bench (same text, one run)")
    for k, v in result.items():
        if isinstance(v, dict):  # component shares: one row each, as a percentage of the pipeline's time
            for name, share in v.items():
                table.add_row(f"{k}: {name}", f"{share:.1%}")
        else:
            table.add_row(k, f"{v:,.3f}" if isinstance(v, float) else str(v))
    out.print(table)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind; loopback unless you mean it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option(help="Enable POST /api/ingest (token required).")] = False,
    token: Annotated[str | None, typer.Option(envvar="SITROOM_TOKEN", help="Bearer token for ingest.")] = None,
    follow: Annotated[bool, typer.Option(help="Fetch the followed sources (and --watch folders) on a schedule, "
                                              "in this process: the server is the database's one writer.")] = False,
    every: Annotated[str, typer.Option(help="With --follow: time between fetch passes (30s, 15m, 1h).")] = "15m",
    watch: Annotated[list[Path], typer.Option(help="With --follow: a folder to ingest as files appear (repeat).")]
    = [],  # noqa: B006
) -> None:
    """Serve the web situation room and its JSON API over the database (offline, read-only by default)."""
    from sitroom.serve import run
    from sitroom.sources.follow import follow_config

    try:
        config = follow_config(follow, every, watch)
        run(db, host=host, port=port, allow_ingest=allow_ingest, token=token, follow=config)
    except SitroomError as exc:  # a missing, corrupt or held database: one line, before the server starts
        raise fail(exc) from exc


register_picture(app)
register_sources(app)
register_load(app)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
