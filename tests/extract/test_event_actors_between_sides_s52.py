"""Actors, session 52 (actor; short sentences written for the tests): of a fight "between" the Islamic State and a
group's people, the parser often hangs the people's "of"/"from" phrase on the first side ("between Islamic State
militants and fighters from the Derna Shura Council"); the group so named is the other side, the fight's doer."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2016-06-10")


def test_the_people_of_a_group_fighting_the_campaign_s_group_are_that_group(nlp: Language) -> None:
    found = events(nlp, "Clashes broke out in Derna on Monday between Islamic State militants and fighters from the "
                        "Derna Shura Council.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Shura Council of Mujahideen in Derna")]


def test_a_side_not_of_a_group_s_people_takes_no_phrase_of_the_first(nlp: Language) -> None:
    # "youths" are no group's people: the "from" phrase stays the Islamic State militants' own, and the fight
    # has no doer the sentence names
    found = events(nlp, "Clashes broke out in Derna on Monday between Islamic State militants and local youths from "
                        "the Derna Shura Council.")
    assert [e.actor for e in found if e.type == "operation"] in ([None], [])
