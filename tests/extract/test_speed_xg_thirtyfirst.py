"""Speed pass of the thirty-first session on the event rules: the sentence text sliced from the document's text,
the context words and the incident nouns looked for in the per-document word lists before a Token is made. The
answers are those of reading each Token (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events import extract_events
from sitroom.extract.events.mentions import incident_trigger, sentence_mentions
from sitroom.extract.events.records import DocIndex
from sitroom.extract.events.syntax import determiner, has_word
from sitroom.extract.events.vocab import vocab
from sitroom.extract.spans import span_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Islamic State fighters attacked a military base in Borno on Monday, killing five soldiers.\n\n",
    "  The army said on Friday that troops repelled an attack on Damboa.  ",
])
def test_a_mention_s_sentence_text_is_the_sentence_s_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    index = DocIndex(doc, vocab())
    found = [(m, sent) for sent in doc.sents for m in sentence_mentions(sent, index)]
    assert found
    for mention, sent in found:
        assert mention.sent_text == sent.text.strip() == span_text(sent).strip()


@pytest.mark.parametrize(("text", "kept"), [
    ("France withdrew its military advisers from Mali on Tuesday.", True),
    ("The company withdrew its offer on Tuesday.", False),  # no context word: no withdrawal of a force
])
def test_a_withdrawal_needs_a_context_word_of_its_sentence(nlp: Language, text: str, kept: bool) -> None:
    doc = nlp(text)
    context = vocab().types["withdrawal"].context
    assert any(has_word(t, context) for t in doc) == kept
    assert any(e.type == "withdrawal" for e in extract_events(doc)) == kept


@pytest.mark.parametrize(("text", "found"), [
    ("The incident occurred on Tuesday evening in the Baghlan-e-Markazi district.", True),
    ("An incident occurred on Tuesday evening.", False),  # no definite word: not the event told before
    ("Police said the attackers fled after the shooting.", False),
])
def test_the_incident_names_the_event_told_before(nlp: Language, text: str, found: bool) -> None:
    sent = next(iter(nlp(text).sents))
    trig = incident_trigger(sent, vocab(), "attack")
    assert (trig is not None) == found
    # as reading each Token's lemma would find it
    expected = next((t for t in sent if t.lemma_.lower() in vocab().incident_nouns and t.dep_ == "nsubj"
                     and determiner(t) in vocab().definite_dets), None)
    assert (trig.head.i if trig else None) == (expected.i if found and expected is not None else None)
