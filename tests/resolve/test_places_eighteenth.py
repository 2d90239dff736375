"""Place resolution of the eighteenth session: surnames and initials the NER tags, shared lakes, "the Republic"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.resolve.places import _after_given_name, resolve_place

pytestmark = pytest.mark.model



def _names(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-03-24"
    return [(m.text, m.place.country) for m in nlp(doc)._.place_mentions]


def test_a_surname_after_a_given_name_is_no_town(places_nlp: Language) -> None:
    # "Hassan" alone is a city of India; after "Jamilu" it is a man's name (the NER tags only the surname)
    found = _names(places_nlp, "They launched the attack on Sunday, firing sporadically and killing one Jamilu Hassan.")
    assert ("Hassan", "IN") not in found
    # a city named without a given name before it stays a place
    assert ("Mosul", "IQ") in _names(places_nlp, "The army said Mosul was calm on Sunday.")
    # nor does a body's word before a town make it a surname (the NER tags "Embassy Niamey" a person)
    doc = places_nlp.make_doc("United States Embassy Niamey strongly condemns the attacks.")
    assert not _after_given_name(doc[3:4])
    assert _after_given_name(places_nlp.make_doc("They killed one Jamilu Hassan.")[4:5])


def test_initials_are_no_town_by_an_alias(places_nlp: Language) -> None:
    # "BIR" (Cameroon's rapid intervention battalion) is an alternate name of Beed, India
    found = _names(places_nlp, "On the same night clashes took place between elements of the BIR and the ISWAP "
                               "faction.")
    assert all(country != "IN" for _name, country in found)
    # a country's initials stay the country
    assert ("DRC", "CD") in _names(places_nlp, "Ugandan troops crossed into the DRC on Sunday.")


def test_a_shared_lake_is_the_first_listed_of_the_texts_countries() -> None:
    # an MNJTF release naming Nigeria and Chad tells of the lake's Nigerian side (Borno's islands)
    lake = resolve_place("Lake Chad", ("TD", "NG"))
    assert lake is not None and lake.country == "NG"
    # one bordering country named: that one; none: the lake's own entry
    only = resolve_place("Lake Chad", ("TD", "US"))
    assert only is not None and only.country == "TD"
    bare = resolve_place("Lake Chad")
    assert bare is not None and bare.country == "TD"


def test_a_shared_lake_keeps_its_listed_country_whichever_side() -> None:
    # the events take the side the text tells of; the place itself is the gazetteer's, one country on every page
    nigerian = resolve_place("Lake Chad", ("NG",))
    assert nigerian is not None and (nigerian.country, nigerian.listed_country) == ("NG", "TD")
    town = resolve_place("Maiduguri", ("NG",))
    assert town is not None and town.listed_country is None


def test_the_republic_is_a_state_not_a_town() -> None:
    # "President of the Republic": Republic, Missouri is not meant
    assert resolve_place("Republic", ("US", "FR")) is None
    assert resolve_place("Central African Republic") is not None


def test_the_affiliates_border_villages_are_placed_in_their_country(places_nlp: Language) -> None:
    # villages no GeoNames extract lists, named in reports from across a border: each stays in its own country
    found = _names(places_nlp, "Ugandan troops crossed into Congo at Kasindi, while in Niger gunmen struck Inates "
                               "and an army patrol was ambushed near Tongo Tongo.")
    assert {("Kasindi", "CD"), ("Inates", "NE"), ("Tongo Tongo", "NE")} <= set(found)
    assert resolve_place("Nangade", ("MZ",)) is not None
    banibangu = resolve_place("Banibangu", ())
    assert banibangu is not None and banibangu.country == "NE"


def test_a_curated_village_does_not_swallow_a_longer_name(places_nlp: Language) -> None:
    # the negative case: a word that only shares a stem with a curated village is no place
    assert _names(places_nlp, "The Tongo family ran the market for decades.") == []


def test_bagas_chadian_namesake_is_one_name(places_nlp: Language) -> None:
    found = _names(places_nlp, "Suicide bombers struck the Chadian lakeside town of Baga Sola on Saturday.")
    assert ("Baga Sola", "TD") in found
    # the negative case: Nigeria's Baga keeps its own country
    assert ("Baga", "NG") in _names(places_nlp, "Fighters overran the army base in Baga in Borno state.")
