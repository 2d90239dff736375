"""False events, forty-ninth session: a verb joined to a present perfect ("has amassed fighters ... and conducted
deadly attacks in Kabul") shares the perfect, though the tagger reads it as a simple past, and so sums up a record as
"has conducted attacks in Kabul" does; a day of its own, or a simple past, still reports the attacks (short
sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-07")


def kinds(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found]


@pytest.mark.model
def test_attacks_joined_to_a_perfect_are_a_record(nlp: Language) -> None:
    found = events(nlp, "The ISKP has reportedly amassed thousands of fighters in Afghanistan and conducted deadly "
                        "attacks in Kabul and elsewhere.")
    assert kinds(found) == []


@pytest.mark.model
def test_attacks_in_a_list_joined_to_a_perfect_are_a_record(nlp: Language) -> None:
    found = events(nlp, "ISWAP has shown its resilience and carried out large-scale ambushes in Borno.")
    assert kinds(found) == []


@pytest.mark.model
def test_attacks_joined_to_a_perfect_with_a_day_stay(nlp: Language) -> None:
    found = events(nlp, "The ISKP has amassed fighters in Afghanistan and conducted deadly attacks in Kabul on "
                        "Monday.")
    assert kinds(found) == [("attack", "2024-05-06")]


@pytest.mark.model
def test_operations_joined_to_a_simple_past_stay(nlp: Language) -> None:
    found = events(nlp, "Troops stormed the village and conducted clearance operations in Sambisa.")
    assert kinds(found) == [("operation", "2024-05")]
