"""Attacks, forty-fifth session (yb): a strike noun someone claims responsibility for is a group's attack (states
announce their air strikes, they do not claim them); a force's strike stays its strike (short sentences written for
the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-03-10")


def test_a_strike_the_group_claims_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "The ADF claimed responsibility for a strike on an army position in Beni on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


def test_a_force_strike_stays_a_strike(nlp: Language) -> None:
    found = events(nlp, "US forces carried out a strike on an ISIS camp in Bari on Monday.")
    assert [e.type for e in found] == ["strike"]


def test_a_claim_about_a_strike_is_no_claim_of_it(nlp: Language) -> None:
    found = events(nlp, "The US initially claimed the strike targeted an ISIS camp in Bari on Monday.")
    assert [e.type for e in found] == ["strike"]
