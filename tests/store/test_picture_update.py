"""An updated picture is the rebuilt picture: ingesting a corpus in random batches, in random orders, and
updating after each batch stores exactly what rebuilding after each batch stores (every picture table and
the id history, row for row)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.update_corpus import corpus

from sitroom.store import Store, picture_update
from sitroom.store.picture import PICTURE_TABLES

SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _snapshot(st_: Store) -> dict[str, list[tuple[Any, ...]]]:
    con = st_._con
    out = {}
    for table in (*PICTURE_TABLES, "picture_ids"):
        rows = con.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def _run(seed: int, n_docs: int, order: list[int], cuts: list[int], tmp: Path) -> tuple[int, int]:
    docs = corpus(seed, n_docs)
    docs = [docs[i] for i in order]
    bounds = sorted({0, *(c % (n_docs + 1) for c in cuts), n_docs})
    batches = [docs[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    updated = 0
    full_rebuilds = 0
    real = picture_update.rebuild_picture

    def counting(*args: Any, **kwargs: Any) -> dict[str, int]:
        nonlocal full_rebuilds
        full_rebuilds += 1
        return real(*args, **kwargs)

    with Store(tmp / "rebuilt.duckdb") as rebuilt, Store(tmp / "updated.duckdb") as updated_store:
        for batch in batches:
            rebuilt.write_results(batch)
            rebuilt.rebuild_picture()
            updated_store.write_results(batch)
            picture_update.rebuild_picture = counting  # type: ignore[assignment]
            try:
                picture_update.update_picture(updated_store._con, max_new_share=1.0)
            finally:
                picture_update.rebuild_picture = real  # type: ignore[assignment]
            updated += 1
            assert _snapshot(updated_store) == _snapshot(rebuilt)
            assert not updated_store.picture_stale()
    return updated, full_rebuilds


@pytest.mark.slow  # two databases per example, a picture per batch in each: about two minutes
@SETTINGS
@given(seed=st.integers(0, 10_000), n_docs=st.integers(2, 14), data=st.data())
def test_update_after_each_batch_equals_rebuild_after_each_batch(seed: int, n_docs: int, data: st.DataObject) -> None:
    order = data.draw(st.permutations(range(n_docs)))
    cuts = data.draw(st.lists(st.integers(1, n_docs), min_size=1, max_size=3))
    with tempfile.TemporaryDirectory() as tmp:
        updates, full = _run(seed, n_docs, order, cuts, Path(tmp))
    # The first picture of an empty database is always a full rebuild; later ones are updates.
    assert full >= 1 and updates >= full


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_updates_do_not_fall_back_to_rebuilding(tmp_path: Path, seed: int) -> None:
    n = 12
    updates, full = _run(seed, n, list(range(n)), [4, 8], tmp_path)
    assert updates == 3
    assert full == 1  # only the first batch: the other two are updated in place
