"""Where provinces and regions of the affiliates' countries are put on the map (resolve/places, data/gazetteer.toml)."""

from __future__ import annotations

from sitroom.geo import haversine_km
from sitroom.resolve.places import resolve_place


def test_puntland_is_placed_at_its_capital_garowe() -> None:
    puntland = resolve_place("Puntland", ["SO"])
    garowe = resolve_place("Garowe", ["SO"])
    assert puntland is not None and garowe is not None
    assert puntland.lat is not None and puntland.lon is not None and garowe.lat is not None and garowe.lon is not None
    assert haversine_km(puntland.lat, puntland.lon, garowe.lat, garowe.lon) < 10
