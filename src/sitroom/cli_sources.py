"""Commands that keep the picture current: ``sources add|list|remove``, ``fetch`` and ``watch``.

Thin Typer wrappers over sitroom.sources; ``register(app)`` adds them to the main CLI. ``sitroom serve
--follow`` runs the same fetch and watch loops inside the server (sitroom.sources.follow).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sitroom.cli_errors import fail, print_coded
from sitroom.cli_options import DEFAULT_DB, DbOption, JsonOption, out, print_json
from sitroom.errors import SitroomError
from sitroom.models import IngestReport


def _when(value: Any) -> str:
    return "-" if value is None else str(value)[:19]


def print_sources(rows: Sequence[dict[str, Any]], db: Path) -> None:
    table = Table("id", "source", "kind", "last success (UTC)", "failures", "documents added",
                  title=f"sources — {db}")
    for s in rows:
        # failures since the last success first: that is what says a source is broken now
        failures = f"{s['failures_since_success']} ({s['failures']} in all)"
        table.add_row(str(s["id"]), s["name"] or s["url"], s["kind"] or "?", _when(s["last_success"]), failures,
                      str(s["documents_added"]))
    out.print(table)
    for s in rows:  # URLs and reasons below the table: they are too long for a column
        last = f"last fetch {_when(s['last_fetch'])} {s['last_outcome'] or ''}".strip()
        if s["last_reason"] and s["last_outcome"] != "ok":
            last += f": {s['last_reason']}"
        out.print(f"  {s['id']} {s['url']} — {last if s['last_fetch'] else 'never fetched'}", soft_wrap=True,
                  markup=False)


def _ingest_report(report: IngestReport, db: Path, as_json: bool) -> None:
    from sitroom.cli_report import print_report, report_dict  # the same report lines as `sitroom ingest`

    if as_json:
        print_json(report_dict(report))
    else:
        print_report(report, db)


def register(app: typer.Typer) -> None:
    """Add ``sources``, ``fetch`` and ``watch`` to ``app``."""
    sources_app = typer.Typer(help="Feeds and sitemaps to follow, and their health.", no_args_is_help=False)
    app.add_typer(sources_app, name="sources")

    @sources_app.callback(invoke_without_command=True)
    def sources_cmd(ctx: typer.Context, db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
        """List the sources followed with their health (as `sources list`)."""
        if ctx.invoked_subcommand is None:
            _list(db, as_json)

    @sources_app.command("list")
    def list_cmd(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
        """Each source: last success, failures, documents added, last fetch."""
        _list(db, as_json)

    def _list(db: Path, as_json: bool) -> None:
        from sitroom.sources.registry import list_sources

        try:
            rows = list_sources(db)
        except SitroomError as exc:
            raise fail(exc) from exc
        if as_json:
            print_json(rows)
        elif not rows:
            out.print(f"no sources in {db}: `sitroom sources add URL --db {db}` follows a feed or sitemap")
        else:
            print_sources(rows, db)

    @sources_app.command("add")
    def add_cmd(
        url: Annotated[str, typer.Argument(help="An RSS/Atom feed or a sitemap (http:// or https://).")],
        name: Annotated[str | None, typer.Option("--name", help="What to call it in reports.")] = None,
        db: DbOption = DEFAULT_DB,
        as_json: JsonOption = False,
    ) -> None:
        """Follow a feed or sitemap; `sitroom fetch` (or `serve --follow`) reads it."""
        from sitroom.sources.registry import add_source

        try:
            source, new = add_source(db, url, name)
        except SitroomError as exc:
            raise fail(exc) from exc
        if as_json:
            print_json({**source, "new": new})
        else:
            out.print(f"{'added' if new else 'already followed'}: {source['id']} {source['url']}"
                      + (f" ({source['name']})" if source.get("name") else ""))

    @sources_app.command("remove")
    def remove_cmd(
        which: Annotated[str, typer.Argument(help="The source's id, URL or name.")],
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """Stop following a source. The documents it brought and its fetch log stay."""
        from sitroom.sources.registry import remove_source

        try:
            source = remove_source(db, which)
        except SitroomError as exc:
            raise fail(exc) from exc
        out.print(f"removed: {source['id']} {source['url']} (its documents stay)")

    @app.command("fetch")
    def fetch_cmd(
        db: DbOption = DEFAULT_DB,
        max_pages: Annotated[int, typer.Option(min=1, help="New pages per source in this pass.")] = 100,
        as_json: JsonOption = False,
    ) -> None:
        """One polite pass over every source: new pages in, every request logged, health per source."""
        from sitroom.sources import fetch_pass

        try:
            report = fetch_pass(db, max_pages=max_pages)
        except SitroomError as exc:
            raise fail(exc) from exc
        if as_json:
            print_json({"sources": [vars(s) for s in report.sources], "added": report.added})
            return
        table = Table("source", "status", "listed", "known", "fetched", "added", "dup", "skipped", "failed",
                      title=f"fetch — {db}")
        for s in report.sources:
            table.add_row(s.name or s.url, s.status, *(str(n) for n in (
                s.listed, s.known, s.fetched, s.added, s.duplicates, s.skipped, s.failed)))
        out.print(table)
        for s in report.sources:
            if s.reason:
                out.print(f"  {s.name or s.url}: {s.status}: {s.reason}", soft_wrap=True, markup=False)
        if not report.sources:
            out.print(f"no sources in {db}: `sitroom sources add URL --db {db}` follows a feed or sitemap")
        elif report.ingest.ingested or report.ingest.skipped or report.ingest.duplicates:
            _ingest_report(report.ingest, db, as_json=False)
        from sitroom.sources.registry import list_sources

        print_sources(list_sources(db), db)

    @app.command("watch")
    def watch_cmd(
        folders: Annotated[list[Path], typer.Argument(help="Folders to watch (recursively).")],
        db: DbOption = DEFAULT_DB,
        as_json: JsonOption = False,
    ) -> None:
        """Ingest what the folders hold, then each file as it appears or changes, until Ctrl-C."""
        from sitroom.sources.watch import watch_folders

        for folder in folders:
            if not folder.is_dir():
                raise fail(SitroomError("E101", path=str(folder)))

        def on_report(report: IngestReport, paths: Sequence[str]) -> None:
            _ingest_report(report, db, as_json)

        def on_error(exc: SitroomError) -> None:
            print_coded(exc.code, exc.message)

        # Ctrl-C asks the watch to stop: an ingest under way finishes and is stored (and reported) first, so a
        # stop never lands inside a write, a worker pool or the picture update (exit 0, not a traceback)
        stop = threading.Event()
        previous = signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set())
        try:
            watch_folders(folders, db, on_report, on_error=on_error, stop=stop)
        except SitroomError as exc:
            raise fail(exc) from exc
        finally:
            signal.signal(signal.SIGINT, previous)
