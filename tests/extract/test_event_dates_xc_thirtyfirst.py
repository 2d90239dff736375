"""Event dates, thirty-first session: a year inside a clause opened after the trigger about something else ("since
it returned to power in 2021") does not make the event background: it keeps the article's month (short sentences
written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-12-12")


@pytest.mark.model
def test_a_year_in_a_since_clause_after_the_trigger_leaves_the_article_month(nlp: Language) -> None:
    found = events(nlp, "Taliban refugee minister Khalil Haqqani has been killed in a suicide bombing inside the "
                        "interior ministry in Kabul, the movement's most high profile casualty since it returned to "
                        "power in Afghanistan in 2021.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-12")]


@pytest.mark.model
def test_a_fronted_earlier_year_still_makes_the_event_background(nlp: Language) -> None:
    found = events(nlp, "In 2021, a suicide bomber killed 13 people inside the interior ministry in Kabul.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021")]


@pytest.mark.model
def test_a_when_clause_hung_on_a_since_time_is_of_that_time(nlp: Language) -> None:
    found = events_dated("2025-07-27")(nlp, "This is the deadliest assault in the region since February, when the ADF "
                                            "killed 23 people in Mambasa territory.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2025-02", 23)]


@pytest.mark.model
def test_a_since_time_without_a_clause_of_its_own_dates_nothing(nlp: Language) -> None:
    found = events_dated("2025-07-27")(nlp, "Since February, the ADF has killed 23 people in Mambasa territory.")
    assert [e.date for e in found] != ["2025-02"]
