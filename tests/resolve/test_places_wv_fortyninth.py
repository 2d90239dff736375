""""The North East" of a Nigerian page is the zone, on no other country's page (session 49, wv; sentences written
for the tests)."""

from __future__ import annotations

import pytest


def _names(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-03-24"
    return {m.place.name for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_the_capitalised_north_east_of_a_nigerian_page_is_the_zone(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Defence Headquarters said 252 terrorists surrendered to troops in the North East theatre of "
            "operation. Troops in Borno State also rescued 20 people.")
    assert "North East Nigeria" in _names(places_nlp, text)


@pytest.mark.model
def test_compass_words_on_a_page_of_another_country_are_no_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("The rebels camped in Matunguru Valley, North East of Maitatu, Irumu territory, in Congo.",
                 "In India, militants in the North-East attacked a convoy."):
        assert "North East Nigeria" not in _names(places_nlp, text)


def test_a_lower_case_direction_of_nigeria_is_the_country_not_the_zone() -> None:
    from sitroom.resolve.places import resolve_place

    for words in ("north-east Nigeria", "northeast Nigeria"):
        place = resolve_place(words, ["NG"])
        assert place is not None and place.name == "Nigeria", words
    zone = resolve_place("North-East", ["NG"])
    assert zone is not None and zone.name == "North East Nigeria"
    # the lower-case forms the gazetteer itself lists for a region still name it
    syria = resolve_place("north-east Syria", ["SY"])
    assert syria is not None and syria.name == "Northeast Syria"
