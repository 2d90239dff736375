"""Operations, fortieth session (short sentences written for the tests): a verb of what a force does to the group's
people ("captured a member") done by the attackers themselves is no force's operation; done by troops, or by police who
report it, or by another armed group ("MILF members engaged the BIFF"), it still is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_rebels_capturing_a_militia_member_is_no_operation(nlp: Language) -> None:
    found = events(nlp, "The rebels captured a member of the local militia in Ancuabe on Friday.")
    assert [e.type for e in found if e.type == "operation"] == []


@pytest.mark.model
def test_troops_capturing_a_member_of_the_group_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops captured a member of the group in Ancuabe on Friday.")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2025-05-02", "Ancuabe")]


@pytest.mark.model
def test_police_reporting_their_own_capture_make_an_operation(nlp: Language) -> None:
    found = events(nlp, "Police said they had captured four militants in Ancuabe on Friday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2025-05-02")]


@pytest.mark.model
def test_another_armed_group_engaging_the_groups_fighters_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "MILF members engaged the BIFF fighters in Pusao on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Moro Islamic Liberation Front")]
