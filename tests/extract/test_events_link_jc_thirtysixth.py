"""Attacks at towns of their own merged into another, thirty-sixth session (short sentences written for the tests,
after train pages): a raid told afresh at another town, in a sentence of its own after the article's main attack, is
one more attack, not the main one with a stray place."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-10")


@pytest.mark.model
def test_raid_at_another_town_after_the_main_attack(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Marte on Monday, killing five soldiers. The attack on Marte "
            "lasted three hours. Troops said the assault on the base was repelled after heavy fighting. Later, the "
            "insurgents attacked Dikwa.")
    assert sorted(e.place or "" for e in events(nlp, text) if e.type == "attack") == ["Dikwa", "Marte"]


@pytest.mark.model
def test_clash_at_another_town_after_the_main_attack(nlp: Language) -> None:
    text = ("Insurgents attacked the town of Macomia on Sunday. The attack on Macomia left the town burning. Residents "
            "fled the attack. The insurgents also clashed with the Local Force in Quissanga.")
    assert sorted(e.place or "" for e in events(nlp, text) if e.type == "attack") == ["Macomia", "Quissanga"]


@pytest.mark.model
def test_main_attack_told_again_at_a_namesake_abroad_stays_one(nlp: Language) -> None:
    # "al-Zarka" in Iraq read as Jordan's Zarqa: a town abroad is a stray place, not a second attack
    text = ("ISIS attacked a police post in Kirkuk on Monday, killing two policemen. The attack on the post was "
            "claimed by ISIS. The attack came amid a rise in violence. The militants attacked the post in the area of "
            "Zarqa, a source said.")
    assert [e.place for e in events(nlp, text, "2025-05-10") if e.type == "attack"] == ["Kirkuk"]
