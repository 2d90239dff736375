"""Habits of the eleventh batch of unseen pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-07-10")


def test_a_killing_whose_victims_are_only_a_count_is_an_attack(nlp: Language) -> None:
    # "killing over 70": the parser hangs the count on "over", so the verb has no object
    found = events(nlp, "On June 21, gunmen opened fire inside a mosque in Tillaberi, killing over 70.")
    assert [(e.type, e.killed, e.date) for e in found] == [("attack", 70, "2025-06-21")]


def test_nabbing_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Police nabbed two ISIS militants in Jolo on Monday.")
    assert [(e.type, e.place) for e in found] == [("operation", "Jolo")]
    assert events(nlp, "Police nabbed two thieves in Jolo on Monday.") == []


def test_a_capitalised_plural_the_tagger_takes_for_a_name_is_still_the_attackers(nlp: Language) -> None:
    # real wording (Cameroon Intelligence Report): after a headline line, "Terrorists" is tagged a proper noun
    text = ("A Policeman And Nurse Killed By Boko Haram\n"
            "Terrorists from ISWAP killed two persons in Mora on Sept. 24, 2022.")
    assert [(e.type, e.killed, e.date) for e in events(nlp, text)] == [("attack", 2, "2022-09-24")]


def test_the_nationality_of_the_dead_does_not_locate_an_attack(nlp: Language) -> None:
    found = events(nlp, "The ambush cost the lives of four American and four Nigerien soldiers.")
    assert found and all(e.country != "US" for e in found)
