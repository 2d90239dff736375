"""Queries over the stored cross-source picture: merged-event pages by offset and by cursor, their counts,
the first source's evidence on each listed event, and the picture sections of the export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.factories import make_corpus, make_result

from sitroom.errors import SitroomError
from sitroom.picture import build_export_with_picture
from sitroom.store import Store
from sitroom.store.picture import _cursor, export_sections, picture_built

FILTERS: list[dict[str, str]] = [
    {}, {"type": "attack"}, {"country": "Iraq"}, {"actor": "IS"}, {"place": "Mosul"}, {"since": "2024-05"},
    {"until": "2024-04", "type": "strike"}, {"since": "2025"},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("picture") / "picture.duckdb"
    with Store(path) as st:
        st.write_results(make_corpus())
        st.rebuild_picture()
        yield st


@pytest.mark.parametrize("filters", FILTERS)
def test_picture_count_merged_events_agrees_with_the_list(store: Store, filters: dict[str, str]) -> None:
    assert store.count_merged_events(**filters) == len(store.merged_events(**filters, limit=10_000))


@pytest.mark.parametrize("filters", FILTERS)
def test_picture_cursor_pages_walk_the_offset_order(store: Store, filters: dict[str, str]) -> None:
    expected = [e["id"] for e in store.merged_events(**filters, limit=10_000)]
    seen: list[str] = []
    cursor: str | None = None
    while True:
        rows, cursor = store.merged_events_page(**filters, limit=1, cursor=cursor)
        seen += [r["id"] for r in rows]
        if cursor is None:
            break
    assert seen == expected


def test_picture_page_has_evidence_and_same_rows_as_merged_events(store: Store) -> None:
    rows, cursor = store.merged_events_page(limit=100, evidence=True)
    assert cursor is None
    plain = store.merged_events(limit=100)
    assert [{k: v for k, v in r.items() if k != "evidence"} for r in rows] == plain
    for row in rows:
        first = store.merged_event(row["id"])["sources"][0]
        assert row["evidence"] == first["evidence"] and row["evidence"][0]["text"]


def test_picture_undated_events_follow_dated_ones_through_cursors(store: Store) -> None:
    rows = store.merged_events(limit=100)
    undated = [r for r in rows if r["date"] is None]
    assert undated and rows[-len(undated):] == undated  # newest first, undated last
    after, _ = store.merged_events_page(limit=100, cursor=_cursor(None, undated[0]["type"], undated[0]["id"]))
    assert [r["id"] for r in after] == [r["id"] for r in undated[1:]]


@pytest.mark.parametrize("bad", ["nope", "e30", "WzEsMiwzXQ", "W251bGwsImF0dGFjayJd", "!!"])
def test_picture_bad_cursor_or_type_is_e402(store: Store, bad: str) -> None:
    with pytest.raises(SitroomError) as err:
        store.merged_events_page(cursor=bad)
    assert err.value.code == "E402" and "cursor" in err.value.message
    with pytest.raises(SitroomError) as typ:
        store.merged_events(type="parade")
    assert typ.value.code == "E402"


def test_picture_export_sections_match_the_picture_queries(store: Store) -> None:
    with store._cursor() as cur:
        sections = export_sections(cur)
    assert sections is not None
    events, series = sections
    assert sorted(e["id"] for e in events) == sorted(e["id"] for e in store.merged_events(limit=100))
    for event in events:
        assert event["sources"] == store.merged_event(event["id"])["sources"]
    by_id = {s["id"]: s for s in store.series()}
    assert {s["id"] for s in series} == set(by_id)
    for se in series:
        full = store.series(se["id"])[0]
        assert [p["figure_id"] for p in se["points"]] == [p["figure_id"] for p in full["points"]]
        assert [p["figure_id"] for p in se["targets"]] == [p["figure_id"] for p in full["targets"]]


def test_picture_export_object_carries_the_picture_only_when_built(tmp_path: Path) -> None:
    corpus = make_corpus()
    with Store(tmp_path / "s.duckdb") as st:
        with st._cursor() as cur:
            assert picture_built(cur)  # an empty database: the empty picture is the right one
        assert st.export_object()["merged_events"] == []
        st.write_results(corpus)
        assert "merged_events" not in st.export_object()  # records stored, picture never built
        st.rebuild_picture()
        assert st.export_object() == build_export_with_picture(corpus)
        st.write_results([make_result("late", published="2024-06-01")])
        assert "series" not in st.export_object()  # stale: the late document's events are not in it
        st.rebuild_picture()
        assert st.export_object() == build_export_with_picture([*corpus, make_result("late", published="2024-06-01")])
