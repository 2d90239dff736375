"""Linking (events/link.py): a mention that names the event again with a lower official count is that event,
whose toll the official count replaces, not a second attack told as background."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_01_13 = events_dated("2023-01-13")


def attacks(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2023_01_13(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_attack_told_again_with_a_lower_official_count_is_one_attack(nlp: Language) -> None:
    assert attacks(nlp, "A suicide bomber struck a bank in Kandahar on Thursday. According to various sources, the "
                        "explosion killed at least 20 people. The Taliban reported a lower casualty figure, stating "
                        "that three people died in the attack.") == [(3, None)]


@pytest.mark.model
def test_a_lower_count_of_an_earlier_attack_stays_another_attack(nlp: Language) -> None:
    # not told as the attack again ("an attack", its own month): a background attack with its own toll
    found = attacks(nlp, "A suicide bomber struck a bank in Kandahar on Thursday, killing at least 20 people. In "
                         "March, the Taliban said, an attack on a mosque in Kabul killed three people.")
    assert (20, None) in found and (3, None) in found
