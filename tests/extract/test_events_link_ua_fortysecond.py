"""Linking, forty-second session (short sentences written for the tests): a sentence that reports a claim and
tells no event of its own claims the one attack told just before it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-04")


@pytest.mark.model
def test_a_claim_sentence_claims_the_attack_told_just_before_it(nlp: Language) -> None:
    found = events(nlp, "Eleven soldiers were killed when ISWAP fighters attacked a base in Damboa on Sunday. In a "
                        "related incident on Monday, 26 people were killed when their vehicle detonated a landmine "
                        "outside the town of Rann. ISWAP later claimed responsibility for the blast.")
    assert sorted((e.place, e.claimed) for e in found) == [("Damboa", False), ("Rann", True)]


@pytest.mark.model
def test_a_denied_claim_claims_nothing(nlp: Language) -> None:
    found = events(nlp, "Eleven soldiers were killed when ISWAP fighters attacked a base in Damboa on Sunday. In a "
                        "related incident on Monday, 26 people were killed when their vehicle detonated a landmine "
                        "outside the town of Rann. ISWAP has not claimed responsibility for the blast.")
    assert [e.claimed for e in found] == [False, False]
