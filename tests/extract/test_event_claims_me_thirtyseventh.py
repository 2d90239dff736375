"""Claims of responsibility, thirty-seventh session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-04-21")


def test_a_claim_of_the_incident_claims_the_attack_told_before(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot dead a police officer in Peshawar on Monday. On August 30, one trooper was "
                        "killed in an explosion in Bajaur District. Islamic State Khorasan Province later claimed "
                        "responsibility for the incident.")
    assert [(e.killed, e.claimed) for e in found] == [(None, False), (1, True)]


def test_an_incident_not_claimed_stays_unclaimed(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot dead a police officer in Peshawar on Monday. On August 30, one trooper was "
                        "killed in an explosion in Bajaur District. The Pakistani Taliban did not claim "
                        "responsibility for the incident.")
    assert [e.claimed for e in found] == [False, False]


def test_a_group_that_never_claimed_its_attacks_claims_none_of_them(nlp: Language) -> None:
    found = events(nlp, "Seven people were killed in an attack by ADF rebels near Beni on Saturday. The ADF has "
                        "never claimed responsibility for attacks.")
    assert [(e.killed, e.claimed) for e in found] == [(7, False)]


def test_claims_kept_since_a_date_claim_none_of_the_attacks_told(nlp: Language) -> None:
    found = events(nlp, "Suspected Islamic State fighters stormed Balidhidin town in Puntland on Wednesday, "
                        "killing one soldier. Since its inception, the group has claimed responsibility for deadly "
                        "attacks in Puntland.")
    assert [(e.killed, e.claimed) for e in found] == [(1, False)]
