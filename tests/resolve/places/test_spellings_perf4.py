"""The index ``_respelt_town`` reads a country's towns through (resolve/places): it narrows the towns tested to those
that can pass, and finds what a test of every town finds."""

from __future__ import annotations

from sitroom.resolve.gazetteer import norm_name
from sitroom.resolve.places import (
    _consonant_slip,
    _own_names_of,
    _respell_index,
    _respelt_town,
    _skeleton,
    _vowel_slip,
)


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
