"""``determiner`` read on the per-document lists gives the word the parse's children give."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.syntax import determiner


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "noun", "word"),
    [
        ("The attack killed five soldiers.", "attack", "the"),
        ("Its fighters stormed a base.", "fighters", "its"),
        ("Militants stormed a base near Mosul.", "base", "a"),
        ("Militants stormed bases near Mosul.", "bases", None),
    ],
)
def test_determiner_is_the_nouns_article_or_possessor(nlp: Language, text: str, noun: str, word: str | None) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert determiner(tok) == word
    # the same word the parse's children give
    assert determiner(tok) == next(
        (c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "predet")), None)
