"""Event dates, forty-sixth session (dk): "the incident", the subject of a passive clause with a relative clause of
occurring ("The incident, which took place on Wednesday, was reported to ..."), names the event told before and
dates it (short texts written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Saturday
events = events_dated("2024-04-20")


@pytest.mark.model
def test_an_incident_that_took_place_on_a_day_dates_the_event_told_before_in_a_passive_clause(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Monguno. The incident, which took place on Wednesday, "
            "April 17, was reported to a security analyst by military sources.")
    assert [e.date for e in events(nlp, text) if e.type == "attack"] == ["2024-04-17"]


@pytest.mark.model
def test_an_incident_with_no_clause_of_occurring_dates_nothing(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Monguno. The incident was reported to a security analyst on "
            "Wednesday, April 17.")
    assert "2024-04-17" not in [e.date for e in events(nlp, text) if e.type == "attack"]
