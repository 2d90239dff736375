"""Recaptures told in a "since" clause (events/specific.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2021_01_27 = events_dated("2021-01-27")


@pytest.mark.model
def test_defeat_a_since_clause_dates_by_year_is_reported(nlp: Language) -> None:
    found = events_on_2021_01_27(
        nlp, "The security situation has been relatively improved in Iraq since the Iraqi security forces fully "
             "defeated IS militants across the country late in 2017.")
    assert [(e.type, e.country, e.date) for e in found] == [("territorial_defeat", "IQ", "2017")]


@pytest.mark.model
def test_town_liberated_in_a_since_clause_on_a_day_is_reported(nlp: Language) -> None:
    found = events_on_2021_01_27(
        nlp, "Soldiers have stayed in the city since Marawi City was liberated from terrorist influence on October "
             "17, 2017.")
    assert [(e.type, e.place) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Marawi")]
