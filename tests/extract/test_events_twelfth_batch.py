"""Habits of the twelfth batch of unseen pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-07-10")


def test_what_a_force_did_during_a_raid_reports_the_raid(nlp: Language) -> None:
    # a raid with no light verb ("launched a raid") is reported by what the force did in it
    found = events(nlp, "Security forces in Niger eliminated an Islamic State commander during a military raid "
                        "in the Tillaberi region.")
    assert [(e.type, e.place) for e in found] == [("operation", "Tillaberi")]
    # ... not by whatever else happened "in an operation" ("the bridge collapsed during an operation")
    assert events(nlp, "A bridge collapsed during an operation in the Tillaberi region.") == []


def test_a_failed_attack_was_made(nlp: Language) -> None:
    found = events(nlp, "Troops repelled a failed attack by ISWAP terrorists on the base in Buni Yadi on Monday.")
    assert [(e.type, e.place) for e in found] == [("attack", "Buni Yadi")]


def test_an_attack_only_tried_is_still_not_made(nlp: Language) -> None:
    assert events(nlp, "The militants tried to attack the base in Buni Yadi on Monday.") == []


def test_a_group_that_kills_soldiers_in_a_clash_attacked(nlp: Language) -> None:
    found = events(nlp, "Abu Sayyaf fighters killed six soldiers and wounded four others in a clash in Sumisip "
                        "on Wednesday.")
    assert [(e.type, e.actor, e.killed, e.wounded) for e in found] == [("attack", "Abu Sayyaf Group", 6, 4)]


def test_a_force_that_kills_the_groups_fighters_in_a_clash_operated(nlp: Language) -> None:
    found = events(nlp, "Troops killed six Abu Sayyaf fighters in a clash in Sumisip on Wednesday.")
    assert [e.type for e in found] == ["operation"]


def test_an_air_arms_operation_against_the_group_is_a_strike(nlp: Language) -> None:
    # real wording (a Nigerian Air Force statement): the attack on the group's hideouts is made by the air arm
    text = ("Accordingly, a Nigerian Air Force (NAF) Alpha Jet, supported by an Intelligence Surveillance and "
            "Reconnaissance (ISR) platform, was dispatched to attack the terrorists’ hideouts in successive strikes "
            "resulting in damage to several structures as well as the destruction of one of the terrorists’ "
            "vehicles, which was seen engulfed in flames.")
    found = events(nlp, text)
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]
