"""Event precision, twenty-first session (short sentences written for the tests): a state that fights the
Islamic State only abroad ([places] abroad_states), named in a sentence that locates nothing else, says who
acted or spoke, not where the event happened (a meeting is still held there); a neighbouring country named in
passing locates nothing; an event told as done but dated after the page is a misread date."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2023-04-20")


@pytest.mark.model
def test_a_us_speaker_or_force_locates_nothing(nlp: Language) -> None:
    found = events(nlp, "At least 15 ISIS fighters were killed in a joint attack, US officials have said.")
    # (the group's fighters killed in a joint attack: the forces' operation, triggers._group_killed_in)
    assert [e.country for e in found if e.type == "operation"] == [None]
    found = events(nlp, "US forces believe they have killed a senior ISIS leader after conducting a targeted "
                        "raid on Monday, Central Command said.")
    assert [e.country for e in found if e.type == "operation"] == [None]


@pytest.mark.model
def test_an_article_filed_from_the_us_is_about_where_the_strikes_hit(nlp: Language) -> None:
    # the article's places are mostly American, but its one located event is in Syria
    found = events(nlp, "Washington has carried out a series of airstrikes against ISIS in recent weeks. "
                        "The Pentagon in Washington said the strikes in Syria killed two ISIS leaders.")
    assert {e.country for e in found if e.type == "strike"} == {"SY"}


@pytest.mark.model
def test_a_meeting_in_the_us_is_still_held_there(nlp: Language) -> None:
    found = events(nlp, "US Secretary of State Antony Blinken hosted a meeting of the coalition in Washington "
                        "on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "US")]


@pytest.mark.model
def test_a_neighbouring_country_named_in_passing_locates_nothing(nlp: Language) -> None:
    # the parser makes "neighbouring" a verb with the country its object
    found = events(nlp, "KUALA LUMPUR: Malaysia has arrested 15 people, mostly foreigners from neighbouring "
                        "Indonesia, on suspicion of having links with the Islamic State.")
    assert [e.country for e in found if e.type == "operation"] == ["MY"]


@pytest.mark.model
def test_a_country_the_event_happened_in_still_locates_it(nlp: Language) -> None:
    found = events(nlp, "Malaysian police arrested 15 people in Indonesia on suspicion of having links with the "
                        "Islamic State.")
    assert [e.country for e in found if e.type == "operation"] == ["ID"]


@pytest.mark.model
def test_an_event_dated_after_the_page_is_no_event_of_it(nlp: Language) -> None:
    # "a year later" counts from the story's time, not the page's: read against the page it falls after it
    found = events(nlp, "A year later, the group conducted an attack in Niger that killed four soldiers.",
                   "2018-05-16")
    assert [e.type for e in found] == []
    # a year the sentence writes is the event's, and the page's date is what is wrong
    found = events(nlp, "On August 29, 2022, suspected terrorists killed a police constable in Peshawar.",
                   "2021-06-01")
    assert [(e.type, e.date) for e in found] == [("attack", "2022-08-29")]


@pytest.mark.model
def test_an_event_of_the_page_s_month_is_kept(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed five soldiers in an attack in Borno on Sunday.", "2018-05-16")
    assert [(e.type, e.date) for e in found] == [("attack", "2018-05-13")]


@pytest.mark.model
def test_a_planned_event_keeps_its_later_day(nlp: Language) -> None:
    # (a withdrawal: a meeting still ahead is no event at all, [types.meeting] held_only)
    found = events(nlp, "US troops are due to withdraw from the Ain al-Asad air base in Iraq on April 15.",
                   "2024-03-24")
    assert [(e.type, e.date) for e in found] == [("withdrawal", "2024-04-15")]
