"""Attacks told without the attackers as the raid's subject, thirty-fourth session (short sentences written for the
tests, after train pages): a raid made by the people a relative pronoun stands for ("the militants who raided the
village") or told as what the attackers did something "during" is their attack, not a force's operation; and a
place that "came under attack" is where the attack was, each town of a list its own attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_the_raid_of_a_relative_clause_is_the_attackers(nlp: Language) -> None:
    found = events(nlp, "Police arrested the militants who raided the village of Nangade in Cabo Delgado on Monday.")
    assert [e.type for e in found if e.place == "Nangade"] == ["attack"]


@pytest.mark.model
def test_a_raid_the_attackers_abducted_people_during(nlp: Language) -> None:
    text = "On Monday, gunmen abducted 20 villagers during a raid on Kwaya Kusar in Borno State."
    assert [e.type for e in events(nlp, text)] == ["attack"]
    # the troops' raid stays their operation, and fighters who died during a clash made no attack there
    text = "On Monday, soldiers arrested 20 suspects during a raid on Kwaya Kusar in Borno State."
    assert [e.type for e in events(nlp, text)] == ["operation"]


@pytest.mark.model
def test_a_place_that_came_under_attack(nlp: Language) -> None:
    found = events(nlp, "The military base in Monguno came under attack on Monday night by ISWAP fighters.")
    assert [(e.type, e.place) for e in found] == [("attack", "Monguno")]


@pytest.mark.model
def test_two_towns_that_came_under_attack(nlp: Language) -> None:
    found = events(nlp, "By midnight on May 13, Rann and Dikwa came under heavy attack by ISWAP fighters.")
    assert sorted(e.place or "" for e in found if e.type == "attack") == ["Dikwa", "Rann"]
