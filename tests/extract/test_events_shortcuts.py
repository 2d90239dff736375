"""The event rules' shortcuts (speed, issue 8) answer as the long way does: walks up the parse by the document's
head list, the word lists that let the trigger finders pass over a token, the places and dates of a trigger
worked out once per sentence, and the knowledge-base tables worked out once per knowledge base."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom.annotate import make_doc
from sitroom.extract.events.credit import _country_ids
from sitroom.extract.events.mentions import _SentenceLinks
from sitroom.extract.events.records import DocIndex, target_family
from sitroom.extract.events.syntax import _child, ancestors, dominates, tree_distance
from sitroom.extract.events.triggers import _verb_words, find_triggers
from sitroom.extract.events.vocab import vocab
from sitroom.extract.events.when import event_timexes
from sitroom.extract.events.where import link_places
from sitroom.models import stable_id
from sitroom.resolve.actor_kb import load_actor_kb

TEXT = (
    "Police said on Monday that Islamic State gunmen attacked a church in Kano on Sunday, killing five people. "
    "On Tuesday, troops drove the militants out of Mosul, officials said."
)


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return nlp(make_doc(nlp, TEXT, "d1", "2024-03-26"))


def _chain(tok: Token) -> list[int]:
    """The heads up to the root through Token.head, the long way."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return [t.i for t in chain]


def test_tree_walks_agree_with_walking_token_heads(doc: Doc) -> None:
    for a in doc:
        assert [t.i for t in ancestors(a)] == _chain(a)
        for b in doc:
            up = _chain(a)
            meet = next((n + up.index(i) for n, i in enumerate(_chain(b)) if i in up), 99)
            assert tree_distance(a, b) == meet
            assert dominates(a, b) == (a.i in _chain(b))
    # across the two sentences no walk meets
    assert tree_distance(doc[0], doc[-1]) == 99


def test_trigger_finders_word_lists_hold_every_type_s_words() -> None:
    v = vocab()
    for tv in v.types.values():
        assert tv.nouns | tv.verbs | tv.claim_nouns | tv.object_verbs <= v.trigger_words
        assert tv.seize_verbs | tv.fall_verbs | tv.hold_verbs | tv.return_verbs <= v.capture_lemmas
        assert tv.expel_verbs | tv.rid_verbs | tv.loss_verbs <= v.control_lemmas
        assert tv.purpose_nouns <= v.purpose_words
    assert "attack" in v.trigger_words and "said" not in v.trigger_words


def test_a_trigger_s_places_and_dates_are_those_of_the_long_way(doc: Doc) -> None:
    v = vocab()
    index = DocIndex(doc, v)
    sent = next(iter(doc.sents))
    places, timexes = index.places_in(sent), index.timexes_in(sent)
    triggers = find_triggers(sent, v)
    assert [doc[t.start].lower_ for t in triggers] == ["attacked"]
    links = _SentenceLinks(places, timexes, v)
    for trig in triggers:
        expected_told: list = []
        expected = event_timexes(trig.head, timexes, v, expected_told)
        assert expected_told  # "Police said on Monday": the day of the report, not of the attack
        for _ in range(2):  # the second time from what the first worked out, the report's day told again
            told: list = []
            assert links.dates(trig.head, told) == expected
            assert told == expected_told
            assert links.places(trig.head, trig.type) == link_places(trig.head, trig.type, places, v)
        assert [pm.text for _, pm, _ in links.places(trig.head, trig.type)] == ["Kano"]


def test_knowledge_base_tables_are_worked_out_once() -> None:
    kb = load_actor_kb()
    family = target_family("islamic_state")
    assert family == frozenset(a for a in kb.actors if a == "islamic_state" or "islamic_state" in kb.ancestors(a))
    assert target_family("islamic_state") is family
    countries = _country_ids(kb)
    assert countries[stable_id("country", kb.actors["country:IQ"].canonical)] == "country:IQ"
    assert _country_ids(kb) is countries


def test_child_and_verb_words_agree_with_walking_token_children(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Militants blew up a bridge near Mosul and troops freed 12 hostages, officials said.", "d2",
                       "2024-03-26"))
    for tok in doc:
        for deps in (("dobj",), ("nsubj", "nsubjpass"), ("prt",), ("aux",)):
            first = next((c for c in tok.children if c.dep_ in deps), None)
            found = _child(tok, *deps)
            assert (found.i if found is not None else None) == (first.i if first is not None else None)
        lemma = tok.lemma_.lower()
        assert _verb_words(tok) == {lemma} | {f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"}
    blew = next(t for t in doc if t.lower_ == "blew")
    assert _verb_words(blew) == {"blow", "blow up"}
