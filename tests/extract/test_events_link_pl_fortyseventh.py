"""Event linking, session 47: an attack told at a province and again by a town the text sets in that province,
with the same dead, is one attack; a town with dead of its own is still another (sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2021-12-08")


@pytest.mark.model
def test_a_town_told_inside_the_province_with_the_same_dead_is_the_same_attack(nlp: Language) -> None:
    found = events(nlp, "Two Iraqi soldiers killed in ISIS attack in Kirkuk\nERBIL - Islamic State militants on "
                        "Tuesday launched an attack on Iraqi forces in Kirkuk province, killing two soldiers, an "
                        "official said.\nA number of ISIS militants attacked Dibis town in Kirkuk, killing two Iraqi "
                        "soldiers, a police officer said.")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]


@pytest.mark.model
def test_a_town_inside_the_province_with_dead_of_its_own_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "Two Iraqi soldiers killed in ISIS attack in Kirkuk\nERBIL - Islamic State militants on "
                        "Tuesday launched an attack on Iraqi forces in Kirkuk province, killing two soldiers, an "
                        "official said.\nA number of ISIS militants attacked Dibis town in Kirkuk, killing nine Iraqi "
                        "soldiers, a police officer said.")
    assert sorted(e.killed or 0 for e in found) == [2, 9]
