"""The ``sitroom_owned_places`` component: "Khyber's Alamgodar area" names two places, not one organisation.

Pakistani, Mozambican and Congolese reporting locates a village or an area by the district or province that
holds it, with a possessive: "Khyber's Alamgodar area", "Cabo Delgado's Macomia district", "Mastung's Dasht
area". The small model reads the pair as one name and tags it an organisation, a facility or a person
("Mastung's Dasht"), so the place is lost and a body that does not exist is made. When the word after the
pair (or its own last word) says what kind of place it is, the pair is split into its two places.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.annotate.extensions import doc_ents, set_ents
from sitroom.data import load
from sitroom.data.schemas import GazetteerFile

_POSSESSIVE = frozenset({"'s", "’s"})
_MISTYPED = frozenset({"ORG", "FAC", "PERSON", "NORP"})


@cache
def _kind_words() -> frozenset[str]:
    # the words that say what kind of place a name is ("district", "village"), and "area", which after a
    # possessive pair can only be the place's ("Islamabad's Terlai area")
    table = load(GazetteerFile)
    return frozenset(w.lower() for w in [*table.place_kind_words, *table.written_kind_words])


def _split(ent: Span) -> list[Span] | None:
    """The owner and the place of a possessive pair the model tagged as one name, or None."""
    doc = ent.doc
    marks = [t.i for t in ent if t.text in _POSSESSIVE]
    if len(marks) != 1 or marks[0] == ent.start:
        return None
    mark = marks[0]
    end = ent.end
    if doc[end - 1].lower_ in _kind_words():
        end -= 1  # the model ran the name into its kind word: "Dasht area"
    elif end >= len(doc) or doc[end].lower_ not in _kind_words():
        return None
    owner, place = doc[ent.start:mark], doc[mark + 1:end]
    if not place or not all(t.is_title for t in place) or not all(t.is_title or t.text == "-" for t in owner):
        return None
    return [Span(doc, owner.start, owner.end, label="GPE"), Span(doc, place.start, place.end, label="GPE")]


def mark_owned_places(doc: Doc) -> Doc:
    # a pair the model tagged as a place is read by the places stage, which knows the owner's possessive
    ents = doc_ents(doc)  # built once here and kept for the later components when nothing changes
    found = {ent: parts for ent in ents if ent.label_ in _MISTYPED and (parts := _split(ent)) is not None}
    if found:
        kept = [e for e in ents if e not in found]
        set_ents(doc, filter_spans([*kept, *(s for parts in found.values() for s in parts)]))
    return doc


@Language.component("sitroom_owned_places", requires=["doc.ents"], assigns=["doc.ents"])
def make_owned_places(doc: Doc) -> Doc:
    return mark_owned_places(doc)
