"""Event dates, forty-fifth session: a meeting in an "after" phrase of the telling that follows it ("the government
said yesterday after the council meeting", "Speaking to journalists on Monday after a meeting with the President")
took place on the day of the telling; an attack so told keeps no day (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Friday
friday_events = events_dated("2022-06-10")


@pytest.mark.model
def test_a_meeting_the_telling_follows_is_of_the_tellings_day(nlp: Language) -> None:
    found = friday_events(nlp, "The attack bore the traits of ISWAP, the government said yesterday after the National "
                               "Security Council meeting, chaired by the President at the Presidential Villa, Abuja.")
    assert [e.date for e in found if e.type == "meeting"] == ["2022-06-09"]


@pytest.mark.model
def test_speaking_to_journalists_after_a_meeting_dates_the_meeting(nlp: Language) -> None:
    found = friday_events(nlp, "Speaking to journalists on Wednesday, June 8, 2022, after a meeting with the President "
                               "at the State House in Abuja, the governor described the situation as deteriorating.")
    assert [e.date for e in found if e.type == "meeting"] == ["2022-06-08"]


@pytest.mark.model
def test_an_attack_the_telling_follows_takes_no_day_from_it(nlp: Language) -> None:
    found = friday_events(nlp, "Police said on Thursday that the suspects were arrested after the attack on the "
                               "church.")
    assert "2022-06-09" not in [e.date for e in found if e.type == "attack"]


# a Monday
monday_events = events_dated("2024-03-18")


@pytest.mark.model
def test_a_weekday_after_the_weekend_is_no_day_of_it(nlp: Language) -> None:
    found = monday_events(nlp, "The president on Monday promised swift justice for four soldiers killed by militants "
                               "in the south over the weekend.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-03"]


@pytest.mark.model
def test_the_weekends_event_takes_the_day_the_story_names(nlp: Language) -> None:
    found = monday_events(nlp, "The president on Monday promised swift justice for four soldiers killed by militants "
                               "in the south over the weekend.\nThe military said the militants ambushed the troops on "
                               "Sunday near the town.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-03-17"]


@pytest.mark.model
def test_a_day_of_the_weekend_still_dates_it_finer(nlp: Language) -> None:
    found = monday_events(nlp, "Militants raided an army post in the early hours of Saturday, killing two soldiers, "
                               "the army said, the second assault in the area over the weekend.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-03-16"]
