"""Casualty counts of attacks: one victim told with "the" ("killed the provincial police chief") or an untyped name
beheaded is a count of one; a count of one told with "the" tells no two mentions apart and gives way to a count
(twenty-seventh session; short sentences written for the tests, some after train pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_one_person_told_with_the_is_a_count_of_one(nlp: Language) -> None:
    found = tolls(nlp, "A suicide bombing in Kabul on Wednesday killed the Taliban minister for refugees.")
    assert found == [(1, None)]
    found = tolls(nlp, "Islamic State militants attacked a checkpoint in Kirkuk on Monday, wounding the district "
                       "police chief.")
    assert found == [(None, 1)]
    # a noun's possessive tells one person too
    found = tolls(nlp, "Gunmen attacked the village of Ngite on Monday, killing the village's chief.")
    assert found == [(1, None)]


def test_a_definite_noun_of_many_or_of_attackers_is_no_count(nlp: Language) -> None:
    # "the rest", "the family" stand for several people
    found = tolls(nlp, "Gunmen attacked a bus near Mandera on Monday and killed the rest of the passengers.")
    assert found == [(None, None)]
    found = tolls(nlp, "Militants attacked a farm near Beni on Monday and killed the family.")
    assert found == [(None, None)]
    # the attacker's own death is no victim's
    found = tolls(nlp, "A gunman attacked a church in Istanbul on Sunday. The attacker was killed by police.")
    assert found == [(None, None)]


def test_an_untyped_name_beheaded_is_one_victim(nlp: Language) -> None:
    found = tolls(nlp, "Abu Sayyaf militants attacked a fishing village in Patikul on Monday. Besconde was beheaded "
                       "by the group.")
    assert found == [(1, None)]


def test_one_told_with_the_does_not_split_an_attack_counted_elsewhere(nlp: Language) -> None:
    # the count told after or before the one victim named by title is the attack's: one event, that count
    found = tolls(nlp, "A suicide bombing in Kabul on Wednesday killed seven people. Police said the bombing killed "
                       "the deputy governor.")
    assert found == [(7, None)]
    found = tolls(nlp, "A suicide bombing in Kabul on Wednesday killed the deputy governor. Police said the bombing "
                       "in Kabul killed seven people.")
    assert found == [(7, None)]


def test_one_told_with_the_alone_anchors_no_event(nlp: Language) -> None:
    # a bare "the attack" with nothing of its own but a victim told by title is no event of its own
    assert tolls(nlp, "The attack killed the driver.") == []


def test_a_count_told_after_one_told_with_the_is_the_toll(nlp: Language) -> None:
    found = tolls(nlp, "Militants attacked Diffa on Monday, killing the village chief. Two people were killed in the "
                       "attack, police said.")
    assert found == [(2, None)]


def test_one_told_with_the_in_a_strike_is_its_target(nlp: Language) -> None:
    # a leader a strike or raid killed is what it was for: no toll (the conventions)
    found = [(e.type, e.killed) for e in events(nlp, "The head of the Islamic State in Afghanistan was killed in a "
                                                     "U.S. airstrike in Achin on Monday, the Pentagon said.")]
    assert found == [("strike", None)]


def test_one_person_told_by_people_or_faith_is_a_count_of_one(nlp: Language) -> None:
    found = tolls(nlp, "Islamic State claimed an attack on the village of Nkiora in Cabo Delgado on Monday, in which "
                       "a Christian was killed.")
    assert found == [(1, None)]
    found = tolls(nlp, "On Monday the Islamists attacked the village of Nkiora and killed another Christian.")
    assert found == [(1, None)]
