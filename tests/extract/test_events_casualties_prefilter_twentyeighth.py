"""The casualty counts of a sentence (``find_casualties``) try only a listed casualty word or a word with an object
or a prepositional phrase: the words passed over could never count a toll, so the counts are those of asking
every word (twenty-eighth session, a speed pass; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.syntax import casualty, tally_count
from sitroom.extract.events.tolls import find_casualties
from sitroom.extract.events.vocab import vocab

pytestmark = pytest.mark.model

SENTENCES = [
    # listed words: a verb of killing, a state word, a toll
    "Five soldiers were killed and 12 others wounded when gunmen attacked the camp.",
    "The death toll rose to 54 on Tuesday.",
    # no listed word: a phrase of how ([casualties] fatal_phrases) and a verb with its object ([casualties] wound)
    "Militants hacked three villagers to death in the night.",
    "Thirteen others sustained injuries in the blast.",
]


def _every_word(nlp: Language, text: str) -> list[tuple[int, str, int]]:
    found = []
    for sent in nlp(text).sents:
        for tok in sent:
            cas = casualty(tok, vocab())
            if cas is not None and not tally_count(tok, vocab()):
                found.append((tok.i, cas[0], cas[1]))
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_the_counts_are_those_of_asking_every_word(nlp: Language, text: str) -> None:
    found = [(tok.i, kind, n) for sent in nlp(text).sents for tok, kind, n in find_casualties(sent, vocab())]
    assert found  # each sentence tells a count
    assert found == _every_word(nlp, text)


def test_an_unlisted_verb_with_a_phrase_of_how_counts(nlp: Language) -> None:
    doc = nlp("Militants hacked three villagers to death in the night.")
    found = [(tok.lower_, kind, n) for sent in doc.sents for tok, kind, n in find_casualties(sent, vocab())]
    assert found == [("hacked", "killed", 3)]
