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
