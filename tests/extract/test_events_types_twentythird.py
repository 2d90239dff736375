"""Event types, twenty-third session (short sentences written for the tests): aircraft that attack make a strike,
also when a force sends them to attack ("dispatched fighter jets to attack the location"); the Islamic State's own
word for its fighters ("caliphate soldiers", "soldiers of the Caliphate") names attackers, not a state's soldiers;
a force beginning an assault does it ("Libyan forces began an assault on Sirte" is their operation); and attackers a
pronoun takes up ("the assailants raided the building ... before they withdrew") make no withdrawal."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


@pytest.mark.model
def test_aircraft_that_attack_make_a_strike(nlp: Language) -> None:
    found = events(nlp, "Our gunships attacked a big camp of the terrorists near Kasese on Monday.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "On Monday the Air Task Force dispatched an enhanced force package of fighter jets and "
                        "helicopter gunships to attack the two locations at Kirta Wulgo, scoring devastating hits.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_troops_sent_to_attack_or_a_helicopter_attacked_are_no_strike(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a helicopter in Sirte on Monday.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "Nigerian soldiers attacked an ISWAP camp in Kano on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_caliphate_soldiers_are_the_group_s_attackers(nlp: Language) -> None:
    found = events(nlp, "Soldiers of the Caliphate attacked the Inates military base of the apostate Nigerien army "
                        "near the Malian border on Monday.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "On Monday, caliphate soldiers attacked a crusader army post in the village of Quiterajo.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_forces_beginning_an_assault_make_an_operation(nlp: Language) -> None:
    found = events(nlp, "In May 2016, Libyan forces began an assault on Sirte, the city by then acting as the "
                        "group's capital.")
    assert [e.type for e in found] == ["operation"]
    found = events(nlp, "In May 2016, ISIS fighters began an assault on Sirte, killing five soldiers.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_attackers_taken_up_by_a_pronoun_make_no_withdrawal(nlp: Language) -> None:
    found = events(nlp, "The assailants raided the building, forced employees outside, burned down three diesel "
                        "banks and stole two vehicles before they withdrew early on Tuesday.")
    assert "withdrawal" not in [e.type for e in found]


@pytest.mark.model
def test_a_state_s_troops_taken_up_by_a_pronoun_still_withdraw(nlp: Language) -> None:
    found = events(nlp, "US troops handed over the base to Iraqi forces on Tuesday before they withdrew from "
                        "Ain al-Asad.")
    assert [e.type for e in found] == ["withdrawal"]
