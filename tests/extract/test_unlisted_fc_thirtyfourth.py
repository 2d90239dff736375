"""Unlisted villages as the object of an attack, thirty-fourth session (short sentences written for the tests, after
Cabo Ligado-style incident reports): a village no gazetteer knows that is itself what was attacked ("attacked Nacussa
village", "attacked the nearby village of Muege") is where the attack was, so two such attacks on two villages stay
two events; a name the tagger reads as an organisation before its settlement word is still the village; the names of
"the villages of A and B" are two villages; and "the village of Magaia in Chiúre" is one village, in Chiúre."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-05")


@pytest.mark.model
def test_the_village_attacked_is_the_place(nlp: Language) -> None:
    found = events(nlp, "On 25 February, insurgents attacked the nearby village of Muege in Cabo Delgado.")
    assert [(e.type, e.place) for e in found] == [("attack", "Muege")]


@pytest.mark.model
def test_a_village_name_read_as_an_organisation(nlp: Language) -> None:
    found = events(nlp, "On 2 March, insurgents attacked Nacussa village in Cabo Delgado, burning two churches.")
    assert [(e.type, e.place) for e in found] == [("attack", "Nacussa")]


@pytest.mark.model
def test_two_villages_attacked_two_days_are_two_attacks(nlp: Language) -> None:
    text = ("On 24 February, insurgents attacked the village of Magaia in Cabo Delgado. "
            "The next day, the insurgents attacked the nearby village of Muege.")
    assert sorted(e.place or "" for e in events(nlp, text) if e.type == "attack") == ["Magaia", "Muege"]


@pytest.mark.model
def test_the_villages_of_a_list_are_two_attacks(nlp: Language) -> None:
    found = events(nlp, "On 3 May, insurgents attacked the villages of Nsangue and Tambuzi in Cabo Delgado.")
    assert sorted(e.place or "" for e in found if e.type == "attack") == ["Nsangue", "Tambuzi"]


@pytest.mark.model
def test_a_village_of_a_district_is_one_place(nlp: Language) -> None:
    found = events(nlp, "On 24 February, insurgents attacked the village of Magaia in Chiúre, burning 140 homes.")
    assert [(e.type, e.place) for e in found] == [("attack", "Magaia")]


@pytest.mark.model
def test_a_village_name_tagged_a_common_noun(nlp: Language) -> None:
    found = events(nlp, "On February 22, members of Lakurawa attacked Saminaka village, also within Tangaza LGA in "
                        "Sokoto State.")
    assert [(e.type, e.place) for e in found] == [("attack", "Saminaka")]


@pytest.mark.model
def test_a_phrase_after_the_village_says_where_it_lies(nlp: Language) -> None:
    found = events(nlp, "On Monday, insurgents attacked the village of Koko in Macomia, burning 20 houses.")
    assert [(e.type, e.place) for e in found] == [("attack", "Koko")]
    found = events(nlp, "On Sunday, ISWAP terrorists attacked some farmers at Dumba community, near Baga in Kukawa.")
    assert [(e.type, e.place) for e in found] == [("attack", "Dumba")]
