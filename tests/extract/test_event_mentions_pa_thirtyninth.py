"""Event mentions, thirty-ninth session (pa): what aircraft struck is the strike's target ("fighter jets bombarded ISWAP
locations"), which makes it one strike of the story even where its sentence names no place or date (short texts
written for the tests, with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


@pytest.mark.model
def test_what_aircraft_struck_makes_an_unplaced_strike(nlp: Language) -> None:
    found = events(nlp, "Fighter jets bombarded ISWAP hideouts.")
    assert [e.type for e in found] == ["strike"]
    # aircraft named with no deed on anything are no strike
    assert events(nlp, "The jets were seen over the town.") == []
