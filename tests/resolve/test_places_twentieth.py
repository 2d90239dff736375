"""Session 20 place-entity names: a city the text writes with "City" after its name is named so."""

from __future__ import annotations

from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions

MARAWI = Place(id="curated:marawi", name="Marawi", country="PH", lat=8.0, lon=124.29, feature="city")
KIRKUK = Place(id="curated:kirkuk", name="Kirkuk", country="IQ", lat=35.47, lon=44.39, feature="city")


def _at(text: str, start: int, place: Place) -> PlaceMention:
    return PlaceMention(text=text, start=start, end=start + len(text), place=place)


def test_a_city_written_with_its_city_word_is_named_so_on_every_mention() -> None:
    # "MARAWI CITY" in the dateline, "Marawi City" in the body: one entity, the chartered city's name
    found, _ = place_entity_mentions([_at("MARAWI CITY", 0, MARAWI), _at("Marawi City", 40, MARAWI)], [])
    assert {m.canonical for m in found} == {"Marawi City"}
    assert len({m.entity_id for m in found}) == 1
    # a page that also writes the bare name names the city by it (session 26: the gold does, 10 pages of 12)
    found, _ = place_entity_mentions([_at("MARAWI CITY", 0, MARAWI), _at("Marawi", 40, MARAWI)], [])
    assert {m.canonical for m in found} == {"Marawi"}
    assert len({m.entity_id for m in found}) == 1


def test_a_town_never_written_with_the_word_keeps_its_name() -> None:
    found, _ = place_entity_mentions([_at("Kirkuk", 0, KIRKUK), _at("Kirkuk city", 30, KIRKUK)], [])
    # the lower-case word only describes the town
    assert {m.canonical for m in found} == {"Kirkuk"}
    found, _ = place_entity_mentions([_at("Kirkuk", 0, KIRKUK)], [])
    assert {m.canonical for m in found} == {"Kirkuk"}


SINAI = Place(id="curated:sinai", name="Sinai Peninsula", country="EG", lat=29.5, lon=33.8, feature="region")
SUMATRA = Place(id="curated:sumatra", name="Sumatra", country="ID", lat=-0.59, lon=101.34, feature="region")


def test_a_kind_word_the_page_never_writes_is_no_part_of_the_name() -> None:
    # "militants in Sinai": the page's name, not the gazetteer's "Sinai Peninsula"
    found, _ = place_entity_mentions([_at("Sinai", 0, SINAI), _at("Sinai", 30, SINAI)], [])
    assert {m.canonical for m in found} == {"Sinai"}
    found, _ = place_entity_mentions([_at("Sinai Peninsula", 0, SINAI), _at("Sinai", 30, SINAI)], [])
    assert {m.canonical for m in found} == {"Sinai Peninsula"}  # written once: the gazetteer's name stands


def test_a_compass_word_before_a_name_makes_its_own_area() -> None:
    # "arrested in West Sumatra and South Sumatra": two provinces, neither the island
    found, _ = place_entity_mentions([_at("West Sumatra", 0, SUMATRA), _at("South Sumatra", 30, SUMATRA)], [])
    assert {m.canonical for m in found} == {"West Sumatra", "South Sumatra"}
    assert len({m.entity_id for m in found}) == 2
    # a lower-case direction only says where: "northern Sumatra" is the island
    found, _ = place_entity_mentions([_at("northern Sumatra", 0, SUMATRA), _at("Sumatra", 30, SUMATRA)], [])
    assert {m.canonical for m in found} == {"Sumatra"}


def _named(text: str, start: int, kind: str = "location") -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type=kind,
                         entity_id=stable_id("entity", kind, text))


def test_a_village_no_gazetteer_holds_is_named_without_its_kind_word() -> None:
    # "gunmen raided Babunga village"; "in Barangay Kitango"; "Abadam Local Government Area" tagged a body
    found, kept = place_entity_mentions([], [_named("Abadam Local Government Area", 60, "organization")],
                                        [_named("Babunga village", 0), _named("Barangay Kitango", 30)])
    assert {m.canonical for m in found} == {"Babunga", "Kitango", "Abadam"}
    assert {"Babunga", "Kitango", "Abadam"} <= {m.text for m in found}
    assert kept == []


def test_a_name_whose_last_word_is_its_own_stays_whole() -> None:
    # "Sambisa Forest", "Ndjamena-Chad": no village word to drop; a lower-case start is no name
    found, _ = place_entity_mentions([], [], [_named("Sambisa Forest", 0), _named("Tummunna", 30)])
    assert {m.canonical for m in found} == {"Sambisa Forest", "Tummunna"}
