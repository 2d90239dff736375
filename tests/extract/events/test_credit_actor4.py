"""A state's own operations at home credited to the force that makes them (events/credit.py states_to_forces)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_12_21 = events_dated("2025-12-21")
events_on_2016_12_11 = events_dated("2016-12-11")


@pytest.mark.model
def test_syria_announcing_a_raid_since_2024_is_its_interior_ministry(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "Syria announced on Sunday it had dismantled an ISIS cell in a Damascus suburb and arrested seven people.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Ministry of Interior")]


@pytest.mark.model
def test_syria_retaking_a_town_before_2024_is_its_army(nlp: Language) -> None:
    found = events_on_2016_12_11(
        nlp, "Backed by Russian air power, Syria had recaptured Palmyra from the Islamic State in March.")
    assert [(e.type, e.actor) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Syrian Arab Army")]

