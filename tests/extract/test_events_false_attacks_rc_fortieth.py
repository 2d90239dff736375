"""Attacks that were never made, fortieth session (short sentences written for the tests): the gerund of "settled on"
or "decided on" is what someone resolved to do, an aim, not a deed (as the infinitive of "decided to" is); an
infinitive clause on a noun of planning or of what may only happen ("a plot to carry out attacks") tells that noun's
aim, however deep the event word lies in it; a relative clause on a person ("the men who carried out the attack")
still tells a deed."""

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


@pytest.mark.model
def test_attacks_a_plot_was_to_carry_out_are_its_aim(nlp: Language) -> None:
    found = events(nlp, "In June, the intelligence ministry said it had thwarted a plot to carry out dozens of bomb "
                        "attacks across the capital Tehran.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_men_carried_out_is_a_deed(nlp: Language) -> None:
    found = events(nlp, "The men who carried out the attack on the church in Jolo on Sunday were arrested.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2025-05-04")]
