"""Event place, twenty-third session: a place hyphened to "based" is a place of the page but never where an event
happened (a short sentence written for the test, with the case where the place is the event's)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_a_place_where_someone_is_based_does_not_place_the_event(nlp: Language) -> None:
    found = events(nlp, "Five police officers were killed in an attack by Kabul-based militants on Monday.")
    assert [(e.type, e.country, e.place) for e in found] == [("attack", None, None)]
    found = events(nlp, "Five police officers were killed in an attack by militants in Kabul on Monday.")
    assert [(e.type, e.country) for e in found] == [("attack", "AF")]
