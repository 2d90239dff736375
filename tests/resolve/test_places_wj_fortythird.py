"""Places, forty-third session (short sentences written for the tests): a town the NER tags as a person, an
organisation or a people is still a place when the writer says what kind of place it is ("the Tank district",
"Gharyan city"), or takes a bearing from it ("30 km NE of Biu", "south-west of Torodi")."""

from __future__ import annotations

import pytest


def _found(nlp, text: str) -> tuple[dict[str, str], dict[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2022-06-12"
    doc = nlp(doc)
    return {e.text: e.label_ for e in doc.ents}, {m.text: m.place.country for m in doc._.place_mentions}


@pytest.mark.model
def test_a_town_the_model_calls_an_organisation_before_district_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    labels, found = _found(places_nlp, "Police said gunmen attacked a checkpoint in the Tank district of Pakistan "
                                       "on Sunday, killing two officers.")
    assert labels.get("Tank") == "ORG"  # what the rule is for
    assert found.get("Tank") == "PK"


@pytest.mark.model
def test_a_town_the_model_calls_a_people_before_city_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    labels, found = _found(places_nlp, "Libyan forces said they captured an Iraqi national in the center of "
                                       "Gharyan city, south of Tripoli, on Friday.")
    assert labels.get("Gharyan") == "NORP"
    assert found.get("Gharyan") == "LY"


@pytest.mark.model
def test_a_capitalised_word_after_the_name_makes_no_kind_word(places_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitroom.resolve.places import _kind_word_follows

    doc = places_nlp.make_doc("He met officials of the Tank district office and of Gharyan City Council.")
    assert _kind_word_follows(doc[5:6])  # "Tank" before "district"
    assert not _kind_word_follows(doc[10:11])  # "Gharyan" before "City Council"
    site = places_nlp.make_doc("Flights to Brussels airport were cancelled.")
    assert not _kind_word_follows(site[2:3])  # a site's word: the airport is another place than the town


@pytest.mark.model
def test_a_bearing_is_taken_from_a_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    _, found = _found(places_nlp, "Nigerian troops said the militants overran a base 30 km NE of Biu in Borno "
                                  "State, Nigeria.")
    assert found.get("Biu") == "NG"
    _, found = _found(places_nlp, "Soldiers were ambushed 40 kilometres south-west of Torodi in Niger's Tillaberi "
                                  "region.")
    assert found.get("Torodi") == "NE"


def test_a_town_of_the_pages_country_beats_a_foreign_namesake_the_alias_rule_drops() -> None:
    from sitroom.resolve.places import resolve_place

    # the heaviest "Hong" is a Zürich quarter (Höngg), the heaviest "Koko" an alias of Cocoa, Florida: both are
    # dropped on a Nigerian page, where the Nigerian towns of those very names are meant
    hong = resolve_place("Hong", ("NG",))
    assert hong is not None and (hong.name, hong.country) == ("Hong", "NG")
    koko = resolve_place("Koko", ("NG",))
    assert koko is not None and (koko.name, koko.country) == ("Koko", "NG")
    assert resolve_place("Chamkani", ("PK",)) is None  # no town of the page's country bears it: still nothing
