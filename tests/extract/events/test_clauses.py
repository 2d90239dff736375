"""``into_custody`` (events/clauses.py) read on the per-document lists answers as the walk over Tokens does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.clauses import into_custody
from sitroom.extract.events.syntax import has_word
from sitroom.extract.events.vocab import vocab


@pytest.mark.model
@pytest.mark.parametrize(("text", "verb", "taken"), [
    ("Three suspects were taken into custody in Sydney on Friday.", "taken", True),
    ("The troops moved into the town on Friday.", "moved", False),
])
def test_a_verb_putting_people_into_custody(nlp: Language, text: str, verb: str, taken: bool) -> None:
    doc, words = nlp(text), vocab()
    tok = next(t for t in doc if t.text == verb)
    tv = next(t for t in words.types.values() if t.custody_nouns)
    by_tokens = any(
        p.dep_ == "prep" and p.lower_ == "into"
        and any(g.dep_ == "pobj" and has_word(g, tv.custody_nouns) for g in p.children)
        for p in tok.children
    )
    assert into_custody(tok, tv) == by_tokens == taken
