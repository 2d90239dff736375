"""Event types, fifty-first session (short sentences written for the tests): an attack noun whose phrase joins an air
word to another arm ("air and ground assaults", "air, artillery and ground assaults") is fought by armed forces from
the air and the ground at once, their operation, whoever the sentence names; an air word alone stays a strike, and
the group's own "drone and ground attack" stays its attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-04-23")


@pytest.mark.model
def test_fighters_killed_in_the_militarys_air_and_ground_assaults_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "A faction leader allied with ISIS was killed along with his 11 followers in the military's "
                        "air and ground assaults Monday in Datu Saudi Ampatuan, Maguindanao del Sur.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-04-22", "PH")]


@pytest.mark.model
def test_militants_killed_in_combined_air_and_ground_assaults_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "The slain BIFF militants were killed on Sunday in combined air and ground assaults in "
                        "Maguindanao.")
    assert [(e.type, e.country) for e in found] == [("operation", "PH")]


@pytest.mark.model
def test_a_town_cleared_with_air_artillery_and_ground_assaults_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Soldiers promptly cleared Maguing town with air, artillery and ground assaults last "
                        "Tuesday, killing seven Dawlah Islamiya fighters.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_the_groups_drone_and_ground_attack_stays_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters launched a combined drone and ground attack on a military base in Marte on "
                        "Sunday, killing four soldiers.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_aerial_attacks_alone_stay_a_strike(nlp: Language) -> None:
    found = events(nlp, "Iraqi military aircraft launched a series of aerial attacks on Islamic State hideouts in "
                        "Kirkuk on Sunday.")
    assert [(e.type, e.place) for e in found] == [("strike", "Kirkuk")]


@pytest.mark.model
def test_attackers_met_with_superior_firepower_is_no_meeting(nlp: Language) -> None:
    # the army releases' idiom for the fire that repels an attack: the attack is told, no meeting
    found = events(nlp, "The ISWAP terrorists who launched an offensive using suicide vehicle-borne explosive devices "
                        "on Monday were met with superior firepower from the MNJTF troops in Kukawa, the force said.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_commander_meeting_a_counterpart_stays_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The Chief of the Army Staff met with the MNJTF Force Commander in N'Djamena on Monday to "
                        "review operations against ISWAP.")
    assert [(e.type, e.place) for e in found] == [("meeting", "N'Djamena")]


@pytest.mark.model
def test_ground_and_aerial_offensives_stay_an_operation(nlp: Language) -> None:
    # the parse hangs the "and" on "ground" and makes "aerial" a modifier of the noun alone: still joined to a ground
    # arm, so no strike flown from the air
    found = events(nlp, "An Egyptian military source said on Friday that the army launched ground and aerial "
                        "offensives against the terrorists' hideouts in the south of Sheikh Zuweid, killing 12 "
                        "militants.")
    assert [(e.type, e.place) for e in found] == [("operation", "Sheikh Zuweid")]


@pytest.mark.model
def test_ground_and_air_attacks_that_neutralised_terrorists_are_an_operation(nlp: Language) -> None:
    found = events(nlp, "The Multinational Joint Task Force said ground and air attacks in the Tumbun Rago area on "
                        "Sunday had neutralised more than 25 terrorists.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Multinational Joint Task Force")]


@pytest.mark.model
def test_air_attacks_alone_on_camps_stay_a_strike(nlp: Language) -> None:
    found = events(nlp, "The army launched air attacks on ADF camps in Beni on Sunday.")
    assert [(e.type, e.place) for e in found] == [("strike", "Beni")]
