"""Place names a page spells its own way (resolve/places): misspellings with the same consonants in order, and the light
spelling key (case, diacritics and separators folded) of a place or entity name."""

from __future__ import annotations

import unicodedata

import pytest

from sitroom.resolve.gazetteer import norm_name
from sitroom.resolve.places import (
    _LIGHT_SEP,
    _consonant_slip,
    _known_spelling,
    _light_key,
    _own_names_of,
    _respell_index,
    _respelt_town,
    _skeleton,
    _vowel_slip,
)

# Place names a page misspells: the same consonants in order, a curated district's bare name, and the standard name
# for a spelling no gazetteer knows.

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


# The light spelling key (case, diacritics and separators folded) of a place or entity name: an ASCII name takes a
# short way, speed) that must give what the full fold gives.

def _full_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return _LIGHT_SEP.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


def test_an_ascii_name_folds_case_and_separators() -> None:
    assert _light_key("Ras al-Ain") == "rasalain" == _full_fold("Ras al-Ain")
    assert _light_key("Dar'es Salaam") == _full_fold("Dar'es Salaam") == "daressalaam"
    assert _light_key("") == ""


def test_a_name_with_diacritics_or_curly_marks_folds_them_too() -> None:
    assert _light_key("Kobanî") == "kobani"
    assert _light_key("Ra’s al-‘Ayn") == _full_fold("Ra’s al-‘Ayn") == "rasalayn"


# The index ``_respelt_town`` reads a country's towns through (resolve/places): it narrows the towns tested to those
# that can pass, and finds what a test of every town finds.

def _every_town(name: str, context: frozenset[str]) -> list[str]:
    """The towns a vowel or consonant slip away, testing every town of the countries in order."""
    key = norm_name(name)
    return [e.name for iso in sorted(context) for k, entries in _own_names_of(iso).items()
            if (k[:1] == key[:1] and abs(len(k) - len(key)) <= 1 and _vowel_slip(k, key)) or _consonant_slip(k, key)
            for e in entries]


def test_each_town_is_indexed_under_its_first_letter_and_its_consonants() -> None:
    index = _respell_index("IQ")
    assert index.keys == list(_own_names_of("IQ"))
    rutba = index.keys.index("rutba")
    assert rutba in index.by_initial["r"] and rutba in index.by_skeleton[_skeleton("rutba")]


def test_a_misspelt_town_is_the_one_a_test_of_every_town_finds() -> None:
    for written, context in (("Rutbe", {"IQ", "SY"}), ("Miudumbe", {"MZ", "TZ"}), ("Gujranula", {"PK", "AF"}),
                             ("Boni Yadi", {"NG", "NE"}), ("Masala", {"CD", "UG", "US"})):
        found = _every_town(written, frozenset(context))
        place = _respelt_town(written, frozenset(context))
        if len(set(found)) == 1:
            assert place is not None and place.name == found[0], written
        else:
            assert place is None, written


def test_a_country_s_towns_come_from_its_own_entries_in_the_gazetteer_s_order() -> None:
    from sitroom.resolve.gazetteer import default_gazetteer
    from sitroom.resolve.places import _gazetteer_by_country

    groups = _gazetteer_by_country()
    iraq = [e for e in default_gazetteer() if e.country == "IQ"]
    assert groups["IQ"] == iraq
    assert sum(len(entries) for entries in groups.values()) == len(list(default_gazetteer()))
    assert "rutba" in _own_names_of("IQ") and _own_names_of("XX") == {}
