"""Headlines, thirty-second session: a title line with no day of its own that the article lends one after linking
(the page's or a report's day: "Densus 88 arrests 12 terrorist suspects in four cities" on 17 March) is the
story's event told on a day of the week before ("arrested on Tuesday"), not a second event; a title with a day of
its own, a story day after the lent one or more than a week before it stays apart (short texts written for the
tests)."""

from __future__ import annotations

from sitroom.extract.events.link import headlines_into_story
from sitroom.extract.events.records import EventMention


def mention(date: str | None, title: bool, killed: int | None = None, start: int = 0) -> EventMention:
    return EventMention(
        type="operation", trigger="arrests", start=start, end=start + 7, sent_start=start, sent_end=start + 40,
        sent_text="x", date=date, country="ID", killed=killed, title=title,
    )


def test_a_title_with_a_lent_day_joins_the_story_day_before() -> None:
    title, story = mention("2022-03-16", True), mention("2022-03-15", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [story]
    assert story.date == "2022-03-15"  # the story's own day stands
    assert story.extra_evidence  # the title is kept as its evidence


def test_a_title_with_a_day_of_its_own_stays() -> None:
    title, story = mention("2022-03-16", True), mention("2022-03-15", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17") == [title, story]


def test_a_lent_day_covers_no_later_day_nor_one_weeks_before() -> None:
    title, story = mention("2022-03-16", True), mention("2022-03-18", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [title, story]
    title, story = mention("2022-03-16", True), mention("2022-03-01", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [title, story]


def test_a_lent_day_with_another_toll_stays_apart() -> None:
    title, story = mention("2022-03-16", True, killed=10), mention("2022-03-15", False, killed=3, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [title, story]


def test_a_title_the_lede_joined_since_keeps_its_day() -> None:
    # "Turkey detains more than 100 foreign suspects", joined by the lede's "detained ... early on Friday
    # morning" once countries were settled: its day is the lede's, not "On Thursday, police detained 101"
    title, story = mention("2017-11-10", True), mention("2017-11-09", False, start=100)
    title.extra_evidence.append((50, 60, "Turkish police detained more than 100 foreign nationals on Friday."))
    assert headlines_into_story([title, story], "2017-11-10", frozenset({id(title)})) == [title, story]
