"""Attacks told one after another kept apart: another victim, another day (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-03-01")


def test_another_victim_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "A soldier was killed by ISIS near Rafah on Monday. Another private was killed in an "
                        "explosion that targeted a bulldozer.")
    assert len([e for e in found if e.type == "attack"]) == 2


def test_another_victim_of_the_attack_told_before_is_the_same_attack(nlp: Language) -> None:
    found = events(nlp, "A soldier was killed by ISIS in an explosion near Rafah on Monday. Another soldier was "
                        "wounded in the explosion.")
    assert len([e for e in found if e.type == "attack"]) == 1


def test_another_attacker_is_no_other_victim(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a village in Borno on Monday, killing three. Another faction of "
                        "ISWAP attacked them.")
    assert len([e for e in found if e.type == "attack"]) == 1


def test_two_raids_on_one_town_on_two_days_are_two_attacks(nlp: Language) -> None:
    found = events(nlp, "Fighters attacked Macomia on 24 February, killing four Christians. Militants beheaded a "
                        "Christian in Macomia on 25 February.")
    assert sorted(e.date for e in found if e.type == "attack") == ["2024-02-24", "2024-02-25"]


def test_the_attack_told_again_the_next_day_is_one_attack(nlp: Language) -> None:
    found = events(nlp, "Fighters attacked Macomia on 24 February, killing four Christians. The attack in Macomia on "
                        "25 February was claimed by the Islamic State.")
    assert len([e for e in found if e.type == "attack"]) == 1
