"""Further arrests, thirty-eighth session (short sentences written for the tests, after train pages): an arrest
whose counted people are told as on top of others ("four more suspected members", "three additional suspects") is
an arrest besides the one told before, not that one again; a count's bound ("more than 20 suspects") is not."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-10")

FIRST = "The Syrian Democratic Forces arrested seven suspected ISIS members on Saturday in eastern Syria. "


@pytest.mark.model
def test_more_suspects_arrested_are_another_arrest(nlp: Language) -> None:
    found = events(nlp, FIRST + "SDF units later arrested four more suspected ISIS members in Deir ez-Zor.")
    assert len([e for e in found if e.type == "operation"]) == 2


@pytest.mark.model
def test_additional_suspects_are_another_arrest(nlp: Language) -> None:
    found = events(nlp, FIRST + "SDF forces also detained three additional ISIS suspects in Deir ez-Zor.")
    assert len([e for e in found if e.type == "operation"]) == 2


@pytest.mark.model
def test_more_than_a_count_is_the_same_arrest(nlp: Language) -> None:
    found = events(nlp, FIRST + "The SDF said more than 20 suspects had been detained in the sweep.")
    assert len([e for e in found if e.type == "operation"]) == 1
