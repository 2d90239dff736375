"""Dependency-tree helpers of the event rules (events/syntax.py) and their shortcuts: the speed passes answer as the
long way does."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token
from tests.extract.conftest import events_dated

from sitroom.annotate import make_doc
from sitroom.annotate.extensions import doc_text
from sitroom.extract.events import extract_events
from sitroom.extract.events.credit import _country_ids
from sitroom.extract.events.mentions import _SentenceLinks, incident_trigger, sentence_mentions
from sitroom.extract.events.records import DocIndex, target_family
from sitroom.extract.events.syntax import (
    _child,
    _irregular_verb_forms,
    _stored_lemma_exceptions,
    ancestors,
    determiner,
    dominates,
    has_word,
    kills,
    listed_in,
    may_have_word,
    told_as_more,
    tree_distance,
)
from sitroom.extract.events.tolls import official_count
from sitroom.extract.events.triggers import _verb_words, find_triggers
from sitroom.extract.events.vocab import vocab
from sitroom.extract.events.when import event_timexes
from sitroom.extract.events.where import link_places
from sitroom.extract.spans import span_text
from sitroom.models import stable_id
from sitroom.resolve.actor_kb import load_actor_kb

events_on_2023_09_05 = events_dated("2023-09-05")
events_on_2023_04_05 = events_dated("2023-04-05")

# The event rules' word tests read from the per-document tables, speed): each answers as the walk over spaCy's Tokens
# it replaced, on short texts.

def test_listed_in_is_every_word_that_may_have_a_listed_word(nlp: Language) -> None:
    doc = nlp("Troops attacked the camps. Airstrikes hit two bases, and the attack killed 12 fighters.")
    listed = frozenset({"attack", "base", "airstrike"})
    for sent in doc.sents:
        assert listed_in(sent, listed) == [i for i in range(sent.start, sent.end) if may_have_word(doc, i, listed)]
    assert [doc[i].text for i in listed_in(doc[:], listed)] == ["attacked", "Airstrikes", "bases", "attack"]


def test_has_word_reads_a_capitalised_plural_name_as_its_noun(nlp: Language) -> None:
    doc = nlp("Airstrikes killed 15 extremists near Mosul.")
    assert has_word(doc[0], frozenset({"airstrike"}))  # lemma or form, or the form less its "s" if a name
    assert not has_word(doc[1], frozenset({"airstrike"}))


def test_told_as_more_is_a_casualty_word_told_with_also(nlp: Language) -> None:
    words = vocab()
    doc = nlp("A civilian was also killed in the blast.")
    assert told_as_more(next(t for t in doc if t.lower_ == "killed"), words)
    other = nlp("A civilian was killed in the blast.")
    assert not told_as_more(next(t for t in other if t.lower_ == "killed"), words)


def test_a_count_of_bodies_is_no_official_count(nlp: Language) -> None:
    words = vocab()
    doc = nlp("Officials said 12 bodies were taken to hospital.")
    assert doc_text(doc) == doc.text
    count = next(t for t in doc if t.text == "bodies")
    assert not official_count(count, words, DocIndex(doc, words))  # "12 bodies": maybe only some of the dead


def test_names_listed_before_a_plural_settlement_noun_are_found_from_the_word_index(nlp: Language) -> None:
    from sitroom.extract.events.unlisted import _listed_before_plural

    doc = nlp("The militants attacked Mbau, Kisiki and Oicha villages on Monday.")
    found = list(_listed_before_plural(doc[:], vocab()))
    assert [(first.text, root.text) for first, root, _ in found] == [("Mbau", "Mbau")]  # the first name, its root
    assert [doc.text[s:e] for s, e in found[0][2]] == ["Oicha", "Kisiki", "Mbau"]
    assert list(_listed_before_plural(nlp("The militants attacked the villages on Monday.")[:], vocab())) == []


# The event rules' shortcuts (speed, issue 8) answer as the long way does: walks up the parse by the document's head
# list, the word lists that let the trigger finders pass over a token, the places and dates of a trigger worked out
# once per sentence, and the knowledge-base tables worked out once per knowledge base.

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


# Speed pass on the event rules: the sentence text sliced from the document's text, the context words and the incident
# nouns looked for in the per-document word lists before a Token is made. The answers are those of reading each Token.

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Islamic State fighters attacked a military base in Borno on Monday, killing five soldiers.\n\n",
    "  The army said on Friday that troops repelled an attack on Damboa.  ",
])
def test_a_mention_s_sentence_text_is_the_sentence_s_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    index = DocIndex(doc, vocab())
    found = [(m, sent) for sent in doc.sents for m in sentence_mentions(sent, index)]
    assert found
    for mention, sent in found:
        assert mention.sent_text == sent.text.strip() == span_text(sent).strip()


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept"), [
    ("France withdrew its military advisers from Mali on Tuesday.", True),
    ("The company withdrew its offer on Tuesday.", False),  # no context word: no withdrawal of a force
])
def test_a_withdrawal_needs_a_context_word_of_its_sentence(nlp: Language, text: str, kept: bool) -> None:
    doc = nlp(text)
    context = vocab().types["withdrawal"].context
    assert any(has_word(t, context) for t in doc) == kept
    assert any(e.type == "withdrawal" for e in extract_events(doc)) == kept


@pytest.mark.model
@pytest.mark.parametrize(("text", "found"), [
    ("The incident occurred on Tuesday evening in the Baghlan-e-Markazi district.", True),
    ("An incident occurred on Tuesday evening.", False),  # no definite word: not the event told before
    ("Police said the attackers fled after the shooting.", False),
])
def test_the_incident_names_the_event_told_before(nlp: Language, text: str, found: bool) -> None:
    sent = next(iter(nlp(text).sents))
    trig = incident_trigger(sent, vocab(), "attack")
    assert (trig is not None) == found
    # as reading each Token's lemma would find it
    expected = next((t for t in sent if t.lemma_.lower() in vocab().incident_nouns and t.dep_ == "nsubj"
                     and determiner(t) in vocab().definite_dets), None)
    assert (trig.head.i if trig else None) == (expected.i if found and expected is not None else None)


# ``determiner`` read on the per-document lists gives the word the parse's children give.

@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "noun", "word"),
    [
        ("The attack killed five soldiers.", "attack", "the"),
        ("Its fighters stormed a base.", "fighters", "its"),
        ("Militants stormed a base near Mosul.", "base", "a"),
        ("Militants stormed bases near Mosul.", "bases", None),
    ],
)
def test_determiner_is_the_nouns_article_or_possessor(nlp: Language, text: str, noun: str, word: str | None) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert determiner(tok) == word
    # the same word the parse's children give
    assert determiner(tok) == next(
        (c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "predet")), None)


# Verbs of killing with a particle (events/syntax.py ``kills``): a verb no listed particle goes with is settled by its
# lemma alone.

def test_a_passive_or_active_verb_with_its_particle_kills(nlp: Language) -> None:
    words = vocab()
    doc = nlp("Eleven terrorists were gunned down in Borno.")
    assert kills(next(t for t in doc if t.text == "gunned"), words)
    doc = nlp("Gunmen shot two soldiers dead near the base.")
    assert kills(next(t for t in doc if t.text == "shot"), words)


def test_a_verb_outside_the_particle_verbs_does_not_kill_by_a_particle(nlp: Language) -> None:
    words = vocab()
    assert "drive" not in words.kill_particle_verbs
    doc = nlp("The soldiers drove the trucks down the road.")
    assert not kills(next(t for t in doc if t.text == "drove"), words)


# Casualty words of events/syntax.py (``casualty``): a massacre's "of" phrase and one person's life a verb of taking
# lives took count the dead.

pytestmark = pytest.mark.model

events_on_2023_09_05 = events_dated("2023-09-05")
events_on_2023_04_05 = events_dated("2023-04-05")


def attack_tolls(found: list) -> list[int | None]:
    return [e.killed for e in found if e.type == "attack"]


def test_a_massacre_of_people_counts_its_dead(nlp: Language) -> None:
    # "a massacre of 42 people": a noun of a killing counts its victims, as "the killing of 42 people" does
    found = events_on_2023_09_05(
        nlp, "Attacks blamed on the ADF include a massacre of 42 people, mainly students, in June this year.")
    assert attack_tolls(found) == [42]
    found = events_on_2023_09_05(
        nlp, "It came the same day as a brutal massacre of 58 civilians in neighbouring Niger, where militants "
             "attacked four buses carrying villagers.")
    assert 58 in attack_tolls(found)


def test_a_massacre_without_a_count_gives_none(nlp: Language) -> None:
    found = events_on_2023_09_05(
        nlp, "Gunmen attacked the village of Tillia on Sunday. The army said the massacre left many dead.")
    assert attack_tolls(found) == [None]


def test_the_life_of_one_named_person_taken_is_one_dead(nlp: Language) -> None:
    # "claimed the life of Kashif Masih", "claimed Haqqani's life": the singular life of a name is one dead
    found = events_on_2023_04_05(
        nlp, "On Friday, IS-KP militants attacked a Christian in Peshawar and claimed the life of Kashif Masih "
             "while he was on his way back home.")
    assert attack_tolls(found) == [1]
    found = events_on_2023_04_05(
        nlp, "The suicide bombing in Kabul on Monday claimed Haqqani's life.")
    assert attack_tolls(found) == [1]


def test_the_people_along_with_one_life_taken_are_added(nlp: Language) -> None:
    # "along with at least four other senior officials": four more dead (split tolls are summed)
    found = events_on_2023_04_05(
        nlp, "The suicide bombing in Kabul on Monday claimed Haqqani's life, along with at least four other senior "
             "officials.")
    assert attack_tolls(found) == [5]


def test_lives_counted_are_still_the_count(nlp: Language) -> None:
    found = events_on_2023_04_05(nlp, "The bombing in Kabul on Monday claimed the lives of 12 people.")
    assert attack_tolls(found) == [12]


# The irregular past forms of events/syntax.py (``misread_present``) read from the model package's stored lookups are
# the loaded lemmatizer's own.

@pytest.mark.model
def test_the_stored_verb_exceptions_are_the_loaded_lemmatizers(nlp: Language) -> None:
    stored = _stored_lemma_exceptions()
    assert stored is not None
    assert stored == nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]


@pytest.mark.model
def test_an_irregular_past_is_known_and_a_present_is_not(nlp: Language) -> None:
    forms = _irregular_verb_forms()
    assert {"retook", "overran", "withdrew"} <= forms
    assert "retake" not in forms
