"""The cross-source situation picture: per-document records (a ``sitroom/1`` export object) in, one
picture out — resolved entities, merged events, indicator series, statements and opposing statements.

Pure functions, no database: store/picture.py persists a Picture and answers queries over it.

    picture = build_picture(export_obj, load_overrides("overrides.toml"))

The input may hold entities merged across documents (as ``build_export`` writes them) or one record per
document (with a ``doc_id`` key, as store/picture.py reads them); the latter lets roles be dated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sitroom.export import add_picture, build_export
from sitroom.models import DocResult
from sitroom.picture.entities import EntityResolution, resolve_entities
from sitroom.picture.events import merge_events
from sitroom.picture.model import (
    EventSource,
    MergedEvent,
    Opposition,
    Picture,
    ResolvedEntity,
    RoleAt,
    Series,
    SeriesPoint,
    SourceValue,
    Statement,
    ValueSummary,
)
from sitroom.picture.overrides import Overrides, load_overrides, parse_overrides
from sitroom.picture.series import build_series
from sitroom.picture.statements import build_statements

__all__ = [
    "EntityResolution", "EventSource", "MergedEvent", "Opposition", "Overrides", "Picture", "ResolvedEntity",
    "RoleAt", "Series", "SeriesPoint", "SourceValue", "Statement", "ValueSummary", "build_export_with_picture",
    "build_picture",
    "load_overrides", "merged_events_export", "parse_overrides", "picture_input",
]


def build_picture(export_obj: Mapping[str, Any], overrides: Overrides | None = None) -> Picture:
    """The picture of everything in ``export_obj``; deterministic (same input, same picture)."""
    entities = resolve_entities(export_obj, overrides)
    events = merge_events(export_obj, entities.resolve, entities.names)
    series = build_series(export_obj, entities, overrides)
    statements, opposing = build_statements(export_obj, entities)
    return Picture(entities=entities.entities, events=events, series=series, statements=statements,
                   opposing=opposing)


def merged_events_export(picture: Picture) -> list[dict[str, Any]]:
    """Merged events as JSON-ready dicts (for a ``merged_events`` section of an export), in picture order."""
    return [e.as_dict() for e in picture.events]


def picture_input(results: Iterable[DocResult]) -> dict[str, Any]:
    """The export object of ``results`` with entities kept per document (``doc_id`` on each), so
    resolution can tell which document gave which role, and a bare surname stays in its document."""
    materialised = list(results)
    obj = build_export(materialised, ids_by_name=False)
    obj["entities"] = [
        {"id": e.id, "doc_id": r.document.id, "canonical": e.canonical, "type": e.type, "wikidata": e.wikidata,
         "roles": list(e.roles),
         "mentions": [{"text": m.text, "doc_id": m.doc_id, "start": m.start, "end": m.end} for m in e.mentions]}
        for r in materialised for e in r.entities
    ]
    return obj


def build_export_with_picture(results: Iterable[DocResult], overrides: Overrides | None = None) -> dict[str, Any]:
    """``build_export(results)`` plus the cross-source picture of the same results, built in memory the
    way the store builds it on ingest (so extract and ingest + export give the same object).

    It lives here, not in sitroom.export, so the import runs one way: picture -> export."""
    materialised = list(results)
    return add_picture(build_export(materialised), build_picture(picture_input(materialised), overrides))
