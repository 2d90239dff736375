"""The place tests of events/where.py read on the per-document lists answer as the walk over Tokens does."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from sitroom.extract.events.syntax import has_word
from sitroom.extract.events.vocab import Vocab, vocab
from sitroom.extract.events.where import _destination_words, _source_described

SENTENCES = [
    "According to Zagazola Makama, a counter-insurgency expert specializing in the Lake Chad region, the attack "
    "occurred in Borno on Monday.",
    "Police arrested two Kenyans said to have been travelling to Yemen to join ISIS.",
    "He was detained for wanting to join ISIS in Syria and Iraq.",
    "The minister joined Secretary Blinken for the meeting in Rome.",
    "Zagazola Makama, a news outlet focused on the Lake Chad region, said ISGS fighters overran the position.",
]


def _source_described_by_tokens(tok: Token, words: Vocab) -> bool:
    described = False
    node = tok
    while node.head.i != node.i:
        described = described or node.dep_ in ("acl", "relcl")
        node = node.head
        if described and (
            (node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according")
            or (node.dep_ == "nsubj" and node.head.lemma_.lower() in words.reporting
                and not any(c.dep_ == "xcomp" for c in node.head.children))
        ):
            return True
    return False


def _destination_words_by_tokens(tok: Token, words: Vocab) -> frozenset[int] | None:
    node = tok
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "in":
        joined = node.head.head if node.head.head.pos_ == "VERB" else node.head.head.head
        with_person = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in joined.children)
        if not has_word(joined, words.joining_verbs) or with_person:
            return None
        return frozenset((node.head.head.i, joined.i))
    if node.dep_ != "pobj" or node.head.lower_ not in ("to", "towards", "toward"):
        return None
    going = node.head.head
    return frozenset((going.i,)) if has_word(going, words.journey_verbs) else None


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_place_tests_on_the_document_lists_answer_as_the_token_walk(nlp: Language, text: str) -> None:
    doc, words = nlp(text), vocab()
    for tok in doc:
        assert _source_described(tok, words) == _source_described_by_tokens(tok, words), tok.text
        assert _destination_words(tok, words) == _destination_words_by_tokens(tok, words), tok.text


@pytest.mark.model
def test_a_place_describing_the_source_of_a_report_is_set_aside(nlp: Language) -> None:
    doc = nlp(SENTENCES[0])
    by_text = {t.text: t for t in doc}
    assert _source_described(by_text["Chad"], vocab())
    assert not _source_described(by_text["Borno"], vocab())


@pytest.mark.model
def test_the_country_travelled_to_is_a_destination(nlp: Language) -> None:
    doc = nlp(SENTENCES[1])
    yemen = next(t for t in doc if t.text == "Yemen")
    assert _destination_words(yemen, vocab()) is not None
