"""The ``sitroom_lines`` component: a line break between paragraphs ends a sentence.

Most cleaned pages hold one paragraph per line. The parser alone often runs a headline into the first
sentence ("Over a dozen dead as gunmen attack shrine in Shiraz\\nAttack claimed by Daesh targeted ...")
and then reads the second line's subject as an object of the first. Marking the token after a line
break as a sentence start before the parser runs keeps them apart (spaCy's parser respects boundaries
already set). Hard-wrapped text (e-mailed releases, plain-text archives: many lines of one width that
stop mid-sentence) keeps its breaks inside sentences, so there only a blank line counts.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
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


def _may_follow(texts: list[str], spaces: list[bool], i: int) -> bool:
    prev = texts[i - 1]
    if prev in FINAL or prev.endswith(".") or spaces[i - 1]:
        return True
    return prev in CLOSING and i >= 2 and (texts[i - 2] in FINAL or texts[i - 2].endswith("."))


def mark_line_starts(doc: Doc) -> Doc:
    # Read from plain lists and write one array: a spaCy Token object per look-up and per assignment made this
    # component a tenth of full extraction's time in ``sitroom bench``.
    # (each word's text sliced from the kept text by its offset and length, and is_space read as one array: the
    # two walks over ``doc`` made a Token per word twice)
    text = doc_text(doc)
    texts = [text[at : at + n] for at, n in doc.to_array([IDX, LENGTH]).tolist()]
    spaces = [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()]
    starts = doc.to_array([SENT_START]).astype("int64").reshape(-1)  # -1 marks "not a start"
    blank_only = hard_wrapped(doc_text(doc))
    for i in range(1, len(texts)):
        if spaces[i]:
            continue
        if spaces[i - 1] and texts[i - 1].count("\n") >= (2 if blank_only else 1):
            starts[i] = 1
        elif not _may_follow(texts, spaces, i):
            starts[i] = -1
    _after_datelines(doc, starts, spaces)
    column: Any = starts.astype("uint64").reshape(-1, 1)  # spaCy stores the -1 unsigned, as to_array gave it
    doc.from_array([SENT_START], column)
    return doc


def _after_datelines(doc: Doc, starts: Any, spaces: list[bool]) -> None:
    """The story after a wire dateline starts a sentence: the parser otherwise makes the filing place the
    subject and the real one its apposition ("MOSCOW (Reuters) - Russian forces killed four militants" has
    MOSCOW kill), and every rule reading the subject sees a city."""
    datelines = doc_datelines(doc)
    if not datelines:
        return
    offsets = doc.to_array([IDX]).reshape(-1).tolist()
    for _start, end in datelines:
        i = bisect_left(offsets, end)
        if 0 < i < len(offsets) and offsets[i] == end and not spaces[i]:
            starts[i] = 1


@Language.component("sitroom_lines", assigns=["token.is_sent_start"])
def make_lines(doc: Doc) -> Doc:
    return mark_line_starts(doc)
