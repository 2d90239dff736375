"""Claims read from who tells an attack (events/who.py, group_says): the group among the tellers of a report."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events_on_2024_11_15 = events_dated("2024-11-15")


def test_the_group_joined_with_another_teller_claims_the_attack(nlp: Language) -> None:
    # "police and the militants said": the group tells its own killing beside the police, as "the militants said"
    found = [e for e in events_on_2024_11_15(
        nlp, "Gunmen from the regional branch of the Islamic State group have killed a politician in northwest "
             "Pakistan, police and the militants said Friday.") if e.type == "attack"]
    assert [(e.actor, e.claimed) for e in found] == [("Islamic State Khorasan Province", True)]


def test_a_report_by_the_police_alone_claims_nothing(nlp: Language) -> None:
    found = [e for e in events_on_2024_11_15(
        nlp, "Gunmen from the regional branch of the Islamic State group have killed a politician in northwest "
             "Pakistan, police and local officials said Friday.") if e.type == "attack"]
    assert [e.claimed for e in found] == [False]
