"""Claims of responsibility, forty-first session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.vocab import vocab

pytestmark = pytest.mark.model


events = events_dated("2025-04-21")


def test_a_claim_participle_after_the_phrase_of_the_attack_claims_it(nlp: Language) -> None:
    found = events(nlp, "Nine villagers died during the attack, claimed by the Allied Democratic Forces, near Beni.")
    assert [(e.actor, e.claimed) for e in found] == [("Allied Democratic Forces", True)]


def test_a_participle_of_another_verb_after_the_phrase_claims_nothing(nlp: Language) -> None:
    found = events(nlp, "Nine villagers died during the attack, carried out by the Allied Democratic Forces near "
                        "Beni.")
    assert [e.claimed for e in found] == [False]


def test_a_claim_in_a_relative_clause_hung_on_the_attack_s_place_claims_the_attack(nlp: Language) -> None:
    found = events(nlp, "Officials recalled a bombing at a market in Maiduguri that killed 19 shoppers and was "
                        "claimed by ISWAP.")
    assert [(e.killed, e.claimed) for e in found] == [(19, True)]


def test_a_pronoun_that_says_it_was_behind_an_attack_claims_it(nlp: Language) -> None:
    found = events(nlp, "ISIS claimed a bombing in Kabul on Friday. It also said it was behind an attack on "
                        "a bus in Herat in May that killed four passengers.")
    assert [e.claimed for e in found] == [True, True]


def test_a_pronoun_with_no_group_before_it_claims_nothing(nlp: Language) -> None:
    found = events(nlp, "Police arrested two men in Kabul. It said it was behind an attack on a bus in Herat in "
                        "May that killed four passengers.")
    assert [e.claimed for e in found if e.type == "attack"] == [False]


def test_claiming_credit_is_a_claim_the_article_reports() -> None:
    claims = vocab().claims
    assert claims is not None
    assert claims.search("The militants have since claimed credit for the operation")
    assert not claims.search("The army claimed success in the operation")
