"""A state's own operations at home credited to the force that makes them (events/credit.py states_to_forces)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_12_21 = events_dated("2025-12-21")
events_on_2016_12_11 = events_dated("2016-12-11")


@pytest.mark.model
def test_syria_announcing_a_raid_since_2024_is_its_interior_ministry(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "Syria announced on Sunday it had dismantled an ISIS cell in a Damascus suburb and arrested seven people.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Ministry of Interior")]


@pytest.mark.model
def test_syria_retaking_a_town_before_2024_is_its_army(nlp: Language) -> None:
    found = events_on_2016_12_11(
        nlp, "Backed by Russian air power, Syria had recaptured Palmyra from the Islamic State in March.")
    assert [(e.type, e.actor) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Syrian Arab Army")]


# A strike credited to the state's army whose sentence names an air arm only by its kind is the state's air force.

events_on_2021_04_26 = events_dated("2021-04-26")


@pytest.mark.model
def test_airstrikes_by_the_air_force_are_the_states_air_force(nlp: Language) -> None:
    found = events_on_2021_04_26(
        nlp, "ISWAP fighters overran Geidam in Yobe State on Friday. The insurgents retreated after airstrikes by "
             "the air force hit their positions in Geidam.")
    assert [e.actor for e in found if e.type == "strike"] == ["Nigerian Air Force"]


@pytest.mark.model
def test_airstrikes_by_the_military_are_the_armed_forces_as_a_whole(nlp: Language) -> None:
    # armies do not fly: "the military" that struck from the air is the state's armed forces ([armed_forces])
    found = events_on_2021_04_26(
        nlp, "ISWAP fighters overran Geidam in Yobe State on Friday. The insurgents retreated after airstrikes by "
             "the military hit their positions in Geidam.")
    assert [e.actor for e in found if e.type == "strike"] == ["Armed Forces of Nigeria"]


@pytest.mark.model
def test_a_strike_credited_to_the_army_by_name_stays_the_army(nlp: Language) -> None:
    found = events_on_2021_04_26(
        nlp, "The Nigerian Army said its troops bombed ISWAP positions in Geidam, Yobe State, on Friday with "
             "artillery strikes.")
    assert [e.actor for e in found if e.type == "strike"] == ["Nigerian Army"]
