"""Strikes, thirty-eighth session (od): national air forces' strike releases ("the air component conducted an air
interdiction operation at A and B", "air strikes conducted by the Air Task Force at C"): one strike per site a
singular strike names, and the site a participle of the strike noun names (short texts written for the tests, each
with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


def _strike_places(nlp: Language, text: str) -> list[str | None]:
    return sorted((e.place or "") for e in events(nlp, text) if e.type == "strike")


@pytest.mark.model
def test_a_singular_strike_at_a_list_of_sites_is_one_strike_per_site(nlp: Language) -> None:
    text = ("The Nigerian Air Force said that on Sunday, the air component conducted an air interdiction operation at "
            "Kumshe and Bulakesa in Borno State.")
    assert _strike_places(nlp, text) == ["Bulakesa", "Kumshe"]
    # one site, and another town told in a phrase of its own, stay one strike
    text = "The Nigerian Air Force said an airstrike at Kumshe on Sunday killed a commander who came from Bama."
    assert len(_strike_places(nlp, text)) == 1


@pytest.mark.model
def test_an_area_written_with_its_name_is_no_site_of_the_list(nlp: Language) -> None:
    # the parser coordinates "Bama and Gwoza Local Government Areas" with the sites: the areas are where they lie
    text = ("The Nigerian Air Force said that on Sunday, the air component conducted an air interdiction operation at "
            "Kumshe and Bulakesa in Bama and Gwoza Local Government Areas of Borno State.")
    assert _strike_places(nlp, text) == ["Bulakesa", "Kumshe"]


@pytest.mark.model
def test_the_participle_of_a_strike_noun_holds_its_site(nlp: Language) -> None:
    text = ("In Borno State, ISWAP structures were destroyed in air strikes conducted at Bulakesa by the Nigerian Air "
            "Force on Sunday.")
    assert _strike_places(nlp, text) == ["Bulakesa"]
    # a participle with no "at" phrase names no site
    text = ("In Borno State, ISWAP structures were destroyed in air strikes conducted by the Nigerian Air Force on "
            "Sunday.")
    assert "Bulakesa" not in _strike_places(nlp, text)


@pytest.mark.model
def test_a_name_listed_after_a_struck_site_is_a_site_too(nlp: Language) -> None:
    # the tagger reads the second name of "Tumbun Kaiyowa and Tumbun Musa were struck" as a person's
    text = ("The Nigerian Air Force said on Monday it killed several ISWAP fighters in air strikes near Lake Chad in "
            "Borno.\n\nHe said that Tumbun Kaiyowa and Tumbun Musa were struck on Sunday after the terrorists were "
            "seen loading trucks.")
    assert "Tumbun Musa" in _strike_places(nlp, text)
    # a person the strike aims at is no site
    text = ("The strike targeted Abu Ibrahim and Abu Bakr al-Mainuki near Kumshe in Borno State, the Nigerian Air "
            "Force said.")
    assert "Abu Bakr al-Mainuki" not in _strike_places(nlp, text)
