"""Territorial defeats, thirty-second session (sentences written for the tests, one shortened from a train page): the
group's realm named by the noun a relative clause hangs on ("the caliphate, ... and which was defeated in 2019") is
the defeated side, as "the caliphate was defeated" is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2021-03-01")


@pytest.mark.model
def test_a_realm_defeated_in_a_relative_clause_is_the_groups_defeat(nlp: Language) -> None:
    found = [e for e in events(nlp, "The detainees had been part of the Islamic State's caliphate, which the group "
                                    "built in Syria in 2014, and which was defeated by Kurdish forces in 2019.")
             if e.type == "territorial_defeat"]
    assert [(e.country, e.date) for e in found] == [("SY", "2019")]


@pytest.mark.model
def test_something_else_defeated_in_a_relative_clause_is_no_defeat(nlp: Language) -> None:
    found = [e for e in events(nlp, "The motion, which was defeated in parliament in 2019, had sought a ban on the "
                                    "Islamic State.")
             if e.type == "territorial_defeat"]
    assert found == []
