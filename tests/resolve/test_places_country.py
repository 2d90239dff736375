import pytest
from spacy.language import Language


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.reference_date = "2020-01-13"
    return {m.text: m.place.country for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_a_lake_several_countries_border_on_a_page_naming_no_country_is_on_the_side_most_reports_are_about(
    places_nlp: Language,
) -> None:
    text = "The Air Task Force neutralised an ISWAP commander in an airstrike on a hideout in the Lake Chad Basin."
    assert _countries(places_nlp, text)["Lake Chad Basin"] == "NG"


@pytest.mark.model
def test_a_lake_on_a_page_naming_one_of_its_states_is_on_that_side(places_nlp: Language) -> None:
    text = "Chadian troops repelled an attack on an island in Lake Chad on Monday."
    assert _countries(places_nlp, text)["Lake Chad"] == "TD"


@pytest.mark.model
def test_a_city_listed_among_villages_no_gazetteer_knows_is_a_village_of_theirs(places_nlp: Language) -> None:
    text = "Troops of Operation Hadin Kai cleared terrorist hideouts in Tamsu Ngamdu, Dalakaleri, and Gaza in Borno."
    assert "Gaza" not in _countries(places_nlp, text)


@pytest.mark.model
def test_a_city_listed_among_known_towns_is_still_that_city(places_nlp: Language) -> None:
    text = "Israeli strikes hit Gaza, Rafah and Khan Younis on Monday."
    assert _countries(places_nlp, text).get("Gaza") == "PS"
