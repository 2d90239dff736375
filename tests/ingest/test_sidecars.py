"""sidecars: checked, not coerced; bounded in size; a wrong field is named and the rest still applies."""

from __future__ import annotations

import json
from pathlib import Path

from sitroom.ingest import read_paths
from sitroom.ingest.sidecars import MAX_SIDECAR_BYTES
from sitroom.models import IngestProblem, Source

ARTICLE = "The coalition said on Monday that partner forces had detained four suspected militants.\n"


def _read(path: Path) -> tuple[list[Source], list[IngestProblem]]:
    items = list(read_paths([str(path)]))
    return [i for i in items if isinstance(i, Source)], [i for i in items if isinstance(i, IngestProblem)]


def test_sidecars_wrong_types_are_e112_naming_the_field(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    (tmp_path / "a.txt.meta.json").write_text(
        json.dumps({"title": ["a", "list"], "published": 20250302, "source": {"name": "Outlet"}})
    )
    (src,), problems = _read(f)
    assert [p.code for p in problems] == ["E112", "E112"]
    assert "'title'" in problems[0].message and "list" in problems[0].message
    assert "'published'" in problems[1].message and "int" in problems[1].message
    assert src.title is None and src.published is None and src.source == "Outlet"


def test_sidecars_over_the_size_limit_is_e112(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text(ARTICLE)
    (tmp_path / "b.meta.json").write_text(json.dumps({"title": "x" * MAX_SIDECAR_BYTES}))
    (src,), (bad,) = _read(f)
    assert bad.code == "E112" and "too large" in bad.message and src.title is None


def test_sidecars_deeply_nested_is_e112(tmp_path: Path) -> None:
    f = tmp_path / "c.txt"
    f.write_text(ARTICLE)
    (tmp_path / "c.txt.meta.json").write_text("[" * 100_000)
    (src,), (bad,) = _read(f)
    assert bad.code == "E112" and "nested" in bad.message
