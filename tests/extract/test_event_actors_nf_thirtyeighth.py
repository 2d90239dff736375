"""Event actors, thirty-eighth session (nf): the pledges of fighters a group's phrase names, and the English names of
the Mujahidin Indonesia Timur (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2016-05-10")


def test_fighters_of_a_group_named_by_apposition_pledge_for_it(nlp: Language) -> None:
    # the group is named before the common noun whose fighters swear; the one sworn to is no pledger
    found = events(nlp, "The dead gunmen belonged to Ansar Khilafah Philippines, a small armed group with about 40 "
                        "fighters who pledged their allegiance to Islamic State leader Abu Bakr al-Baghdadi in 2014.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Ansar Al-Khilafa Philippines")]


def test_the_one_sworn_to_in_the_oath_clause_is_no_pledger(nlp: Language) -> None:
    # al-Baghdadi, in the clause that swears the oath, does not stand for the fighters
    found = events(nlp, "The dead gunmen belonged to Abu Sayyaf, a small armed group with about 40 fighters who "
                        "pledged their allegiance to Islamic State leader Abu Bakr al-Baghdadi in 2014.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Abu Sayyaf Group")]


def test_the_eastern_indonesian_mujahideen_are_the_mujahidin_indonesia_timur(nlp: Language) -> None:
    found = events(nlp, "Police in Central Sulawesi said the Eastern Indonesian Mujahideen killed four farmers in "
                        "Poso on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Mujahidin Indonesia Timur")]


def test_mit_on_a_page_about_indonesia_is_the_group(nlp: Language) -> None:
    found = events(nlp, "Indonesian police said the MIT killed two farmers in Poso, Central Sulawesi, on Monday. "
                        "The MIT has pledged allegiance to the Islamic State.")
    assert ("attack", "Mujahidin Indonesia Timur") in [(e.type, e.actor) for e in found]


def test_a_strike_by_a_states_aircraft_is_its_force_not_a_militia_named_nearby(nlp: Language) -> None:
    found = events(nlp, "Four Islamic State militants were killed in an airstrike by Iraqi aircraft in the Hamrin "
                        "Mountains on Friday, security officials said. The Popular Mobilization Forces said the "
                        "bodies were found.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Iraqi Security Forces")]


def test_jets_a_demonym_names_fly_for_the_state_not_for_a_name_made_of_the_jet(nlp: Language) -> None:
    found = events(nlp, "The Iraqi Joint Operations Command announced the killing of three members of the ISIS "
                        "organization in an airstrike by Iraqi F-16 fighter jets.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Iraqi Security Forces")]


def test_a_states_air_arm_the_article_names_keeps_the_strike(nlp: Language) -> None:
    found = events(nlp, "Egyptian warplanes struck Islamic State positions near Derna on Monday, the Egyptian Air "
                        "Force said.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Egyptian Air Force")]


@pytest.mark.parametrize(("text", "actor"), [
    ("Police in Kenya say they have arrested two ISIS suspects in the capital, foiling attacks planned for Nairobi.",
     "National Police Service"),
    ("Police in Maldives have arrested 14 people allegedly working with foreign extremists to carry out a bombing.",
     "Maldives Police Service"),
    ("Police in Tanzania arrested three men suspected of recruiting fighters for the Islamic State in Dar es Salaam on "
     "Monday.", "Tanzania Police Force"),
    ("The Kenyan anti-terrorism police on Saturday morning arrested two IS suspects in the coastal city of Mombasa.",
     "Anti-Terrorism Police Unit"),
])
def test_police_in_a_state_are_its_national_police(nlp: Language, text: str, actor: str) -> None:
    found = events(nlp, text)
    assert [(e.type, e.actor) for e in found] == [("operation", actor)]
