"""Event tolls, forty-seventh session (dk): a relative clause that an adverb of earlier time sets before the event
("ISIL, which previously led to 53 deaths") tells an earlier event's toll, not the one of the event told beside it;
the men a side says it lost ("we lost six men") are the attack's dead, unless the attackers lost them (short texts
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Monday
events = events_dated("2024-10-28")


@pytest.mark.model
def test_a_relative_clause_told_as_earlier_gives_no_toll_to_the_event_told_before(nlp: Language) -> None:
    text = ("ISIS claimed a suicide bombing in Kabul that killed at least six people on Sunday. The bombing is one of "
            "several attacks carried out by ISIL, which previously led to 53 deaths at a school in the city.")
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [6]


@pytest.mark.model
def test_an_earlier_adverb_outside_a_relative_clause_keeps_the_toll(nlp: Language) -> None:
    text = ("ISIS claimed a suicide bombing in Kabul on Sunday. The bombing, which targeted a school, earlier "
            "led to 53 deaths, officials said.")
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [53]


@pytest.mark.model
def test_men_a_side_says_it_lost_are_the_attacks_dead(nlp: Language) -> None:
    text = ("ISIS fighters attacked an army post in Menaka on Sunday. 'According to an initial assessment, we lost six "
            "men,' said the military official.")
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [6]


@pytest.mark.model
def test_men_the_attackers_lost_are_no_toll_of_the_attack(nlp: Language) -> None:
    text = ("ISIS fighters attacked an army post in Menaka on Sunday. The militants lost seven men in the fighting, "
            "the army said.")
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [None]


@pytest.mark.model
def test_a_second_count_after_a_result_verb_counts_its_state(nlp: Language) -> None:
    text = ("ISKP claimed a suicide attack on a mosque in Islamabad on Friday, which left 31 worshippers dead and at "
            "least 170 critically injured.")
    assert [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"] == [(31, 170)]
