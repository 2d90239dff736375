"""Place resolution: a mid-sized foreign city is not taken by one of its loose alternate names."""

from __future__ import annotations

from sitroom.resolve.places import resolve_place


def test_places_alternate_name_of_a_foreign_city_is_not_the_place() -> None:
    # "Madara" is an old name GeoNames lists for Marsá Maţrūḩ (Egypt); in a page about Borno it is the hills
    place = resolve_place("Madara Mountains", ["NG"])
    assert place is None or place.country == "NG"
    bale = resolve_place("Bale", ["NG"])
    assert bale is None or bale.country != "CH"


def test_places_exonym_of_a_large_city_still_resolves() -> None:
    # a city of half a million or more is known abroad by its exonym: Cologne is Köln whatever the page is about
    cologne = resolve_place("Cologne", ["NG"])
    assert cologne is not None and cologne.country == "DE"


def test_places_without_context_the_alternate_name_is_kept() -> None:
    # with no document countries there is nothing to be foreign to: the gazetteer's best reading stands
    assert resolve_place("Bombay") is not None
