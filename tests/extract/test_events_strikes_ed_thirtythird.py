"""Strikes, thirty-third session (short sentences written for the tests, after train pages on the UPDF's strikes in
the DRC): joint "air and artillery strikes" are strikes, whichever word the parser takes for the head, and a state's
force that bombs a camp makes a strike, not a ground operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_air_and_artillery_strikes_are_strikes(nlp: Language) -> None:
    text = "On Monday, the army launched air and artillery strikes against ADF camps in Congo."
    assert [e.type for e in events(nlp, text)] == ["strike"]
    text = "In November 2021, the two forces launched joint air and artillery strikes against ADF camps in Congo."
    assert [(e.type, e.date) for e in events(nlp, text)] == [("strike", "2021-11")]
    # an operation so modified stays a combined operation
    text = "On Monday, the army launched air and artillery operations against ADF camps in Congo."
    assert [e.type for e in events(nlp, text)] == ["operation"]


@pytest.mark.model
def test_a_force_that_bombs_makes_a_strike(nlp: Language) -> None:
    text = "On Monday, the army bombed an ISWAP camp in Borno."
    assert [e.type for e in events(nlp, text)] == ["strike"]
    # the group's bombing stays its attack, a force's raid its operation
    text = "On Monday, ISWAP fighters bombed a church in Borno."
    assert [e.type for e in events(nlp, text)] == ["attack"]
    text = "On Monday, troops raided an ISWAP camp in Borno."
    assert [e.type for e in events(nlp, text)] == ["operation"]
