"""Strikes, thirty-fourth session (fd): the site a strike hits, or hits "at", is a place even where no gazetteer
knows it and the tagger reads it as an organisation; a strike no sentence credits is the air arm's the article
names; the Air Component of Operation Hadin Kai is its own body, whose strikes are the Nigerian Air Force's on a
page that names the air force (short sentences written for the tests, most with a case where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-02-21")


def _strikes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.place, e.actor) for e in events(nlp, text) if e.type == "strike"]


@pytest.mark.model
def test_the_site_a_strike_hits_is_its_place(nlp: Language) -> None:
    # "at" a name the tagger reads as an organisation, one strike per site of a list
    text = ("Nigerian Air Force jets struck ISWAP in Borno State on Saturday. The fighter jets attacked the targets at "
            "Tumbun Kaiyowa with bombs. Another aircraft was redirected to attack Tumbun Allura with rockets.")
    places = [p for p, _ in _strikes(nlp, text)]
    assert "Tumbun Kaiyowa" in places and "Tumbun Allura" in places
    text = ("The Nigerian Air Force said massive air strikes at Kirta Wulgo and Sabon Tumbun on Monday killed ISWAP "
            "leaders.")
    places = [p for p, _ in _strikes(nlp, text)]
    assert "Kirta Wulgo" in places and "Sabon Tumbun" in places


@pytest.mark.model
def test_a_person_struck_is_no_place(nlp: Language) -> None:
    # the man a strike aims at stays no site
    text = "On Monday, US aircraft struck Bilal al-Sudani in northern Somalia, AFRICOM said."
    assert all(p != "Bilal al-Sudani" for p, _ in _strikes(nlp, text))


@pytest.mark.model
def test_an_uncredited_strike_is_the_air_arms_the_article_names(nlp: Language) -> None:
    # the army is named more often, as the side the group fired on; the air arm's aircraft made the strike
    text = ("ISWAP fired on Nigerian Army locations in Mallam Fatori. The Nigerian Army repelled them. Consequently, "
            "the air component of Operation Hadin Kai deployed some aircraft to the location. The fighter jets "
            "attacked the targets at Tumbun Kaiyowa with bombs.")
    assert ("Tumbun Kaiyowa", "Operation Hadin Kai") in _strikes(nlp, text)


@pytest.mark.model
def test_the_air_component_is_the_air_forces_where_the_page_names_it(nlp: Language) -> None:
    text = ("The Air Component of Operation Hadin Kai executed a series of air strikes against ISWAP terrorists in "
            "Malam Fatori on Saturday.")
    assert _strikes(nlp, text) == [("Malam Fatori", "Air Component of Operation Hadin Kai")]
    text = ("The Nigerian Air Force said its Air Component of Operation Hadin Kai executed a series of air strikes "
            "against ISWAP terrorists in Malam Fatori on Saturday.")
    assert _strikes(nlp, text) == [("Malam Fatori", "Nigerian Air Force")]


@pytest.mark.model
def test_the_iraqi_air_forces_strike_is_the_iraqi_security_forces(nlp: Language) -> None:
    # a body below the Iraqi Security Forces, whose strikes the conventions credit to the forces as a whole
    text = ("The Iraqi Security Media Cell announced on Wednesday that the Iraqi Air Force carried out airstrikes "
            "against hideouts used by ISIS terrorists in Kirkuk.")
    assert _strikes(nlp, text) == [("Kirkuk", "Iraqi Security Forces")]
    # the name itself resolves to the air force
    doc = nlp("The Iraqi Air Force carried out airstrikes against ISIS hideouts in Kirkuk on Wednesday.")
    assert "Iraqi Air Force" in [m.canonical for m in doc._.entity_mentions]


@pytest.mark.model
def test_the_light_verb_of_a_strike_holds_its_site(nlp: Language) -> None:
    # "conducted an air interdiction at X": the "at" phrase hangs on the verb that carries the strike noun
    text = "The Nigerian Air Force said its jets conducted an air interdiction at Yarwa Kura on 9 September."
    assert [p for p, _ in _strikes(nlp, text)] == ["Yarwa Kura"]
    # a common noun written large, with its article, is no site's name
    text = ("The bombardments by the Nigerian Air Force were executed at an Island in Tumbun near Lake Chad on "
            "9 September.")
    assert "Island" not in [p for p, _ in _strikes(nlp, text)]


@pytest.mark.model
def test_a_strike_site_lies_in_the_area_the_report_names(nlp: Language) -> None:
    # one strike, told in the lede by its area and in the statement by its site
    text = ("The Nigerian Air Force said an airstrike in the Tumbuns area near Lake Chad on 22 August killed scores of "
            "terrorists. The statement said the Air Task Force conducted an air interdiction mission at Jubillaram on "
            "22 August.")
    assert len(_strikes(nlp, text)) == 1


@pytest.mark.model
def test_the_sites_of_one_strike_word_share_its_day(nlp: Language) -> None:
    text = ("The Nigerian Air Force on Friday bombed a gathering of ISWAP members. Fighter jets shelled locations at "
            "Sabon Tumbun and Jibularam under Marte Local Government Area in Borno State.")
    dates = {e.place: e.date for e in events(nlp, text, "2021-11-13") if e.type == "strike"}
    assert dates.get("Jibularam") == "2021-11-12"
