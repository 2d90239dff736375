"""Plans told as attacks, fortieth session (short sentences written for the tests, after train pages): the
infinitive of "instructions" ("got instructions to carry out an attack") and the gerund after a verb of resolve
and "on" ("settled on conducting an attack", "decided on attacking") tell an aim, never an attack made."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_instructions_to_attack_are_no_attack(nlp: Language) -> None:
    found = events(nlp, "Prosecutors said the two men got instructions from the group's leadership to carry out an "
                        "attack in Hamburg.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_settled_on_conducting_an_attack_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Unable to travel to Syria, he settled on conducting an attack on police officers in "
                        "Jakarta.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_decided_on_attacking_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "The militants decided on attacking the army base in Buni Yadi.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_carried_on_raiding_is_still_an_operation(nlp: Language) -> None:
    found = events(nlp, "The police carried on raiding hideouts in Kirkuk on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_attack_on_instructions_was_still_made(nlp: Language) -> None:
    found = events(nlp, "Acting on instructions from the group, two gunmen attacked a church in Jakarta on Sunday, "
                        "killing three worshippers.")
    assert [e.type for e in found] == ["attack"]
