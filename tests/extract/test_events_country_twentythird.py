"""Event country, twenty-third session: a joint force of two states named by their demonyms ("Ugandan and
Congolese troops") does not say which of them it fought in; the article's places do (short sentences written
for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_a_joint_force_of_two_states_takes_the_articles_country(nlp: Language) -> None:
    text = ("Fighting continued in Beni and Oicha this week. "
            "Ugandan and Congolese troops killed an ADF commander and three other militants on Friday.")
    found = events(nlp, text)
    assert [(e.type, e.country) for e in found] == [("operation", "CD")]
    text = ("Fighting continued in Beni and Oicha this week. "
            "Ugandan troops deployed alongside Congolese forces killed an ADF commander on Friday.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("operation", "CD")]
    # the force of one state alone is at home, whatever the article names elsewhere
    text = ("Fighting continued in Beni and Oicha this week. "
            "Ugandan troops killed an ADF commander and three other militants on Friday.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("operation", "UG")]


@pytest.mark.model
def test_a_place_told_to_lie_in_a_province_of_another_country_takes_its_country(nlp: Language) -> None:
    lead = "ISWAP fighters have stepped up raids in Borno State, Nigeria, and Maiduguri residents fear more. "
    found = events(nlp, lead + "Gunmen killed eight fishermen on an island in Lake Chad in Cameroon’s Far North "
                   "Region on Tuesday.")
    assert [(e.type, e.country) for e in found] == [("attack", "CM")]
    # "the <name> area of <town>": the town says where the name is
    found = events(nlp, "Peshawar police said militants carried out a suicide bombing on May 11 in the Chamkani area "
                   "of Peshawar, killing two police officers. Officials in Kabul said Afghanistan was not involved.")
    assert [(e.type, e.country) for e in found] == [("attack", "PK")]
    # the shared lake alone is read for the article's country
    found = events(nlp, lead + "Gunmen killed eight fishermen on an island in Lake Chad on Tuesday.")
    assert [(e.type, e.country) for e in found] == [("attack", "NG")]


@pytest.mark.model
def test_a_compass_named_province_of_a_country_the_article_never_names_is_a_namesake(nlp: Language) -> None:
    found = events(nlp, "Philippine troops killed four militants in clashes in Southern Province on Tuesday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PH")]
    # named with its country, it is that country's province
    found = events(nlp, "Gunmen killed four soldiers in Sri Lanka's Southern Province on Tuesday.")
    assert [(e.type, e.country) for e in found] == [("attack", "LK")]


@pytest.mark.model
def test_a_clause_on_the_containing_place_does_not_locate_the_event(nlp: Language) -> None:
    found = events(nlp, "ADF fighters attacked civilians in the Irumu area of Ituri province, which borders Uganda, "
                   "killing 12 people on Tuesday.")
    assert [(e.type, e.country) for e in found] == [("attack", "CD")]
