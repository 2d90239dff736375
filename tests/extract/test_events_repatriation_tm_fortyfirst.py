"""Repatriation events, forty-first session (tm): a home state "receiving" its people from a camp is a repatriation
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-20")


@pytest.mark.model
def test_a_state_receiving_families_from_a_camp_is_a_repatriation(nlp: Language) -> None:
    found = events(nlp, "On Monday, Iraq received 569 women and children from the al-Hol camp in Syria.")
    assert [(e.type, e.actor) for e in found if e.type == "repatriation"] == [("repatriation", "Iraq")]


@pytest.mark.model
def test_receiving_without_a_camp_is_no_repatriation(nlp: Language) -> None:
    # the "from" phrase must name a camp: a delegation received from a ministry, or aid received, is none
    found = events(nlp, "On Monday, Iraq received 569 women and children from the Syrian foreign ministry in Baghdad.")
    assert "repatriation" not in [e.type for e in found]
