"""Habits of the fourteenth session's unseen pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-06-26")


def test_the_time_somewhere_else_in_brackets_places_nothing(nlp: Language) -> None:
    # a French wire gives Paris time beside the local one
    found = events(nlp, "Twenty soldiers were killed on Tuesday in western Niger during an attack by armed "
                        "terrorist groups, the ministry said.\n“Tuesday June 25 around 10 a.m. (11 a.m. in Paris), a "
                        "detachment of the Defense and Security Forces was the subject of an attack by armed "
                        "terrorist groups,” the ministry said.")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]


def test_the_time_somewhere_else_needs_no_clock(nlp: Language) -> None:
    # a Lusa wire gives Lisbon time beside the local one
    found = events(nlp, "Twenty soldiers were killed on Tuesday near Tera in Niger, the ministry said.\nThe incident "
                        "began around 10:00 on Tuesday (same time in Lisbon), when a military convoy patrolling "
                        "the area was attacked by a group of heavily armed militants.")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]


def test_the_army_is_never_the_news_agency_named_before(nlp: Language) -> None:
    found = events(nlp, "The army responded immediately, the spokesman told AFP.\nThe army launched an offensive "
                        "on October 30 against the ADF rebels in Beni territory, in the Democratic Republic of "
                        "the Congo.", reference="2019-11-12")
    assert [e.type for e in found] == ["operation"]
    assert found[0].actor != "Agence France-Presse"


def test_an_attack_in_a_pluperfect_relative_clause_only_says_which_unit(nlp: Language) -> None:
    found = events(nlp, "At least a dozen soldiers were killed following an attack by armed insurgents near "
                        "Kandadji in Niger on Thursday, the ministry said.\nSeven soldiers were killed in combat "
                        "while five others died in an accident while driving to reinforce the unit that had come "
                        "under attack, the statement said.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]
