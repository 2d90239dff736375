"""Event types and tolls, thirty-seventh session (ma): soldiers killed "in that raid", after a raid nobody's force made,
are the toll of that raid, an attack on them; after a force's own raid, the raid stays the force's operation (short
sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-03")


def test_soldiers_killed_in_that_raid_are_the_attack_toll(nlp: Language) -> None:
    found = events(nlp, "Militants raided an army post in Kerawa on Saturday. Six soldiers were killed in that raid.")
    assert [(e.type, e.killed) for e in found] == [("attack", 6)]


def test_a_soldier_killed_in_a_force_raid_makes_no_attack(nlp: Language) -> None:
    found = events(nlp, "A US raid hit an ISIS compound in Syria on Saturday, killing a senior ISIS leader. One US "
                        "soldier was killed in that raid.")
    assert [e.type for e in found] == ["operation"]
