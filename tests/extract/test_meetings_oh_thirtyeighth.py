"""Meeting events, thirty-eighth session (oh): a meeting only spoken at is the venue of the words; the "in" phrase of
the event word itself ("joined a coalition meeting in Riyadh") is where the event was, not where someone was joining
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2026-02-10")


@pytest.mark.model
def test_the_in_phrase_of_a_joined_meeting_is_its_venue(nlp: Language) -> None:
    text = "Syria's foreign minister joined a US-led coalition meeting in Riyadh on February 9."
    assert [(e.country, e.place) for e in events(nlp, text) if e.type == "meeting"] == [("SA", "Riyadh")]
    # the "in" phrase of a group joined is still where someone was headed, not where the arrest was
    text = "Police arrested two Kenyans on Monday for trying to join ISIS in Syria."
    assert [e.country for e in events(nlp, text) if e.type == "operation"] != ["SY"]


@pytest.mark.model
def test_a_summit_only_spoken_at_is_no_meeting_reported(nlp: Language) -> None:
    text = ("Speaking at the third edition of the Turkey-Africa Partnership Summit on Saturday, the president added "
            "that the insurgents are only preying on soft targets.")
    assert [e for e in events(nlp, text) if e.type == "meeting"] == []
    # a meeting its parties held is still one, whoever spoke there
    text = "Ministers of the coalition met at the summit in Rome on Monday."
    assert [e.country for e in events(nlp, text) if e.type == "meeting"] == ["IT"]
