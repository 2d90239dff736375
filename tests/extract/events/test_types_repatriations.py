"""Repatriations end to end: people a state takes back, and from where."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2016_06_10 = events_dated("2016-06-10")
events_on_2022_10_20 = events_dated("2022-10-20")
events_on_2025_03_20 = events_dated("2025-03-20")


# Repatriation events: the receiving state's own country is where the people were taken, never where the repatriation
# happened.

def _countries_on_2022_10_20(nlp: Language, text: str) -> list[str | None]:
    return [e.country for e in events_on_2022_10_20(nlp, text) if e.type == "repatriation"]


@pytest.mark.model
def test_the_receiving_state_does_not_locate_its_repatriation(nlp: Language) -> None:
    text = "Kyrgyzstan brought back 95 women and children from Syrian camps on Monday."
    assert _countries_on_2022_10_20(nlp, text) == [None]
    # a place the sentence gives still does
    text = "Germany brought home 11 women and 37 children from a camp in northeastern Syria on Monday."
    assert _countries_on_2022_10_20(nlp, text) == ["SY"]


# Repatriation events: a home state "receiving" its people from a camp is a repatriation.

@pytest.mark.model
def test_a_state_receiving_families_from_a_camp_is_a_repatriation(nlp: Language) -> None:
    found = events_on_2025_03_20(nlp, "On Monday, Iraq received 569 women and children from the al-Hol camp in Syria.")
    assert [(e.type, e.actor) for e in found if e.type == "repatriation"] == [("repatriation", "Iraq")]


@pytest.mark.model
def test_receiving_without_a_camp_is_no_repatriation(nlp: Language) -> None:
    # the "from" phrase must name a camp: a delegation received from a ministry, or aid received, is none
    found = events_on_2025_03_20(
        nlp, "On Monday, Iraq received 569 women and children from the Syrian foreign ministry in Baghdad.")
    assert "repatriation" not in [e.type for e in found]


# Repatriations: handing over things (weapons, control) is no repatriation.

@pytest.mark.model
def test_fighters_handing_over_their_weapons_is_no_repatriation(nlp: Language) -> None:
    found = events_on_2016_06_10(
        nlp, "On Thursday, 82 Daesh fighters handed over their weapons and surrendered to Afghan security "
             "forces in Achin district of Nangarhar, accompanied by 51 women and 96 children.")
    assert "repatriation" not in [e.type for e in found]


@pytest.mark.model
def test_a_state_handing_over_orphans_from_a_camp_is_a_repatriation(nlp: Language) -> None:
    found = events_on_2016_06_10(nlp, "Turkey handed over five Norwegian orphans from al-Hol camp on Monday.")
    assert [(e.type, e.actor) for e in found] == [("repatriation", "Turkey")]
