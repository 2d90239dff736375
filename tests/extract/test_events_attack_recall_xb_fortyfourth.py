"""Attacks missed on train pages, forty-fourth session (short sentences written for the tests): plural attack words
one count of dead is told for (as their subject, or in their relative clause) are one episode."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-25")


@pytest.mark.model
def test_counted_attacks_that_killed_a_count_are_one_episode(nlp: Language) -> None:
    text = "Officials said four other attacks on army checkpoints at about the same time killed three civilians."
    assert [(e.type, e.killed) for e in events(nlp, text)] == [("attack", 3)]


@pytest.mark.model
def test_plural_attacks_without_one_count_stay_a_record(nlp: Language) -> None:
    assert not events(nlp, "Attacks by the group killed 300 soldiers last year.")
    assert not events(nlp, "The group has carried out attacks that killed hundreds of soldiers.")
    assert not events(nlp, "Attacks by the group have killed 300 soldiers since 2013.")
