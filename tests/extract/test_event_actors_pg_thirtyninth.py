"""Event actors, thirty-ninth session (pg): the group whose doers a "by" phrase names, a state listed with the
coalition, the letters and local names of state forces (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2019-05-21")


def test_the_of_phrase_of_the_doers_a_by_phrase_names_is_the_attacker(nlp: Language) -> None:
    found = events(nlp, "More than 1,300 inmates have escaped from the central prison of Beni in the Democratic "
                        "Republic of Congo after an attack by rebels of the Allied Democratic Forces, the city's mayor "
                        "has said.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


def test_a_state_listed_with_the_coalition_leads_its_raid(nlp: Language) -> None:
    # the state the doers' phrase lists with the coalition of states is the actor, as a strike's state is
    found = events(nlp, "United States and coalition forces conducted a raid in Syria last Friday, killing an Islamic "
                        "State official.")
    assert [(e.type, e.actor) for e in found] == [("operation", "United States")]


def test_the_coalition_alone_keeps_its_raid(nlp: Language) -> None:
    found = events(nlp, "Coalition forces conducted a raid in Syria last Friday, killing an Islamic State official.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Global Coalition to Defeat Daesh/ISIS")]


def test_the_ugandan_air_arms_letters_name_the_updf(nlp: Language) -> None:
    found = events(nlp, "On May 16, UPDAF air strikes in eastern DRC killed several ADF rebels, the army said.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Uganda People's Defence Force")]


def test_the_national_guard_on_a_tunisian_page_is_tunisias(nlp: Language) -> None:
    # Tunisia's gendarmerie, named without the state's name on a page about Tunisia
    found = events(nlp, "Two suspected terrorists were killed on Wednesday in Tunisia after the national guard "
                        "launched a raid on a house near Tunis, the interior ministry said.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Tunisian National Guard")]
