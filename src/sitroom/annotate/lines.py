"""The ``sitroom_lines`` component: a line break between paragraphs ends a sentence.

Most cleaned pages hold one paragraph per line. The parser alone often runs a headline into the first
sentence ("Over a dozen dead as gunmen attack shrine in Shiraz\\nAttack claimed by Daesh targeted ...")
and then reads the second line's subject as an object of the first. Marking the token after a line
break as a sentence start before the parser runs keeps them apart (spaCy's parser respects boundaries
already set). Hard-wrapped text (e-mailed releases, plain-text archives: many lines of one width that
stop mid-sentence) keeps its breaks inside sentences, so there only a blank line counts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.annotate.extensions import doc_datelines, doc_text

WRAP_WIDTH = (55, 90)  # line lengths of hard-wrapped text (72-80 columns, give or take a word)
WRAPPED_SHARE = 0.3  # this share of lines cut mid-sentence at that width makes a text hard-wrapped
SENTENCE_END = (".", "!", "?", '"', "”", "'", "’", ":")


def hard_wrapped(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    cut = [line for line in lines
           if WRAP_WIDTH[0] <= len(line) <= WRAP_WIDTH[1] and not line.rstrip().endswith(SENTENCE_END)]
    return len(cut) >= 3 and len(cut) >= WRAPPED_SHARE * len(lines)


# Within a paragraph a sentence only starts after one of these (or a closing quote after one of them):
# the parser otherwise now and then cuts "in the departure hall of Brussels' Zaventem airport" in two.
FINAL = frozenset({".", "!", "?", "…", "...", ";"})
CLOSING = frozenset({'"', "”", "’", "'", ")", "]"})


def _may_follow(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    if prev.text in FINAL or prev.text.endswith(".") or prev.is_space:
        return True
    return prev.text in CLOSING and i >= 2 and (doc[i - 2].text in FINAL or doc[i - 2].text.endswith("."))


def mark_line_starts(doc: Doc) -> Doc:
    blank_only = hard_wrapped(doc_text(doc))
    for i, tok in enumerate(doc):
        if i == 0 or tok.is_space:
            continue
        prev = doc[i - 1]
        if prev.is_space and prev.text.count("\n") >= (2 if blank_only else 1):
            tok.is_sent_start = True
        elif not _may_follow(doc, i):
            tok.is_sent_start = False
    _after_datelines(doc)
    return doc


def _after_datelines(doc: Doc) -> None:
    """The story after a wire dateline starts a sentence: the parser otherwise makes the filing place the
    subject and the real one its apposition ("MOSCOW (Reuters) - Russian forces killed four militants" has
    MOSCOW kill), and every rule reading the subject sees a city."""
    starts = {tok.idx: tok for tok in doc if not tok.is_space}
    for _start, end in doc_datelines(doc):
        tok = starts.get(end)
        if tok is not None and tok.i > 0:
            tok.is_sent_start = True


@Language.component("sitroom_lines", assigns=["token.is_sent_start"])
def make_lines(doc: Doc) -> Doc:
    return mark_line_starts(doc)
