"""Operations by state forces, twenty-sixth session (short sentences written for the tests): an ambush a force lays
("troops laid an ambush"), or in which it neutralises the group's fighters, is the force's operation, not the group's
attack; an ambush the group lays stays its attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_an_ambush_a_force_lays_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "Government troops laid an ambush near Damboa on Monday and killed four ISWAP fighters.")
    assert [(e.type, e.place, e.actor) for e in found] == [("operation", "Damboa", "Nigerian Army")]


@pytest.mark.model
def test_an_ambush_in_which_a_force_neutralises_fighters_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "Troops neutralised 12 terrorists in an ambush at Bula Yobe in Borno State on Monday.")
    assert [(e.type, e.date, e.actor) for e in found] == [("operation", "2025-05-05", "Nigerian Army")]


@pytest.mark.model
def test_an_ambush_the_group_lays_stays_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP terrorists laid an ambush for soldiers near Damboa on Monday, killing four.")
    assert [(e.type, e.actor, e.killed) for e in found] == [("attack", "Islamic State West Africa Province", 4)]
