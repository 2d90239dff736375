"""Event places (events/where.py): a place in a clause describing whom a report comes from is what the source covers,
not where the event was."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_05_16 = events_dated("2025-05-16")


@pytest.mark.model
def test_the_region_an_analyst_covers_does_not_place_the_attack(nlp: Language) -> None:
    found = events_on_2025_05_16(
        nlp, "ISWAP fighters attacked a military base in Damasak on Thursday, killing five soldiers. According to "
             "Zagazola Makama, a counter-insurgency expert specializing in the Lake Chad region, the attack "
             "occurred around 7:00 p.m.")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.place for e in attacks] == ["Damasak"]


@pytest.mark.model
def test_the_region_a_reporting_outlet_covers_does_not_place_the_attack(nlp: Language) -> None:
    found = events_on_2025_05_16(
        nlp, "Zagazola Makama, a counter-insurgency news outlet focused on the Lake Chad region, said ISWAP "
             "fighters overran an army position in Damasak on Thursday.")
    assert [e.place for e in found if e.type == "attack"] == ["Damasak"]


@pytest.mark.model
def test_forces_reported_to_have_reached_a_village_keep_their_own_operation_place(nlp: Language) -> None:
    found = events_on_2025_05_16(
        nlp, "State security forces, who were mobilized to launch an anti-terror operation against ISIS fighters "
             "in Puntland, reported to have reached Karin village on Thursday.")
    assert [e.place for e in found if e.type == "operation"] == ["Puntland"]
