"""Linking, forty-eighth session: an incident told once with its town and once without, with a second source's toll,
is one event (link.placeless_twins), one the text tells apart as another stays two; "the attackers opened fire" tells
how the attack told before unfolded (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-07-28")


@pytest.mark.model
def test_a_church_attack_retold_without_its_town_and_with_a_witness_toll_is_one_event(nlp: Language) -> None:
    found = events(nlp, "Suspected ADF rebels killed at least 38 people in an attack on a church in Komanda on Sunday. "
                        "The attack began at about 1 a.m. Witnesses said heavily armed militants stormed the church on "
                        "Sunday, killing over 20 worshippers who had gathered for a vigil.")
    assert [(e.type, e.date, e.place, e.killed) for e in found] == [("attack", "2025-07-27", "Komanda", 38)]


@pytest.mark.model
def test_a_lede_without_a_town_takes_the_village_the_story_names(nlp: Language) -> None:
    found = events(nlp, "At least 15 people, including farmers, were killed on Thursday in an attack by ISWAP "
                        "fighters in northeastern Nigeria, residents said. According to witnesses, the ISWAP militants "
                        "opened fire on a group of farmers near Gurnowa village on Thursday, killing four of them.",
                   reference="2025-08-01")
    assert [(e.type, e.date, e.place, e.killed) for e in found] == [("attack", "2025-07-31", "Gurnowa", 15)]


@pytest.mark.model
def test_the_second_attack_of_the_day_stays_its_own(nlp: Language) -> None:
    found = events(nlp, "At least 35 people were killed on Saturday in an Islamic State suicide attack in Baghdad. "
                        "Islamic State militants also attacked a village north of the capital on Saturday. In the "
                        "second attack, gunmen stormed a house on Saturday and killed four people.",
                   reference="2016-10-16")
    assert [(e.place, e.killed) for e in found] == [("Baghdad", 35), (None, 4)]


@pytest.mark.model
def test_the_attackers_opening_fire_tell_how_the_attack_unfolded(nlp: Language) -> None:
    found = events(nlp, "Islamic State fighters killed 22 villagers in western Niger on Sunday. According to "
                        "witnesses, the attackers first opened fire on villagers gathered for a baptism, killing 15 "
                        "people.",
                   reference="2024-03-20")
    assert [(e.type, e.killed) for e in found] == [("attack", 22)]


@pytest.mark.model
def test_gunmen_opening_fire_are_an_attack_of_their_own(nlp: Language) -> None:
    found = events(nlp, "Two gunmen opened fire on worshippers at a church in Istanbul on Sunday, killing one man.",
                   reference="2024-06-30")
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "Istanbul", 1)]
