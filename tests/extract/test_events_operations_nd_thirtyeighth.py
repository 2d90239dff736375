"""False operations, thirty-eighth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-03-05")


def test_a_fight_at_the_attack_s_place_is_its_troops_side(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a military base in Gwoza on Sunday, killing four soldiers. A dozen "
                        "ISWAP fighters were killed during a heavy gun battle in Gwoza, the army said.")
    assert [(e.type, e.place) for e in found] == [("attack", "Gwoza")]


def test_a_fight_at_another_town_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a military base in Gwoza on Sunday, killing four soldiers. A dozen "
                        "ISWAP fighters were killed during a heavy gun battle in Bama, the army said.")
    assert sorted(e.type for e in found) == ["attack", "operation"]
