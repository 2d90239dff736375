"""The actor rules of events/who.py: the "according to" test read on the per-document lists answers as the walk over
the word's children does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.extract.events import extract_events
from sitroom.extract.events.records import DocIndex
from sitroom.extract.events.vocab import vocab
from sitroom.extract.events.who import according_to_group


@pytest.mark.model
def test_according_to_the_group_names_it_on_the_word_it_hangs_on(nlp: Language) -> None:
    text = "Militants killed seven soldiers in Borno on Monday, according to the Islamic State."
    doc = nlp(make_doc(nlp, text, "t1", "2024-05-10"))
    index = DocIndex(doc, vocab())
    found = {t.i: according_to_group(t, index) for t in doc}
    # only the word the "according" phrase hangs on is told by the group
    holders = {t.head.i for t in doc if t.lower_ == "according" and t.dep_ == "prep"}
    assert {i for i, m in found.items() if m is not None} <= holders
    assert all(found[i] is None for i in range(len(doc)) if i not in holders)
    assert extract_events(doc)
