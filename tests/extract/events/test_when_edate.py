"""An incident told as occurring on a day "following" an event noun: the phrase tells how the incident came about, the
same happening, so the day is the event's (when._occurrence_of); a clause after "after" is another deed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_09_17 = events_dated("2025-09-17")


@pytest.mark.model
def test_an_incident_occurring_on_a_day_following_an_ambush_dates_the_ambush(nlp: Language) -> None:
    found = events_on_2025_09_17(
        nlp, "The statement said the incident occurred in the early hours of September 15, following an ambush on "
             "troops near Garin Giwa along the Baga road.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-09-15")]


@pytest.mark.model
def test_an_ambush_a_week_before_the_incident_is_not_dated_by_the_incident_s_day(nlp: Language) -> None:
    found = events_on_2025_09_17(
        nlp, "The statement said the incident occurred on September 15, a week after an ambush on troops near "
             "Garin Giwa along the Baga road.")
    assert [e.date for e in found if e.type == "attack"] and all(
        e.date != "2025-09-15" for e in found if e.type == "attack")
