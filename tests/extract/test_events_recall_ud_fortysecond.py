"""Event recall, forty-second session: the parser may read a direction word right after an event noun as the noun the
event word modifies ("conducted a search operation west of Monguno": "operation" a compound of "west"); the direction
with its "of" phrase says where the event was, so the operation is still reported, with its light verb and its force
(short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-06-12")


@pytest.mark.model
def test_an_operation_west_of_a_town_is_reported(nlp: Language) -> None:
    found = events(nlp, "Troops of the MNJTF conducted a search operation west of Monguno.")
    assert [(e.type, e.country, e.actor) for e in found] == [
        ("operation", "NG", "Multinational Joint Task Force")]


@pytest.mark.model
def test_a_kind_of_thing_the_event_word_names_is_still_none(nlp: Language) -> None:
    found = events(nlp, "The attack helicopter west of the city was shot down.")
    assert not [e for e in found if e.type == "attack"]
