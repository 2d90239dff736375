"""The event-country step reads the stations a sentence names (extract.events.stations) when no place locates it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_01_30 = events_dated("2023-01-30")


@pytest.mark.model
def test_an_mnjtf_sector_locates_an_operation_no_place_locates(nlp: Language) -> None:
    found = events_on_2023_01_30(
        nlp, "ABUJA, Nigeria — Troops of the Multinational Joint Task Force (MNJTF) pressed on in Borno.\n\n"
             "In Sector 1 (Cameroon), MNJTF troops conducted ambush operations on 22 Jan 23 in the general area of "
             "Kolofata – Kirawa, with the aim of disrupting logistics support to the terrorists.\n")
    assert ("operation", "CM") in [(e.type, e.country) for e in found]


@pytest.mark.model
def test_a_place_the_sentence_names_outweighs_the_sector(nlp: Language) -> None:
    found = events_on_2023_01_30(
        nlp, "On 18 Jan 23, troops of Sector 1 MNJTF while on patrol arrested a Boko Haram logistics supplier in "
             "the general area of Baga.\n")
    assert [e.country for e in found if e.type == "operation"] == ["NG"]
