"""Event types, forty-first session (ta): "they" opening a sentence, taking up the attackers the sentence before names
as its subject ("the insurgents"), takes a town as the group does, on a page that never names the group; "they" taking
up soldiers does not (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-05-20")


def test_they_taking_up_the_insurgents_capture_towns(nlp: Language) -> None:
    found = events(nlp, "And the insurgents are local people, known to their communities. They captured both Palma "
                        "and Mocímboa da Praia last year.")
    assert sorted((e.type, e.date) for e in found) == [("attack", "2023"), ("attack", "2023")]


def test_they_taking_up_soldiers_is_no_seizure_by_the_group(nlp: Language) -> None:
    assert events(nlp, "Soldiers are local people. They captured Palma last year.") == []
