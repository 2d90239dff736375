"""Event tolls, forty-sixth session (short sentences written for the tests): an active verb that kills with the word
after it counts its object ("Gunmen shot dead a police officer", "shot two soldiers dead", "gunned down three
villagers"); a force that shoots attackers dead gives the attack no toll, its subject read nearest the verb."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-04-21")


@pytest.mark.model
def test_shot_dead_with_the_object_after_counts_it(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot dead a police officer in Peshawar on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [1]


@pytest.mark.model
def test_shot_dead_with_the_object_between_counts_it(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot two soldiers dead in Peshawar on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [2]


@pytest.mark.model
def test_gunned_down_counts_its_object(nlp: Language) -> None:
    found = events(nlp, "Gunmen gunned down three villagers in Borno on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [3]


@pytest.mark.model
def test_a_second_killing_shot_dead_adds_to_the_first(nlp: Language) -> None:
    found = events(nlp, "Militants stormed the village on Monday, where they killed a guard and shot dead 11 soldiers "
                        "as they slept.")
    assert [e.killed for e in found if e.type == "attack"] == [12]


@pytest.mark.model
def test_police_shooting_men_dead_after_an_attack_is_no_toll_of_it(nlp: Language) -> None:
    found = events(nlp, "Indonesia police shoot dead four men after attack on Riau HQ")
    assert [e.killed for e in found if e.type == "attack"] == [None]


@pytest.mark.model
def test_butchered_counts_as_killed(nlp: Language) -> None:
    found = events(nlp, "The rebels attacked the village on Monday and butchered 13 civilians with guns and knives.")
    assert [e.killed for e in found if e.type == "attack"] == [13]


@pytest.mark.model
def test_a_part_of_the_list_missing_is_in_neither_toll(nlp: Language) -> None:
    found = events(nlp, "On February 10, an attack on a patrol in Tillaberi left 17 soldiers dead, twelve missing and "
                        "twelve others wounded.")
    assert [(e.killed, e.wounded) for e in found if e.type == "attack"] == [(17, 12)]


@pytest.mark.model
def test_one_head_told_missing_keeps_its_count(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a village in Borno on Monday. The dead bodies of the eleven missing soldiers "
                        "have been found.")
    assert [e.killed for e in found if e.type == "attack"] == [11]
