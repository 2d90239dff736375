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


@pytest.mark.model
def test_a_count_of_hours_reaching_a_day_shifts_the_day(nlp: Language) -> None:
    found = events_dated("2021-12-03")(
        nlp, "Barely 24 hours after insurgents attacked the military base in Rann, killing 7 soldiers, ISWAP "
             "fighters stormed Mallam Fatori on Friday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-02"), ("attack", "2021-12-03")]


@pytest.mark.model
def test_hours_without_a_count_keep_the_same_day(nlp: Language) -> None:
    found = events_dated("2021-12-03")(
        nlp, "Hours after insurgents attacked the military base in Rann, killing 7 soldiers, ISWAP fighters "
             "stormed Mallam Fatori on Friday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-03"), ("attack", "2021-12-03")]


@pytest.mark.model
def test_the_day_a_statement_was_issued_is_no_day_of_the_story(nlp: Language) -> None:
    found = events_dated("2025-09-04")(
        nlp, "Troops of Operation Hadin Kai have killed 13 members of ISWAP during a failed ambush in Kareto town, "
             "Borno State. In a statement issued Thursday, the spokesman of Operation Hadin Kai said the incident "
             "occurred on Wednesday, September 3, 2025, while troops were escorting humanitarian trucks.")
    assert {e.date for e in found} == {"2025-09-03"}


@pytest.mark.model
def test_a_day_the_story_tells_with_issue_stays_a_day_of_the_story(nlp: Language) -> None:
    found = events_dated("2025-09-04")(
        nlp, "Troops killed 13 members of ISWAP during a failed ambush in Kareto town, Borno State. On Tuesday, the "
             "governor issued new curfew orders for the town.")
    assert {e.date for e in found} == {"2025-09-02"}


@pytest.mark.model
def test_a_day_long_before_the_claim_is_another_happening(nlp: Language) -> None:
    found = events_dated("2016-03-22")(
        nlp, "Islamic State has claimed responsibility for the two bomb attacks that killed at least 31 people in "
             "the Belgian capital on Tuesday. The bombings came days after officials warned of possible attacks "
             "following an arrest in a Brussels shootout on Friday.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2016-03-22")]


@pytest.mark.model
def test_the_day_a_magazine_was_published_is_a_reports_day(nlp: Language) -> None:
    found = events_dated("2023-02-20")(
        nlp, "The jihadist group had already claimed responsibility for an attack three days earlier in the same "
             "region.\nThe attack on Monday, February 20, against a Burkinabe army camp in Tin-Akoff was carried out "
             "by the Islamic State (IS). The terrorist group claimed responsibility for the assault through its weekly "
             "magazine \"Al Naba\" (the news) published on Thursday night in its distribution channels.")
    assert [e.date for e in found] == ["2023-02-17", "2023-02-20"]
