"""Events, twenty-sixth session (short sentences written for the tests): the defeat of the group's "caliphate" is
the group's territorial defeat, and a declared defeat ("announced the defeat of ... on March 23") keeps its day."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2019-06-10")


def test_the_announced_defeat_of_the_caliphate_is_dated_by_its_day(nlp: Language) -> None:
    found = events(nlp, "The SDF announced the defeat of the Islamic State's caliphate on March 23, 2019.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2019-03-23")]


def test_a_defeat_of_fighters_in_a_day_s_fight_is_no_territorial_defeat(nlp: Language) -> None:
    found = events(nlp, "The army celebrated the defeat of ISIS fighters on Monday.")
    assert "territorial_defeat" not in [e.type for e in found]


def test_driven_out_last_december_is_dated_to_that_month(nlp: Language) -> None:
    found = events(nlp, "Last December, ISIS was driven out from the port town of Qandala by Puntland forces.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2018-12")]
