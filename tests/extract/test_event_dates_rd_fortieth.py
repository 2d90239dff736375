"""Event dates, fortieth session: an event only a report dates takes no story day after that report's ("On Sunday, the
ministry said that four soldiers were killed in an attack", the story going on to Monday: a thing is told after it
happened); an event only the page's own week dates ("early this week", which the resolver gives as its month) takes
the story's day of that week, as an undated one does, where "last week" does not (the story's first day is most often
its news, after that week); a date closing its line after a label and a dash ("North Kivu — January 4, 2026") or glued
after the line's last sentence ("... has risen to 54. Monday, July 31, 2023 | 14:00") is the page's stamp, no day of
its story (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.when import page_stamp
from sitroom.models import Timex

events = events_dated("2025-12-17")
week_events = events_dated("2017-08-03")


@pytest.mark.model
def test_a_story_day_after_the_report_does_not_date_the_reported_event(nlp: Language) -> None:
    found = events(nlp, "On Sunday, the ministry said that four security personnel were killed in an attack on their "
                        "patrol in the city of Maaret al-Numan in Idlib province. Another soldier was injured by "
                        "gunfire in Aleppo the following day.")
    assert [e.date for e in found if e.type == "attack"][:1] == ["2025-12-14"]


@pytest.mark.model
def test_this_week_takes_the_storys_day_of_that_week(nlp: Language) -> None:
    found = week_events(nlp, "Philippine troops early this week killed six Islamic State militants in an operation in "
                             "Maguindanao. The militants were seen in the village of Pusao on Tuesday afternoon.")
    assert [e.date for e in found if e.type == "operation"] == ["2017-08-01"]


@pytest.mark.model
def test_last_week_keeps_its_month(nlp: Language) -> None:
    found = week_events(nlp, "Philippine troops last week killed six Islamic State militants in an operation in "
                             "Maguindanao. The militants were seen in the village of Pusao on Tuesday afternoon.")
    assert [e.date for e in found if e.type == "operation"] == ["2017-07"]


def _timex(text: str, words: str, value: str) -> Timex:
    start = text.index(words)
    return Timex(text=words, start=start, end=start + len(words), value=value, precision="day")


def test_a_date_closing_its_line_after_a_label_and_a_dash_is_the_pages_day() -> None:
    text = "Attacks leave 15 dead in eastern Congo\nNorth Kivu — January 4, 2026\nThe attacks unfolded on January 1."
    assert page_stamp(_timex(text, "January 4, 2026", "2026-01-04"), text)


def test_a_date_glued_after_the_lines_last_sentence_is_the_pages_day() -> None:
    text = "The toll of the bombing in Bajaur has risen to 54. Monday, July 31, 2023 | 14:00\nFunerals were held."
    assert page_stamp(_timex(text, "July 31, 2023", "2023-07-31"), text)


def test_a_date_a_sentence_tells_at_its_end_is_no_stamp() -> None:
    text = "Gunmen attacked a police post in Bajaur. Three policemen were killed on July 31, 2023\nFunerals were held."
    assert not page_stamp(_timex(text, "July 31, 2023", "2023-07-31"), text)
