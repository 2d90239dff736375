"""The document's text, joined once: what the rule components read per mention instead of ``doc.text``."""

from __future__ import annotations

import spacy

from sitroom.annotate.extensions import doc_text


def test_doc_text_is_the_doc_s_text_and_is_kept() -> None:
    doc = spacy.blank("en")("Troops killed 12 fighters in Borno on Monday.\n\nThe army said so.")
    assert doc_text(doc) == doc.text
    # kept in the doc's user data: a second read is the same string object, not a fresh join of every token
    assert doc_text(doc) is doc_text(doc)


def test_doc_text_survives_retokenising() -> None:
    doc = spacy.blank("en")("Operation Hadin Kai troops cleared the camp.")
    before = doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert doc.text == before == doc_text(doc)
