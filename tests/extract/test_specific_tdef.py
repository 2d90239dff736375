"""specific.py: a since clause still reports a mission's one-off end; a noun of going out is a withdrawal only of a
state's force (short texts written for the tests, with cases where the rules must not fire)."""

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


@pytest.mark.model
def test_the_exit_of_a_mission_is_a_withdrawal(nlp: Language) -> None:
    text = "The exit of the SAMIM peacekeeping mission from Mozambique last July did not end the fighting."
    found = events(nlp, text)
    assert [(e.type, e.date, e.country) for e in found] == [("withdrawal", "2024-07", "MZ")]


@pytest.mark.model
def test_the_departure_of_families_from_a_camp_is_no_withdrawal(nlp: Language) -> None:
    found = events(nlp, "The departure of 167 families from the Al-Hol camp by bus was delayed, the military said.")
    assert "withdrawal" not in [e.type for e in found]


@pytest.mark.model
def test_the_exit_of_the_groups_forces_is_no_withdrawal(nlp: Language) -> None:
    # the group's fighters leaving a town are no state's drawdown
    found = events(nlp, "The exit of Islamic State forces from Raqqa in October 2017 ended the siege.")
    assert "withdrawal" not in [e.type for e in found]


@pytest.mark.model
def test_troops_withdrawing_to_a_base_nearby_fall_back(nlp: Language) -> None:
    text = "Troops from the two bases withdrew to another naval base at Fish Dam on Monday, the military source said."
    assert "withdrawal" not in [e.type for e in events(nlp, text)]


@pytest.mark.model
def test_troops_withdrawing_from_a_country_to_bases_elsewhere_draw_down(nlp: Language) -> None:
    found = events(nlp, "US troops withdrew from Syria to bases in Iraq in October 2019.")
    assert [(e.type, e.country) for e in found] == [("withdrawal", "SY")]
