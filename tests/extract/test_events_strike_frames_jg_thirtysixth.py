"""Strike frames, thirty-sixth session (short sentences written for the tests, after train pages on US Africa
Command's and Central Command's strike releases and Iraqi counter-terrorism statements): an operation and a strike
one sentence tells together, of one actor, are one event; a strike when an air arm or a state abroad makes it, else
the ground operation the strike supported. Two actors stay two events."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-08-26")


@pytest.mark.model
def test_an_operation_that_ends_in_strikes_abroad_is_the_strike(nlp: Language) -> None:
    text = (
        "U.S. Africa Command said it carried out a two-week operation with Somali forces that concluded Aug. 23 "
        "with multiple airstrikes against ISIS hideouts in the Golis Mountains."
    )
    assert [(e.type, e.date, e.country) for e in events(nlp, text)] == [("strike", "2025-08-23", "SO")]
    text = (
        "The United States said on Friday it carried out a large-scale military operation against the Islamic State "
        "group in Syria, striking more than 70 targets."
    )
    assert [(e.type, e.country) for e in events(nlp, text)] == [("strike", "SY")]


@pytest.mark.model
def test_an_air_arm_operation_with_a_strike_is_the_strike(nlp: Language) -> None:
    text = (
        "The Nigerian Air Force has pounded an ISWAP enclave in the Sambisa Forest of Borno State in an operation "
        "on Monday."
    )
    assert [(e.type, e.actor) for e in events(nlp, text)] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_a_ground_operation_that_included_a_strike_stays_the_operation(nlp: Language) -> None:
    text = (
        "In a statement, the CTS said the operations began in the Hamrin Mountains on Monday and included an airstrike "
        "that killed seven ISIS members."
    )
    assert [(e.type, e.actor, e.killed) for e in events(nlp, text)] == [
        ("operation", "Counter-Terrorism Service", 7)
    ]


@pytest.mark.model
def test_two_actors_stay_two_events(nlp: Language) -> None:
    text = (
        "On Monday, Iraqi forces launched an operation against ISIS hideouts in the Hamrin Mountains, while US "
        "aircraft carried out airstrikes on the group in Syria."
    )
    assert sorted(e.type for e in events(nlp, text)) == ["operation", "strike"]
