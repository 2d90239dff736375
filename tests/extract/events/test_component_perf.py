"""The events component's page-wide scans read from the document's word index (extract/events/__init__)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate.extensions import token_words
from sitroom.extract.events.syntax import listed_in
from sitroom.extract.events.vocab import vocab

pytestmark = pytest.mark.model


def test_demonym_words_of_a_page_found_from_the_word_index_are_those_of_a_walk_of_every_word(nlp: Language) -> None:
    doc = nlp("Kenyan troops and two Nigerians met Iraqi officials. The NIGERIAN army and the Americans left Mosul.")
    forms, pairs = vocab().demonym_forms, token_words(doc)
    from_index = [i for i in listed_in(doc[:], forms) if pairs[i][1] in forms]
    assert from_index == [i for i, (_lemma, lower) in enumerate(pairs) if lower in forms]
    assert {doc[i].text for i in from_index} >= {"Kenyan", "Iraqi"}
