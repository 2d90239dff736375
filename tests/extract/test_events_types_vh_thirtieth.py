"""Smaller event types, thirtieth session (short sentences written for the tests): an operation that aircraft or an
air arm make (the doer of the verb, or of the light verb that carries the noun) is a strike; an official's visit to a
force is a meeting, a visit to anything else is none; "pledged alliance to" the group is an oath of allegiance."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_raids_that_warplanes_launch_are_strikes(nlp: Language) -> None:
    found = events(nlp, "On Friday, Iraqi warplanes launched several raids on ISIS hideouts in the Hamrin mountains.")
    assert [(e.type, e.date, e.country) for e in found] == [("strike", "2025-05-02", "IQ")]


@pytest.mark.model
def test_a_raid_jets_carry_out_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "On Friday, Iraqi jets carried out a raid on an ISIS hideout in the Hamrin mountains.")
    assert [(e.type, e.date) for e in found] == [("strike", "2025-05-02")]


@pytest.mark.model
def test_a_killing_by_an_air_force_named_by_its_possessor_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "The Egyptian army said on Thursday that its air force killed 19 militants in northern Sinai.")
    assert [(e.type, e.country, e.killed) for e in found] == [("strike", "EG", 19)]


@pytest.mark.model
def test_a_raid_by_troops_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "On Friday, Iraqi troops carried out a raid on an ISIS hideout in the Hamrin mountains.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_official_visiting_troops_is_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The defence minister visited Rwandan forces in Ancuabe district on Friday.")
    assert [(e.type, e.date, e.country, e.place) for e in found] == [("meeting", "2025-05-02", "MZ", "Ancuabe")]


@pytest.mark.model
def test_an_operational_visit_to_a_base_is_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The navy chief spoke on Saturday during an operational visit to the navy base in Baga.")
    assert [(e.type, e.date) for e in found] == [("meeting", "2025-05-03")]


@pytest.mark.model
def test_a_visit_to_the_scene_or_the_wounded_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "The governor visited the scene in Maiduguri on Monday and visited the wounded in hospital.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_pledged_alliance_to_the_group_is_an_oath_of_allegiance(nlp: Language) -> None:
    found = events(nlp, "The ADF was founded in Uganda. It pledged alliance to the Islamic State in 2019.")
    assert [(e.type, e.date, e.actor) for e in found] == [("pledge", "2019", "Allied Democratic Forces")]

