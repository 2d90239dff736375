"""Session 20 place-entity names: a city the text writes with "City" after its name is named so."""

from __future__ import annotations

from sitroom.models import Place, PlaceMention
from sitroom.resolve.places import place_entity_mentions

MARAWI = Place(id="curated:marawi", name="Marawi", country="PH", lat=8.0, lon=124.29, feature="city")
KIRKUK = Place(id="curated:kirkuk", name="Kirkuk", country="IQ", lat=35.47, lon=44.39, feature="city")


def _at(text: str, start: int, place: Place) -> PlaceMention:
    return PlaceMention(text=text, start=start, end=start + len(text), place=place)


def test_a_city_written_with_its_city_word_is_named_so_on_every_mention() -> None:
    # "MARAWI CITY" in the dateline, "Marawi" in the body: one entity, the chartered city's name
    found, _ = place_entity_mentions([_at("MARAWI CITY", 0, MARAWI), _at("Marawi", 40, MARAWI)], [])
    assert {m.canonical for m in found} == {"Marawi City"}
    assert len({m.entity_id for m in found}) == 1


def test_a_town_never_written_with_the_word_keeps_its_name() -> None:
    found, _ = place_entity_mentions([_at("Kirkuk", 0, KIRKUK), _at("Kirkuk city", 30, KIRKUK)], [])
    # the lower-case word only describes the town
    assert {m.canonical for m in found} == {"Kirkuk"}
    found, _ = place_entity_mentions([_at("Kirkuk", 0, KIRKUK)], [])
    assert {m.canonical for m in found} == {"Kirkuk"}
