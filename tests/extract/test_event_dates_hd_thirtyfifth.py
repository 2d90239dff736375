"""Event dates, thirty-fifth session: a page's own date stamp or wire dateline is no day of its story, and a date that
closes a reported clause told before its attribution ("killed ... yesterday, the military said") is the clause's
(short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.when import page_stamp
from sitroom.models import Timex

events = events_dated("2018-08-26")


def _timex(text: str, words: str, value: str) -> Timex:
    start = text.index(words)
    return Timex(text=words, start=start, end=start + len(words), value=value, precision="day")


def test_a_stamp_line_is_the_pages_day() -> None:
    text = "Head of Daesh killed\n  • Sunday 26, August 2018 in 5:43 PM\nThe head of Daesh was killed."
    assert page_stamp(_timex(text, "Sunday 26, August 2018", "2018-08-26"), text)


def test_a_published_line_is_the_pages_day() -> None:
    text = "ISWAP attacks military base\nPublished 4 December 2021\nMembers of ISWAP attacked a base."
    assert page_stamp(_timex(text, "4 December 2021", "2021-12-04"), text)


def test_a_dateline_glued_to_the_lede_is_the_pages_day() -> None:
    text = ("Zamboanga City, Philippines, 27 August 2016 (MINA) – Government forces engaged the bandits in a "
            "firefight yesterday, killing 11 of them in Patikul, Sulu.")
    assert page_stamp(_timex(text, "27 August 2016", "2016-08-27"), text)


def test_a_day_the_story_tells_is_no_stamp() -> None:
    text = "Police arrested eleven militants in Karachi on Monday, 15 April 2019, officials said."
    assert not page_stamp(_timex(text, "Monday, 15 April 2019", "2019-04-15"), text)


@pytest.mark.model
def test_an_undated_event_does_not_take_the_stamps_day(nlp: Language) -> None:
    # as174: the stamp's Sunday was taken for the story's day, the operation told undated below it
    found = events(nlp, "Head of Daesh in Afghanistan killed, says government\n"
                        "  • Sunday 26, August 2018 in 5:43 PM\n"
                        "The head of Daesh in Afghanistan was killed in a strike on the group's hideouts in Nangarhar "
                        "province on Saturday night, authorities said on Sunday.\n"
                        "Ten other members of the group were also killed in a joint ground and air operation by Afghan "
                        "forces, the National Directorate of Security said in a statement.\n")
    assert "2018-08-26" not in [e.date for e in found]


@pytest.mark.model
def test_a_date_closing_the_report_before_its_attribution_is_the_events(nlp: Language) -> None:
    # iq153
    found = events_dated("2022-02-24")(
        nlp, "Five militants of the extremist group Daesh were killed, in airstrikes in Iraq's northern province of "
             "Kirkuk yesterday, the Iraqi military said.")
    assert [(e.type, e.date) for e in found] == [("strike", "2022-02-23")]
