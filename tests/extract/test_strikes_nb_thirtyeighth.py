"""Strikes, thirty-eighth session (nb): the coalition task force's strike releases ("Near Mosul, five strikes engaged
an ISIL tactical unit"), one strike per town, credited to the coalition (short texts written for the tests, each
with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2017-03-04")

RELEASE = ("Coalition military forces conducted 31 strikes against ISIS targets in Syria and Iraq on March 2, Combined "
           "Joint Task Force Operation Inherent Resolve officials reported today.\n\n")


def _strikes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.country, e.place, e.actor) for e in events(nlp, text) if e.type == "strike"]


@pytest.mark.model
def test_a_release_counts_many_strikes_at_one_town(nlp: Language) -> None:
    # a count above the tally's bound, at one town, as the subject of a past verb: that town's report
    text = RELEASE + "Near Mosul, 18 strikes engaged 10 ISIS tactical units and destroyed 27 fighting positions."
    assert [(c, p) for c, p, _ in _strikes(nlp, text)] == [("IQ", "Mosul")]
    # over a country, or with a word of a tally, the count sums up a record
    assert _strikes(nlp, "The coalition carried out 30 strikes in Iraq on Monday.") == []
    assert _strikes(nlp, "Since 2014, 30 strikes engaged ISIS tactical units near Mosul in Iraq.") == []


@pytest.mark.model
def test_a_release_credits_its_strikes_to_the_coalition(nlp: Language) -> None:
    # the task force the release names is a body of the coalition, which fights in Iraq and Syria
    text = RELEASE + ("Near Raqqa, three strikes engaged three ISIS tactical units.\n\n"
                      "Near Mosul, five strikes engaged an ISIS tactical unit.")
    assert _strikes(nlp, text) == [("SY", "Raqqa", "Global Coalition to Defeat Daesh/ISIS"),
                                   ("IQ", "Mosul", "Global Coalition to Defeat Daesh/ISIS")]
    # a page that names the Iraqi forces more credits an unattributed strike in Iraq to them
    text = ("Iraqi forces advanced on Mosul on Thursday, backed by the coalition. Iraqi forces took two villages.\n\n"
            "Near Mosul, five strikes engaged an ISIS tactical unit.")
    assert [a for c, _, a in _strikes(nlp, text) if c == "IQ"] == ["Iraqi Security Forces"]


@pytest.mark.model
def test_attack_listed_with_aircraft_is_a_kind_of_aircraft(nlp: Language) -> None:
    text = RELEASE + "Attack, bomber, fighter and remotely piloted aircraft conducted 12 strikes in Iraq."
    assert [e.type for e in events(nlp, text) if e.type == "attack"] == []
    # an attack told with the strikes is an event of its own
    text = "Iraq\n\nThe attack and the helicopter crash killed 20 people in Mosul on Monday."
    assert [e.type for e in events(nlp, text)] == ["attack"]


@pytest.mark.model
def test_a_release_opening_near_a_town_of_several_words_is_placed_there(nlp: Language) -> None:
    # the parser reads the opening "Near" as the first of the name's words
    text = "Syria\n\nNear Dayr Az Zawr, two strikes destroyed 10 ISIL oil tanker trucks."
    assert [(c, p) for c, p, _ in _strikes(nlp, text)] == [("SY", "Deir ez-Zor")]
    # a preposition the parser reads as such places the strikes the same
    text = "Syria\n\nIn Dayr Az Zawr, two strikes destroyed 10 ISIL oil tanker trucks."
    assert [(c, p) for c, p, _ in _strikes(nlp, text)] == [("SY", "Deir ez-Zor")]
