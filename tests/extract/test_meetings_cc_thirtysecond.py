"""Meetings, thirty-second session: a body's session is a meeting with an anchor, never as an idiom (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-03-10")


def test_a_councils_dated_session_is_a_meeting(nlp: Language) -> None:
    found = events(nlp, "On 4 March 2024, the African Union Peace and Security Council convened its 1203rd session "
                        "in Addis Ababa on the operations of SAMIM.")
    assert [(e.type, e.date) for e in found] == [("meeting", "2024-03-04")]


def test_a_training_session_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "The recruits attended a training session in Maiduguri on Monday.")
    assert [e for e in found if e.type == "meeting"] == []


def test_in_session_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "Parliament is in session this week.")
    assert [e for e in found if e.type == "meeting"] == []
