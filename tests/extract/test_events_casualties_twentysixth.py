"""Casualty counts of attacks: the attackers' dead told after the attack, and a share of the attackers listed
beside the victims, are no part of its toll (twenty-sixth session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_the_attackers_dead_told_after_the_attack_are_not_its_toll(nlp: Language) -> None:
    # a sentence after the attack counting only the attackers' dead gives it no toll
    found = tolls(nlp, "Islamic State fighters attacked an army base in Sirte on Monday. Bodies of ten Islamic State "
                       "fighters were found in a school building.")
    assert found == [(None, None)]
    found = tolls(nlp, "Insurgents attacked an army base in Mayanti on Saturday. After the engagement, five terrorist "
                       "bodies were recovered.")
    assert found == [(None, None)]
    # the victims' dead told the same way are its toll
    found = tolls(nlp, "Islamic State fighters attacked an army base in Sirte on Monday. Bodies of ten soldiers were "
                       "found in a school building.")
    assert found == [(10, None)]


def test_a_share_of_the_attackers_is_counted_apart(nlp: Language) -> None:
    # "two of the attackers" are attackers
    found = tolls(nlp, "Three gunmen stormed a hotel in Bosaso on Monday. Four guards and two of the attackers died in "
                       "the fighting.")
    assert found == [(4, None)]
