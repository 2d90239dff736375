"""Sites a held place taken back lists, as places (events/unlisted.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_09_03 = events_dated("2025-09-03")


@pytest.mark.model
def test_hyphened_site_listed_by_captured_positions_places_the_recapture(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "Puntland officials said on Wednesday that the offensives led to the capture of key militant positions, "
             "including Ceelasha Burti-Cise.")
    assert [e.place for e in found if e.type == "territorial_defeat"] == ["Ceelasha Burti-Cise"]


@pytest.mark.model
def test_site_a_captured_base_is_located_in_places_the_recapture(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "Puntland forces on Monday confirmed the capture of the base, located in Buqa-Caleed, in the Bari "
             "region of Somalia.")
    assert [e.place for e in found if e.type == "territorial_defeat"] == ["Buqa-Caleed"]
