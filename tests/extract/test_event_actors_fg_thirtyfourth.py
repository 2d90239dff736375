"""Event actors: the Islamic State's own claim stays the group's (its province's), not a local group's; a meeting of
people a body sends is that body's; Iraq's counter-terrorism forces are the Counter-Terrorism Service; a Nigerian unit's
or the Defence Headquarters' operation is the theatre command's (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-29")


def test_a_group_fighting_under_the_flag_does_not_take_the_branchs_claim(nlp: Language) -> None:
    # the Abu Sayyaf Group fights for the East Asia Province (actors.toml fights_for): the province's claim stays its
    found = events(nlp, "Two bombs exploded at a cathedral in Jolo on Sunday, killing 20 people. The Islamic "
                        "State's East Asia Province claimed responsibility for the attack. The Abu Sayyaf Group "
                        "has long operated in Sulu.\n", "2019-01-28")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State East Asia Province", True)]


def test_a_meeting_of_representatives_from_a_body_is_the_bodys(nlp: Language) -> None:
    found = events(nlp, "The Italian Republic hosted a meeting of senior diplomatic representatives from the Small "
                        "Group of the Global Coalition to Defeat Daesh/ISIS today in Rome.\n")
    assert [(e.type, e.place, e.actor) for e in found] == [
        ("meeting", "Rome", "Global Coalition to Defeat Daesh/ISIS")]


def test_a_meeting_from_phrase_on_the_noun_names_the_body(nlp: Language) -> None:
    # the parse hangs "from the Small Group" on "meeting", not on "directors"
    found = events(nlp, "The Kingdom of the Netherlands and the United States hosted a meeting of political "
                        "directors from the Small Group of the Global Coalition to Defeat Daesh yesterday in the "
                        "Hague.\n")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Global Coalition to Defeat Daesh/ISIS")]


def test_a_meeting_with_officials_of_a_country_names_no_body(nlp: Language) -> None:
    # a meeting's actors are bodies (organizations): the country the officials come from is none
    found = events(nlp, "Defence ministers met with officials from Kenya in Nairobi on Monday.\n")
    assert [e.actor for e in found if e.type == "meeting"] in ([], [None])


def test_iraqi_counter_terrorism_forces_are_the_service(nlp: Language) -> None:
    found = events(nlp, "Iraqi counter-terrorism forces killed five ISIS militants in a raid in Kirkuk on Friday.\n",
                   "2020-10-17")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


def test_iraqi_forces_stay_the_security_forces(nlp: Language) -> None:
    found = events(nlp, "Iraqi forces killed five ISIS militants in a raid in Kirkuk on Friday.\n", "2020-10-17")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iraqi Security Forces")]


def test_a_nigerian_unit_named_with_its_theatre_command_is_the_commands(nlp: Language) -> None:
    found = events(nlp, "Troops of the 25 Brigade of Joint Task Force, North-East, Operation Hadin Kai (OPHK), on "
                        "Wednesday neutralized four terrorists in Damboa, Borno State.\n", "2021-09-02")
    assert [(e.type, e.actor) for e in found] == [("operation", "Operation Hadin Kai")]


def test_a_nigerian_unit_alone_is_the_nigerian_army(nlp: Language) -> None:
    found = events(nlp, "On August 11, troops of 233 Battalion laid an ambush in Damaturu, Yobe State, killing one "
                        "terrorist.\n", "2021-09-02")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


def test_the_defence_headquarters_reports_the_theatre_commands_operation(nlp: Language) -> None:
    found = events(nlp, "The Defence Headquarters said troops of Operation Hadin Kai killed 20 terrorists in Borno "
                        "last week. The Defence Headquarters said troops conducted a clearance operation at Yuwe in "
                        "Borno State on Thursday, killing 12 terrorists.\n", "2023-02-24")
    assert {e.actor for e in found if e.type == "operation"} == {"Operation Hadin Kai"}


def test_the_groups_claim_in_the_philippines_is_not_the_maute_groups(nlp: Language) -> None:
    # a claim by the Islamic State alone is the group's (its province names it), never the Dawlah Islamiyah-Maute
    # Group the page names beside it, which the conventions count as a branch of its own
    found = events(nlp, "The Islamic State group claimed responsibility for a bombing during a Catholic Mass in "
                        "Marawi on Sunday that killed four people. The military is also investigating the Dawlah "
                        "Islamiyah-Maute Group.\n", "2023-12-05")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    assert found[0].actor in ("Islamic State", "Islamic State East Asia Province")


def test_an_unclaimed_attack_named_as_the_maute_groups_stays_its(nlp: Language) -> None:
    found = events(nlp, "Suspected members of the Dawlah Islamiyah-Maute Group attacked an army outpost in Lanao del "
                        "Sur on Sunday, killing two soldiers.\n", "2023-12-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Dawlah Islamiyah-Maute Group")]


def test_puntland_regional_security_forces_are_the_security_force(nlp: Language) -> None:
    found = events(nlp, "Puntland regional security forces on Tuesday raided an ISIS hideout in the Cal Miskaad "
                        "mountains of Bari region, killing five militants.\n", "2025-05-21")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Security Force")]
