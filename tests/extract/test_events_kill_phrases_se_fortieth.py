"""Killings told by a phrase, fortieth session (se; short sentences written for the tests): army releases' "put out of
action" kills as "killed" does ([casualties] kill_phrases), so a force putting the group's fighters out of action is
its operation; "put out" alone ("put out a statement") kills no one, and a title's "Put Out Of Action By" is a
passive."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-03-10")


def test_troops_putting_fighters_out_of_action_is_their_operation(nlp: Language) -> None:
    found = events(nlp, "Government troops put out of action two ADF rebels in Beni on Monday.")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2024-03-04", "Beni")]


def test_putting_out_a_statement_kills_no_one(nlp: Language) -> None:
    assert events(nlp, "ISIS put out a statement on its channel about Beni on Monday.") == []


def test_a_title_put_out_of_action_by_troops_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Somali ADF Commander Put Out Of Action By UPDF")
    assert [e.type for e in found if e.type == "attack"] == []
