"""Which mentions are one event: the twenty-second session's events lost in linking (short sentences written for
the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-01-08")


def _attacks(found: list) -> list[str | None]:
    return sorted((e.place or "") for e in found if e.type == "attack")


def test_an_attack_told_hours_before_the_main_one_is_another(nlp: Language) -> None:
    # "just hours after ... an attack in Damboa": the text measures the main attack by another one
    found = events(nlp, "ISWAP claimed an attack on a militia base in Borno State. This incident occurred just hours "
                        "after the group launched an attack on an army base in Damboa, also in Borno State.")
    assert _attacks(found) == ["Borno State", "Damboa"]


def test_an_attack_shortly_after_is_not_split_off(nlp: Language) -> None:
    # no distance stated ("shortly after"): nothing says the attack is another one
    found = events(nlp, "ISWAP claimed an attack on a militia base in Borno State. Soldiers fled shortly after the "
                        "group launched an attack on the base in Damboa, also in Borno State.")
    assert len(_attacks(found)) == 1


def test_two_other_ambushes_in_one_sentence_stay_two(nlp: Language) -> None:
    # "during another ambush ... in yet another ambush": two new events in one sentence
    found = events(nlp, "Three soldiers were killed during another ambush near the lake, while two others were "
                        "wounded in yet another ambush in Monguno.")
    assert sorted((e.place or "", e.killed, e.wounded) for e in found if e.type == "attack") == [
        ("", 3, None), ("Monguno", None, 2)]


def test_an_ambush_and_its_killing_in_one_sentence_stay_one(nlp: Language) -> None:
    # one "another" frame and the verb telling it: one event
    found = events(nlp, "In another ambush in Damasak, militants killed three soldiers.")
    assert len(_attacks(found)) == 1
