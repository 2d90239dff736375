"""Place namesakes, thirty-third session (short sentences written for the tests): a place of a country the article
never names, alone in its country, is a namesake of a local place; a page that names no country reads its cities
by the regions it names, and drops a name that is only a foreign town's alternate name."""

from __future__ import annotations

import pytest
from tests.resolve.conftest import place_countries


def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text, "2024-03-24")


@pytest.mark.model
def test_a_lone_province_of_a_country_the_article_never_names_is_a_namesake(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Congolese and Ugandan troops overran four ADF camps at Tondoli, Abia and Belu in "
                                "Beni territory of North Kivu province, the DRC army said.")
    assert found.get("Abia") in (None, "CD")  # no Nigerian state on a DRC page
    assert found.get("North Kivu province") == "CD"


@pytest.mark.model
def test_a_lone_city_of_a_country_the_article_never_names_is_a_namesake(places_nlp) -> None:  # type: ignore[no-untyped-def]
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
def test_the_country_whose_body_the_article_names_is_a_country_it_is_about(places_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitroom.resolve.places import PlaceResolver

    doc = places_nlp.make_doc("The Uganda People’s Defence Forces (UPDF) has tracked down ADF terrorists in a joint "
                              "operation on Lake Edward, off Kayanja Landing Site in Kasese district. A British "
                              "tourist was killed by the rebels last year.")
    doc._.reference_date = "2024-03-24"
    doc = places_nlp(doc)
    # the "British" tourist does not make the article one about Britain alone
    assert "UG" in PlaceResolver(places_nlp).context(doc)
