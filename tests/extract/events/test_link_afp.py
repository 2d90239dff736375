"""Scope of attacks (events/link.py within_campaign): an attack whose sentence tells as its doer a group outside the
campaign whose name no branch goes by is that group's own war; Boko Haram's and al-Shabaab's names stay the
branches'."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_11_04 = events_dated("2025-11-04")


@pytest.mark.model
def test_an_attack_the_sentence_credits_to_the_pakistani_taliban_is_left_out(nlp: Language) -> None:
    found = events_on_2025_11_04(
        nlp, "Tehreek-e-Taliban Pakistan (TTP) militants opened fire at a police convoy on Miranshah Road in "
             "Bannu district on Monday, police said.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_by_the_taliban_told_as_background_is_left_out(nlp: Language) -> None:
    found = events_on_2025_11_04(
        nlp, "The Taliban orchestrated another attack on a military base this month in the Andar District in Ghazni.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_credited_to_boko_haram_stays_an_attack(nlp: Language) -> None:
    found = events_on_2025_11_04(
        nlp, "Boko Haram terrorists attacked a military base in Damboa, Borno State, on Monday, killing five "
             "soldiers.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]


@pytest.mark.model
def test_a_raid_by_al_shabaab_in_cabo_delgado_stays_an_attack(nlp: Language) -> None:
    # the name Cabo Delgado's branch goes by locally, though the knowledge base makes al-Shabaab a part of al-Qaeda
    found = events_on_2025_11_04(
        nlp, "On June 27, 2020, jihadists from al-Shabaab raided the town of Mocimboa da Praia in the Cabo Delgado "
             "province of Mozambique.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]
