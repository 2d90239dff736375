"""One event per place of a coordinated list: the twenty-fifth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2016-02-10")


def test_a_recapture_of_two_towns_is_two_recaptures(nlp: Language) -> None:
    # "some 80 km south of Erbil" says where the two towns lie: Erbil is no third recapture
    found = events(nlp, "Kurdish Peshmerga forces on Monday freed the strategic towns of Makhmur and Gwer, some 80 km "
                        "south of Erbil.")
    assert sorted((e.type, e.place) for e in found) == [("territorial_defeat", "Gwer"),
                                                        ("territorial_defeat", "Makhmour")]


def test_a_list_of_districts_is_one_area_not_one_recapture_per_town(nlp: Language) -> None:
    # the gazetteer reads each district's name as its town: the list still names areas
    # (out of "their main bases in the districts" is a raid on the group's bases, an operation: see the lair rule)
    found = events(nlp, "On Monday the insurgents were driven out of the districts of Palma, "
                        "Mocimboa da Praia and Muidumbe.")
    assert [e.type for e in found] == ["territorial_defeat"]


def test_a_list_that_modifies_a_plural_area_noun_is_one_area(nlp: Language) -> None:
    found = events(nlp, "Iraq declared victory over the group in 2017, but its cells are still present in some areas "
                        "of Diyala, Kirkuk, Salahuddin, Anbar and Baghdad provinces.")
    assert [e.type for e in found] == ["territorial_defeat"]




def test_two_recaptured_cities_are_two_recaptures(nlp: Language) -> None:
    found = events(nlp, "Iraqi forces retook Ramadi and Tikrit from the Islamic State on Monday.")
    assert sorted((e.type, e.place) for e in found) == [("territorial_defeat", "Ramadi"),
                                                        ("territorial_defeat", "Tikrit")]


def test_a_recapture_near_a_town_of_a_district_is_one_recapture(nlp: Language) -> None:
    # two places the sentence links apart, not a list: the village and the district it lies in
    found = events(nlp, "On Monday soldiers drove the insurgents out of areas they controlled near Mucojo on the coast "
                        "of Macomia district.")
    assert len(found) == 1 and found[0].type == "territorial_defeat"
