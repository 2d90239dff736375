"""Query commands over the cross-source picture: events, event, series, quotes, entities, timeline, search.

Thin Typer wrappers over the picture queries of ``sitroom.store.Store``; ``register(app)`` adds them to the
main CLI. Every command takes ``--db`` (env SITROOM_DB) and ``--json`` (machine output instead of Rich
tables), from cli_options; every list command takes ``--csv`` too, in the web download's columns where the
web has one (events, timeline, quotes), written by the one CSV writer (``sitroom.export.csv_text``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from sitroom.cli_errors import print_coded
from sitroom.cli_options import (
    DEFAULT_DB,
    CsvOption,
    DbOption,
    JsonOption,
    LimitOption,
    flat_csv,
    out,
    print_csv,
    print_json,
    reading,
    structured,
)
from sitroom.errors import CATALOGUE
from sitroom.present import number_text, toll_text

SPARKS = "▁▂▃▄▅▆▇█"
# --csv columns of the lists the web has no download for: their --json fields of single values.
SERIES_COLUMNS = ["id", "name", "unit", "rule", "n_points", "target", "first_as_of", "last_as_of"]
SERIES_POINT_COLUMNS = ["series_id", "series", "unit", "kind", "as_of", "value", "qualifier", "raw", "source",
                        "doc_id", "figure_id"]
ENTITY_COLUMNS = ["id", "canonical", "type", "wikidata", "n_documents", "mention_count", "surface_forms", "roles"]
SEARCH_COLUMNS = ["id", "published", "source", "title", "url", "source_path", "segment", "snippet"]
OPPOSING_COLUMNS = ["id", "about", "topic", "affirming_speaker", "affirming_date", "affirming_source",
                    "affirming_text", "denying_speaker", "denying_date", "denying_source", "denying_text"]


def _events_csv(store: Any, rows: list[dict[str, Any]]) -> Iterator[str]:
    """The listed merged events as the web download writes them (ACLED-first columns, every source)."""
    from sitroom.serve.listing import events_csv  # not at import time: `sitroom --help` stays fast

    return events_csv(store, [r["id"] for r in rows])


def records_csv(store: Any, kind: str, rows: list[dict[str, Any]]) -> str:
    from sitroom.serve.listing import records_csv as write

    return write(store, kind, rows)


def _pair_row(pair: dict[str, Any]) -> dict[str, Any]:
    row = {k: pair.get(k) for k in ("id", "about", "topic")}
    for side in ("affirming", "denying"):
        row.update({f"{side}_{k}": pair[side].get(k) for k in ("speaker", "date", "source", "text")})
    return row


def sparkline(values: list[float]) -> str:
    """One block character per value, scaled between the smallest and the largest."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    if hi == lo:
        return SPARKS[len(SPARKS) // 2] * len(values)
    return "".join(SPARKS[round((v - lo) / (hi - lo) * (len(SPARKS) - 1))] for v in values)


def _where(row: dict[str, Any]) -> str:
    return ", ".join(p for p in (row.get("place"), row.get("country")) if p) or "-"


# A list column is either kept whole (ids, dates, numbers: never wrapped, folded or cut, so an id can be
# copied into `sitroom event ID` at any terminal width and in a pipe, where Rich assumes 80 columns) or text,
# which wraps at spaces and folds a word longer than the column. Text past TEXT_CAP characters is cut with
# an ellipsis: at 80 columns a text column is about 15 wide, so no name or actor runs over four lines.
WHOLE = "whole"
TEXT = "text"
TAG = "tag"  # a short code (a unit, a rule id): one line, cut with an ellipsis past TAG_WIDTH, so names get the room
TEXT_CAP = 60
TAG_WIDTH = 12


def _cap(cell: str | Text, cap: int = TEXT_CAP) -> str | Text:
    if len(cell) <= cap:
        return cell
    if isinstance(cell, Text):
        cell = cell.copy()
        cell.truncate(cap - 1)
        cell.append("…")
        return cell
    return cell[: cap - 1].rstrip() + "…"


def list_table(title: str, columns: list[tuple[str, str]], rows: list[list[str | Text]],
               lines: bool = False, cap: int | None = TEXT_CAP) -> Table:
    """A compact table (no outer frame, one space of padding) that spends the width on the text columns."""
    table = Table(title=title, box=box.SIMPLE_HEAD if not lines else box.SIMPLE, show_edge=False, pad_edge=False,
                  show_lines=lines, padding=(0, 1, 0, 0))
    for header, kind in columns:
        if kind == WHOLE:
            table.add_column(header, no_wrap=True, overflow="ignore")
        elif kind == TAG:
            table.add_column(header, no_wrap=True, overflow="ellipsis", max_width=TAG_WIDTH)
        else:
            table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(cell if kind != TEXT or cap is None else _cap(cell, cap)
                        for cell, (_, kind) in zip(row, columns, strict=True)))
    return table


def _events_table(rows: list[dict[str, Any]], title: str) -> Table:
    # Type and place share a column: with the whole id, date, toll and count, two text columns are what 80
    # terminal columns leave room for.
    return list_table(title, [("id", WHOLE), ("date", WHOLE), ("event", TEXT), ("actor", TEXT),
                              ("killed", WHOLE), ("src", WHOLE)],
                      [[r["id"], r["date"] or "-", f"{r['type']} — {_where(r)}", r["actor"] or "-",
                        toll_text(r) or "-", str(r["n_sources"])] for r in rows])


def highlight(sentence: str, fragment: str | None) -> Text:
    """The sentence with ``fragment`` (the record's span) in bold yellow."""
    text = Text(sentence)
    if fragment:
        at = sentence.find(fragment)
        if at >= 0:
            text.stylize("bold yellow", at, at + len(fragment))
    return text


def register(app: typer.Typer) -> None:
    """Add the picture query commands to ``app``."""

    @app.command("events")
    def events_cmd(
        db: DbOption = DEFAULT_DB,
        type: Annotated[str | None, typer.Option("--type", help="attack, strike, meeting, pledge ...")] = None,
        country: Annotated[str | None, typer.Option(help="ISO code or country name (IQ, SYR, Syria).")] = None,
        actor: Annotated[str | None, typer.Option(help="Actor name or any of its surface forms.")] = None,
        since: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        until: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        place: Annotated[str | None, typer.Option(help="Place or province name (part of).")] = None,
        limit: LimitOption = 100,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Merged events (one row per real event, however many outlets reported it), newest first."""
        structured(as_json, as_csv)
        with reading(db) as store:
            rows = store.merged_events(type=type, country=country, actor=actor, since=since, until=until, place=place,
                                       limit=limit)
            if as_csv:
                print_csv(_events_csv(store, rows))
                return
        if as_json:
            print_json(rows)
        else:
            out.print(_events_table(rows, f"merged events — {db}"))

    @app.command("event")
    def event_cmd(
        event_id: Annotated[str, typer.Argument(help="Merged event id (or a unique prefix of 6+ characters).")],
        db: DbOption = DEFAULT_DB,
        as_json: JsonOption = False,
    ) -> None:
        """One merged event: what each source said, with the evidence sentences highlighted."""
        with reading(db) as store:
            ev = store.merged_event(event_id)
        if as_json:
            print_json(ev)
            return
        out.print(f"[bold]{ev['type']}[/] {ev['date'] or 'undated'} (time precision {ev['time_precision'] or '-'})"
                  f" — {_where(ev)} (geo precision {ev['geo_precision_code'] or '-'}) — actor: {ev['actor'] or '-'}"
                  f" — id {ev['id']}")
        for key in ("killed", "wounded"):
            summary = ev[key]
            if summary:
                said = "; ".join(f"{s['source'] or s['doc_id'][:8]}: {s['value']}" for s in summary["by_source"])
                out.print(f"{key}: best {summary['best']} ({summary['basis']}), low {summary['low']}, "
                          f"high {summary['high']} — {said}")
        table = Table("source", "published", "date", "where", "killed", "evidence", title="sources",
                      show_lines=True)
        for s in ev["sources"]:
            evidence = Text("\n").join(highlight(e["text"], s["trigger"]) for e in s["evidence"]) or Text("-")
            table.add_row(s["source"] or s["doc_id"][:10], s["published"] or "-", s["date"] or "-",
                          _where(s), number_text(s["killed"]), evidence)
        out.print(table)

    @app.command("series")
    def series_cmd(
        name: Annotated[str | None, typer.Argument(help="Series name (or part of it) or id; none lists all.")] = None,
        db: DbOption = DEFAULT_DB,
        limit: LimitOption = 100,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Indicator series: figures about the same thing over time, with a sparkline and the target."""
        structured(as_json, as_csv)
        with reading(db) as store:
            rows = store.series(name, limit=limit)
        if as_json:
            print_json(rows)
            return
        if as_csv:
            print_csv([flat_csv(rows, SERIES_COLUMNS) if name is None else flat_csv(
                [{"series_id": s["id"], "series": s["name"], "unit": s["unit"], **p} for s in rows
                 for p in [*s["points"], *s["targets"]]], SERIES_POINT_COLUMNS)])
            return
        if name is None:
            # the kind's rule id is left to --json: at 80 columns it would squeeze the names over five lines
            out.print(list_table(
                f"series — {db}", [("name", TEXT), ("unit", TAG), ("points", WHOLE), ("target", WHOLE),
                                   ("from", WHOLE), ("to", WHOLE)],
                [[s["name"], s["unit"], str(s["n_points"]), number_text(s["target"]), s["first_as_of"] or "-",
                  s["last_as_of"] or "-"] for s in rows]))
            return
        if not rows:
            print_coded("E401", CATALOGUE["E401"].format(kind="series", id=name))
            raise typer.Exit(code=1)
        for s in rows:
            values = [p["value"] for p in s["points"]]
            target = f" target {number_text(s['target'])}" if s["target"] is not None else ""
            out.print(f"[bold]{s['name']}[/] ({s['unit']}) {sparkline(values)}{target}")
            points = [*s["points"], *s["targets"]]
            out.print(list_table(
                "", [("as of", WHOLE), ("value", WHOLE), ("qualifier", TEXT), ("kind", TEXT), ("source", TEXT),
                     ("evidence", TEXT)],
                [[p["as_of"] or "-", number_text(p["value"]), p["qualifier"] or "", p["kind"],
                  p["source"] or p["doc_id"],
                  highlight(p["evidence"][0]["text"] if p["evidence"] else "", p["raw"])] for p in points],
                lines=True, cap=None))

    @app.command("quotes")
    def quotes_cmd(
        db: DbOption = DEFAULT_DB,
        speaker: Annotated[str | None, typer.Option(help="Speaker name (part of).")] = None,
        about: Annotated[str | None, typer.Option(help="An actor named in the statement, or words in it.")] = None,
        topic: Annotated[str | None, typer.Option(help="Stance topic (threat, troop presence ...).")] = None,
        show_opposing: Annotated[bool, typer.Option("--opposing", help="Only pairs of opposing statements.")] = False,
        limit: LimitOption = 100,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Who said what, when; --opposing shows statements on one subject that contradict each other."""
        structured(as_json, as_csv)
        if show_opposing:
            with reading(db) as store:
                pairs = store.opposing(about=about, topic=topic, limit=limit)
            if as_json:
                print_json(pairs)
                return
            if as_csv:
                print_csv([flat_csv([_pair_row(p) for p in pairs], OPPOSING_COLUMNS)])
                return
            out.print(list_table(
                "opposing statements", [("about", TEXT), ("topic", TEXT), ("affirms", TEXT), ("denies", TEXT)],
                [[p["about"], p["topic"], *(f"{x['speaker'] or '?'} ({x['date'] or '-'}, {x['source'] or '-'}): "
                                           f"{x['text']}" for x in (p["affirming"], p["denying"]))] for p in pairs],
                lines=True, cap=None))
            return
        with reading(db) as store:
            rows = store.statements(speaker=speaker, about=about, topic=topic, limit=limit)
            if as_csv:
                print_csv([records_csv(store, "quotes", rows)])
                return
        if as_json:
            print_json(rows)
            return
        out.print(list_table(
            f"statements — {db}", [("date", WHOLE), ("speaker", TEXT), ("role", TEXT), ("said", TEXT),
                                   ("about", TEXT), ("source", TEXT)],
            [[r["date"] or "-", r["speaker"] or "?", r["role"] or "", f"“{r['text']}”" if r["direct"] else r["text"],
              ", ".join(r["about"]), r["source"] or r["doc_id"]] for r in rows],
            lines=True, cap=None))

    @app.command("entities")
    def entities_cmd(
        db: DbOption = DEFAULT_DB,
        type: Annotated[str | None, typer.Option("--type", help="person, armed_group, organization ...")] = None,
        q: Annotated[str | None, typer.Option("--q", help="Name or surface form (part of).")] = None,
        limit: LimitOption = 100,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Entities resolved across documents, with their surface forms and roles."""
        structured(as_json, as_csv)
        with reading(db) as store:
            rows = store.resolved_entities(type=type, q=q, limit=limit)
        if as_json:
            print_json(rows)
            return
        if as_csv:
            print_csv([flat_csv([{**r, "roles": sorted({x["role"] for x in r["roles"]})} for r in rows],
                                ENTITY_COLUMNS)])
            return
        out.print(list_table(
            f"entities — {db}", [("id", WHOLE), ("name", TEXT), ("type", TEXT), ("docs", WHOLE),
                                 ("mentions", WHOLE), ("also written", TEXT), ("roles", TEXT)],
            [[r["id"], r["canonical"], r["type"], str(r["n_documents"]), str(r["mention_count"]),
              ", ".join(f for f in r["surface_forms"] if f != r["canonical"]),
              "; ".join(sorted({x["role"] for x in r["roles"]}))] for r in rows]))

    @app.command("timeline")
    def timeline_cmd(
        db: DbOption = DEFAULT_DB,
        country: Annotated[str | None, typer.Option(help="ISO code or country name.")] = None,
        since: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        until: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        type: Annotated[str | None, typer.Option("--type", help="Event type.")] = None,
        limit: LimitOption = 500,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Merged events in date order: what happened, where, according to how many sources."""
        structured(as_json, as_csv)
        with reading(db) as store:
            rows = store.timeline(country=country, since=since, until=until, type=type, limit=limit)
            if as_csv:
                print_csv(_events_csv(store, rows))
                return
        if as_json:
            print_json(rows)
        else:
            out.print(_events_table(rows, f"timeline{' — ' + country if country else ''}"))

    @app.command("search")
    def search_cmd(
        text: Annotated[str, typer.Argument(help="Words to find in titles and texts.")],
        db: DbOption = DEFAULT_DB,
        limit: LimitOption = 20,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Documents matching TEXT (full-text, best first), with a snippet."""
        structured(as_json, as_csv)
        with reading(db) as store:
            rows = store.search(text, limit=limit)
        if as_json:
            print_json(rows)
            return
        if as_csv:
            print_csv([flat_csv(rows, SEARCH_COLUMNS)])
            return
        snippets = [Text(" ".join(str(r.get("snippet") or "").split())) for r in rows]
        for snippet in snippets:
            snippet.highlight_words([text], "bold yellow", case_sensitive=False)
        out.print(list_table(
            f"search “{text}”", [("published", WHOLE), ("source", TEXT), ("title", TEXT), ("snippet", TEXT)],
            [[r["published"] or "-", r["source"] or "-", r["title"] or "-", snippet]
             for r, snippet in zip(rows, snippets, strict=True)], lines=True, cap=None))
