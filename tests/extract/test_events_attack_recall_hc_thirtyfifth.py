"""Attacks missed for want of a named group, thirty-fifth session (short sentences written for the tests, after train
pages): attackers told only by their kind ("the jihadists", "armed men") taking a named town take it, on a page that
never names the group."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-04-12")


@pytest.mark.model
def test_attackers_by_kind_occupying_a_named_town(nlp: Language) -> None:
    lede = "Insurgents remain active in Macomia district, in the northern Mozambican province of Cabo Delgado. "
    found = events(nlp, lede + "The jihadists occupied Mucojo in February.")
    assert [(e.type, e.place) for e in found if e.type == "attack"] == [("attack", "Mucojo")]
    # taking a thing is no taking of a town
    found = events(nlp, lede + "The jihadists seized two vehicles in February.")
    assert not [e for e in found if e.type == "attack"]


@pytest.mark.model
def test_armed_men_occupying_a_named_town(nlp: Language) -> None:
    lede = "Insurgents remain active in Cabo Delgado province, in northern Mozambique. "
    found = events(nlp, lede + "On Tuesday, armed men occupied Mocimboa da Praia.")
    assert [(e.type, e.place) for e in found if e.type == "attack"] == [("attack", "Mocimboa da Praia")]
