"""Attack or operation by who does what to whom: the campaign's fighters ambushed, or killed in an attack word, with no
other group named as the doer make the force's operation; a group accused of carrying out an attack made it, not the
force that accuses it; a fight told only by what the force lost is the group's attack, and so is a group's outside the
campaign with the state's forces (short sentences written for the tests, after train pages' attacks the gold types
operations and the reverse)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-05")


def test_militants_ambushed_make_an_operation(nlp: Language) -> None:
    found = events(nlp, "The militants were ambushed in a village near Bama on Sunday, the ministry said.\n")
    assert [e.type for e in found] == ["operation"]


def test_soldiers_ambushed_stay_an_attack(nlp: Language) -> None:
    found = events(nlp, "Four soldiers were ambushed near Bama on Monday.\n")
    assert [e.type for e in found] == ["attack"]


def test_fighters_attacked_by_another_group_stay_an_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters were attacked by Boko Haram near Bama on Monday.\n")
    assert [e.type for e in found] == ["attack"]


def test_group_members_killed_in_a_joint_attack_make_an_operation(nlp: Language) -> None:
    found = events(nlp, "At least 15 ISIS terrorists have been killed in a joint attack in Anbar on Monday, US "
                        "officials have said.\n")
    assert [e.type for e in found] == ["operation"]


def test_a_commander_killed_in_an_attack_on_troops_stays_an_attack(nlp: Language) -> None:
    found = events(nlp, "A senior Islamic State commander was killed during an attack on army forces in Diyala on "
                        "Monday, according to local sources.\n")
    assert [e.type for e in found] == ["attack"]


def test_a_group_accused_of_carrying_out_an_attack_made_it(nlp: Language) -> None:
    found = events(nlp, "The army is accusing rebels of the Allied Democratic Forces (ADF) of carrying out the "
                        "attack in the town of Beni on Monday, an army spokesman said.\n")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


def test_the_army_carrying_out_an_attack_on_the_group_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "The army said it carried out an attack on ADF positions near Beni on Monday.\n")
    assert [e.type for e in found] == ["operation"]


def test_soldiers_killed_in_clashes_make_the_groups_attack(nlp: Language) -> None:
    found = events(nlp, "Two soldiers were killed in clashes with ISWAP fighters in Yobe State on Saturday, the "
                        "group claimed.\n")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]


def test_clashes_that_killed_security_personnel_make_an_attack(nlp: Language) -> None:
    found = events(nlp, "In mid-July, clashes between Iraqi forces and ISIS militants in Diyala lasted three days and "
                        "resulted in the deaths of six security personnel.\n")
    assert [e.type for e in found] == ["attack"]


def test_a_clash_that_killed_both_sides_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "Seven Dawlah Islamiya terrorists and six soldiers were killed in a clash in Munai on "
                        "Sunday.\n")
    assert [e.type for e in found] == ["operation"]


def test_a_clash_the_next_sentence_counts_the_groups_dead_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "A soldier died while two others were wounded in a clash with BIFF in Mamasapano on Nov. 9, "
                        "the military said. Two BIFF members were also killed.\n")
    assert "attack" not in [e.type for e in found]


def test_a_clash_the_troops_started_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "Army troops surrounded a jungle area in Patikul on Monday and clashed with about 100 bandits, "
                        "and 17 soldiers were wounded.\n")
    assert "attack" not in [e.type for e in found]


def test_an_outside_group_clashing_with_government_forces_attacks_them(nlp: Language) -> None:
    found = events(nlp, "Boko Haram terrorists have clashed with government forces in Diffa on Monday.\n")
    assert [e.type for e in found] == ["attack"]


def test_an_outside_groups_infighting_is_no_attack_on_the_state(nlp: Language) -> None:
    found = events(nlp, "Factions of the Somali militant group al-Shabaab on Sunday clashed in Puntland state.\n")
    assert "attack" not in [e.type for e in found]


def test_troops_clashing_with_an_outside_group_stay_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops clashed with Boko Haram fighters near Bama on Monday.\n")
    assert [e.type for e in found] == ["operation"]
