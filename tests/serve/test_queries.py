"""The serve layer's own views over the store: merged events with every source, series from the picture,
conflicts between sources, month counts and store-side counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from tests.serve.builders import RAQQA, Builder, build_database, raqqa_doc, raqqa_second_report
from tests.serve.conftest import Client

from sitroom.serve import create_app
from sitroom.serve.queries import (
    EventFilters,
    conflicts,
    count_events,
    event_detail,
    month_counts,
    opposing,
    sentence_bounds,
    series_list,
    series_one,
    term_spans,
)
from sitroom.store import Store
from sitroom.synth import DocBuilder


def camp_series_docs() -> list[DocBuilder]:
    """Two dated camp counts and a stated goal for the camp: one series with a target line."""
    docs: list[DocBuilder] = []
    for name, published, value in (("a", "2021-02-01", 60_000), ("b", "2022-08-01", 50_000)):
        b = Builder(f"camp-{name}", [f"The Hol camp held {value:,} people in {published[:7]}, officials said.",
                                     "Aid groups asked for more funding."], published, "Desert Wire")
        b.figure(f"{value:,} people", subject="camp residents", value=float(value), unit="people", as_of=published[:7])
        docs.append(b)
    goal = Builder("camp-goal", ["Officials aim to cut the Hol camp population to 20,000 people by 2025.",
                                 "Repatriations continue."], "2023-01-10", "Levant Post")
    goal.figure("20,000 people", subject="camp residents", value=20_000.0, unit="people", as_of="2025",
                is_target=True)
    docs.append(goal)
    return docs


@pytest.fixture(scope="module")
def picture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    results = [raqqa_doc(), raqqa_second_report(), *(b.result for b in camp_series_docs())]
    return build_database(tmp_path_factory.mktemp("picture") / "picture.duckdb", results)


@pytest.fixture(scope="module")
def picture_client(picture_db: Path) -> Iterator[Client]:
    application: FastAPI = create_app(picture_db)
    yield Client(application)
    application.state.store.close()


def _raqqa_ids(store: Store) -> list[str]:
    return [e["id"] for e in store.events(place=RAQQA.id)]


def test_queries_event_detail_shows_every_source_of_a_merged_event(picture_db: Path) -> None:
    with Store(picture_db, read_only=True) as store:
        ids = _raqqa_ids(store)
        assert len(ids) == 2  # two per-document reports ...
        details = [event_detail(store, i) for i in ids]
        merged_id = details[0]["merged_id"]
        assert merged_id and details[1]["merged_id"] == merged_id  # ... of one merged event
        by_merged = event_detail(store, merged_id)
    for detail in [*details, by_merged]:
        assert {s["document"]["source"] for s in detail["sources"]} == {"Northern Courier", "Desert Wire"}
        assert sorted(s["event_id"] for s in detail["sources"]) == sorted(ids)
        assert detail["conflicts"]["killed"]["low"] == 7 and detail["conflicts"]["killed"]["high"] == 9
        assert all(s["evidence"] for s in detail["sources"])
    assert by_merged["id"] == merged_id and details[0]["id"] == ids[0]


def test_queries_merged_event_page_and_json_twin_show_both_sources(picture_db: Path,
                                                                  picture_client: Client) -> None:
    with Store(picture_db, read_only=True) as store:
        event_id = _raqqa_ids(store)[0]
    body = picture_client.get(f"/api/events/{event_id}").json()
    assert body["id"] == event_id and len(body["sources"]) == 2
    assert sorted(s["values"]["killed"] for s in body["sources"]) == [7, 9]
    assert body["killed_summary"]["low"] == 7 and body["killed_summary"]["high"] == 9
    page = picture_client.get(f"/events/{event_id}")
    assert page.status_code == 200
    assert page.text.count('<article class="source"') == 2
    assert "Northern Courier" in page.text and "Desert Wire" in page.text
    assert "Sources disagree" in page.text  # seven killed against nine
    for src in body["sources"]:  # each source links to its own report in its own document
        assert f'/documents/{src["document"]["id"]}#rec-event-{src["event_id"]}' in page.text
    merged = picture_client.get(f"/api/events/{body['merged_id']}").json()
    assert {s["event_id"] for s in merged["sources"]} == {s["event_id"] for s in body["sources"]}


def test_queries_series_come_from_the_store_with_target_lines(picture_db: Path, picture_client: Client) -> None:
    with Store(picture_db, read_only=True) as store:
        stored = store.series()
        camp = next(s for s in series_list(store) if s["n_targets"])
        assert [s["id"] for s in series_list(store)] == [s["id"] for s in stored]
        assert series_one(store, camp["id"])["name"] == camp["name"]
    assert [p["value"] for p in camp["points"]] == [60_000.0, 50_000.0]
    assert [t["value"] for t in camp["targets"]] == [20_000.0] and camp["target"] == 20_000.0
    point = camp["points"][0]
    assert point["href"] == f"/documents/{point['doc_id']}#rec-figure-{point['figure_id']}"
    body = picture_client.get(f"/api/series/{camp['id']}").json()
    assert body["targets"][0]["value"] == 20_000.0 and len(body["points"]) == 2
    page = picture_client.get(f"/series/{camp['id']}").text
    assert page.count('class="point"') == 2
    assert 'class="target"' in page and "Target: <strong>20,000</strong>" in page
    listing = picture_client.get("/series").text
    assert f'href="/series/{camp["id"]}"' in listing


def test_queries_document_figures_link_to_their_series(picture_db: Path, picture_client: Client) -> None:
    with Store(picture_db, read_only=True) as store:
        camp = next(s for s in store.series() if s["n_targets"])
        point = series_one(store, camp["id"])["points"][0]
    page = picture_client.get(f"/documents/{point['doc_id']}").text
    assert f"/series/{camp['id']}#pt-{point['figure_id']}" in page


def test_queries_count_events_counts_merged_events(picture_db: Path) -> None:
    with Store(picture_db, read_only=True) as store:
        for filters in (EventFilters(), EventFilters(place="Raqqa"), EventFilters(type="strike"),
                        EventFilters(type="attack", since="2023-11", until="2023-11")):
            assert count_events(store, filters) == len(store.merged_events(**filters.kwargs(), limit=1000))
        # Two outlets' reports of the Raqqa raid are one merged event with both toll figures.
        [raid] = store.merged_events(place="Raqqa")
        assert count_events(store, EventFilters(place="Raqqa")) == 1 and raid["n_sources"] == 2
        assert (raid["killed_low"], raid["killed_high"]) == (7, 9)


def test_queries_conflicts_keep_each_value_with_its_sources() -> None:
    sources = [
        {"document": {"source": "Desert Wire"}, "values": {"killed": 7, "place": "Raqqa", "date": "2023-11-05"}},
        {"document": {"source": "Levant Post"}, "values": {"killed": 9, "place": "Raqqa", "date": None}},
        {"document": {"title": "Local radio"}, "values": {"killed": 7, "place": "Raqqa"}},
    ]
    found = conflicts(sources)
    assert set(found) == {"killed"}  # one date is not a disagreement; the same place is not either
    killed = found["killed"]
    assert (killed["low"], killed["high"]) == (7, 9)
    assert {v["value"]: v["sources"] for v in killed["values"]} == {7: ["Desert Wire", "Local radio"],
                                                                    9: ["Levant Post"]}


def test_queries_month_counts_fill_empty_months() -> None:
    events = [{"date": "2023-11-05"}, {"date": "2024-01"}, {"date": "2024"}, {"date": None}, {"date": "2023-11"}]
    assert month_counts(events) == [("2023-11", 2), ("2023-12", 0), ("2024-01", 1)]
    assert month_counts([]) == []


def test_queries_sentence_bounds_find_the_sentence_around_a_span() -> None:
    text = "First line. Gunmen stormed a post. Last."
    start = text.index("stormed")
    ev = {"start": start, "end": start + 7, "text": "Gunmen stormed a post."}
    a, b = sentence_bounds(text, ev)
    assert text[a:b] == "Gunmen stormed a post."
    assert sentence_bounds(text, {**ev, "text": "not in the text"}) == (start, start + 7)


def test_queries_term_spans_are_case_insensitive() -> None:
    assert [(s.start, s.end) for s in term_spans("Camp and CAMP", "camp")] == [(0, 4), (9, 13)]
    assert term_spans("anything", "") == []


class _OpposingStore:
    """Stands in for Store.opposing(): two pairs in the store's shape."""

    def opposing(self) -> list[dict[str, object]]:
        side = {"id": "q", "role": None, "date": "2024-01-02", "doc_id": "d", "source": "Desert Wire"}
        return [
            {"id": "o1", "topic": "threat", "about_id": "e1", "about": "Islamic State",
             "affirming": {**side, "speaker": "Jane Doe", "text": "The group remains a threat."},
             "denying": {**side, "speaker": "Omar Said", "text": "The group is finished."}},
            {"id": "o2", "topic": "defeat", "about_id": "e2", "about": "Al-Shabaab",
             "affirming": {**side, "speaker": "Lee Park", "text": "They are beaten."},
             "denying": {**side, "speaker": "Ann Moss", "text": "They are not beaten."}},
        ]


def test_queries_opposing_uses_the_store_pairs_and_quote_filters() -> None:
    store: Any = _OpposingStore()
    assert [p["id"] for p in opposing(store)] == ["o1", "o2"]
    assert [p["id"] for p in opposing(store, speaker="omar")] == ["o1"]  # either side's speaker
    assert [p["id"] for p in opposing(store, about="shabaab")] == ["o2"]
    assert [p["id"] for p in opposing(store, about="finished")] == ["o1"]  # or either side's words
    assert opposing(store, speaker="Doe", about="beaten") == []
