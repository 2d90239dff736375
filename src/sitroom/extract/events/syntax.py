"""Dependency-tree helpers for the event extractor: distances, determiners, numbers, casualties.

Everything works on one sentence's parse; each helper walks at most the depth of the tree, so a
document costs time linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cache, wraps
from typing import NamedTuple, TypeVar

import spacy
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import (
    child_indices,
    doc_memo,
    doc_sents,
    head_indices,
    token_deps,
    token_words,
)
from sitroom.annotate.nlp import MODEL_PACKAGE
from sitroom.extract.events.vocab import Vocab
from sitroom.models import PlaceMention

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def words(tok: Token) -> tuple[str, str]:
    """The lemma and the lower-cased text: a vocabulary word matches either."""
    return token_words(tok.doc)[tok.i]


def has_word(tok: Token, vocab_words: frozenset[str]) -> bool:
    lemma, lower = words(tok)
    if lemma in vocab_words or lower in vocab_words:
        return True
    # "Terrorists suspected to be from ISWAP ... killed": a capitalised plural the tagger takes for a name keeps
    # its plural as its lemma
    # (the string tests first: ``tok.pos_`` is a string-store look-up, asked of every word tested, and most words
    # fail the tests on their text)
    return lemma == lower and lower.endswith("s") and lower[:-1] in vocab_words and tok.pos_ == "PROPN"


@cache
def _irregular_verb_forms() -> frozenset[str]:
    """The inflected verb forms the pinned model's lemmatizer lists as exceptions to its rules ("retook" ->
    "retake", "overran" -> "overrun", "withdrew" -> "withdraw"); empty when the model is not installed."""
    try:
        verbs = _stored_lemma_exceptions()
        if verbs is None:
            nlp = spacy.load(MODEL_PACKAGE, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
            verbs = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]
    except (OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(form for form, bases in verbs.items() if bases and bases[0] != form)


def _stored_lemma_exceptions() -> dict[str, list[str]] | None:
    """The lemmatizer's verb exceptions read from the installed package's stored lookups, where ``spacy.load`` would
    find them (its data directory, then the component's ``lookups``); None when they are not there. Loading the
    model for one table read its vocabulary and tokenizer again: some seconds of each process's first page."""
    try:
        package = spacy.util.get_package_path(MODEL_PACKAGE)
        meta = spacy.util.get_model_meta(package)
        stored = package / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "lemmatizer" / "lookups"
        lookups = Lookups().from_disk(stored)
        if not lookups.has_table("lemma_exc"):
            return None
        verbs: dict[str, list[str]] = lookups.get_table("lemma_exc")["verb"]
    except (OSError, KeyError, ValueError, ImportError):
        return None
    return verbs


def misread_present(tok: Token) -> bool:
    """A past form the tagger read as a simple present: "Iraqi forces retook Ramadi" comes out as VBP (and its
    lemma as "retook"), which would read as a habit. An irregular form that is no present one (not "am", "are" or
    a third person in "s") is a past, whatever the tag says."""
    lower = tok.lower_
    return (
        tok.tag_ in ("VBP", "VBZ")
        and lower not in ("am", "are")
        and not lower.endswith("s")
        and lower in _irregular_verb_forms()
    )


def may_have_word(doc: Doc, i: int, vocab_words: frozenset[str]) -> bool:
    """False when ``has_word`` of the document's ``i``-th word is sure to be False, read from the per-document list
    before a Token is made: neither its lemma nor its form is a listed word, nor is its form less a final "s"."""
    lemma, lower = token_words(doc)[i]
    return lemma in vocab_words or lower in vocab_words or lower[:-1] in vocab_words


# the document's words by lemma and form (``_word_index``), and the positions found of each word list so far
# (``listed_in``), in ``doc.user_data``
_WORD_INDEX_KEY = "sitroom.events.word_index"
_LISTED_KEY = "sitroom.events.listed"


def _word_index(doc: Doc) -> dict[str, list[int]]:
    """The indices of the document's words under each lemma and form, and under each form less a final "s": the
    keys ``may_have_word`` reads."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, (lemma, lower) in enumerate(token_words(doc)):
        # (an index twice under one key, where the lemma is the form, is made one by ``listed_in``; the lemma is
        # the form for most words, and is then left out: the same keys, one list append fewer per word)
        if lemma != lower:
            index[lemma].append(i)
        index[lower].append(i)
        index[lower[:-1]].append(i)
    return index


def listed_in(sent: Span, vocab_words: frozenset[str]) -> list[int]:
    """The indices, in order, of the sentence's words for which ``may_have_word`` of ``vocab_words`` holds.
    The trigger finders each walked every word of every sentence to test it against one list, most words being in
    none: the list's positions are found once per document, from one index of its words shared by all lists (a set
    intersection, not a test per word), and each sentence takes its stretch of them."""
    doc = sent.doc
    by_list: dict[frozenset[str], list[int]] = doc_memo(doc, _LISTED_KEY, dict)
    found = by_list.get(vocab_words)
    if found is None:
        index = doc_memo(doc, _WORD_INDEX_KEY, lambda: _word_index(doc))
        found = by_list[vocab_words] = sorted({i for key in index.keys() & vocab_words for i in index[key]})
    return found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]


# the head chains found so far, by token index, in ``doc.user_data``
_CHAINS_KEY = "sitroom.events.chains"


def _ancestor_indices(tok: Token) -> tuple[int, ...]:
    """The indices of ``tok`` and its heads up to the sentence root (read from the document's head list, without
    making a Token at each step)."""
    # (kept per token once walked: ``ancestors``, ``tree_distance`` and ``dominates`` walk up from the same trigger,
    # place, date and casualty words for rule after rule, trigger after trigger; a fifth of their time was the walk)
    doc = tok.doc
    known: dict[int, tuple[int, ...]] = doc_memo(doc, _CHAINS_KEY, dict)
    chain = known.get(tok.i)
    if chain is None:
        heads = head_indices(doc)
        walk = [tok.i]
        while heads[walk[-1]] != walk[-1]:
            walk.append(heads[walk[-1]])
        chain = known[tok.i] = tuple(walk)
    return chain


# the document's ``SentenceTable``, in ``doc.user_data``
_SENT_TABLE_KEY = "sitroom.events.sentence_table"


class SentenceTable(NamedTuple):
    """The document's sentences, and by token the number of the one it is in and its first token index: one table
    for ``sent_start`` and ``DocIndex.sent_of``, made by a single walk of ``doc.sents``."""

    spans: list[Span]
    number: list[int]
    starts: list[int]


def sentence_table(doc: Doc) -> SentenceTable:
    """The document's ``SentenceTable``, made once."""
    table: SentenceTable | None = doc.user_data.get(_SENT_TABLE_KEY)
    if table is None:
        spans = list(doc_sents(doc))
        number: list[int] = []
        starts: list[int] = []
        for k, sent in enumerate(spans):
            number += [k] * (sent.end - sent.start)
            starts += [sent.start] * (sent.end - sent.start)
        table = doc.user_data[_SENT_TABLE_KEY] = SentenceTable(spans, number, starts)
    return table


def sent_start(tok: Token) -> int:
    """``tok.sent.start``, read from a per-document list: ``tok.sent`` walks the sentence's boundaries and makes a
    Span at each call, and rules ask it of place and clause words for every trigger."""
    # (the table read straight from ``user_data`` first: asked of many words of every trigger)
    table: SentenceTable | None = tok.doc.user_data.get(_SENT_TABLE_KEY)
    return (table if table is not None else sentence_table(tok.doc)).starts[tok.i]


def ancestor_indices(tok: Token) -> tuple[int, ...]:
    """``ancestors`` as token indices: for a walk that tests the labels and heads of the per-document lists
    (``token_deps``, ``head_indices``) and makes a Token only where it must."""
    return _ancestor_indices(tok)


# the heads of each token walked up so far (``ancestors``), by token index, in ``doc.user_data``
_ANCESTORS_KEY = "sitroom.events.ancestors"


def ancestors(tok: Token) -> list[Token]:
    """``tok`` followed by its heads up to the sentence root."""
    # (the heads kept per token once made: rule after rule walks up from the same trigger, date and casualty words,
    # three times in four from a word walked before on ``sitroom bench``, and each walk made a Token per step)
    known: dict[int, tuple[Token, ...]] = doc_memo(tok.doc, _ANCESTORS_KEY, dict)
    above = known.get(tok.i)
    if above is None:
        doc = tok.doc
        above = known[tok.i] = tuple(doc[i] for i in _ancestor_indices(tok)[1:])
    return [tok, *above]


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of the same sentence (large across sentences)."""
    up = {i: n for n, i in enumerate(_ancestor_indices(a))}
    for n, i in enumerate(_ancestor_indices(b)):
        if i in up:
            return n + up[i]
    return 99


def dominates(head: Token, tok: Token) -> bool:
    # (the walk up the head list alone: a test of ``head``'s subtree edges first made two Tokens to spare it)
    return head.i in _ancestor_indices(tok)


def determiner(tok: Token) -> str | None:
    """The determiner or possessor word of a noun ("the", "a", "its", "friday")."""
    # (read on the per-document lists: asked of every trigger, casualty and actor noun, and ``tok.children`` made a
    # Token of each child)
    doc = tok.doc
    labels = token_deps(doc)
    for c in child_indices(doc)[tok.i]:
        if labels[c] in ("det", "poss", "predet"):
            return token_words(doc)[c][1]
    return None


_W = TypeVar("_W")
_R = TypeVar("_R")


def per_token(fn: Callable[[Token, _W], _R]) -> Callable[[Token, _W], _R]:
    """``fn`` of a token and a word list, kept per document by the token's index: for the casualty helpers that
    rule after rule asks of the same casualty words (``victims_of`` was asked four times per word it answered in
    ``sitroom bench``), each answering from the parse and the word list alone. The answer is kept with the word
    list it was found for, and found again for another one. A kept answer is shared: callers never change it."""
    key = f"sitroom.events.per_token.{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def kept(tok: Token, words: _W) -> _R:
        known: dict[int, tuple[_W, _R]] = doc_memo(tok.doc, key, dict)
        found = known.get(tok.i)
        if found is None or found[0] is not words:
            found = known[tok.i] = (words, fn(tok, words))
        return found[1]

    return kept


# the key of the tokens found plural or not so far, by index, in ``doc.user_data``
_PLURALS_KEY = "sitroom.events.plurals"


def is_plural(tok: Token) -> bool:
    # (kept per token once asked: ``tok.morph`` builds an analysis on each call, and this is asked of the same
    # trigger, place and casualty words by rule after rule; an array of every token's tag and morphology read per
    # document cost more than the calls it saved. The analysis keeps one "Field=Value" feature per value, so
    # ``"Number=Plur" in tok.morph`` is ``"Plur" in tok.morph.get("Number")`` without the array and the string
    # splitting ``get`` makes: a fifth of the cost)
    known: dict[int, bool] | None = tok.doc.user_data.get(_PLURALS_KEY)
    if known is None:
        known = {}
        tok.doc.user_data[_PLURALS_KEY] = known
    found = known.get(tok.i)
    if found is None:
        found = tok.tag_ in ("NNS", "NNPS") or "Number=Plur" in tok.morph
        known[tok.i] = found
    return found


def number_value(tok: Token, vocab: Vocab) -> int | None:
    """Integer value of a number token ("32", "1,600", "three"); None for vague or non-numbers. A scale word
    beside it multiplies: "three dozen people" (the parser counts with "three"), "two hundred villagers" (with
    "hundred")."""
    value = _plain_number(tok, vocab)
    if value is None:
        return None
    doc = tok.doc
    if tok.lower_ in vocab.scales:
        if tok.i >= 2 and doc[tok.i - 2].lower_ == "half" and doc[tok.i - 1].lower_ in ("a", "an"):
            return value // 2  # "half a dozen soldiers": six, not the dozen the parser counts with
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.lower_ in vocab.vague:
            return None  # "several dozen people", "a few dozen": as vague as "dozens", no count of twelve
        if before is not None and before.lower_ not in vocab.scales and (n := _plain_number(before, vocab)):
            return n * value
    elif tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in vocab.scales:
        scale = _plain_number(doc[tok.i + 1], vocab)
        return value * scale if scale is not None else value
    return value


def _plain_number(tok: Token, vocab: Vocab) -> int | None:
    text = tok.lower_
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    value = vocab.numbers.get(text)
    if value is None:
        return None
    # "Twenty-two people", "forty five militants": the tokenizer splits the tens from the unit
    doc = tok.doc
    if value in range(20, 100, 10):
        j = tok.i + 2 if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" else tok.i + 1
        unit = vocab.numbers.get(doc[j].lower_) if j < len(doc) and doc[j].pos_ == "NUM" else None
        return value + unit if unit is not None and unit in range(1, 10) else value
    if value in range(1, 10):
        j = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" else tok.i - 1
        tens = vocab.numbers.get(doc[j].lower_) if j >= 0 and doc[j].pos_ == "NUM" else None
        return value + tens if tens is not None and tens in range(20, 100, 10) else value
    return value


def short_of(num: Token, vocab: Vocab) -> bool:
    """The words right before a count make it no lower bound: "nearly 100", "up to 30" ([casualties] short_of)."""
    # (the words read from the per-document list: asked of every count a casualty rule weighs, a slice of the
    # document per listed phrase made a Span and a Token per word, a fifth of the casualty counts' time)
    word_at = token_words(num.doc)
    for phrase in vocab.short_of:
        start = num.i - len(phrase)
        if start >= 0 and all(word_at[start + k][1] == word for k, word in enumerate(phrase)):
            return True
    return False


def _number(num: Token, vocab: Vocab) -> int | None:
    return None if short_of(num, vocab) else number_value(num, vocab)


def _member_count(tok: Token, vocab: Vocab) -> tuple[int | None, bool]:
    """(count, explicit) for one conjunct: a number, its numeric modifier, or "a"/"an" = 1; a count told as
    one the toll may fall short of ("nearly 100 people") is explicit but unknown."""
    counted = _total_of(tok, vocab)
    if counted is not None:
        return count_of(counted, vocab), True  # "a total of 26 soldiers"
    if tok.like_num or tok.lower_ in vocab.numbers:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return None, True  # "no one was injured": no count of one (``none_hurt``)
        return _number(tok, vocab), True
    first = tok.left_edge
    if first.i < tok.i and first.dep_ in ("compound", "nmod") and (first.like_num or first.lower_ in vocab.numbers):
        # "Twelve Nigerien soldiers", "Thirteen other people were injured": the parser took a number word opening
        # the sentence for a name, a compound or a noun modifier
        return _number(first, vocab), True
    for child in tok.children:
        if child.dep_ == "nummod":
            if child.lower_ in vocab.vague:
                return None, True
            n = _number(child, vocab)
            more = _elided_counts(tok, child, vocab)
            known = [m for m in more if m is not None]
            return (n + sum(known) if n is not None and len(known) == len(more) else n), True
    for child in tok.children:
        if child.dep_ in ("compound", "nmod") and child.i < tok.i and child.left_edge.i == tok.left_edge.i:
            # "Two embassy personnel", "three security forces personnel": the parser hangs the count on the
            # noun before the head; only a count that opens the phrase ("the 2019 ..." is not one)
            num = _child(child, "nummod")
            if num is not None and num.left_edge.i == child.left_edge.i:
                return (None if num.lower_ in vocab.vague else _number(num, vocab)), True
    for child in tok.children:
        if child.dep_ in ("det", "predet") and child.lower_ == "both":
            return 2, True  # "killed both bombers"
        if child.dep_ == "det" and child.lower_ in ("a", "an"):
            return 1, False
    return None, False


def _elided_counts(tok: Token, num: Token, vocab: Vocab) -> list[int | None]:
    """The counts of the noun left out after a modifier listed with the first count's: "four American and four
    Nigerien soldiers" (the parser makes the second "four" a conjunct of "American") counts 4 + 4."""
    return [
        _number(c, vocab)
        for mod in tok.children
        if mod.dep_ in ("amod", "compound", "nmod") and num.i < mod.i < tok.i
        for c in mod.children
        if c.dep_ == "conj" and c.pos_ == "NUM" and c.lower_ not in vocab.vague
    ]


def _total_of(tok: Token, vocab: Vocab) -> Token | None:
    """The phrase a noun of a total counts: "a total of 26 soldiers" -> "soldiers" ([casualties] totals)."""
    if tok.lemma_.lower() not in vocab.totals:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, "pobj") if of is not None else None


def plural_demonym(tok: Token, vocab: Vocab) -> str | None:
    """The demonym a people's plural is made of ("Rwandans" -> "Rwandan"), which war reports use for the state's
    troops ("the Rwandans attacked insurgents"), else None. Callers add what makes it the troops in their use."""
    stem = tok.text[:-1]
    return stem if tok.text.endswith("s") and stem in vocab.demonyms else None


def conjuncts(head: Token) -> list[Token]:
    """A noun phrase's head and the heads it lists with it: "two soldiers and a civilian" -> soldiers, civilian; a
    range, "between 50 and 90 deaths", lists nothing (the numbers the parser lists are one count's two ends: the
    lower bound counts)."""
    members = [head]
    if _range_start(head):
        return members
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                stack.append(child)
    # "Brigadier General Zirkushu, the commander of the brigade, and three other officers": the parser hangs the rest
    # of the list on the apposition; told as "other" people, they are listed with the head
    for appos in (c for c in head.children if c.dep_ == "appos"):
        members += [c for c in appos.children if c.dep_ == "conj" and _told_as_other(c)]
    return members


def _told_as_other(tok: Token) -> bool:
    """People told as others than the ones named before them: "three others", "six other people"."""
    return tok.lemma_.lower() == "other" or tok.lower_ == "others" or any(
        c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


def count_of(head: Token, vocab: Vocab) -> int | None:
    """People counted by a noun phrase: "two soldiers and a civilian" = 3; "dozens" = None."""
    return count_members(conjuncts(head), vocab)


def _range_start(tok: Token) -> bool:
    """The number opening a range told with "between": "between 50 and 90" ("between" is its quantifier)."""
    return (tok.like_num or tok.pos_ == "NUM") and any(
        c.dep_ == "quantmod" and c.lower_ == "between" for c in tok.children
    )


def count_members(members: list[Token], vocab: Vocab) -> int | None:
    """People counted by the listed heads of a noun phrase (``conjuncts``), None when none is counted."""
    if len(members) > 1:
        # "17 soldiers dead, twelve missing and twelve others wounded": a part of a list told with a fate of its own
        # is no one's toll (one head alone keeps its count: "the bodies of the eleven missing soldiers were found")
        members = [m for m in members if not any(
            c.dep_ in ("amod", "acl") and c.lower_ in vocab.other_fates for c in m.children)] or members
    counts = [_member_count(m, vocab) for m in members]
    for k, m in enumerate(members):
        before = [j for j, o in enumerate(members) if o.i < m.i]
        if before and counts[k] == (None, False) and _as_many(m):
            # "four American soldiers and as many Nigerien soldiers": as many as the people listed before
            counts[k] = counts[max(before, key=lambda j: members[j].i)]
    if not any(explicit for _, explicit in counts):
        return None
    if any(explicit and value is None for value, explicit in counts):
        return None  # a vague part ("dozens") makes the sum unknown
    pairs = zip(counts, members, strict=True)
    # ("Khalil Haqqani and six other people": a name listed beside people told as others is one more)
    others = any(_told_as_other(m) for m in members)
    return sum(value if value is not None else int(_one_more(m, vocab) or (others and _a_name(m)))
               for (value, _), m in pairs)


def _a_name(tok: Token) -> bool:
    """A person's name: "Khalil Haqqani", "Private Mahamoud Ahmed Basis"."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "")


def _as_many(tok: Token) -> bool:
    """A noun told as "as many" ("killing three policemen and as many civilians")."""
    many = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ == "many"), None)
    return many is not None and many.i > 0 and tok.doc[many.i - 1].lower_ == "as"


def _one_more(tok: Token, vocab: Vocab) -> bool:
    """A singular noun with "the" or a possessive listed beside counted people is one more: "the wife and three
    children of the militia leader", "killed the driver and two passengers" (a name is not: it is most often
    one of the counted, "two traders, Kuljeet Singh and Ranjit Singh"; nor is a noun of what befell others,
    "the death of two and the kidnapping of another")."""
    if tok.pos_ != "NOUN" or is_plural(tok) or _is_casualty_word(tok, vocab) or tok.lower_.endswith("ing"):
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and any(o.like_num or o.lower_ in vocab.numbers or o.lemma_.lower() in ("another", "other")
                              for o in of.children if o.dep_ == "pobj"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children)


def _reduced_passive(tok: Token) -> bool:
    """A participle coordinated with a passive verb and its own subject, the auxiliary left out: "six
    soldiers were killed and four others wounded" ("wounded" = "were wounded")."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "conj"
        and _child(tok, "nsubj") is not None
        and _child(tok, "aux") is None
        and any(c.dep_ == "auxpass" for c in tok.head.children)
    )


def _child_index(doc: Doc, i: int, *deps: str) -> int | None:
    """The index of the first child of the document's ``i``-th word with one of these labels (``_child`` without
    the Token)."""
    labels = token_deps(doc)
    return next((c for c in child_indices(doc)[i] if labels[c] in deps), None)


def _child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` with one of these labels, found in the per-document lists (the event rules ask
    this of most words of a sentence with a trigger; only the child found becomes a Token)."""
    found = _child_index(tok.doc, tok.i, *deps)
    return None if found is None else tok.doc[found]


def _prep_objects(doc: Doc, i: int) -> Iterator[tuple[int, int]]:
    """(preposition, its first object) index pairs of the document's ``i``-th word's prepositions, children in
    text order, from the per-document lists (``casualty`` asks this of each verb of a sentence with a trigger)."""
    labels = token_deps(doc)
    for c in child_indices(doc)[i]:
        if labels[c] == "prep" and (obj := _child_index(doc, c, "pobj")) is not None:
            yield c, obj


def kills(tok: Token, vocab: Vocab) -> bool:
    """A verb of killing: "killed", "beheaded", or one with a phrase of how ("hacked to death": [casualties]
    fatal_phrases)."""
    word_at = token_words(tok.doc)
    if word_at[tok.i][0] in vocab.kill:
        return True
    if _killed_with_particle(tok, vocab):
        return True
    return any(
        (word_at[prep][1], word_at[obj][1]) in vocab.fatal_phrases for prep, obj in _prep_objects(tok.doc, tok.i)
    )


def _killed_with_particle(tok: Token, vocab: Vocab) -> bool:
    """ "Eleven terrorists were gunned down": a passive verb that kills with its particle ([casualties]
    kill_particles); and the active verb with an object, the particle right after the verb or after its object:
    "gunmen shot dead a police officer", "shot two soldiers dead" (the parser hangs "dead" on the verb as an adverb
    or a clause of its own, so the object is who was killed: a count like any other killing's)."""
    doc = tok.doc
    lemma = token_words(doc)[tok.i][0]
    if lemma not in vocab.kill_particle_verbs:
        return False  # (each test below is of a pair with this lemma: no Token made for the word after or children)
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        after is not None
        and after.dep_ == "prt"
        and after.head.i == tok.i
        and any(c.dep_ == "auxpass" for c in tok.children)
        and (lemma, after.lower_) in vocab.kill_particles
    ):
        return True
    obj = _child(tok, "dobj")
    if obj is None or tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    if after is not None and after.i < obj.i and (lemma, after.lower_) in vocab.kill_particles:
        return True  # "shot dead a police officer", "gunned down two villagers"
    return any(c.i > obj.i and (lemma, c.lower_) in vocab.kill_particles for c in tok.children)  # "shot him dead"


def dies(tok: Token, vocab: Vocab) -> bool:
    """A verb of dying: "died", "perished", or a verb and its object listed together ("lost their lives")."""
    lemma, _lower = words(tok)
    if lemma in vocab.die:
        return True
    return _with_object(tok, vocab.die)


def _with_object(tok: Token, phrases: frozenset[str]) -> bool:
    # (read from the per-document lists: asked of each verb of a sentence with a trigger, twice)
    doc = tok.doc
    obj = _child_index(doc, tok.i, "dobj")
    if obj is None:
        return False
    word_at = token_words(doc)
    verb = word_at[tok.i][0]
    if f"{verb} {word_at[obj][0]}" in phrases:
        return True
    # "16 inmates sustained various degrees of injuries": the object measures what its "of" names
    labels = token_deps(doc)
    of = next((c for c in child_indices(doc)[obj] if labels[c] == "prep" and word_at[c][1] == "of"), None)
    what = _child_index(doc, of, "pobj") if of is not None and not doc[obj].like_num else None
    return what is not None and f"{verb} {word_at[what][0]}" in phrases


def suffers(tok: Token, vocab: Vocab) -> bool:
    """A verb and its object that say its subject was hurt: "13 others sustained injuries" ([casualties] wound)."""
    return _with_object(tok, vocab.wound)


def cared_for(tok: Token, vocab: Vocab) -> bool:
    """A passive verb of care with a hospital as where or a wound as what for: "33 people were being treated in
    hospital", "169 people were transferred to hospital", "six officers were admitted with gunshot wounds"
    ([casualties] care_verbs, hospitals, care_conditions) tells the wounded."""
    doc = tok.doc
    word_at, labels = token_words(doc), token_deps(doc)
    if word_at[tok.i][0] not in vocab.care_verbs or not any(labels[c] == "auxpass" for c in child_indices(doc)[tok.i]):
        return False
    # where (a hospital), or what for: "were admitted with gunshot wounds", "were treated for injuries"
    return any(
        word_at[where][0] in vocab.hospitals
        or (word_at[prep][1] in ("with", "for") and word_at[where][0] in vocab.care_conditions)
        for prep, where in _prep_objects(doc, tok.i)
    )


def shot_in_limb(tok: Token, vocab: Vocab) -> bool:
    """A passive verb of shooting or hitting with a body part a shot seldom kills by: "one local militia member was
    shot in the leg", "his security guard was shot in the chest" ([casualties] shot_verbs, limbs) tells the wounded;
    not one told dead as well ("was shot in the chest and died", "a dead soldier, who had been shot in the chest"),
    nor a shot in the head."""
    doc = tok.doc
    word_at, labels = token_words(doc), token_deps(doc)
    kids = child_indices(doc)[tok.i]
    if word_at[tok.i][0] not in vocab.shot_verbs or not any(labels[c] == "auxpass" for c in kids):
        return False
    where_hit = _prep_objects(doc, tok.i)
    if not any(word_at[prep][1] == "in" and word_at[where][0] in vocab.limbs for prep, where in where_hit):
        return False
    if any(labels[c] == "conj" and (kills(doc[c], vocab) or dies(doc[c], vocab)) for c in kids):
        return False  # "was shot in the chest and died"
    subj = next((doc[c] for c in kids if labels[c] == "nsubjpass"), None)
    # the person's own words and, for a relative pronoun, those of the noun it stands for
    held = tok.head if tok.dep_ == "relcl" else subj
    return held is None or not any(c.dep_ == "amod" and c.lower_ in vocab.dead for c in held.children)


@per_token
def victims_of(tok: Token, vocab: Vocab) -> Token | None:
    """The noun phrase of the people killed or wounded by a casualty verb ("six soldiers were killed",
    "killing three civilians"), else None."""
    lemma, _lower = words(tok)
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VBG"):
        return None
    if (
        not kills(tok, vocab)
        and lemma not in vocab.wound
        and not dies(tok, vocab)
        and not suffers(tok, vocab)
        and not cared_for(tok, vocab)
        and not shot_in_limb(tok, vocab)
    ):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _reduced_passive(tok)
    if dies(tok, vocab) or suffers(tok, vocab):
        return _antecedent(_child(tok, "nsubj") or _raised_subject(tok))
    if passive:
        # the subject nearest the verb: a dateline parsed as a second subject comes first
        subjects = [c for c in tok.lefts if c.dep_ in ("nsubjpass", "nsubj")]
        subj = subjects[-1] if subjects else None
        if len(subjects) > 1 and _named_after(subjects[-2], subj):
            subj = subjects[-2]  # "one person identified as Musa Bello was killed": the name the parser made a
            # second subject is the person counted before it
        if subj is None:
            # "One officer was, however, killed", "three others were severely wounded": the parser hung the
            # subject on the auxiliary
            aux = _child(tok, "auxpass")
            subj = _child(aux, "nsubjpass", "nsubj") if aux is not None else None
        return _antecedent(_dateline_count(subj) if subj is not None else _raised_subject(tok) or _date_appos(tok))
    if tok.dep_ == "xcomp" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children):
        return _child(tok.head, "nsubjpass")  # "twelve soldiers were reported killed"
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ in ("dobj", "nsubj") for c in tok.children):
        # "four soldiers were ambushed and killed": the passive's subject is the second verb's too
        shared = next((c for c in reversed(list(tok.head.lefts)) if c.dep_ == "nsubjpass"), None)
        if shared is not None or not any(c.dep_ == "prep" and c.lower_ in vocab.count_preps for c in tok.children):
            return shared  # (an active pair has a count of its own: "killed at least 46 and injured over 100")
    victims = _child(tok, "dobj")
    if victims is None and tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "NUM"):
        victims = tok.head  # "ten people killed", "40 injured"
    if victims is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in vocab.count_preps), None)
        victims = _child(prep, "pobj") if prep is not None else None  # "injuring over 50"
        if victims is not None and not victims.like_num:
            victims = None
    if victims is None and not passive:
        victims = _bare_count_after(tok)
    return victims


def _named_after(counted: Token, name: Token | None) -> bool:
    """``name`` is a proper name that a participle of ``counted`` introduces ("one person identified as Musa
    Bello", "a soldier named John Cruz"): the parser hangs the name on the verb as a second subject."""
    return (
        name is not None
        and name.pos_ == "PROPN"
        and any(c.dep_ == "acl" and c.right_edge.i + 1 == name.left_edge.i for c in counted.children)
    )


# "at least", "more than", "about": words between a verb and the count it takes
_BOUND_WORDS = frozenset({"at", "least", "more", "than", "about", "around", "over", "some", "approximately"})


def _bare_count_after(verb: Token) -> Token | None:
    """ "the bombing killed at least four with 15 more injured": a number right after an active casualty verb that
    the parser hung elsewhere in the verb's phrase (here on the second count) is still what the verb counts."""
    for t in verb.doc[verb.i + 1 : verb.i + 5]:
        if t.lower_ in _BOUND_WORDS:
            continue
        return t if t.like_num and t.pos_ == "NUM" and verb.i in {a.i for a in t.ancestors} else None
    return None


def counted_words(tok: Token, vocab: Vocab) -> frozenset[str]:
    """The lemmas of the people a casualty word counts: "four soldiers and a civilian were killed" -> soldier,
    civilian; "the death of eight soldiers" -> soldier; "leaving 15 people dead" -> people; empty when it names
    none (what tells a count of other people from one of the same, ``adds_to``)."""
    victims = victims_of(tok, vocab)
    if victims is None and tok.pos_ == "VERB" and words(tok)[0] in vocab.result_verbs | vocab.life_verbs:
        victims = _child(tok, "dobj")  # "leaving 15 people dead", "claimed the lives of 38 people"
    if victims is not None and victims.lemma_.lower() == "life":
        tok = victims
        victims = None
    if victims is None and tok.pos_ == "NOUN":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victims = _child(of, "pobj") if of is not None else None  # "the death of eight soldiers"
    if victims is None and (state := _state_counted(tok, vocab)) is not None:
        victims = state[1]  # "two police officers were shot dead", "15 dead"
    if victims is None or victims.pos_ == "PROPN":
        # a name is most often one of the people counted before ("Three soldiers and a civilian were killed ...
        # Camilo Andog, the driver of the motorcycle, was also killed")
        return frozenset()
    return frozenset(c.lemma_.lower() for c in conjuncts(victims) if c.pos_ == "NOUN")


def told_as_more(tok: Token, vocab: Vocab) -> bool:
    """The casualty word is told with "also" ([casualties] added_marks): "A civilian was also killed", "Two
    civilians also died": more people than a count told before."""
    # (read from the per-document tables: ``tok.children`` makes a Token per child, asked for every casualty word)
    doc = tok.doc
    deps, words = token_deps(doc), token_words(doc)
    return any(deps[c] == "advmod" and words[c][1] in vocab.added_marks for c in child_indices(doc)[tok.i])


def joined_killing(tok: Token, prior: Token) -> bool:
    """``tok`` tells a second killing (or wounding) coordinated with the one ``prior`` tells, each with an object of
    its own: "killing two soldiers and beheading three civilians", "killed a guard and shot dead 11 soldiers"
    ("dead" hangs on the second verb's object)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return (
        verb.dep_ == "conj"
        and verb.head.i == prior.i
        and _child(prior, "dobj") is not None
        and _child(verb, "dobj") is not None
    )


def adds_to(before: frozenset[str], more: frozenset[str], vocab: Vocab) -> bool:
    """A count of ``more`` told with "also" adds to an earlier count of ``before``: both name their people, the
    earlier is no count of everyone ("20 people were killed": a later "also" count is part of it) and they share
    no noun ("eight soldiers", then "a civilian was also killed")."""
    return bool(before and more) and not (before & vocab.everyone) and not (before & more)


def _date_appos(verb: Token) -> Token | None:
    """ "On August 19, 2022, two policemen, A and B, were killed": a passive verb the parser left without a subject,
    having taken the counted people for an apposition of the opening date; they are the subject."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for date in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"):
            found = next((c for c in date.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.ent_type_ != "DATE"
                          and _child(c, "nummod") is not None), None)
            if found is not None:
                return found
    return None


def _dateline_count(subj: Token) -> Token:
    """ "Erbil (Iraq): At least 12 people, including ..., were killed": the parser took the dateline opening the
    sentence for the subject and the counted people for its apposition; they are the subject."""
    if subj.pos_ != "PROPN" or subj.left_edge.i != subj.sent.start:
        return subj
    return next(
        (c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _child(c, "nummod") is not None), subj
    )


def _antecedent(subj: Token | None) -> Token | None:
    """A relative pronoun stands for the noun its clause describes: "25 fighters who lost their lives and three
    others who were wounded" counts the fighters and the others."""
    if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        noun = subj.head.head
        # "the director of Palmyra, Khaled Assad, which was murdered": the pronoun stands for the name in
        # apposition just before it, which the parser hangs on the noun the clause also hangs on
        appos = next((c for c in noun.children if c.dep_ == "appos" and c.i < subj.i), None)
        if appos is not None and appos.ent_type_ == "PERSON" and appos.right_edge.i >= subj.i - 2:
            return appos
        return noun
    return subj


def _has_passive_subject(tok: Token) -> bool:
    """Whether a verb has a passive subject of its own ("which was murdered")."""
    return any(c.dep_ == "nsubjpass" for c in tok.children)


def _raised_subject(tok: Token) -> Token | None:
    """The subject of the verb an infinitive hangs on: "at least 60 people are reported to have been killed",
    "five soldiers were said to have died" (the count is the reporting verb's subject)."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return _child(tok.head, "nsubjpass", "nsubj")


def _one_victim(victims: Token, vocab: Vocab) -> bool:
    """ "A soldier was killed", "a civilian was wounded", "killing a soldier", "killed another Christian", "the
    killing of a hakim", "wounding his young son": one person named with "a" or a possessive as the subject of
    the passive or the object of the verb or of a noun of death, or one person told with "the" (``_the_one``); a
    leader or commander so killed is the target a raid or strike was for, left out of its toll."""
    return (
        victims.dep_ in ("nsubjpass", "dobj", "pobj")
        and _one_person(victims, vocab)
        # "a well-known Sikh hakim or Unani medicine practitioner": two names for one person, not two people
        and not any(c.dep_ == "nummod" or (c.dep_ == "conj" and not _or_listed(c)) for c in victims.children)
    )


def _ones_listed(victims: Token, vocab: Vocab) -> int | None:
    """People listed one by one, each with "a", a possessive or "the" and none with a number, where one alone would
    count (``_one_victim``): "a guard and a prisoner were killed", "an officer and a soldier were killed", "a farmer
    and his wife were slaughtered" = 2 (the conventions add split tolls up; ``count_members`` counts only a
    list with a number in it); None for one person or a list with a number. (Not the subject of a verb of dying, "a
    colonel and a major died": such a count, told apart from the attack's sentence, is made an event of its own.)"""
    members = conjuncts(victims)
    if len(members) < 2 or victims.dep_ not in ("nsubjpass", "dobj", "pobj"):
        return None
    return counted_ones(members, vocab)


def counted_ones(members: list[Token], vocab: Vocab) -> int | None:
    """How many listed heads there are when each names one person without a number (``_ones_listed``), else None;
    None too for two names of one person ("a soldier or a policeman was killed") and for people paired one to each
    of several attacks ("killed the provincial police chief and the deputy governor, respectively")."""
    if any(m.dep_ == "conj" and _or_listed(m) for m in members):
        return None
    if members and any(words(t)[1] in vocab.respective_words for t in members[0].sent):
        return None
    if not members or not all(_one_person(m, vocab) and not any(c.dep_ == "nummod" for c in m.children)
                              for m in members):
        return None
    return len(members)


def _one_person(victims: Token, vocab: Vocab) -> bool:
    """One person the noun names with "a", "another", a possessive pronoun or "the" (``_one_victim``)."""
    return (
        # "a Christian was killed", "killed another Christian", "an American was wounded": a person told by their
        # people or faith is a name of a nationality or religious group to the tagger
        (victims.pos_ == "NOUN" or (victims.pos_ == "PROPN" and victims.ent_type_ == "NORP"))
        and not is_plural(victims)
        # "a total of 26 soldiers", "a number of personnel": a noun of a quantity, not one person
        and victims.lemma_.lower() not in vocab.totals
        and victims.lemma_.lower() not in vocab.collectives
        and (
            victims.lemma_.lower() not in vocab.group_members
            or _member_of_others(victims, vocab)
            or _beheaded(victims, vocab)
        )
        and (
            any(
                (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or (c.dep_ == "poss" and c.tag_ == "PRP$")
                for c in victims.children
            )
            or _the_one(victims, vocab)
        )
    )


def _the_one(victims: Token, vocab: Vocab) -> bool:
    """One person told with "the" or a noun's possessive: "killed the provincial police chief", "the deputy
    governor was killed", "killing the Taliban minister for refugees", "the village's chief". Only a noun of a
    person ([casualties] titled_persons and person_nouns: "executed the ambush", "the number of people killed", "the
    rest of the crew" count no one), not an attacker ("the bomber was killed": a bomber's own death is no victim's)."""
    lemma = victims.lemma_.lower()
    if (lemma not in vocab.titled_persons and lemma not in vocab.person_nouns) or has_word(victims, vocab.attackers):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.tag_ != "PRP$") for c in victims.children
    )


def one_by_title(tok: Token, vocab: Vocab) -> bool:
    """The count of one that ``casualty`` gives for ``tok`` is one person told with "the" (``_the_one``: "killed
    the provincial police chief", "the deputy governor was wounded"): one the text picks out, maybe of more dead
    it does not count there, so such a count tells no two mentions apart and gives way to a count (``link``)."""
    victims = None
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        victims = victims_of(tok, vocab)
    if victims is None:
        found = _state_counted(tok, vocab)
        victims = found[1] if found is not None else None
    return victims is not None and count_members(conjuncts(victims), vocab) is None and _the_one(victims, vocab)


def _a_person(tok: Token) -> bool:
    """One person told with "a": "a police constable", "a 14-year-old boy" (not "a number of people")."""
    return (
        tok.pos_ == "NOUN"
        and not is_plural(tok)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        and not any(c.dep_ in ("conj", "nummod", "prep") for c in tok.children)
    )


def _beheaded(victims: Token, vocab: Vocab) -> bool:
    """The person was beheaded ("captured and beheaded a Taliban fighter", "the decapitation of an FDS member"):
    an execution, never the target of a raid, so a group's member so killed is a victim ([casualties]
    beheadings)."""
    word = victims.head.head if victims.dep_ == "pobj" and victims.head.lower_ == "of" else victims.head
    return word.lemma_.lower() in vocab.beheadings or word.lower_ in vocab.beheadings


def _or_listed(conj: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in conj.head.children)


_NOT_PERSONS = ("GPE", "LOC", "FAC", "NORP", "PERSON")


def _named(victims: Token, person_nouns: frozenset[str] = frozenset(), vocab: Vocab | None = None) -> int | None:
    """The persons a phrase names, when it is made of names ("Ahmad and Rahman were killed"), else None."""
    if victims.pos_ == "PROPN" and victims.ent_type_ == "PERSON":
        return sum(1 for m in conjuncts(victims) if m.pos_ == "PROPN" and m.ent_type_ == "PERSON")
    # "killed cafe co-owner Sisto Malaspina": a common noun with the name as its apposition or compound
    kids = list(victims.children)
    if (
        victims.pos_ == "NOUN"
        and not is_plural(victims)
        and not any(c.dep_ in ("conj", "nummod") for c in kids)
        and any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in kids)
    ):
        return 1
    # "beheaded Herve Gourdel, French tourist", "French hostage Herve Gourdel has been beheaded": a name the tagger
    # did not take for a person's, told as one by the noun beside it ([casualties] person_nouns)
    if (
        victims.pos_ == "PROPN"
        and victims.ent_type_ not in _NOT_PERSONS
        and not any(c.dep_ in ("conj", "nummod") for c in kids)
        and any(
            c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" and not is_plural(c)
            and c.lemma_.lower() in person_nouns
            for c in kids
        )
    ):
        return 1
    # "Besconde was beheaded last April 13": a name the tagger left untyped, beheaded (an execution of one person)
    if (
        vocab is not None
        and victims.pos_ == "PROPN"
        and not victims.ent_type_
        and not any(c.dep_ in ("conj", "nummod", "compound") for c in kids)
        and _beheaded(victims, vocab)
    ):
        return 1
    return None


def _member_of_others(victims: Token, vocab: Vocab) -> bool:
    """ "killing a member of the state security forces", "a member of the local self-defense militia": a member
    of a body told by common nouns, not of a named group or of attackers ("a member of ISIS", "a member of the
    terrorist group" are what a raid was for)."""
    of = next((c for c in victims.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = _child(of, "pobj") if of is not None else None
    if body is None or body.pos_ != "NOUN" or body.ent_type_:
        return False
    return not any(
        has_word(t, vocab.attackers) or has_word(t, vocab.descriptions) or t.pos_ == "PROPN" for t in body.subtree
    )


def _after_superlative(word: Token, prep: Token) -> bool:
    """A superlative stands between the casualty word and its phrase: the parser hangs "since ..." of "the deadliest
    attack since 2003" on the verb, but the span is the superlative's, not one the count was tallied over."""
    return prep.i > word.i and any(t.tag_ in ("JJS", "RBS") for t in word.doc[word.i + 1 : prep.i])


def tally_count(tok: Token, vocab: Vocab) -> bool:
    """A count over a span of time or a run of events ("more than 500 civilians killed since October 2014",
    "27 companions killed in a spate of encounters between January 17 to July 26"): a tally, not a toll.
    Only the casualty word's own phrases are read, and those of the participle after its "of" ("the deaths of
    27 companions killed ..."): "the deadliest attack since 2003" beside a toll says nothing of it."""
    if _conflict_record(tok, vocab):
        return True
    words = [tok]
    of = _child(tok, "prep") if tok.pos_ == "NOUN" else None
    counted = _child(of, "pobj") if of is not None and of.lower_ == "of" else None
    if counted is not None:
        words += [c for c in counted.children if c.dep_ == "acl"]
    for word in words:
        # "killed around 180 fighters since the siege began": a clause opening the span
        if any(c.dep_ == "advcl" and (m := _child(c, "mark")) is not None and m.lower_ in vocab.tally_preps
               for c in word.children):
            return True
        for prep in (c for c in word.children if c.dep_ == "prep"):
            obj = _child(prep, "pobj")
            if _after_superlative(word, prep):
                continue  # "left 180 dead in its most high-profile operation since 2019": the superlative's span
            if prep.lower_ in vocab.tally_preps or (obj is not None and obj.lower_ in vocab.tally_nouns):
                return True
            if prep.lower_ in vocab.tally_date_preps and obj is not None and _calendar_date(obj):
                return True  # "between January 17 to July 26"; "overnight between Wednesday and Thursday" is one night
    return _perfect_over_period(tok, vocab)


_PERIOD_PREPS = ("in", "over", "within", "during")


def _perfect_over_period(tok: Token, vocab: Vocab) -> bool:
    """A count in the present perfect over a year or a run of weeks, months or years ("In 2021, more than 530 people
    have been killed by armed groups", "in less than two weeks, more than 100 people have been killed", "over the past
    decade, attacks have killed thousands"): what a period added up to, not one attack's toll ("had been killed", the
    past perfect of a story told, and a month, "have been killed this October", may be one)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in tok.children):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PERIOD_PREPS):
        obj = _child(prep, "pobj")
        if obj is None:
            continue
        if obj.like_num and len(obj.text) == 4 and obj.text.isdigit():
            return True  # "In 2021"
        period = obj.lemma_.lower()
        if (period in vocab.earlier_periods or period in vocab.record_periods) and (
                obj.tag_ == "NNS" or any(c.lower_ in vocab.past_marks for c in obj.children)):
            return True  # "in less than two weeks", "over the past decade"
    return False


def _conflict_record(tok: Token, vocab: Vocab) -> bool:
    """The count is what a conflict as a whole has done, in the perfect ([casualties] tally_subjects): "Boko
    Haram's decade-long campaign of violence has killed 27,000 people", "the insurgency, which has claimed over 2,000
    lives", "Syria's conflict began in March 2011 and has killed nearly half a million people"."""
    verb = tok
    # (a sentence's root is its own head: compared by index, as spaCy makes a new Token object on each access)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "claimed over 2,000 lives", "left 20,000 people dead": the count's verb
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        # "... where the insurgency has raged since 2009, displacing 2.5 million and causing 35,000 deaths": a
        # participle after a comma tells what the clause just before it did, whatever clause the parser hangs it on
        before = _clause_before(verb)
        if before is not None and _conflict_verb(before, vocab):
            return True
    return _conflict_verb(verb, vocab)


def _clause_before(participle: Token) -> Token | None:
    """The last verb with a subject of its own before the participle's chain ("displacing ... and causing": the
    first participle's place), in the same sentence, else None."""
    first = participle
    while first.dep_ == "conj" and first.head.i < first.i and first.head.tag_ == "VBG":
        first = first.head
    sent_start = first.sent.start
    if first.i == sent_start or first.doc[first.i - 1].text != ",":
        return None  # "attacked the base killing 12": no comma, the participle is the verb's own manner
    for i in range(first.i - 1, sent_start - 1, -1):
        tok = first.doc[i]
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return tok
    return None


def _conflict_verb(verb: Token, vocab: Vocab) -> bool:
    """``verb`` is in the perfect with a conflict as its doer ("the insurgency has killed")."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    subj = _child(verb, "nsubj")
    if subj is None and verb.dep_ == "conj":
        subj = _child(verb.head, "nsubj")  # "Syria's conflict began in 2011 and has killed ..."
    doers = [subj] if subj is not None else []
    if subj is not None and subj.tag_ == "WDT" or subj is None and verb.dep_ == "relcl":
        # "the insurgency, which has claimed over 2,000 lives": the noun the clause is on, or the one right before
        # its pronoun ("the battle against the insurgency which has ...": the parser may hang it on "battle")
        before = verb.doc[subj.i - 1] if subj is not None and subj.i > 0 else None
        doers = [verb.head] + ([before.head if before.is_punct else before] if before is not None else [])
    return any(d.lemma_.lower() in vocab.tally_subjects for d in doers)


_CALENDAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:19|20)\d\d\b", re.IGNORECASE
)


def _calendar_date(tok: Token) -> bool:
    """A date named by month or year, not by weekday: a span between two of them is weeks long."""
    if tok.ent_type_ != "DATE":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return bool(_CALENDAR.search(ent.text if ent is not None else tok.text))


def _state_counted(tok: Token, vocab: Vocab) -> tuple[str, Token] | None:
    """The kind and the counted phrase of a state word: "15 dead and 40 others wounded", "80 wounded people",
    "13 severely injured" (the parser makes the count a modifier or the subject of the state word)."""
    lower = tok.lower_
    kind = "killed" if lower in vocab.dead else "wounded" if lower in vocab.wounded else None
    if kind is None or _child(tok, "dobj") is not None:
        return None
    counted = _child(tok, "nummod", "nsubj")
    if counted is not None and counted.dep_ == "nummod" and counted.ent_type_ == "DATE":
        counted = None  # "the 2015 beheading of 21 Coptic Christians": a year before the noun dates it, counts no one
    if counted is None and (adv := _child(tok, "npadvmod")) is not None and adv.lower_ in vocab.numbers:
        counted = adv  # "13 dead, a dozen wounded": the parser takes the number word for an adverb
    if counted is None and tok.dep_ == "acomp":
        # "killed at least four with 15 more injured": the number the parser hung inside the state word's own
        # phrase, nearest before it, counts it (not the subject of the verb the phrase hangs on)
        counted = next((t for t in reversed(list(tok.subtree)) if t.i < tok.i and t.like_num and t.pos_ == "NUM"),
                       None)
    if counted is None and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "NUM"):
        counted = tok.head  # "80 wounded people"; "leaving one dead" (the parser hangs "dead" on the number)
    if counted is None and tok.dep_ in ("acomp", "oprd") and tok.head.lemma_.lower() not in vocab.result_verbs:
        # "Four inmates are dead", "50 people have been confirmed dead", "left at least 10 confirmed dead" (not
        # "two bombs left 15 dead": that verb's object counts, [casualties] result_verbs)
        counted = _child(tok.head, "nsubj", "nsubjpass")
    if counted is None and tok.head.lemma_.lower() in vocab.result_verbs and tok.head.i < tok.i:
        counted = _result_conjunct(tok)
    if counted is None and tok.pos_ == "NOUN" and (of := _child(tok, "prep")) is not None and of.lower_ == "of":
        counted = _child(of, "pobj")  # "the deaths of at least 44 civilians"
    if counted is None and kind == "wounded" and tok.pos_ == "NOUN":
        counted = _hurt_to(tok)
    if counted is None and tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        # "the abduction and execution of three livestock dealers": the "of" phrase hangs on the first noun
        of = _child(tok.head, "prep")
        counted = _child(of, "pobj") if of is not None and of.lower_ == "of" else None
    if counted is None and tok.pos_ == "NOUN":
        # "... lost their lives and 9 others have sustained injuries": the parser made the verb of a phrase of
        # wounding ([casualties] wound) a modifier of its object, with the counted people as its subject
        verb = next((c for c in tok.children if c.dep_ in ("amod", "acl")
                     and f"{c.lemma_.lower()} {tok.lemma_.lower()}" in vocab.wound), None)
        # (the subject hangs on the verb or on its auxiliary: "9 others have sustained")
        for word in [verb, *(c for c in verb.children if c.dep_ == "aux")] if verb is not None else []:
            counted = counted or _child(word, "nsubj", "nsubjpass")
    return (kind, counted) if counted is not None else None


def _result_conjunct(state: Token) -> Token | None:
    """The count of a state word told second after a result verb ([casualties] result_verbs), which the parser made a
    conjunct of the verb or of its first state, the state a clause of its own: "which left 31 worshippers dead and at
    least 170 critically injured" -> "170". Only a number right before the state word, its adverbs alone between."""
    verb = state.head
    # (a conjunct of the verb or of the first state: "left 31 worshippers dead and at least 170 injured")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp") and c.i < state.i)]
    count = next((c for h in holders for c in h.children if c.dep_ == "conj" and c.i < state.i
                  and (c.like_num or c.pos_ == "NUM")), None)
    if count is None:
        return None
    between = state.doc[count.i + 1 : state.i]
    return count if all(t.dep_ == "advmod" for t in between) else None


def _hurt_to(noun: Token) -> Token | None:
    """The people a noun of wounds is done "to": "the death of one soldier and injuries to five others", "caused
    injuries to 54 others". The parser hangs the "to" phrase on the noun, on the first noun of its list or on the
    verb, so the phrase right after the noun is taken; only a counted one ("injuries to the head" counts no one)."""
    doc = noun.doc
    to = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if to is None or to.lower_ != "to" or to.dep_ != "prep":
        return None
    people = _child(to, "pobj")
    if people is None or not (people.like_num or _child(people, "nummod") is not None):
        return None
    return people


def _state_count(tok: Token, vocab: Vocab) -> tuple[str, int] | None:
    """A count said of the state itself (``_state_counted``)."""
    found = _state_counted(tok, vocab)
    if found is None:
        return None
    n = count_members(_own_state(conjuncts(found[1]), found[0], vocab, tok) + _stray_members(tok, vocab, found[1]),
                      vocab)
    if n is None and found[1].dep_ in ("pobj", "nsubjpass") and _one_victim(found[1], vocab):
        n = 1  # "claimed the killing of a well-known Sikh hakim", "a shop owner was shot dead"
    return (found[0], n) if n is not None else None


def _own_state(members: list[Token], kind: str, vocab: Vocab, word: Token) -> list[Token]:
    """The listed people a count of ``kind`` is of: "leaving one policeman dead and five others injured" (the
    parser hangs "dead" on "policeman" and makes the whole list the subject of "injured") counts one dead and
    five wounded, not six of each. A member with a state word of its own of the other kind is left out; the
    state word on a member that heads the subject of another state word counts that member alone."""
    other = vocab.wounded if kind == "killed" else vocab.dead
    other_kind = "wounded" if kind == "killed" else "killed"
    # (a participle too: "three people stabbed to death and a further eight were wounded")
    own = [m for m in members if not any(
        (c.dep_ == "amod" and c.lower_ in other) or (c.dep_ == "acl" and _kind_of(c, vocab) == other_kind)
        for c in m.children)]
    if (
        word.dep_ in ("amod", "acl") and members and word.head.i == members[0].i
        and members[0].dep_ in ("nsubj", "nsubjpass")
    ):
        verb = members[0].head
        if verb.lower_ in other or verb.lemma_.lower() in (vocab.wound if kind == "killed" else vocab.kill):
            return [members[0]]
    return own or members


def _is_casualty_word(tok: Token, vocab: Vocab) -> bool:
    lemma, lower = words(tok)
    return kills(tok, vocab) or lemma in vocab.wound or lower in vocab.dead or lower in vocab.wounded


def _stray_members(tok: Token, vocab: Vocab, victims: Token | None = None) -> list[Token]:
    """Counted nouns the parser hung on the casualty word instead of on its victims: "killed a Police constable
    and two construction workers" ("workers" a conjunct of the verb), "the killing of two US service members
    and one civilian". Not a noun with a casualty word of its own ("15 dead and 40 others wounded"). Also the
    counted subjects the parser split a listed subject into (``_split_subjects``) other than ``victims``'s list."""
    listed = {t.i for t in conjuncts(victims)} if victims is not None else set()
    # a noun of death that carries its own number counts itself, and the nouns joined to it are other tallies, not
    # more dead: "13 deaths and eight villages destroyed", "resulted in 13 deaths and 20 abductions"
    counts_itself = tok.pos_ == "NOUN" and _child(tok, "nummod") is not None
    return [
        c
        for c in tok.children
        if c.dep_ == "conj"
        and not counts_itself
        and c.pos_ == "NOUN"
        and not any(_is_casualty_word(t, vocab) for t in c.subtree)
        and (any(d.dep_ == "nummod" or (d.dep_ == "det" and d.lower_ in ("a", "an")) for d in c.children)
             or _as_many(c))
    ] + [s for s in _split_subjects(tok) if s.i not in listed] + [
        # "killing four soldiers and as many civilians": the parser makes "as" a conjunct of the verb
        o for c in tok.children if c.dep_ == "conj" and c.lower_ == "as"
        for o in c.children if o.dep_ == "pobj" and _as_many(o)
    ]


def _split_subjects(tok: Token) -> list[Token]:
    """The counted subjects of a casualty word the parser made two where the text lists them: "about 20 of the
    group's combatants and 40 civilians had died" ("20" and "civilians" both subjects of "died", the "and" left on
    the first): the people of both, summed (the conventions add split tolls up). Only counts joined by "and"."""
    subjects = [c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    joined: list[Token] = []
    for first, second in zip(subjects, subjects[1:], strict=False):
        dangling = any(c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < second.i for c in first.children)
        if dangling and not any(c.dep_ == "conj" for c in first.children) and all(
            s.like_num or _child(s, "nummod") is not None or (s is second and _as_many(s)) for s in (first, second)
        ):
            joined += [s for s in (first, second) if s not in joined]
    return joined


@per_token
def victim_members(tok: Token, vocab: Vocab) -> list[Token]:
    """The listed heads of the people a casualty verb or state word counts ("two soldiers", "a civilian")."""
    victims = victims_of(tok, vocab)
    if victims is None and tok.lemma_.lower() in vocab.result_verbs:
        victims = _child(tok, "dobj")  # "left four attackers and four civilians dead"
    kind = None
    if victims is None:
        found = _state_counted(tok, vocab)
        victims = found[1] if found is not None else None
        kind = found[0] if found is not None else None
    if victims is None:
        return []
    if kind is None:
        kind = "killed" if kills(tok, vocab) or dies(tok, vocab) else "wounded"
    return _own_state(conjuncts(victims), kind, vocab, tok) + _stray_members(tok, vocab, victims)


def toll_set(tok: Token, vocab: Vocab) -> bool:
    """A toll word as the object of a verb that gives it ("hospital authorities put the death toll at 20", "a
    security source set the toll at 17"): the number is the verb's "at" phrase, not the word's own."""
    lemma, lower = words(tok)
    return ((lemma in vocab.toll or lower in vocab.toll) and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in vocab.toll_setting_verbs)


def toll_update(tok: Token, vocab: Vocab) -> bool:
    """A toll word told as the count now stands: "the death toll rose to 54", "bringing the toll to six"."""
    lemma, lower = words(tok)
    return (
        (lemma in vocab.toll or lower in vocab.toll)
        and tok.dep_ in ("nsubj", "dobj")
        and tok.head.lemma_.lower() in vocab.toll_update_verbs
    ) or _stranded_update(tok, vocab) is not None


def _stranded_update(tok: Token, vocab: Vocab) -> Token | None:
    """The verb of update right after a toll word's phrase that the parser did not make the word's head: "claimed
    responsibility for the bombing as the death toll from the attack rose to 45" (the parser takes "as" for a
    preposition with "toll" its object and hangs "rose" on the main verb), else None."""
    lemma, lower = words(tok)
    if not (lemma in vocab.toll or lower in vocab.toll) or tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return None
    after = tok.right_edge.i + 1
    if after >= tok.sent.end:
        return None
    verb = tok.doc[after]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.toll_update_verbs or verb.i == tok.head.i:
        return None
    # ... a verb with no subject of its own: the toll is what rose
    return None if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in verb.children) else verb


def _kind_of(tok: Token, vocab: Vocab) -> str | None:
    """ "killed" or "wounded" for a word of killing, dying or wounding or of the state of the dead or wounded."""
    lemma, lower = words(tok)
    if kills(tok, vocab) or lower in vocab.dead or dies(tok, vocab):
        return "killed"
    return "wounded" if lemma in vocab.wound or lower in vocab.wounded else None


_FRONT_PEOPLE = ("nsubj", "nsubjpass", "nummod", "npadvmod")


def _counts_own(tok: Token, deps: tuple[str, ...] = (*_FRONT_PEOPLE, "dobj")) -> bool:
    """The word has people of its own: a subject, an object, a count or an "of" phrase ("26 wounded"), or a
    subject of the verb the parser made its modifier ("... and 9 others have sustained injuries")."""
    for c in tok.children:
        if c.dep_ in deps or (c.dep_ == "prep" and c.lower_ == "of" and _child(c, "pobj") is not None):
            return True
        if c.dep_ in ("amod", "acl") and any(
            _child(w, "nsubj", "nsubjpass") is not None for w in (c, *(a for a in c.children if a.dep_ == "aux"))
        ):
            return True
        if c.dep_ in ("aux", "auxpass") and _child(c, "nsubj", "nsubjpass") is not None:
            return True  # "... and three others were severely wounded": the subject hung on the auxiliary
    return False


def _share_people(first: Token, second: Token) -> bool:
    """Two coordinated words share one phrase of people: the subject or "of" phrase the parser hangs on the first
    ("26 soldiers were killed or injured", "the death and injury of 10"), or the object it hangs on the last
    ("killing or wounding 12 people"), the other word having none of its own. ("killed 9 people and injured
    50" gives each its own; an object on the first is never the second's.)"""
    if not _counts_own(second):
        # (an active verb's subject is the killer: "the attackers killed 9 people and injured [...]")
        return _child(first, "dobj") is None and _counts_own(first, _FRONT_PEOPLE)
    return _child(second, "dobj") is not None and not _counts_own(first)


def combined_count(tok: Token, vocab: Vocab) -> bool:
    """One count told of the dead and the wounded together, a count of neither: "26 soldiers were killed or
    injured", "killing or wounding 12 people", "the death and injury of 10 fighters" (a word coordinated with one
    of the other kind, the two sharing their people: not "23 soldiers have been killed and 26 wounded")."""
    kind = _kind_of(tok, vocab)
    if kind is None:
        return False
    pairs = [(tok, c) for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        pairs.append((tok.head, tok))
    if any(
        (other := _kind_of(second if first.i == tok.i else first, vocab)) is not None
        and other != kind
        and _share_people(first, second)
        for first, second in pairs
    ):
        return True
    # a headline's "10 PMF elements killed, injured by ISIS attack": two participles on one counted noun
    return tok.dep_ in ("acl", "amod") and any(
        c.i != tok.i and c.dep_ in ("acl", "amod") and (other := _kind_of(c, vocab)) is not None and other != kind
        and not _counts_own(c)
        for c in tok.head.children
    )


def _states_combined(state: Token, vocab: Vocab) -> bool:
    """A state word coordinated with one of the other kind, both of the result verb's object: "left 20 dead or
    injured" counts neither the dead nor the injured."""
    kind = _kind_of(state, vocab)
    return kind is not None and any(
        c.dep_ == "conj" and (other := _kind_of(c, vocab)) is not None and other != kind and not _counts_own(c)
        for c in state.children
    )


def casualty(tok: Token, vocab: Vocab) -> tuple[str, int] | None:
    """("killed"|"wounded", n) when ``tok`` reports a number of dead or wounded, else None."""
    # (a count of the dead and wounded together, ``combined_count``, is none: tested only on a count found, since
    # most words asked give none, and the test, which reads the word's kind and its conjuncts' kinds, was over half
    # of this function's time when it came first)
    found = _casualty(tok, vocab)
    return None if found is None or combined_count(tok, vocab) else found


def _casualty(tok: Token, vocab: Vocab) -> tuple[str, int] | None:
    """``casualty`` before the test of a combined count."""
    lemma, lower = words(tok)
    if lemma in vocab.result_verbs and tok.pos_ == "VERB":
        # "leaving 15 people dead": the object counts the dead or wounded its predicate names
        obj, state = _child(tok, "dobj"), _child(tok, "oprd", "acomp", "xcomp")
        if state is None and obj is not None:
            state = _adverbed_state(tok, obj)
        if obj is None or state is None or _states_combined(state, vocab):
            return None
        kind = "killed" if has_word(state, vocab.dead) else "wounded" if has_word(state, vocab.wounded) else None
        n = count_of(obj, vocab) if kind else None
        if kind and n is None and _a_person(obj):
            n = 1  # "the attack that left a police constable dead", "left a 14-year-old boy dead"
        return (kind, n) if kind and n is not None else None
    if vocab.lost_people and tok.pos_ == "VERB" and (lost := _lost_people(tok, vocab)) is not None:
        n = count_of(lost, vocab)
        return ("killed", n) if n is not None else None
    if lemma in vocab.life_verbs and tok.pos_ == "VERB":
        lives = _child(tok, "dobj")
        if lives is None or lives.lemma_.lower() != "life":
            return None
        of = next((c for c in lives.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = _child(of, "pobj") if of is not None else lives  # "the lives of 38 people" / "12 lives"
        n = count_of(counted, vocab) if counted is not None else None
        if n is None and counted is not None and _one_life(lives, counted, vocab):
            n = 1 + (_along_with(tok, vocab) or 0)
        return ("killed", n) if n is not None else None
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        kind = (
            "killed" if kills(tok, vocab) or dies(tok, vocab)
            else "wounded" if lemma in vocab.wound or suffers(tok, vocab) or cared_for(tok, vocab)
            or shot_in_limb(tok, vocab)
            else None
        )
        if kind is None:
            return None
        victims = victims_of(tok, vocab)
        if victims is not None and victims.lower_ in vocab.dead and cared_for(tok, vocab):
            return None  # "12 bodies were taken to hospital": the dead, counted apart
        if victims is None:
            return _state_count(tok, vocab)
        n = count_members(_own_state(conjuncts(victims), kind, vocab, tok) + _stray_members(tok, vocab, victims),
                          vocab)
        if n is None and _one_victim(victims, vocab):
            n = 1  # "A soldier was killed while six others were wounded": the article is the count
        if n is None:
            n = _ones_listed(victims, vocab)  # "a guard and a prisoner were killed"
        # (or the name a relative pronoun subject stands for: "Khaled Assad, which was murdered by ISIS")
        role = victims.dep_ if victims.dep_ != "appos" or not _has_passive_subject(tok) else "nsubjpass"
        if n is None and role in ("nsubjpass", "dobj"):
            # "Gen. Abdi Ali Qalyare, commander of the battalion, was killed in a roadside bomb attack", "stabbed
            # to death cafe owner Sisto Malaspina": named victims (a leader a strike "killed" is its target, which
            # annotators leave out of its toll)
            n = _named(victims, vocab.person_nouns, vocab)
        return (kind, n) if n is not None else None
    if lemma in vocab.toll or lower in vocab.toll:
        # "the death toll rose to 137" / "a toll of 20" / "pushing the toll to 21": the first number after the word
        stranded = _stranded_update(tok, vocab)
        scope = (stranded if stranded is not None
                 else tok.head if tok.dep_ in ("nsubj", "nsubjpass") or toll_update(tok, vocab) or toll_set(tok, vocab)
                 else tok)
        for t in scope.subtree:
            if t.i > tok.i and t.like_num and not _in_clause_below(t, scope):
                if short_of(t, vocab):
                    return None  # "the toll rose to nearly 90"
                n = number_value(t, vocab)
                if n is not None:
                    return ("killed", n)
    if tok.pos_ in ("ADJ", "NOUN"):
        return _state_count(tok, vocab)
    return None


def _one_life(lives: Token, counted: Token, vocab: Vocab) -> bool:
    """The life a verb of taking lives took is one person's: "claimed the life of Kashif Masih", "claimed Haqqani's
    life", "took the life of a teacher" (the singular "life" of a name, of one person, or with a possessive name)."""
    if lives.lower_ != "life":
        return False
    if counted.i != lives.i:
        return _a_name(counted) or _one_person(counted, vocab)
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in lives.children)


def _along_with(verb: Token, vocab: Vocab) -> int | None:
    """The people a verb's "along with" phrase counts: "claimed Haqqani's life, along with at least four other senior
    officials" (4 more dead: the conventions add split tolls up)."""
    along = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "along"), None)
    with_ = _child(along, "prep") if along is not None else None
    people = _child(with_, "pobj") if with_ is not None and with_.lower_ == "with" else None
    return count_of(people, vocab) if people is not None else None


def _lost_people(verb: Token, vocab: Vocab) -> Token | None:
    """The counted object of a verb that tells a side's own dead ([casualties] lost_people): "We lost five soldiers in
    the ambush", "we lost two of our soldiers", "lost two policemen and one soldier" (a listed head may be the one
    the list names), else None."""
    verb_lemma = words(verb)[0]
    if verb_lemma not in vocab.lost_people_verbs:
        return None  # (no phrase opens with the verb: asked of every verb of a sentence with a trigger)
    obj = _child(verb, "dobj")
    if obj is None:
        return None
    subj = _child(verb, "nsubj")
    if subj is not None and has_word(subj, vocab.descriptions | vocab.attacker_losses):
        return None  # "his group lost seven men", "the militants lost 15 men": the attackers' own dead
    for member in conjuncts(obj):
        people: Token | None = member
        if member.like_num or member.lower_ in vocab.numbers:
            of = next((c for c in member.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            people = _child(of, "pobj") if of is not None else None  # "two of our soldiers"
        if people is not None and f"{verb_lemma} {people.lemma_.lower()}" in vocab.lost_people:
            return obj
    return None


def _adverbed_state(verb: Token, obj: Token) -> Token | None:
    """The predicate of a result verb the parser made a clause of its own when an adverb opens it: "which left three
    soldiers badly wounded", "leaving two people seriously injured" (the state right after the object, its adverb
    the only word between)."""
    doc = verb.doc
    at = obj.right_edge.i + 2
    if at >= len(doc):
        return None
    state, adverb = doc[at], doc[at - 1]
    # (hung on the verb, on the clause the verb hangs on or further up: "attacked a bus, leaving two people seriously
    # injured", "claimed responsibility in an attack ..., which left three soldiers badly wounded")
    if state.dep_ not in ("advcl", "acl") or state.tag_ not in ("VBN", "JJ") or _child(state, "nsubj", "dobj"):
        return None
    return state if adverb.dep_ == "advmod" and adverb.head.i == state.i else None


def none_hurt(sent: Span, vocab: Vocab) -> list[tuple[Token, str]]:
    """(word, kind) for each kind of count the sentence says is 0: "no casualties were reported", "resulted in no
    deaths", "without casualties", "no one was injured", "nobody died" ([casualties] none_nouns, none_people). Not
    a noun with a modifier ("no civilian casualties", "no immediate casualties": some people, or not yet known),
    nor "no reports of casualties" (the "no" is the reports')."""
    found: list[tuple[Token, str]] = []
    # (read from the per-document lists: a Token per word, its lemma look-up and a Token per child of each word
    # made this walk a third of the time spent in the casualty rules; only the words that pass become Tokens)
    doc = sent.doc
    words, labels, kids = token_words(doc), token_deps(doc), child_indices(doc)
    for i in range(sent.start, sent.end):
        kinds = vocab.none_nouns.get(words[i][0])
        if kinds is not None and not any(labels[c] in ("amod", "compound", "nmod", "nummod") for c in kids[i]):
            tok = doc[i]
            first = tok
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "no deaths or injuries": the "no" of the first noun
            without = first.dep_ == "pobj" and first.head.lower_ == "without"
            if without or any(c.dep_ == "det" and c.lower_ == "no" for c in first.children):
                found += [(tok, kind) for kind in sorted(kinds)]
            continue
        if labels[i] not in ("nsubj", "nsubjpass"):
            continue  # (tested first: it needs no look-up of the word's determiner)
        det = next((words[c][1] for c in kids[i] if labels[c] == "det"), None)
        said = f"{det} {words[i][1]}" if det == "no" else words[i][1]
        if said not in vocab.none_people:
            continue
        tok = doc[i]
        verb = tok.head
        kind = _kind_of(verb, vocab) if verb.pos_ in ("VERB", "AUX") else None
        if kind is None and verb.lemma_.lower() == "be":
            state = _child(verb, "acomp")  # "no one was hurt" parsed with an adjective
            kind = _kind_of(state, vocab) if state is not None else None
        if kind is not None:
            found.append((tok, kind))
    return found


def _in_clause_below(tok: Token, top: Token) -> bool:
    """The token sits in a clause of its own below ``top``: "the death toll rose overnight as several of the 70
    wounded died" counts the wounded in the "as" clause, not the toll."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "ccomp", "relcl", "acl", "conj", "parataxis"):
            return True
        node = node.head
    return False


def whose_force(pm: PlaceMention, tok: Token, vocab: Vocab) -> bool:
    """ "The U.S. military forces in Iraq", "troops of MNJTF (Cameroon)": a country naming a force, or in
    brackets after one, says whose it is, not where it acts."""
    if pm.place.precision != "country":
        return False
    # "Nigerian and United States forces": a later conjunct names the force as the first does
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("compound", "amod", "nmod", "poss") and has_word(first.head, vocab.force_nouns):
        return True
    doc = tok.doc
    bracketed = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"
    return bracketed and tok.dep_ == "appos" and (
        tok.head.ent_type_ == "ORG" or tok.head.pos_ == "PROPN" or has_word(tok.head, vocab.force_nouns))


def names_border(tok: Token, vocab: Vocab) -> bool:
    """ "10 miles from the Pakistan border", "a checkpoint near the Gaza border": a place naming a border is the
    side across it (a possessive is not: "Niger's border with Mali" is on Niger's side)."""
    return tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i and has_word(tok.head, vocab.borders)


def _first_of_list(tok: Token) -> Token:
    """The word a list of names hangs on by its first name: "the borders with Mali and Burkina Faso" governs
    Mali, and Burkina Faso is its conjunct (the parser may also hang the first of two names before a two-word one
    on the second as an nmod that owns the "and": "Mali and Burkina Faso")."""
    node = tok
    while node.head.i != node.i and (
            node.dep_ == "conj" or (node.dep_ == "nmod" and any(c.dep_ == "cc" for c in node.children))):
        node = node.head
    return node


def border_side(tok: Token, vocab: Vocab) -> bool:
    """ "near the border with Mali", "close to the borders with Mali and Burkina Faso": every country of the
    "with" list of a border noun is across it (the tri-border areas of the Sahel and Lake Chad are told so)."""
    node = _first_of_list(tok)
    return node.dep_ == "pobj" and node.head.lower_ == "with" and has_word(node.head.head, vocab.borders)


def across_border(tok: Token, vocab: Vocab) -> bool:
    """A country named as the one next door ("near the border with Mali", "Tillabery, bordering Mali",
    "fled to neighbouring Mali"): whatever the sentence tells, it is not the country on this side."""
    beyond = border_side(tok, vocab)
    beyond = beyond or names_border(tok, vocab)
    # ("foreigners from neighbouring Indonesia": the parser may make the adjective a verb with the country its object)
    bordering = tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
        has_word(tok.head, vocab.borders) or tok.head.lower_ in vocab.neighbours)
    return beyond or bordering or any(c.dep_ == "amod" and c.lower_ in vocab.neighbours for c in tok.children)


# prepositions that place something by a country it is not in: "on five islands near Nigeria", "the group's only
# stronghold outside Iraq and Syria" (a town "near Mosul" is still in Iraq: only a country is read so)
_BESIDE_PREPS = ("near", "outside", "beyond")


# prepositions that put a place on a border, on whichever side: "killed on the border of Niger and Burkina Faso"
_ON_BORDER_PREPS = ("on", "at", "along", "across", "in", "within")


def beside_country(pm: PlaceMention, tok: Token, vocab: Vocab) -> bool:
    """A country named as what the place lies near or outside of ("attacked Boko Haram elements on five islands
    near Nigeria", "the village of Fomita, close to the borders of Burkina Faso and Mali"): one says "in Nigeria"
    of a place in it, so the event was not there."""
    if pm.place.precision != "country":
        return False
    # "near the borders of Burkina Faso and Mali", "moving toward the borders of Somaliland": the countries whose
    # border a place lies near are the neighbours ("on the border of Niger and Burkina Faso" may be either side)
    first = _first_of_list(tok)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and has_word(first.head.head, vocab.borders):
        border = first.head.head
        return border.dep_ == "pobj" and border.head.lower_ not in _ON_BORDER_PREPS
    node = tok
    # "outside Iraq and Syria"; not a country after a comma, which names the one the place lies in ("near Assekrem,
    # Algeria", which the parser may read as an apposition or as a conjunct with no "and")
    while node.dep_ == "conj" and node.head.i != node.i and any(c.dep_ == "cc" for c in node.head.children):
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _BESIDE_PREPS


def home_of(tok: Token, vocab: Vocab) -> bool:
    """ "an Islamist group originally from Uganda", "an extremist group originating in Uganda", "a native of El
    Hajeb": the "from", "in" or "of" phrase of one of [places] origin_words (or of the "as" phrase on one: "which
    originated as a rebel force in Uganda") tells where someone comes from, not where the event was."""
    node = tok
    while node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i:
        node = node.head  # "from Uganda and Rwanda"
    if node.dep_ != "pobj" or node.head.lower_ not in ("from", "in", "of"):
        return False
    prep = node.head
    owner = prep.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "as":
        owner = owner.head.head  # "originated as a rebel force in Uganda"
    # ("a group originally from Uganda": the adverb may hang on the preposition or on the noun; the children read
    # from the document's child and label lists, a Token made only for an adverb)
    if has_word(owner, vocab.origin_words):
        return True
    doc = tok.doc
    kids, deps = child_indices(doc), token_deps(doc)
    return any(deps[c] == "advmod" and c < prep.i and has_word(doc[c], vocab.origin_words)
               for c in (*kids[prep.i], *kids[owner.i]))


_CONTAINING_PREPS = ("in", "of")  # "Novo Cabo in Mozambique's Cabo Delgado province", "the Chamkani area of Peshawar"


def containers(tok: Token, places: list[tuple[PlaceMention, Token]], vocab: Vocab) -> list[PlaceMention]:
    """The places a place word is told to lie in, in text order: the first place of each "in" or "of" phrase on
    the word or on the noun its name is a compound of ("the Chamkani area of Peshawar", "the village of Novo Cabo
    in Mozambique's Cabo Delgado province"), never in a clause on the phrase's noun ("the Irumu area of Ituri
    province, which borders Uganda": Ituri, not Uganda) nor across a border."""
    heads = (tok, tok.head) if tok.dep_ == "compound" else (tok,)
    found: list[PlaceMention] = []
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _CONTAINING_PREPS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            aside = {t.i for c in obj.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
            inner = [t.idx for t in obj.subtree if t.i not in aside]
            first = next((pm for pm, t in places
                          if any(pm.start <= i < pm.end for i in inner) and not across_border(t, vocab)), None)
            if first is not None:
                found.append(first)
    return found
