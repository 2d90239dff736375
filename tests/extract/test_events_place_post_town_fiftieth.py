"""Event place, fiftieth session: the town a speaker's post or a unit is named after ("Information Officer,
N’djamena – Chad") is a place of the page but never where what the speaker tells happened (a short sentence written
for the test, with the case where the town is the event's)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-17")


@pytest.mark.model
def test_the_town_of_a_speakers_post_does_not_place_the_event(nlp: Language) -> None:
    # the meeting's own place ("in Darak") is no gazetteer town: the nearest place of the sentence was the post's town
    text = ("Lieutenant Colonel Abubakar Abdullahi, Chief Military Public Information Officer, N’djamena – Chad, in a "
            "statement on Thursday, said the force commander made the statement during his address to troops in "
            "Darak, Far North region of Cameroon, during an operational visit on 15 May 2024.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("meeting", "CM")]
    text = "Troops killed ten terrorists near N’djamena, Chad on Monday."
    assert {e.country for e in events(nlp, text)} == {"TD"}
