"""Pledge events, thirty-third session (df): a place in a relative clause on the group sworn to says where that group
is, not where the oath was sworn, and the preposition "to" of "pledged allegiance to ISIS" is no infinitive of purpose
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2018-09-03")


def _pledges(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_a_relative_clause_on_the_group_sworn_to_does_not_locate_the_oath(nlp: Language) -> None:
    text = (
        "Earlier this year, Jund al-Khilafa broke away from al-Qaeda in the Islamic Maghreb, pledging allegiance "
        "instead to the ISIL, which recently captured large swathes of territory in Iraq and Syria."
    )
    assert [country for _date, country, _actor in _pledges(nlp, text)] == ["DZ"]
    # a place the relative clause gives to a place or a time still counts for other events
    attack = "This is the deadliest assault since February, when the ADF killed 23 people in Mambasa territory."
    assert [e.country for e in events(nlp, attack) if e.type == "attack"] == ["CD"]


@pytest.mark.model
def test_allegiance_to_a_group_is_no_purpose_infinitive(nlp: Language) -> None:
    text = (
        "The Tunisian ministry of defense affirmed that the terrorists belong to Jund al-Khilafah that pledged "
        "allegiance to ISIS in 2015."
    )
    assert [date for date, _country, _actor in _pledges(nlp, text)] == ["2015"]
    # an infinitive of purpose is still one: travelling to attack is no attack
    assert [e for e in events(nlp, "He travelled to Syria to attack the Kurdish forces.") if e.type == "attack"] == []
