"""Session 24 places: the states of north-western and central Nigeria, where ISWAP, Ansaru and the Lakurawa strike."""

from __future__ import annotations

import pytest

from sitroom.resolve.places import resolve_place


def _names(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-07-03"
    return {m.place.name for m in nlp(doc)._.place_mentions}


def test_a_nigerian_state_is_a_province_of_nigeria() -> None:
    sokoto = resolve_place("Sokoto State", ["NG"])
    assert sokoto is not None and sokoto.country == "NG" and sokoto.precision == "province"
    kogi = resolve_place("Kogi", ["NG"])
    assert kogi is not None and kogi.name == "Kogi State"
    # a state named after a country keeps "State": the bare name is the country
    niger = resolve_place("Niger", ["NG"])
    assert niger is not None and niger.country == "NE"


@pytest.mark.model
def test_a_state_after_a_local_government_area_the_ner_took_for_an_organisation(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed 15 people in an attack on a village in Tangaza Local Government Area of Sokoto State."
    assert "Sokoto State" in _names(places_nlp, text)
