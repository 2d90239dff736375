"""Meetings, thirty-fifth session: a meeting told as still ahead is no event yet (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2016-11-03")


def meetings(nlp: Language, text: str) -> list[str]:
    return [e.type for e in events(nlp, text) if e.type == "meeting"]


@pytest.mark.parametrize("text", [
    "The meeting will now take place early next year.",
    "Tunisia is on Tuesday expected to host a meeting for countries neighboring Libya.",
    "President Duterte is scheduled to visit the 103rd Brigade in Marawi today.",
])
def test_a_meeting_still_ahead_is_no_event(nlp: Language, text: str) -> None:
    assert meetings(nlp, text) == []


def test_a_meeting_held_is_still_one(nlp: Language) -> None:
    text = "Tunisia on Tuesday hosted a meeting of foreign ministers from countries neighboring Libya."
    assert meetings(nlp, text) == ["meeting"]


def test_a_planned_meeting_told_as_held_is_one(nlp: Language) -> None:
    assert meetings(nlp, "The coalition held the planned meeting in Rome last week.") == ["meeting"]


@pytest.mark.parametrize("text", [
    "The attack came days after the defence secretary visited a military base in Mindanao.",
    "News of Wednesday's attack came as the president met the national security advisor in Cairo.",
])
def test_a_meeting_told_as_the_time_of_another_event_is_no_event(nlp: Language, text: str) -> None:
    assert meetings(nlp, text) == []


def test_a_meeting_a_statement_came_after_is_still_one(nlp: Language) -> None:
    # the page's own meeting: "The announcement came shortly after al-Sharaa was received at the White House,
    # marking the first state-level meeting between Washington and Damascus in over 15 years"
    text = ("The announcement came on Monday, shortly after the Syrian president was received at the White House, "
            "marking the first state-level meeting between Washington and Damascus in over 15 years.")
    assert meetings(nlp, text) == ["meeting"]


def test_a_meeting_that_follows_something_is_still_one(nlp: Language) -> None:
    assert meetings(nlp, "The ministers' meeting in Rome on Monday followed a January agreement.") == ["meeting"]
