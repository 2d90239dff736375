"""Operations, forty-second session (uc): a state's force or body that foiled, thwarted or prevented the group's
attack or plot made an operation of it (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-05-10")


def test_a_security_service_that_thwarted_a_plot_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "On April 27, the FSB said it had thwarted an Islamic State plot to carry out a series of "
                        "attacks in the Moscow area.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-04-27", "RU")]


def test_officers_who_foiled_an_attack_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "The elite anti-terror squad foiled yet another attack on Monday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-05-06")]


def test_a_stopped_attack_with_no_force_stopping_it_is_none(nlp: Language) -> None:
    found = events(nlp, "Heavy rain prevented attacks on the town on Monday.")
    assert found == []


def test_a_foiled_plot_in_the_passive_is_left_to_the_other_rules(nlp: Language) -> None:
    found = events(nlp, "The plot was foiled on Monday.")
    assert found == []


def test_troops_at_large_that_foiled_attacks_are_left_to_the_other_rules(nlp: Language) -> None:
    # most often attacks repelled in the field: the group's attacks, or a battle told apart
    found = events(nlp, "Security forces in Niger foiled three weekend attacks in the capital Niamey on Saturday.")
    assert [e.type for e in found if e.type == "operation"] == []


def test_a_stopping_told_by_the_arrest_it_was_made_by_is_the_arrest(nlp: Language) -> None:
    found = events(nlp, "The police thwarted a terror attack in Peshawar on Monday by arresting ten terrorists.")
    assert len([e for e in found if e.type == "operation"]) == 1


def test_police_who_searched_a_home_on_a_day_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "A handwritten pledge of allegiance was found when police searched the boy's home on "
                        "October 19 2023.")
    assert [(e.type, e.date) for e in found] == [("operation", "2023-10-19")]


def test_a_family_that_searched_its_house_made_no_operation(nlp: Language) -> None:
    found = events(nlp, "The family searched the house on Monday.")
    assert found == []


def test_soldiers_who_searched_the_site_of_a_fight_made_no_raid_of_it(nlp: Language) -> None:
    found = events(nlp, "The soldiers searched the site on Monday and found a rifle.")
    assert found == []


def test_soldiers_who_engaged_the_group_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "On Saturday, soldiers engaged the Maute group in a gun battle in Marawi.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-05-04")]


def test_officers_who_neutralized_a_group_of_militants_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "In April, police officers neutralized a group of militants who were recruiting "
                        "citizens for the Islamic State.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-04")]


def test_the_group_that_captured_a_group_of_soldiers_made_no_operation(nlp: Language) -> None:
    found = events(nlp, "On Saturday, Abu Sayyaf fighters captured a group of soldiers in Sulu.")
    assert [e.type for e in found if e.type == "operation"] == []
