"""Event types, forty-seventh session: a strike that targets the state's own forces is the group's attack on them;
one that targets the group, or that an aircraft or an air arm flies, stays a strike (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-04-20")


def types(found: list) -> list[str]:
    return [e.type for e in found]


@pytest.mark.model
def test_a_strike_on_a_police_patrol_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Militants attacked a military base in Borno on Tuesday. The following day, a second strike "
                        "reportedly targeted a police patrol, injuring several officers and damaging their vehicle.")
    assert types(found) == ["attack", "attack"]


@pytest.mark.model
def test_drone_strikes_on_military_hardware_during_a_raid_are_no_air_strike(nlp: Language) -> None:
    found = events(nlp, "The militants breached the perimeter under the cover of darkness, engaging troops in fierce "
                        "firefights while drone strikes targeted military hardware.")
    assert "strike" not in types(found)


@pytest.mark.model
def test_a_strike_on_the_group_stays_a_strike(nlp: Language) -> None:
    found = events(nlp, "On Monday, a strike targeted an ISIS convoy near Raqqa, killing five militants.")
    assert types(found) == ["strike"]


@pytest.mark.model
def test_an_air_arm_strike_on_troops_by_mistake_stays_a_strike(nlp: Language) -> None:
    found = events(nlp, "On Monday, an air force strike mistakenly hit army troops near Damboa, killing five soldiers.")
    assert "attack" not in types(found)
