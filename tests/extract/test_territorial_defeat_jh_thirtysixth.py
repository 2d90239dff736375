"""Territorial defeats, thirty-sixth session (short sentences written for the tests, after the background lines of
train IS-K pages): a group outside the campaign taking a whole country ("the Taliban regained control of Afghanistan
in 2021") took it from its government, no recapture from the Islamic State; its taking of a town from IS stays
one, and so does a state's force retaking a town."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-04")


@pytest.mark.model
def test_an_outside_group_taking_a_country_is_no_recapture(nlp: Language) -> None:
    text = "The Taliban regained control of Afghanistan in 2021 after the withdrawal of NATO forces."
    assert [e.type for e in events(nlp, text)] == []


@pytest.mark.model
def test_a_town_retaken_stays_a_recapture(nlp: Language) -> None:
    # the same group taking a town back from IS is placed below the country
    text = "In August 2018, the Taliban recaptured the town of Darzab in Jowzjan from the Islamic State."
    assert [(e.type, e.actor) for e in events(nlp, text)] == [("territorial_defeat", "Taliban")]
    # a state's force retaking a town, or its whole country, is unaffected
    text = "In December 2016, Puntland forces retook the port town of Qandala from ISIS."
    assert [(e.type, e.place) for e in events(nlp, text)] == [("territorial_defeat", "Qandala")]
    text = "Iraqi forces regained control of Iraq in December 2017."
    assert [(e.type, e.date) for e in events(nlp, text)] == [("territorial_defeat", "2017-12")]

