"""Withdrawals, thirty-second session: a drawdown named in a "since" phrase, a mission's withdrawal placed in the one
country it serves (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-10-02")


def test_a_withdrawal_named_after_since_is_reported(nlp: Language) -> None:
    found = events(nlp, "Since the withdrawal of the Southern African Development Community Mission in Mozambique "
                        "(SAMIM), Rwanda has deployed more troops to Cabo Delgado.")
    assert [(e.type, e.actor) for e in found if e.type == "withdrawal"] == [
        ("withdrawal", "SADC Mission in Mozambique")]


def test_a_missions_withdrawal_is_from_the_country_it_serves(nlp: Language) -> None:
    # Rwanda is the subject of the main clause, not where the SADC mission leaves
    found = events(nlp, "Since the withdrawal of the SADC Mission in Mozambique (SAMIM), Rwanda has deployed more "
                        "troops to Cabo Delgado.")
    assert [e.country for e in found if e.type == "withdrawal"] == ["MZ"]


def test_an_attack_named_after_since_stays_a_time_reference(nlp: Language) -> None:
    found = events(nlp, "Since the attack on the Palma hotel, Total has suspended its gas project.")
    assert [e for e in found if e.type == "attack"] == []
