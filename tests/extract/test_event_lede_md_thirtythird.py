"""A declaration of the Islamic State's defeat told undated in a page's lede is the page's news; told undated
further down it is background (short texts written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2019-03-23")


def test_a_declaration_in_the_lede_is_the_pages_news(nlp: Language) -> None:
    found = events(nlp, "SDF declare end of caliphate\n\nThe Syrian Democratic Forces declared the territorial "
                        "defeat of the Islamic State in Syria.\n\nThe flag of the SDF flew on Saturday over "
                        "Baghouz, the village where the final battle happened.\n")
    defeats = [e for e in found if e.type == "territorial_defeat"]
    assert [(e.country, e.actor, e.date) for e in defeats] == [("SY", "Syrian Democratic Forces", "2019-03-23")]


def test_an_undated_declaration_further_down_stays_background(nlp: Language) -> None:
    found = events(nlp, "Suicide bombing kills five in Raqqa\n\nA suicide bomber killed five people at a market in "
                        "Raqqa on Saturday, officials said.\n\nThe Syrian Democratic Forces declared the territorial "
                        "defeat of the Islamic State in Syria.\n")
    assert [e.type for e in found] == ["attack"]


def test_retaking_a_prison_the_group_stormed_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Forces retake prison\n\nThe Syrian Democratic Forces on Wednesday retook full control of "
                        "a prison in Hasakeh where Islamic State fighters had been holed up.\n", "2022-01-27")
    assert [(e.type, e.date) for e in found if e.type != "attack"] == [("operation", "2022-01-26")]


def test_retaking_a_town_stays_its_recapture(nlp: Language) -> None:
    found = events(nlp, "Iraqi troops on Wednesday regained full control of the town of Baiji from the Islamic "
                        "State.\n", "2015-10-22")
    assert [(e.type, e.place) for e in found] == [("territorial_defeat", "Baiji")]
