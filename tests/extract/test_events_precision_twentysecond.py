"""Event precision, twenty-second session (short sentences written for the tests): an event noun told as what a
pronoun or a definite subject is or marks ("This was the second attack in two months") ranks the event told
before it and names it again, ordinal or not; an exchange of fire told without a place of its own beside the one
attack of its day and country ("the soldiers engaged the terrorists in a firefight, thwarting the attack") is the
troops' side of that attack, not an operation of theirs; a raid noun whose modifier names the group or its
fighters ("ISIS raid in Iraq kills two pro-Iran fighters") is the group's attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-04-13")


@pytest.mark.model
def test_a_ranked_restatement_names_the_event_told_before(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked a UN humanitarian base in Damasak on Thursday, killing four "
                        "people. This was the second attack in two months against one of the UN bases in the "
                        "country.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-04-11")]
    found = events(nlp, "ISWAP fighters attacked an army base in Monguno on Thursday, killing four soldiers. "
                        "The incident marked the second reported attack on military formations in Borno State "
                        "this week.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-04-11")]


@pytest.mark.model
def test_another_attack_told_as_an_event_of_its_own_stays(nlp: Language) -> None:
    # the ordinal sets the attack apart where no subject says it is the one told before
    found = events(nlp, "ISWAP fighters attacked an army base in Monguno on Thursday, killing four soldiers. "
                        "A second attack on a base in Dikwa killed two soldiers on April 2.")
    assert sorted((e.type, e.date) for e in found) == [("attack", "2024-04-02"), ("attack", "2024-04-11")]


@pytest.mark.model
def test_a_placeless_firefight_is_the_troops_side_of_the_attack(nlp: Language) -> None:
    found = events(nlp, "Troops stationed in Damasak town in Borno state have repelled a late-night assault by "
                        "ISWAP fighters on Thursday. \"The soldiers engaged the terrorists in a prolonged "
                        "firefight, effectively thwarting the attack,\" the army said.")
    assert [(e.type, e.place) for e in found] == [("attack", "Damasak")]


@pytest.mark.model
def test_a_fight_with_a_place_of_its_own_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked an army base in Monguno on Thursday, killing four soldiers. "
                        "On the same night, troops clashed with ISWAP fighters in Amchide.")
    assert sorted(e.type for e in found) == ["attack", "operation"]


@pytest.mark.model
def test_a_fight_between_two_armed_groups_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "Militants attacked a village in Maguindanao on Thursday, killing two farmers. Members of "
                        "the Moro Islamic Liberation Front on Thursday engaged members of the Bangsamoro Islamic "
                        "Freedom Fighters in a firefight.")
    assert sorted(e.type for e in found) == ["attack", "operation"]


@pytest.mark.model
def test_a_raid_the_group_names_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISIS raid in Iraq kills two pro-Iran fighters.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "The hostages were taken on Tuesday during a militant raid on a village in Mambasa.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_forces_raid_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "An SDF raid in Deir ez-Zor on Sunday netted two ISIS members.")
    assert [e.type for e in found] == ["operation"]
    found = events(nlp, "Iraqi troops killed three ISIS fighters in an army raid on their hideout in Kirkuk on "
                        "Monday.")
    assert [e.type for e in found] == ["operation"]
