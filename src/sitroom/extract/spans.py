"""Small helpers shared by the quote and figure extractors: sentence lookup and evidence.

Both extractors work on character offsets into ``doc.text`` and need, for any span, the sentence(s)
that hold it (the evidence text) and the paragraph it sits in; ``SentIndex`` answers both by binary
search so a document costs O(n log n) however many records it yields.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from sitroom.annotate.extensions import doc_sents, doc_text
from sitroom.models import Evidence

_LINE = re.compile(r"[^\n]*\S[^\n]*")


def doc_id_of(doc: Doc) -> str:
    """The document id set by ``make_doc``; empty when a caller built the Doc by hand."""
    value = doc._.doc_id
    return str(value) if value else ""


def span_text(span: Span) -> str:
    """``span.text``, sliced from the document's kept text: ``span.text`` joins the span's tokens again, making a
    Token for each, on every read."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def content_end(span: Span) -> int:
    """End offset of ``span`` without its trailing whitespace: spaCy ends a sentence after the newline
    tokens that follow it, and evidence stops at the sentence's last character (its stripped text)."""
    return span.start_char + len(span_text(span).rstrip())


class SentIndex:
    """Sentence and paragraph lookup by character offset for one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents: list[Span] = list(doc_sents(doc))
        self.starts: list[int] = [s.start_char for s in self.sents]
        text = doc_text(doc)
        # Paragraphs are non-blank lines (cleaned text keeps one paragraph per line); blank lines
        # between them do not count, so "two paragraphs back" means two lines of text back.
        self.para_starts: list[int] = [m.start() for m in _LINE.finditer(text)] or [0]

    def sent_at(self, char: int) -> int:
        """Index of the sentence holding ``char`` (the last one starting at or before it)."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def sent_range(self, start: int, end: int) -> tuple[int, int]:
        """First and last sentence index overlapping [start, end)."""
        return self.sent_at(start), self.sent_at(max(start, end - 1))

    def paragraph_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def evidence(self, doc_id: str, start: int, end: int) -> Evidence:
        """Evidence for [start, end): the span itself plus the text of every sentence it touches."""
        first, last = self.sent_range(start, end)
        text = doc_text(self.doc)[self.sents[first].start_char : self.sents[last].end_char].strip()
        end = max(start, min(end, content_end(self.sents[last])))  # a span is never longer than its sentences
        return Evidence(doc_id=doc_id, start=start, end=end, text=text)
