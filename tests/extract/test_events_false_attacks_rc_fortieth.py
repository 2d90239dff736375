"""Attacks that were never made, fortieth session (short sentences written for the tests): the gerund of "settled on"
or "decided on" is what someone resolved to do, an aim, not a deed (as the infinitive of "decided to" is)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_an_attack_someone_settled_on_conducting_is_an_aim(nlp: Language) -> None:
    found = events(nlp, "He settled on conducting an attack on non-Muslim males in Singapore in September 2024.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_a_cell_decided_on_is_an_aim(nlp: Language) -> None:
    found = events(nlp, "The cell decided on attacking a church in Jolo on Sunday.")
    assert [e.type for e in found if e.type == "attack"] == []
