"""Event dates, forty-fourth session: "made this known on Monday" is a telling, whose day is the report's and no day
of the story (the story's own "on Sunday" dates what its lede leaves undated); of a trigger's dates, a coarser one
nearer in the parse ("this week") that holds a finer one ("in the early hours of Thursday") is the same time told
less exactly, and the finer one dates the event; a town's recapture told in the present perfect of a dated report
has the report's day, which the story's own day for it, told after, replaces (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Tuesday
tuesday_events = events_dated("2025-07-29")
# a Friday
friday_events = events_dated("2026-01-30")


@pytest.mark.model
def test_made_this_known_on_a_day_is_the_reports_day(nlp: Language) -> None:
    found = tuesday_events(nlp, "Nigerian Air Force jets killed several ISWAP fighters in the Lake Chad region.\n"
                                "The air force spokesman made this known in a statement in Abuja on Monday.\n"
                                "He said the mission, carried out on Sunday, targeted a hideout in the Tumbuns.")
    assert [e.date for e in found if e.type == "strike"] == ["2025-07-27"]


@pytest.mark.model
def test_made_it_known_on_a_day_is_the_reports_day(nlp: Language) -> None:
    found = tuesday_events(nlp, "Troops repelled an attack on a military base in Borno, killing ten ISWAP fighters.\n"
                                "The army spokesman made it known on Monday that the fighters came in gun trucks on "
                                "Sunday night.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-07-27"]


@pytest.mark.model
def test_a_day_held_by_a_nearer_week_dates_the_event(nlp: Language) -> None:
    found = friday_events(nlp, "Militants backed by drones raided an army base in Borno state in the early hours of "
                               "Thursday, killing several troops, the military said, marking the second reported "
                               "assault in the area this week and underscoring a growing security challenge for "
                               "authorities.")
    assert [e.date for e in found if e.type == "attack"] == ["2026-01-29"]


# a Saturday
saturday_events = events_dated("2016-08-20")


@pytest.mark.model
def test_a_recapture_in_the_present_perfect_takes_the_day_the_story_states(nlp: Language) -> None:
    found = saturday_events(nlp, "Iraqi government forces have recaptured the town of Khaldiyah in Anbar province "
                                 "from Islamic State militants.\nThe Joint Operations Command announced in a statement "
                                 "that counter-terrorism forces had managed to retake Khaldiyah town, west of Baghdad, "
                                 "on Friday evening.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2016-08-19"]


@pytest.mark.model
def test_a_recapture_in_the_present_perfect_told_alone_keeps_the_pages_day(nlp: Language) -> None:
    found = saturday_events(nlp, "Iraqi government forces have recaptured the town of Khaldiyah in Anbar province "
                                 "from Islamic State militants.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2016-08-20"]
