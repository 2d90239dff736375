"""Headlines, twenty-eighth session: a title line's event, dated only by the article's month, is the story's event
told again with its day ("Morocco dismantles terror cell, arrests 5 IS suspects", then the lede's "dismantled on
Tuesday a terrorist cell ... in Tetouan"); a title with a toll of its own that the story contradicts, or a story
event of another month, stays apart (short texts written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import headlines_into_story
from sitroom.extract.events.records import EventMention

events = events_dated("2019-06-18")


def mention(date: str | None, title: bool, killed: int | None = None, start: int = 0) -> EventMention:
    return EventMention(
        type="attack", trigger="attack", start=start, end=start + 6, sent_start=start, sent_end=start + 40,
        sent_text="x", date=date, country="NG", killed=killed, title=title,
    )


@pytest.mark.model
def test_a_title_told_by_the_state_joins_the_lede_told_by_its_force(nlp: Language) -> None:
    found = events(nlp, "Morocco dismantles terror cell, arrests 5 IS suspects\n\nRABAT, June 18 -- The Moroccan "
                        "security services dismantled on Tuesday a terrorist cell linked to the Islamic State "
                        "militant group in the northern city of Tetouan, and arrested five suspects.\n")
    assert [(e.type, e.date) for e in found] == [("operation", "2019-06-18")]


def test_a_title_of_the_month_joins_the_story_day() -> None:
    title, story = mention("2019-06", True), mention("2019-06-15", False, start=100)
    assert headlines_into_story([title, story]) == [story]
    assert story.extra_evidence  # the title is kept as evidence of the story's event


def test_a_title_with_another_toll_or_month_stays_apart() -> None:
    title, story = mention("2019-06", True, killed=10), mention("2019-06-15", False, killed=3, start=100)
    assert headlines_into_story([title, story]) == [title, story]
    title, story = mention("2019-06", True), mention("2019-05-15", False, start=100)
    assert headlines_into_story([title, story]) == [title, story]


def test_a_title_with_a_day_of_its_own_stays() -> None:
    title, story = mention("2019-06-16", True), mention("2019-06-15", False, start=100)
    assert headlines_into_story([title, story]) == [title, story]


def test_another_event_of_the_story_is_not_the_titles() -> None:
    title, story = mention("2019-06", True), mention("2019-06-15", False, start=100)
    story.distinct = True  # "In another operation in Kirkuk on Sunday, ..."
    assert headlines_into_story([title, story]) == [title, story]
