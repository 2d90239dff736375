"""Attack recall, thirtieth session (short sentences written for the tests, after train pages): a killing told in
an "after" clause of "the attack comes/came ..." is an earlier attack of its own, with its own place, date and
toll, not the toll of the attack the sentence is about."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_a_killing_the_attack_came_after_is_an_attack_of_its_own(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police post in Kirkuk on Wednesday, killing two soldiers. The attack comes a few days "
        "after Islamic State suicide bombers killed five policemen in the city of Samarra on Monday."
    )
    found = [(e.type, e.place, e.killed, e.date) for e in events(nlp, text)]
    assert found == [("attack", "Kirkuk", 2, "2024-07-03"), ("attack", "Samarra", 5, "2024-07-01")]


@pytest.mark.model
def test_the_earlier_killing_keeps_its_town_apart_from_the_attack_told(nlp: Language) -> None:
    text = (
        "ISWAP fighters attacked a military base in Damasak on Tuesday, killing three soldiers. The attack in "
        "Damasak came a week after the insurgents killed 60 people in Gubio."
    )
    found = [(e.place, e.killed) for e in events(nlp, text) if e.type == "attack"]
    assert found == [("Damasak", 3), ("Gubio", 60)]


@pytest.mark.model
def test_a_killing_by_no_attacker_after_an_attack_is_no_attack(nlp: Language) -> None:
    text = (
        "ISWAP fighters attacked a military base in Damasak on Tuesday, killing three soldiers. The attack in "
        "Damasak came a week after floods killed 60 people in Gubio."
    )
    assert [e.place for e in events(nlp, text) if e.type == "attack"] == ["Damasak"]


@pytest.mark.model
def test_a_unit_overrun_by_attackers_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "In May, ISWAP overran the 27 Task Force Brigade in Monguno.")
    assert [(e.type, e.place) for e in found] == [("attack", "Monguno")]
    found = events(nlp, "The insurgents overran a Nigerian army battalion in Borno on Sunday.")
    assert [e.type for e in found] == ["attack"]
    # a unit overrun by no attacker is no attack
    assert events(nlp, "In May, floods overran the 27 Task Force Brigade in Monguno.") == []
