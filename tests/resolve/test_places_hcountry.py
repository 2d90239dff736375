"""A town spelt a vowel off is read as a gazetteer town only where names are transliterated."""

from __future__ import annotations

from sitroom.resolve.places import _respelt_town


def test_a_village_a_vowel_off_an_american_town_is_not_that_town() -> None:
    # "ADF men attacked the village of Kisima": a page about Congo that also names the US
    assert _respelt_town("Kisima", frozenset({"US"})) is None
    place = _respelt_town("Kisima", frozenset({"CD", "US"}))
    assert place is None or place.country == "CD"


def test_a_borno_village_a_vowel_off_an_indian_town_is_not_that_town() -> None:
    assert _respelt_town("Musari", frozenset({"NG", "IN"})) is None


def test_a_transliterated_name_a_vowel_off_is_still_the_town() -> None:
    for written, country, name in (("Makhackala", "RU", "Makhachkala"), ("Sbitla", "TN", "Sbeitla"),
                                   ("Miudumbe", "MZ", "Muidumbe")):
        place = _respelt_town(written, frozenset({country, "US"}))
        assert place is not None and place.name == name, written
