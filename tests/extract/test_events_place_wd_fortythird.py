"""Event places, forty-third session (wd): the "from" phrase of a counted noun of people names where they came from,
not where the event was; a counted distance's "from" phrase still locates it (short sentences written for the tests,
each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-09")


@pytest.mark.model
def test_where_counted_fighters_came_from_is_not_the_strikes_country(nlp: Language) -> None:
    text = ("ISIS has lost ground in Somalia this year. US drone strikes killed about 15 foreign fighters from Syria "
            "and Ethiopia.")
    strikes = [e.country for e in events(nlp, text) if e.type == "strike"]
    assert len(strikes) == 1 and strikes != ["SY"]


@pytest.mark.model
def test_a_counted_distance_from_a_town_still_locates_the_event(nlp: Language) -> None:
    text = "Gunmen attacked a village 30 km from Gao on Monday."
    assert [e.country for e in events(nlp, text) if e.type == "attack"] == ["ML"]
