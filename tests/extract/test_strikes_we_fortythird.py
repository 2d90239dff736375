"""Missed strikes (forty-third session; short sentences written for the tests): an offensive flown from the air is a
strike, one of land and air forces together stays an operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-10")


@pytest.mark.model
def test_an_air_offensive_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "At least 60 jihadists were killed on Friday in northern Burkina Faso in an air offensive by "
                        "the army, the armed forces said.")
    assert [(e.type, e.country) for e in found] == [("strike", "BF")]


@pytest.mark.model
def test_a_land_and_air_offensive_is_no_strike(nlp: Language) -> None:
    found = events(nlp, "The army launched a land and air offensive against ISIS fighters near Marawi on Friday, "
                        "killing seven militants.")
    assert "strike" not in [e.type for e in found]
