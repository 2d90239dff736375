"""Event country, fifty-second session: near misses, an event found but put in the wrong country (short sentences
written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-10")


@pytest.mark.model
def test_an_event_in_a_neighbouring_country_is_there(nlp: Language) -> None:
    # the parser reads "neighboring" as a verb with the country its object: the "in" phrase still says where
    text = ("Malaysian police raised alert levels in January following a Daesh-linked attack in neighboring "
            "Indonesia that killed eight people.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "ID") in found and ("attack", "MY") not in found


@pytest.mark.model
def test_people_from_a_neighbouring_country_are_not_where(nlp: Language) -> None:
    text = ("Malaysia has arrested 15 people, mostly foreigners from neighbouring Indonesia, over suspected links "
            "to the Islamic State.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("operation", "MY") in found and ("operation", "ID") not in found
    text = ("Islamic State militants fled to neighbouring Mali after they attacked a village in Tillaberi on Friday, "
            "killing 12 people.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "NE") in found and ("attack", "ML") not in found

