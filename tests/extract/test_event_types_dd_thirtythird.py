"""An attack's type, thirty-third session (short sentences written for the tests, after a train page): the target
group named in a clause of blame on the attack's target ("an attack on a nearby village, which was attributed by
the army to the Islamic State") is who made the attack, not what it was aimed at, so it stays the group's attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_a_group_blamed_in_the_targets_clause_is_no_target(nlp: Language) -> None:
    text = ("Last month, 44 civilians were killed in an attack on the village of Mafa, which the army blamed on the "
            "Islamic State.")
    assert [(e.type, e.killed) for e in events(nlp, text)] == [("attack", 44)]
    # a hideout the group used is still the group's: the force's attack on it is an operation
    text = "On Monday, troops launched an attack on a hideout which was used by the Islamic State in Mafa."
    assert [e.type for e in events(nlp, text)] == ["operation"]
