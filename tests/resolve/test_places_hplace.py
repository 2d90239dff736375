"""Where provinces and regions of the affiliates' countries are put on the map (resolve/places, data/gazetteer.toml)."""

from __future__ import annotations

import pytest

from sitroom.geo import haversine_km
from sitroom.resolve.places import resolve_place


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Punjab", "PK", 31.17, 72.71),
    ("Punjab", "IN", 30.79, 75.84),
    ("Bali", "ID", -8.42, 115.19),
    ("Tawi-Tawi", "PH", 5.03, 119.77),
])
def test_a_province_named_after_no_town_is_placed_at_its_centre(
    name: str, country: str, lat: float, lon: float,
) -> None:
    place = resolve_place(name, [country])
    assert place is not None and place.country == country and place.precision == "province"
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, lat, lon) < 5


def test_a_province_centre_leaves_the_choice_of_the_namesake_alone() -> None:
    # Nigeria's town a vowel off "Bali" stays what a Nigerian page means by it
    place = resolve_place("Bali", ["NG"])
    assert place is not None and place.country == "NG" and place.precision == "point"


def test_puntland_is_placed_at_its_capital_garowe() -> None:
    puntland = resolve_place("Puntland", ["SO"])
    garowe = resolve_place("Garowe", ["SO"])
    assert puntland is not None and garowe is not None
    assert puntland.lat is not None and puntland.lon is not None and garowe.lat is not None and garowe.lon is not None
    assert haversine_km(puntland.lat, puntland.lon, garowe.lat, garowe.lon) < 10


@pytest.mark.parametrize(("name", "country", "place_name"), [
    ("Paktia", "AF", "Paktia Province"),
    ("Namapa", "MZ", "Namapa"),
    ("Nyiragongo territory", "CD", "Nyiragongo"),
    ("Kibaale National Park", "UG", "Kibale National Park"),
    ("Tambao", "BF", "Tambao"),
    ("Samal Island", "PH", "Samal Island"),
    ("Metro Manila", "PH", "Metro Manila"),
    ("Gowa", "ID", "Gowa"),
    ("Qurghon-Teppa", "TJ", "Bokhtar"),
])
def test_places_of_the_affiliates_regions_no_extract_names_so_are_on_the_map(
    name: str, country: str, place_name: str,
) -> None:
    place = resolve_place(name, [country])
    assert place is not None and place.name == place_name and place.country == country
    assert place.lat is not None and place.lon is not None
