"""Places, fiftieth session (short sentences written for the tests): garrison and market towns of the fighting that
the GeoNames extracts lack (Pulka, Waza, Boga, Talataye) or hold only as a foreign namesake (Tapah, read as India's
Tapa) are curated places of their country."""

from __future__ import annotations

import pytest

from sitroom.resolve.places import resolve_place


def test_conflict_towns_resolve_in_their_country() -> None:
    for name, country in (("Pulka", "NG"), ("Waza", "CM"), ("Boga", "CD"), ("Talataye", "ML"), ("Tapah", "MY")):
        place = resolve_place(name, (country,))
        assert place is not None and place.country == country and place.lat is not None, name


@pytest.mark.model
def test_a_curated_town_is_found_in_text(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp("Troops repelled attacks in Mandaragirau and Pulka in Borno State, Nigeria.")
    assert "Pulka" in {m.place.name for m in doc._.place_mentions}
