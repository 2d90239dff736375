"""Operations, forty-second session (ub; short sentences written for the tests): a force's own campaign told by "their"
or "its" ("the forces said they had made progress in their offensive against the militants in <place>") is its
operation, placed where the side it is against is fought; a government praising forces for "their" offensive, or a
possessive with no force as subject, is not."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-09-28")


@pytest.mark.parametrize("noun", ["military campaign", "offensive"])
def test_a_forces_own_campaign_against_the_group_at_a_place_is_its_operation(nlp: Language, noun: str) -> None:
    found = events(nlp, f"Puntland forces said they had made progress in their {noun} against ISIS militants in the "
                        "Cal Miskaad mountains.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "SO", "Puntland Defence Forces")]


def test_a_government_praising_forces_for_their_offensive_makes_no_operation_of_its_own(nlp: Language) -> None:
    found = events(nlp, "The regional government praised the soldiers for their offensive against ISIS militants in "
                        "the Cal Miskaad mountains.")
    assert [e.type for e in found] == []


def test_their_campaign_with_no_place_stays_background(nlp: Language) -> None:
    found = events(nlp, "Puntland forces said they had made progress in their offensive against ISIS militants.")
    assert [e.type for e in found] == []


def test_a_state_deploying_troops_into_another_country_is_its_forces_operation(nlp: Language) -> None:
    found = events(nlp, "In July 2021, Rwanda deployed troops to Cabo Delgado at the request of the Mozambican "
                        "government.")
    assert [(e.type, e.date, e.country, e.actor) for e in found] == [
        ("operation", "2021-07", "MZ", "Rwanda Defence Force")]


def test_a_force_entering_another_country_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "On November 30, 2021, Uganda entered the eastern Democratic Republic of Congo.")
    assert [(e.type, e.date, e.country, e.actor) for e in found] == [
        ("operation", "2021-11-30", "CD", "Uganda People's Defence Force")]


@pytest.mark.parametrize("text", [
    "The Nigerian army deployed troops in Borno on Monday.",
    "In June, the Southern African Development Community agreed to deploy troops in northern Mozambique.",
    "Ugandan troops entered Beni town on Monday.",
])
def test_a_deployment_at_home_planned_or_into_a_town_is_no_operation(nlp: Language, text: str) -> None:
    assert [e.type for e in events(nlp, text)] == []


@pytest.mark.parametrize("text", [
    "Rwanda sent in 1,000 troops last month to shore up Mozambican military forces in the northern Cabo Delgado "
    "province.",
    "Rwanda deployed 1,000 troops, comprising soldiers and police officers, to support Mozambique's battle against "
    "the insurgency.",
])
def test_troops_sent_to_help_another_states_forces_are_an_operation_there(nlp: Language, text: str) -> None:
    found = events(nlp, text)
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "MZ", "Rwanda Defence Force")]


def test_troops_sent_to_help_at_home_are_no_operation(nlp: Language) -> None:
    assert [e.type for e in events(nlp, "The Nigerian army deployed more troops to support Nigerian police.")] == []
