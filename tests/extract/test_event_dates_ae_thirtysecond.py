"""Event dates, thirty-second session: an attack dated only by the day it was claimed or reported on takes the
day the story tells just before it ("Three soldiers were killed on Wednesday ... claimed responsibility for the
attack on Thursday") (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2018-06-15")


@pytest.mark.model
def test_a_claimed_attack_takes_the_day_its_count_was_told_with(nlp: Language) -> None:
    found = events(nlp, "Three soldiers were killed on Wednesday at a checkpoint west of Arish, according to "
                        "eyewitnesses. Province of Sinai, the Islamic State affiliate, claimed responsibility for the "
                        "attack through the Amaq News Agency on Thursday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2018-06-13")]


@pytest.mark.model
def test_a_claimed_attack_takes_the_day_the_claim_tells(nlp: Language) -> None:
    found = events_dated("2024-05-20")(
        nlp, "The Islamic State group on Sunday claimed responsibility for an attack targeting tourists in "
             "Afghanistan that killed three Spaniards and three Afghans. The group said in a statement that "
             "\"fighters shot at Christian tourists with machine guns\" in the city of Bamiyan on Friday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-17")]


@pytest.mark.model
def test_a_day_after_the_claim_is_not_the_attacks(nlp: Language) -> None:
    found = events(nlp, "The Islamic State on Wednesday claimed responsibility for an attack that killed three "
                        "soldiers near Arish. On Thursday, the army buried the three soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2018-06-13")]


@pytest.mark.model
def test_a_meeting_told_by_a_report_keeps_its_day(nlp: Language) -> None:
    found = events_dated("2014-09-16")(
        nlp, "On Saturday, police arrested four men in Poso. At a hastily convened meeting of his security Cabinet "
             "on Monday, the president told officials to keep a close watch on militants.")
    assert [e.date for e in found if e.type == "meeting"] in ([], ["2014-09-15"])
