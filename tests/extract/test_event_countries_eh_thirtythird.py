"""An event neither its sentence nor the article's body locates takes the country of the page's dateline, else,
for a state force's raid, the force's own country (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2017-04-25")


def test_dateline_country_stands_when_the_body_names_no_known_place(nlp: Language) -> None:
    found = events(nlp, "ZAMBOANGA CITY, Philippines — The military claimed to have killed 30 members of the Maute "
                        "group.\n\nThe general said the series of clashes between soldiers and the Maute group "
                        "began April 21 in the Zxqvor Complex.\n")
    assert [(e.type, e.country) for e in found] == [("operation", "PH")]


def test_body_places_still_outweigh_the_dateline(nlp: Language) -> None:
    found = events(nlp, "BAGHDAD, Iraq — Kurdish officials spoke on Monday.\n\nThe clashes between soldiers and "
                        "the Islamic State began April 21 near Raqqa in Syria.\n")
    assert [e.country for e in found] == ["SY"]


def test_a_state_force_raid_no_place_locates_is_in_its_country(nlp: Language) -> None:
    found = events(nlp, "The UPDF spokesperson said that on April 21 the UPDF carried out an operation off the "
                        "Zxqvor Landing Site which led to a blow to the ADF terrorists.\n")
    assert [(e.type, e.country, e.actor) for e in found] == [
        ("operation", "UG", "Uganda People's Defence Force")]


def test_a_place_the_sentence_names_keeps_its_country(nlp: Language) -> None:
    found = events(nlp, "On April 21 the UPDF carried out an operation near Beni in the Democratic Republic of "
                        "the Congo.\n")
    assert [(e.type, e.country) for e in found] == [("operation", "CD")]


def test_a_raid_of_a_state_that_fights_only_abroad_is_not_at_home(nlp: Language) -> None:
    found = events(nlp, "US forces carried out a raid on April 21 that killed a senior Islamic State leader, "
                        "officials said.\n")
    assert [e.country for e in found if e.type == "operation"] in ([], [None])
