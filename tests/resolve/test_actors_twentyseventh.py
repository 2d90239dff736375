"""Actors and demonyms, twenty-seventh session (short sentences written for the tests): every state of the campaign's
reports has its demonym ("Sri Lankan", "Maldivian"), and a state's police named by it is that police."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.resolve.places import demonyms

events = events_dated("2019-06-14")


def test_demonyms_of_south_asian_and_african_states() -> None:
    table = demonyms()
    assert (table["Sri Lankan"], table["Maldivian"], table["Ivorian"]) == ("LK", "MV", "CI")


@pytest.mark.model
def test_a_states_police_named_by_its_demonym_makes_the_arrest(nlp: Language) -> None:
    found = events(nlp, "Sri Lankan police arrested five suspects linked to the Islamic State on Friday in Colombo.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "LK", "Sri Lanka Police")]
