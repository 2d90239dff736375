"""Issue acceptance on the shared dev seeds: the Rome ministerial is one event reported by three
seeds, and the pledge drive's series holds both progress figures and the target."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.shared_material import SHARED, needs_shared

from sitroom.jobs import ingest
from sitroom.store import Store

SEEDS = SHARED / "corpus" / "seeds"


@pytest.mark.model
@needs_shared(SEEDS)
def test_dev_seeds_rome_ministerial_and_pledge_series(tmp_path: Path) -> None:
    db = tmp_path / "seeds.duckdb"
    ingest([str(SEEDS)], db)
    with Store(db, read_only=True) as store:
        rome = [e for e in store.merged_events(type="meeting") if e["place"] == "Rome"]
        assert len(rome) == 1 and rome[0]["n_sources"] == 3
        assert str(rome[0]["date"]).startswith("2021-06")
        pledges = next(s for s in store.series() if s["rule"] == "coalition_pledges")
        detail = store.series(pledges["name"])[0]
    values = sorted(p["value"] for p in detail["points"])
    assert values[:2] == [500_000_000, 600_000_000]
    assert detail["target"] == 670_000_000
