"""Place entities (sentences and mentions written for the tests): an unknown name the NER cut out of a longer place's
name yields to the place; the theatre's named areas GeoNames lacks are in the curated gazetteer; a macro-region
the NER took for a person or a product is a location entity, with no place record."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention, Place, PlaceMention
from sitroom.resolve.places import place_entity_mentions, resolve_place

AREA = Place(id="p1", name="Sample Triangle", country="NG", lat=11.0, lon=12.4, precision="province",
             feature="region")


def _org(text: str, start: int, kb_id: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type="organization",
                         entity_id=f"e-{text}", kb_id=kb_id)


def test_an_unknown_name_cut_out_of_a_place_yields_to_it() -> None:
    # "Troops cleared the Sample Triangle", the NER tagging only "Triangle" as an organisation
    found, kept = place_entity_mentions([PlaceMention("Sample Triangle", 19, 34, AREA)], [_org("Triangle", 26)])
    assert [m.canonical for m in found] == ["Sample Triangle"]
    assert kept == []


def test_a_known_body_inside_a_place_name_stays() -> None:
    # a body the knowledge base knows keeps its mention, and the place yields to it as before
    found, kept = place_entity_mentions([PlaceMention("Sample Triangle", 19, 34, AREA)],
                                        [_org("Triangle", 26, kb_id="kb1")])
    assert [m.canonical for m in kept] == ["Triangle"]
    assert found == []


def test_a_name_running_past_the_place_stays() -> None:
    # "the Sample Triangle Authority said": the body's name runs past the place, which is no part cut out of it
    _, kept = place_entity_mentions([PlaceMention("Sample Triangle", 4, 19, AREA)],
                                    [_org("Triangle Authority", 11)])
    assert [m.canonical for m in kept] == ["Triangle Authority"]


def test_named_areas_of_the_theatres_are_in_the_gazetteer() -> None:
    triangle = resolve_place("Timbuktu Triangle", ["NG"])
    assert triangle is not None and triangle.country == "NG"
    semuliki = resolve_place("Semliki", ["CD"])
    assert semuliki is not None and semuliki.name == "Semuliki"
    hamrin = resolve_place("Himreen", ["IQ"])
    assert hamrin is not None and hamrin.name == "Hamrin Mountains"


@pytest.mark.model
def test_a_macro_region_the_ner_took_for_a_person_is_a_location(places_nlp: Language) -> None:
    # the model tags "Sahel" a person here, and a product in the second sentence
    for text in ("ISGS, a fledgling organization in the Sahel which holds allegiance to Abu Bakr al-Baghdadi.",
                 "The group has links to ISIS operating in the Sahel. The attack occurred on Friday."):
        doc = places_nlp(text)
        assert [(m.text, m.type) for m in doc._.unplaced_names if m.text == "Sahel"] == [("Sahel", "location")]
        assert not [m for m in doc._.place_mentions if m.text == "Sahel"]  # still no point on the map


@pytest.mark.model
def test_a_macro_region_is_no_person(ents_nlp: Language) -> None:
    text = "ISGS, a fledgling organization in the Sahel which holds allegiance to Abu Bakr al-Baghdadi."
    assert not [m for m in entity_mentions(ents_nlp, text) if m.text == "Sahel" and m.type == "person"]


def test_a_spelling_the_curated_gazetteer_lists_keeps_the_curated_name() -> None:
    # "Calmiskaad" is one of the curated spellings of the Cal Miskaad range: named by the gazetteer's name
    miskaad = resolve_place("Calmiskaad", ["SO"])
    assert miskaad is not None and miskaad.name == "Cal Miskaad"
    found, _ = place_entity_mentions([PlaceMention("Calmiskaad", 10, 20, miskaad),
                                      PlaceMention("Calmiskaad", 40, 50, miskaad)], [])
    assert {m.canonical for m in found} == {"Cal Miskaad"}


def test_a_spelling_no_curator_listed_is_named_as_written() -> None:
    # a transliteration the gazetteer knows for the place stays the page's form (the conventions' rule for most
    # places); a spelling it does not know at all is the page's slip, named by the gazetteer's name (session 49)
    town = Place(id="p3", name="Sampletown", country="NG", lat=11.0, lon=12.4, precision="point", feature="city")
    found, _ = place_entity_mentions([PlaceMention("Samppletown", 10, 21, town)], [])
    assert {m.canonical for m in found} == {"Sampletown"}
