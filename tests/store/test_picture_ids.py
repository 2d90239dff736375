"""Permalinks survive re-ingest: ingesting a corpus in two steps, every merged-event, series and entity id
the first picture published still resolves after the second, to a record holding its reports."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from tests.factories import make_corpus

from sitroom.errors import SitroomError
from sitroom.store import Store

CORPUS = make_corpus()
# Every fifth document order, split after 1-3 documents, where the first step has events to link to.
CASES = [(order, split) for order in list(itertools.permutations(range(len(CORPUS))))[::5] for split in (1, 2, 3)
         if any(CORPUS[i].events for i in order[:split])]


@pytest.mark.parametrize(("order", "split"), CASES)
def test_picture_ids_first_step_ids_resolve_after_the_second(tmp_path: Path, order: tuple[int, ...],
                                                             split: int) -> None:
    docs = [CORPUS[i] for i in order]
    with Store(tmp_path / "two.duckdb") as st:
        st.write_results(docs[:split])
        st.rebuild_picture()
        before = {e["id"]: {s["event_id"] for s in st.merged_event(e["id"])["sources"]}
                  for e in st.merged_events(limit=1000)}
        series_before = {s["id"] for s in st.series()}
        st.write_results(docs[split:])
        st.rebuild_picture()
        for old_id, members in before.items():
            now = st.merged_event(old_id)
            # The link leads to the event now holding (some of) its reports; one that only grew keeps its id.
            assert members & {s["event_id"] for s in now["sources"]}
        for sid in series_before:
            assert st.series(sid), sid


def test_picture_ids_an_event_that_gains_a_source_keeps_its_id(tmp_path: Path) -> None:
    with Store(tmp_path / "grow.duckdb") as st:
        st.write_results(CORPUS[:1])
        st.rebuild_picture()
        first = {e["id"]: e["n_sources"] for e in st.merged_events(limit=1000)}
        st.write_results(CORPUS[1:])
        st.rebuild_picture()
        after = {e["id"]: e["n_sources"] for e in st.merged_events(limit=1000)}
    grown = [i for i in first if after.get(i, 0) > first[i]]
    assert grown, "the corpus has an event a later document reports again"
    assert set(first) <= set(after)


def test_picture_ids_an_unknown_id_is_still_e401(tmp_path: Path) -> None:
    with Store(tmp_path / "none.duckdb") as st:
        st.write_results(CORPUS)
        st.rebuild_picture()
        with pytest.raises(SitroomError) as err:
            st.merged_event("0000000000000000")
    assert err.value.code == "E401"


def test_picture_ids_a_rebuild_with_nothing_new_changes_no_id(tmp_path: Path) -> None:
    with Store(tmp_path / "same.duckdb") as st:
        st.write_results(CORPUS)
        st.rebuild_picture()
        first = [e["id"] for e in st.merged_events(limit=1000)]
        st.rebuild_picture()
        assert [e["id"] for e in st.merged_events(limit=1000)] == first
