"""Meeting events, forty-third session (wd): a courtesy call is a courtesy visit by another word (short sentences
written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2026-02-10")


@pytest.mark.model
def test_a_courtesy_call_is_a_meeting(nlp: Language) -> None:
    text = "The force commander paid a courtesy call on the defence minister in N'Djamena on Monday."
    assert [(e.country, e.place) for e in events(nlp, text) if e.type == "meeting"] == [("TD", "N'Djamena")]
    # a phone call is no meeting
    text = "The force commander made a phone call to the defence minister on Monday."
    assert [e for e in events(nlp, text) if e.type == "meeting"] == []
