"""Casualties, thirty-ninth session (short sentences written for the tests): the toll of a "when"/"where" clause on the
time a "since" phrase opens with ("the largest loss since 2020 when around 100 soldiers were killed") is the toll
of an earlier event, told to measure this one by, never this event's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


@pytest.mark.model
def test_a_toll_told_on_the_time_a_since_phrase_opens_with_is_not_the_events(nlp: Language) -> None:
    found = events(nlp, "This attack is the largest loss of army personnel in Chad since 2020 when around 100 "
                        "soldiers were killed by suspected Boko Haram militants.")
    assert [(e.type, e.killed) for e in found] == [("attack", None)]


@pytest.mark.model
def test_the_events_own_toll_stands_beside_a_since_clause(nlp: Language) -> None:
    found = events(nlp, "Jihadists attacked a military base on the island of Barkaram on Sunday, killing at least "
                        "40 soldiers. It is the deadliest attack since March, when 30 soldiers were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 40)]


@pytest.mark.model
def test_a_where_clause_on_the_events_own_place_keeps_its_toll(nlp: Language) -> None:
    found = events(nlp, "Jihadists attacked a checkpoint in Mopti on Sunday, where 12 soldiers were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]
