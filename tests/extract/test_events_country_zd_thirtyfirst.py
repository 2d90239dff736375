"""Event country, thirty-first session (helper zd): a demonym coordinated with another nationality on a force
noun ("U.S. and Nigerien forces") locates an event as the demonym alone does ("Nigerien forces"), the state that
fights only abroad still passed over (short sentences written for the tests, with cases where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-25")


@pytest.mark.model
def test_a_coordinated_demonym_on_a_force_locates_the_event(nlp: Language) -> None:
    text = "The militants carried out the attack in 2017 on U.S. and Nigerien forces near the border."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "NE")]
    # the demonym alone, as before
    text = "The militants carried out the attack in 2017 on Nigerien forces near the border."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "NE")]


@pytest.mark.model
def test_a_coordinated_demonym_not_on_a_force_locates_nothing(nlp: Language) -> None:
    # a nationality of people, not a force at home
    text = "The militants carried out the attack in 2017 on U.S. and Nigerien tourists near the border."
    assert [e.country for e in events(nlp, text) if e.type == "attack"] == [None]
