"""The serve layer's own views over the store: conflicts between sources, series, month counts."""

from __future__ import annotations

from sitroom.serve.queries import (
    conflicts,
    month_counts,
    normalise_subject,
    sentence_bounds,
    series_key,
    term_spans,
)


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


def test_queries_series_key_normalises_subject_and_unit() -> None:
    assert normalise_subject("The residents of al-Hol") == "residents of al hol"
    assert series_key({"subject": "more than pledges", "unit": "USD"}) == "pledges-usd"
    assert series_key({"subject": "", "unit": "people"}) == "unspecified-people"
    assert normalise_subject("the coalition\u2019s target") == "coalition target"


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
