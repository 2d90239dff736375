"""A group's part striking is the group's attack, also when the verb completes a claim (short sentences written for
the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-08-28")


def test_an_affiliate_claiming_to_have_struck_forces_made_an_attack(nlp: Language) -> None:
    found = events(nlp, "An affiliate of the Islamic State claims to have struck US forces in Kabul on Thursday.\n")
    assert [e.type for e in found] == ["attack"]


def test_warplanes_claimed_to_have_struck_stay_a_strike(nlp: Language) -> None:
    found = events(nlp, "The army said its warplanes struck Islamic State hideouts in Nangarhar on Thursday.\n")
    assert [e.type for e in found] == ["strike"]


def test_an_affiliate_of_a_force_killed_is_one_victim(nlp: Language) -> None:
    found = events(nlp, "On Sunday, an affiliate of the Federal Police was killed and two others were wounded "
                        "after an ISIS attack on a village south of Kirkuk.\n", "2021-08-30")
    assert [(e.type, e.killed, e.wounded) for e in found] == [("attack", 1, 2)]
