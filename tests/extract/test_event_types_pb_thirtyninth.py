"""Attack or operation by who does what to whom: the campaign's fighters ambushed, or killed in an attack word, with no
other group named as the doer make the force's operation; a group accused of carrying out an attack made it, not the
force that accuses it (short sentences written for the tests, after train pages' attacks the gold types operations
and the reverse)."""

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
