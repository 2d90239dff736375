"""Event linking, forty-third session: an event told again with "the" is the one told before when the later
telling names a day shortly before the claim's or report's day the first was dated by ("August 1: IS has claimed
the attack", then "carried out the attack on Sunday"), across a month's end too (short sentences written for the
tests, after real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2023-08-02")


@pytest.mark.model
def test_claim_day_then_the_attack_on_an_earlier_day_is_one_attack(nlp: Language) -> None:
    found = [e for e in events(nlp, "August 1: The Islamic State has claimed responsibility for the suicide attack "
                                    "on a political rally in Pakistan. The attack killed 54 people. A statement "
                                    "said that a suicide bomber carried out the attack on Sunday.")
             if e.type == "attack"]
    assert len(found) == 1
    assert found[0].date == "2023-07-30"
    assert found[0].killed == 54
