"""Properties of extraction over generated articles (hypothesis, few examples: the spaCy pipeline is slow).

The articles are built from real-ish sentence pieces, wrapped and blank-line separated the way cleaned
text is, so the sentence splitter ends sentences on newline tokens: every evidence span must still lie
inside its sentence, and every offset inside the document.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.clean import prepare
from sitroom.models import DocResult, Evidence, Source
from sitroom.pipeline import doc_result

pytestmark = pytest.mark.model

SENTENCES = [
    "Islamic State fighters attacked a checkpoint near Mosul on Tuesday, killing four soldiers.",
    "The group claimed the attack through its Amaq news agency.",
    "Coalition aircraft struck an IS hideout in Deir ez-Zor province in March.",
    "Donors pledged more than $250 million to stabilise liberated areas.",
    '"We will not let them regroup," said Jane Doe, the coalition spokeswoman.',
    "At least 12 people were killed and 30 wounded when a suicide bomber struck a market in Kabul.",
    "Some 300 families were repatriated from al-Hol camp this month, officials said.",
    "MOSUL, Iraq, May 2 (Example Wire) - Iraqi forces retook the old city on Sunday.",
]
PARAGRAPH = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=5).map(lambda ps: "\n\n".join(ps) + "\n")


def _inside(text: str, ev: Evidence) -> bool:
    """The span lies inside one occurrence of its evidence sentence(s) in the document."""
    pos = text.find(ev.text)
    while pos != -1:
        if pos <= ev.start < ev.end <= pos + len(ev.text):
            return True
        pos = text.find(ev.text, pos + 1)
    return False


def _check(result: DocResult) -> None:
    text = result.document.text
    for s in result.sentences:
        assert 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text
    for record in [*result.events, *result.figures, *result.quotes]:
        for ev in record.evidence:
            assert _inside(text, ev), (type(record).__name__, text[ev.start : ev.end], ev.text)
    for mention in [m for e in result.entities for m in e.mentions] + [m for p in result.places for m in p.mentions]:
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(article=ARTICLE)
def test_every_evidence_span_lies_inside_its_sentence(nlp: Language, article: str) -> None:
    docs = prepare(Source(path="gen.txt", text=article, kind="txt"))
    assert isinstance(docs, list)
    for document in docs:
        _check(doc_result(document, nlp(make_doc(nlp, document.text, document.id, "2024-03-24"))))
    # the raw article too: the trailing newline tokens are where spans used to run past their sentence
    raw = replace(docs[0], text=article)
    _check(doc_result(raw, nlp(make_doc(nlp, article, raw.id, "2024-03-24"))))
