"""Event place, thirty-seventh session: what happened "in the vicinity of" a place happened there (short sentences
written for the test)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_an_event_in_the_vicinity_of_a_place_is_at_that_place(nlp: Language) -> None:
    text = "Gunmen attacked a convoy in the vicinity of Mocimboa da Praia on Monday, killing five soldiers."
    found = events(nlp, text)
    assert [(e.type, e.country, e.place) for e in found] == [("attack", "MZ", "Mocimboa da Praia")]
