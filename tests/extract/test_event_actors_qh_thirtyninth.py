"""Event actors, thirty-ninth session (qh): the group an article that says no one claimed its attack names as the
suspect (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2020-08-27")


def test_the_suspect_named_beside_no_claim_did_the_attack(nlp: Language) -> None:
    found = events(nlp, "A bomb exploded at a market in Jolo on Monday, killing 14 people. No group has claimed "
                        "responsibility, but the military pointed to Abu Sayyaf as the likely culprits.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Abu Sayyaf Group", False)]


def test_the_suspect_may_be_named_in_the_sentence_after(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber killed 31 people at a rally in Mastung on Friday. No group has claimed "
                        "responsibility for the bombing. The Islamic State Khorasan Province was the likely "
                        "perpetrator, a police officer said.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Khorasan Province")]


def test_a_group_named_with_no_word_of_suspicion_is_no_suspect(nlp: Language) -> None:
    found = events(nlp, "A bomb exploded at a market in Jolo on Monday, killing 14 people. No group has claimed "
                        "responsibility. Abu Sayyaf has long been active on the island.")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


def test_iraq_s_special_forces_are_its_counter_terrorism_service(nlp: Language) -> None:
    found = events(nlp, "Iraqi special forces said on Monday they had killed 14 Islamic State militants in a raid "
                        "near Kirkuk.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


def test_a_force_holds_its_commanders_meeting(nlp: Language) -> None:
    found = events(nlp, "Commanders of the Multinational Joint Task Force met in N'Djamena on Monday to review "
                        "operations against ISWAP.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Multinational Joint Task Force")]
