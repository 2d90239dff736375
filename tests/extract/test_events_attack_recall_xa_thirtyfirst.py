"""Attack recall, thirty-first session (short sentences written for the tests, after train pages): attackers aiming
at something ("a suicide bomber targeted a memorial ceremony", "gunmen targeted an army outpost") is an attack told
with no attack word; not a habit, a record, a pronoun's people, or a strike's aim."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_attackers_targeting_something_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On June 8, a suicide bomber targeted a memorial ceremony held for the governor in Fayzabad.")
    assert [(e.type, e.place, e.date) for e in found] == [("attack", "Fayzabad", "2024-06-08")]
    found = events(nlp, "Gunmen targeted an army outpost near Makhmour on Sunday.")
    assert [(e.type, e.place) for e in found] == [("attack", "Makhmour")]
    found = events(nlp, "The gunmen had targeted a frontier post at Kafolo, on the border with Burkina Faso.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_targeting_as_a_habit_or_record_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "ISIS targets Shia worshippers in Pakistan.") == []
    assert events(nlp, "The fighters have targeted remote communities in Cabo Delgado since 2017.") == []
    assert events(nlp, "The terrorists targeted those who advocated the cause of Islam.") == []


@pytest.mark.model
def test_a_strike_targeting_the_group_stays_a_strike(nlp: Language) -> None:
    found = events(nlp, "US strikes targeted ISIS hideouts in Somalia on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_targeting_many_places_is_no_attack_of_its_own(nlp: Language) -> None:
    text = "On Monday, 160 fighters of the Islamic State targeted about 10 villages near Kirkuk."
    assert [e for e in events(nlp, text) if e.trigger == "targeted"] == []
