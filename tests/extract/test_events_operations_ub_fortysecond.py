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
