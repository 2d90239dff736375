"""Places, forty-second session (short sentences written for the tests): the Nigerian and West African press name the
Lake Chad neighbours with "Republic" after the name ("deployed at Chettimari in Niger Republic", "Chad Republic"):
the state itself, as "the Republic of Niger" is."""

from __future__ import annotations

import pytest


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
