"""The document's text, joined once: what the rule components read per mention instead of ``doc.text``; the
tokens' heads, read once: what the event rules walk up the parse by."""

from __future__ import annotations

import spacy
from spacy.language import Language

from sitroom.annotate.extensions import (
    child_indices,
    doc_datelines,
    doc_text,
    head_indices,
    token_deps,
    token_pos,
    token_words,
)
from sitroom.dateline import dateline_spans


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


def test_head_indices_are_each_token_s_head_and_are_kept(nlp: Language) -> None:
    doc = nlp("Gunmen killed five soldiers in Mosul on Sunday, officials said. The attack was claimed by IS.")
    assert head_indices(doc) == [t.head.i for t in doc]
    # a root is its own head, one per sentence
    assert [i for i, h in enumerate(head_indices(doc)) if h == i] == [s.root.i for s in doc.sents]
    assert head_indices(doc) is head_indices(doc)


def test_head_indices_of_an_unparsed_doc_are_the_tokens_themselves() -> None:
    doc = spacy.blank("en")("Troops cleared the camp.")
    assert head_indices(doc) == [0, 1, 2, 3, 4]


def test_token_words_are_each_token_s_lemma_and_text_lower_cased_and_are_kept(nlp: Language) -> None:
    doc = nlp("ISWAP fighters Attacked the Base in Marte.")
    assert token_words(doc) == [(t.lemma_.lower(), t.lower_) for t in doc]
    assert token_words(doc)[2] == ("attack", "attacked")
    assert token_words(doc) is token_words(doc)


def test_token_deps_and_child_indices_are_what_the_parse_gives_and_are_kept(nlp: Language) -> None:
    doc = nlp("Militants blew up a bridge near Mosul on Sunday, and troops rescued 12 hostages, officials said.")
    assert token_deps(doc) == [t.dep_ for t in doc]
    # in text order, as spaCy's own children walk gives them; a root is no child of itself
    assert child_indices(doc) == [[c.i for c in t.children] for t in doc]
    assert all(t.i not in child_indices(doc)[t.i] for t in doc)
    assert token_deps(doc) is token_deps(doc) and child_indices(doc) is child_indices(doc)


def test_token_pos_is_each_token_s_part_of_speech_id_and_is_kept(nlp: Language) -> None:
    doc = nlp("Chume told Lusa the ADF attacked Mayikengo.")
    assert token_pos(doc) == [t.pos for t in doc]
    assert [doc.vocab.strings[p] for p in token_pos(doc)] == [t.pos_ for t in doc]
    assert token_pos(doc) is token_pos(doc)


def test_doc_datelines_are_the_text_s_datelines_found_once() -> None:
    text = "MAIDUGURI, Nigeria (Reuters) - Gunmen killed 12 people.\nKANO - Police said 3 were held."
    doc = spacy.blank("en")(text)
    assert doc_datelines(doc) == dateline_spans(text) != []
    # each reader gets its own copy of the kept list: changing it changes nothing for the next one
    first = doc_datelines(doc)
    first.clear()
    assert doc_datelines(doc) == dateline_spans(text)
