"""Places with namesakes in other countries (resolve/places): which country's place a name is, from the page's country,
its outlet and the press's habits, and when a loose alternate name does not take a city."""

from __future__ import annotations

import pytest
from tests.resolve.conftest import place_countries

from sitroom.resolve.places import resolve_place

# A place of a country the article never names, alone in its country, is a namesake of a local place; a page that
# names no country reads its cities by the regions it names, and drops a name that is only a foreign town's alternate
# name.

def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text, "2024-03-24")


@pytest.mark.model
def test_a_lone_province_of_a_country_the_article_never_names_is_a_namesake(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Congolese and Ugandan troops overran four ADF camps at Tondoli, Abia and Belu in "
                                "Beni territory of North Kivu province, the DRC army said.")
    assert found.get("Abia") in (None, "CD")  # no Nigerian state on a DRC page
    assert found.get("North Kivu province") == "CD"


@pytest.mark.model
def test_a_lone_city_of_a_country_the_article_never_names_is_a_namesake(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "At least 92 Chadian soldiers were killed in an attack in Boma, in Chad's Lac "
                                "province, the army said.")
    assert found.get("Boma") in (None, "TD")  # not the Congolese port


@pytest.mark.model
def test_a_province_beside_other_places_of_its_country_stays(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "American advisers said troops clashed with Abu Sayyaf in Sulu and Basilan "
                                "provinces, and the United States would help.")
    assert "PH" in found.values()


@pytest.mark.model
def test_a_capital_of_a_country_the_article_never_names_stays(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Pakistani police said the plot against the airport was planned in Kabul.")
    assert found.get("Kabul") == "AF"


@pytest.mark.model
def test_a_page_naming_no_country_reads_its_city_by_its_region(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Puntland forces kill ISIS members in Bari region. The fighters were hiding in "
                                "the mountains of Bari, Puntland officials said.")
    assert all(country == "SO" for text, country in found.items() if text.startswith("Bari"))


@pytest.mark.model
def test_a_lone_town_away_from_the_articles_countries_stays(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # the page names only Saudi Arabia (an acronym's reading); Gao is told in a sentence of its own, as in a page
    # whose title alone names Mali: no sentence sets it among the article's countries, so it stays the Malian city
    found = _places(places_nlp, "An official of the KSA spoke on Friday. It was the first time Talatage, about 150 "
                                "kilometers from Gao, had been attacked on such a scale.")
    assert found.get("Gao") == "ML"


@pytest.mark.model
def test_the_country_whose_body_the_article_names_is_a_country_it_is_about(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitroom.resolve.places import PlaceResolver

    doc = places_nlp.make_doc("The Uganda People’s Defence Forces (UPDF) has tracked down ADF terrorists in a joint "
                              "operation on Lake Edward, off Kayanja Landing Site in Kasese district. A British "
                              "tourist was killed by the rebels last year.")
    doc._.reference_date = "2024-03-24"
    doc = places_nlp(doc)
    # the "British" tourist does not make the article one about Britain alone
    assert "UG" in PlaceResolver(places_nlp).context(doc)


# A mid-sized foreign city is not taken by one of its loose alternate names.

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


# The Nigerian and West African press name the Lake Chad neighbours with "Republic" after the name ("deployed at
# Chettimari in Niger Republic", "Chad Republic"): the state itself, as "the Republic of Niger" is.

def _countries(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2022-06-12"
    return {m.text: m.place.country for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_a_name_and_republic_is_the_state(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _countries(places_nlp, "Troops of Sector 4 deployed in Niger Republic conducted a search operation, "
                                   "while Sector 2 troops in Chad Republic repelled an attack.")
    assert found.get("Niger Republic") == "NE"
    assert found.get("Chad Republic") == "TD"


@pytest.mark.model
def test_the_state_of_the_republic_locates_an_operation(nlp) -> None:  # type: ignore[no-untyped-def]
    from sitroom.annotate import make_doc

    doc = nlp(make_doc(nlp, "On Monday, troops of the MNJTF conducted a search operation in Cameroon Republic, "
                            "killing five Boko Haram terrorists.", "t", "2022-06-12"))
    assert [e.country for e in doc._.events if e.type == "operation"] == ["CM"]


@pytest.mark.model
def test_a_country_the_model_tags_as_a_work_of_art_is_the_country(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # the model reads "neighbouring Niger" as a WORK_OF_ART: a label that names no person and no body
    doc = places_nlp.make_doc("The militants fled into neighbouring Niger after the attack.")
    doc._.reference_date = "2022-06-12"
    doc = places_nlp(doc)
    assert [e.label_ for e in doc.ents if e.text == "Niger"] == ["WORK_OF_ART"]  # what the rule is for
    assert {m.text: m.place.country for m in doc._.place_mentions} == {"Niger": "NE"}


# When the foreign-namesake rules drop a name's best gazetteer match, the page country's town of that very name is
# meant.

def test_a_town_of_the_pages_country_beats_a_foreign_namesake_the_alias_rule_drops() -> None:
    # the heaviest "Hong" is a Zürich quarter (Höngg), the heaviest "Koko" an alias of Cocoa, Florida: both are
    # dropped on a Nigerian page, where the Nigerian towns of those very names are meant
    hong = resolve_place("Hong", ("NG",))
    assert hong is not None and (hong.name, hong.country) == ("Hong", "NG")
    koko = resolve_place("Koko", ("NG",))
    assert koko is not None and (koko.name, koko.country) == ("Koko", "NG")
    assert resolve_place("Chamkani", ("PK",)) is None  # no town of the page's country bears it: still nothing


# "The North East" of a Nigerian page is the zone, on no other country's page, wv; sentences written for the tests).

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
