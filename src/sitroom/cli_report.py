"""The ingest report as the CLI shows it: one table or one JSON object, shared by `ingest`, `fetch` and
`watch` so every command that stores documents reports them the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table

from sitroom.cli_options import out
from sitroom.models import IngestReport


def report_dict(report: IngestReport) -> dict[str, Any]:
    return {
        "ingested": report.ingested,
        "duplicates": [{"path": p, "doc_id": i} for p, i in report.duplicates],
        "already_stored": [{"path": p, "doc_id": i, "code": "W204"} for p, i in report.already_stored],
        "near_duplicates": [{"doc_id": a, "of": b} for a, b in report.near_duplicates],
        "not_english": [{"doc_id": a, "language": b} for a, b in report.not_english],
        "skipped": [p.as_dict() for p in report.skipped],
        "warnings": [p.as_dict() for p in report.warnings],
    }


def print_report(report: IngestReport, db: Path) -> None:
    summary = Table(title=f"ingest report — {db}", show_header=False)
    summary.add_row("ingested", str(len(report.ingested)))
    summary.add_row("duplicates", str(len(report.duplicates)))
    summary.add_row("already stored (earlier runs, W204)", str(len(report.already_stored)))
    summary.add_row("near-duplicates (linked)", str(len(report.near_duplicates)))
    summary.add_row("not English (stored, not extracted)", str(len(report.not_english)))
    summary.add_row("skipped", str(len(report.skipped)))
    summary.add_row("warnings (stored anyway)", str(len(report.warnings)))
    out.print(summary)
    if report.skipped or report.warnings:
        table = Table("path", "code", "reason", title="skipped / warnings")
        for p in report.skipped + report.warnings:
            table.add_row(p.path, p.code, p.message)
        out.print(table)
