"""Query commands over the cross-source picture: events, event, series, quotes, entities, timeline, search.

Thin Typer wrappers over the picture queries of ``sitroom.store.Store``; ``register(app)`` adds them to the
main CLI. Every command takes ``--db`` (env SITROOM_DB) and ``--json`` (machine output instead of Rich
tables), from cli_options.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from sitroom.cli_errors import print_coded
from sitroom.cli_options import DEFAULT_DB, DbOption, JsonOption, LimitOption, out, print_json, reading
from sitroom.errors import CATALOGUE
from sitroom.present import number_text, toll_text

SPARKS = "▁▂▃▄▅▆▇█"


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


def _events_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table("id", "date", "type", "where", "actor", "killed", "sources", title=title)
    for r in rows:
        table.add_row(r["id"][:10], r["date"] or "-", r["type"], _where(r), r["actor"] or "-", toll_text(r) or "-",
                      str(r["n_sources"]))
    return table


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
    ) -> None:
        """Merged events (one row per real event, however many outlets reported it), newest first."""
        with reading(db) as store:
            rows = store.merged_events(type=type, country=country, actor=actor, since=since, until=until, place=place,
                                       limit=limit)
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
    ) -> None:
        """Indicator series: figures about the same thing over time, with a sparkline and the target."""
        with reading(db) as store:
            rows = store.series(name, limit=limit)
        if as_json:
            print_json(rows)
            return
        if name is None:
            table = Table("name", "unit", "points", "target", "from", "to", "rule", title=f"series — {db}")
            for s in rows:
                table.add_row(s["name"], s["unit"], str(s["n_points"]), number_text(s["target"]),
                              s["first_as_of"] or "-", s["last_as_of"] or "-", s["rule"])
            out.print(table)
            return
        if not rows:
            print_coded("E401", CATALOGUE["E401"].format(kind="series", id=name))
            raise typer.Exit(code=1)
        for s in rows:
            values = [p["value"] for p in s["points"]]
            target = f" target {number_text(s['target'])}" if s["target"] is not None else ""
            out.print(f"[bold]{s['name']}[/] ({s['unit']}) {sparkline(values)}{target}")
            table = Table("as of", "value", "qualifier", "kind", "source", "evidence")
            for p in [*s["points"], *s["targets"]]:
                sentence = p["evidence"][0]["text"] if p["evidence"] else ""
                table.add_row(p["as_of"] or "-", number_text(p["value"]), p["qualifier"] or "", p["kind"],
                              p["source"] or p["doc_id"][:10], highlight(sentence, p["raw"]))
            out.print(table)

    @app.command("quotes")
    def quotes_cmd(
        db: DbOption = DEFAULT_DB,
        speaker: Annotated[str | None, typer.Option(help="Speaker name (part of).")] = None,
        about: Annotated[str | None, typer.Option(help="An actor named in the statement, or words in it.")] = None,
        topic: Annotated[str | None, typer.Option(help="Stance topic (threat, troop presence ...).")] = None,
        show_opposing: Annotated[bool, typer.Option("--opposing", help="Only pairs of opposing statements.")] = False,
        limit: LimitOption = 100,
        as_json: JsonOption = False,
    ) -> None:
        """Who said what, when; --opposing shows statements on one subject that contradict each other."""
        if show_opposing:
            with reading(db) as store:
                pairs = store.opposing(about=about, topic=topic, limit=limit)
            if as_json:
                print_json(pairs)
                return
            table = Table("about", "topic", "affirms", "denies", title="opposing statements", show_lines=True)
            for p in pairs:
                a, d = p["affirming"], p["denying"]
                table.add_row(p["about"], p["topic"],
                              f"{a['speaker'] or '?'} ({a['date'] or '-'}, {a['source'] or '-'}): {a['text']}",
                              f"{d['speaker'] or '?'} ({d['date'] or '-'}, {d['source'] or '-'}): {d['text']}")
            out.print(table)
            return
        with reading(db) as store:
            rows = store.statements(speaker=speaker, about=about, topic=topic, limit=limit)
        if as_json:
            print_json(rows)
            return
        table = Table("date", "speaker", "role", "said", "about", "source", title=f"statements — {db}",
                      show_lines=True)
        for r in rows:
            said = f"“{r['text']}”" if r["direct"] else r["text"]
            table.add_row(r["date"] or "-", r["speaker"] or "?", r["role"] or "", said, ", ".join(r["about"]),
                          r["source"] or r["doc_id"][:10])
        out.print(table)

    @app.command("entities")
    def entities_cmd(
        db: DbOption = DEFAULT_DB,
        type: Annotated[str | None, typer.Option("--type", help="person, armed_group, organization ...")] = None,
        q: Annotated[str | None, typer.Option("--q", help="Name or surface form (part of).")] = None,
        limit: LimitOption = 100,
        as_json: JsonOption = False,
    ) -> None:
        """Entities resolved across documents, with their surface forms and roles."""
        with reading(db) as store:
            rows = store.resolved_entities(type=type, q=q, limit=limit)
        if as_json:
            print_json(rows)
            return
        table = Table("id", "name", "type", "documents", "mentions", "also written", "roles", title=f"entities — {db}")
        for r in rows:
            roles = sorted({x["role"] for x in r["roles"]})
            table.add_row(r["id"][:10], r["canonical"], r["type"], str(r["n_documents"]), str(r["mention_count"]),
                          ", ".join(f for f in r["surface_forms"] if f != r["canonical"])[:80], "; ".join(roles)[:80])
        out.print(table)

    @app.command("timeline")
    def timeline_cmd(
        db: DbOption = DEFAULT_DB,
        country: Annotated[str | None, typer.Option(help="ISO code or country name.")] = None,
        since: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        until: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        type: Annotated[str | None, typer.Option("--type", help="Event type.")] = None,
        limit: LimitOption = 500,
        as_json: JsonOption = False,
    ) -> None:
        """Merged events in date order: what happened, where, according to how many sources."""
        with reading(db) as store:
            rows = store.timeline(country=country, since=since, until=until, type=type, limit=limit)
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
    ) -> None:
        """Documents matching TEXT (full-text, best first), with a snippet."""
        with reading(db) as store:
            rows = store.search(text, limit=limit)
        if as_json:
            print_json(rows)
            return
        table = Table("published", "source", "title", "snippet", title=f"search “{text}”", show_lines=True)
        for r in rows:
            snippet = Text(" ".join(str(r.get("snippet") or "").split()))
            snippet.highlight_words([text], "bold yellow", case_sensitive=False)
            table.add_row(r["published"] or "-", r["source"] or "-", r["title"] or "-", snippet)
        out.print(table)
