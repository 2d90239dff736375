"""Same-event linking, thirty-ninth session (short sentences written for the tests): a village no gazetteer knows and
a town of its province on one day are one attack told by the town and by the village; two villages, or two known
towns, on one day are still two attacks."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-01-14")


@pytest.mark.model
def test_a_village_and_the_town_it_lies_near_on_one_day_are_one_attack(nlp: Language) -> None:
    found = events(nlp, "Militants attacked farmers near Damboa in Borno State on Sunday, 12 January 2025. "
                        "On Sunday, 12 January 2025, ISWAP fighters attacked the farmers in Kwalori village.")
    assert len([e for e in found if e.type == "attack"]) == 1


@pytest.mark.model
def test_two_known_towns_on_one_day_are_two_attacks(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a base in Damboa on Sunday, 12 January 2025. "
                        "On Sunday, 12 January 2025, ISWAP fighters attacked a checkpoint in Monguno.")
    assert len([e for e in found if e.type == "attack"]) == 2
