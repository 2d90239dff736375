"""An attack on a post across the border from the affiliate's home country is located there, not in the
affiliate's (or the page's) country (data/gazetteer.toml borderland posts)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_07_17 = events_dated("2025-07-17")


@pytest.mark.model
def test_an_iswap_attack_on_a_chadian_island_base_is_in_chad(nlp: Language) -> None:
    found = events_on_2025_07_17(
        nlp, "Borno is reeling. The ISWAP terrorists initiated their offensive in the early hours of Tuesday, "
             "attacking the MNJTF military base in Koulfoua Island.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and attacks[0].country == "TD"


@pytest.mark.model
def test_an_attack_in_nigeria_keeps_its_country(nlp: Language) -> None:
    # the negative case: a Nigerian town named beside the new posts stays in Nigeria
    found = events_on_2025_07_17(
        nlp, "ISWAP terrorists attacked a military base in Arege, Borno State, on Tuesday.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and attacks[0].country == "NG"
