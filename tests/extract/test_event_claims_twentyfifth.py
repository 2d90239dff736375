"""Claims of responsibility, twenty-fifth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-14")


def test_a_group_claiming_with_an_adverb_between_claims_the_attack(nlp: Language) -> None:
    # the parser reads the acronym "IS" as the verb "is": the claimant is still right before "claimed"
    found = events(nlp, "IS also claimed an attack on a bank in northern Afghanistan on Wednesday that "
                        "killed eight people.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 8, True)]


def test_a_claim_as_the_noun_s_modifier_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "In 2023, six civilians were killed near the foreign ministry in Kabul in another "
                        "IS-claimed bombing.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 6, True)]


def test_a_claimed_toll_of_lives_is_no_claim_of_responsibility(nlp: Language) -> None:
    # "claimed the lives of" is the toll's verb, not a claim (unchanged by the modifier rule)
    found = events(nlp, "A suspected ISIS bombing claimed the lives of ten civilians in Kabul on Wednesday.")
    assert [e.claimed for e in found] == [False]
