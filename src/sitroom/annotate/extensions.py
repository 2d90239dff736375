"""The ``doc._`` attributes the sitroom components read and write (registered once, on import).

Inputs set by ``make_doc`` before the pipeline runs:
    doc._.doc_id          str
    doc._.reference_date  str | None   (YYYY, YYYY-MM or YYYY-MM-DD; relative dates resolve against it)
Outputs, one per component (see annotate/nlp.py for who assigns what):
    doc._.entity_mentions list[EntityMention]
    doc._.entity_aliases  list[EntityMention]  (shorter forms inside those mentions, named operations, outlets
                                               spoken to: for the entity records only)
    doc._.place_mentions  list[PlaceMention]
    doc._.unplaced_names  list[EntityMention]  (towns and named sites no gazetteer places: entity records only)
    doc._.timexes         list[Timex]
    doc._.quotes          list[Quote]
    doc._.figures         list[Figure]
    doc._.events          list[Event]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span

from sitroom.dateline import dateline_spans

T = TypeVar("T")

ATTRIBUTES = (
    "doc_id", "reference_date", "entity_mentions", "entity_aliases", "place_mentions", "unplaced_names", "timexes",
    "quotes", "figures", "events",
)


def doc_memo(doc: Doc, key: str, build: Callable[[], T]) -> T:
    """The value kept under ``key`` in ``doc.user_data``, built by ``build`` on the first call. A per-document
    table or index lives as long as its document and is never shared by two (string keys: spaCy's own entries
    there are tuples)."""
    found = doc.user_data.get(key)
    if found is None:
        found = build()
        doc.user_data[key] = found
    return cast(T, found)


# the key of the document's text in ``doc.user_data`` (a string key: spaCy's own entries there are tuples)
_TEXT_KEY = "sitroom.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document. spaCy joins every token's text again on each ``doc.text``, and the
    rule components read it per mention and per sentence: half of full extraction's time in ``sitroom bench`` went
    there. A Doc's text never changes once tokenised (retokenising keeps it), so keeping it is safe."""
    # (no ``str()`` around the kept value: this is asked some four hundred times per document)
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def keep_doc_text(doc: Doc, text: str) -> None:
    """Keep ``text`` as the document's text for ``doc_text``, for a Doc just tokenised from it: spaCy's tokenizer
    never drops or changes a character (``doc.text == text``), so the first ``doc_text`` of every document need
    not join its tokens again (about 1 % of sitroom's own time in ``sitroom bench``)."""
    doc.user_data[_TEXT_KEY] = text


# the key of the tokens' head indices in ``doc.user_data``
_HEADS_KEY = "sitroom.heads"


def head_indices(doc: Doc) -> list[int]:
    """The index of each token's syntactic head (a root's is its own), read once per document. Walking up the tree
    through ``tok.head`` makes a new Token object at every step, and the event rules walk it for every trigger,
    date and place they weigh (a third of the time ``sitroom bench`` spent in them). Only for components after the
    parser: the rule components read the parse, they never change it."""
    heads: list[int] | None = doc.user_data.get(_HEADS_KEY)
    if heads is None:
        # HEAD is the offset of the head from the token, stored unsigned (read as Python ints in one ``tolist``:
        # an ``int()`` of each numpy element cost twice the rest of the table)
        heads = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        doc.user_data[_HEADS_KEY] = heads
    return heads


# the key of the tokens' lower-cased lemmas and texts in ``doc.user_data``
_WORDS_KEY = "sitroom.words"


# (lemma hash, lower-case hash) -> the pair of strings ``token_words`` gives, shared by all documents: two string-store
# look-ups and a ``.lower()`` per word were half the cost of ``token_words``, and most words of a document were seen
# in earlier ones. A hash names one string in every vocabulary, so the pairs never go stale; cleared when it grows
# past the bound, so a long run over varied text keeps memory flat.
_WORD_PAIRS: dict[tuple[int, int], tuple[str, str]] = {}
_WORD_PAIRS_MAX = 200_000


def token_words(doc: Doc) -> list[tuple[str, str]]:
    """Each token's lemma and text, lower-cased, read once per document: the event rules compare them with their
    word lists many times over for each token, and each ``tok.lemma_`` or ``tok.lower_`` is a look-up in spaCy's
    string store (some twenty times the cost of reading the list). Only for components after the lemmatizer."""
    found: list[tuple[str, str]] | None = doc.user_data.get(_WORDS_KEY)
    if found is None:
        # (hashes read as one array and looked up in the string store: a walk over ``doc`` made a Token per word)
        strings = doc.vocab.strings
        known = _WORD_PAIRS
        if len(known) > _WORD_PAIRS_MAX:
            known.clear()
        found = []
        append, get = found.append, known.get
        # (the two columns zipped into the keys in C: a tuple built per word in Python was a third of this walk)
        table = doc.to_array([LEMMA, LOWER])
        for key in zip(table[:, 0].tolist(), table[:, 1].tolist(), strict=True):
            pair = get(key)
            if pair is None:
                pair = known[key] = (strings[key[0]].lower(), strings[key[1]])
            append(pair)
        doc.user_data[_WORDS_KEY] = found
    return found


# the keys of the tokens' dependency labels and children in ``doc.user_data``
_DEPS_KEY = "sitroom.deps"
_CHILDREN_KEY = "sitroom.children"


def token_deps(doc: Doc) -> list[str]:
    """Each token's dependency label, read once per document (``tok.dep_`` is a string-store look-up). Only for
    components after the parser."""
    found: list[str] | None = doc.user_data.get(_DEPS_KEY)
    if found is None:
        strings = doc.vocab.strings  # (one array of label hashes: no Token per word)
        labels: dict[int, str] = {}  # (a few dozen labels: one string-store look-up each, not one per word)
        found = []
        for dep in doc.to_array(DEP).tolist():
            label = labels.get(dep)
            if label is None:
                label = labels[dep] = strings[dep]
            found.append(label)
        doc.user_data[_DEPS_KEY] = found
    return found


def child_indices(doc: Doc) -> list[list[int]]:
    """The indices of each token's syntactic children, in text order as ``tok.children`` gives them, found once
    per document from the head list: a rule asking for one child by its label otherwise walks ``tok.children``,
    which makes a Token for every child it passes. Only for components after the parser."""
    found: list[list[int]] | None = doc.user_data.get(_CHILDREN_KEY)
    if found is None:
        found = [[] for _ in range(len(doc))]
        for i, head in enumerate(head_indices(doc)):
            if head != i:
                found[head].append(i)
        doc.user_data[_CHILDREN_KEY] = found
    return found


# the key of the tokens' coarse part-of-speech ids in ``doc.user_data``
_POS_KEY = "sitroom.pos"


def token_pos(doc: Doc) -> list[int]:
    """Each token's coarse part of speech as its symbol id (``spacy.symbols.PROPN`` ...), read once per document:
    a rule scanning every word of a document for one part of speech otherwise makes a Token per word to ask
    ``tok.pos_`` (a string-store look-up on top). Only for components after the tagger and attribute ruler."""
    found: list[int] | None = doc.user_data.get(_POS_KEY)
    if found is None:
        found = doc.to_array(POS).tolist()  # (Python ints at once: no numpy scalar per word)
        doc.user_data[_POS_KEY] = found
    return found


# the key of the tokens' is-space flags in ``doc.user_data``
_SPACES_KEY = "sitroom.spaces"


def token_is_space(doc: Doc) -> list[bool]:
    """Each token's ``is_space``, read once per document as one array: the entity rules test it for every word of
    every entity, and each ``doc[i]`` makes a Token to ask."""
    found: list[bool] | None = doc.user_data.get(_SPACES_KEY)
    if found is None:
        found = [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()]
        doc.user_data[_SPACES_KEY] = found
    return found


# the key of the document's sentence spans in ``doc.user_data``
_SENTS_KEY = "sitroom.sents"


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, made once per document: each ``doc.sents`` walks every word of the document for the sentence
    starts and makes a new Span for each sentence, and the dates, figures, quotes and events stages and the result
    each walked it (seven walks a document). Only for components after the parser, which sets the boundaries; no
    later component moves them (a tuple: no caller can change what the next one reads)."""
    found: tuple[Span, ...] | None = doc.user_data.get(_SENTS_KEY)
    if found is None:
        found = tuple(doc.sents)
        doc.user_data[_SENTS_KEY] = found
    return found


# the key of the document's entity spans in ``doc.user_data``
_ENTS_KEY = "sitroom.ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: each ``doc.ents`` walks every word of the document and makes a new
    Span for each entity, and the rule components read the entities some ten times a document (the places stage
    alone six). Components that change the entities (``sitroom_owned_places``) do it through ``set_ents``,
    which forgets the built tuple (a tuple: no caller can change what the next one reads)."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    if found is None:
        found = tuple(doc.ents)  # (a tuple already: no copy made)
        doc.user_data[_ENTS_KEY] = found
    return found


def set_ents(doc: Doc, spans: list[Span]) -> None:
    """Set the document's entities, and forget those ``doc_ents`` built from the old ones."""
    doc.ents = spans
    doc.user_data.pop(_ENTS_KEY, None)


def sentence_ents(doc: Doc, sent: Span) -> list[Span]:
    """``sent.ents`` read off ``doc_ents``: the entities wholly inside ``sent``, up to the first that starts in it
    and runs past its end (where spaCy's own walk stops)."""
    out: list[Span] = []
    for ent in doc_ents(doc):
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                out.append(ent)
            else:
                break
    return out


# the key of the document's dateline spans in ``doc.user_data``
_DATELINES_KEY = "sitroom.datelines"


def doc_datelines(doc: Doc) -> list[tuple[int, int]]:
    """``dateline_spans`` of the document's text, found once per document: the line splitter, the places stage
    (twice) and the event rules each ask for them, and each search runs some ten patterns over the whole text.
    They depend on the text alone, which never changes once tokenised."""
    found: list[tuple[int, int]] | None = doc.user_data.get(_DATELINES_KEY)
    if found is None:
        found = dateline_spans(doc_text(doc))
        doc.user_data[_DATELINES_KEY] = found
    return list(found)  # a copy: no caller can change what the next one reads


def register() -> None:
    for name in ATTRIBUTES:
        if not Doc.has_extension(name):
            # default=None: each component sets a fresh list, so no list is shared between docs
            Doc.set_extension(name, default=None)


register()
