"""Claims of responsibility, thirty-first session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-04-21")


def test_declaring_responsibility_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "IS declared responsibility for an attack at Nkoe in Cabo Delgado on Sunday, killing one "
                        "soldier.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


def test_the_group_not_saying_another_branch_was_responsible_is_no_claim(nlp: Language) -> None:
    found = events(nlp, "ISIS did not say that ISWAP was responsible for a simultaneous assault on Tuesday on the "
                        "city of Arbinda that left 35 civilians dead.")
    assert [(e.killed, e.claimed) for e in found] == [(35, False)]


def test_no_group_having_so_far_claimed_leaves_the_attack_unclaimed(nlp: Language) -> None:
    # "so far" between "has" and "claimed" still says no one claimed it; the article's claim words do not count
    found = events(nlp, "Jihadists affiliated with the Islamic State attacked a village near Banibangou in Niger "
                        "on Sunday, killing 60 people. No group has so far claimed responsibility for the attack.")
    assert [(e.killed, e.claimed) for e in found] == [(60, False)]


def test_no_party_having_claimed_leaves_the_attack_unclaimed(nlp: Language) -> None:
    found = events(nlp, "Elements affiliated with the Islamic State ambushed the Malian army near Tessit on Sunday, "
                        "killing four soldiers. No party has claimed responsibility for the attack.")
    assert [(e.killed, e.claimed) for e in found] == [(4, False)]
