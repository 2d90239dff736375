"""Plural event nouns, twenty-second session: what separates the episode a text reports from a record of a
kind of event (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_the_operations_carried_out_at_a_place_are_the_episode_told(nlp: Language) -> None:
    found = events(nlp, "The ministry announced that the operations were carried out in the Gwoza district of Borno.")
    assert [(e.type, e.place) for e in found] == [("operation", "Gwoza")]
    # with no article the plural sums up a record
    assert events(nlp, "The ministry announced that operations were carried out in the Gwoza district of Borno.") == []


@pytest.mark.model
def test_the_strikes_that_hit_a_named_place_are_the_episode_told(nlp: Language) -> None:
    found = events(nlp, "The strikes targeted Islamic State positions near Gwoza in Borno State.")
    assert [(e.type, e.place) for e in found] == [("strike", "Gwoza")]
    # the place in the subject phrase names a known event the clause comments on
    assert events(nlp, "The strikes near Gwoza surprised the residents.") == []
