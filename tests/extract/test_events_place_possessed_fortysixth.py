"""Event place, forty-sixth session: "in Kirkuk's Dibis district" happened in Dibis, not in Kirkuk (short sentences
written for the test)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-12-18")


@pytest.mark.model
def test_an_event_in_a_place_named_by_its_owners_possessive_is_in_that_place(nlp: Language) -> None:
    text = "Militants attacked a police post in Kabul’s Khair Khana area on Monday, killing two officers."
    found = events(nlp, text)
    assert [(e.type, e.country, e.place) for e in found] == [("attack", "AF", "Khair Khana")]


@pytest.mark.model
def test_a_possessive_of_no_place_leaves_the_place_to_the_town(nlp: Language) -> None:
    text = "Militants attacked the army's base in Mosul on Monday, killing two soldiers."
    found = events(nlp, text)
    assert [(e.type, e.place) for e in found] == [("attack", "Mosul")]
