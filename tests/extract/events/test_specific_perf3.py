"""``modality``, its walk up the tree read on the per-document lists."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.specific import modality
from sitroom.extract.events.vocab import vocab


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "mood"),
    [
        ("Militants attacked an army base near Mosul on Friday.", "attacked", "asserted"),
        ("The militants did not attack the base.", "attack", "negated"),
        ("The group vowed it will attack the base.", "attack", "planned"),
        ("Militants might attack the base.", "attack", "hypothetical"),
        ("Militants frequently attack the base.", "attack", "habitual"),
    ],
)
def test_modality_of_auxiliaries_adverbs_and_negation(nlp: Language, text: str, trigger: str, mood: str) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == trigger)
    assert modality(head, vocab()) == mood
