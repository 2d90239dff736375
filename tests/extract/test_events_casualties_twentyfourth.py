"""Casualty counts of attacks (twenty-fourth session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2017-05-25")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_attackers_named_by_a_modifier_are_not_the_toll(nlp: Language) -> None:
    # "armed men" are attackers only with "armed": the split toll keeps the soldiers
    found = tolls(nlp, "The army announced on Tuesday the death of two soldiers and 18 armed men after an armed attack "
                       "on a military checkpoint in North Sinai.")
    assert found == [(2, None)]
    # men with no such modifier are victims
    found = tolls(nlp, "The army announced on Tuesday the death of two soldiers and 18 men after an armed attack on a "
                       "checkpoint in North Sinai.")
    assert found == [(20, None)]


def test_a_result_verb_splits_its_object_too(nlp: Language) -> None:
    # "left four attackers and four civilians dead": the attackers are counted apart
    found = tolls(nlp, "A gun and suicide attack in Jakarta on Monday left four attackers and four civilians dead.")
    assert found == [(4, None)]
    found = tolls(nlp, "A bomb attack in Jakarta on Monday left four policemen and four civilians dead.")
    assert found == [(8, None)]


def test_one_dead_and_others_injured_are_counted_apart(nlp: Language) -> None:
    # the parser hangs "dead" on "policeman" and makes the whole list the subject of "injured"
    found = tolls(nlp, "A suicide bomb attack rocked a bus terminal in Jakarta on Monday, leaving at least one "
                       "policeman dead and five others injured.")
    assert found == [(1, 5)]
    found = tolls(nlp, "A bomb attack in the market of Jakarta on Monday left 15 dead and 40 others wounded.")
    assert found == [(15, 40)]


def test_one_person_shot_dead_is_a_count_of_one(nlp: Language) -> None:
    found = tolls(nlp, "A shop owner was shot dead by gunmen in Bosaso on Monday night.")
    assert found == [(1, None)]
    # a plural with no number gives none
    found = tolls(nlp, "Shop owners were shot dead by gunmen in Bosaso on Monday night.")
    assert found == [(None, None)]


def test_whom_a_force_kills_is_not_the_attacks_toll(nlp: Language) -> None:
    # the army's kill while responding to an attack counts the attackers
    found = tolls(nlp, "The army killed three fighters and captured one when responding to an attack in the town "
                       "of Lume on Monday, a spokesman said.")
    assert found == [(None, None)]
    # the attackers' own kill is the toll
    found = tolls(nlp, "Gunmen killed three farmers in an attack in the town of Lume on Monday, a spokesman said.")
    assert found == [(3, None)]


def test_a_result_verb_with_one_person(nlp: Language) -> None:
    found = tolls(nlp, "Gunmen attacked a police checkpoint at Ashulia near Dhaka on Monday, which left a police "
                       "constable dead.")
    assert found == [(1, None)]
    # "a number of people" is no count
    found = tolls(nlp, "Gunmen attacked a police checkpoint at Ashulia near Dhaka on Monday, which left a number of "
                       "people dead.")
    assert found == [(None, None)]
