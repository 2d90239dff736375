"""Who did each event: actors of the twenty-second session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-10")


def test_the_group_in_the_of_phrase_of_a_defeat_is_the_side_defeated(nlp: Language) -> None:
    # who announced the defeat won it; the group after "of" lost it (the state's forces, [types] forces_act)
    found = events(nlp, "Iraq announced the total defeat of ISIS in December 2017.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]
    found = events(nlp, "The Iraqi army declared the defeat of IS in December 2017.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


def test_a_defeat_nobody_is_named_as_winning_is_the_national_forces(nlp: Language) -> None:
    # the group excluded as the defeated side; the state's own army retook its ground (thirty-second session:
    # the train pages credit the Iraqi Security Forces with 54 of the 73 Iraqi recaptures, and name no one for 19)
    found = events(nlp, "ISIS was defeated in Iraq in December 2017.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


def test_an_outlets_lead_before_the_body_that_reports_credits_the_body(nlp: Language) -> None:
    # "Outlet / body announced ...": the parse makes the body an apposition of the outlet's name
    found = events(nlp, "Shafaq News / the Syrian Democratic Forces (SDF) announced on Tuesday that two ISIS "
                        "members were arrested in an operation in Deir ez-Zor.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


def test_an_outlet_that_reports_alone_is_no_actor(nlp: Language) -> None:
    found = events(nlp, "Shafaq News reported on Tuesday that two ISIS members were arrested in an operation in "
                        "Deir ez-Zor.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]
