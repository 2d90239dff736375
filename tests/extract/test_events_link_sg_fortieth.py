"""Event days from the story, fortieth session (fix-sg): a day the story already gave an event stays the day of the
events told after it without a day of their own ("Police detained 40 suspects in Istanbul on Friday. In Izmir, police
detained seven."), not of one told before it ("Forces said on Monday that three militants were killed. In another
operation on Sunday, ..."); an event of the same type dated to another day blocks the story's day only when it may be
the same event told again, not when it happened in another place (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2017-11-11")


@pytest.mark.model
def test_an_event_told_after_a_dated_one_takes_the_storys_day(nlp: Language) -> None:
    found = events(nlp, "Turkish police killed two Islamic State militants in a raid in Istanbul on Friday. "
                        "Three soldiers were wounded in a bomb attack on a checkpoint in Mardin.")
    assert sorted((e.type, e.date) for e in found) == [("attack", "2017-11-10"), ("operation", "2017-11-10")]


@pytest.mark.model
def test_a_same_type_event_of_another_place_and_day_does_not_block_the_storys_day(nlp: Language) -> None:
    found = events(nlp, "Turkish police detained 40 Islamic State suspects in Istanbul on Friday. On Thursday, police "
                        "detained 20 Islamic State suspects in Ankara. In the western province of Izmir, police "
                        "detained seven Islamic State suspects.")
    dated = {e.place: e.date for e in found if e.type == "operation"}
    assert dated.get("Ankara") == "2017-11-09"
    assert {d for p, d in dated.items() if p != "Ankara"} == {"2017-11-10"}


@pytest.mark.model
def test_an_event_whose_sentence_names_a_day_does_not_take_anothers(nlp: Language) -> None:
    found = events(nlp, "Iraqi forces killed ten Islamic State militants in a raid near Tikrit on Friday. The prime "
                        "minister arrived in the city on Thursday to claim the victory, which took place a year after "
                        "the city was first attacked by the Islamic State.")
    # (not Friday's day; "a year after" counts it back from the page's year: forty-third session, wb)
    assert [e.date for e in found if e.type == "attack"] == ["2016"]
