"""Same-event linking, forty-fourth session (short sentences written for the tests): in an article that tells one
attack at length, an attack it told first, with a toll of its own, in another country is an attack of its own, not
that main attack read with a stray place."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated(None)

TEXT = ("Fifteen people were killed in an attack in Banibangou in Niger. "
        "Gunmen attacked the United Nations camp in Aguelhok in Mali. "
        "Peacekeepers repelled the attack on the camp in Aguelhok. "
        "The attack on the camp in Aguelhok was the fifth this year.")


@pytest.mark.model
def test_an_attack_told_first_abroad_with_its_own_toll_stays_apart_from_the_main_one(nlp: Language) -> None:
    found = [e for e in events(nlp, TEXT) if e.type == "attack"]
    assert sorted((e.country, e.killed) for e in found) == [("ML", None), ("NE", 15)]
