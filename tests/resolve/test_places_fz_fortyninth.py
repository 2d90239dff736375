"""Place names a page misspells (session 49, places): the same consonants in order, a curated district's bare
name, and the standard name for a spelling no gazetteer knows."""

from __future__ import annotations

import pytest

from sitroom.resolve.places import _consonant_slip, _known_spelling, _respelt_town


def test_a_long_name_with_its_vowels_moved_is_the_town() -> None:
    for written, country, name in (("Miudumbe", "MZ", "Muidumbe"), ("Gujranula", "PK", "Gujranwala"),
                                   ("Mustung", "PK", "Mastung")):
        place = _respelt_town(written, frozenset({country}))
        assert place is not None and place.name == name, written


def test_a_curated_district_is_found_by_its_bare_name_misspelt() -> None:
    place = _respelt_town("Bjaur", frozenset({"PK"}))
    assert place is not None and place.name == "Bajaur"
    place = _respelt_town("Ningrahar", frozenset({"AF"}))
    assert place is not None and place.name.startswith("Nangarhar")


def test_consonants_must_be_many_and_in_order() -> None:
    assert _consonant_slip("miudumbe", "muidumbe")
    # three consonants are shared by too many names; vowels between two letters keep them two
    assert not _consonant_slip("masala", "missoula")
    assert not _consonant_slip("matuna", "mityana")
    assert not _consonant_slip("kayanja", "kyenjojo")
    # another first letter is another name
    assert not _consonant_slip("bardumbe", "muidumbe")


def test_no_town_of_a_country_the_page_is_not_about() -> None:
    assert _respelt_town("Miudumbe", frozenset({"NG"})) is None
    assert _respelt_town("Masala", frozenset({"CD", "UG", "US"})) is None


def test_a_spelling_the_gazetteer_keeps_for_the_place_is_known() -> None:
    assert _known_spelling("Sulaimani", "IQ")
    assert _known_spelling("Shirqat", "IQ")
    assert not _known_spelling("Miudumbe", "MZ")
    assert not _known_spelling("Tahua", "NE")  # only among GeoNames' loose alternate names
    assert not _known_spelling("Sulaimani", "SY")


@pytest.mark.model
def test_a_misspelt_town_is_placed_under_its_standard_name(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp.make_doc("In Mozambique, insurgents attacked the town of Miudumbe in Cabo Delgado on Monday.")
    doc._.reference_date = "2024-03-24"
    found = {(m.place.name, m.place.country) for m in places_nlp(doc)._.place_mentions}
    assert ("Muidumbe", "MZ") in found
