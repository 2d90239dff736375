"""Casualties, thirty-eighth session (short sentences written for the tests): a later split toll that holds the first
count and names more people beside it replaces it (the conventions add split tolls up); a lower count told by a
state's force or a body speaking for one replaces an earlier one of the same people (the lower official figure)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


@pytest.mark.model
def test_a_later_split_toll_holding_the_first_count_replaces_it(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked an army base in Borno State on Monday. Nine soldiers were "
                        "killed. Two security sources said that at least nine soldiers and two task force members "
                        "were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 11)]


@pytest.mark.model
def test_a_later_toll_naming_the_same_people_only_does_not_replace_the_first(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked an army base in Borno State on Monday, killing nine "
                        "soldiers. Nine soldiers and 14 militants were killed in the attack.")
    assert [(e.type, e.killed) for e in found] == [("attack", 9)]



@pytest.mark.model
def test_a_lower_count_told_by_the_army_replaces_a_local_sources(nlp: Language) -> None:
    found = events(nlp, "ADF rebels attacked the village of Komanda on Sunday, killing at least 31 people, a local "
                        "priest said. A spokesperson for the army could verify only 10 deaths.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]


@pytest.mark.model
def test_an_official_count_of_some_of_the_people_does_not_replace_the_toll(nlp: Language) -> None:
    found = events(nlp, "Jihadists attacked a civilian convoy near Gao on Friday, killing 50 people. The army said "
                        "three soldiers escorting the convoy were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 50)]


@pytest.mark.model
def test_a_lower_official_count_in_a_later_event_sentence_replaces_the_first(nlp: Language) -> None:
    found = events(nlp, "Jihadists ambushed a civilian convoy near Gao on Friday. The attack resulted in over fifty "
                        "fatalities. The official statement from the army, released a day after the ambush, confirmed "
                        "the deaths of 25 civilians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 25)]
