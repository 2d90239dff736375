"""``_described_before``, walked on the per-document lists."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.mentions import _described_before


@pytest.mark.model
def test_a_pluperfect_relative_clause_describes_an_event_told_before(nlp: Language) -> None:
    doc = nlp("Troops were sent to reinforce the unit that had come under attack.")
    attack = next(t for t in doc if t.text == "attack")
    assert _described_before(attack)


@pytest.mark.model
def test_a_main_clause_attack_is_no_description(nlp: Language) -> None:
    doc = nlp("Militants attacked the unit near Mosul on Friday.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert not _described_before(attacked)
