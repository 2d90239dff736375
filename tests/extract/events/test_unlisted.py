"""Villages no gazetteer knows, as places of events (events/unlisted.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2022_07_20 = events_dated("2022-07-20")
events_on_2024_03_05 = events_dated("2024-03-05")
events_on_2024_05_06 = events_dated("2024-05-06")
events_on_2024_09_13 = events_dated("2024-09-13")
events_on_2025_09_03 = events_dated("2025-09-03")


# Unlisted villages after "the village of": the tagger often reads an unknown village's name after "the village of" as
# an organisation; the settlement word says it is a place, so the attack has a place and is kept as an event.

@pytest.mark.model
def test_village_of_an_organisation_name_places_the_attack(nlp: Language) -> None:
    found = events_on_2024_09_13(
        nlp, "The day before, insurgents also attacked the village of Nkoe, about 14km to the west of "
             "Quinto Congresso.")
    assert [(e.type, e.place) for e in found] == [("attack", "Nkoe")]


@pytest.mark.model
def test_village_of_a_known_group_is_no_village(nlp: Language) -> None:
    found = events_on_2024_09_13(nlp,
                                 "Troops attacked the hideout of the Islamic State in the village of Nkoe on Monday.")
    assert all(e.place != "Islamic State" for e in found)


@pytest.mark.model
def test_village_beside_the_borders_is_not_in_those_countries(nlp: Language) -> None:
    found = events_on_2024_09_13(
        nlp, "The attack took place on Friday during prayer time in the village of Fomita, close to the "
             "borders of Burkina Faso and Mali.")
    assert [e.place for e in found if e.type == "attack"] == ["Fomita"]
    assert all(e.country not in ("BF", "ML") for e in found)


# Unlisted villages: a settlement noun that carries its own name ("the Arjali Nadi locality of Bara") names one
# village; its "of" phrase says where that village lies, no second village of the same name (which made one attack
# two, one per name).

@pytest.mark.model
def test_a_named_locality_of_a_town_is_one_place(nlp: Language) -> None:
    found = events_on_2022_07_20(
        nlp, "On July 16, 2022, IS-KP militants attacked a check post in the Arjali Nadi locality of Bara "
             "in Khyber District of Pakistan.")
    assert [(e.type, e.place) for e in found] == [("attack", "Arjali Nadi")]


# Unlisted villages as the object of an attack: a village no gazetteer knows that is itself what was attacked
# ("attacked Nacussa village", "attacked the nearby village of Muege") is where the attack was, so two such attacks on
# two villages stay two events; a name the tagger reads as an organisation before its settlement word is still the
# village; the names of "the villages of A and B" are two villages; and "the village of Magaia in Chiúre" is one
# village, in Chiúre.

@pytest.mark.model
def test_the_village_attacked_is_the_place(nlp: Language) -> None:
    found = events_on_2024_03_05(nlp,
                                 "On 25 February, insurgents attacked the nearby village of Muege in Cabo Delgado.")
    assert [(e.type, e.place) for e in found] == [("attack", "Muege")]


@pytest.mark.model
def test_a_village_name_read_as_an_organisation(nlp: Language) -> None:
    found = events_on_2024_03_05(
        nlp, "On 2 March, insurgents attacked Nacussa village in Cabo Delgado, burning two churches.")
    assert [(e.type, e.place) for e in found] == [("attack", "Nacussa")]


@pytest.mark.model
def test_two_villages_attacked_two_days_are_two_attacks(nlp: Language) -> None:
    text = ("On 24 February, insurgents attacked the village of Magaia in Cabo Delgado. "
            "The next day, the insurgents attacked the nearby village of Muege.")
    assert sorted(e.place or "" for e in events_on_2024_03_05(nlp, text) if e.type == "attack") == ["Magaia", "Muege"]


@pytest.mark.model
def test_the_villages_of_a_list_are_two_attacks(nlp: Language) -> None:
    found = events_on_2024_03_05(nlp,
                                 "On 3 May, insurgents attacked the villages of Nsangue and Tambuzi in Cabo Delgado.")
    assert sorted(e.place or "" for e in found if e.type == "attack") == ["Nsangue", "Tambuzi"]


@pytest.mark.model
def test_a_village_of_a_district_is_one_place(nlp: Language) -> None:
    found = events_on_2024_03_05(
        nlp, "On 24 February, insurgents attacked the village of Magaia in Chiúre, burning 140 homes.")
    assert [(e.type, e.place) for e in found] == [("attack", "Magaia")]


@pytest.mark.model
def test_a_village_name_tagged_a_common_noun(nlp: Language) -> None:
    found = events_on_2024_03_05(
        nlp, "On February 22, members of Lakurawa attacked Saminaka village, also within Tangaza LGA in "
             "Sokoto State.")
    assert [(e.type, e.place) for e in found] == [("attack", "Saminaka")]


@pytest.mark.model
def test_a_phrase_after_the_village_says_where_it_lies(nlp: Language) -> None:
    found = events_on_2024_03_05(nlp,
                                 "On Monday, insurgents attacked the village of Koko in Macomia, burning 20 houses.")
    assert [(e.type, e.place) for e in found] == [("attack", "Koko")]
    found = events_on_2024_03_05(
        nlp, "On Sunday, ISWAP terrorists attacked some farmers at Dumba community, near Baga in Kukawa.")
    assert [(e.type, e.place) for e in found] == [("attack", "Dumba")]


# Unlisted villages listed before a plural settlement noun: "a raid on Dalwa and Mafa villages" names one scene, the
# villages no gazetteer knows, so the raid is placed at the first village (one event, not one per name); a people's
# name before "villages" ("Yazidi and Christian villages") is no village.

@pytest.mark.model
def test_names_before_villages_place_one_raid(nlp: Language) -> None:
    found = events_on_2024_05_06(nlp, "On Tuesday, gunmen launched a raid on Dalwa and Mafa villages in Borno State, "
                                      "killing five people.")
    assert [(e.type, e.place) for e in found if e.type == "attack"] == [("attack", "Dalwa")]


@pytest.mark.model
def test_a_people_before_villages_is_no_village(nlp: Language) -> None:
    found = events_on_2024_05_06(
        nlp, "On Tuesday, gunmen attacked Yazidi and Christian villages in Nineveh, killing five people.")
    assert all(e.place not in ("Yazidi", "Christian") for e in found)


# Sites a held place taken back lists, as places (events/unlisted.py).

@pytest.mark.model
def test_hyphened_site_listed_by_captured_positions_places_the_recapture(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "Puntland officials said on Wednesday that the offensives led to the capture of key militant positions, "
             "including Ceelasha Burti-Cise.")
    assert [e.place for e in found if e.type == "territorial_defeat"] == ["Ceelasha Burti-Cise"]


@pytest.mark.model
def test_site_a_captured_base_is_located_in_places_the_recapture(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "Puntland forces on Monday confirmed the capture of the base, located in Buqa-Caleed, in the Bari "
             "region of Somalia.")
    assert [e.place for e in found if e.type == "territorial_defeat"] == ["Buqa-Caleed"]
