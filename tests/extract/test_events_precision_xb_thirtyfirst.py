"""Event precision, thirty-first session (short sentences written for the tests): a perfect told over the span a
since phrase opens sums up a record, whatever its verb (not a campaign launched then); an attack a modifier tells is
still to come ("the planned attack") was not made; a participle with an article ("the arrested") names people, not
an event; and a title dated only by the article's month is the story's event when the story's day falls in the week
before the article (the month turned between the two)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import headlines_into_story
from sitroom.extract.events.records import EventMention

events = events_dated("2024-05-01")


@pytest.mark.model
def test_a_perfect_over_a_since_span_is_a_record(nlp: Language) -> None:
    assert events(nlp, "Islamist fighters have targeted remote communities in Cabo Delgado province since October "
                       "2017, killing more than 250 people.") == []
    assert events(nlp, "Since the start of this year, clashes and attacks by IS in the Syrian desert have killed 379 "
                       "people.") == []
    assert events(nlp, "Since May 2021, Iraq has repatriated hundreds of families from Syria.") == []


@pytest.mark.model
def test_a_past_event_dated_by_since_its_start_is_still_told(nlp: Language) -> None:
    # a simple past is one event, and a span of days is one episode still under way
    found = events(nlp, "Islamic State fighters attacked an army post in Cabo Delgado on Monday, killing 12 soldiers.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "Clashes between the army and Islamic State fighters in Hasakah have killed 30 people since "
                        "Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_campaign_launched_since_a_month_is_its_start(nlp: Language) -> None:
    found = events(nlp, "Since February 2018, joint army and police forces have launched an expanded operation "
                        "to eliminate the militants in the Sinai Peninsula.")
    assert [(e.type, e.date) for e in found] == [("operation", "2018-02")]


@pytest.mark.model
def test_a_planned_attack_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "He declined to give the location or the time of the planned attack in the Maldives.") == []
    assert events(nlp, "Police said the cell was behind an upcoming attack on a church in Jakarta.") == []


@pytest.mark.model
def test_a_participle_with_an_article_names_people_not_an_event(nlp: Language) -> None:
    assert events(nlp, "CTD officials said that the arrested used to collect donations in Lahore and was sending them "
                       "to Daesh in Afghanistan.") == []
    found = events(nlp, "Police arrested the suspects in Lahore on Monday.")
    assert [e.type for e in found] == ["operation"]


def mention(date: str | None, title: bool, killed: int | None = None, start: int = 0) -> EventMention:
    return EventMention(
        type="attack", trigger="attack", start=start, end=start + 6, sent_start=start, sent_end=start + 40,
        sent_text="x", date=date, country="AF", killed=killed, title=title,
    )


def test_a_title_of_the_report_month_joins_a_story_day_of_the_week_before() -> None:
    title, story = mention("2024-05", True, killed=6), mention("2024-04-30", False, start=100)
    assert headlines_into_story([title, story], "2024-05-01") == [story]
    assert story.killed == 6


def test_a_title_of_the_report_month_keeps_apart_from_an_older_story_day() -> None:
    title, story = mention("2024-05", True), mention("2024-04-10", False, start=100)
    assert headlines_into_story([title, story], "2024-05-01") == [title, story]
    # with no article day, a month apart is another event
    title, story = mention("2024-05", True), mention("2024-04-30", False, start=100)
    assert headlines_into_story([title, story]) == [title, story]
