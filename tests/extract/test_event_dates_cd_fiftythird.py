"""Event dates, fifty-third session: of a claim's two days, the one told before the trigger on the claim's verb is
the claim's, the one after the trigger the deed's (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2021-12-07")


@pytest.mark.model
def test_the_day_after_the_claimed_attack_is_the_attacks(nlp: Language) -> None:
    found = events(nlp, "The terror group on Tuesday claimed responsibility for an attack on Peshmerga in Kirkuk late "
                        "on Sunday, killing four of them.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-05")]


@pytest.mark.model
def test_a_claim_fronted_day_gives_way_to_the_attacks(nlp: Language) -> None:
    found = events(nlp, "On Tuesday, IS claimed responsibility for an attack in Kirkuk late on Sunday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-05")]


@pytest.mark.model
def test_a_claim_alone_still_dates_its_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State on Monday claimed responsibility for an attack that killed three "
                        "soldiers near Arish.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-06")]


@pytest.mark.model
def test_a_claimed_attack_days_before_another_at_its_place_stays_apart(nlp: Language) -> None:
    # (the day after the trigger is the deed's, no claim's day that lets two days of one place join)
    found = events(nlp, "Two Iraqi soldiers killed in ISIS attack in Kirkuk\n\nIslamic State militants on Tuesday "
                        "launched an attack on the Iraqi forces in Kirkuk province, killing two soldiers. The terror "
                        "group on Tuesday claimed responsibility for an attack on Peshmerga in Kirkuk late on Sunday, "
                        "killing four of them.")
    assert sorted(e.date for e in found if e.type == "attack") == ["2021-12-05", "2021-12-07"]


@pytest.mark.model
def test_a_reported_event_takes_the_storys_day_across_the_months_end(nlp: Language) -> None:
    # (the report's Monday is March 1; the story's Sunday, the day before, is of February)
    found = events_dated("2021-03-02")(
        nlp, "Soldiers killed four members of the BIFF who tried to launch bombings in Maguindanao, the military "
             "here said Monday. Major Banaag said the firefight ensued after members of the BIFF fired at soldiers "
             "in Barangay Pagatin 1 on Sunday afternoon.")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-02-28")]


@pytest.mark.model
def test_a_day_of_the_month_before_far_from_the_report_is_not_lent(nlp: Language) -> None:
    found = events_dated("2021-03-04")(
        nlp, "Soldiers killed four members of the BIFF in Maguindanao, the military here said Wednesday. Major "
             "Banaag said the group had fired at villagers on Sunday.")
    assert [(e.type, e.date) for e in found if e.type == "operation"] == [("operation", "2021-03-03")]
