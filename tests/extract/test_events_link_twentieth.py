"""Which mentions are one event: the twentieth session's events lost in linking (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-03-10")

MAIN = ("Islamic State militants attacked a village near Diffa in Niger on Tuesday, killing 12 soldiers. The attack "
        "was the deadliest this year. Residents said the attack lasted hours. ")


def test_an_attack_with_a_town_and_a_toll_of_its_own_is_not_the_main_one(nlp: Language) -> None:
    # another town far away and another count: a second attack, not the main one told with a stray place
    found = events(nlp, MAIN + "Militants killed ten civilians in an attack in the town of Ayorou.")
    assert sorted((e.place, e.killed) for e in found if e.type == "attack") == [("Ayorou", 10), ("Diffa", 12)]


def test_the_main_attack_counted_again_stays_one(nlp: Language) -> None:
    # the same count without a town of its own is the main attack told again
    found = events(nlp, MAIN + "Militants killed 12 soldiers in the attack.")
    assert [e.type for e in found].count("attack") == 1
