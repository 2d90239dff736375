"""Event types, thirty-second session: who does the deed decides attack or operation (short sentences written
for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-10")


def test_the_group_named_before_raiding_a_village_attacks_it(nlp: Language) -> None:
    # "the group" stands for ISWAP named just before: its raid is its attack, not a force's operation
    found = events(nlp, "ISWAP has grown stronger in Borno State this year. On Sunday, the group launched a deadly "
                        "raid on Mairari village, killing five farmers.")
    assert [e.type for e in found] == ["attack"]


def test_a_pronoun_after_the_army_and_the_group_keeps_the_armys_operation(nlp: Language) -> None:
    # "it" is the army the paragraph is about, though ISWAP is named nearer
    found = events(nlp, "The Nigerian Army has intensified its campaign against ISWAP in Borno. On Tuesday it "
                        "launched an operation in the Sambisa forest, killing 30 terrorists.")
    assert [e.type for e in found] == ["operation"]


def test_militants_clashing_with_the_army_attack(nlp: Language) -> None:
    found = events(nlp, "On Sunday, ISWAP fighters clashed with the Nigerian Army in Marte, Borno State.")
    assert [e.type for e in found] == ["attack"]


def test_the_army_clashing_with_militants_operates(nlp: Language) -> None:
    found = events(nlp, "On Sunday, Nigerian troops clashed with ISWAP fighters in Marte, Borno State.")
    assert [e.type for e in found] == ["operation"]


def test_an_attack_a_force_is_named_for_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "On Sunday, a joint UPDF attack on ADF camps in Tingwe hills freed 19 abductees.")
    assert [e.type for e in found] == ["operation"]


def test_an_attack_the_group_is_named_for_stays_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Sunday, an ADF attack on a UPDF camp in Tingwe hills killed five soldiers.")
    assert [e.type for e in found] == ["attack"]


def test_a_headline_clash_stays_the_forces_operation(nlp: Language) -> None:
    found = events(nlp, "Terrorists clash with security forces in Hawija district on Monday.")
    assert all(e.type != "attack" for e in found)


def test_an_operation_framing_an_airstrike_is_that_strike(nlp: Language) -> None:
    found = events(nlp, "In the third operation of its kind, U.S. Africa Command conducted an airstrike near Murzuq "
                        "in Libya on Sunday, killing eleven ISIS fighters.")
    assert [e.type for e in found] == ["strike"]


def test_a_countrys_worst_attack_is_no_operation_of_its_army(nlp: Language) -> None:
    found = events(nlp, "Abu Sayyaf was responsible for the Philippines' worst terrorist attack in Manila on Sunday.")
    assert all(e.type != "operation" for e in found)
