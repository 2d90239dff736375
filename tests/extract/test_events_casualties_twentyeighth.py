"""Casualty counts of attacks: a count told in a clause set at another, past time ("where 12 soldiers were killed
earlier this month", "since car bombers killed more than 30 soldiers") is another event's toll, not the trigger's
(twenty-eighth session; short sentences written for the tests, some after train pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_count_in_a_clause_set_at_a_past_period_is_another_events(nlp: Language) -> None:
    # the place's relative clause tells what happened there earlier; the trigger's own count follows
    found = tolls(nlp, "Officials say militants have attacked the same army checkpoint in Sinai where 12 soldiers "
                       "were killed earlier this month, this time leaving one soldier dead.")
    assert found == [(1, None)]
    found = tolls(nlp, "Militants attacked the village of Tillia on Monday. It is the village where 30 people were "
                       "killed two weeks ago.")
    assert found == [(None, None)]


def test_a_count_since_another_time_is_another_events(nlp: Language) -> None:
    found = tolls(nlp, "It was the deadliest attack in Sinai since suicide car bombers killed more than 30 soldiers "
                       "at a military base in El-Arish in January.")
    assert found == [(None, None)]


def test_a_clause_of_the_events_own_time_keeps_its_count(nlp: Language) -> None:
    # a day, even "last night", may be the event's own: the count stands
    found = tolls(nlp, "Militants attacked the village of Tillia, where 12 people were killed last night.")
    assert found == [(12, None)]
    found = tolls(nlp, "Militants attacked the village of Tillia on Monday, where 12 people were killed.")
    assert found == [(12, None)]
    # a clause on the killers tells the event itself, even set at last week
    found = tolls(nlp, "The militants who killed four Christians last week in an attack on the village of Tillia are "
                       "still at large, police said.")
    assert found == [(4, None)]
    # a "since" clause telling the trigger keeps its count
    found = tolls(nlp, "Security has been beefed up since gunmen killed 20 hostages in an attack on a restaurant in "
                       "Dhaka on 1 July.")
    assert found == [(20, None)]
    # a trigger inside the past clause keeps its own count: the background event is told with its toll
    found = tolls(nlp, "Militants attacked the village of Tillia on Monday. Last year, gunmen attacked a church in "
                       "Niamey, killing 30 people.")
    assert (None, None) in found and (30, None) in found


def test_a_ledes_count_belongs_to_the_event_the_next_sentence_tells_again(nlp: Language) -> None:
    # the lede's words make no event; the next sentence tells it with "the", before a background bombing
    text = ("At least 31 people were killed in south-western Pakistan on Friday when a suicide bomber targeted a "
            "procession, police said. The bombing targeted people gathering outside a mosque in the town of "
            "Mastung. A politician survived a bombing on his car in Quetta earlier this month.")
    assert sorted(tolls(nlp, text), key=str) == [(31, None), (None, None)]
    # an event told later, or told without "the", is not the lede's: here the lede's "a suicide bomber targeted a
    # procession" is an attack of its own (thirty-first session, [types.attack] aim_verbs) and keeps its count; the
    # bombing in Quetta earlier this month takes none
    text = ("At least 31 people were killed in south-western Pakistan on Friday when a suicide bomber targeted a "
            "procession, police said. Officials called for calm. A bombing targeted people gathering outside a "
            "mosque in the town of Mastung. A politician survived a bombing on his car in Quetta earlier this month.")
    found = [(e.place, e.killed) for e in events(nlp, text) if e.type == "attack"]
    assert ("Quetta", None) in found and (None, 31) not in found
