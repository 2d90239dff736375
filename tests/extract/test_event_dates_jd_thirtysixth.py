"""Event dates, thirty-sixth session: the day a statement came out ("said in a statement posted late on Tuesday that
one of its members attacked") is the statement's, not the attack's, which the story tells apart ("The attack took place
on Monday night"); "Earlier in the day" counts from the day told last though the model tags "day" alone (short
sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_a_statements_posting_day_does_not_date_the_attack(nlp: Language) -> None:
    # as263
    found = events(nlp, "The militant group said in a statement posted on its Telegram website late on Tuesday that "
                        "one of its members attacked a mosque in Herat province with a machine gun. The attack, which "
                        "took place on Monday night in the district of Guzara, also left one person wounded.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-04-29")]


@pytest.mark.model
def test_a_statement_day_alone_still_dates_the_report(nlp: Language) -> None:
    # with no day of its own, the event keeps the day it was reported on (the real-page conventions)
    found = events(nlp, "In a statement released on Tuesday, the army said its troops killed five militants in "
                        "a raid on a hideout in Sambisa forest.")
    assert [e.date for e in found if e.type == "operation"] == ["2024-04-30"]


@pytest.mark.model
def test_a_release_the_trigger_itself_puts_out_keeps_its_day(nlp: Language) -> None:
    # the video is the event's own proof, put out by the group that carried out the killing: no report above it
    found = events(nlp, "Islamic State fighters beheaded a soldier in a video released on Sunday.")
    assert [e.date for e in found] == ["2024-04-28"]


@pytest.mark.model
def test_earlier_in_the_day_is_the_day_told_last(nlp: Language) -> None:
    # iq193: the model tags "day" alone, which named no day, so the attack took the page's month
    found = events_dated("2017-08-07")(
        nlp, "Iraqi army helicopters carried out airstrikes on Daesh positions near Shirqat on Sunday. Earlier in "
             "the day, fighters of the Popular Mobilization Units repulsed an attack by Daesh in western Mosul.")
    assert ("attack", "2017-08-06") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_the_day_an_army_assured_is_no_story_day(nlp: Language) -> None:
    # se37: "assured on Wednesday" was taken for the story's day, and the undated operation took it
    found = events_dated("2025-06-25")(
        nlp, "There is no immediate threat of spillover violence from local terrorist groups, the Philippine Army "
             "assured on Wednesday. Two militants were killed in an operation by the 6th Infantry Division in "
             "Barangay Libutan.")
    assert "2025-06-25" not in [e.date for e in found if e.type == "operation"]
