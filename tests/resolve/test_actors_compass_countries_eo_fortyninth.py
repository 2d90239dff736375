"""Actors, forty-ninth session (short sentences written for the tests): a country written after a capitalised compass
word ("Northeast Nigeria", "Eastern DRC", "Northern Mozambique") is a mention of the country in the entity records,
unless the whole phrase names something else ("Northern Ireland", "South Sudan", "North and East Syria"); the part
of the country stays a location entity of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions


def alias_canonicals(nlp: Language, text: str, form: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_aliases if m.text == form}


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "country"), [
    ("Gunmen abducted five farmers in a town of Borno State, Northeast Nigeria, on Monday.", "Nigeria", "Nigeria"),
    ("Police in a district of Eastern Uganda have arrested five people.", "Uganda", "Uganda"),
    ("Three People Beheaded in Northern Mozambique", "Mozambique", "Mozambique"),
    ("The rebels killed thousands of civilians in Eastern Democratic Republic of Congo.",
     "Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("Troops raided camps in North-East Nigeria's forests.", "Nigeria", "Nigeria"),
])
def test_a_country_after_a_compass_word_is_the_country(ents_nlp: Language, text: str, form: str,
                                                       country: str) -> None:
    assert alias_canonicals(ents_nlp, text, form) == {country}
    # an entity-record mention only: the extractors' mentions do not count it as an actor
    assert not any(m.text == form and m.type == "country" for m in entity_mentions(ents_nlp, text))


@pytest.mark.model
def test_a_compass_name_of_another_place_names_no_country(ents_nlp: Language) -> None:
    text = "He was born in Northern Ireland, worked in South Sudan and later in North and East Syria."
    assert not any(m.type == "country" for m in ents_nlp(text)._.entity_aliases)
    assert not any(m.canonical in ("Ireland", "Sudan") for m in entity_mentions(ents_nlp, text))


NIGERIA = Place(id="p:ng", name="Nigeria", country="NG", lat=9.1, lon=8.7, precision="country", feature="country")


def test_the_part_of_a_country_stays_a_location_beside_the_country() -> None:
    country = EntityMention(text="Nigeria", start=10, end=17, canonical="Nigeria", type="country",
                            entity_id=stable_id("entity", "country", "Nigeria"), kb_id="country:NG")
    found, kept = place_entity_mentions([PlaceMention("Northwest Nigeria", 0, 17, NIGERIA)], [country])
    assert [m.text for m in found] == ["Northwest Nigeria"]
    assert [m.canonical for m in kept] == ["Nigeria"]
