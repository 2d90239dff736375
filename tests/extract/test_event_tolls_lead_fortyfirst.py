"""Casualties, forty-first session (short sentences written for the tests): a participle after a comma tells what
the clause just before it did, so the deaths a perfect-tense conflict "has caused, displacing ... and causing N
deaths" are that conflict's record, not the toll of the attack the sentence opens with."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-04")
ATTACK = "ISWAP fighters stormed an army base in Borno State on Monday, killing five soldiers. "


@pytest.mark.model
def test_a_conflicts_record_in_a_participle_after_a_relative_clause_is_no_toll(nlp: Language) -> None:
    found = events(nlp, ATTACK + "The attack underscores the threat in the northeast, where the insurgency has raged "
                   "since 2009, displacing over two million people and causing more than 35,000 deaths.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_a_conflicts_record_in_a_participle_of_its_own_clause_is_no_toll(nlp: Language) -> None:
    found = events(nlp, ATTACK + "The conflict has dragged on for 15 years, killing more than 40,000 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_the_attacks_own_participle_still_counts(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a village in Borno State on Monday, where the army has deployed troops, "
                   "killing 12 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]
