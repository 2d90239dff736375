"""specific.py: a since clause still reports a mission's one-off end (short texts written for the tests, with cases
where the rules must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-09")


@pytest.mark.model
def test_a_withdrawal_told_in_a_since_clause_is_reported(nlp: Language) -> None:
    found = events(nlp, "But since SADC forces withdrew from Mozambique in July 2024, the insurgents have regrouped.")
    assert [(e.type, e.date, e.country) for e in found] == [("withdrawal", "2024-07", "MZ")]


@pytest.mark.model
def test_a_since_clause_of_another_type_stays_a_time(nlp: Language) -> None:
    found = events(nlp, "Since the Taliban regained control of Afghanistan in August 2021, IS-K has grown.")
    assert [e.type for e in found] == []
