"""The user's override file: corrections to entity resolution and series grouping, in TOML.

    # merge entities the resolver kept apart (ids as shown by `sitroom entities`, or per-document ids)
    [[merge]]
    ids = ["3f2a...", "9c1b..."]

    # take one entity's mentions in these documents out into an entity of their own
    [[split]]
    id = "3f2a..."
    doc_ids = ["d41d...", "77ab..."]

    # figures whose subject or sentence matches any regex form this series (checked before the built-in
    # rules); `merge` folds series built under other names into this one; `unit` restricts it to one unit
    [[series]]
    name = "al-Hol camp population"
    match = ["al-?h[oa]w?l"]
    merge = ["Al Hawl camp population"]
    unit = "people"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitroom.errors import SitroomError


@dataclass(frozen=True)
class SeriesOverride:
    name: str
    match: tuple[re.Pattern[str], ...] = ()
    merge: tuple[str, ...] = ()
    unit: str | None = None


@dataclass(frozen=True)
class Overrides:
    merges: tuple[tuple[str, ...], ...] = ()
    splits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    series: tuple[SeriesOverride, ...] = field(default_factory=tuple)


def _strings(value: Any, where: str, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SitroomError("E503", path=path, detail=f"{where} must be a list of strings")
    return tuple(value)


def parse_overrides(data: dict[str, Any], path: str = "<overrides>") -> Overrides:
    """Overrides from parsed TOML; malformed entries raise E503 naming the entry."""
    unknown = set(data) - {"merge", "split", "series"}
    if unknown:
        raise SitroomError("E503", path=path, detail=f"unknown sections: {', '.join(sorted(unknown))}")
    merges = []
    for i, entry in enumerate(data.get("merge", [])):
        ids = _strings(entry.get("ids"), f"merge[{i}].ids", path)
        if len(ids) < 2:
            raise SitroomError("E503", path=path, detail=f"merge[{i}].ids needs at least two ids")
        merges.append(ids)
    splits = []
    for i, entry in enumerate(data.get("split", [])):
        ent = entry.get("id")
        if not isinstance(ent, str):
            raise SitroomError("E503", path=path, detail=f"split[{i}].id must be a string")
        splits.append((ent, _strings(entry.get("doc_ids"), f"split[{i}].doc_ids", path)))
    series = []
    for i, entry in enumerate(data.get("series", [])):
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SitroomError("E503", path=path, detail=f"series[{i}].name must be a non-empty string")
        try:
            patterns = tuple(re.compile(p, re.IGNORECASE) for p in _strings(entry.get("match", []),
                                                                            f"series[{i}].match", path))
        except re.error as exc:
            raise SitroomError("E503", path=path, detail=f"series[{i}].match: {exc}") from exc
        unit = entry.get("unit")
        if unit is not None and not isinstance(unit, str):
            raise SitroomError("E503", path=path, detail=f"series[{i}].unit must be a string")
        series.append(SeriesOverride(name=name.strip(), match=patterns,
                                     merge=_strings(entry.get("merge", []), f"series[{i}].merge", path),
                                     unit=unit))
    return Overrides(merges=tuple(merges), splits=tuple(splits), series=tuple(series))


def load_overrides(path: str | Path | None) -> Overrides:
    """The override file at ``path``; an empty set of overrides when ``path`` is None."""
    if path is None:
        return Overrides()
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise SitroomError("E503", path=str(file), detail="file not found") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SitroomError("E503", path=str(file), detail=str(exc)) from exc
    return parse_overrides(data, str(file))
