"""Place entities (sentences and mentions written for the tests): an unknown name the NER cut out of a longer place's
name yields to the place; the theatre's named areas GeoNames lacks are in the curated gazetteer."""

from __future__ import annotations

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
