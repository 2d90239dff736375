"""The ``sitroom_given_names`` component: a weekday inside a person's name is a given name, not a date.

Sunday, Monday and Friday are common given names in Nigeria and Ghana ("Chief of the Air Staff, Air
Marshal Sunday Aneke"). The small model tags the weekday DATE and splits the name in two, so the speaker
loses a name and the event in the sentence is dated to the last Sunday. A weekday between a capitalised
word that is no date word ("Marshal", "Mr") and a name the model tags as a person or organisation is
joined to that name as a PERSON, before anything reads dates or names.
"""

from __future__ import annotations

import calendar

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

WEEKDAYS = frozenset(calendar.day_name)
# the weekdays' keys in any string store: a word's ORTH is the key of its text
_WEEKDAY_KEYS = frozenset(get_string_id(day) for day in WEEKDAYS)
# capitalised words that make a weekday a day, not a name: "Easter Sunday", "Black Friday", "Palm Sunday"
DAY_WORDS = frozenset({"easter", "palm", "good", "black", "bloody", "holy", "ash", "super", "cyber", "last",
                       "next", "this", "on", "every", "each", "until", "since", "by"})
NAME_LABELS = ("PERSON", "ORG")


def _given_name_at(doc: Doc, i: int) -> Span | None:
    """The person whose given name is the weekday at ``i``, or None."""
    tok = doc[i]
    if tok.text not in WEEKDAYS or i == 0 or i + 1 >= len(doc):
        return None
    before, after = doc[i - 1], doc[i + 1]
    if tok.is_sent_start or not (before.is_title and before.is_alpha) or before.lower_ in DAY_WORDS:
        return None  # "On Sunday", a weekday opening a sentence or a headline
    if before.ent_type_ in ("DATE", "TIME") or before.text in calendar.month_name:
        return None  # "June Sunday", "Easter Sunday" are days
    # the surname: tagged a person or an organisation, or left untagged ("Air Marshal Sunday Aneke,")
    if not (after.is_title and after.is_alpha and after.pos_ == "PROPN" and after.ent_type_ in (*NAME_LABELS, "")):
        return None
    end = i + 2
    while (end < len(doc) and end - i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN"
           and doc[end].ent_type_ == after.ent_type_ and doc[end].ent_iob_ != "B"):
        end += 1
    return Span(doc, i, end, label="PERSON")


def mark_given_names(doc: Doc) -> Doc:
    # only the weekday words can be given names: found by the key of their text in one array, as asking
    # ``_given_name_at`` of every word made a Token per word of the document (and slicing each word's text from the
    # document's took twice as long as comparing the keys)
    days = [i for i, key in enumerate(doc.to_array(ORTH).tolist()) if key in _WEEKDAY_KEYS]
    found = [s for i in days if (s := _given_name_at(doc, i)) is not None]
    if found:
        # the names win over the spans they overlap (the DATE, the cut PERSON or ORG)
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in found)]
        doc.ents = filter_spans([*kept, *found])
    return doc


@Language.component("sitroom_given_names", requires=["doc.ents"], assigns=["doc.ents"])
def make_given_names(doc: Doc) -> Doc:
    return mark_given_names(doc)
