"""mentions.py: a withdrawal told with "would" under a verb of announcing is the decision made known, which the
conventions count (short texts written for the tests, with cases where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-07-01")


@pytest.mark.model
def test_an_announced_withdrawal_is_the_decision(nlp: Language) -> None:
    found = events(nlp, "Macron announced in June that France would withdraw its Barkhane force from Mali.")
    assert [(e.type, e.actor) for e in found] == [("withdrawal", "France")]


@pytest.mark.model
def test_a_withdrawal_that_could_happen_stays_a_hypothesis(nlp: Language) -> None:
    found = events(nlp, "Macron said in June that France could withdraw its Barkhane force from Mali.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_withdrawal_that_would_not_happen_stays_none(nlp: Language) -> None:
    found = events(nlp, "Macron said in June that France would not withdraw its Barkhane force from Mali.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_an_attack_that_would_happen_stays_a_hypothesis(nlp: Language) -> None:
    # only the types that name verbs of announcing ([types.withdrawal] announce_verbs) read "would" as a decision
    found = events(nlp, "The group said in June that it would attack Western embassies in Bamako.")
    assert [e.type for e in found] == []
