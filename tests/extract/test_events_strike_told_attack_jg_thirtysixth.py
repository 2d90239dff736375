"""A strike word telling an attack again, thirty-sixth session (short sentences written for the tests, after train
pages on Sinai and Malaysia): the bare noun "strike" in a sentence that tells the group's attack with a noun of its
own, with no aircraft, air arm or air word and nothing it does of its own, is that attack, not an air strike (whose
actor was read as the victims' army); and a force's word for an operation named for the group itself ("the second
IS operation in Libya") is the group's attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-05-12")


@pytest.mark.model
def test_a_strike_in_apposition_to_an_attack_is_the_attack(nlp: Language) -> None:
    text = (
        "At least five Egyptian military personnel were killed in a militant attack on Wednesday in northern Sinai, "
        "two security sources said, the second deadly strike against the army in the region in a week."
    )
    assert [(e.type, e.actor, e.killed) for e in events(nlp, text)] == [("attack", None, 5)]
    text = "Islamic State claimed responsibility for the attack on Tuesday, the first such strike on Malaysian soil."
    assert [(e.type, e.actor) for e in events(nlp, text)] == [("attack", "Islamic State")]


@pytest.mark.model
def test_a_force_strike_beside_an_attack_stays_a_strike(nlp: Language) -> None:
    text = "On Monday, US forces carried out a strike in Somalia's Puntland after an al-Shabaab attack on a base."
    assert "strike" in [e.type for e in events(nlp, text)]
    text = "The strike on Monday followed an attack by ISIS militants on an army base in Bari, the Somali army said."
    assert sorted(e.type for e in events(nlp, text)) == ["attack", "strike"]


@pytest.mark.model
def test_an_operation_named_for_the_group_is_its_attack(nlp: Language) -> None:
    text = (
        "On January 17, IS fighters attacked an army post in Umm al-Aranib, killing one soldier. This was the second "
        "IS operation in Libya in 2022."
    )
    assert [e.type for e in events(nlp, text)] == ["attack"]
    # an operation against the group stays the force's
    text = "On Monday, Iraqi forces launched an anti-IS operation in Anbar province."
    assert [e.type for e in events(nlp, text)] == ["operation"]
