"""Span helpers shared by the extractors: where a sentence's text ends without its trailing whitespace."""

from __future__ import annotations

import spacy

from sitroom.extract.spans import content_end, span_text


def test_content_end_is_the_end_of_the_stripped_span_text() -> None:
    doc = spacy.blank("en")("Troops cleared the camp.\n\nThe army said so.  ")
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert content_end(span) == span.start_char + len(span.text.rstrip())
    # the paragraph break after the first sentence is not part of it
    assert content_end(doc[0:6]) == len("Troops cleared the camp.")


def test_span_text_is_the_span_s_text() -> None:
    doc = spacy.blank("en")("Troops cleared the camp.\n\nThe army said so.  ")
    assert [span_text(doc[a:b]) for a in range(len(doc)) for b in range(a, len(doc) + 1)] == [
        doc[a:b].text for a in range(len(doc)) for b in range(a, len(doc) + 1)
    ]
    assert span_text(doc[0:5]) == "Troops cleared the camp."
