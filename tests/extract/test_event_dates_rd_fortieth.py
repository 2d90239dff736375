"""Event dates, fortieth session: an event only a report dates takes no story day after that report's ("On Sunday, the
ministry said that four soldiers were killed in an attack", the story going on to Monday: a thing is told after it
happened) (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-12-17")


@pytest.mark.model
def test_a_story_day_after_the_report_does_not_date_the_reported_event(nlp: Language) -> None:
    found = events(nlp, "On Sunday, the ministry said that four security personnel were killed in an attack on their "
                        "patrol in the city of Maaret al-Numan in Idlib province. Another soldier was injured by "
                        "gunfire in Aleppo the following day.")
    assert [e.date for e in found if e.type == "attack"][:1] == ["2025-12-14"]
