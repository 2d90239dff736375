"""Which country an event happened in: the twenty-first session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2018-02-13")


def test_a_meeting_is_not_held_in_the_country_that_holds_it(nlp: Language) -> None:
    # the states holding the meeting are its parties, not its host: the article's city is
    found = events(nlp, "The United States and Italy held a meeting of the finance group on Monday. Officials in "
                        "Riyadh said the next one would also be held in Riyadh.")
    assert [(e.type, e.country) for e in found] == [("meeting", "SA")]


def test_a_meeting_the_text_locates_in_a_country_is_held_there(nlp: Language) -> None:
    found = events(nlp, "Coalition ministers held a meeting in Iraq on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IQ")]



def test_a_meeting_is_held_in_the_country_told_as_its_host(nlp: Language) -> None:
    # "which hosted": the country named is the host, so the meeting is held there
    found = events(nlp, "The partners thanked Kuwait, which hosted a conference of the coalition on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "KW")]
