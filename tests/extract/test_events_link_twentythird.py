"""Which mentions are one event: the twenty-third session's events lost in linking (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import restated
from sitroom.extract.events.records import Actor, EventMention
from sitroom.models import Place

pytestmark = pytest.mark.model

events = events_dated("2023-09-30")

MAIN = ("A suicide bomber killed 12 people outside a mosque in Mastung on Friday, police said. The bombing targeted "
        "people gathering for a religious procession. ")


def test_an_attack_set_earlier_this_month_is_a_background_one(nlp: Language) -> None:
    # the article has told its own bombing twice: one "earlier this month" at the same town is another
    found = events(nlp, MAIN + "A politician survived a bombing on his car in Mastung earlier this month.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert sorted(e.killed or 0 for e in attacks) == [0, 12]


def test_an_attack_set_earlier_in_a_month_is_a_background_one(nlp: Language) -> None:
    found = events(nlp, MAIN + "Earlier in September, the group took credit for a bombing in Mastung.")
    assert [e.type for e in found].count("attack") == 2


def test_earlier_on_the_day_is_the_story_told_again(nlp: Language) -> None:
    # an earlier hour of the day is no earlier event
    found = events(nlp, MAIN + "A bomber struck a crowd in Mastung earlier on Friday.")
    assert [e.type for e in found].count("attack") == 1


def test_a_headline_the_lede_sets_earlier_this_week_stays_one(nlp: Language) -> None:
    # told once only (a headline), the event may be the one the lede dates "earlier this week"
    found = events(nlp, "Gunmen kill 30 soldiers in Mali\nGunmen killed 30 soldiers in an attack in Mali earlier this "
                        "week, officials said.")
    assert [e.type for e in found].count("attack") == 1


def test_one_place_struck_on_two_days_apart_is_two_strikes(nlp: Language) -> None:
    # same actor, same place, days far apart: the second strike is no restatement of the first
    found = events(nlp, "Iraqi warplanes struck an ISIS hideout in the Hamrin Mountains on Tuesday, killing one "
                        "militant. Iraqi warplanes struck ISIS positions in the Hamrin Mountains on Friday.",
                   "2025-01-11")
    strikes = sorted(e.date or "" for e in found if e.type == "strike")
    assert strikes == ["2025-01-07", "2025-01-10"]


def _meeting(start: int, day: str, said: bool) -> EventMention:
    rome = Place(id="gn:3169070", name="Rome", country="IT", lat=41.89, lon=12.51)
    coalition = Actor("Global Coalition to Defeat Daesh/ISIS", "e1", "organization")
    return EventMention(type="meeting", trigger="meeting", start=start, end=start + 7, sent_start=start,
                        sent_end=start + 40, sent_text="meeting", date=day, date_precision="day", place=rome,
                        country="IT", actor=coalition, date_said=said)


def test_a_captions_day_does_not_set_one_places_meeting_apart() -> None:
    # "participates in a meeting in Rome ..., June 27, 2021. (Photo: AFP)" and "meeting in Rome on Monday": the
    # picture's day is no day of a second meeting
    assert len(restated([_meeting(0, "2021-06-27", True), _meeting(100, "2021-06-21", False)])) == 1
    assert len(restated([_meeting(0, "2021-06-27", False), _meeting(100, "2021-06-21", False)])) == 2
