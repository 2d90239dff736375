"""Unlisted villages after "the village of", fifty-third session (short sentences written for the tests, after a
Cabo Ligado-style report): the tagger often reads an unknown village's name after "the village of" as an
organisation; the settlement word says it is a place, so the attack has a place and is kept as an event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-09-13")


@pytest.mark.model
def test_village_of_an_organisation_name_places_the_attack(nlp: Language) -> None:
    found = events(nlp, "The day before, insurgents also attacked the village of Nkoe, about 14km to the west of "
                        "Quinto Congresso.")
    assert [(e.type, e.place) for e in found] == [("attack", "Nkoe")]


@pytest.mark.model
def test_village_of_a_known_group_is_no_village(nlp: Language) -> None:
    found = events(nlp, "Troops attacked the hideout of the Islamic State in the village of Nkoe on Monday.")
    assert all(e.place != "Islamic State" for e in found)


@pytest.mark.model
def test_village_beside_the_borders_is_not_in_those_countries(nlp: Language) -> None:
    found = events(nlp, "The attack took place on Friday during prayer time in the village of Fomita, close to the "
                        "borders of Burkina Faso and Mali.")
    assert [e.place for e in found if e.type == "attack"] == ["Fomita"]
    assert all(e.country not in ("BF", "ML") for e in found)
