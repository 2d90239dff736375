"""False operations, thirty-ninth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-03-05")


def test_a_year_s_count_of_arrests_is_a_record(nlp: Language) -> None:
    found = events(nlp, "In 2021, Moroccan authorities busted nine terror cells, arresting 189 suspects.")
    assert [e.type for e in found] == []


def test_a_year_s_small_count_of_arrests_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "In 2021, Turkish police detained 12 suspected Islamic State members in Istanbul.")
    assert [e.type for e in found] == ["operation"]


def test_a_day_dates_one_large_sweep(nlp: Language) -> None:
    found = events(nlp, "Turkish police on Sunday detained some 400 suspected Islamic State members in Istanbul.")
    assert [e.type for e in found] == ["operation"]


def test_an_over_the_horizon_operation_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "U.S. military forces conducted an over-the-horizon counterterrorism operation on Friday "
                        "against an ISIS-K planner in Nangarhar.")
    assert [e.type for e in found] == ["strike"]


def test_a_detained_fighter_is_a_person_held_not_an_arrest(nlp: Language) -> None:
    found = events(nlp, "The SDF will not hand over thousands of detained Islamic State militants and their families "
                        "to any force, its commander said.")
    assert [e.type for e in found] == []


def test_a_former_detainee_is_no_arrest(nlp: Language) -> None:
    found = events(nlp, "Among the suspects was a former detained terrorist who has connections with Daesh terrorists "
                        "in Libya.")
    assert [e.type for e in found] == []
