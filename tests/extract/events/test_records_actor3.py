"""The article's groups (events/records.py): the suspect an article names just before it says no one claimed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2022_10_22 = events_dated("2022-10-22")


@pytest.mark.model
def test_the_group_accused_just_before_no_claim_is_told_did_the_attack(nlp: Language) -> None:
    found = events_on_2022_10_22(
        nlp, "Taliban forces killed six Islamic State members in a raid in Kabul, a spokesman said on Saturday. The "
        "Islamic State members killed in the raid were involved in an attack on a city mosque, the spokesman said. "
        "\"They were the attackers of the mosque,\" he said. No group claimed responsibility for the attack. On "
        "Sept. 23, at least seven people were killed in a blast near a mosque in Kabul.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and all(e.actor in ("Islamic State", "Islamic State Khorasan Province") for e in attacks)
