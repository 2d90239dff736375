"""``modality``, its walk up the tree read on the per-document lists."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate.extensions import doc_sents
from sitroom.extract.events.mentions import sentence_mentions
from sitroom.extract.events.records import DocIndex
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


@pytest.mark.model
def test_an_attack_with_a_background_modifier_and_no_date_is_no_report(nlp: Language) -> None:
    doc = nlp("The previous attack on the base near Mosul killed five soldiers.")
    index = DocIndex(doc, vocab())
    found = [m.type for sent in doc_sents(doc) for m in sentence_mentions(sent, index)]
    assert "attack" not in found
