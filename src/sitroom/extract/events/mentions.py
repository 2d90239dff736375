"""Event mentions: find trigger words in a sentence and read the event's attributes off the parse.

One ``EventMention`` is one place in the text that reports an event; ``link.py`` later merges the
mentions of one real-world event. Only specific events survive here: generic or habitual statements
("attacks have declined"), tallies ("30,000 strikes since 2014"), urgings ("urged countries to
repatriate") and conditionals ("could launch an offensive") are dropped at the trigger.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import (
    child_indices,
    doc_datelines,
    doc_text,
    head_indices,
    token_deps,
    token_words,
)
from sitroom.annotate.lines import SENTENCE_END
from sitroom.clean.dates import photo_caption
from sitroom.extract.events.syntax import (
    across_border,
    adds_to,
    ancestors,
    casualty,
    conjuncts,
    containers,
    count_members,
    count_of,
    counted_words,
    determiner,
    dominates,
    has_word,
    is_plural,
    joined_killing,
    kills,
    may_have_word,
    misread_present,
    names_border,
    none_hurt,
    one_by_title,
    plural_demonym,
    tally_count,
    told_as_more,
    toll_update,
    tree_distance,
    victim_members,
    victims_of,
    whose_force,
    words,
)
from sitroom.extract.events.unlisted import unlisted_places
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.extract.spans import content_end, span_text
from sitroom.geo import SAME_SCENE_KM, haversine_km
from sitroom.models import EntityMention, Place, PlaceMention, Timex, stable_id
from sitroom.partial_dates import precision_of
from sitroom.resolve.gazetteer import shared_features
from sitroom.resolve.places import locates_someone, names_a_ban

# A wire dateline opening a paragraph: an upper-case city, optionally ", Country" and "(Outlet)", then a dash.
SPECIFICITY = {"point": 0, "district": 1, "province": 2, "country": 3}
SUBJECTS = ("nsubj", "nsubjpass")
LINK_DISTANCE = 4  # a place/date further than this from a trigger outside its subtree is not its own
SUBTREE_DISTANCE = 10
DATE_DISTANCE = 5  # edges between a trigger and a date of the same clause, generously


@dataclass
class Actor:
    name: str
    entity_id: str
    type: str
    modifier: bool = False  # named as a modifier of the phrase ("U.S. forces", "US airstrike"), not as its head
    kb_id: str | None = None  # its actor knowledge base id, when it has one

    @classmethod
    def of(cls, m: EntityMention, modifier: bool = False) -> Actor:
        return cls(m.canonical, m.entity_id, m.type, modifier, m.kb_id)

    def same_side(self, other: Actor) -> bool:
        """The same actor, or one a part of the other ("U.S. Central Command" and "the United States")."""
        if self.entity_id == other.entity_id:
            return True
        if self.kb_id is None or other.kb_id is None:
            return False
        return self.kb_id in kb_ancestors(other.kb_id) or other.kb_id in kb_ancestors(self.kb_id)


@dataclass
class EventMention:
    type: str
    trigger: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    sent_text: str
    modality: str = "asserted"
    date: str | None = None
    date_precision: str | None = None
    place: Place | None = None  # the linked place below country level
    country: str | None = None
    country_place: Place | None = None  # the country-level mention the country came from, if any
    country_weak: bool = False  # country read from elsewhere in the sentence, not from the trigger
    date_said: bool = False  # the date is the day of a claim or report about the event, not of the event
    # the day a report of it was made ("officials said on Monday that three militants were killed"), which dates
    # it when nothing else does (link.date_from_report)
    report_day: str | None = None
    # the event is told as N days before or after another the same sentence tells ("two days after the suicide
    # bomb attack in Manchester, the Indonesian capital was rocked by two explosions"): (days to add to the
    # other's day, the character span of the other's clause, the span of this event's own phrase, the page's
    # own news told by "This comes"), for link.day_from_other_event
    offset_anchor: tuple[int, int, int, int, int, bool] | None = None
    group_tolls: dict[str, int] = field(default_factory=dict)  # counts the target group claims, by kind
    toll_now: int | None = None  # the dead as the text says the toll now stands ("the toll rose to 54")
    actor: Actor | None = None
    target: str | None = None
    killed: int | None = None
    wounded: int | None = None
    # the kinds ("killed", "wounded") whose count a headline gave ("Jihadists kill 100 in Niger village attacks"):
    # a title rounds or sums up, and the story's own count, told later, beats it (``link.merge``)
    headline_counts: set[str] = field(default_factory=set)
    # the kinds whose count is one person told with "the" ("killed the provincial police chief": one the text picks
    # out, maybe of more dead): such a count neither anchors a mention nor sets it apart from another, and gives
    # way to a count (``link``)
    one_by_title: set[str] = field(default_factory=set)
    # by kind, the lemmas of the people its count names ("eight soldiers": soldier), and the kinds whose count is
    # told with "also" ("A civilian was also killed"): more people, added to a count of others (``add_more``)
    counted_words: dict[str, frozenset[str]] = field(default_factory=dict)
    added: set[str] = field(default_factory=set)
    added_at: set[int] = field(default_factory=set)  # the casualty words whose count was added, once each
    # a fight's counts told with "also" of people other than the attackers, by kind, with the lemmas they name
    more: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    own_toll: bool = False  # its own sentence gives a count (not a sentence after it): a link line's toll
    # by kind, where the sentence after it that gave its count starts: a sentence naming no event told before that
    # one is read later (``casualties_from_article``) yet told first, and the first count told stands
    follow_on_at: dict[str, int] = field(default_factory=dict)
    # the kinds the text says no one suffered ("no casualties were reported"): 0 when no count of the kind is told
    none_hurt: set[str] = field(default_factory=set)
    claimed: bool = False
    anaphoric: bool = False
    definite: bool = False  # "the bombing": the trigger has a definite determiner
    distinct: bool = False  # "another attack", "a second assault": not the event named before
    latest: bool = False  # "the latest attack": the article's own event, not a background one told just before
    # "the first explosion", "the deadliest attack": one picked out of several, which a definite article does not make
    # a reference back to the event told before (link.compatible)
    ranked: bool = False
    day_named: bool = False  # "Monday's raid": a day as possessor points to the event told of that day
    earlier: bool = False  # "Earlier this month, the group claimed a bombing": a background event (link.compatible)
    specific: bool = False  # what it acted on names it: "dismantled an IS cell" (object_verbs)
    # which of the dates its trigger lists this is ("bombings in 2019 and 2018": 0, 1; episode_dates), -1 for none:
    # two episodes of one trigger are two events
    episode: int = -1
    held: int | None = None  # people an arrest verb takes, counted: "three members of a cell were arrested" = 3
    # the actor is the body that reports the arrest ("the ministry announced the arrest of ..."), which may stand
    # above the force that made it, named elsewhere (``link``: it neither sets the mention apart nor outranks it)
    actor_told: bool = False
    extra_evidence: list[tuple[int, int, str]] = field(default_factory=list)
    title: bool = False  # told on a title line ("Morocco dismantles terror cell, arrests 5 IS suspects")
    # the arrest's doer is a state's force its demonym names ("German special forces arrested the suspected IS
    # member", "Iranian security forces announced that they had arrested a dozen IS fighters"): one arrest by a known
    # state, though no place, day or named body anchors it (``_arrest_by_national_force``)
    force_told: bool = False

    @property
    def anchored(self) -> bool:
        return bool(
            self.date
            or self.place
            or self.actor
            or counted(self) is not None
            or counted(self, "wounded") is not None
            or (self.country and not self.country_weak)
            or self.modality == "planned"
            or self.specific
            # "A third attack targeted an Internal Security Forces checkpoint between the towns of ...": what it
            # was aimed at makes it one attack, where the towns are too small for the gazetteer
            or self.target is not None
            or self.force_told
        )


@dataclass
class _Located:
    """A place or timex mention with the token that carries it in the parse."""

    start: int
    end: int
    root: Token


@cache
@cache
def kb_ancestors(actor_id: str) -> tuple[str, ...]:
    from sitroom.resolve.actor_kb import load_actor_kb

    return load_actor_kb().ancestors(actor_id)


# root -> (the knowledge base it was read from, the family): every document asks, the answer changes only with the
# knowledge base (``SITROOM_ACTORS`` may name other files)
_FAMILIES: dict[str, tuple[object, frozenset[str]]] = {}


def target_family(root: str) -> frozenset[str]:
    """Actor KB ids of ``root`` and everything below it (the Islamic State and its branches and affiliates)."""
    from sitroom.resolve.actor_kb import load_actor_kb

    kb = load_actor_kb()
    known = _FAMILIES.get(root)
    if known is None or known[0] is not kb:
        known = (kb, frozenset(a for a in kb.actors if a == root or root in kb.ancestors(a)))
        _FAMILIES[root] = known
    return known[1]


def state_force(m: EntityMention) -> bool:
    """An armed group of the knowledge base that belongs to a state or a body ("Peshmerga fighters were killed":
    the victims' side; "French military forces had killed ...": no perpetrator)."""
    from sitroom.resolve.actor_kb import load_actor_kb

    kb = load_actor_kb()
    return m.kb_id is not None and any(
        a.startswith("country:") or kb.actors[a].type != "armed_group"
        for a in kb.ancestors(m.kb_id)
        if a in kb.actors or a.startswith("country:")
    )


def _of_state(m: EntityMention) -> bool:
    """A body of the knowledge base that belongs to a state (a ministry, a police force, a command)."""
    return m.kb_id is not None and any(a.startswith("country:") for a in kb_ancestors(m.kb_id))


def article_groups(index: DocIndex, ignore: frozenset[str] = frozenset()) -> list[Actor]:
    """The armed group an article is about, when it names one: a single group, or the target group and at
    most one of its branches (the branch then). Empty when it names two groups or two branches. Groups
    with a KB id in ``ignore`` are left out of the count."""
    groups = {
        m.entity_id: m
        for m in index.entities
        if m.type == "armed_group" and not state_force(m) and not (m.kb_id and m.kb_id in ignore)
    }
    family = [m for m in groups.values() if m.entity_id in index.target_group_ids]
    if len(family) != len(groups):
        return []  # another insurgent group is named too (Boko Haram beside ISWAP, al-Shabaab beside IS)
    branches = [m for m in family if m.kb_id != index.vocab.target_group]
    chosen = branches if branches else family
    return [Actor.of(m) for m in chosen] if len(chosen) == 1 else []


# The group an article is about outnumbers, by this factor, the mentions of every other insurgent group it names
DOMINANT_GROUP_RATIO = 2


def dominant_group(index: DocIndex) -> list[Actor]:
    """The armed group an article is about when it also names others in passing: a report on an ISWAP raid
    that recalls Boko Haram once, an Abu Sayyaf bombing beside "IS-linked" once. The target group and its
    branches count as one side (its one branch named, else the group itself); the side named at least
    ``DOMINANT_GROUP_RATIO`` times as often as all other non-state groups together, and more than once, is
    the article's. Empty otherwise ("The Taliban said IS cells remain active")."""
    sides: dict[str, list[EntityMention]] = {}
    for m in index.entities:
        if m.type == "armed_group" and not state_force(m):
            key = "family" if m.entity_id in index.target_group_ids else m.entity_id
            sides.setdefault(key, []).append(m)
    if not sides:
        return []
    key = max(sides, key=lambda k: len(sides[k]))
    named = len(sides[key])
    others = sum(len(v) for k, v in sides.items() if k != key)
    if named < 2 or named < DOMINANT_GROUP_RATIO * others:
        return []
    if key != "family":
        return [Actor.of(sides[key][0])]
    branches = {m.entity_id: m for m in sides[key] if m.kb_id != index.vocab.target_group}
    parents = [m for m in sides[key] if m.kb_id == index.vocab.target_group]
    if len(branches) == 1:
        return [Actor.of(next(iter(branches.values())))]
    return [Actor.of(parents[0])] if parents else []


_LOWER_MINISTRY = re.compile(r"\bministry\b")
_NAME_WORDS = re.compile(r"[a-z]+")


class DocIndex:
    """Entity, place and date mentions of one Doc, sorted, with their parse tokens."""

    def __init__(self, doc: Doc, vocab: Vocab) -> None:
        self.doc = doc
        self.vocab = vocab
        # "MOSUL, Iraq (Agency) - ...": the dateline says where the story was filed, not where the event
        # happened or who acted, so its names are neither places nor actors of any event
        datelines = doc_datelines(doc)

        def outside(item: Any) -> bool:
            return not any(a <= item.start < b for a, b in datelines)

        # a ministry the text writes in lower case ("Iran's interior ministry said it has arrested ...") is an
        # entity and a speaker, but the events it reports stay the state's, as they were told before it was one:
        # two bodies of one state reporting the same arrests would otherwise be two actors of one event
        # "crossed the Lurio river from Memba": a name the NER took for an organisation where the page names the same
        # words as a place is that place (as the export settles it, resolve.places._named_like_places), no actor
        place_names = {n.casefold() for p in doc._.place_mentions or [] for n in (p.text, p.place.name)}
        place_names |= {u.canonical.casefold() for u in doc._.unplaced_names or []}
        mentions = [m for m in doc._.entity_mentions or [] if outside(m) and not _LOWER_MINISTRY.search(m.text)
                    and not (m.type == "organization" and m.kb_id is None and m.canonical.casefold() in place_names)]
        self.entities: list[EntityMention] = sorted(mentions, key=lambda m: m.start)
        self.entity_starts = [m.start for m in self.entities]
        # "the Islamabad-based institute": where someone is, not where anything happened; nor "(banned in Russia)"
        text = doc_text(doc)
        self.places: list[tuple[PlaceMention, Token]] = self._rooted([
            p for p in doc._.place_mentions or []
            if outside(p) and not locates_someone(text, p.end) and not names_a_ban(text, p.start)
        ])
        self.place_starts = [p.start for p, _ in self.places]
        self.dateline_places: list[tuple[int, int, PlaceMention]] = [
            (a, b, p) for a, b in datelines for p in doc._.place_mentions or [] if a <= p.start < b and p.place.country
        ]
        # the side of a shared lake a sentence has settled by its force's demonym (``_sharer_named``)
        self.shared_sides: dict[str, str] = {}
        family = target_family(vocab.target_group)
        self.target_group_ids = frozenset(m.entity_id for m in self.entities if m.kb_id in family)
        timexes = [t for t in doc._.timexes or [] if t.value and not t.is_deadline]
        # "Islamabad, July 31 (EFE).- The death toll from a suicide bombing rose to 54": a dateline's date is
        # the day the story was filed; it dates an event only when nothing else does (link.date_from_dateline)
        self.timexes: list[tuple[Timex, Token]] = self._rooted([t for t in timexes if outside(t)])
        self.dateline_dates: list[tuple[int, int, Timex]] = [
            (a, b, t) for a, b in datelines for t in timexes if a <= t.start < b
        ]
        self.timex_starts = [t.start for t, _ in self.timexes]

    def _rooted(self, items: list[Any]) -> list[Any]:
        out = []
        for item in sorted(items, key=lambda m: m.start):
            span = self.doc.char_span(item.start, item.end, alignment_mode="expand")
            if span is not None and len(span):
                out.append((item, span.root))
        return out

    def entities_in(self, start: int, end: int) -> list[EntityMention]:
        i = bisect.bisect_left(self.entity_starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end <= end:
                out.append(self.entities[i])
            i += 1
        return out

    def entity_before(
        self, char: int, types: tuple[str, ...], window: int = 600, word: str | None = None,
        non_state: bool = False, state_only: bool = False, party: bool = False, ground: bool = False,
    ) -> EntityMention | None:
        """The nearest mention before ``char`` of the most preferred type in ``types`` (earlier types win:
        "it claimed ..." refers back to the group, not to the country named in between); with ``word``,
        only one whose canonical name holds that word; with ``non_state``, never a state's force ("the
        militants claimed an assault" after "targeting Rwandan troops" is not the Rwandan army); with
        ``state_only``, only a state's force or body ("the army" is no news agency named before); with
        ``party``, never a bystander (``bystander``: "they clashed with the FADM" after "the International
        Organization for Migration said ..." is still the force the paragraph is about); with ``ground``, never
        an air arm ([types.X] air_arms: "the army had taken control of the village" after "the Egyptian warplanes
        launched raids" is not the air force)."""
        air_arms = {w for t in self.vocab.types.values() for w in t.air_arms} if ground else set()
        lo = bisect.bisect_left(self.entity_starts, char - window)
        hi = bisect.bisect_left(self.entity_starts, char)
        for etype in types:
            for i in range(hi - 1, lo - 1, -1):
                m = self.entities[i]
                # (an armed group of a state or a body, or a body of a state: not an agency of a non-state body,
                # "the International Organization for Migration" under the UN, which stays a bystander)
                force = (m.type == "armed_group" and state_force(m)) or _of_state(m)
                if m.type == etype and (word is None or word in m.canonical.lower().split()) and not (
                        non_state and (m.type == "country" or force)) and (force or not state_only) and not (
                        party and not force and self.bystander(m)) and not (
                        air_arms and any(w in m.canonical.lower() for w in air_arms)):
                    return m
        return None

    def bystander(self, m: EntityMention) -> bool:
        """An organisation that is no party to the fighting: a relief agency, a rights group, a monitor or a news
        outlet ([pronouns] bystanders, [places] outlet_words), which reports or counts what the parties do."""
        if m.type != "organization":
            return False
        names = (m.canonical, m.text)
        words = {w for n in names for w in _NAME_WORDS.findall(n.lower())}
        return bool(words & self.vocab.bystanders) or any(
            w in self.vocab.outlet_words for n in names for w in n.split())

    def entities_overlapping(self, start: int, end: int) -> list[EntityMention]:
        """Mentions that share characters with [start, end): a name the parser split across tokens."""
        i = bisect.bisect_left(self.entity_starts, start - 200)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end > start:
                out.append(self.entities[i])
            i += 1
        return out

    def places_in(self, sent: Span) -> list[tuple[PlaceMention, Token]]:
        lo = bisect.bisect_left(self.place_starts, sent.start_char)
        hi = bisect.bisect_left(self.place_starts, sent.end_char)
        return [(p, t) for p, t in self.places[lo:hi] if not self._inside_entity(p.start, p.end)]

    def timexes_in(self, sent: Span) -> list[tuple[Timex, Token]]:
        lo = bisect.bisect_left(self.timex_starts, sent.start_char)
        hi = bisect.bisect_left(self.timex_starts, sent.end_char)
        return self.timexes[lo:hi]

    def _inside_entity(self, start: int, end: int) -> bool:
        """A place word inside an actor name ("Iraqi Security Forces") is not a location."""
        i = bisect.bisect_right(self.entity_starts, start) - 1
        return (
            i >= 0
            and self.entities[i].start <= start
            and end <= self.entities[i].end
            and (self.entities[i].end - self.entities[i].start > end - start)
        )


# --------------------------------------------------------------------------- triggers


@dataclass
class Trigger:
    type: str
    start: int  # token indices
    end: int
    head: Token
    weak: bool


def find_triggers(sent: Span, vocab: Vocab) -> list[Trigger]:
    """All trigger words and phrases of a sentence, longest phrase first, no overlaps."""
    found: list[Trigger] = []
    i = sent.start
    doc = sent.doc
    # the words from the per-document list, the Token made only for a trigger word: most words are none
    words_at = token_words(doc)
    while i < sent.end:
        lemma, lower = words_at[i]
        hit: Trigger | None = None
        for first in {lemma, lower}:
            for seq, etype in vocab.phrases.get(first, []):
                j = i + len(seq)
                if j <= sent.end and all(seq[k] in words_at[i + k] for k in range(len(seq))):
                    hit = Trigger(etype, i, j, doc[i:j].root, weak=False)
                    break
            if hit:
                break
        # (every type's test below asks for one of its words: most tokens are none of them)
        if hit is None and (lemma in vocab.trigger_words or lower in vocab.trigger_words):
            tok = doc[i]
            for tv in vocab.types.values():
                noun = tok.pos_ in ("NOUN", "PROPN") and (lemma in tv.nouns or lower in tv.nouns)
                # "confirmed that airstrikes on March 25 killed ...": a noun-only word the parser took for a verb
                misread = tok.tag_ == "VBZ" and lemma in tv.nouns and lemma not in tv.verbs
                noun = noun or misread or (
                    tok.pos_ == "NOUN"
                    and (lower in tv.claim_nouns or lemma in tv.claim_nouns)
                    and (_claimed_for(tok) or _carried_out(tok, vocab))
                )
                # "the NISS announced the arrest of 82 individuals": a report of an arrest by whoever made it
                noun = noun or (lemma in tv.arrest_nouns and _reported_arrest(tok, tv))
                # "Following a visit to Kigali by Mozambican President Filipe Nyusi": a visit to a named place
                noun = noun or (tok.pos_ == "NOUN" and lemma in tv.visit_nouns and _visit_to_place(tok) is not None)
                verb = tok.pos_ == "VERB" and lemma in tv.verbs
                # "the dismantled terrorist cell": a participle the parser tagged as an adjective
                verb = verb or (tok.dep_ == "amod" and (lemma in tv.object_verbs or lower in tv.object_verbs))
                if (noun or verb) and lemma in tv.realm_defeat_words and not _realm_destroyed(tok, tv):
                    continue  # "troops destroyed two ISIS hideouts": the word is another type's (an operation)
                if noun or verb:
                    hit = Trigger(tv.name, i, i + 1, tok, weak=lemma in tv.weak or lower in tv.weak)
                    break
        if hit:
            hit = _with_incident_noun(_air_and_ground(hit, vocab), vocab)
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _visit_to_place(tok: Token) -> Token | None:
    """The named country or town a visit noun goes "to" ("a visit to Kigali", "during a visit to Washington last
    week", "a visit by Syria's foreign minister to Iraq", where the parser may hang the "to" phrase on the visitor):
    an official's visit to a state or a city is the meeting with its hosts (gold/real conventions), a visit "to the
    scene", "to the hospital" or "to monitor the troops" is none."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return tok if tok.ent_type_ == "GPE" else None  # the place word itself (mentions._locative)
    holders = [tok] + [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i == tok.i]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.ent_type_ == "GPE":
                return place
    return None


def _visit_holder(tok: Token) -> Token:
    """The word a visit's "to" phrase hangs on, or the visit itself when that word is its "by" phrase's visitor."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return tok.head.head
    return tok


def _reported_arrest(tok: Token, tv: TypeVocab) -> bool:
    """ "The National Intelligence and Security Service (NISS) announced the arrest of 82 individuals affiliated with
    ISIS", "CTD confirmed arrests of three takfiri terrorists": a noun of arrest ([types.X] arrest_nouns), object of a
    verb of reporting it ([types.X] arrest_reports) in the active voice, with an "of" phrase naming who was taken, is
    the reporter's arrest ("after his arrest", "the arrests were made in collaboration with ..." stay background)."""
    verb = tok.head
    return (
        tok.pos_ == "NOUN"
        and has_word(tok, tv.arrest_nouns)
        and tok.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and has_word(verb, tv.arrest_reports)
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and any(p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children)
                for p in tok.children)
    )


def _teller(verb: Token, tv: TypeVocab, index: DocIndex) -> Actor | None:
    """The body named as the subject of a verb of reporting ("The Syrian Ministry of Interior announced the arrest of
    ..."), of a type that can act in an event of ``tv``'s type and not the campaign's target group."""
    subj = _subj(verb)
    if subj is None:
        return None
    for m in index.entities_in(subj.left_edge.idx, _end(subj)):
        if m.type in tv.actor_types and m.entity_id not in index.target_group_ids:
            return Actor.of(m)
    return None


def _air_and_ground(trig: Trigger, vocab: Vocab) -> Trigger:
    """ "the two forces launched joint air and artillery strikes against ADF camps", "through their air and ground
    strikes": a weak strike noun whose air word ([types.X] air_modifiers) is joined to a ground one is still struck
    from the air, as "air strikes" is (the conventions type such joint air and artillery strikes as strikes; an
    operation noun so modified, "air and artillery operations", stays an operation: air_nouns). The parser often
    takes the air word for the head noun and the strikes for its conjunct: the trigger then starts at the air word,
    which holds the verb ("launched") the strikes would hold."""
    tv = vocab.types[trig.type]
    head = trig.head
    if not (trig.weak and tv.air_modifiers and head.pos_ == "NOUN" and trig.end - trig.start == 1):
        return trig
    first = head.head
    if (
        head.dep_ == "conj"
        and first.i < head.i
        and first.pos_ == "NOUN"
        and has_word(first, tv.air_modifiers)
        and all(t.dep_ in ("cc", "compound", "amod") for t in head.doc[first.i + 1 : head.i])
    ):
        return Trigger(trig.type, first.i, trig.end, first, weak=False)
    if any(
        c.dep_ in ("amod", "compound", "nmod")
        and has_word(c, tv.air_modifiers)
        and any(g.dep_ == "conj" for g in c.children)
        for c in head.children
    ):
        return Trigger(trig.type, trig.start, trig.end, head, weak=False)
    return trig


def _with_incident_noun(trig: Trigger, vocab: Vocab) -> Trigger:
    """ "A suicide bombing incident occurred at the police headquarters", "the church shooting incident of
    January 28": the trigger names the kind of an incident noun right after it, which is the phrase's head
    (and would otherwise make the trigger a mere modifier, as in "attack helicopter")."""
    after = trig.head.head
    if trig.head.dep_ == "compound" and after.i == trig.end and after.lemma_.lower() in vocab.incident_nouns:
        return Trigger(trig.type, trig.start, after.i + 1, after, trig.weak)
    return _named(trig, vocab)


def _named(trig: Trigger, vocab: Vocab) -> Trigger:
    """ "the UPDF launched Operation Shujaa", "Operation Lake Integrity, which was launched on March 21": a
    capitalised operation word that opens a proper name is the named operation, headed by the name's last word
    (the filters then ask of the name what they ask of the word: a light verb or a date of its own). Only a type
    that needs such support ([types.X] needs_support): "the Moro Islamic Liberation Front" names no liberation."""
    head = trig.head
    name = head.head
    if (
        vocab.types[trig.type].needs_support
        and trig.end - trig.start == 1
        and head.dep_ == "compound"
        and head.text[:1].isupper()
        and name.pos_ == "PROPN"
        and name.i > head.i
        and all(t.dep_ == "compound" and t.pos_ == "PROPN" for t in head.doc[head.i + 1 : name.i])
    ):
        return Trigger(trig.type, trig.start, name.i + 1, name, trig.weak)
    return trig


def _named_event(trig: Trigger, tv: TypeVocab) -> bool:
    """The trigger is an event's name (_named): "Operation Shujaa", headed by "Shujaa"."""
    head = trig.head
    return trig.end - trig.start > 1 and head.pos_ == "PROPN" and not has_word(head, tv.nouns)


def _perpetrated_type(vocab: Vocab) -> str:
    """The event type a killing by a perpetrator reports ([types.X] perpetrated)."""
    return next(t.name for t in vocab.types.values() if t.perpetrated)


def _names_town(tok: Token, index: DocIndex) -> bool:
    """Whether a noun phrase IS a town ("Mosul", "the city of Ramadi", "the town of Palmyra"), not a
    phrase that only holds one ("vast swathes of northern Iraq, including Mosul") or a country."""
    vocab = index.vocab
    if has_word(tok, vocab.containers):
        tok = next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), tok)
    return any(
        t.i == tok.i and pm.place.precision not in ("country", "province")
        for pm, t in index.places
        if tok.left_edge.idx <= pm.start < _end(tok)
    )


def _target_group(tok: Token | None, index: DocIndex) -> bool:
    """Whether a noun phrase names the campaign's target group or one of its branches."""
    return tok is not None and any(
        m.entity_id in index.target_group_ids for m in index.entities_in(tok.left_edge.idx, _end(tok))
    )


def _names_camp(tok: Token, index: DocIndex) -> bool:
    """Whether a noun phrase names a camp ("the Syrian Al-Hol camp", "Roj camp")."""
    start, end = tok.left_edge.idx, _end(tok)
    return has_word(tok, frozenset({"camp"})) and any(start <= pm.start < end for pm, _t in index.places)


def _from_camp(tok: Token, index: DocIndex) -> bool:
    """ "returned from the Al-Hol camp", "the transfer of 450 families from Al-Hawl": the word's "from" phrase names a
    camp the gazetteer knows as one (not "transferred to Afghanistan from ISIS training camps in Balochistan")."""
    sources = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
               if g.dep_ == "pobj"]
    sources += [c for g in sources for c in g.children if c.dep_ == "conj"]  # "from al-Hol and al-Roj"
    return any(
        g.left_edge.idx <= pm.start < _end(g) and pm.place.feature == "camp" for g in sources for pm, _t in index.places
    )


def _to_country(verb: Token, index: DocIndex) -> bool:
    """ "returned to Iraq": the verb's "to" phrase is a country (a town is a displaced family going home)."""
    goals = {g.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children}
    return any(t.i in goals and pm.place.precision == "country" for pm, t in index.places)


def capture_triggers(sent: Span, vocab: Vocab, index: DocIndex) -> list[Trigger]:
    """A town taken by the Islamic State is an attack (gold/real conventions), told without an attack
    word: "IS fighters overran Ramadi", "Mosul was seized by ISIS", "Mosul fell to the Islamic State"
    ([types.X] seize_verbs and fall_verbs). Only the target group taking a place counts for such a type:
    "Iraqi forces captured the town" is the other side's recapture, a type whose actors are the state's
    forces ([types.X] forces_act with seize_verbs); "captured a commander" is no town at all."""
    out = []
    doc = sent.doc
    word_at = token_words(doc)
    for i in range(sent.start, sent.end):
        lemma = word_at[i][0]
        if lemma not in vocab.capture_lemmas:
            continue  # every test below asks for one of these lemmas first (read before making the Token)
        tok = doc[i]
        held = next((t for t in vocab.types.values() if _held_since(tok, t, index) is not None), None)
        if held is not None:
            out.append(Trigger(held.name, tok.i, tok.i + 1, tok, weak=False))
            continue
        if tok.pos_ == "NOUN":
            # "Iraq organized the transfer of 450 families from Al-Hawl", "the departure of 167 families from Al-Hol
            # camp": a camp exit told as a noun ([types.X] camp_exit_nouns)
            tv = next((t for t in vocab.types.values() if lemma in t.camp_exit_nouns), None)
            if tv is not None and _from_camp(tok, index):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
            tv = next((t for t in vocab.types.values() if _seized_by_noun(tok, t, index)), None)
            if tv is not None:
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
            continue
        if tok.pos_ != "VERB":
            continue
        # "launched an operation in May to re-take Sirte", "an offensive to capture Mosul": the aim, not a taking
        # (a hyphenated prefix the parser splits off, "re-take", carries the infinitive's "to")
        own = [tok, tok.doc[tok.i - 2]] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else [tok]
        aim = any(v.dep_ in ("acl", "advcl", "relcl") and any(c.tag_ == "TO" for c in v.children) for v in own)
        for tv in [] if aim else vocab.types.values():
            # ("took control of the province": a seize verb with a control noun takes the noun's place)
            controlled = _controlled(tok, tv)
            taken: Token | None
            taker: Token | None
            if controlled is not None:
                taken, taker = controlled, _subj(tok)
            elif lemma in tv.seize_verbs:
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                taker = _agent(tok) if passive else _subj(tok)
                taken = _subj(tok) if passive else next((c for c in tok.children if c.dep_ == "dobj"), None)
            elif lemma in tv.fall_verbs:
                taken = _subj(tok)
                taker = next(
                    (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children), None
                )
            else:
                continue
            # "Mosul, which Daesh overran in mid-2014", "the Maute group, which seized control of Marawi": a relative
            # pronoun stands for the noun its clause qualifies; a part of a town is taken as the town is ("captured
            # about one-third of the city of Kobani")
            taken, taker = _portion_of(_relative_head(taken, tok), index), _relative_head(taker, tok)
            overrun = taken is not None and has_word(taken, tv.positions) and is_perpetrator(taker, vocab, index)
            # a type the state's forces act in takes the town back ("Iraqi forces captured the border town of
            # Rawa" is its recapture); the others are the target group's own taking of it, told by its name or by
            # a pronoun or description of it in an article that has named it ("which it overran in mid-2014")
            taker_ok = _is_force(taker, vocab, index) if tv.forces_act else _group_taker(taker, index)
            if tv.forces_act and not taker_ok and taken is not None:
                # "Turkish-backed rebels captured the town of Dabiq from the Islamic State group": whoever takes a
                # town from the group, if not the group, retakes it
                taker_ok = _from_group(tok, taken, index) and not _names_group(taker, index)
            # a force taking control of a place told by its kind takes it back too ("taking control of two small
            # towns previously controlled by ISIL", "took control of the province"); "seized weapons" names none
            town = taken is not None and (
                _names_town(taken, index) or controlled is not None and tv.forces_act and _held_place(taken, tv, index)
            )
            if taken is not None and (town and taker_ok or overrun):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
        for tv in vocab.types.values():
            if lemma in tv.aircraft_verbs and _by_aircraft(tok, tv):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if lemma in tv.camp_exit_verbs and obj is not None and _names_camp(obj, index):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
            if lemma in tv.return_verbs and _from_camp(tok, index) and not any(
                    has_word(t, tv.nouns) for t in tok.subtree):
                # "4,000 Iraqi nationals have recently returned from the Al-Hol camp", "Iraq received the fifth batch
                # of families from the Hol camp": people leaving a camp, as camp_exit_verbs with the camp as object
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
            if (
                lemma in tv.return_verbs
                and _to_country(tok, index)
                and (subj := _subj(tok)) is not None
                and has_word(subj, tv.context)
                # "had returned to Iraq in the latest repatriation effort": the noun is the trigger
                and not any(has_word(t, tv.nouns) for t in tok.subtree)
            ):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
    return out


def _since_dated(owners: list[Token], tv: TypeVocab) -> bool:
    """Whether one of ``owners`` has a "since" phrase ([types.X] since_preps) holding a date ("since June 2014",
    "since 2014"; not "since the fall of the regime")."""
    return any(
        p.dep_ == "prep" and p.lower_ in tv.since_preps and any(t.like_num or t.ent_type_ == "DATE" for t in p.subtree)
        for o in owners for p in o.children
    )


def _held_town(tok: Token, tv: TypeVocab) -> Token | None:
    """What a word of holding a place since a date holds, by the parse alone: the object or passive subject of a
    [types.X] hold_verbs verb with a dated "since" phrase ("has held Rutba since 2014"), or what is "under" a
    control_nouns word (hold_preps) with one: the subject of the verb the phrase hangs on ("Mosul has been under IS
    control since June 2014") or the noun it qualifies ("the areas under IS control since 2014")."""
    if not tv.since_preps:
        return None
    if tok.pos_ == "VERB" and tok.lemma_.lower() in tv.hold_verbs and _since_dated([tok], tv):
        dep = "nsubjpass" if _passive_verb(tok) else "dobj"
        return _relative_head(next((c for c in tok.children if c.dep_ == dep), None), tok)
    if (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in tv.control_nouns and tok.dep_ == "pobj"
        and tok.head.lower_ in tv.hold_preps and _since_dated([tok, tok.head, tok.head.head], tv)
    ):
        owner = tok.head.head
        return _relative_head(_subj(owner), owner) if owner.pos_ in ("VERB", "AUX") else owner
    return None


def held_since_owners(head: Token, vocab: Vocab) -> set[int]:
    """The words whose "since" phrase dates a trigger of holding a place since then (``_held_town``): the verb,
    or the control noun, its preposition and the word that hangs on; empty for any other trigger."""
    for tv in vocab.types.values():
        if _held_town(head, tv) is not None:
            return {head.i} if head.pos_ == "VERB" else {head.i, head.head.i, head.head.head.i}
    return set()


def _held_since(tok: Token, tv: TypeVocab, index: DocIndex) -> Token | None:
    """The named town the campaign's group has held since a date, which is its taking of the town then (gold/real
    conventions: the group taking a town is its attack): "Rutba has been held by the extremist group since 2014"
    ([types.X] hold_verbs), "Mosul has been under the IS control since June 2014" (the town "under" its
    control_nouns, hold_preps); None for any other word ("areas under government control since 2017")."""
    town = _held_town(tok, tv)
    if town is None:
        return None
    if tok.pos_ == "VERB":
        holder = _relative_head(_agent(tok) if _passive_verb(tok) else _subj(tok), tok)
    else:
        # whose control: "IS control", "militant control", "the control of Daesh"
        holders = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        holders += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        holder = next((h for h in holders if _group_taker(h, index)), None)
    if holder is None or not _names_town(town, index) or not _group_taker(holder, index):
        return None
    return town


def _seized_by_noun(tok: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """A noun of taking a place ([types.X] seize_nouns) with the place as its "of" phrase: a named town or a held
    place holding one ("the capture of Hajin", "the capture of key militant positions, including X", "the capture
    of the base, located in Y"). Who takes it (the "by" phrase or the possessor) picks the type: the campaign's group
    for a type the group acts in ("the group's capture of Mosul"), else a force or no one named for a type the
    state's forces act in; "the capture of a senior leader in Mosul" takes no place."""
    if tok.lemma_.lower() not in tv.seize_nouns:
        return False
    taken = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"), None)
    if taken is None:
        return False
    places = {t.i for pm, t in index.places if pm.place.precision not in ("country", "province")}
    named_inside = any(t.i in places for t in taken.subtree)
    held = has_word(taken, tv.held_places) or has_word(taken, index.vocab.containers)
    if not (_names_town(taken, index) or held and named_inside):
        return False
    takers = [g for p in tok.children if p.dep_ in ("agent", "prep") and p.lower_ == "by" for g in p.children]
    takers += [c for c in tok.children if c.dep_ == "poss"]
    if tv.forces_act:
        return not takers or all(_is_force(t, index.vocab, index) for t in takers)
    return any(_target_group(t, index) for t in takers)


def _from_group(verb: Token, taken: Token, index: DocIndex) -> bool:
    """A verb of taking whose "from" phrase (on the verb or, as the parser may hang it, on what is taken) names the
    campaign's group: "captured the town of Dabiq from the Islamic State group"."""
    return any(
        _names_group(g, index)
        for o in (verb, taken) for p in o.children if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children if g.dep_ == "pobj"
    )


def _portion_of(tok: Token | None, index: DocIndex) -> Token | None:
    """The place a part of it stands for ([places] portions: "one-third of the city of Kobani", "part of the town");
    any other phrase as it is."""
    portions = index.vocab.portions
    # ("one-third" parsed as "one" with "third" as its quantity modifier)
    if tok is None or not (has_word(tok, portions) or any(
            c.dep_ in ("quantmod", "compound") and has_word(c, portions) for c in tok.children)):
        return tok
    return next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), tok)


def _relative_head(tok: Token | None, verb: Token) -> Token | None:
    """The noun a relative pronoun argument of ``verb`` stands for ("Mosul, which Daesh overran": "Mosul"; "the
    village that had been taken by militants": "village"; "Albu Kamal, a border town which the regime recaptured":
    the name the town is in apposition to); any other phrase as it is."""
    if tok is None or tok.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return tok
    noun = verb.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def _group_taker(tok: Token | None, index: DocIndex) -> bool:
    """Who takes a town in the target group's seizure of it: the group by name, or a pronoun or description of it
    ("which it overran", "the militants took over Qandala") in an article that has named the group."""
    if _target_group(tok, index):
        return True
    if tok is None or not (tok.lower_ in index.vocab.pronouns or has_word(tok, index.vocab.descriptions)
                           or has_word(tok, index.vocab.attacker_losses)):
        return False
    return bool(index.target_group_ids & {m.entity_id for m in index.entities_in(0, tok.idx)})


def _names_group(tok: Token | None, index: DocIndex) -> bool:
    """The campaign's target group or its fighters: "the Islamic State", "IS militants", "the terrorists", or a
    pronoun or description of the group in an article that has named it ("it was driven out of Iraq")."""
    if tok is None:
        return False
    vocab = index.vocab
    if _target_group(tok, index) or has_word(tok, vocab.attacker_losses):
        return True
    pronoun = tok.lower_ in vocab.pronouns or has_word(tok, vocab.descriptions)
    return pronoun and bool(index.target_group_ids & {m.entity_id for m in index.entities_in(0, tok.idx)})


def _held_place(tok: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """A phrase naming a place a side can hold: a town or area the gazetteer knows, or one told by its kind
    ("its last stronghold", "the city of Manbij", "several key locations", [types.X] held_places)."""
    heads = conjuncts(tok)
    heads += [g for h in heads for p in h.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    places = {t.i for _pm, t in index.places}
    return any(
        h.i in places or has_word(h, tv.held_places) or has_word(h, index.vocab.containers) for h in heads
    )


def _out_of(verb: Token, args: list[Token]) -> Token | None:
    """The place a verb of expelling puts someone out of: its "from" or "out of" phrase, on the verb or on the
    one put out ("cleared militants from several key locations", "drove the militants out of Bosso")."""
    out_prt = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    for owner in (verb, *args):
        for p in owner.children:
            if p.dep_ != "prep":
                continue
            if p.lower_ == "from" or (p.lower_ == "of" and out_prt):
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            elif p.lower_ == "out":
                of = next((g for g in p.children if g.dep_ == "prep" and g.lower_ in ("of", "from")), None)
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            else:
                continue
            if pobj is not None:
                return pobj
    return None


def _passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _patient(verb: Token) -> Token | None:
    """What a verb acts on: its object, or its passive subject ("the faction was kicked out of Derna"), or for a
    subjectless passive the subject of the clause above ("... before being ousted")."""
    if _passive_verb(verb):
        return _subj(verb) or _clause_subject(verb)
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _control_sides(verb: Token, tv: TypeVocab, index: DocIndex) -> tuple[list[Token], Token | None] | None:
    """For a verb of putting the group out of a place, of ridding a place of it or of the group losing it
    ([types.X] expel_verbs, rid_verbs, loss_verbs): (the phrases naming the group, the place); None when the
    verb is not so used ("expelled French forces", "cleared of mines", "lost 10 men")."""
    lemma = verb.lemma_.lower()
    patient = _patient(verb)
    if lemma in tv.expel_verbs and _names_group(patient, index) and patient is not None:
        place = _out_of(verb, [patient])
        if place is not None and _held_place(place, tv, index):
            return [patient], place
    if lemma in tv.rid_verbs and patient is not None and _held_place(patient, tv, index):
        # the verb's "of" or "from" phrase ("cleared of militants"), or a "from" phrase the parser hangs on the
        # place ("liberated a neighbourhood from the group"; the place's own "of" phrase is its name)
        preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "from")]
        preps += [p for p in patient.children if p.dep_ == "prep" and p.lower_ == "from"]
        rid_of = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        group = [g for g in rid_of if _names_group(g, index)]
        if group:
            return group, patient
    if lemma in tv.loss_verbs and not _passive_verb(verb):
        # only with who took it ("to rival Islamist groups"): "ISIS lost its final stronghold in Syria in 2019" alone
        # is the wire line on the caliphate's end that pages repeat as background
        loser = _subj(verb)
        if (
            _names_group(loser, index) and patient is not None and _held_place(patient, tv, index)
            and _lost_to(verb, patient)
        ):
            return [t for t in (loser,) if t is not None], patient
    return None


def _lost_to(verb: Token, place: Token | None) -> list[Token]:
    """Who a place was lost to: the "to" phrase on the verb or, as the parser often hangs it, on the place
    ("lost its last stronghold in Baghuz to the US-led coalition")."""
    return [
        g for o in (verb, place) if o is not None for p in o.children
        if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"
    ]


def control_triggers(sent: Span, vocab: Vocab, index: DocIndex) -> list[Trigger]:
    """A place taken from the campaign's group told without a recapture word (gold/real conventions: its
    recapture, credited to who took it): "the CTS forces drove the IS militants out of Sarijkhanah", "tribal
    fighters cleared the village of Shiala from Daesh terrorists", "the IS lost Derna to rival Islamist groups".
    The group put out is never the doer: "insurgents dislodged the military from their location" is no
    recapture (the attack word of that sentence tells it)."""
    out = []
    doc = sent.doc
    word_at = token_words(doc)
    for i in range(sent.start, sent.end):
        if word_at[i][0] not in vocab.control_lemmas:
            continue  # (_control_sides asks for one of these lemmas; read before making the Token)
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        for tv in vocab.types.values():
            sides = _control_sides(tok, tv, index)
            if sides is None:
                continue
            if tok.dep_ in ("acl", "advcl", "relcl") and any(c.tag_ == "TO" for c in tok.children):
                break  # "launched an offensive in 2021 to drive the ADF from its strongholds": the aim, not a result
            doer = _agent(tok) if _passive_verb(tok) else _subj(tok)
            # ("Iraqi tribal fighters managed to clear the village": fighters may be of either side)
            if tok.lemma_.lower() not in tv.loss_verbs and _names_group(doer, index):
                continue
            out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
            break
    return out


def _controlled(verb: Token, tv: TypeVocab) -> Token | None:
    """ "took control of the province", "seized control over Marawi" ([types.X] control_verbs with one of
    control_nouns as object, active): the place of the noun's (or the verb's) "of" or "over" phrase."""
    if verb.lemma_.lower() not in tv.control_verbs or _passive_verb(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and has_word(c, tv.control_nouns)), None)
    if noun is None:
        return None
    return next(
        (g for o in (noun, verb) for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
         for g in p.children if g.dep_ == "pobj"),
        None,
    )


def _controller(verb: Token) -> Token | None:
    """The object a subjectless infinitive is said of: "the ATF scrambled an Alpha Jet aircraft to attack the
    location" (the aircraft attacks, not the ATF); None for any other verb."""
    if verb.dep_ not in ("xcomp", "advcl") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _by_aircraft(verb: Token, tv: TypeVocab) -> bool:
    """ "Iraqi fighter jets targeted a hideout", "the town was pounded by warplanes": aircraft do it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    doer = _agent(verb) if passive else (_controller(verb) or _subj(verb))
    if doer is None:
        return False
    # "dispatched a force package of fighter jets and helicopter gunships to attack": the package is of aircraft
    of = next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and not has_word(doer, tv.aircraft):
        doer = next((g for g in of.children if g.dep_ == "pobj"), doer)
    if doer is None:
        return False
    # "the Iraqi air forces targeted a school in Faluja": an air arm is its aircraft ([types.X] air_arms)
    name = " ".join(t.lower_ for t in doer.subtree if t.i <= doer.i)
    return has_word(doer, tv.aircraft) or any(f" {arm} " in f" {name} " or f" {arm}s " in f" {name} "
                                               for arm in tv.air_arms)


def campaign_triggers(sent: Span, vocab: Vocab, triggers: list[Trigger]) -> list[Trigger]:
    """A campaign whose purpose is a recapture is an operation, whatever noun names it: "the assault to
    retake Mosul", "launched a campaign to retake the city"; an agreement to end a mission is a withdrawal
    ([types.X] purpose_nouns, purpose_verbs and, when set, purpose_objects).
    The noun replaces a trigger it already was ("assault" as an attack); the recapture it aims at is its
    argument, not an event of its own."""
    found: dict[int, Trigger] = {}
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if not may_have_word(doc, i, vocab.purpose_words):
            continue  # (a Token only for a word that may be one)
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or not has_word(tok, vocab.purpose_words):
            continue
        for tv in vocab.types.values():
            if has_word(tok, tv.purpose_nouns) and any(
                c.dep_ in ("acl", "relcl", "advcl")
                and has_word(c, tv.purpose_verbs)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (
                    not tv.purpose_objects
                    or any(d.dep_ == "dobj" and has_word(d, tv.purpose_objects) for d in c.children)
                )
                for c in tok.children
            ):
                found[tok.i] = Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False)
                break
    if not found:
        return triggers
    kept = [t for t in triggers if t.head.i not in found]
    return sorted([*kept, *found.values()], key=lambda t: t.start)


def _force_outcome_on_group(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "the determined troops eliminated 10 terrorists", "troops of MNJTF captured a high-ranking ISWAP member at
    Damasak": a force's deed on the group's people ([casualties] force_outcomes that are no trigger of their own)
    told in the simple past and the active voice, its subject a state's armed force and its object the group's
    fighters, is the force's operation like a killing (not an aim: "vowed to eliminate the terrorists")."""
    lemma = verb.lemma_.lower()
    if lemma not in vocab.force_outcomes or any(lemma in t.verbs for t in vocab.types.values()):
        return False
    if _passive(verb) or verb.tag_ != "VBD" or any(c.tag_ == "TO" for c in verb.children):
        return False  # simple past only: "has eliminated several terrorists" leads a page's summary as often
    victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _is_force(_chain_subject(verb), vocab, index, armed=True) and _group_members(victims, vocab, index)


def kill_trigger(sent: Span, vocab: Vocab, index: DocIndex) -> Trigger | None:
    """A killing reported without an attack noun: "gunmen killed five soldiers in ..." ."""
    perpetrated = vocab.types[_perpetrated_type(vocab)]
    for tok in sent:
        wrecked = _wrecks_group_site(tok, vocab, index) or _rescues_captives(tok, vocab, index)
        if wrecked is not None:
            return wrecked
        if tok.pos_ == "VERB" and _verb_words(tok) & perpetrated.burn_verbs:
            # "insurgents burned a church and a school in Muamula": destruction by attackers
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # "the caliphate was destroyed"
            objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ == "VERB":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if any(o.lower_ in perpetrated.burn_objects for o in objects) and is_perpetrator(subj, vocab, index):
                return Trigger(perpetrated.name, tok.i, tok.i + 1, tok, weak=False)
        if _aims_at(tok, perpetrated, vocab, index):
            return Trigger(perpetrated.name, tok.i, tok.i + 1, tok, weak=False)  # "a suicide bomber targeted a ..."
        if tok.pos_ == "VERB" and _force_outcome_on_group(tok, vocab, index):
            kind = next((t.name for t in vocab.types.values() if t.force_kills), None)
            if kind:
                return from_the_air(Trigger(kind, tok.i, tok.i + 1, tok, weak=False), vocab)
        if tok.pos_ == "VERB" and _wounded_by_attackers(tok, vocab, index):
            return Trigger(perpetrated.name, tok.i, tok.i + 1, tok, weak=False)
        if tok.pos_ != "VERB" or not (kills(tok, vocab) or _kills_with_particle(tok, vocab)):
            continue
        cas = casualty(tok, vocab)
        if cas is not None and cas[0] != "killed":
            continue  # uncounted dead count too: "aid workers were murdered by armed men"
        if tally_count(tok, vocab):
            continue  # "ISIS has killed around 180 fighters since the siege began": a running count, no attack
        subj = _chain_subject(tok)
        if subj is None and _claimed_for(tok):
            # "the Islamic State group has claimed responsibility for killing a police officer": who claims it
            owner = tok.head.head
            claim = owner.head if owner.pos_ != "VERB" else owner
            subj = next((c for c in claim.children if c.dep_ == "nsubj"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        perp = subj if subj is not None else (next(agent.children, None) if agent is not None else None)
        kind = next((t.name for t in vocab.types.values() if t.force_kills), None)
        victims = victims_of(tok, vocab) or next((c for c in tok.children if c.dep_ == "dobj"), None)
        if victims is None and _kills_with_particle(tok, vocab):
            # "personnel shot dead a Chinese Uighur who was a member of the MIT": the parser hung the object on "dead"
            victims = next((g for c in tok.children if c.i > tok.i for g in c.children if g.dep_ == "dobj"), None)
        if kind and _is_force(perp, vocab, index, armed=True) and _group_members(victims, vocab, index):
            return from_the_air(Trigger(kind, tok.i, tok.i + 1, tok, weak=False), vocab)
        if (
            kind
            and agent is None
            and _passive(tok)
            and victims is not None
            # the dead are the group's people by what they are called ("an ADF commander", "16 ISIS fighters"),
            # not only by a group named somewhere in their phrase ("16 people ..., attacks claimed by IS")
            and has_word(victims, vocab.attacker_losses | vocab.group_members)
            and _group_members(victims, vocab, index)
        ):
            # "an ADF commander was killed in Mwalika valley on Sunday": the group's dead with no killer named;
            # keep_trigger holds it to a place and a day of its own (_unnamed_kill)
            return Trigger(kind, tok.i, tok.i + 1, tok, weak=False)
        if is_perpetrator(perp, vocab, index) or (agent is None and _massacre_at(tok, vocab, index)):
            return Trigger(_perpetrated_type(vocab), tok.i, tok.i + 1, tok, weak=False)
    return None


def _wounded_by_attackers(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "gunmen wounded three police officers in Mafa", "two guards were injured by militants", "the fleeing
    terrorists ... shot three commuters in Gasarwa Village": attackers hurting people is their attack, told with no
    attack word, as their killing is. Only with a count of people hurt ("the war hurt the economy" is no attack), and
    "shoot" with a count as object ("shot a video" is none); a force's doing is not theirs ("troops injured two
    suspects" is the operation's)."""
    lemma = words(verb)[0]
    if lemma not in vocab.wound and lemma != "shoot":
        return False
    if lemma in vocab.wound and (casualty(verb, vocab) or ("", 0))[0] != "wounded":
        return False
    if lemma == "shoot":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not any(c.dep_ == "nummod" for c in obj.children):
            return False
    doer = _agent(verb) if _passive(verb) else _chain_subject(verb)
    return is_perpetrator(doer, vocab, index) and not _is_force(doer, vocab, index)


def _aims_at(verb: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "A suicide bomber targeted a memorial ceremony", "gunmen had targeted a frontier post": an attacker aiming at
    something, told in the simple or past perfect ([types.X] aim_verbs), is the attack itself. The present ("ISIS
    targets Shias") and the present perfect ("fighters have targeted remote communities since 2017") tell a habit or a
    record, a pronoun object ("targeted those who ...") whom they kill, and a passive names no attacker as subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in perpetrated.aim_verbs:
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not (verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and auxes == ["had"]):
        return False
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # one thing aimed at: "targeted about 10 villages, including X and Y" sums up a wave told as an attack elsewhere
    if target is None or target.pos_ not in ("NOUN", "PROPN") or is_plural(target):
        return False
    return is_perpetrator(next((c for c in verb.children if c.dep_ == "nsubj"), None), vocab, index)


def _chain_subject(verb: Token) -> Token | None:
    """The active subject of a verb, else of the verb its participle or conjunct hangs on, up a chain of them:
    "gunmen opened fire on the crowd, killing five", "insurgents entered the village on 23 June, set fire to
    several houses and killed at least three people" (the parser hangs each conjunct on the one before)."""
    for _ in range(4):
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            # "the villagers were attacked and killed", "after Hapilon was killed by security forces": a passive's
            # subject suffered it, and the subject of the clause it hangs on did not do it
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB":
            return subj
        verb = verb.head
    return None


def _apart_from(verb: Token, triggers: list[Trigger], vocab: Vocab) -> bool:
    """A killing none of the sentence's (dropped) event words is part of, nor hangs on: "gunmen killed at least 12
    civilians on Monday, authorities said, the latest in a series of attacks" reports the killing; in "attacks
    by the group have killed hundreds" or "gunmen killed five in attacks since May" the killing is the attack
    word's, dropped for a reason the killing shares (the word near the verb, as its subject or around it)."""
    subj = _chain_subject(verb)
    return not any(
        dominates(t.head, verb)
        or (subj is not None and dominates(subj, t.head))
        or tree_distance(verb, t.head) <= 2
        # "gunmen killed at least 10 in apparently sectarian attacks on churches": the frame the killing was in
        or (t.head.dep_ == "pobj" and t.head.head.lower_ in vocab.frame_preps and dominates(verb, t.head))
        for t in triggers
    )


def _verb_words(verb: Token) -> set[str]:
    """The verb's lemma, and with its particle the phrasal verb it makes ("blew up" gives "blow up")."""
    lemma = words(verb)[0]
    # the particles from a per-document map: this runs for every word of a sentence with a trigger, and walking
    # ``verb.children`` makes a Token per child each time
    return {lemma} | {f"{lemma} {particle}" for particle in _particles(verb.doc).get(verb.i, ())}


_PARTICLES_KEY = "sitroom.events.particles"


def _particles(doc: Doc) -> dict[int, list[str]]:
    """Each verb's particles ("up" of "blew up"), lower-cased, by the verb's index, found once per document."""
    found: dict[int, list[str]] | None = doc.user_data.get(_PARTICLES_KEY)
    if found is None:
        found = {}
        heads, word_at = head_indices(doc), token_words(doc)
        for i, label in enumerate(token_deps(doc)):  # (the per-document lists: no Token per word)
            if label == "prt":
                found.setdefault(heads[i], []).append(word_at[i][1])
        doc.user_data[_PARTICLES_KEY] = found
    return found


def _wrecks_group_site(verb: Token, vocab: Vocab, index: DocIndex) -> Trigger | None:
    """ "The Nigerian Air Force has destroyed an ISWAP training camp", "troops destroyed two IS hideouts": a state's
    force wrecking where the group lives and fights from is an operation of the type with [types.X] destroy_verbs
    and destroy_objects, a strike when aircraft do it ("Iraqi warplanes destroyed 18 ISIS hideouts"); attackers
    wrecking a base is no such thing ([types.X] burn_verbs tell their side)."""
    if verb.pos_ != "VERB":
        return None
    if verb.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "launched operations against the ADF to destroy their camps": the aim, not a report
    verb_words = _verb_words(verb)  # once, not per event type
    for tv in vocab.types.values():
        if not verb_words & tv.destroy_verbs:
            continue
        doer = _agent(verb) if _passive(verb) else _subj(verb)
        wrecked = _subj(verb) if _passive(verb) else next((c for c in verb.children if c.dep_ == "dobj"), None)
        if wrecked is None or not has_word(wrecked, tv.destroy_objects):
            return None
        if doer is not None and doer.pos_ == "PRON" and doer.lower_ in vocab.pronouns:
            doer = _reporting_subject(doer, vocab) or doer  # "the army said it destroyed a camp"
        if not _is_force(doer, vocab, index) or is_perpetrator(doer, vocab, index):
            return None
        air = next((t for t in vocab.types.values() if t.aircraft and _by_aircraft(verb, t)), None)
        return Trigger((air or tv).name, verb.i, verb.i + 1, verb, weak=False)
    return None


def _rescues_captives(verb: Token, vocab: Vocab, index: DocIndex) -> Trigger | None:
    """ "Marines rescued them from Abu Sayyaf militants", "our army freed 83 hostages": a state's force (not attackers)
    freeing the group's captives ([types.X] rescue_objects, or anyone "from" the group or its fighters) is an operation
    of the type with [types.X] rescue_verbs, told without an operation word."""
    if verb.pos_ != "VERB" or _passive(verb) or any(c.tag_ == "TO" for c in verb.children):
        return None  # "on the trail of the militiamen to rescue the hostages": an aim
    verb_words = _verb_words(verb)  # once, not per event type
    for tv in vocab.types.values():
        if not verb_words & tv.rescue_verbs:
            continue
        freed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        sources = [g for p in verb.children if p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
        sources += [g for s in sources for p in s.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        captives = freed is not None and has_word(freed, tv.rescue_objects)
        from_group = any(_target_group(s, index) or has_word(s, vocab.attacker_losses) for s in sources) or any(
            c.dep_ == "poss" and (_target_group(c, index) or has_word(c, vocab.attackers)) for s in sources
            for c in s.children
        )
        doer = _reported_doer(_subj(verb), vocab)
        if (captives or from_group) and _is_force(doer, vocab, index) and not is_perpetrator(doer, vocab, index):
            return Trigger(tv.name, verb.i, verb.i + 1, verb, weak=False)
        return None
    return None


def _kills_attackers(trig: Trigger, vocab: Vocab, index: DocIndex) -> bool:
    """A force_kills trigger made by what it did to the group's fighters ("neutralised 16 terrorists",
    "killed five ISWAP fighters"), not by an operation word."""
    head = trig.head
    if not vocab.types[trig.type].force_kills or head.pos_ != "VERB":
        return False
    victims = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    people = victims is not None and has_word(victims, vocab.attacker_losses | vocab.group_members)
    return people and _group_members(victims, vocab, index)  # "dismantled an ISIS cell" is no kill


def _described(tok: Token, nouns: frozenset[str]) -> bool:
    """The noun phrase is one of ``nouns`` or a name told as one by its title or apposition: "Abu Sayyaf leader
    Isnilon Hapilon", "Adnan Abu Walid al-Sahrawi, leader of the Islamic State in the Greater Sahara", or by a
    relative clause: "a Chinese Uighur who was a member of the MIT terrorist group"."""
    if has_word(tok, nouns):
        return True
    if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "appos") and has_word(c, nouns) for c in tok.children):
        return True
    return any(
        c.dep_ == "relcl" and c.lemma_ == "be" and any(a.dep_ == "attr" and has_word(a, nouns) for a in c.children)
        for c in tok.children
    )


def _kill_doer(verb: Token) -> Token | None:
    """Who did what a force_kills verb tells: the subject of the verb a by- or in-gerund hangs on ("Puntland forces
    responded by neutralizing eight Daesh fighters", "the PSF has succeeded in neutralising ISIS members"), else the
    subject."""
    if _passive(verb):
        return _subj(verb) or _agent(verb)  # as before (the agent of a passive cost more false events than it found)
    return _subj(verb) or _means_doer(verb) or _agent(verb)


def _means_doer(verb: Token) -> Token | None:
    """The subject of the verb a subjectless by- or in-gerund hangs on: what the gerund tells is how that
    subject did it ("the coalition achieved a victory by destroying the caliphate")."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in ("by", "in") and prep.head.pos_ == "VERB" and _subj(verb) is None:
        return _subj(prep.head)
    return None


def _passive(verb: Token) -> bool:
    """ "was killed", "were gunned down": the verb has a passive auxiliary."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _unnamed_kill(head: Token, anchors: set[str]) -> bool:
    """The group's people killed in the passive with no killer named, at a place and on a day or in a month of
    their own: "the ADF commander Lubangakane was killed in Mwalika valley on Sunday, July 9", "Nfurusii was
    gunned down at Kilunga on 28th February" (army releases of an operation's kills). Without both anchors it
    is a detail of a story told around it ("three militants were also killed")."""
    return (
        head.pos_ == "VERB"
        and _passive(head)
        and _agent(head) is None
        and "place" in anchors
        and bool(anchors & {"day", "month"})
    )


def _kills_with_particle(verb: Token, vocab: Vocab) -> bool:
    """ "shot dead", "gunned down": a verb that kills with the word after it ([casualties] kill_particles)."""
    after = [c for c in verb.children if c.i > verb.i]
    # "Police shot dead two ISIS fighters": the parser may hang "dead" on the object as its modifier, so the word
    # right after the verb counts wherever the parse put it
    if verb.i + 1 < len(verb.doc):
        after.append(verb.doc[verb.i + 1])
    return any((verb.lemma_.lower(), c.lower_) in vocab.kill_particles for c in after)


def _group_members(victims: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """Whether the people killed are the group's: "five ISWAP fighters", "a member of the Dawlah Islamiya",
    "Abu Fatima, a wanted ISWAP commander", "12 terrorists"."""
    if victims is None:
        return False
    # "three Abu Sayyaf fighters", "two ADF members": the fighters of an insurgent group the phrase names
    named = _described(victims, vocab.group_members) and any(
        m.type == "armed_group" and not state_force(m) for m in index.entities_in(victims.left_edge.idx, _end(victims))
    )
    return has_word(victims, vocab.attacker_losses) or _target_group(victims, index) or named


def _arrested_by_force(verb: Token, tv: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """An arrest told in the passive whose agent is a force: "Saidu Hassan Yellow has been apprehended by troops
    of the Nigerian Army", "three suspects were arrested by the CTD" (the agent of a killing's passive stays
    unread: it cost more false events than it found)."""
    return (
        verb.pos_ == "VERB"
        and _arrest_verb(verb, tv)
        and _passive(verb)
        and _is_force(_agent(verb), vocab, index, armed=True)
    )


def _arrest_by_national_force(verb: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """An arrest verb in the active voice whose subject is a force noun a demonym modifies: "German special forces
    arrested the suspected IS member in a raid", "Iranian security forces announced that they had arrested a dozen
    IS fighters" (a pronoun subject of a clause told by a reporting verb stands for the reporter). A bare force
    ("troops", "police") says no state and anchors nothing; other operation verbs stay as they were (a troops-only
    operation cost more false events than it found)."""
    if verb.pos_ != "VERB" or not _arrest_verb(verb, tv) or _passive(verb):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in vocab.reporting
    if doer is not None and doer.pos_ == "PRON" and reported:
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return (
        doer is not None
        and has_word(doer, vocab.force_nouns)
        and any(c.dep_ in ("amod", "compound", "nmod") and c.text in vocab.demonyms for c in doer.children)
    )


def _arrest_verb(verb: Token, tv: TypeVocab) -> bool:
    """A verb of arrest ([types.X] arrest_verbs), or one that puts people into custody ([types.X] custody_nouns as
    its "into" phrase): "were taken into custody in Sydney" tells an arrest as "were arrested in Sydney" does."""
    return has_word(verb, tv.arrest_verbs) or _into_custody(verb, tv)


def _arrest_under_law(verb: Token, tv: TypeVocab) -> bool:
    """An arrest verb with an "under" phrase naming a law ([types.X] law_nouns): "was detained in January 2020 under
    the Internal Security Act (ISA)", "were arrested under the Terrorism Act": the state's arrest, by whatever force."""
    return _arrest_verb(verb, tv) and any(
        p.dep_ == "prep" and p.lower_ == "under"
        and any(g.dep_ == "pobj" and has_word(g, tv.law_nouns) for g in p.children)
        for p in verb.children
    )


def _into_custody(verb: Token, tv: TypeVocab) -> bool:
    return any(
        p.dep_ == "prep" and p.lower_ == "into"
        and any(g.dep_ == "pobj" and has_word(g, tv.custody_nouns) for g in p.children)
        for p in verb.children
    )


def _reported_arrest_at(verb: Token, tv: TypeVocab, index: DocIndex, anchors: set[str]) -> bool:
    """An arrest told in the passive with no agent, at a place of its own (``_arrest_placed``), in a clause that
    hangs on a verb of reporting ([modality] reporting) whose subject is a state's force or body: "the FSB said that
    three suspected members of the cell were arrested in the Odintsovo district", "Four alleged ISIS terrorists
    have been arrested in Pakistan's Punjab province, police said". The body tells of an arrest it made (a
    witness or an outlet telling of one is a detail of their story)."""
    if not (
        verb.pos_ == "VERB" and _arrest_verb(verb, tv) and _passive(verb) and _agent(verb) is None
        and "place" in anchors
    ):
        return False
    vocab = index.vocab
    report = next((a for a in ancestors(verb)[1:] if a.pos_ == "VERB" and a.lemma_.lower() in vocab.reporting), None)
    teller = _subj(report) if report is not None else None
    # "officials said", "authorities said": whoever speaks for a government, not the force that made it
    return (
        teller is not None
        and not has_word(teller, tv.loose_reporters)
        and _is_force(teller, vocab, index)
        and _arrest_placed(verb, tv, index)
    )


def _arrest_placed(verb: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """A place the arrest itself happened at, in the verb's own phrases: "were arrested in a house in West Bekasi"
    ("Singaporeans were arrested ... one man for wanting to join ISIS in Syria" places the people arrested,
    "was arrested after the attack in the southern city of Villach" the attack the arrest followed, and "were
    arrested on arrival at Frankfurt airport" a return whose detail the arrest is: [types.X] arrival_nouns)."""
    vocab = index.vocab
    sent = verb.sent
    places = index.places_in(sent)
    entities = index.entities_overlapping(sent.start_char, sent.end_char)
    events = vocab.types[_perpetrated_type(vocab)].nouns | vocab.incident_nouns | tv.arrival_nouns
    patient = _subj(verb)
    for _, tok in places + unlisted_places(sent, vocab, places, entities):
        if not dominates(verb, tok) or (patient is not None and dominates(patient, tok)):
            continue
        path = ancestors(tok)
        between = path[1 : path.index(verb)] if verb in path else []
        if not any(t.pos_ == "NOUN" and has_word(t, events) for t in between):
            return True
    return False


def _is_force(tok: Token | None, vocab: Vocab, index: DocIndex, armed: bool = False) -> bool:
    """Whether a noun phrase names a state's force or a body acting for one: a force noun ("troops", "the
    military", "security forces") or a state's named force or body ("the AFP", "the CTS", not "the Security
    Council");
    with ``armed``, any other armed group too ("Taliban forces killed three ISKP members" fight the group)."""
    if tok is None or _target_group(tok, index):
        return False
    if has_word(tok, vocab.force_nouns) or _demonym_plural(tok, vocab):
        return True
    return any(
        (m.type == "armed_group" and (armed or state_force(m))) or (m.type == "organization" and _of_state(m))
        for m in index.entities_in(tok.left_edge.idx, _end(tok))
    )


def _demonym_plural(tok: Token, vocab: Vocab) -> bool:
    """ "On 27 July, the Rwandans attacked insurgents at Marere": a state's demonym made a plural noun, with the
    article, stands for its troops in war reports ("Rwandans" alone, "two Rwandans", are people)."""
    return (
        tok.tag_ in ("NNS", "NNPS")
        and plural_demonym(tok, vocab) is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _massacre_at(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "70 people were killed in the village of Tchombangou": a passive killing of people who are no
    fighters, with no agent, at a named town, reports an attack on them (who did it is for the article)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    victims = victims_of(verb, vocab)
    if victims is None or is_perpetrator(victims, vocab, index) or not has_word(victims, vocab.civilians):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        # "42 people were massacred at a school in Western Uganda": a place people gather ([casualties] sites)
        and any(_town_phrase(g, index) or has_word(g, vocab.sites) for g in c.children if g.dep_ == "pobj")
        for c in verb.children
    )


def _town_phrase(tok: Token, index: DocIndex) -> bool:
    """A town the gazetteer knows, or "the village of X" for one it does not (small villages rarely are)."""
    if _names_town(tok, index):
        return True
    return has_word(tok, index.vocab.containers) and any(
        g.pos_ == "PROPN" for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    )


def is_perpetrator(tok: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """Whether a noun phrase names who commits violence: an attacker noun ("gunmen", "a suicide bomber")
    or an armed group."""
    if tok is None:
        return False
    # "a group of about ten terrorists", "dozens of gunmen": the people the quantity or collective is of
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (tok.lemma_.lower() in vocab.collectives or tok.lemma_.lower() in vocab.group_parts) and of is not None:
        return any(is_perpetrator(g, vocab, index) for g in of.children if g.dep_ == "pobj")
    # the phrase itself, not a clause or phrase on it ("strikes targeting the Nusra Front" are no Nusra act)
    end = max(
        [tok.idx + len(tok.text)]
        + [c.right_edge.idx + len(c.right_edge.text) for c in tok.children if c.i > tok.i and c.dep_ in ("appos",)]
    )
    return (
        has_word(tok, vocab.attackers)
        or described_attacker(tok, vocab)
        or any(m.type == "armed_group" and not state_force(m) for m in index.entities_in(tok.left_edge.idx, end))
    )


def described_attacker(tok: Token, vocab: Vocab) -> bool:
    """ "armed men", "caliphate soldiers", "soldiers of the Caliphate" (the group's own word for its fighters): a
    common noun that names attackers only with its modifier ([attackers] described)."""
    heads = {tok.lemma_.lower(), tok.lower_}
    told = {f"{c.lower_} {h}" for c in tok.children for h in heads}
    told |= {f"{h} of {g.lower_}" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" for h in heads}
    return bool(told & vocab.described_attackers)


def _aimed_at_group(head: Token, index: DocIndex) -> bool:
    """An attack word whose object or target names the target group ("stormed an ISIS hideout", "an attack
    on IS positions"), told of someone else (the group attacking its own is no operation)."""
    obj = next((c for c in head.children if c.dep_ == "dobj"), None) if head.pos_ == "VERB" else None
    target = find_target(head)
    spans = [(obj.left_edge.idx, _end(obj))] if obj is not None else []
    spans += [target[1]] if target else []
    blamed = [clause for a, b in spans for clause in _blame_clauses(head.doc, a, b)]
    aimed = any(
        m.entity_id in index.target_group_ids and not any(a <= m.start < b for a, b in blamed)
        for a, b in spans for m in index.entities_in(a, b)
    )
    subj = _subj(head) if head.pos_ == "VERB" else None
    return aimed and not _target_group(subj, index)


def _blame_clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of blame inside a phrase ("an attack on a nearby village, which was attributed by the army to the
    Islamic State", "which the army blamed on IS"): the group they name is who did it, not what was hit."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [(t.left_edge.idx, _end(t)) for t in span
            if t.dep_ in ("relcl", "acl") and t.lemma_.lower() in BLAME_VERBS]


def _first_conjunct(tok: Token) -> Token:
    """The first of the words ``tok`` is listed with ("air and artillery attacks": "air"), which holds the list's
    place in the clause."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _done_by_force(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """An attack word told of a state's force, not of attackers: "Puntland's Defense Forces carried out
    ground assaults", "troops killed 10 ISWAP fighters during an ambush" (the force's operation)."""
    if head.pos_ == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
        doer = _agent(head) if passive else _subj(head)  # "soldiers were ambushed": the soldiers are hit
        if doer is None and not passive:
            doer = _gerund_doer(head)
    elif (first := _first_conjunct(head)).dep_ == "dobj" and first.head.lemma_.lower() in vocab.doing_verbs:
        # "carried out assaults" (not "condemned the attacks", "repelled attacks"); "the AFP launched air and artillery
        # attacks": a conjunct of the object is done by the light verb's subject too
        doer = _subj(first.head)
    elif head.dep_ == "pobj" and head.head.lower_ in ("in", "during") and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "killed 10 fighters during an ambush": only a kill of the group's own
        # ... or what else a force does to them ("troops neutralised 12 terrorists in an ambush")
        kill = vocab.kill | vocab.force_outcomes
        if verb.lemma_.lower() not in kill and verb.dep_ == "conj" and verb.head.lemma_.lower() in kill:
            verb = verb.head  # "killed 10 fighters and recovered weapons during an ambush"
        victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
        doer = _subj(verb) if verb.lemma_.lower() in kill and _group_members(victims, vocab, index) else None
    elif head.pos_ == "NOUN":
        # "last week's joint UPDF/FARDC attack in Tingwe hills": a force named as the noun's modifier makes it (the
        # mirror of _group_named_raid); not a possessive, which is as often the country hit ("the Philippines' worst
        # terrorist attack")
        doer = next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                     and _is_force(c, vocab, index)), None)
        # "an attack by Egyptian Army in a village", "they fell into an ambush by our forces": its "by" phrase
        doer = doer or next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
                             for g in c.children if g.dep_ == "pobj"), None)
    else:
        return False
    if doer is not None and doer.pos_ == "PRON" and doer.lower_ in vocab.pronouns:
        # "the Counter Terrorism Service announced that it had killed two suspects during an ambush", "police
        # said they had stormed a hideout": the pronoun is the force that reports its own deed
        doer = _reporting_subject(doer, vocab) or doer
    return doer is not None and _is_force(doer, vocab, index) and not is_perpetrator(doer, vocab, index)


def _gerund_doer(verb: Token) -> Token | None:
    """Who does a gerund with no subject of its own in a phrase on another verb: that verb's doer ("captured their
    members after ambushing them", "fighter jets took turns in attacking the location")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return _chain_subject(prep.head)


def _group_kills_in(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "Abu Sayyaf fighters killed six soldiers and wounded four others in a clash": a fight noun whose
    killing is done by the group, of people who are not its own, reports the group's attack."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "during") or head.head.head.pos_ != "VERB":
        return False
    verb = head.head.head
    if verb.lemma_.lower() not in vocab.kill and verb.dep_ == "conj" and verb.head.lemma_.lower() in vocab.kill:
        verb = verb.head  # "killed six soldiers and wounded four others in a clash"
    if verb.lemma_.lower() not in vocab.kill or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if victims is None:
        return False
    # "ISIS claimed to have eliminated 50 al-Shabab fighters during a clash": the target group killing a rival's
    # fighters is its attack too
    if _target_group(_subj(verb), index) and not _target_group(victims, index):
        return True
    if _group_members(victims, vocab, index) or is_perpetrator(victims, vocab, index):
        return False
    return is_perpetrator(_subj(verb), vocab, index) and not _is_force(_subj(verb), vocab, index)


def _civilians_killed_in(head: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "at least 52 people were killed in coordinated raids across Beni and Lubero": a raid that people who
    are no fighters were killed in, with no force named as its killer, is an attack on them (the army's raid
    kills the group's fighters)."""
    if not has_word(head, perpetrated.weak) or head.pos_ == "VERB":
        return False
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "during") or head.head.head.pos_ != "VERB":
        return False
    verb = head.head.head
    if not any(c.dep_ == "auxpass" for c in verb.children) or _is_force(_agent(verb), vocab, index):
        return False
    victims = victims_of(verb, vocab)
    return victims is not None and has_word(victims, vocab.civilians) and not is_perpetrator(victims, vocab, index)


def _group_starts_fight(verb: Token, vocab: Vocab) -> bool:
    """ "they clashed with the Naparama militia on 2 March", "Boko Haram terrorists have clashed with government forces
    in Diffa": a fight verb told in the past of one side alone. Not a
    headline's present ("Puntland and ISIS forces clash in Bari", "Terrorists clash with security forces", which
    sum up the force's operation), nor a fight told with both sides as subject, nor "engaged in clashes", the
    exchange of fire inside an attack already told (link.fights_in_attacks)."""
    lemma = verb.lemma_.lower()
    return (
        lemma in vocab.fights
        and lemma != "engage"
        and verb.tag_ in ("VBD", "VBN")  # "clashed", "have clashed"
        and not any(c.dep_ == "conj" for s in verb.children if s.dep_ == "nsubj" for c in s.children)
    )


def _group_side(subj: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """The subject is the campaign's target group or its fighters: "ISWAP fighters", "ASG members", or attackers
    no group is named for ("fighters", "militants"); not another armed group (the SDF) nor a force."""
    if subj is None or _is_force(subj, vocab, index):
        return False
    if _target_group(subj, index):
        return True
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and subj.lemma_.lower() in vocab.collectives:
        # "a group of about ten terrorists", "dozens of gunmen": the people the collective is of
        return any(_group_side(g, vocab, index) for g in of.children if g.dep_ == "pobj")
    named = index.entities_in(subj.left_edge.idx, _end(subj))
    if not named and _pronoun_of_group(subj, vocab, index):
        return True
    if not named and _group_anaphor(subj, vocab):
        # "In November 2024, the group launched a deadly raid on Mera village": the party named last before
        named_before = [index.entity_before(subj.idx, (t,), party=True) for t in ("armed_group", "organization")]
        ref = max((m for m in named_before if m is not None), key=lambda m: m.start, default=None)
        if ref is not None and ref.entity_id in index.target_group_ids:
            return True  # else "the militants" may still be attackers by their word (below)
    # "about 30 armed men launched a dawn raid on three police stations": attackers told by their modifier too
    return not named and (has_word(subj, vocab.attackers) or described_attacker(subj, vocab))


def _pronoun_of_group(subj: Token, vocab: Vocab, index: DocIndex, hops: int = 2) -> bool:
    """ "The group undertook a variety of actions ... They clashed once with the Local Force", "a group of ISM
    militants crossed the river ... At the village of Napala, they clashed with the FADM": a pronoun that opens its
    sentence's subjects stands for the subject of the sentence before, the target group's side when that is; a
    pronoun there, or one owning it ("its actions displaced thousands"), sends one sentence further back. Not the
    party named last, which is as often the one the force fights ("The Nigerian Army has intensified its campaign
    against ISWAP ... it launched an operation")."""
    if subj.lower_ not in vocab.pronouns or subj.dep_ not in SUBJECTS:
        return False
    sent = subj.sent
    if any(t.dep_ in SUBJECTS for t in subj.doc[sent.start : subj.i]):
        return False  # "the army said they clashed": an earlier subject of the sentence may be what it stands for
    for _ in range(hops):
        if sent.start == 0:
            return False
        sent = subj.doc[sent.start - 1].sent
        before = _subj(sent.root)
        if before is None:
            return False
        if before.lower_ in vocab.pronouns or any(
                c.dep_ == "poss" and c.lower_ in vocab.pronouns for c in before.children):
            continue
        return _group_side(before, vocab, index)
    return False


def _group_anaphor(tok: Token, vocab: Vocab) -> bool:
    """ "the group", "the jihadist network": a definite description that stands for an armed side named before
    ([pronouns] descriptions; "the rights group" is a named kind). Not a pronoun: "it" is as often the force the
    paragraph is about, named before the group it fights ("The Nigerian Army has intensified its campaign against
    ISWAP ... it launched an operation")."""
    bare = not any(c.dep_ == "compound" for c in tok.children)
    return bare and tok.lemma_.lower() in vocab.descriptions and determiner(tok) == "the"


def _group_raids(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "Suspected fighters from ISWAP launched overnight raids on Ja Jibiri and Ladu villages": a raid the group
    makes (its fighters the subject of the light verb) is its attack, not a force's operation."""
    support = _governing_support(head, vocab)
    if support is not None and head.dep_ == "dobj":
        return _group_side(_subj(support), vocab, index)
    # "assailants on a pump boat grabbed three Indonesians during a noon raid on a fishing trawler": the raid the
    # group's people made while doing to others what their clause tells (the troops' "during a raid" stays their
    # operation; "during a clash with the army, 18 terrorists perished" is no deed of theirs)
    if head.dep_ == "pobj" and head.head.lower_ == "during" and head.head.head.pos_ == "VERB":
        verb = head.head.head
        victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if victims is None or _passive(verb):
            return False
        if _target_group(_subj(verb), index) and not _target_group(victims, index):
            return True  # "ISIS claimed to have eliminated 50 al-Shabab fighters during a clash": on a rival too
        if _group_members(victims, vocab, index) or is_perpetrator(victims, vocab, index):
            return False
        return _group_side(_subj(verb), vocab, index)
    return False


def _group_named_raid(head: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "ISIS raid in Iraq kills two pro-Iran fighters", "a militant raid on the village": a raid noun (a word
    both types share, [types.X] weak of the perpetrated type) whose modifier names the group or its fighters is
    the group's attack (the army's raid, "an SDF raid", stays an operation)."""
    if head.pos_ != "NOUN" or not has_word(head, perpetrated.weak):
        return False
    return any(
        c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < head.i and _group_side(c, vocab, index)
        for c in head.children
    )


def _air_arm_type(actor: Actor | None, tv: TypeVocab, vocab: Vocab) -> TypeVocab | None:
    """The type an operation against the group has when an air arm makes it ([types.X] air_arms): "the Air
    Task Force ... was dispatched to attack the terrorists' hideouts" is a strike."""
    if actor is None or not tv.against_group:
        return None
    name = actor.name.lower()
    return next((t for t in vocab.types.values() if any(w in name for w in t.air_arms)), None)


def _air_doer_type(head: Token, tv: TypeVocab, vocab: Vocab) -> TypeVocab | None:
    """The type an operation against the group has when aircraft or an air arm make it, told by who acts rather
    than by the credited actor: "the Egyptian warplanes launched several raids on ISIS-controlled areas", "Iraqi jets
    carried out a raid", "its air force killed 19 militants" (the actor credited is the national force; the doer of
    the verb, or of the light verb that carries the noun, is the aircraft: a strike, gold/real conventions)."""
    if not tv.against_group:
        return None
    verb = head if head.pos_ == "VERB" else _governing_support(head, vocab)
    if verb is None:
        return None
    return next((t for t in vocab.types.values() if t.aircraft and _by_aircraft(verb, t)), None)


def _framing_strike(head: Token, vocab: Vocab) -> TypeVocab | None:
    """ "In the third operation of its kind, AFRICOM conducted an airstrike near Murzuq", "four suspects were killed in
    an airstrike by Iraqi forces in a targeted operation": an operation noun in an "in" phrase of the clause whose
    object or other phrase is an air strike ([types.X] aircraft, nouns) frames that strike, one event of its type."""
    if head.dep_ != "pobj" or head.head.lower_ != "in" or head.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head.head
    siblings = [c for c in verb.children if c.dep_ == "dobj"]
    siblings += [g for p in verb.children if p.dep_ in ("prep", "agent") and p is not head.head
                 for g in p.children if g.dep_ == "pobj"]
    return next((tv for tv in vocab.types.values() if tv.aircraft and any(has_word(t, tv.nouns) for t in siblings)),
                None)


def _claimed_by(head: Token) -> bool:
    """ "a raid 50 km north of Zigue on Saturday, claimed by Islamic State": what a group claims is its attack."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "claim" and c.tag_ == "VBN"
               and any(g.dep_ == "agent" for g in c.children) for c in head.children)


def from_the_air(trig: Trigger, vocab: Vocab) -> Trigger:
    """The trigger as the type aircraft make, when aircraft do it ([types.X] aircraft, aircraft_verbs).

    "warplanes bombed the town", "military aircraft attacked Islamic State positions", "Iraqi jets kill tens of
    Islamic State members": aircraft make a strike, whatever the verb and whoever is hit; so do "the Egyptian
    warplanes launched several raids on the ISIS-controlled areas": an operation noun that aircraft carry out
    (the object of their verb) is their strike (the conventions: air and drone strikes are strikes)."""
    head = trig.head
    for tv in vocab.types.values():
        if tv.name == trig.type:
            continue
        if head.pos_ == "VERB" and head.lemma_.lower() in tv.aircraft_verbs and _by_aircraft(head, tv):
            return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
        if (
            vocab.types[trig.type].against_group
            and head.pos_ == "NOUN"
            and head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
            and _by_aircraft(head.head, tv)
        ):
            return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
    return trig


def retype(trig: Trigger, vocab: Vocab, index: DocIndex) -> Trigger:
    """A verb of one type used with a perpetrator (or the other type's own weapon noun) as subject reports
    another type's event ("a suicide bomber struck a market", "a car bomb struck a checkpoint" are attacks,
    not air strikes): [types.X] perpetrator_verbs."""
    head = trig.head
    aerial = from_the_air(trig, vocab)
    if aerial is not trig:
        return aerial
    # "ground and air attacks near Marte had neutralised more than 25 terrorists": what only a force does
    outcome = (
        head.dep_ == "nsubj"
        and head.pos_ == "NOUN"
        and head.head.lemma_.lower() in vocab.force_outcomes
        and _group_members(next((c for c in head.head.children if c.dep_ == "dobj"), None), vocab, index)
    )
    if vocab.types[trig.type].perpetrated and (
        _aimed_at_group(head, index) or _done_by_force(head, vocab, index) or outcome
    ):
        operation = next((tv for tv in vocab.types.values() if tv.against_group), None)
        # "the UPDF bombed the ADF camp": a force's verb of bombing is its strike ([types.X] force_verbs)
        bombing = next((tv for tv in vocab.types.values() if head.pos_ == "VERB" and has_word(head, tv.force_verbs)
                        and _done_by_force(head, vocab, index)), None)
        operation = bombing or operation
        if operation is not None:
            return Trigger(operation.name, trig.start, trig.end, head, trig.weak)
    if vocab.types[trig.type].facility_nouns and _takes_facility(head, vocab.types[trig.type].facility_nouns):
        operation = next((tv for tv in vocab.types.values() if tv.against_group), None)
        if operation is not None:
            return Trigger(operation.name, trig.start, trig.end, head, trig.weak)
    if vocab.types[trig.type].against_group and head.pos_ != "VERB" and (
        _group_kills_in(head, vocab, index) or _group_raids(head, vocab, index) or _claimed_by(head)
    ):
        return Trigger(_perpetrated_type(vocab), trig.start, trig.end, head, trig.weak)
    perpetrated = vocab.types[_perpetrated_type(vocab)]
    if vocab.types[trig.type].against_group and (
        _civilians_killed_in(head, perpetrated, vocab, index) or _group_named_raid(head, perpetrated, vocab, index)
    ):
        return Trigger(perpetrated.name, trig.start, trig.end, head, trig.weak)
    if (
        vocab.types[trig.type].against_group
        and head.pos_ == "VERB"
        and (head.lemma_.lower() in perpetrated.weak or _group_starts_fight(head, vocab))
        # ("the same group of terrorists who had raided the villages of Nsangue and Tambuzi": the noun the relative
        # pronoun stands for)
        and _group_side(_antecedent(_subj(head), head, []), vocab, index)
    ):
        # "ASG members raided the Sipadan diving resort", "fighters raided Macomia Town": the group's raid is
        # its attack (the SDF's or the army's raid stays an operation); so is the fight it starts: "the militants
        # clashed with the Mozambique army", "they clashed with the Naparama militia" (the gold types these
        # attacks; "Rwandan forces clashed with insurgents" stays the force's operation)
        return Trigger(_perpetrated_type(vocab), trig.start, trig.end, head, trig.weak)
    if head.pos_ != "VERB":
        framing = _framing_strike(head, vocab) if vocab.types[trig.type].against_group else None
        if framing is not None:
            return Trigger(framing.name, trig.start, trig.end, head, trig.weak)
        for tv in vocab.types.values():
            # "air and artillery operations", "coordinated drone and ground operations": an air word joined to a
            # ground one tells a combined operation, which stays one
            if tv.name != trig.type and has_word(head, tv.air_nouns) and any(
                has_word(t, tv.air_modifiers) and t.dep_ != "conj" and not any(c.dep_ == "conj" for c in t.children)
                for t in head.doc[head.left_edge.i : head.i]
            ):
                return Trigger(tv.name, trig.start, trig.end, head, trig.weak)  # "an air-to-ground raid"
        return trig
    for tv in vocab.types.values():
        if tv.name != trig.type and head.lemma_.lower() in tv.perpetrator_verbs:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is None and head.dep_ == "xcomp":
                # "ISIS claims to have struck US forces": the subject of the verb the infinitive completes
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            # "a car bomb struck a checkpoint": the weapon of an attack as subject is an attack too
            if is_perpetrator(subj, vocab, index) or (subj is not None and has_word(subj, tv.nouns)):
                return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
    return trig


def _takes_facility(head: Token, facilities: frozenset[str]) -> bool:
    """What the trigger retakes is a building ([types.X] facility_nouns): its object, that object's "of" phrase
    ("retook control of the prison"), or the trigger noun's "of" phrase ("the recapture of the prison")."""
    taken = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [g for t in (head, *taken) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(has_word(t, facilities) for t in taken)


def _end(tok: Token) -> int:
    last = tok.right_edge
    return last.idx + len(last.text)


# --------------------------------------------------------------------------- modality and filters


def modality(head: Token, vocab: Vocab) -> str:
    """asserted | planned | denied, or a reason to drop: hypothetical, hortative, habitual, negated."""
    if any(t.lower_ in vocab.stopped_modifiers for t in premodifiers(head)):
        return "hypothetical"  # "Monday's averted terror attack", "Thwarted Terrorist Attack"
    for child in head.children:
        if child.dep_ == "amod" and has_word(child, vocab.planned_modifiers):
            # "thwarted a planned suicide bombing", "foiled a planned attack": a plan stopped never happened
            stopped = head.dep_ == "dobj" and head.head.lemma_.lower() in vocab.hypothetical
            return "hypothetical" if stopped else "planned"
        if child.dep_ == "amod" and has_word(child, vocab.hypothetical) and child.lower_ not in vocab.made_modifiers:
            return "hypothetical"
        if child.dep_ == "amod" and child.lower_ in vocab.habitual_modifiers:
            return "habitual"  # "under near-constant attack", "mounts frequent attacks"
    prev: Token | None = None
    for node in ancestors(head):
        lemma = node.lemma_.lower()
        if prev is not None and lemma in vocab.reporting:
            break
        if prev is not None and node.lower_ in vocab.frame_apart:
            break  # "Despite being defeated in 2017, ISIS continues to ...": the concession is told as fact
        if (
            prev is not None
            and prev.dep_ == "advcl"
            and prev.tag_ in ("VBG", "VBN")
            and not any(c.dep_ == "mark" for c in prev.children)
        ):
            # "fighter jets have regularly pounded locations held by the group ..., killing dozens of militants": the
            # adjunct shares the time of the clause it hangs on, and a habit there is a habit of it too
            if any(c.dep_ == "advmod" and c.lower_ in vocab.habitual for c in node.children):
                return "habitual"
            break  # "Kicking off the meeting in Rome, Blinken called on countries to ...": a participle
            # adjunct is told as fact, whatever the main clause urges
        if prev is not None:
            if lemma in vocab.denied:
                return "denied"
            if lemma in vocab.hortative:
                return "hortative"
            if lemma in vocab.hypothetical and not _achieved(node, vocab) and not _means_of_past(node, prev):
                return "hypothetical"
            if lemma in vocab.habitual or (
                lemma in vocab.habitual_present and node.tag_ in ("VBP", "VBZ") and not misread_present(node)
            ):
                return "habitual"
            if lemma in vocab.planned and (
                prev.dep_ in ("xcomp", "ccomp")
                # "suspected of planning an attack" (but "a key role in planning the 2022 bombing" happened)
                or (node.tag_ == "VBG" and prev.dep_ == "dobj" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in prev.children))
                # "had planned a suicide attack in Malaysia", "were preparing for a terrorist attack", "suspects
                # allegedly planning attacks against Christmas celebrations": an event no article or possessive points
                # to is the plan's aim ([modality] plan_verbs; but "the militants who planned the attack" name one
                # that happened)
                or (lemma in vocab.plan_verbs and _indefinite(head, vocab) and (
                    (prev.i == head.i and prev.dep_ == "dobj" and node.tag_ in ("VBD", "VBN", "VBG"))
                    or (prev.dep_ == "prep" and node.tag_ == "VBG" and head.head.i == prev.i
                        and head.dep_ == "pobj")))
                or (node.pos_ == "NOUN" and prev.dep_ == "acl")  # "foil a plan to bomb churches"
            ):
                return "planned"
        support = prev is None or (lemma in vocab.support_verbs and prev.dep_ in ("dobj", "nsubjpass"))
        negators = (c for c in node.children if c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in vocab.negations)
        if support and next(negators, None) is not None:
            return "negated"
        for child in node.children:
            c = child.lower_
            if child.dep_ in ("aux", "auxpass", "mark", "advmod"):
                if c in vocab.hypothetical or child.lemma_.lower() in vocab.hypothetical:
                    return "hypothetical"
                if child.dep_ == "aux" and c in vocab.planned | {"wo", "'ll"}:
                    return "planned"
                if child.dep_ == "advmod" and c in vocab.habitual:
                    return "habitual"
            if child.dep_ in ("npadvmod", "advmod") and _repeated(child, vocab):
                return "habitual"  # "It has since been attacked by the terror group multiple times"
        prev = node
        if node.dep_ in ("relcl", "acl") and prev is not head:
            break
    return "asserted"


def _means_of_past(node: Token, prev: Token) -> bool:
    """ "The FSB said it had thwarted the activities of the cell by detaining all its members": the "by" phrase of a
    verb told in the past ("thwarted", "had foiled") is the means it was done by, which happened whatever the verb
    stopped ("could prevent it by arresting them" is no past; its auxiliary is read on the walk up)."""
    return prev.dep_ == "prep" and prev.lower_ == "by" and node.pos_ == "VERB" and node.tag_ in ("VBD", "VBN")


def _plan_aim(head: Token, vocab: Vocab) -> bool:
    """ "a detailed plan to carry out an attack on American soil": the trigger is the object of an infinitive told of
    a noun of planning (the light verb's aim, not a deed)."""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    return (
        verb is not None
        and verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() in vocab.planned
        and any(c.tag_ == "TO" for c in verb.children)
    )


def _repeated(tok: Token, vocab: Vocab) -> bool:
    """ "multiple times", "many times", "on numerous occasions": a count of times with no number, a record."""
    return (
        tok.lemma_.lower() in vocab.repeat_nouns
        and is_plural(tok)
        and any(c.dep_ in ("amod", "nummod") and c.lower_ in vocab.repeat_counts for c in tok.children)
    )


def _achieved(node: Token, vocab: Vocab) -> bool:
    """ "The BCIJ was able to dismantle a terrorist cell", "troops were able to repel the attack": an ability told
    with a copula in the simple past is what was done ("is able to", "will be able to" stay potentials)."""
    if node.lemma_.lower() not in vocab.achieved:
        return False
    if any(c.dep_ in ("cop", "auxpass", "aux") and c.tag_ == "VBD" for c in node.children):
        return True
    return node.dep_ == "acomp" and node.head.tag_ == "VBD" and node.head.lemma_ == "be"  # "was able to"


def _indefinite(head: Token, vocab: Vocab) -> bool:
    """An event noun no article, possessive or day points to a known one ("a suicide attack", "attack")."""
    return head.pos_ == "NOUN" and determiner(head) in (None, "a", "an")


def _actor_modifier(head: Token, index: DocIndex, tv: TypeVocab) -> bool:
    for child in head.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            if child.text in index.vocab.demonyms:
                return True
            if any(m.type in tv.actor_types for m in index.entities_in(child.left_edge.idx, _end(child))):
                return True
    return False


def premodifiers(head: Token) -> Span:
    """The words of the noun phrase before the trigger, however the parser attached them
    ("On the US airstrikes": "US" is sometimes parsed as the object of "On"). A verb has none: the words
    before it are its clause ("The 25 Taskforce Brigade was attacked"), not modifiers of an event noun."""
    if head.pos_ in ("VERB", "AUX"):
        return head.doc[head.i : head.i]
    start = min(head.left_edge.i, head.i)
    i = head.i - 1
    while i >= head.sent.start and head.doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"):
        i -= 1
    return head.doc[min(start, i + 1) : head.i]


def _split_premodifier(head: Token) -> Token | None:
    """ "launched air and ground strikes": the parser takes the bare modifier "air" for the verb's object and
    the trigger for its conjunct; that modifier, which stands where the trigger should (not so in a list of
    things done: "conducted fighting patrols, ambushes and clearance operations" sums up a period)."""
    first = head.head
    if (
        head.dep_ == "conj"
        and head.pos_ == "NOUN"
        and first.tag_ == "NN"
        and 0 < head.i - first.i <= 3
        and all(c.dep_ in ("cc", "conj") for c in first.children)
    ):
        return first
    return None


def _governing_support(head: Token, vocab: Vocab) -> Token | None:
    """The light verb of a nominal trigger: "launched an offensive", "an attack carried out by"."""
    first = _split_premodifier(head)
    if first is not None:
        return _governing_support(first, vocab)
    # "dep": the object the parser lost after a long aside ("launched, in collaboration with ..., operations")
    if head.dep_ in ("dobj", "nsubjpass", "pobj", "dep") and head.head.lemma_.lower() in vocab.support_verbs:
        return head.head
    if head.dep_ == "nsubj" and _occurs(head.head, vocab):
        return head.head  # "The operation took place near Peshawar"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and has_word(head.head.head, vocab.vague):
        quantity = head.head.head  # "its forces conducted dozens of precision air strikes"
        if quantity.dep_ == "dobj" and quantity.head.lemma_.lower() in vocab.support_verbs:
            return quantity.head
    if head.dep_ == "pobj" and head.head.head.lemma_.lower() in vocab.unit_heads:
        unit = head.head.head
        if unit.head.lemma_.lower() in vocab.support_verbs:
            return unit.head
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in vocab.support_verbs:
            return child
        if child.dep_ == "relcl" and _occurs(child, vocab):
            return child  # "The operation, which took place in the region of Errachidia, ..."
    return None


def _occurs(verb: Token, vocab: Vocab) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in vocab.occur_verbs:
        return True
    # "took place": the verb with its object; "clashes broke out": with its particle
    return any(f"{lemma} {c.lower_}" in vocab.occur_verbs for c in verb.children if c.dep_ in ("dobj", "prt"))


def _is_tally(head: Token, sent: Span, vocab: Vocab) -> bool:
    count = next((c for c in head.children if c.dep_ == "nummod"), None)
    if count is None:
        return False
    n = count_of(head, vocab)
    if n is None or n > vocab.tally_max:
        return True
    return _tally_worded(sent, vocab)


def _tally_worded(sent: Span, vocab: Vocab) -> bool:
    """The sentence has a word of a tally ("since", "so far", "in total")."""
    text = span_text(sent).lower()
    return any(w in text.split() or (" " in w and w in text) for w in vocab.tally_words)


def _spans_time(sent: Span, vocab: Vocab) -> bool:
    """The sentence sums up a span of time with a word of a tally: "since 2015", "so far", "in total"; a preposition
    of them only with a date ("clashes between soldiers and the Maute group" spans none)."""
    text = span_text(sent).lower()
    if any(" " in w and w in text for w in vocab.tally_words):
        return True
    return any(
        t.lower_ in vocab.tally_words
        and (t.pos_ != "ADP" or any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in t.children))
        for t in sent
    )


def _counted_report(head: Token, vocab: Vocab, anchors: set[str]) -> bool:
    """ "Four airstrikes near Bayji destroyed ...", "the coalition carried out 12 airstrikes near Raqqa", "two
    airstrikes were carried out ... in Kirkuk": a small count of events at a named place, told as what
    happened (subject of a past verb, object or past passive subject of a light verb), is a report of those
    events, not a tally."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and has_word(head.head.head, vocab.vague):
        head = head.head.head  # "conducted dozens of precision air strikes": the quantity is the object
    elif not any(c.dep_ == "nummod" for c in head.children):
        return False
    claim = ("responsibility", "claim")
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() in claim:
        return True  # "claimed responsibility for the two bomb attacks": a claim is for real events
    if "place" not in anchors:
        return False
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in ("of", "for") and has_word(verb.head, vocab.accusation_verbs):
        return True  # "was accused of two attacks in western Uganda": what a group is charged with happened
    if head.dep_ == "nsubj":
        return verb.tag_ == "VBD"
    if head.dep_ == "nsubjpass":  # "two airstrikes were carried out on ISIS positions in Kirkuk"
        return verb.lemma_.lower() in vocab.support_verbs and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    return head.dep_ == "dobj" and verb.lemma_.lower() in vocab.support_verbs


def _meeting_object_ok(head: Token, index: DocIndex, tv: TypeVocab) -> bool:
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return True
    return (
        obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or has_word(obj, tv.object_nouns)
        or has_word(obj, tv.visit_objects)  # "visited troops in Maiduguri"
        # the object's own words ("met the Iraqi prime minister"), not a clause on it ("needs that Syrians ...")
        or bool(index.entities_in(obj.left_edge.idx, obj.idx + len(obj.text)))
    )


def _met_with_thing(head: Token, tv: TypeVocab) -> bool:
    """ "soldiers were met with gunfire": the passive of "meet" with a thing is a reception, not a meeting;
    "our forces met with the enemy", "troops met stiff resistance": meeting a foe is a clash."""
    objs = [g for p in head.children if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"]
    if any(has_word(g, tv.hostile_objects) for g in [*objs, *(c for c in head.children if c.dep_ == "dobj")]):
        return True
    if not any(c.dep_ == "auxpass" for c in head.children):
        return False
    return not any(g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or has_word(g, tv.object_nouns) for g in objs)


def _imperative(verb: Token) -> bool:
    """ "Meet the newly remade Union of Sinai Tribes" (a headline): a bare verb heading its clause with no auxiliary
    or marker bids the reader; no one met (a coordinated verb shares its subject: "gathered and met"). A subject
    the parser finds across a breadcrumb's slash ("Home / News / Meet the ...") does not make it a present tense,
    which is tagged apart ("leaders meet")."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.pos_ not in ("VERB", "AUX"))


def _venue_only(head: Token, tv: TypeVocab) -> bool:
    """ "the issue was discussed this week at the local security council meeting": a meeting noun that only says
    where a thing, the subject of a passive, was talked over (``venue_verbs``) tells no parties; "ministers discussed
    the plan at the meeting" has its parties as the subject."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("at", "during"):
        return False
    verb = prep.head
    return verb.lemma_.lower() in tv.venue_verbs and (
        any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")
    )


def _purpose(head: Token, vocab: Vocab) -> bool:
    """ "was in Marawi to meet with the leaders", "travelled to Syria to attack": an infinitive of purpose
    tells what someone meant to do, not what happened. (On a noun it can be what was done: "completed the
    operation to recapture Fallujah".)"""
    return (
        head.dep_ == "advcl"
        # the infinitive's marker, not the preposition the parser may tag alike ("that pledged allegiance to ISIS")
        and any(c.tag_ == "TO" and c.dep_ == "aux" for c in head.children)
        and head.head.lemma_.lower() not in vocab.support_verbs
    )


def _has_money(head: Token) -> bool:
    return any(t.ent_type_ == "MONEY" or t.text in ("$", "€", "£") for t in head.subtree if t.i != head.i)


def _headline(sent: Span) -> bool:
    return not span_text(sent).rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))


def _title_line(sent: Span) -> bool:
    """A whole line with no full stop: a title or a subtitle ("Pakistan: 100 dead, several injured in suicide
    attack on Sufi shrine"), not a sentence cut by a footnote mark ("... the attack.[4]") or by a line break."""
    text = doc_text(sent.doc)
    before = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
    stop = content_end(sent)
    end = text.find("\n", stop)
    after = text[stop : end if end != -1 else len(text)]
    # a photo caption ends with its credit ("... at a market in Al Qayyarah (AFP photo)"): no title
    last = span_text(sent).rstrip()[-1:]
    return _headline(sent) and last.isalnum() and not before.strip() and not after.strip()


def _group_after(head: Token, index: DocIndex) -> EntityMention | None:
    """The parser sometimes reads "the attack ISIS-K perpetrated" as a compound noun: the trigger then
    modifies a group name followed by a verb of its own. Return that group, if so."""
    noun = head.head
    groups = [m for m in index.entities_overlapping(noun.idx, noun.idx + len(noun.text)) if m.type == "armed_group"]
    if groups and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children):
        return groups[0]
    return None


def _share_of(head: Token, vocab: Vocab) -> bool:
    """ "80 percent of the ISIS attacks", "the latest in a series of US attacks": the trigger is counted as a
    share of its kind, directly or through "a series of"."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    owner = head.head.head
    if owner.lower_ == "series" and owner.dep_ == "pobj" and owner.head.lower_ in ("in", "of"):
        owner = owner.head.head  # "the latest in a series of"
    return owner.lower_ in vocab.proportions


def _in_office_name(head: Token, sent: Span, vocab: Vocab) -> bool:
    """A capitalised event noun inside a body's or an office's name ("the Taliban Minister for Refugees and
    Repatriation", "the Directorate of Military Operations") names no event."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.text[:1].isupper() or head.i == sent.start or _headline(sent):
        return False
    node = head
    for _ in range(5):
        if node.dep_ not in ("pobj", "prep", "conj", "cc", "compound", "amod") or node.head.i == node.i:
            return False
        node = node.head
        if node.text[:1].isupper() and has_word(node, vocab.offices):
            return True
    return False


# what is claimed for: "claimed responsibility for", "took credit for", "a claim for"
_CLAIM_OWNERS = ("responsibility", "credit", "claim")


def _carried_out(head: Token, vocab: Vocab) -> bool:
    """What a light verb of doing did ([modality] doing_verbs): "rebels carried out the killings in the village of
    X", "the executions were carried out after Eid prayers" (a killing done, not one talked of: "the killing of
    al-Baghdadi was a blow")."""
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.doing_verbs:
        return False
    if verb.tag_ == "VB":
        return False  # "travelled to Albania to carry out a contract killing": an aim, not a deed
    return head.dep_ == "dobj" or (head.dep_ == "nsubjpass" and _passive(verb))


def _claimed_for(head: Token) -> bool:
    """What a claim is for: "claimed (responsibility for) the killing", "took responsibility for the murder",
    "took credit for killing a police officer"."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "claim":
        return True
    if head.dep_ not in ("pobj", "pcomp") or head.head.lower_ != "for":
        return False
    owner = head.head.head
    # "took credit for killing": the parser may hang "for" on the verb rather than on its object
    return owner.lemma_.lower() in _CLAIM_OWNERS or (owner.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_OWNERS for c in owner.children))


# prepositions and participles whose object is what a unit fell back from or before ("after the attack",
# "under pressure", "facing the surprise attack")
_RETREAT_PREPS = ("after", "following", "under", "amid")
_RETREAT_VERBS = ("face", "come")


def _falls_back(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "the Nigerian soldiers withdrew from their positions", "Burundi troops later withdrew from Leego after the
    attack", "Facing the surprise attack, the soldiers withdrew": a unit (a force noun) falling back in a fight,
    which the conventions do not count as a withdrawal (a drawdown: "US forces withdrew from Iraq in 2011")."""
    if not tv.retreat_from or head.pos_ != "VERB":
        return False
    # the unit that falls back, not a state leaving a mission ("Chad had considered withdrawing following a
    # severe assault" on its soldiers is a drawdown)
    subj = _subj(head)
    troops = subj is not None and has_word(subj, vocab.force_nouns)
    for c in head.children:
        objs = [g for g in c.children if g.dep_ in ("pobj", "dobj")]
        if c.dep_ == "prep" and c.lower_ == "from" and any(has_word(g, tv.retreat_from) for g in objs):
            return True
        if not troops:
            continue
        if c.dep_ == "prep" and c.lower_ in _RETREAT_PREPS and any(has_word(g, tv.retreat_causes) for g in objs):
            return True
        if c.dep_ == "advcl" and c.lemma_.lower() in _RETREAT_VERBS and any(
                has_word(g, tv.retreat_causes) for g in objs):
            return True
    return False


# the links by which a weapon noun hangs on what is done with it: its verb's object or passive subject, one item
# of a list ("recovered four guns, 120 rounds and two IEDs"), a modifier ("an IED expert"), an apposition
_WEAPON_LINKS = ("dobj", "nsubjpass", "conj", "appos", "compound", "npadvmod", "nmod", "dep", "attr")


def _weapon_handled(trig: Trigger, tv: TypeVocab) -> bool:
    """ "fabricating Improvised Explosive Device for the terrorists", "Searches ... where ... one improvised
    explosive device were recovered", "a highly trained IED expert": a weapon made, found or known of, never set
    off, is no attack ([types.X] weapon_nouns, weapon_handling)."""
    head = trig.head
    phrase = head.doc[trig.start : trig.end]
    if head.pos_ == "VERB" or not any(t.lower_ in tv.weapon_nouns for t in phrase):
        return False
    node = head
    for _ in range(4):
        if node.dep_ not in _WEAPON_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in tv.weapon_handling or node.lower_ in tv.weapon_handling:
            return True
    return False


def _attack_scene(head: Token, vocab: Vocab) -> bool:
    """ "bombs were hurled near a huge Eid prayer meeting", "The attack took place on Sunday when 400 party members
    had gathered for a meeting": a gathering where an attack struck is its scene, not one of the campaign's
    meetings. The phrase's verb (or the clause it tells the time of) is an attack or killing, or has an attack or
    its weapon as subject ("the ministers condemned the attack at their meeting" has it as object: a meeting)."""
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    attack = vocab.types[_perpetrated_type(vocab)]
    verb = head.head.head
    clauses = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    for v in clauses:
        if v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in attack.verbs or v.lemma_.lower() in vocab.kill):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and (has_word(c, attack.nouns) or has_word(c, attack.weapon_nouns))
               for c in v.children):
            return True
    return False


def _year_number(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100


def _over_years(verb: Token) -> bool:
    """ "police have killed at least 135 suspected militants between 2003 and 2016", "detained more than 250
    people between 2013 and 2016": a verb told over a span of years sums up a record (a figure), however many
    the text counts; a span of days ("between Monday and Wednesday") may still be one operation."""
    # the parser hangs the span on the verb or on its object ("250 people between 2013 and 2016")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(
        c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" and _year_number(g) for g in c.children)
        for h in holders for c in h.children
    )


def _over_recent_periods(head: Token, vocab: Vocab) -> bool:
    """ "During the past two years, the group has beheaded a German and two Canadian hostages", "a group implicated
    in a series of bombings in central Mindanao in recent years", "the police have arrested several terror suspects
    in recent years": an event told over the recent years or months sums up a record, not one event. The span is
    read on the trigger, the nouns it hangs from and its clause's verb. Not a passive report of the people the
    story is about ("Hundreds of Kyrgyz citizens have been repatriated from Syria in recent years"), a rank ("one
    of the deadliest attacks in recent years": the verb is "be"), or a record with its member told ("a series of
    attacks in recent years, including a 2017 nightclub shooting")."""
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "nsubjpass"))]
    node, prev = head, head
    # up to the clause's verb; past "following" (a participle the parser makes a preposition: "In recent months,
    # the military has ramped up operations, following a series of attacks") and a participle adjunct ("have
    # consistently targeted military bases in recent months, killing over a thousand soldiers")
    while node.head.i != node.i and (
        node.pos_ not in ("VERB", "AUX")
        or node.dep_ == "prep"
        or (node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in node.children))
    ):
        node, prev = node.head, node
        if node.dep_ == "prep" and (node.lower_ in vocab.member_preps or node.lower_ == "with"):
            return False  # "have killed 5,000 in the last two years, with a notable attack in June": the member
        holders.append(node)
    verb = node if node.pos_ in ("VERB", "AUX") else None
    if verb is not None and (
        (verb.lemma_.lower() in vocab.restating_verbs and prev.dep_ == "nsubj")
        or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return False
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    if any(p.lower_ in vocab.member_preps for p in preps):
        return False
    return any(
        o.dep_ == "pobj"
        and o.lower_ in vocab.record_periods
        and any(m.dep_ in ("amod", "advmod") and m.lower_ in vocab.record_modifiers for m in o.children)
        for p in preps for o in p.children
    )


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name) | {"yesterday", "today"}


def _perfect_since(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "Islamist fighters have targeted remote communities in Cabo Delgado since October 2017, killing more than 250
    people", "Since the start of this year, clashes and attacks by IS have killed 379 people": a perfect told over the
    span a since phrase opens, of plural events or on plural patients, sums up what happened in it, a record, whatever
    its verb (the trigger itself, the verb it is the subject or object of, or the verb its participle adjunct hangs
    from). "Since December, militants have attacked the army base in Tillaberi" tells one attack on one base."""
    node = head
    while node.head.i != node.i and (
        node.pos_ not in ("VERB", "AUX")
        or (node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in node.children))
    ):
        if node.pos_ not in ("VERB", "AUX") and node.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj"):
            return False  # "a bombing in the wake of ...": only the clause's own arguments share its span
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return False
    if has_word(node, vocab.start_verbs) or has_word(node, tv.hold_verbs):
        # "Since February 2018, army and police have launched an expanded operation": its start, then; "Rutba has
        # been held by the group since 2014": its taking, then
        return False
    patients = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
    if (head.pos_ == "VERB" or not is_plural(head)) and not any(is_plural(p) for p in patients):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children)
    # "fighting since Monday has killed 30 people": a span of days is one episode still under way
    return perfect and any(
        c.dep_ == "prep" and c.lower_ in vocab.since_words
        and not any(t.lower_ in _WEEKDAYS for t in c.subtree)
        for c in node.children
    )


def _pledger(head: Token) -> tuple[Token, Token] | None:
    """Who swears the oath ``head`` tells, with the clause to leave out of its phrase: the verb's subject, the noun's
    possessor, the noun a relative or participle clause hangs on ("suspects who pledged", "the suspects, steeped in
    ... and pledged"), or the subject of the verb a noun or an infinitive hangs on ("the leader of this cell ...
    announced their pledge of allegiance")."""
    t = head
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ not in ("WP", "WDT"):
            return subj, t
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ != "PRON":
            return poss, t
        if t.dep_ in ("relcl", "acl") or (subj is not None and t.dep_ in ("relcl", "acl")):
            return t.head, t
        if t.dep_ not in ("conj", "xcomp", "dobj", "pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _suspect_pledger(head: Token, suspect_words: frozenset[str], cells: frozenset[str]) -> bool:
    """The oath is sworn by someone only "he" or "she" tells, or named with one of ``suspect_words``: "He had pledged
    his allegiance to the ISIS's caliph" of a detainee, "the leader of this cell ... announced their pledge", "some of
    those arrested had pledged allegiance" ([types.pledge] suspect_pledgers); or "the group" just after a sentence
    naming one of ``cells`` (the cell broken up)."""
    found = _pledger(head)
    if found is None:
        return False
    who, clause = found
    if who.lower_ in ("he", "she"):
        return True
    if who.lemma_.lower() == "group" and any(c.lower_ in ("the", "this") for c in who.children) and who.sent.start > 0:
        # "the BCIJ dismantled a four-member ISIS cell ... The group had pledged allegiance": the cell just named
        before = who.doc[who.sent.start - 1].sent
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in cells for t in before)
    skip = {t.i for t in clause.subtree} if clause.i != who.i and who.is_ancestor(clause) else set()
    return any(has_word(t, suspect_words) for t in who.subtree if t.i not in skip)


def keep_trigger(trig: Trigger, sent: Span, vocab: Vocab, index: DocIndex, anchors: set[str]) -> bool:
    """The filters that separate a specific event from talk about a kind of event."""
    tv = vocab.types[trig.type]
    head = trig.head
    if head.dep_ == "compound" and head.head.i >= trig.end and not _group_after(head, index):
        return False  # "attack helicopter", "Operation X report"
    if any(c.dep_ in ("compound", "amod") and has_word(c, tv.exclude_modifiers) for c in head.children):
        return False
    # (each word read from the per-document lists first: a Token only for a word that may be a context word)
    if tv.context and not any(
        may_have_word(sent.doc, i, tv.context) and has_word(sent.doc[i], tv.context)
        for i in range(sent.start, sent.end)
    ):
        return False
    if _in_office_name(head, sent, vocab):
        return False
    if _named_event(trig, tv) and not anchors & {"day", "month"}:
        return False  # "Operation Shujaa began in 2021 and is still going on": a standing operation's name
    if _falls_back(head, tv, vocab):
        return False
    if tv.perpetrated and not anchors & {"place", "day", "month"} and _activity_list(head, vocab):
        return False  # "linked to recruitment, robberies, kidnapping and extortion": kinds of crime, not events
    if _weapon_handled(trig, tv):
        return False
    sworn = any(has_word(t, tv.allegiance_words) for t in sent.doc[trig.start : trig.end])
    if sworn and any(
        p.lower_ == "to" and any(has_word(g, tv.loyal_to) for g in p.children if g.dep_ == "pobj")
        for t in sent.doc[trig.start : trig.end + 1] for p in [*t.children, *t.head.children]
        if t.i < sent.end
    ):
        # "members who pledged allegiance to the government": a surrender, not a pledge to the group ("pledged $50
        # million to the government" is a pledge of money, which has no allegiance word)
        return False
    if tv.suspect_pledgers and _suspect_pledger(head, tv.suspect_pledgers, tv.pledger_cells):
        return False  # "the suspects ... pledged their allegiance to its emir": background of an arrest
    if head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in tv.excluded_objects for c in head.children):
        return False  # "a military convoy struck an IED": the explosive's attack, not an air strike; "handed over
        # their weapons": a surrender, not a repatriation
    if not anchors & {"day", "month"} and any(
        c.dep_ == "amod" and has_word(c, vocab.background_modifiers) for c in head.children
    ):
        return False
    if tv.parties_only and any(
        g.dep_ == "pobj" and has_word(g, vocab.attackers) for p in head.children if p.lower_ == "of" for g in p.children
    ):
        return False  # "a gathering of ISWAP militants": fighters massing, not a meeting of the campaign
    if tv.parties_only and head.pos_ == "NOUN" and _attack_scene(head, vocab):
        return False
    if tv.parties_only and head.pos_ == "NOUN" and _venue_only(head, tv):
        return False
    if _object_verb(head, tv) and (not _acts_on(head, tv.verb_objects) or _aim_of(head, vocab)):
        return False
    if head.pos_ == "VERB" and has_word(head, tv.visit_verbs) and not _acts_on(head, tv.visit_objects):
        return False  # "visited the scene of the attack": a visit to no force is no meeting
    declared = head.pos_ == "NOUN" and head.dep_ == "dobj" and has_word(head.head, tv.declare_verbs)
    if trig.end - trig.start == 1 and has_word(head, tv.group_defeat_words) and not (
        (anchors & {"year", "month"} and "day" not in anchors or declared and "day" in anchors)
        and _group_defeated(head, tv, index)
    ):
        return False
    last = sent.doc[trig.end - 1]
    if trig.end - trig.start > 1 and last.lower_ == "with" and not _with_hostile(last, tv, index):
        return False
    if (
        _kills_attackers(trig, vocab, index)
        and not _is_force(_reported_doer(_kill_doer(head), vocab), vocab, index, armed=True)
        and not _unnamed_kill(head, anchors)
        and not _arrested_by_force(head, tv, vocab, index)
        and not _reported_arrest_at(head, tv, index, anchors)
    ):
        return False  # "a precision air interdiction that neutralised several commanders": no force's raid
    det = determiner(head)
    if det in vocab.generic_dets or _share_of(head, vocab):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "since" and not anchors & {"day", "month"} and not tv.since_told:
        return False  # "since the 2015 attacks, the group has ...": a time reference, not a report
    if "day" not in anchors and _over_recent_periods(head, vocab):
        return False  # "During the past two years, the group has beheaded ... hostages": a record
    if "day" not in anchors and _perfect_since(head, tv, vocab):
        return False  # "have targeted communities since October 2017, killing more than 250 people": a record
    if not anchors & {"day", "month"} and (
        _habit_adverb(head, vocab)
        or (tv.perpetrated and _activity_gerund(head, vocab))
        or _record_multitude(head, vocab)
        or _involved_in_some(head, vocab)
        or _holding_record(head, tv, vocab)
    ):
        return False  # "mostly attacked the policemen", "involved in kidnapping", "have killed hundreds": a record
    allegiance = bool(tv.allegiance_words) and any(
        has_word(t, tv.allegiance_words)
        for t in sent.doc[max(sent.start, trig.start - 2) : min(sent.end, trig.end + 4)]
    )
    if head.pos_ == "VERB" and head.tag_ == "VBN" and any(c.dep_ == "det" for c in head.children):
        return False  # "CTD officials said that the arrested used to collect donations": the people, not the arrest
    if head.pos_ == "VERB" and _deed_describes(head):
        return False  # "the Boko Haram faction believed to have abducted Leah Sharibu": who is meant, by a deed
    if head.pos_ == "VERB":
        if head.tag_ in ("VBZ", "VBP") and not misread_present(head) and not _headline(sent) and "day" not in anchors:
            return False  # simple present of an event verb reads as habitual
        if head.dep_ == "acl" and not anchors & {"day", "month"}:
            return False  # "fighters detained in camps", "towns liberated from IS": a state, not an event
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab.since_words for c in head.children):
            return False  # "Since the Taliban regained control of Afghanistan in August 2021, IS-K has ...": a time
        if head.lemma_.lower() in vocab.kill and any(
                c.dep_ == "prep" and c.lower_ in vocab.since_words for c in head.children):
            return False  # "militants have killed over 120 civilians in Niger since March": a toll over a span
        if _over_years(head):
            return False  # "police have killed at least 135 militants between 2003 and 2016": a toll over years
        if tv.parties_only and (
            not _meeting_object_ok(head, index, tv) or _met_with_thing(head, tv) or _imperative(head)
        ):
            return False
        if _purpose(head, vocab):
            return False
        if (
            (has_word(head, tv.agentless_passive_not) or _into_custody(head, tv))
            and any(c.dep_ == "auxpass" for c in head.children)
            and _agent(head) is None
            and not (
                _arrest_verb(head, tv) and _unnamed_kill(head, anchors) and _arrest_placed(head, tv, index)
            )
            and not _reported_arrest_at(head, tv, index, anchors)
            # (with a place the sentence links, the other rules decide: "arrested last month under the Internal
            # Security Act, one man for wanting to join ISIS in Syria" is no arrest in Syria)
            and not (anchors & {"day", "month"} and "place" not in anchors and _arrest_under_law(head, tv))
        ):
            return False
        args = ("dobj", "nsubj", "nsubjpass", "agent")  # "people killed by militants" has only an agent
        # "five Malaysian crewmen kidnapped in July off Sabah": a participle reducing a relative clause has the noun
        # it modifies as its patient (dated by a day or month of its own, above)
        reduced = head.dep_ == "acl" and head.tag_ == "VBN"
        if (tv.needs_argument and not reduced and not any(c.dep_ in args for c in head.children)
                and victims_of(head, vocab) is None):
            return False  # "killing over 70" has its victims only as a count after a preposition
        if tv.needs_argument and _figurative_subject(head, vocab):
            return False
        if tv.money_object and not allegiance:
            if not _has_money(head) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
                return False
            sent_lower = span_text(sent).lower()  # once, not per tally word
            if any(w in sent_lower for w in vocab.tally_words):
                return False
    elif tv.money_object and not allegiance and not (_has_money(head) and det in ("a", "an")):
        return False
    if head.pos_ != "VERB" and "day" not in anchors and _habit_support(head, sent, vocab):
        return False  # "the enclaves from which terrorists launch attacks": a habit, as a present event verb is
    unit_phrase = any(has_word(t, vocab.unit_modifiers) for t in head.doc[trig.start : trig.end])
    if head.pos_ != "VERB" and is_plural(head) and not unit_phrase:
        if _is_tally(head, sent, vocab):
            return False
        left = premodifiers(head)
        unit = any(has_word(t, vocab.unit_modifiers) for t in left)
        # "facing a series of attacks on Western targets": a run told with no place, date or doer's light verb is a
        # record ("launched a series of attacks", "a series of raids in Borno", "In 2002, Bali witnessed a series of
        # bombings" tell one)
        # ("blamed for a spate of deadly attacks in Turkey since 2015" sums up a record)
        series = _in_series(head, vocab) and not _spans_time(sent, vocab) and (
            bool(anchors & {"place", "day", "month", "year", "dated"}) or _governing_support(head, vocab) is not None
            or not tv.perpetrated or _by_group(head, index) or _by_group(head.head.head, index)
            or _with_member(head, vocab)
        )
        definite = det in vocab.definite_dets or any(t.lower_ in vocab.definite_dets for t in left[:2])
        definite_actor = definite and (
            _actor_modifier(head, index, tv)
            or _done_by_group(head, index)
            or any(t.text in vocab.demonyms for t in left)
            or any(m.type in tv.actor_types for m in index.entities_in(left.start_char, left.end_char))
        )
        killed_by = _kills_there(head, vocab, anchors)
        # "nine militants were killed in clashes in late January": the dead are counted in those events
        killed_in = _killing_in(head, vocab) and bool(anchors & {"place", "month"})
        # "security forces launched operations in Nowshera", "the operations began in the Hamrin Mountains"
        support = _governing_support(head, vocab)
        # ... and "In February 2025, U.S. forces conducted airstrikes targeting ISIS hideouts": a month dates it
        told = support is not None and _past_or_perfect(support, vocab) and bool(anchors & {"place", "month"})
        # "the ministry announced that the operations were carried out in the Achin and Dih Bala districts": the
        # plural an article points to, subject of a past passive light verb with a place, is the episode told
        # ("operations were conducted across 18 provinces", with no article, sums up a record)
        told = told or (
            definite and support is not None and head.dep_ == "nsubjpass" and head.head.i == support.i
            and "place" in anchors
            and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in support.children)
        )
        # "the strikes targeted Islamic State positions southeast of Bosaso": ... or the subject of a past verb
        # whose own words place it (with the place in the subject, "the attacks in Paris shocked the world"
        # names a known event; a perfect, "the attacks have stiffened our resolve", looks back on one)
        told = told or (
            definite and head.dep_ == "nsubj" and head.head.tag_ == "VBD" and head.head.pos_ == "VERB"
            and _placed_by_predicate(head, index)
        )
        # "suicide bombings in Kampala in November 2021", "In April, attacks ... on a reserve in Niassa": a place
        # and a month of their own make the plural one episode ("attacks in Iraq in 2017" stays a tally)
        placed_month = {"place", "month"} <= anchors
        # "The attacks in Nice, Baghdad, Dhaka and Istanbul", "these attacks against positions in Labbezagan,
        # Gossi and Tessalit": the plural an article points to, told with a list of towns, names one known event
        # in each (with no article, "accused of orchestrating attacks in Menaka and Gao", a record)
        listed = definite and "towns" in anchors
        # "ISWAP has claimed the attacks in Monguno and Nganzai": the attacks a group claims, placed, are those
        # it carried out ("IS has claimed attacks in Iraq" has no article: a record, not these)
        claimed = definite and "place" in anchors and (
            _claimed_for(head) or _claimed_by(head)
            # "the group that is accused of masterminding the bombings in Kampala": the attacks someone planned and
            # led, placed and pointed to, are those that happened
            or (head.dep_ == "dobj" and has_word(head.head, vocab.author_verbs))
            or head.dep_ == "nsubjpass" and head.head.lemma_.lower() == "claim"  # "the attacks ... were claimed"
        )
        if not (
            unit
            or claimed
            or series
            or definite_actor
            or killed_by
            or killed_in
            or told
            or placed_month
            or listed
            or "dates" in anchors  # "bombings in 2019 and 2018": one episode per date (episode_dates)
            or "day" in anchors
            or _counted_report(head, vocab, anchors)
        ):
            return False
    if trig.weak and head.tag_ == "NN" and det is None and head.i > 0 and head.doc[head.i - 1].lower_ in ("on", "in"):
        return False  # "went on strike", "stayed on strike", "Parliament is in session": the idiom, not an event
    if trig.weak and not (
        _actor_modifier(head, index, tv)
        # "ADF has pledged its allegiance to the IS group": the verb sworn on an allegiance word is the oath itself,
        # as the unbroken phrase "pledged allegiance" is; not so the bare infinitive ("for Maute to declare
        # allegiance", "have begun to pledge loyalty": an intent or a process)
        or (head.pos_ == "VERB" and head.tag_ != "VB" and _acts_on(head, tv.allegiance_words))
        or _governing_support(head, vocab) is not None
        or anchors & {"place", "day", "month"}
        or any(c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting") for c in head.children)
        or any(c.dep_ == "acl" and c.lemma_.lower() == "target" for c in head.children)
        or _killing_in(head, vocab)
        or _kills_as_subject(head, vocab)
    ):
        return False
    # an operation noun needs a light verb ("launched an operation"), a date of its own, or a named force
    # and place ("captured in a Taliban raid in the Paghman district")
    return not (
        tv.needs_support
        and head.pos_ != "VERB"
        and not _object_verb(head, tv)  # "the dismantling of this cell": what it acted on tells it
        and not _reported_arrest(head, tv)  # "announced the arrest of 82 individuals": its reporter's deed
        and _governing_support(head, vocab) is None
        and not anchors & {"day", "month"}
        and not ("place" in anchors and _actor_modifier(head, index, tv))
        and not _killing_in(head, vocab)
        and not (_in_series(head, vocab) and "place" in anchors)
        and not _kills_there(head, vocab, anchors)
    )


def _habit_support(head: Token, sent: Span, vocab: Vocab) -> bool:
    """ "the enclaves from which terrorists launch attack against the Maiduguri-Damboa general area", "the group
    regularly carries out bombings": an event noun done by a light verb in the simple present tells what someone
    does as a rule, as the simple present of an event verb does; a title ("ISWAP launches attack on Marte") and a
    caption with its day tell one event in the present."""
    support = _governing_support(head, vocab)
    return (
        support is not None
        and head.dep_ == "dobj"
        and head.head.i == support.i
        and support.tag_ in ("VBZ", "VBP")
        and not _headline(sent)
    )


def _deed_describes(verb: Token) -> bool:
    """ "ISWAP, the Boko Haram factional group believed to have abducted Leah Sharibu", "hunted down fighters
    believed to have bombed a Catholic mass last December": a perfect infinitive under a participle that reduces a
    relative clause on a noun says which group or people are meant by an earlier deed; the sentence reports
    something else ("Both are believed to have helped finance a terror attack" tells it of its subject)."""
    frame = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
        and frame.dep_ == "acl"
        and frame.tag_ == "VBN"
        and frame.head.pos_ in ("NOUN", "PROPN")
    )


def _habit_adverb(head: Token, vocab: Vocab) -> bool:
    """ "This militant organization ... mostly attacked the policemen on duty at different places": an adverb of
    proportion on the event verb itself tells what a group usually did ([modality] habitual_adverbs; "killing 20
    people, mostly civilians" hangs it on the victims)."""
    return head.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in vocab.habitual_adverbs for c in head.children
    )


def _activity_gerund(head: Token, vocab: Vocab) -> bool:
    """ "were actively involved in kidnapping for ransom", "had been involved in fighting, kidnapping and beheading
    of foreign hostages": a gerund no article, possessive or number points to, after a preposition of one of
    [modality] activity_heads, names a line of activity ("involved in the kidnapping of ...", "in a bombing in
    Bandung" name one event)."""
    if not head.lower_.endswith("ing") or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    root = head
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("pobj", "pcomp"):
        return False
    prep = root.head
    return prep.dep_ == "prep" and has_word(prep.head, vocab.activity_heads)


def _involved_in_some(head: Token, vocab: Vocab) -> bool:
    """ "Two of the militants neutralised were involved in a suicide bombing in Quetta", "who was involved in
    multiple terrorist activities, including a recent attack at a mosque in Peshawar": an event with an indefinite
    article, the object of "in" on one of [modality] involvement_words (or listed there by "including"), tells
    who the people are by a past deed; the page reports it nowhere else ("the attack" points to one it tells)."""
    if determiner(head) not in ("a", "an"):
        return False
    node = head
    for _ in range(3):
        node = _coordination_root(node)
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        if prep.lower_ == "in" and has_word(prep.head, vocab.involvement_words):
            return True
        if prep.lower_ not in vocab.member_preps:
            return False
        node = prep.head
    return False


def _record_multitude(head: Token, vocab: Vocab) -> bool:
    """ "The terrorists have killed hundreds of soldiers, policemen and civilians, mainly in North Sinai", "has killed
    several hundred civilians": a perfect killing of [modality] multitudes with no count of their own sums up a
    record ("have killed at least 174 people", "has killed 27,000" count)."""
    if head.lemma_.lower() not in vocab.kill or not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in head.children
    ):
        return False
    victims = next((c for c in head.children if c.dep_ == "dobj"), None)
    if victims is None:
        return False
    if victims.lemma_.lower() in vocab.multitudes and is_plural(victims):
        return True  # "hundreds of soldiers"
    return any(
        n.dep_ == "nummod" and n.lemma_.lower() in vocab.multitudes
        and not any(c.like_num for c in n.children)  # "several hundred", not "three hundred"
        and any(c.dep_ in ("amod", "advmod", "quantmod") for c in n.children)
        for n in victims.children
    )


def _holding_record(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "The Syrian Democratic Forces have detained 10,000 ISIS fighters": a perfect arrest of more people than
    [tally] max_held_count tells whom a force holds, not one operation."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return False
    held = _held(head, tv, vocab)
    return held is not None and held > vocab.held_max


def _placed_by_predicate(subj: Token, index: DocIndex) -> bool:
    """A place named in the clause of which ``subj`` is the subject, outside the subject phrase itself
    ("the strikes targeted positions southeast of Bosaso", not "the attacks in Paris shocked the world")."""
    verb = subj.head
    inside = {t.i for t in subj.subtree}
    return any(
        t.i not in inside and verb.left_edge.i <= t.i <= verb.right_edge.i
        and not any(a.dep_ in ("ccomp", "relcl", "advcl") and a.i != verb.i for a in _path_up(t, verb))
        for _pm, t in index.places_in(subj.sent)
    )


def _path_up(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to (not including) ``top``."""
    path: list[Token] = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


def _kills_there(head: Token, vocab: Vocab, anchors: set[str]) -> bool:
    """A trigger noun with a place that kills ("strikes targeting the Nusra Front in Aleppo had killed at
    least 50", "ground and air attacks in the Tumbun Rago area had neutralised more than 25 terrorists"):
    what killed is a report of the event."""
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in vocab.kill | vocab.force_outcomes
        and "place" in anchors
    )


def _past_or_perfect(verb: Token, vocab: Vocab) -> bool:
    """ "launched operations in X", "have launched operations against ADF positions in DRC": told as done. A
    perfect tells a campaign's start only with a verb of starting: "has carried out several attacks in Kabul",
    "have conducted airstrikes" sum up a record."""
    if verb.tag_ == "VBD":
        return True
    # "troops were conducting clearing operations in Barangay Adjid when they encountered ...": a past progressive
    # tells the episode under way then, as a simple past does
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return True
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
    return perfect and has_word(verb, vocab.start_verbs)


def _acts_on(head: Token, objects: frozenset[str]) -> bool:
    """What the trigger acts on is one of ``objects``: its object or passive subject ("dismantled a cell"),
    the noun it modifies ("the dismantled cell"), or its "of" or "with" phrase ("the dismantling of this cell",
    "engaged with members of the group")."""
    acted_on = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    acted_on += [g for p in head.children if p.lower_ in ("of", "with") for g in p.children if g.dep_ == "pobj"]
    if head.dep_ in ("amod", "acl"):
        acted_on.append(head.head)
    return any(has_word(t, objects) for t in acted_on)


def _object_verb(head: Token, tv: TypeVocab) -> bool:
    """A trigger of [types.X] object_verbs, an event only with one of verb_objects as what it acts on; a word that is
    also one of the type's nouns is that only as a verb ("troops encountered 40 members of the Abu Sayyaf group";
    "killed in an encounter with troops" is the noun, a firefight of its own)."""
    return has_word(head, tv.object_verbs) and not (head.pos_ != "VERB" and has_word(head, tv.own_nouns))


def _aim_of(verb: Token, vocab: Vocab) -> bool:
    """ "the agency's ongoing efforts to track and dismantle terrorist networks", "the SDF has intensified operations to
    dismantle these networks": an infinitive hanging on a noun, giving a clause's purpose or following the verb's
    object names what was aimed at, not a deed of its own (the operation, when one is told, is its own trigger);
    so does a gerund after "to" or "the intention of" ([modality] planned: "with the intention of dismantling the
    network").
    "The BCIJ managed to dismantle a cell" has no object before the infinitive: the deed is told."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    infinitive = verb.tag_ == "VB" and any(c.tag_ == "TO" for c in first.children) and (
        first.dep_ in ("acl", "advcl")
        or (first.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in first.head.children))
    )
    # "Ministers committed to dismantling ISIS networks": a gerund after "to" is what someone is set on
    gerund = first.dep_ == "pcomp" and (
        first.head.lower_ == "to"
        or (first.head.lower_ == "of" and first.head.head.pos_ == "NOUN"
            and first.head.head.lemma_.lower() in vocab.planned)
    )
    return infinitive or gerund


def _group_defeated(head: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """The side a defeat word defeats is the campaign's target group: "IS was defeated in 2017", "defeated
    ISIS in 2019", "the defeat of the Islamic State", "before their defeat in late 2017", and a clause with no
    subject of its own qualifying the group ("ISIS militants, despite being defeated in 2017, continue ..."). A
    body's name is no defeat ("the Global Coalition to Defeat Daesh"), nor an aim ("efforts to defeat IS")."""
    if any(m.start <= head.idx < m.end for m in index.entities_in(head.sent.start_char, head.sent.end_char)):
        return False
    if any(c.tag_ == "TO" for c in head.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in tv.defeat_hedges for c in head.children):
        return False  # "ISIS has been nearly defeated": not yet
    if head.pos_ == "VERB":
        passive = any(c.dep_ == "auxpass" for c in head.children)
        defeated = _subj(head) if passive else next((c for c in head.children if c.dep_ == "dobj"), None)
        if defeated is None and passive:
            defeated = _clause_subject(head)  # "before being defeated in late 2017"
        if defeated is not None and defeated.tag_ in ("WDT", "WP"):
            defeated = _relative_antecedent(head) or defeated
    else:
        defeated = next((g for p in head.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        defeated = defeated or next((c for c in head.children if c.dep_ == "poss"), None)
        if defeated is None and head.dep_ == "dobj":
            defeated = _clause_subject(head)  # "despite facing defeat in Iraq in 2017, remnants of the group"
    if defeated is None:
        return False
    if _names_realm(defeated, tv):
        return True
    if has_word(head, tv.realm_defeat_words):
        return False  # "jets destroyed ISIS positions": only the realm's destruction is the group's defeat
    if _target_group(defeated, index):
        return True
    # "its defeat", "the group was defeated", "remnants of it": a pronoun or description of the group in an
    # article that names it
    pronoun = any(t.lower_ in index.vocab.pronouns or has_word(t, index.vocab.descriptions)
                  for t in _with_of_phrase(defeated))
    return pronoun and bool(index.target_group_ids & {m.entity_id for m in index.entities_in(0, defeated.idx)})


def _names_realm(defeated: Token, tv: TypeVocab) -> bool:
    """The defeated side is the group's realm ([types.X] group_realms) or what was left of it: "the caliphate",
    "the last remnants of the physical caliphate"."""
    return any(has_word(t, tv.group_realms) for t in _with_of_phrase(defeated))


def _with_of_phrase(tok: Token) -> list[Token]:
    """The word and what its "of" phrase names: "remnants of it", "the last remnants of the caliphate"."""
    return [tok] + [g for p in tok.children if p.lower_ == "of" for g in p.children]


def _realm_destroyed(tok: Token, tv: TypeVocab) -> bool:
    """A word of destruction ([types.X] realm_defeat_words) whose object or "of" phrase is the group's realm."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # "the caliphate was destroyed"
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return any(_names_realm(o, tv) for o in objects)


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs on, also for a second clause joined to the first: "the Islamic State's
    caliphate, which the group constructed in 2014, and which was defeated by U.S. and Kurdish forces in 2019"."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "relcl":
        return node.head
    # the parser often hangs the second clause on the main verb: its pronoun, after "and", takes up the first
    # clause's ("which ..., and which ...")
    pronoun = next((c for c in verb.children if c.tag_ in ("WDT", "WP")), None)
    if pronoun is None or pronoun.i == pronoun.sent.start or pronoun.nbor(-1).dep_ != "cc":
        return None
    first = next((t for t in reversed(verb.doc[verb.sent.start : pronoun.i]) if t.dep_ == "relcl"
                  and any(c.lower_ == pronoun.lower_ for c in t.children)), None)
    return first.head if first is not None else None


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above ``tok`` that has one: a participle or gerund phrase with none
    of its own ("despite facing defeat", "before being defeated") is about the main clause's subject."""
    for node in ancestors(tok)[1:5]:
        if node.pos_ in ("VERB", "AUX") and (subj := _subj(node)) is not None:
            return subj
    return None


def _with_hostile(with_: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """The "with" a phrase trigger ends in ("got in contact with") names the group or its fighters."""
    return any(
        has_word(g, tv.verb_objects) or has_word(g, index.vocab.attackers) or _target_group_or_armed(g, index)
        for g in with_.children if g.dep_ == "pobj"
    )


def _figurative_subject(head: Token, vocab: Vocab) -> bool:
    """ "The treacherous hand of evil struck this evening", "tragedy struck": an event verb with no object
    whose subject names no actor, force or attacker tells a misfortune, not an attack or a strike."""
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("dobj", "agent") for c in head.children):
        return False
    return subj.pos_ == "NOUN" and subj.ent_type_ == "" and not (
        has_word(subj, vocab.attackers) or has_word(subj, vocab.force_nouns) or has_word(subj, vocab.weapons)
    )


def _with_member(head: Token, vocab: Vocab) -> bool:
    """ "faced a series of attacks in recent years, including a 2017 nightclub shooting": the run names a member."""
    holders = [head, *ancestors(head)[1:4]]
    return any(c.dep_ == "prep" and c.lower_ in vocab.member_preps for h in holders for c in h.children)


def _by_group(noun: Token, index: DocIndex) -> bool:
    """ "a new series of attacks by the armed group ADF": the noun names the armed group that did it."""
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and _target_group_or_armed(_child_of(c, "pobj"), index)
        for c in noun.children
    )


def _child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _done_by_group(head: Token, index: DocIndex) -> bool:
    """ "the attacks carried out by the ADF": a participle naming an armed group as agent makes a plural
    trigger the specific events that group committed, not a kind of event."""
    return any(c.dep_ == "acl" and _target_group_or_armed(_agent(c), index) for c in head.children)


def _target_group_or_armed(tok: Token | None, index: DocIndex) -> bool:
    return tok is not None and any(m.type == "armed_group" for m in index.entities_in(tok.left_edge.idx, _end(tok)))


def _activity_list(head: Token, vocab: Vocab) -> bool:
    """ "linked to recruitment, robberies, kidnapping and extortion": a bare noun listed with three or more bare
    nouns, one of them naming no event of any type, names a kind of activity."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    root = head
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    members = conjuncts(root)
    if len(members) < 3:
        return False
    nouns = frozenset().union(*(t.nouns for t in vocab.types.values()))
    return any(
        m.pos_ == "NOUN" and not has_word(m, nouns) and not any(c.dep_ in ("det", "poss", "nummod") for c in m.children)
        for m in members
    )


def _in_series(head: Token, vocab: Vocab) -> bool:
    """ "a series of intense military operations": the noun heads a run of events ([unit_heads])."""
    return head.dep_ == "pobj" and head.head.head.lemma_.lower() in vocab.unit_heads


def _killing_in(head: Token, vocab: Vocab) -> bool:
    """ "US forces killed a leader in a helicopter raid": the killing reports the raid as a real one."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("in", "during"):
        return False
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # "killed 40 Islamic State (ISIS) militants in a military operation": the parser hung
        # the phrase on the dead, not on the killing
    lemma = verb.lemma_.lower()
    outcome = lemma in vocab.force_outcomes and head.lemma_.lower() in vocab.types["operation"].nouns
    # "more than 40 wounded in blast near a mosque", "Shakir was injured in a blast": the wounded count an attack
    # too (not an operation: "two soldiers were hurt in a clash" is a detail of a fight the story tells)
    hurt = lemma in vocab.wound and head.lemma_.lower() in vocab.types[_perpetrated_type(vocab)].nouns
    return lemma in vocab.kill or hurt or outcome or _kills_with_particle(verb, vocab)


def _kills_as_subject(head: Token, vocab: Vocab) -> bool:
    """ "a landmine explosion killed 13 soldiers", "... resulted in the deaths of 13 more soldiers", "left
    six dead", "claimed the lives of six soldiers": a blast that kills people is an attack in this domain."""
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in vocab.kill:
        return any(c.dep_ == "dobj" for c in verb.children)
    if lemma not in vocab.result_verbs | vocab.life_verbs | {"result", "cause"}:
        return False
    toll = [t for t in verb.subtree if t.i not in range(head.left_edge.i, head.right_edge.i + 1)]
    return any(t.lower_ in vocab.dead or t.lemma_.lower() in ("death", "life") for t in toll)


# --------------------------------------------------------------------------- attributes


def _locative(tok: Token, etype: str, vocab: Vocab) -> bool:
    """Is the place word the object of a locative preposition ("in", "near"), through appositions?"""
    node = tok
    for _ in range(4):
        if node.dep_ in ("compound", "poss", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
            return node is not tok  # "the Baghdad market": a modifier inside the located phrase
        if node.dep_ == "pobj":
            prep = node.head.lower_
            if prep == "of" and has_word(node.head.head, vocab.directions):
                return True  # "west of Mosul", "20 km south of Kirkuk"
            if prep == "of" and has_word(node.head.head, vocab.containers):
                node = node.head.head  # "near the desert city of X": located as the city is
                continue
            if prep in vocab.member_preps and has_word(node.head.head, vocab.containers):
                node = node.head.head  # "near five cities, including Raqqa": located as the cities are
                continue
            if etype in vocab.topic_types and prep in vocab.topic_preps:
                return False  # "The meeting focused on Iraq": what it was about
            if prep == "to" and _visit_to_place(node) is not None and has_word(
                    _visit_holder(node.head.head), vocab.types[etype].visit_nouns):
                return True  # "a visit to Kigali": the visit, and the meeting it is, took place there
            return prep in vocab.locative or (prep == "from" and etype in vocab.from_types)
        if node.dep_ not in ("appos", "conj", "compound", "amod"):
            return False
        node = node.head
    return False


def _in_topic_clause(tok: Token, head: Token, vocab: Vocab) -> bool:
    """The place word sits, below the clause that holds the trigger, in an infinitive ("The meeting aimed to address
    challenges in Syria") or in a clause of a topic verb ([places] topic_verbs: "enabled partners to review and
    discuss the situation in Syria"): what a meeting was for or about, not where it was held."""
    for node in ancestors(tok)[1:]:
        if node.i == head.i or dominates(node, head):
            return False
        if node.pos_ in ("VERB", "AUX") and (
            node.lemma_.lower() in vocab.topic_verbs or any(c.tag_ == "TO" and c.dep_ == "aux" for c in node.children)
        ):
            return True
    return False


def _taken(head: Token, tv: TypeVocab) -> list[Token]:
    """The phrases naming the place a recapture, a seizure or a strike is about, which is where it happened:
    the object ("retook Ramadi"), the passive or "fall" subject ("Mosul was liberated", "Mosul fell"),
    a noun's "of" phrase ("the liberation of Marawi"), what a strike targeted."""
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and (controlled := _controlled(head, tv)) is not None:
        return [controlled]  # "took control of the province": the "of" phrase is the place taken
    if (held := _held_town(head, tv)) is not None:
        return [held]  # "Rutba has been held by the group since 2014", "Mosul has been under IS control since ..."
    if head.pos_ == "VERB" and lemma in tv.expel_verbs:
        # "drove the IS militants out of Sarijkhanah": the "out of" or "from" phrase is the place taken
        place = _out_of(head, [a for a in (_patient(head),) if a is not None])
        if place is not None:
            return [place]
    if tv.object_is_place or lemma in tv.seize_verbs or lemma in tv.fall_verbs:
        if head.pos_ == "VERB":
            deps = ("dobj", "nsubjpass", "nsubj") if lemma in tv.fall_verbs else ("dobj", "nsubjpass")
            # ("Albu Kamal, a border town which the regime recaptured": the pronoun's noun is the place)
            return [t for c in head.children if c.dep_ in deps and (t := _relative_head(c, head)) is not None]
        return [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    if not tv.has_target:
        return []
    # "air strikes targeting IS camps in central Syria": the target's place is where the strike hit
    # ("dozens of air strikes targeting ...": the parser may hang the participle on the quantity)
    owners = [head, head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [head]
    return [
        d
        for o in owners
        for c in o.children
        if c.dep_ == "acl" and c.lemma_.lower() == "target"
        for d in c.children
        if d.dep_ == "dobj"
    ]


def link_places(
    head: Token, etype: str, sent_places: list[tuple[PlaceMention, Token]], vocab: Vocab
) -> list[tuple[int, PlaceMention, Token]]:
    """Places that locate the trigger, nearest first: (distance, mention, token)."""
    out = []
    taken = _taken(head, vocab.types[etype])
    lead = _split_premodifier(head) or head
    for pm, tok in sent_places:
        if _cell_haunt(tok, head, vocab.types[etype]):
            out.append((tree_distance(head, tok), pm, tok))  # "dismantled a cell ... active in the cities of A, B"
            continue
        if _in_other_clause(tok, head, vocab) or _other_side(tok, vocab) or clock_aside(tok):
            continue  # "near Tongo Tongo, close to the border with Mali": not in Mali
        if _describes_name(tok, head):
            continue  # "pledged allegiance to ISIL, which operates in Iraq and Syria": where ISIL is, not the oath
        if whose_force(pm, tok, vocab) or _acting_place(pm, tok, head, etype, vocab):
            continue  # "airstrikes by Nigerian and United States forces", "Kampala and Kinshasa launched ...": who
        if etype in vocab.topic_types and pm.place.precision == "country" and _in_topic_clause(tok, head, vocab):
            # "The meeting ... enabled partners to discuss the situation in Syria": the country it was about; a
            # province's situation is talked over there ("assessing the situation in Cabo Delgado" in Pemba)
            continue
        dist = tree_distance(head, tok)
        # the argument itself or a place inside it ("camps in central Syria"), never a modifier of it
        # ("facilities belonging to Iran-backed militias")
        if (
            any(tok.i == arg.i or (dominates(arg, tok) and tok.dep_ in ("pobj", "appos", "conj")) for arg in taken)
            and dist <= SUBTREE_DISTANCE
        ):
            out.append((dist, pm, tok))  # "retook Ramadi", "the liberation of Marawi", "Mosul fell to IS"
            continue
        # (from the place word itself: a village no gazetteer knows is rooted at its settlement noun, "attacked
        # Nacussa village", "attacked the nearby village of Muege" (unlisted.py), which is then the object)
        if head.pos_ == "VERB" and any(
            a.head.i == head.i and a.dep_ in ("dobj", "nsubjpass") and has_word(a, vocab.settlements)
            for a in ancestors(tok)[:6]
        ):
            out.append((dist, pm, tok))  # "hamlets such as Dani Fari, Abarkaize, and Ezzak were also attacked"
            continue
        if _under_attack_at(head, tok, vocab):
            out.append((dist, pm, tok))  # "Rann and Dikwa came under heavy attack"
            continue
        root = _coordination_root(tok)
        # ... and "aircraft was redirected to attack Tumbun Allura": a verb aircraft strike with ([types.X]
        # aircraft_verbs)
        strike_verbs = vocab.types[etype].verbs | vocab.types[etype].aircraft_verbs
        if head.pos_ == "VERB" and head.lemma_.lower() in strike_verbs and (
            pm.place.precision == "point" and tok.pos_ == "PROPN" and root.head.i == head.i
            and root.dep_ in ("dobj", "nsubjpass")
        ):
            out.append((dist, pm, tok))  # "ISWAP fighters attacked Malam Fatori and Damasak", "Baga was attacked"
            continue
        modifier = tok.head.i == head.i and tok.dep_ in ("compound", "poss", "nmod", "amod")
        # "launched air and ground strikes on the group's base in Maguindanao": the trigger a conjunct of
        # the verb's object ("air") is inside the verb's phrase as its first conjunct is
        inside = dominates(head, tok) or dominates(head.head, tok) or dominates(lead.head, tok)
        # "at a Baghdad market": a town naming the noun of a locative phrase locates it (not a country:
        # "at a US base" says whose base, not where)
        named = (
            tok.dep_ in ("compound", "nmod", "poss")  # "in Puntland's Al-Miskaat Mountains"
            and pm.place.precision != "country"
            and tok.head.dep_ == "pobj"
            and tok.head.head.lower_ in vocab.locative
        )
        locative = _locative(tok, etype, vocab) or named
        if modifier or (locative and dist <= (SUBTREE_DISTANCE if inside else LINK_DISTANCE)):
            out.append((dist, pm, tok))
    # "US airstrikes ... in Syria": a country adjective on the trigger names who acted, not where
    premod = premodifiers(head)  # "On the US airstrikes": the parser may hang "US" on "On"
    located = [
        x
        for x in out
        if not (
            x[1].place.precision == "country"
            and (
                (x[2].head.i == head.i and x[2].dep_ in ("compound", "amod", "nmod")) or premod.start <= x[2].i < head.i
            )
        )
    ]
    if (located or vocab.types[etype].abroad) and len(located) < len(out):
        out = located  # ("U.S. airstrike targets ISIS-Somalia": a strike is never where its striker is from)
    out.sort(key=lambda x: (x[0], SPECIFICITY.get(x[1].place.precision, 0)))
    return out


_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b\d{4}\s*(?:GMT|UTC)\b|\btime\b", re.I
)


def _under_attack_at(head: Token, tok: Token, vocab: Vocab) -> bool:
    """The place is the subject, or inside the subject's phrase, of the verb the trigger is the "under" phrase of
    ([places] under_verbs): "Rann and Dikwa came under heavy attack", "the military base in Monguno came under
    attack", "the village of Kwaya came under fire" all happened there."""
    subj = _under_subject(head, vocab)
    return subj is not None and dominates(subj, tok)


def _under_subject(head: Token, vocab: Vocab) -> Token | None:
    """The subject of the verb the trigger is the "under" phrase of ("Dikwa came under attack"), if it is one."""
    if head.dep_ != "pobj" or head.head.lower_ != "under" or head.head.head.lemma_.lower() not in vocab.under_verbs:
        return None
    return next((c for c in head.head.head.children if c.dep_ in SUBJECTS), None)


def clock_aside(tok: Token) -> bool:
    """ "around 10 a.m. (11 a.m. in Paris)", "around 10:00 (same time in Lisbon)": the time somewhere else, in
    brackets, places nothing."""
    before = doc_text(tok.doc)[max(0, tok.idx - 40) : tok.idx]
    opened = before.rfind("(")
    return opened > before.rfind(")") and bool(_CLOCK_RE.search(before[opened:]))


def _coordination_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _town_list(
    linked: list[tuple[int, PlaceMention, Token]], sent_places: list[tuple[PlaceMention, Token]], vocab: Vocab,
    coordinated: bool = False,
) -> list[PlaceMention]:
    """The towns of a coordinated list that locates the trigger ("in Buratai and Malam Fatori"), in text
    order, when they are two or more distinct places; else nothing. Places a few km apart are one scene."""
    # towns only: "Manchester, England" or "in Borno and Yobe states" name one scene or a region, not a list;
    # with ``coordinated`` (only towns the parse coordinates), nor "the districts of Palma and Muidumbe", which
    # names areas the gazetteer may read as their towns
    roots = {
        _coordination_root(tok).i
        for _, pm, tok in linked
        if pm.place.precision == "point" and not (coordinated and _area_list(_coordination_root(tok), vocab))
    }
    place_tokens = {tok.i for _, tok in sent_places}
    towns: list[tuple[PlaceMention, Token]] = []
    for pm, tok in sorted(sent_places, key=lambda pt: pt[0].start):
        if pm.place.precision != "point" or _coordination_root(tok).i not in roots:
            continue
        if _inside_apposition(tok, place_tokens):
            continue  # "in Malam Karanti, a remote village near Baga": where the one village lies
        if all(_apart(pm.place, other.place) for other, _ in towns):
            towns.append((pm, tok))
    # "at Dumba community, near Baga in Kukawa": a town inside another's phrase says where that one lies
    kept = [(pm, tok) for pm, tok in towns if not any(o is not tok and _placed_by(tok, o, vocab) for _, o in towns)]
    # "beheaded five people in the Mucojo administrative post, in Macomia district": a name on an area noun, in a
    # phrase of its own beside a town's, is where the town lies (the parser hangs both phrases on the verb)
    towns_proper = [(pm, tok) for pm, tok in kept if not _lone_area(tok, vocab)]
    if towns_proper:
        kept = towns_proper
    # "a convoy on the Sebba–Dori road was ambushed": names on one route noun are its ends, one scene
    ends = Counter(_phrase_head(tok).i for _, tok in kept if _phrase_head(tok).lemma_.lower() in vocab.route_words)
    kept = [(pm, tok) for pm, tok in kept if ends[_phrase_head(tok).i] < 2]
    if coordinated:  # only the towns of one coordination ("the towns of Makhmur and Gwer")
        shared = Counter(_coordination_root(tok).i for _, tok in kept)
        kept = [(pm, tok) for pm, tok in kept if shared[_coordination_root(tok).i] > 1]
    listed = [pm for pm, _ in kept]
    return listed if len(listed) > 1 else []


def _lone_area(tok: Token, vocab: Vocab) -> bool:
    """The name modifies an area noun ("Macomia district") and is no member of a list of names ("Konduga and Bama
    districts" list two areas)."""
    head = _phrase_head(tok)
    root = _coordination_root(tok)
    # (the mention's token may be the area noun itself: "Macomia district" read as one place)
    return head.lemma_.lower() in vocab.area_words and not root.conjuncts and root.i == tok.i


def _area_list(root: Token, vocab: Vocab) -> bool:
    """The list at ``root`` names divisions of a state: the names modify an area noun ("Anbar and Baghdad
    provinces") or are the "of" phrase of one ("the districts of Palma, Mocimboa da Praia and Muidumbe"). A
    single name is no list ("in Machava village, in Nangade district" names a village and where it lies)."""
    if not root.conjuncts:
        return False
    head = _phrase_head(root)
    if head.i != root.i and head.lemma_.lower() in vocab.area_words:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in vocab.area_words for c in root.children):
        return True  # the parser may hang the noun on the first name instead ("Diyala, ... and Baghdad provinces")
    return (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in vocab.area_words
    )


def _placed_by(tok: Token, other: Token, vocab: Vocab) -> bool:
    """The name's phrase is the object of a preposition on the other name's phrase ("near Baga in Kukawa Local
    Government Area", "the Arjali Nadi locality of Bara"), or of a direction told of it ("the towns of Makhmur
    and Gwer, some 80 km south of Erbil")."""
    phrase = _phrase_head(tok)
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    # "killed three farmers in Ngurtuwa in Kukawa", "attacked farmers at Dumba community, near Baga", "attacked the
    # village of Koko in Macomia": an "in" or "near" phrase right after the other name's phrase (a phrase of the
    # word, or its object), both hung on one word, says where that one lies
    first = _phrase_head(other)
    holder = (first.head.head if first.dep_ == "pobj" and first.head.dep_ == "prep"
              else first.head if first.dep_ in ("dobj", "nsubjpass") else None)
    if (prep.lower_ in ("in", "near") and holder is not None and holder.i == prep.head.i
            and first.right_edge.i < prep.i and all(t.is_punct for t in tok.doc[first.right_edge.i + 1 : prep.i])):
        return True
    on = prep.head
    if on.lower_ in vocab.directions and on.i != on.head.i:
        on = on.head
    # "attacking the village of Magaia in Chiúre": a village no gazetteer knows is rooted at its settlement noun
    # (unlisted.py), and the parser hangs the phrase on the name in its "of" phrase
    of_name = on.dep_ == "pobj" and on.head.lower_ == "of" and on.head.head.i == other.i
    return on.i == _phrase_head(other).i or of_name


def _phrase_head(tok: Token) -> Token:
    """The noun a name modifies ("the Arjali Nadi locality"), or the name itself."""
    while tok.dep_ in ("compound", "nmod", "poss", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and (
        tok.head.i != tok.i
    ):
        tok = tok.head
    return tok


def _inside_apposition(tok: Token, place_tokens: set[int]) -> bool:
    """The place is told inside an appositive that describes another place of the sentence ("Malam Karanti, a
    remote village near Baga in Kukawa"): it says where that place lies, it is no second scene. A town of a
    list parsed as the appositive of the first ("Baga, Monguno and Marte") is the list's own."""
    through_appos = False
    for node in ancestors(tok):
        if node.i == tok.i:
            continue
        if through_appos and (node.i in place_tokens or node.pos_ == "PROPN"):
            return True  # a name the gazetteer does not know ("Malam Karanti") is described just the same
        # a description ("a remote village"), not a name: "St. Anthony's Shrine in Colombo, Zion Church in
        # Batticaloa" is a list of venues the parser makes appositives of each other
        through_appos = through_appos or (node.dep_ == "appos" and node.pos_ == "NOUN")
    return False


def _several(head: Token, vocab: Vocab) -> bool:
    """Whether a trigger may stand for several events, one per town of a list: a verb ("overran formations in
    Marte, Buni Gari and Wajiroko"), a plural ("attacks on Buratai and Malam Fatori") or a twin; not one
    "ambush along the Gamboru-Dikwa-Marte axis", which is a single event wherever the list puts it."""
    return head.pos_ == "VERB" or is_plural(head) or any(
        c.dep_ in ("amod", "compound", "nummod") and c.lower_ in vocab.several_words for c in head.children
    ) or _under_attack_list(head, vocab)


def _under_attack_list(head: Token, vocab: Vocab) -> bool:
    """ "Rann and Dikwa came under heavy attack": a list of places as the subject of an "under" phrase's verb
    ([places] under_verbs) tells each of them was attacked."""
    subj = _under_subject(head, vocab)
    return subj is not None and bool(subj.conjuncts)


def _one_assault(head: Token, vocab: Vocab) -> bool:
    """ "launched coordinated attacks on military bases in Konduga, Mainok, Jakana and Marte", "the villages of
    Ouatagouna, Karou and Deouteguef were attacked in a coordinated assault": the attack is told as one assault on
    the towns of its list, one event ([places] one_assault_modifiers), on the trigger or on the assault the verb is
    told in."""
    nouns = [head, *(g for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for g in p.children if g.dep_ == "pobj")]
    return any(c.dep_ == "amod" and has_word(c, vocab.one_assault_modifiers) for n in nouns for c in n.children)


def _apart(a: Place, b: Place) -> bool:
    if a.id == b.id or a.name == b.name:
        return False
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > SAME_SCENE_KM  # type: ignore[arg-type]


CLAUSES = ("acl", "relcl", "advcl", "ccomp", "xcomp")


def _cell_haunt(tok: Token, head: Token, tv: TypeVocab) -> bool:
    """Where the cell a trigger breaks up was active: "dismantled a terrorist cell composed of 13 elements ... who
    are active in the cities of Kelâa Sraghna, Sale and Casablanca", "the dismantling of a terrorist cell ...
    consisting of four extremists operating between the cities of Tetouan and Chefchaouen" ([types.X] cell_nouns,
    cell_haunts). The parser hangs the clause anywhere in the sentence; the word it opens with tells what it is."""
    if not tv.cell_haunts or not _acts_on(head, tv.cell_nouns):
        return False
    node = tok
    while node.dep_ in ("pobj", "prep", "conj", "compound", "appos") and node.head.i != node.i:
        node = node.head
    # "members were active in ...": the parser may hang the phrase on the copula of the haunt word
    return node.i != tok.i and (node.lemma_.lower() in tv.cell_haunts or any(
        c.dep_ == "acomp" and c.lemma_.lower() in tv.cell_haunts for c in node.children))


def _in_other_clause(tok: Token, head: Token, vocab: Vocab) -> bool:
    """ "pledged allegiance to al-Baghdadi, leader of militants fighting in Syria": the place is in a clause
    that describes who someone is, so it says where they act, not where the trigger happened. A clause on
    the trigger itself ("an attack that killed 20 people in Kabul") or on a thing ("facilities belonging to
    militias at two locations in Syria") still locates it."""
    node = tok
    while node.i != node.head.i and node.i != head.i:
        owner = node.head
        if (
            node.dep_ in CLAUSES
            and node.pos_ in ("VERB", "AUX")
            and owner.i != head.i
            and dominates(head, node)
            and (has_word(owner, vocab.attackers) or owner.ent_type_ in ("PERSON", "NORP"))
        ):
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children) and not dominates(node, head):
            return True  # "As Iraqi forces were mopping up in Tal Afar, a car bomb struck a market in Baghdad"
        node = node.head
    return False


def _in_relative_clause(tok: Token, head: Token) -> bool:
    """ "pledged allegiance to the group, which has conquered large parts of Syria": a place in a clause on
    another noun says nothing of where the trigger happened (used when no place locates the trigger)."""
    node = tok
    while node.i != node.head.i and node.i != head.i:
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX") and node.head.i != head.i:
            return True
        node = node.head
    return False


def _describes_name(tok: Token, head: Token) -> bool:
    """The place word sits in a relative clause on a name other than the trigger ("after pledging allegiance to ISIL,
    which operates in Iraq and Syria", "broke away from AQIM, pledging allegiance to the ISIL, which recently captured
    territory in Iraq"): the clause says where the named group or body is, not where the trigger happened."""
    node = tok
    while node.i != node.head.i and node.i != head.i:
        # not a place's or a time's clause: "Kidal, which lies in", "since February, when the ADF killed 23 in Mambasa"
        named = node.head.pos_ == "PROPN" and node.head.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
        if node.dep_ == "relcl" and named and node.head.i != head.i and not dominates(node, head):
            return True
        node = node.head
    return False


def _other_side(tok: Token, vocab: Vocab) -> bool:
    """ "killed ... on the border with Nigeria": the country across the border is where it did not happen."""
    with_border = tok.dep_ == "pobj" and tok.head.lower_ == "with" and has_word(tok.head.head, vocab.borders)
    return with_border or names_border(tok, vocab)  # "10 miles from the Pakistan border"


def pick_place(
    linked: list[tuple[int, PlaceMention, Token]], areas: frozenset[int] = frozenset()
) -> PlaceMention | None:
    """Among the nearest linked places, the most specific ("the Italian capital, Rome" -> Rome); of two alike, not one
    whose token is in ``areas`` ("in the Mucojo administrative post, in Macomia district" -> Mucojo)."""
    if not linked:
        return None
    best_dist = linked[0][0]
    near = [(pm, tok) for d, pm, tok in linked if d <= best_dist + 1]
    return min(near, key=lambda pt: (SPECIFICITY.get(pt[0].place.precision, 0), pt[1].i in areas))[0]


def _hosts(tok: Token, visit_words: frozenset[str] = frozenset()) -> bool:
    """Whether the country at ``tok`` is told as the host: "Kuwait, which hosted a conference", "Bahrain hosted
    the meeting", "a meeting hosted by Bahrain" (a meeting is held where its host is); or as where a visit went
    (``visit_words``): "a landmark meeting between al-Sharaa and Trump, marking the first visit by a Syrian leader
    to the United States", "during his visit to France" (the guest met his hosts there)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() == "host":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() == "host":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and has_word(tok.head.head, visit_words):
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() == "host" for c in tok.children)


def set_location(m: EventMention, pm: PlaceMention | None, head: Token, sent: Span, index: DocIndex) -> None:
    # "The U.S. launched an operation", "U.S. military forces conducted a raid": the state that acts is
    # not where it acted; an event that names no other place takes the article's country (link)
    actor_state = m.actor.name if m.actor is not None else None
    acting = pm is not None and pm.place.precision == "country" and pm.place.name == actor_state
    if pm is not None and acting and _names_subject(pm, head, index.vocab):
        pm = None
    if pm is not None:
        if pm.place.precision == "country":
            m.country, m.country_place = pm.place.country, pm.place
        else:
            m.place = pm.place
            m.country = _container_country(pm, index) or _sharer_named(pm, head, sent, index) or pm.place.country
        return
    # no place locates the trigger: fall back to the nearest place, then a demonym, in the sentence
    striker = m.actor.name if m.actor is not None and index.vocab.types[m.type].abroad else None
    # "the United States, Italy and Saudi Arabia held the meeting", "it discussed what Syria needs": a country a
    # meeting's sentence names without locating it is a party or the topic, not the host (the dateline is)
    hosted = index.vocab.types[m.type].held_at_dateline
    # "AT least 15 ISIS terrorists have been killed in a joint attack, US officials have said": a state that
    # fights only abroad, named in passing, is who acted or spoke (a meeting is still held there)
    far = frozenset() if hosted else index.vocab.abroad_states
    visit_words = index.vocab.types[m.type].visit_nouns
    others = sorted(
        (
            pt
            for pt in index.places_in(sent)
            if not _other_side(pt[1], index.vocab)
            # "Malaysia has arrested 15 people, mostly foreigners from neighbouring Indonesia": the country next
            # door, named in passing, is where it did not happen
            and not across_border(pt[1], index.vocab)
            and not clock_aside(pt[1])
            and not _in_other_clause(pt[1], head, index.vocab)
            and not _in_relative_clause(pt[1], head)
            and not doc_text(sent.doc).startswith("-based", pt[0].end)  # "the Washington-based SITE group"
            and not (striker and pt[0].place.precision == "country" and pt[0].place.name == striker)
            and not (hosted and pt[0].place.precision == "country" and not _hosts(pt[1], visit_words))
            # "enabled partners to discuss the situation in Syria": the country a meeting was about (link_places)
            and not (m.type in index.vocab.topic_types and pt[0].place.precision == "country"
                     and _in_topic_clause(pt[1], head, index.vocab))
            and not (
                pt[0].place.precision == "country"
                and pt[0].place.name == actor_state
                and _names_subject(pt[0], head, index.vocab)
            )
            and not whose_force(pt[0], pt[1], index.vocab)
            and not _acting_place(pt[0], pt[1], head, m.type, index.vocab)
            and not _partner(pt[1])
            and not _origin(pt[1], m.type, index.vocab)
            and not destination(pt[1], index.vocab, head)
            and (pt[0].place.country or "").lower() not in far
        ),
        key=lambda pt: tree_distance(head, pt[1]),
    )
    if others:
        # a host the sentence names is where it was held, over the page's dateline (link.host_from_dateline)
        m.country, m.country_weak = others[0][0].place.country, not (hosted and _hosts(others[0][1], visit_words))
        if others[0][0].place.precision == "country":
            m.country_place = others[0][0].place
        return
    vocab = index.vocab
    if len(_joint_force_states(sent, vocab, far)) > 1:
        # "Ugandan and Congolese troops have killed a top ADF commander", "Ugandan troops deployed alongside
        # Congolese forces": a joint force of two states fights in one of them, which the sentence does not
        # tell; the article's places do (link.country_from_article)
        return
    # (only the sentence's demonyms are sorted by their distance from the trigger: the other words are passed over)
    demonyms = [t for t in sent if t.text in vocab.demonyms and _modified_noun(t) is not None]
    for tok in sorted(demonyms, key=lambda t: tree_distance(head, t)):
        iso, name = vocab.demonyms[tok.text]
        if iso.lower() in far:
            continue
        force = _modified_noun(tok)
        if force is None or not has_word(force, vocab.force_nouns) or force.dep_ not in ("nsubj", "nsubjpass", "pobj"):
            continue  # "an Australian teen", "U.S. airstrike": a nationality, not a location; "it targeted
            # American forces": a force attacked is not at home
        if _partner(force):
            continue  # "a joint operation with the Ugandan army": a partner, abroad as often as at home
        if _in_other_clause(force, head, vocab) or _on_other_thing(head, force, vocab):
            continue  # "The attack came as the French forces set up a post", "Rwandan forces recovered a boat
            # the militants had stolen when they attacked the islands": a force of another clause is not the
            # event's, and says nothing of where it was
        if force.dep_ == "pobj" and force.head.lower_ == "of" and (
                force.head.head.lemma_.lower() in ("life", "death", "killing", "loss")):
            continue  # "the ambush cost the lives of four American soldiers": the dead are not at home
        home = any(has_word(t, vocab.home_forces) for t in force.subtree)
        if m.actor is not None and m.actor.name == name and (striker or not home):
            continue  # "a drone strike by American forces": the striking state is not where it hit
        m.country, m.country_weak = iso, True
        return
    # "ERBIL, Kurdistan Region - Two fighters were killed in an attack in <unknown village>": a lead
    # sentence that names no known place happened, as far as the text tells, where the story was filed
    for start, end, pm in index.dateline_places:
        # the dateline is its own sentence (annotate/lines.py): the one right after it is the lead
        lead = sent.start_char <= start < sent.end_char or start < sent.start_char <= end
        if lead and not (striker and pm.place.name == striker) and (pm.place.country or "").lower() not in far:
            if not hosted and _names_other_country(sent, pm.place.country, striker, far, index):
                return  # the article's country decides (link.country_from_article), not where it was filed
            m.country, m.country_weak = pm.place.country, True
            return


def _modified_noun(tok: Token) -> Token | None:
    """The noun a demonym modifies: "Nigerien forces", and through a coordination of modifiers, "U.S. and
    Nigerien forces" (the second demonym hangs on the first)."""
    if tok.dep_ in ("amod", "compound", "nmod"):
        return tok.head
    if tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound", "nmod"):
        return tok.head.head
    return None


def _names_other_country(sent: Span, filed: str | None, striker: str | None, far: frozenset[str],
                         index: DocIndex) -> bool:
    """The lead sentence names a country other than its dateline's (``filed``) by a place or a nationality, even
    one the rules above do not let locate the event, and not the dateline's own: "DAKAR — IS claimed an ambush
    that killed 33 Malian soldiers", "ISLAMABAD (AP) — IS claimed a shooting ... inside a mosque in western
    Afghanistan", "DAMASCUS, Syria (North Press) - Moroccan security forces announced ...". The story is then
    about that country and was only filed from the dateline's (a regional bureau), so the dateline does not place
    the event. A state that fights only abroad, the striking state and a country next door named in passing
    ("Malaysia has arrested 15 people, mostly foreigners from neighbouring Indonesia") name who acted or who
    they were, not where."""
    named = {(pm.place.country, pm.place.name) for pm, tok in index.places_in(sent)
             if not across_border(tok, index.vocab)}
    named |= {index.vocab.demonyms[t.text] for t in sent if t.text in index.vocab.demonyms}
    if any(iso == filed for iso, _name in named):
        return False  # "KUALA LUMPUR: Malaysia has arrested ...": the sentence agrees with its dateline
    return any(iso and iso.lower() not in far and name != striker for iso, name in named)


def _on_other_thing(head: Token, force: Token, vocab: Vocab) -> bool:
    """The trigger sits in a clause on a thing other than the force or the attackers ("recovered a boat that
    the militants had stolen when they attacked the islands"), so the force is not at it ("killed ten
    insurgents who attacked a village": the troops met the attackers where they fought)."""
    node = head
    while node.i != node.head.i and node.i != force.i:
        if (node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX") and node.head.i != force.i
                and not has_word(node.head, vocab.attackers)):
            return True
        node = node.head
    return False


def _sharer_named(pm: PlaceMention, head: Token, sent: Span, index: DocIndex) -> str | None:
    """ "Three Chadian troops ... were killed when jihadists attacked a military position on an island in Lake
    Chad": a lake or region several countries share (gazetteer ``shared_by``) lies, for this event, in the
    country whose force the sentence names by demonym, the nearest to the trigger, not in the one the page
    names first; and for the page's later events on it that name none ("On Monday, six troops were killed in
    an ambush on the island of Tetewa on Lake Chad"), on the side it settled last."""
    sharers = shared_features().get(pm.place.name, ())
    if not sharers:
        return None
    vocab = index.vocab
    for tok in sorted(sent, key=lambda t: tree_distance(head, t)):
        if tok.text in vocab.demonyms and tok.dep_ in ("amod", "compound", "nmod") and has_word(
            tok.head, vocab.force_nouns
        ):
            iso = vocab.demonyms[tok.text][0]
            if iso in sharers:
                index.shared_sides[pm.place.name] = iso
                return iso
    return index.shared_sides.get(pm.place.name)


def _container_country(pm: PlaceMention, index: DocIndex) -> str | None:
    """The country of a place the place is told to lie in ("an island in Lake Chad in Cameroon's Far North
    Region", "the Chamkani area of Peshawar"), when it differs from the one the place's own name resolved to: a
    lake several countries share, or a namesake across the border, is read for one of them."""
    tok = next((t for p, t in index.places if p is pm), None)
    if tok is None:
        return None
    others = [(o, t) for o, t in index.places if o is not pm]
    return next((o.place.country for o in containers(tok, others, index.vocab)
                 if o.place.country and o.place.country != pm.place.country), None)


_PARTNER_PREPS = ("with", "alongside", "beside")


def _joint_force_states(sent: Span, vocab: Vocab, far: frozenset[str]) -> set[str]:
    """The states whose forces the sentence names by demonym ("Ugandan and Congolese troops", "Ugandan troops
    ... alongside Congolese forces"), bar those that fight only abroad."""
    states: set[str] = set()
    for tok in sent:
        if tok.text not in vocab.demonyms or tok.dep_ not in ("amod", "compound", "nmod", "conj"):
            continue
        noun = tok.head.head if tok.dep_ == "conj" and tok.head.text in vocab.demonyms else tok.head
        iso = vocab.demonyms[tok.text][0]
        if has_word(noun, vocab.force_nouns) and iso.lower() not in far:
            states.add(iso)
    return states


def _partner(tok: Token) -> bool:
    """The word is the object of "with" or "alongside": "launched joint military operations with Uganda", "a
    joint operation with the Ugandan army" name a partner, who acts abroad as often as at home, not where."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _PARTNER_PREPS


def _origin(tok: Token, etype: str, vocab: Vocab) -> bool:
    """ "air strikes and artillery fire from Uganda against the ADF", "with cooperation from Israel": the place a
    noun's "from" phrase names is where the force, its fire or its help came from, not where the event was (but a
    withdrawal or a repatriation is where it is from: [places] from_types). A verb's "from" phrase ("extradited
    to the US from Pakistan after being detained") names where someone was, and a distance's ("about 150
    kilometers from Gao") where the place is near: both may locate it."""
    node = tok
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "from Uganda and Rwanda"
    if node.dep_ != "pobj" or node.head.lower_ != "from" or etype in vocab.from_types:
        return False
    owner = node.head.head
    # the distance hangs on the noun or on "from" itself ("Talatage, about 150 kilometers from Gao")
    distance = any(c.dep_ == "nummod" or c.like_num for c in owner.children) or any(
        c.dep_ == "npadvmod" for c in node.head.children)
    return owner.pos_ in ("NOUN", "PROPN") and not distance


def destination(tok: Token, vocab: Vocab, head: Token | None = None) -> bool:
    """ "arrested two Kenyans said to have been travelling to Yemen to join ISIS", "en route to Yemen": the "to"
    phrase of a verb or noun of going ([places] journey_verbs) other than the trigger ``head`` names where someone
    was headed, not where the event was."""
    node = tok
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "to Syria and Iraq"
    if node.dep_ != "pobj" or node.head.lower_ not in ("to", "towards", "toward"):
        return False
    going = node.head.head
    return (head is None or going.i != head.i) and has_word(going, vocab.journey_verbs)


def _acting_place(pm: PlaceMention, tok: Token, head: Token, etype: str, vocab: Vocab) -> bool:
    """ "Kampala and Kinshasa launched a joint offensive against the ADF": a place that is (a conjunct of) the
    active subject of a nominal trigger's light verb, a city, is a government acting, not where it acted (the
    real-page conventions: capitals stand for their governments). Not for a meeting, held where its host
    is ("Bahrain hosted the meeting")."""
    if vocab.types[etype].held_at_dateline or pm.place.precision == "country":
        return False  # a state named as the subject is the actor, which the actor's own rules read
    verb = _governing_support(head, vocab)
    if verb is None or verb.i == head.i:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return subj is not None and node.i == subj.i and subj.i != head.i


def _names_subject(pm: PlaceMention, head: Token, vocab: Vocab) -> bool:
    """Whether the place is the subject of the trigger (or of its light verb), or a word on that subject's
    head ("The U.S. launched", "U.S. military forces conducted"), not a place further inside it."""
    verb = _governing_support(head, vocab) or head
    subj = _subj(verb)
    if subj is None:
        return False
    words = [subj] + [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return any(w.idx <= pm.start < w.idx + len(w.text) for w in words)


def _self_report(head: Token, verb: Token, vocab: Vocab) -> bool:
    """ "CENTCOM announced on Sunday that its forces conducted strikes", "the ministry said on Monday it
    had dismantled a cell": who reports is who acted (the clause's subject is a pronoun or a pronoun's
    force), so the day of the announcement is the day told for the act. Not when the clause links the
    speaker to the event as a claim ("IS said on Friday it was behind an attack")."""
    clause = head if head.pos_ in ("VERB", "AUX") else _clause_verb(head)
    if clause is None or clause.i == verb.i or not dominates(verb, clause):
        return False
    if _claim_link(head, clause, vocab):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("it", "they", "we") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _claim_link(head: Token, clause: Token, vocab: Vocab) -> bool:
    """A word of ``clause`` above the trigger ties a speaker to the event as its author ("said on Friday it was
    behind an attack")."""
    return any(n.lower_ in vocab.claim_links or n.lemma_.lower() in vocab.claim_links
               for n in ancestors(head)[1:] if dominates(clause, n))


def _said_on(head: Token, tok: Token, vocab: Vocab) -> bool:
    """The date is the day a claim or report was made about the event ("The Islamic State on Saturday
    claimed responsibility for a knife attack"), which is often not the day it happened."""
    verb = _clause_verb(tok)
    return (
        verb is not None
        and verb.i != head.i
        and dominates(verb, head)
        and (verb.lemma_.lower() == "claim" or verb.lemma_.lower() in vocab.reporting)
    )


def _said_verb(verb: Token | None, tok: Token, vocab: Vocab) -> Token | None:
    """The verb a date belongs to, where the parse hung it on a reported clause though it stands before that
    clause's subject: "the group said on Friday it was behind an attack" -> "said", not "was" (but "sources said
    that on Monday the forces killed him": after "that" the date is the clause's)."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in vocab.reporting:
        return verb
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < tok.i), None)
    return verb.head if subj is not None and mark is None and verb.head.i < tok.i < subj.i else verb


def _clause_verb(tok: Token) -> Token | None:
    """The verb a word hangs on: "on Tuesday" -> "rose"."""
    for node in ancestors(tok)[1:]:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def opens_span(tok: Token, vocab: Vocab) -> bool:
    """The date sits in a "since" phrase or clause: it opens a span ("Since December, at least 174 soldiers have
    been killed", "since taking power last year"), it dates no happening of its sentence; unless a clause of its
    own tells what happened then ("since February, when the ADF killed 23 people")."""
    if any(c.dep_ == "relcl" for c in tok.children):
        return False
    for node in [tok, *ancestors(tok)]:
        if node.dep_ == "prep" and node.lower_ in vocab.since_words:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab.since_words for c in node.children):
            return True
    return False


def story_days(timexes: list[tuple[Timex, Token]], vocab: Vocab) -> list[tuple[int, str]]:
    """(offset, day) of the days an article names, in text order, but for those of a report or a claim ("police
    said Friday", "the group claimed on Saturday"): the conventions leave an event only a claim dates at its month."""
    return [(tx.start, str(tx.value)) for tx, tok in timexes
            if tx.precision == "day" and tx.value and not reported_day(tok, vocab)]


def reported_day(tok: Token, vocab: Vocab) -> bool:
    """The date is the day of a report or a claim ("police said Friday"): when it was told, not what happened."""
    verb = _clause_verb(tok)
    return verb is not None and (verb.lemma_.lower() == "claim" or verb.lemma_.lower() in vocab.reporting
                                 or verb.lemma_.lower() in vocab.aftermath_verbs or _published(verb, vocab))


def _published(verb: Token, vocab: Vocab) -> bool:
    """ "a statement issued Thursday", "the group released a video on Sunday": the verb puts out a report."""
    if verb.lemma_.lower() not in vocab.publish_verbs:
        return False
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        nouns.append(verb.head)
        while nouns[-1].dep_ == "appos":  # "its weekly magazine "Al Naba" (the news) published on Thursday"
            nouns.append(nouns[-1].head)
    return any(n.lemma_.lower() in vocab.report_nouns for n in nouns)


def _offset_days(node: Token, vocab: Vocab) -> int | None:
    """The stated distance of a temporal clause or phrase in days: "two days after" = 2, "hours after" = 0."""
    for holder in (node, *[c for c in node.children if c.dep_ in ("mark", "prep")]):
        for child in holder.children:
            unit = child.lower_
            adverb = child.dep_ == "advmod" and vocab.offset_units.get(unit) == 0  # "shortly after"
            if (child.dep_ == "npadvmod" or adverb) and unit in vocab.offset_units:
                if vocab.offset_units[unit] == 0:
                    # ("hours after" is the same day, "24 hours after" the next)
                    hours = count_of(child, vocab) if unit in vocab.hour_units else None
                    return (hours or 0) // HOURS_PER_DAY
                n = count_of(child, vocab)
                if n is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children):
                    n = 1  # "a day after", "a week before"
                return None if n is None else n * vocab.offset_units[unit]
    return None


HOURS_PER_DAY = 24
# an offset this long ("four years after") dates an event to its year only
YEAR_OFFSET_DAYS = 300


def _temporal_shift(head: Token, tok: Token, vocab: Vocab) -> int | None:
    """Days to add to a date of ``tok`` to date the trigger: 0 when they share the clause, the signed offset
    when the trigger sits in an "after"/"before" clause or phrase below the date, None when unknown."""
    for node in ancestors(head):
        if dominates(node, tok):
            return _date_in_other_clause(tok, node, vocab)
        word = (
            next((c.lower_ for c in node.children if c.dep_ == "mark"), None)
            if node.dep_ == "advcl"
            else node.lower_
            if node.dep_ == "prep"
            else None
        )
        if word in vocab.after_words or word in vocab.before_words:
            days = _offset_days(node, vocab)
            if days is None:
                return 0 if node.dep_ == "prep" and _right_after(node, tok) else None
            return -days if word in vocab.after_words else days
    return 0


def _right_after(phrase: Token, tok: Token) -> bool:
    """The date's phrase follows the "after"/"before" phrase that holds the trigger with nothing between: "arrested
    after the attack in Villach on Saturday" is the attack's day, whatever verb the parse hung the date on (the
    arrest, soon after, falls on it or the day after)."""
    opener = tok.head if tok.head.dep_ == "prep" else tok
    return opener.left_edge.i == phrase.right_edge.i + 1


def _offset_anchor(head: Token, vocab: Vocab) -> tuple[int, int, int, int, int, bool] | None:
    """The trigger sits in an "after"/"before" phrase or clause that states its distance ("two days after the
    attack in Manchester, ...", "The massacre comes just two days after the military carried out a raid"): the
    days to add to the day of the clause it hangs on, that clause's character span and the phrase's own (the
    event of the clause is one outside the phrase), and whether the clause is the page's present ("This comes a
    day after ...": the page's day)."""
    for node in ancestors(head):
        word = _temporal_word(node)
        if word is None or word in vocab.since_words:
            continue
        if word not in vocab.after_words and word not in vocab.before_words:
            continue
        days = _offset_days(node, vocab)
        if days is None:
            days = _offset_days(node.head, vocab)
        if days is None or days >= YEAR_OFFSET_DAYS:
            return None
        shift = -days if word in vocab.after_words else days
        clause = node.head
        subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        present = (clause.tag_ in ("VBZ", "VBP") and subj is not None and subj.lower_ in ("this", "it")
                   and subj.pos_ == "PRON") or _present_perfect(clause)
        return (shift, clause.left_edge.idx, _end(clause), node.left_edge.idx, _end(node), present)
    return None


def _present_perfect(verb: Token) -> bool:
    """ "Barely 24 hours after insurgents attacked the base in Rann, ISWAP fighters have infiltrated Mallam Fatori": a
    news page's present perfect tells what has just happened, on the page's day."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children)


def _time_reference(head: Token, vocab: Vocab) -> bool:
    """The trigger is the object of an "after"/"before" phrase: another event the text dates by ("a week
    before the massacres"), not one it reports."""
    return head.dep_ == "pobj" and (head.head.lower_ in vocab.after_words or head.head.lower_ in vocab.before_words)


def _temporal_word(node: Token) -> str | None:
    """The subordinator of an adverbial clause or the preposition of a phrase ("after", "before", ...)."""
    if node.dep_ == "advcl":
        return next((c.lower_ for c in node.children if c.dep_ == "mark"), None)
    return node.lower_ if node.dep_ == "prep" else None


def _date_in_other_clause(tok: Token, meeting: Token, vocab: Vocab) -> int | None:
    """0 when the date is the trigger's clause's; when it sits in an "after"/"before" clause or phrase of that
    clause ("the bombings came days after officials warned ... following a shootout on Friday"), it dates the
    earlier or later happening: shifted by a stated offset, else unknown (None)."""
    for node in ancestors(tok):
        if node.i == meeting.i:
            return 0
        word = _temporal_word(node)
        if word in vocab.since_words:
            return 0  # a span's opening: _opens_span decides ("Since November 30, forces have launched ...")
        if word in vocab.after_words or word in vocab.before_words:
            days = _offset_days(node, vocab)
            if days is None:
                days = _offset_days(node.head, vocab) if node.head.i == meeting.i else None
            if days is None:
                return None
            return days if word in vocab.after_words else -days
    return 0


def _opens_span(tok: Token, head: Token, vocab: Vocab) -> bool:
    """The date sits in a "since" phrase or clause of its own, below where it meets the trigger: it opens a
    span ("the 28th since Iraq began retrieving its nationals in 2021"), it does not date the event; unless the
    trigger is told in a "when" clause right after the date ("on high alert since January 2016, when gunmen carried
    out a series of attacks in Jakarta"), whatever the parse hung that clause on."""
    when = _when_after(tok)
    if when is not None and head.i > when.i:
        return False
    for node in [tok, *ancestors(tok)]:
        if dominates(node, head):
            return False
        mark = next((c.lower_ for c in node.children if c.dep_ == "mark"), None) if node.dep_ == "advcl" else None
        if node.dep_ == "prep" and node.lower_ in vocab.since_words and node.head.i in held_since_owners(head, vocab):
            return False  # "Mosul has been under IS control since June 2014": when the group took it
        if mark in vocab.since_words or (node.dep_ == "prep" and node.lower_ in vocab.since_words):
            return not (node.dep_ == "prep" and has_word(node.head, vocab.start_verbs))
    return False


def _when_after(tok: Token) -> Token | None:
    """The "when" that opens a clause right after the date ``tok`` stands in ("since January 2016, when ...")."""
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and doc[i].ent_type_ == "DATE" and doc[i].ent_iob_ == "I":
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return doc[i] if i < len(doc) and doc[i].lower_ == "when" and doc[i].sent == tok.sent else None


def _in_purpose(tok: Token, head: Token) -> bool:
    """The date sits in an infinitive below the trigger that says what it was for: "arrested ten suspects in
    a series of operations to secure the elections this year" is not dated by the elections' year."""
    for node in ancestors(tok):
        if node.i == head.i:
            return False
        if node.text.isupper() and len(node.text) > 1:
            continue  # "pledged allegiance to IS in 2019": the parse took the acronym for an infinitive
        if node.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" and c.dep_ == "aux" for c in node.children):
            return dominates(head, node)
    return False


def _in_other_relative(tok: Token, head: Token) -> bool:
    """The date sits in a relative clause that holds neither the trigger nor hangs on a word of the trigger's phrase:
    "The group, which broke away from Boko Haram in 2016, said its fighters attacked the town" tells when the group
    split, not the attack ("an operation with Somali forces that concluded Aug. 23": the clause may be hung on any
    word of the trigger's phrase, it still tells of the trigger)."""
    for node in ancestors(tok):
        if dominates(node, head):
            return False
        if node.dep_ == "relcl":
            return node.head.i != head.i and not dominates(head, node.head)
    return False


# the dependencies of a word that stands before the noun it dates: "the Easter Sunday bombings", "Sunday's attack"
_PREMODIFIERS = ("compound", "nmod", "amod", "poss", "npadvmod", "nummod")


def _types_of(tok: Token, vocab: Vocab) -> set[str]:
    words = {tok.lemma_.lower(), tok.lower_}
    return {name for name, tv in vocab.types.items() if words & (tv.nouns | tv.verbs)}


def _names_other_event(tok: Token, head: Token, vocab: Vocab) -> bool:
    """The date stands before an event noun of another kind inside the trigger's phrase, which it names: "arrested
    the suspects linked with the Easter Sunday bombings", "Easter attack plotters arrested" date the bombings,
    not the arrests (a date after the noun, "in an airstrike on Monday", may be the trigger's own)."""
    node = tok
    while node.dep_ in _PREMODIFIERS and node.head.i > node.i and node.head.i != head.i:
        # ("Easter attack plotters": the parse hangs the date and the noun after it side by side on the last word)
        nouns = [c for c in node.head.children if c.dep_ == "compound" and node.i < c.i and c.pos_ == "NOUN"]
        node = node.head
        for noun in [*nouns, node]:
            if noun.pos_ == "NOUN" and dominates(head, noun):
                other = _types_of(noun, vocab)
                if other and not other & _types_of(head, vocab):
                    return True
    return False


def _support_of(head: Token, verb: Token) -> bool:
    return head.head.i == verb.i and head.dep_ in ("dobj", "nsubjpass")


def event_timexes(
    head: Token, timexes: list[tuple[Timex, Token]], vocab: Vocab, reported: list[tuple[Timex, Token]] | None = None
) -> list[tuple[Timex, Token]]:
    """The dates of a sentence that can date the trigger's event, shifted where the text gives an offset.

    Dropped: a date said with a reporting verb ("officials said on Monday"), a date of a casualty-toll
    clause ("the toll rose to seven on Tuesday") and a date of the clause an "after"/"before" clause hangs
    on when no offset is stated. A date inside the trigger's own phrase always counts ("Sunday's attack").
    ``reported`` collects the dropped days of a report about the event (not a claim: "said on Friday it was
    behind an attack").
    """
    out: list[tuple[Timex, Token]] = []
    for tx, tok in timexes:
        tx = _finest_beside(tx, timexes, doc_text(head.doc))
        if _opens_span(tok, head, vocab) or _in_purpose(tok, head) or _names_other_event(tok, head, vocab):
            continue
        if _in_other_relative(tok, head):
            continue
        if not dominates(head, tok):
            verb = _said_verb(_clause_verb(tok), tok, vocab)
            if verb is not None and verb.i != head.i:
                if (
                    (verb.lemma_.lower() in vocab.reporting or verb.lemma_.lower() in vocab.aftermath_verbs)
                    and not _support_of(head, verb)
                    and not _self_report(head, verb, vocab)
                ):
                    if reported is not None and dominates(verb, head) and not _claim_link(head, verb, vocab):
                        reported.append((tx, tok))
                    continue
                subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
                if subj is not None and has_word(subj, vocab.toll) and not dominates(subj, tok):
                    continue  # the toll's day, not one inside its phrase ("the toll from the bombing on Sunday")
            shift = _temporal_shift(head, tok, vocab)
            if shift is None:
                continue
            if shift and tx.value and tx.precision == "day":
                try:
                    day = dt.date.fromisoformat(tx.value) + dt.timedelta(days=shift)
                except ValueError:
                    continue
                far = abs(shift) >= YEAR_OFFSET_DAYS  # "four years after": the year, not a day
                tx = replace(tx, value=str(day.year), precision="year") if far else replace(tx, value=day.isoformat())
            elif shift and tx.precision == "day":
                continue
        out.append((tx, tok))
    return out


def pick_date(
    head: Token, timexes: list[tuple[Timex, Token]], lo: int = -1, hi: int = 10**9
) -> tuple[str, str | None, int] | None:
    """(value, precision, distance) of the timex nearest the trigger in the tree, within [lo, hi)."""
    cands = [(tree_distance(head, tok), abs(tok.i - head.i), tx, tok) for tx, tok in timexes if lo <= tx.start < hi]
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1]))
    dist, _, tx, _ = cands[0]
    value, precision = str(tx.value), tx.precision
    if len(value) == 7 and not any(ch.isdigit() for ch in tx.text):
        # "in December in 2017": a month that names no year takes the year given right beside it
        for other, _tok in timexes:
            gap = doc_text(head.doc)[min(tx.end, other.end) : max(tx.start, other.start)]
            if other.value and len(other.value) == 4 and len(gap) <= 6 and gap.strip(" ,") in ("", "in", "of"):
                value = f"{other.value}-{value[5:7]}"
    return value, precision, dist


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
# ("on Monday (March 27)": a bracket may open between the two names)
_SAME_DAY_GAP = re.compile(r"[\s,(]*(?:(?:morning|afternoon|evening|night)[\s,(]*)?", re.I)
# "Two weeks earlier, on the evening of May 17", "Three days later, on October 24": a preposition and the part of
# the day may stand before a stated date set beside a counted one (not before a finer name of a coarser one: "last
# week on Tuesday" is no Tuesday of the page's week)
_STATED_BESIDE_GAP = re.compile(
    r",\s*(?:on )?(?:the )?(?:(?:early |late )?(?:morning|afternoon|evening|night|hours) of )?", re.I
)
_DIGIT = re.compile(r"\d")


def _finest_beside(tx: Timex, timexes: list[tuple[Timex, Token]], text: str) -> Timex:
    """ "on Saturday night, November 12": two names of one day side by side, wherever the parse hung the
    second; the finer one dates the event. Of a day counted from another ("Two weeks earlier, on the evening of
    May 17") and the date the text states beside it, the stated one. Of a weekday and a date ("liberated on
    Monday (March 27)"), the date: the weekday is counted back from the page's day, which may be a photo's day
    before it."""
    for other, _tok in timexes:
        gap = text[min(tx.end, other.end) : max(tx.start, other.start)]
        rank, own = _PRECISION_RANK.get(other.precision or "", 0), _PRECISION_RANK.get(tx.precision or "", 0)
        stated = rank == own > 0 and bool(_DIGIT.search(other.text)) and not _DIGIT.search(tx.text)
        beside = _SAME_DAY_GAP.fullmatch(gap) or (stated and _STATED_BESIDE_GAP.fullmatch(gap))
        if other is not tx and beside and (rank > own or stated):
            tx = other
    return tx


def _reported_doer(doer: Token | None, vocab: Vocab) -> Token | None:
    """ "The FSB said it detained five members of an IS cell": a pronoun doer of a reported clause is the body that
    reports its own deed."""
    if doer is not None and doer.pos_ == "PRON" and doer.lower_ in vocab.pronouns:
        return _reporting_subject(doer, vocab) or doer
    return doer


def _reporting_subject(pronoun: Token, vocab: Vocab) -> Token | None:
    """The noun subject of the reporting verb whose reported clause has ``pronoun`` as subject."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in vocab.reporting:
        return None
    subj = _subj(clause.head)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _entity_actor(
    tokens: list[Token], index: DocIndex, types: tuple[str, ...], exclude: list[tuple[int, int]],
    party: bool = False, campaign: bool = False,
) -> Actor | None:
    """The preferred-type actor among the entity mentions (or demonyms) of the given subtrees; with ``party``
    (an event only a party to the fighting does), a pronoun never stands for a bystander named before; with
    ``campaign`` (an attack), a group outside the campaign never stands before the campaign's own group."""
    found: list[EntityMention] = []
    core: list[EntityMention] = []  # named in the phrase itself, not in its modifiers
    for tok in tokens:
        pronoun = tok.pos_ == "PRON" and tok.lower_ in index.vocab.pronouns
        description = tok.dep_ in SUBJECTS and has_word(tok, index.vocab.descriptions) and determiner(tok) == "the"
        body = tok.dep_ in SUBJECTS and has_word(tok, index.vocab.body_descriptions) and determiner(tok) == "the"
        if body and not index.entities_in(tok.left_edge.idx, _end(tok)):
            # "the agency arrested ...", "the ministry said it had dismantled ...": the body named before,
            # one whose name holds the word when there is one ("the army" -> "Nigerian Army")
            force = has_word(tok, index.vocab.force_nouns)
            ref = index.entity_before(tok.idx, types, word=tok.lemma_.lower()) or index.entity_before(
                tok.idx, types, state_only=force, ground=force and not _air_word(tok, index.vocab))
            if ref is not None:
                found.append(ref)
            continue
        # "CENTCOM announced that its forces conducted strikes": the reporter's own forces
        own_forces = has_word(tok, index.vocab.force_nouns) and any(
            c.dep_ == "poss" and c.lower_ in index.vocab.pronouns for c in tok.children
        )
        if (pronoun or own_forces) and (speaker := _reporting_subject(tok, index.vocab)) is not None:
            # "Police said they had arrested two suspects": "they" is who said it, named or not
            named = [m for m in index.entities_in(speaker.left_edge.idx, _end(speaker)) if m.type in types]
            # not a name in brackets ("Tripoli (Xinhua/UNI) The United States Africa Command said it ..."),
            # which is an agency's credit or an acronym the full name beside it already gives
            found += [m for m in named if doc_text(index.doc)[max(0, m.start - 1) : m.start] not in ("(", "/")]
            continue
        if pronoun or description:
            # "it claimed ...", "the group said ...": the nearest actor named before (a group, for a group's
            # description); "they" stands for people or a body, not for a country written by its name ("Kurdish
            # authorities on Monday started sending home 800 Syrian women ... They also handed over ...")
            plural = tok.lower_ == "they" and len(types) > 1
            ref = index.entity_before(tok.idx, tuple(t for t in types if not (plural and t == "country")),
                                      non_state=description, party=party)
            if ref is not None:
                found.append(ref)
            continue
        span_mentions = index.entities_in(tok.left_edge.idx, _end(tok))
        if not span_mentions and tok.dep_ in ("compound", "amod", "nmod", "poss"):
            span_mentions = index.entities_overlapping(tok.idx, tok.idx + len(tok.text))
        elif not span_mentions and tok.pos_ == "PROPN":
            # a name the parse cut ("the Global Coalition | to Defeat ISIS"): the one running on past the word, or
            # running up to it from before ("Jund | al-Khilafa pledged", the name split into several subjects)
            word_end = tok.idx + len(tok.text)
            span_mentions = [m for m in index.entities_overlapping(tok.idx, word_end)
                             if m.end > word_end or m.start < tok.idx]
            if not span_mentions:
                # ... or past the phrase: "Ministers of the Global Coalition | to Defeat ISIS"
                left, end = tok.left_edge.idx, _end(tok)
                span_mentions = [m for m in index.entities_overlapping(left, end) if left <= m.start and m.end > end]
        # "the SDF, with air support from the coalition, launched ...": the subject is the SDF; "the National
        # Police's counter-terrorism unit Special Detachment 88 arrested ...": a common noun's apposition names
        # it, and the owner it belongs to is the modifier
        named_by_appos = tok.pos_ == "NOUN" and any(
            c.dep_ == "appos" and index.entities_in(c.left_edge.idx, _end(c)) for c in tok.children
        )
        side = ("prep", "relcl", "acl", "poss") if named_by_appos else ("prep", "relcl", "acl", "appos")
        modifiers = [(c.left_edge.idx, _end(c)) for c in tok.children if c.dep_ in side]
        # "Special Units of the SDF, with the support of the U.S.-led coalition, carried out ...": the backer
        # the phrase names beside the one acting is no actor ([places] backer_nouns, backer_verbs)
        backers = _backers(tok, index.vocab)
        for m in span_mentions:
            if any(a <= m.start < b for a, b in backers):
                continue
            if m.type in types and not any(a <= m.start < b for a, b in exclude) and not _bracket_credit(m, index.doc):
                found.append(m)
                if not any(a <= m.start < b for a, b in modifiers):
                    core.append(m)

    def premodifies(m: EntityMention) -> bool:
        # "Iraqi forces", and a state whose forces a phrase names: "Security forces in the southern
        # Philippines reported killing three militants" (the state's force, as a modifier names it)
        return any(
            tok.left_edge.idx <= m.start
            and (m.end <= tok.idx or (m.type == "country" and has_word(tok, index.vocab.force_nouns)))
            and m.end <= _end(tok)
            for tok in tokens
        )

    def outside(m: EntityMention) -> bool:
        return m.kb_id is not None and bool({m.kb_id, *kb_ancestors(m.kb_id)} & index.vocab.outside_campaign)

    # "twin attacks by Boko Haram and ISWAP terrorists": a group outside the campaign named beside the campaign's
    # own ([link] outside_campaign) gives way to it
    for named in (core, found):
        for etype in types:
            of_type = [m for m in named if m.type == etype]
            ours = [m for m in of_type if m.entity_id in index.target_group_ids
                    and _listed_with(m, of_type[0], index.doc)] if campaign else []
            if of_type:
                pick = ours[0] if ours and outside(of_type[0]) else of_type[0]
                return Actor.of(pick, premodifies(pick))
    if "country" in types:
        for tok in tokens:
            backers = _backers(tok, index.vocab)  # "Our units backed by the US-led coalition": not the US
            for t in tok.subtree:
                if any(a <= t.idx < b for a, b in backers):
                    continue
                if t.text in index.vocab.demonyms and t.dep_ in ("amod", "compound", "nmod", "nsubj", "poss"):
                    iso, name = index.vocab.demonyms[t.text]
                    return Actor(name, stable_id("country", name), "country", t.dep_ != "nsubj", f"country:{iso}")
    return None


def _listed_with(m: EntityMention, other: EntityMention, doc: Doc) -> bool:
    """Whether the two mentions are items of one list ("Boko Haram and ISWAP terrorists"), not one a modifier of the
    other's phrase ("Boko Haram's ISS-backed faction")."""
    a = doc.char_span(m.start, m.end, alignment_mode="expand")
    b = doc.char_span(other.start, other.end, alignment_mode="expand")
    if a is None or b is None:
        return False

    def item(tok: Token) -> Token:
        while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
            tok = tok.head  # "ISWAP terrorists": the phrase the name opens
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        return tok

    ra, rb = a.root, b.root
    linked = ra.dep_ == "conj" or rb.dep_ == "conj" or any(c.dep_ == "conj" for c in (*ra.children, *rb.children))
    return linked and (item(ra) == item(rb) or ra.head == rb or rb.head == ra)


def _backers(tok: Token, vocab: Vocab) -> list[tuple[int, int]]:
    """The spans of ``tok``'s phrases that name who backs it: a "with" phrase on a backer noun ("with the support
    of the coalition", "with air support from the coalition"), an "in" phrase on a partner noun with its "with"
    phrase ("in coordination with the Federal Government of Somalia") or a participle of backing with its agent
    ("backed by the U.S.-led coalition forces")."""
    spans = []
    for c in tok.children:
        backing = c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in vocab.backer_nouns for g in c.children)
        # "the security units, in cooperation with the General Intelligence Directorate, carried out": a partner
        backing = backing or c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in vocab.partner_nouns and any(w.lower_ == "with" for w in g.children)
            for g in c.children)
        backing = backing or (c.dep_ in ("acl", "amod") and c.lemma_.lower() in vocab.backer_verbs
                              and _agent(c) is not None)
        if backing:
            spans.append((c.left_edge.idx, _end(c)))
    return spans


def _bracket_credit(m: EntityMention, doc: Doc) -> bool:
    """ "(MENAFN) Security forces in the southern Philippines reported ...": a name in brackets opening the
    sentence (after a time stamp at most) is the outlet's credit, not part of the subject."""
    if doc_text(doc)[max(0, m.start - 1) : m.start] != "(":
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and not any(ch.isalpha() for ch in doc_text(doc)[span.sent.start_char : m.start - 1])


def _bracketed(tok: Token) -> bool:
    """ "(MENAFN) On Thursday, Turkish security forces apprehended ...": an outlet's credit the parse took
    for a second subject."""
    doc, left, right = tok.doc, tok.left_edge.i, tok.right_edge.i
    if doc[left].text == "(" and doc[right].text == ")":  # the brackets hang on the name
        return True
    return left > 0 and right + 1 < len(doc) and doc[left - 1].text == "(" and doc[right + 1].text == ")"


def _held(head: Token, tv: TypeVocab, vocab: Vocab) -> int | None:
    """How many people an arrest verb ([types.X] arrest_verbs) takes, counted in its object or passive subject:
    "arrested three suspects", "Three members of a cell were arrested today" = 3."""
    if head.pos_ != "VERB" or not _arrest_verb(head, tv):
        return None
    aux = [c for c in head.children if c.dep_ == "auxpass"]
    # the parser may hang the passive subject on the auxiliary ("Three members ... were this morning arrested")
    holders, deps = ([head, *aux], ("nsubjpass", "nsubj")) if aux else ([head], ("dobj",))
    patient = next((c for h in holders for c in h.children if c.dep_ in deps), None)
    return None if patient is None else count_of(patient, vocab)


def _subj(tok: Token) -> Token | None:
    # two subjects are parse debris before the real one ("ERBIL, Kurdistan Region - Iraqi warplanes carried
    # out", "(MENAFN) On Thursday, Turkish security forces apprehended"): the one nearest the verb is it
    subjects = sorted((c for c in tok.children if c.dep_ in SUBJECTS), key=lambda c: (c.i > tok.i, -c.i))
    subj = next((c for c in subjects if not _bracketed(c)), subjects[0] if subjects else None)
    if subj is None and tok.dep_ in ("xcomp", "ccomp", "conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return _subj(tok.head)
    return subj


def _antecedent(subj: Token | None, verb: Token, exclude: list[tuple[int, int]]) -> Token | None:
    """The noun a relative pronoun subject stands for ("Boko Haram and ISWAP fighters who launched assaults
    on army bases": "fighters"), its relative clause added to ``exclude`` (what the clause names is no actor);
    any other subject as it is."""
    if subj is None or subj.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return subj
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return subj
    exclude.append((verb.left_edge.idx, _end(verb)))
    return verb.head


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                # "ambushed by more than 40 Abu Sayyaf bandits hiding out on higher ground": the parse makes the
                # participle the phrase's object and the noun its subject
                clause = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
                obj = next((g for g in clause.children if g.dep_ == "nsubj"), None) if clause is not None else None
            return obj
    return None


BLAME_VERBS = ("blame", "attribute", "pin")


def _claims_lives(claim: Token, head: Token) -> bool:
    """The event is the subject of "claim" ("the attack claimed the lives of ten", "Brutal ADF Attack Claims 16
    Lives"): the verb tells what it cost, never who took responsibility."""
    subj = _subj(claim)
    return subj is not None and subj.left_edge.i <= head.i <= subj.right_edge.i and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in claim.children)


# what a group takes when it claims an event with one of [link] credit_verbs: "took credit for", "accepted
# responsibility for"
_CREDIT_OBJECTS = ("responsibility", "credit")


def _claim_verb(node: Token, vocab: Vocab) -> bool:
    """A verb by which a group claims what hangs on it: "claimed the bombing", "boasted of attacking the barracks"
    ([link] claim_verbs), "took credit for an attack", "accepted responsibility for the bombing" ([link]
    credit_verbs with its object); not a negated one ("the group did not take credit for the attack")."""
    if node.pos_ != "VERB":
        return False
    lemma = node.lemma_.lower()
    if lemma == "claim":
        return True  # (a denied claim is the modality's: "denied" events lose their actor and claim)
    if any(c.dep_ == "neg" for c in node.children):
        return False
    # ("IS declared responsibility for an attack at Nkoe": the parser may read the object as a predicate)
    return lemma in vocab.claim_verbs or (lemma in vocab.credit_verbs and any(
        c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in _CREDIT_OBJECTS for c in node.children))


_CLAIM_WORDS = ("claim", "claims", "claimed")


def _title_claimant(head: Token, index: DocIndex, types: tuple[str, ...]) -> Actor | None:
    """The group a headline in title case names right before "Claims" ("Daesh Claims Attack on Pakistani Police
    Barracks", "Islamic State Claims Responsibility for Deadly Attack"): the parser reads the capitalised word as
    part of a name, not as the verb, and the claim of the attack after it is lost."""
    sent = head.sent
    for tok in sent:
        if tok.i >= head.i:
            break
        if tok.lower_ not in _CLAIM_WORDS or tok.pos_ == "VERB" or not tok.text[:1].isupper():
            continue
        before = [m for m in index.entities_in(sent.start_char, tok.idx) if m.type in types]
        if before and tok.idx - before[-1].end <= 3:
            return Actor.of(before[-1])
    return None


def find_actor(
    head: Token, tv: TypeVocab, index: DocIndex, target: tuple[int, int] | None
) -> tuple[Actor | None, bool]:
    """(actor, claimed): claim of responsibility, blame, agent, light-verb subject, then modifiers."""
    types = tv.actor_types
    # an attack, a strike, an operation, a recapture, a withdrawal or a pledge is done by a party to the fighting
    party = tv.perpetrated or tv.reporter_acts or tv.forces_act or tv.state_side or tv.target_group_acts
    side = {"party": party, "campaign": tv.perpetrated}
    excl = [target] if target else []
    # "the clash with the Abu Sayyaf group": the side fought ([types.X] opponent_preps)
    excl += [(c.left_edge.idx, _end(c)) for c in head.children if c.dep_ == "prep" and c.lower_ in tv.opponent_preps]
    # "Iraq announced the defeat of ISIS": the "of" phrase of a defeat noun ([types.X] group_defeat_words) is
    # the side defeated, so the one announcing it is left to be the actor
    if head.pos_ == "NOUN" and has_word(head, tv.group_defeat_words):
        excl += [(c.left_edge.idx, _end(c)) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    # "the UPDF launched Operation Shujaa": the event's own name (_named) is no actor of it
    named = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if head.pos_ == "PROPN" and head.lemma_.lower() not in tv.nouns and any(has_word(c, tv.nouns) for c in named):
        excl.append((named[0].idx, _end(head)))
    vocab = index.vocab
    if head.dep_ == "compound" and (group := _group_after(head, index)) is not None:
        return Actor.of(group), False
    # "X claimed responsibility for the attack" / "X claimed the bombing"
    # ("another IS-claimed bombing": the claim as the noun's modifier)
    claims = [c for c in head.children if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() == "claim"]
    # "an ambush that killed 11 soldiers and was claimed by Islamic State": the second verb of the relative clause
    claims += [g for c in head.children if c.dep_ in ("acl", "relcl") for g in c.children
               if g.dep_ == "conj" and g.lemma_.lower() == "claim" and g.pos_ == "VERB"]
    for node in [*claims, *ancestors(head)[1:5]]:
        if node.lemma_.lower() == "claim" and node.pos_ == "VERB" and _claims_lives(node, head):
            break  # "a suspected ISIS assault claimed the lives of ten civilians": a toll, not a claim
        if _claim_verb(node, vocab):
            # "the bombing has been claimed by ISIS", "Attack claimed by Daesh": the claimant is the agent
            passive = node in claims or any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children)
            subj = _agent(node) if passive else _subj(node)
            actor = _entity_actor([subj], index, types, excl, **side) if subj is not None else None
            if actor is None:
                # the claimant right before the verb, even when the parser missed it ("IS claimed")
                sent = node.sent
                before = [m for m in index.entities_in(sent.start_char, node.idx) if m.type in types]
                # only adverbs or auxiliaries between: "IS also claimed", "ISIS has now claimed"
                if before and (node.idx - before[-1].end <= 3 or all(
                        t.pos_ in ("ADV", "AUX", "PART") or t.is_punct
                        for t in sent if before[-1].end <= t.idx < node.idx)):
                    m = before[-1]
                    actor = Actor.of(m)
            if actor is not None:
                return actor, True
            break
    else:
        if (titled := _title_claimant(head, index, types)) is not None:
            return titled, True
    # "X blamed the attack on Y": the trigger as object of a verb of blame
    if head.dep_ == "dobj" and head.head.lemma_.lower() in BLAME_VERBS:
        # the "on" phrase hangs on the verb or, as often in the parse, on the trigger noun itself (where
        # find_target has read it as the target)
        objs = [
            g
            for p in (*head.head.children, *head.children)
            if p.dep_ == "prep" and p.lower_ in ("on", "to")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        actor = _entity_actor(objs, index, types, [], **side)
        if actor is not None:
            return actor, False
    # "Islamic State said its West Africa Province affiliate was behind an attack": the subject of "be behind"
    if head.dep_ == "pobj" and head.head.lower_ == "behind" and head.head.head.lemma_.lower() == "be":
        actor = _entity_actor([s for s in (_subj(head.head.head),) if s is not None], index, types, [], **side)
        if actor is not None:
            return actor, False
    # "an attack blamed on X" / "attributed to X"
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in BLAME_VERBS:
            objs = [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            actor = _entity_actor(objs, index, types, excl, **side)
            if actor is not None:
                return actor, False
    cands: list[Token] = []
    # "carried out by X", "the attack X perpetrated"
    for child in head.children:
        if child.dep_ in ("acl", "relcl"):
            agent = _agent(child)
            if agent is not None:
                cands.append(agent)
            subj = next((c for c in child.children if c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP")), None)
            if subj is not None and child.dep_ == "relcl" and child.lemma_.lower() in vocab.support_verbs:
                cands.append(subj)
    if head.pos_ == "VERB":
        agent = _agent(head)
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)  # "has repatriated"
        passive = any(c.dep_ == "auxpass" for c in head.children) or (head.tag_ == "VBN" and not perfect)
        subj = _antecedent(_subj(head) or _means_doer(head), head, excl) if tv.actor_is_patient or not passive else None
        if subj is not None and tv.opponent_preps:
            # "Iraqi forces battling the Islamic State militants liberated a neighbourhood": a clause on the doer
            # names the side it fights, as the trigger's own opponent phrase does
            excl += [(c.left_edge.idx, _end(c)) for c in subj.children if c.dep_ in ("acl", "relcl")]
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            subj = head.head  # "the coalition, meeting in Rome"
        cands += [t for t in (agent, subj) if t is not None]
        if head.lemma_.lower() in tv.fall_verbs:
            # "Mosul fell to the Islamic State": who took the town is the "to" phrase, not the town
            cands = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
        if (sides := _control_sides(head, tv, index)) is not None:
            # "the CTS forces drove the IS militants out of X", "Iraqi forces liberated a neighbourhood from the
            # group": the group put out of the place is never its taker
            excl += [(t.left_edge.idx, _end(t)) for t in sides[0]]
            if head.lemma_.lower() in tv.loss_verbs:
                # "the armed group lost its last stronghold in Baghuz to the US-led coalition": who took it
                cands = _lost_to(head, sides[1])
    # "US forces killed a commander in a helicopter raid": who killed is who raided; "42 terrorists were killed in
    # a clearance operation on Friday by the MNJTF", "arrested during a raid by police": the passive's agent
    prep = head.head if head.dep_ == "pobj" else None
    if (
        prep is not None
        and prep.lower_ in ("in", "during")
        and prep.head.pos_ == "VERB"
        and (prep.head.lemma_.lower() in vocab.kill or _arrest_verb(prep.head, tv))
    ):
        if not any(c.dep_ == "auxpass" for c in prep.head.children):
            killer = _subj(prep.head) if prep.head.lemma_.lower() in vocab.kill else None
        else:
            killer = _agent(prep.head)
        if killer is not None:
            cands.append(killer)
    if (
        prep is not None
        and tv.parties_only
        and prep.lower_ in ("during", "at")
        and prep.head.pos_ == "VERB"
        and (host := _subj(prep.head)) is not None
    ):
        cands.append(host)  # "the coalition formally welcomed Syria during a meeting in Riyadh": who met
    support = _governing_support(head, vocab)
    if support is not None:
        passive = any(c.dep_ == "nsubjpass" for c in support.children)
        sup = _agent(support) if passive else _antecedent(_subj(support), support, excl)
        if sup is not None:
            cands.append(sup)
    for child in head.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            cands.append(child)
        # "hosted a meeting of political directors from the Small Group of the Global Coalition": the body the
        # members come from is the one meeting, the host is not (a meeting's "from" phrase, parsed on the noun)
        if child.dep_ == "prep" and (child.lower_ in ("of", "by", "among")
                                     or tv.parties_only and child.lower_ == "from"):
            for g in child.children:
                if g.dep_ == "pobj":
                    cands.append(g)
                    # "a pledge of allegiance by Boko Haram": the "by" phrase on the object names the actor
                    cands += [a for a in (_agent(g),) if a is not None and child.lower_ == "of"]
                    # only the object's own phrase: in "the evacuation of bases in the federal areas of
                    # Iraq" the country deep inside says where, not who
                    # (a capitalised object is a formal name that goes on: "the Meeting of Ministers of the
                    # Global Coalition", "Meeting of Small Group of global coalition")
                    # ("a meeting of senior representatives from the Small Group of the Global Coalition": the
                    # body the people meeting come from is the one meeting, the phrase a cand of its own, which a
                    # name the parse cut runs past)
                    sent_by = [c for c in g.children if tv.parties_only and has_word(g, tv.object_nouns)
                               and c.dep_ == "prep" and c.lower_ in ("of", "from")]
                    cands += [o for c in sent_by for o in c.children if o.dep_ == "pobj"]
                    excl += [
                        (c.left_edge.idx, _end(c))
                        for c in g.children
                        if c.dep_ in ("prep", "relcl", "acl") and c.lower_ != "by" and c not in sent_by
                        and not (c.lower_ == "of" and g.is_title and g.pos_ in ("NOUN", "PROPN"))
                    ]
    if not tv.target_group_acts and tv.opponent_preps:
        # "Clashes erupted between the Islamic State fighters and the Operation Al-Bunyan Al-Marsous": of the two
        # sides a fight is between, the one not of the campaign's target group (on the trigger, or on the verb it
        # is the subject of)
        holders = [head, head.head] if head.dep_ in SUBJECTS else [head]
        for one in (g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
                    for o in p.children if o.dep_ == "pobj" for g in conjuncts(o)):
            # the side's own words: a first conjunct's subtree holds the others
            span = (one.left_edge.idx, min([c.left_edge.idx for c in one.children if c.dep_ in ("cc", "conj")
                                            and c.i > one.i], default=_end(one)))
            if any(m.entity_id in index.target_group_ids for m in index.entities_in(*span)):
                excl.append(span)
            else:
                cands.append(one)
    pre = premodifiers(head)
    cands += [t for t in pre if t.dep_ in ("pobj", "compound", "amod", "poss", "nmod")]
    actor = _entity_actor(cands, index, types, excl, **side)
    if actor is not None:
        # "a U.S. drone strike": named as a modifier of the event noun
        actor.modifier = (
            actor.modifier
            or any(m.entity_id == actor.entity_id for m in index.entities_in(pre.start_char, pre.end_char))
            or actor.entity_id not in {m.entity_id for m in index.entities_in(head.sent.start_char, head.sent.end_char)}
        )
        return actor, False
    if tv.actor_fallback:
        # one armed group named in the sentence, outside the target, is the perpetrator
        sent = head.sent
        # the people killed or wounded are never the perpetrator ("six SDF fighters were killed when ...")
        victims = [(v.left_edge.idx, _end(v)) for t in sent if (v := victims_of(t, vocab)) is not None]
        groups = {
            m.canonical: m
            for m in index.entities_in(sent.start_char, sent.end_char)
            if m.type == "armed_group" and not any(a <= m.start < b for a, b in excl + victims)
        }
        if len(groups) == 1:
            m = next(iter(groups.values()))
            return Actor.of(m), False
    if tv.reporter_acts:
        return _reporter(head, index, types), False
    return None, False


def _group_says(head: Token, index: DocIndex) -> Actor | None:
    """The campaign's target group (or a branch of it), named as the subject of the verb of saying the trigger's
    clause hangs on: "IS said it was behind an attack", "ISWAP stated that its fighters killed 20 soldiers".
    Not the group named inside another speaker's report ("police said IS carried out the attack")."""
    reporting = index.vocab.reporting
    verb = next((a for a in ancestors(head)[1:] if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in reporting), None)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return None  # "ISIS did not say that ISWAP was responsible for the assault": no claim of it
    subj = _subj(verb) if verb is not None and verb.dep_ not in ("ccomp", "xcomp", "advcl", "relcl") else None
    if subj is None and verb is not None and verb.dep_ not in ("ccomp", "xcomp", "advcl", "relcl"):
        # "In its newspaper Al-Nabaa, IS said its fighters killed ...": the parser took the group's initials for an
        # auxiliary ("is") of the verb of saying
        subj = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.text.isupper() and len(c) > 1), None)
    if subj is None:
        return None
    for m in index.entities_in(subj.left_edge.idx, _end(subj)):
        if m.entity_id in index.target_group_ids:
            return Actor.of(m)
    return None


def _air_word(tok: Token, vocab: Vocab) -> bool:
    """The phrase names an air arm or aircraft: "the air force", "the warplanes" ([types.X] air_arms, aircraft)."""
    phrase = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i)
    return any(any(arm in phrase for arm in t.air_arms) or has_word(tok, t.aircraft) for t in vocab.types.values())


def _outlet_name(name: str, vocab: Vocab) -> bool:
    """A news outlet's name ([places] outlet_words): "Shafaq News", "Khaama Press"; it reports, never acts."""
    return any(w in vocab.outlet_words for w in name.split())


def _reporter(head: Token, index: DocIndex, types: tuple[str, ...]) -> Actor | None:
    """The body that reports an event nobody is named as doing: the subject of the reporting verb the
    trigger's clause hangs on, or a body on that subject ("Philippine army spokesman X told AFP")."""
    vocab = index.vocab
    verb = next((a for a in ancestors(head)[1:] if a.pos_ == "VERB" and a.lemma_.lower() in vocab.reporting), None)
    subj = _subj(verb) if verb is not None else None
    if subj is None:
        return None
    # the subject's head and what stands before it, not its prepositional phrases ("officials in Iraq")
    named = index.entities_in(subj.left_edge.idx, subj.idx + len(subj.text))
    if any(_outlet_name(m.canonical, vocab) for m in named):
        # "Shafaq News / the Syrian Democratic Forces (SDF) announced ...": an outlet's lead before the body
        # that reports, which the parse hangs on the outlet's name as an apposition
        appos = [c for c in subj.children if c.dep_ == "appos"]
        named = [*named, *(m for c in appos for m in index.entities_in(c.left_edge.idx, _end(c)))]
    for m in named:
        if _bracket_credit(m, index.doc) or _outlet_name(m.canonical, vocab):
            continue
        if m.type in types and m.entity_id not in index.target_group_ids:
            # a state that reports is a stand-in, like a modifier: "The U.S. government issued a statement
            # regarding a new airstrike" is AFRICOM's strike when the article names AFRICOM (credit)
            return Actor.of(m, modifier=m.type == "country")
    return None


def find_target(head: Token) -> tuple[str, tuple[int, int]] | None:
    """What an attack or strike was aimed at: "on a checkpoint", "against X", "targeting X"."""
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ("hit", "strike", "target"):
        # "a roadside bomb hit an army patrol": the verb's object is what the attack was aimed at
        obj = next((g for g in head.head.children if g.dep_ == "dobj"), None)
        if obj is not None:
            return head.doc[obj.left_edge.i : obj.i + 1].text, (obj.left_edge.idx, _end(obj))
    for child in head.children:
        obj = None
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "acl" and child.lemma_.lower() in ("target", "hit"):
            obj = next((g for g in child.children if g.dep_ == "dobj"), None)
        if obj is not None and obj.ent_type_ in ("DATE", "TIME"):
            obj = None  # "the attack on Sunday": when, not what
        if obj is not None:
            left = obj.left_edge
            text = head.doc[left.i : obj.i + 1].text
            return text, (left.idx, _end(obj))
    return None


def find_casualties(sent: Span, vocab: Vocab) -> list[tuple[Token, str, int]]:
    # Asked of every word of a sentence with a trigger, ``casualty`` needs a listed word (Vocab.casualty_words) or
    # a word with an object or a prepositional phrase ("sustained injuries", "hacked to death"): the others are
    # passed over from the per-document lists before a Token is made for them (a tenth of the event rules' time)
    doc = sent.doc
    word_at, labels, children = token_words(doc), token_deps(doc), child_indices(doc)
    listed = vocab.casualty_words
    out = []
    for i in range(sent.start, sent.end):
        lemma, lower = word_at[i]
        if lemma not in listed and lower not in listed and not any(
            labels[c] in ("dobj", "prep") for c in children[i]
        ):
            continue
        tok = doc[i]
        cas = casualty(tok, vocab)
        if cas is not None and not tally_count(tok, vocab):
            out.append((tok, cas[0], cas[1]))
    return out


def other_time_toll(tok: Token, vocab: Vocab, trigger: Token | None = None) -> bool:
    """The count ``tok`` is told in a clause set at another time than the event's, one that lies between it and the
    trigger (the sentence's root without one), a "since" clause or a "where"/"when" clause on a place or time set at
    a past period ([casualties] past_marks): "attacked the same checkpoint where 12 soldiers were killed earlier
    this month, this time leaving one soldier dead", "the village of Seytenga, where 86 civilians were killed last
    June", "the largest loss since 2020 when around 100 soldiers were killed", "the deadliest attack since car
    bombers killed more than 30 soldiers in January": another event's toll, told to set this one beside it."""
    for node in ancestors(tok):
        if trigger is not None and node.left_edge.i <= trigger.i <= node.right_edge.i:
            return False  # the trigger's own clause: "since jihadists launched an assault on March 7, killing 13"
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab.since_words for c in node.children):
            return True  # "since car bombers killed more than 30 soldiers"
        if node.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ in vocab.setting_relatives for c in node.children
        ):
            continue  # "terrorists who killed four Christians last week": the killers' clause tells the event
        times = [c for c in node.children if c.ent_type_ == "DATE" or (c.dep_ == "prep" and any(
            o.ent_type_ == "DATE" for o in c.children))]
        if any(_past_period(t, vocab) for t in times):
            return True
    return False


def _past_period(tok: Token, vocab: Vocab) -> bool:
    """A time phrase naming a past week, month or year: "earlier this month", "last June", "two weeks ago", "in the
    past year" (not "last night", "last Sunday": a day may be the event's own)."""
    sub = list(tok.subtree)
    return any(t.lower_ in vocab.past_marks for t in sub) and any(
        t.lemma_.lower() in vocab.earlier_periods or t.lower_ in vocab.earlier_periods for t in sub
    )


def group_claims(tok: Token, index: DocIndex) -> bool:
    """The count is the campaign's target group's own ("ISWAP said the attack killed at least 100 soldiers",
    "Amaq ... noting that approximately 80 people had been killed"): a claim is a figure, never the toll."""
    for node in ancestors(tok):
        if _according_to_group(node, index):
            return True
        lemma = node.lemma_.lower()
        says = node.i != tok.i and (lemma in index.vocab.reporting or lemma == "claim")
        if node.dep_ in ("relcl", "acl") and not (says and node.head.pos_ == "NOUN"):
            return False  # "said its affiliate was behind an attack that killed seven soldiers": what the
            # attack was, told beside the claim, not the number claimed
        if not says:
            continue
        subj = _subj(node)
        if subj is None and node.dep_ in ("advcl", "xcomp", "conj"):
            subj = _subj(node.head)  # "Amaq issued two statements, noting that ..."
        if subj is None and node.dep_ == "acl":
            # "The group issued a statement claiming that the attack left 15 people dead": the statement's
            # issuer says it
            subj = next((_subj(a) for a in ancestors(node.head) if a.pos_ in ("VERB", "AUX")), None)
        if subj is None:
            return False
        named = index.entities_in(subj.left_edge.idx, _end(subj))
        if not named and (
            has_word(subj, index.vocab.descriptions)
            # "The group claimed the attack ... It further claimed that about 50 were killed": a pronoun that
            # claims is the group named before (a state reports, only a group claims a toll of its own attack)
            or (lemma == "claim" and subj.lower_ in index.vocab.pronouns)
        ):
            # "the hardline Sunni militant group claimed the attack killed 15": the group named before
            named = [m for m in (index.entity_before(subj.idx, ("armed_group",)),) if m is not None]
        return any(m.entity_id in index.target_group_ids for m in named)
    return False


def _according_to_group(node: Token, index: DocIndex) -> bool:
    """The clause is told "according to" the target group: "killing seven, according to IS", "According to the
    group, 13 soldiers were killed", "..., according to a statement from the Islamic State"."""
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "according":
            continue
        to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        named = index.entities_in(source.left_edge.idx, _end(source))
        bare = not any(c.dep_ == "compound" for c in source.children)  # not "the rights group"
        if not named and bare and source.lemma_.lower() in index.vocab.descriptions:
            # "according to the group": the group named before
            named = [m for m in (index.entity_before(source.idx, ("armed_group",)),) if m is not None]
        if any(m.entity_id in index.target_group_ids for m in named):
            return True
    return False


def add_follow_on_casualties(m: EventMention, sent: Span, vocab: Vocab, index: DocIndex | None = None) -> None:
    """Casualties told in the sentence right after an attack or strike that names no event of its own
    ("A bomb hit the market on Sunday. More than 200 people were wounded.") belong to that event; only
    counts it still lacks are filled, so a later, different tally never overwrites the first report."""
    if not vocab.types[m.type].has_target:
        return
    if vocab.types[m.type].perpetrated:
        m.none_hurt |= {kind for tok, kind in none_hurt(sent, vocab)
                        if not other_time_toll(tok, vocab) and (index is None or not group_claims(tok, index))}
    count_at: dict[str, Token] = {}  # the casualty word of this sentence each kind's count was read from
    for tok, kind, n in find_casualties(sent, vocab):
        if other_time_toll(tok, vocab):
            continue  # "... Seytenga, where 86 civilians were killed last June": another event's toll
        if index is not None and group_claims(tok, index):
            m.group_tolls.setdefault(kind, n)
            continue
        if index is not None and vocab.types[m.type].perpetrated and _attackers_lost(tok, vocab, index):
            continue  # "Bodies of 10 IS fighters were found": the attackers' dead, told after the attack
        if index is not None and vocab.types[m.type].perpetrated:
            n = victims_count(tok, n, vocab, index)
        if kind == "killed" and toll_update(tok, vocab):
            m.toll_now = max(m.toll_now or 0, n)
        titled = n == 1 and one_by_title(tok, vocab)
        if titled and not vocab.types[m.type].perpetrated:
            continue  # "the head of the group was killed in the strike": what a strike or raid was for
        if kind == "killed" and (m.killed is None or _gives_way(m, kind, titled)):
            m.killed = n
        elif kind == "wounded" and (m.wounded is None or _gives_way(m, kind, titled)):
            m.wounded = n
        else:
            prior = count_at.get(kind)
            if not vocab.types[m.type].perpetrated or tok.i in m.added_at or titled:
                continue
            if told_as_more(tok, vocab):
                add_more(m, kind, n, counted_words(tok, vocab), vocab)  # "A civilian was also killed"
                m.added_at.add(tok.i)
            elif prior is not None and joined_killing(tok, prior):
                # "They killed two soldiers and shot dead three civilians": a second killing of the clause
                if kind == "killed" and m.killed is not None:
                    m.killed += n
                elif kind == "wounded" and m.wounded is not None:
                    m.wounded += n
                m.added_at.add(tok.i)
                count_at[kind] = tok
            continue
        count_at[kind] = tok
        m.counted_words[kind] = counted_words(tok, vocab)
        if titled:
            m.one_by_title.add(kind)
        else:
            m.one_by_title.discard(kind)


def add_more(m: EventMention, kind: str, n: int, more: frozenset[str], vocab: Vocab) -> bool:
    """Add a count of other people told with "also" to ``m``'s count of ``kind`` ("The incident led to the death of
    eight soldiers. A civilian was also killed" = 9: the conventions sum split tolls); True when it did."""
    total = m.killed if kind == "killed" else m.wounded
    if total is None or kind in m.one_by_title or not adds_to(m.counted_words.get(kind, frozenset()), more, vocab):
        return False
    if kind == "killed":
        m.killed = total + n
    else:
        m.wounded = total + n
    m.counted_words[kind] = m.counted_words[kind] | more
    return True


def _gives_way(m: EventMention, kind: str, titled: bool) -> bool:
    """``m``'s count of ``kind`` is one person told with "the" and a count told after it is not: "slaughtered the
    village chief", then "two people were killed in the attack"."""
    return kind in m.one_by_title and not titled


def counted(m: EventMention, kind: str = "killed") -> int | None:
    """``m``'s count of ``kind`` for telling mentions apart and for what is still to fill: none when it is one
    person told with "the" ("killed the provincial police chief" picks out one, maybe of more dead)."""
    n = m.killed if kind == "killed" else m.wounded
    return None if kind in m.one_by_title else n


def add_current_toll(m: EventMention, sent: Span, vocab: Vocab, index: DocIndex) -> None:
    """ "The death toll has risen to more than 120 people", in a sentence naming no event: the toll as it now
    stands of the attack told last, however many sentences back (not one of another year: background)."""
    if not vocab.types[m.type].perpetrated or (m.date and any(y != m.date[:4] for y in _YEAR.findall(span_text(sent)))):
        return
    for tok, kind, n in find_casualties(sent, vocab):
        if kind != "killed" or other_time_toll(tok, vocab):
            continue
        if toll_update(tok, vocab) and not group_claims(tok, index):
            m.toll_now = max(m.toll_now or 0, n)


def current_tolls(events: list[EventMention]) -> None:
    """ "A bomb killed 80 people ... The death toll has risen to more than 120": a toll the text gives as it now
    stands beats the first, lower report (the conventions: a current toll beats an earlier one), and a higher first
    count too ("the attack left one of the eight wounded dead, bringing the death toll to six": the count the text
    settles on; where sources differ the conventions take the lower official figure)."""
    for e in events:
        if e.toll_now is not None:
            e.killed = e.toll_now


def none_hurt_last(events: list[EventMention]) -> None:
    """ "The attack resulted in no deaths", "no one was injured": an attack the text says hurt no one has a count of
    0, once every sentence has had its say (a count of the kind told anywhere stands: "no one was killed in the
    first blast" may come before the second's toll)."""
    for e in events:
        # (before the group's own count: "IS said the attack wounded one; the authorities said no one was injured")
        if "killed" in e.none_hurt and e.killed is None and e.toll_now is None:
            e.killed = 0
        if "wounded" in e.none_hurt and e.wounded is None:
            e.wounded = 0


def group_tolls_last(events: list[EventMention]) -> None:
    """A count only the target group gives ("ISCAP said it had carried out another attack, killing seven
    people") stands when no one else gives one: the conventions prefer any official count to the claim."""
    for e in events:
        if e.killed is None:
            e.killed = e.group_tolls.get("killed")
        if e.wounded is None:
            e.wounded = e.group_tolls.get("wounded")


def casualties_from_article(events: list[EventMention], sentences: list[Span], index: DocIndex) -> None:
    """Counts an article gives apart from any event sentence ("The death toll has reached 54 while around 80
    wounded people are undergoing treatment", "Four inmates are dead and 16 sustained injuries") belong to
    its one attack, or, with several, to the one told last before them; a sentence naming another year (any
    year, when the attack has none) is background and gives nothing."""
    vocab = index.vocab
    main = [e for e in events if vocab.types[e.type].perpetrated]
    if not main:
        return
    for sent in sentences:
        # with several attacks, a count told apart is the one told last before it ("ISWAP attacked the base on
        # Thursday. The army denied it. Over 40 soldiers have been confirmed dead ..."); told before them all, it
        # is no one's
        if len(main) == 1:
            _count_apart(main[0], sent, index)
            continue
        told = _told_last(main, sent.start_char)
        if not told:
            # the lede's count of the event told next: its sentence, telling the event's own day, is kept out of
            # the event's sentences (link.day_from_article takes a day none of them gives)
            for event in _retold_next(main, sent):
                _count_apart(event, sent, index, evidence=False)
        for event in told:
            # ... unless the sentence is dated to another month: "In December, the group was accused of two
            # attacks in which 13 villagers were killed" after Monday's attack tells of other attacks
            months = {str(tx.value)[:7] for tx, _tok in index.timexes_in(sent) if tx.value and len(str(tx.value)) >= 7}
            if not (event.date and len(event.date) >= 7 and any(m != event.date[:7] for m in months)):
                _count_apart(event, sent, index)


def _count_apart(event: EventMention, sent: Span, index: DocIndex, evidence: bool = True) -> None:
    """The counts of one sentence naming no event, for the attack it is told of (``casualties_from_article``)."""
    vocab = index.vocab
    if (
        counted(event) is not None
        and counted(event, "wounded") is not None
        and not _told_after(event, sent)
        and not any(toll_update(tok, vocab) or told_as_more(tok, vocab) for tok in sent)
    ):
        return  # only a toll as it now stands adds anything ("The toll has reached 54."), or more people ("A
        # civilian was also killed")
    years = _YEAR.findall(span_text(sent))
    if years and (event.date is None or any(y != event.date[:4] for y in years)):
        return  # an undated page's count naming no year is as much its attack's as a dated one's
    later = _told_after(event, sent)
    before = (event.killed, event.wounded)
    if "killed" in later:
        event.killed = None
    if "wounded" in later:
        event.wounded = None
    add_follow_on_casualties(event, sent, vocab, index)
    # a count the sentence does not give stays as it was
    event.killed = before[0] if "killed" in later and event.killed is None else event.killed
    event.wounded = before[1] if "wounded" in later and event.wounded is None else event.wounded
    for kind in later:
        if (event.killed, event.wounded)[kind == "wounded"] != before[kind == "wounded"]:
            del event.follow_on_at[kind]
    if (event.killed, event.wounded) != before and evidence:
        event.extra_evidence.append((sent.start_char, sent.end_char, span_text(sent)))


def _told_after(event: EventMention, sent: Span) -> set[str]:
    """The kinds whose count ``event`` took from a sentence after an event sentence that ``sent`` comes before: the
    count ``sent`` gives was told first ("the death of two soldiers and the injury of four others" before "two
    wounded people were also transferred to the hospital", which follows a sentence naming the attack)."""
    return {kind for kind, at in event.follow_on_at.items()
            if at > sent.start_char and kind not in event.one_by_title and kind not in event.added}


def _retold_next(events: list[EventMention], sent: Span) -> list[EventMention]:
    """A count told before every event, in the lede, belongs to the event the next sentence tells again with "the"
    ("At least 31 people were killed on Friday when a suicide bomber targeted a procession, police said. The
    bombing targeted people gathering outside a mosque in Mastung"): the lede told it in words that make no event."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    after = doc[sent.end].sent
    first = min(events, key=lambda e: e.start)
    if not (after.start_char <= first.start < after.end_char) or not first.definite:
        return []
    return [first]


def _told_last(events: list[EventMention], before: int) -> list[EventMention]:
    """The event whose latest mention opens before ``before``: the one the text was last telling; of those one
    sentence told together, one town each ("stormed a police base in Satih, southwest of Kirkuk"), the town told
    first, as a count in that sentence would be (``sentence_mentions``)."""
    told = {id(e): max(((s, t) for s, t in ((e.start, e.sent_text), *((s, t) for s, _e, t in e.extra_evidence))
                        if s < before), default=(-1, "")) for e in events}
    latest = max(start for start, _text in told.values())
    if latest < 0:
        return []
    tied = [e for e in events if told[id(e)][0] == latest]

    def first_told(e: EventMention) -> int:
        at = told[id(e)][1].find(e.place.name) if e.place is not None else -1
        return at if at >= 0 else 10**9

    return [min(tied, key=first_told)]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _attackers_lost(tok: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "repelled the attack and killed 24 ISWAP terrorists": attackers killed by the defenders are not the
    attack's toll (a suicide bomber's own death is: [attackers] losses)."""
    members = victim_members(tok, vocab)
    if members and _killed_by_force(tok, vocab, index):
        return True
    return bool(members) and all(_attacker_member(m, vocab, index) for m in members)


def _killed_by_force(tok: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "the army killed three fighters when responding to an attack", "troops shot dead two of the attackers":
    whom a state's force kills in the active voice are the attackers, never the attack's victims (a force is
    not who an attack is done by)."""
    if tok.pos_ != "VERB" or _passive(tok) or not kills(tok, vocab) or not any(c.dep_ == "dobj" for c in tok.children):
        return False  # (the killed as the object: "saw three military employees killed" has them as subject)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "troops repelled ... and killed"
    return _is_force(subj, vocab, index)


def _attacker_member(member: Token, vocab: Vocab, index: DocIndex) -> bool:
    """One listed head of a casualty phrase names attackers: "militants", "24 ISWAP fighters"."""
    if member.lemma_.lower() in vocab.totals:
        # "a total of 15 extremists were killed": the people the total counts
        of = next((c for c in member.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((c for c in of.children if c.dep_ == "pobj"), member) if of is not None else member
    if member.dep_ == "nummod":
        member = member.head  # "the nine Dawlah Islamiya fatalities": the count of a noun of death
    elif member.like_num or member.lower_ in vocab.numbers:
        # "four guards and two of the attackers died": the count of the people its "of" names
        of = next((c for c in member.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((c for c in of.children if c.dep_ == "pobj"), member) if of is not None else member
    if member.lower_ in vocab.dead and any(
        c.dep_ in ("amod", "compound") and has_word(c, vocab.attacker_losses) for c in member.children
    ):
        return True  # "five terrorist bodies were recovered": a noun of death told as the attackers'
    # the member's own words only, up to its head noun: "farmers killed by IS militants" are farmers
    own = (member.left_edge.idx, member.idx + len(member.text))
    # "two soldiers and 18 armed men": attackers told by a common noun and its modifier
    return has_word(member, vocab.attacker_losses) or described_attacker(member, vocab) or any(
        m.entity_id in index.target_group_ids for m in index.entities_in(*own)
    )


def victims_count(tok: Token, n: int, vocab: Vocab, index: DocIndex) -> int:
    """An attack's toll without the attackers listed beside the victims: "Three Nigerien soldiers and 14
    militants were killed" counts 3 for the attack (the conventions count the attackers' dead apart)."""
    members = victim_members(tok, vocab)
    if len(members) < 2:
        return n
    own = count_members([m for m in members if not _attacker_member(m, vocab, index)], vocab)
    return n if own is None else own


def _group_lost(tok: Token, vocab: Vocab, index: DocIndex) -> Actor | None:
    """The campaign's target group (a branch) named among the attackers a casualty word counts."""
    victims = victims_of(tok, vocab)
    if victims is None:
        return None
    named = index.entities_in(victims.left_edge.idx, _end(victims))
    groups = [m for m in named if m.entity_id in index.target_group_ids]
    return Actor.of(groups[0]) if groups else None


def lede_end(text: str) -> int | None:
    """Where the line of the lede's first full sentence ends (None: the page has no full sentence)."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip().endswith(SENTENCE_END)), None)
    return None if first is None else sum(len(line) + 1 for line in lines[: first + 1])


def _declared_in_lede(head: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """ "The Kurdish-led Syrian Democratic Forces (SDF) declared the territorial defeat of the Islamic State." as the
    page's first sentence: a declaration the lede tells in the past tense is the page's news, which the story's day
    (link.day_from_article) or the page's month dates; told undated further down, it is background."""
    if not index.doc._.reference_date or not tv.declare_verbs:
        return False
    verb = head if has_word(head, tv.declare_verbs) else head.head if head.dep_ == "dobj" else None
    if verb is None or verb.tag_ != "VBD" or not has_word(verb, tv.declare_verbs):
        return False
    end = lede_end(doc_text(index.doc))
    return end is not None and head.sent.start_char < end


def _perfect_now(head: Token, index: DocIndex) -> str | None:
    """ "The city of Sirte has been completely liberated": a present perfect in a dated report tells what
    has just happened, so the report's own day dates it. Only for a named town: "IS has been territorially
    defeated" stays a general claim about the war."""
    reference = index.doc._.reference_date
    if not reference or len(reference) < 10 or head.pos_ != "VERB":
        return None
    if head.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children):
        return None
    return str(reference)


def _clause_end(head: Token, sent: Span) -> int:
    return min(_end(head), content_end(sent))


def incident_trigger(sent: Span, vocab: Vocab, last_type: str | None) -> Trigger | None:
    """ "The incident occurred on Tuesday evening, January 7, in the Baghlan-e-Markazi district": a definite
    word for "what happened" as the subject of a verb of occurring names the event told just before."""
    if last_type is None:
        return None
    doc, word_at = sent.doc, token_words(sent.doc)
    # (the lemma read from the per-document list: a Token only for an incident noun)
    for tok in (doc[i] for i in range(sent.start, sent.end) if word_at[i][0] in vocab.incident_nouns):
        if (
            tok.dep_ == "nsubj"
            and determiner(tok) in vocab.definite_dets
            # "The incident, which took place on Saturday, also left one soldier wounded"
            and (_occurs(tok.head, vocab) or any(c.dep_ == "relcl" and _occurs(c, vocab) for c in tok.children))
        ):
            return Trigger(last_type, tok.i, tok.i + 1, tok, weak=False)
    return None


def _planned_modifier(head: Token, vocab: Vocab) -> bool:
    """ "declined to give the time of the planned attack", "an upcoming attack": an act of violence a modifier
    tells is still to come was not made (one made is told without it: "the attack")."""
    return any(c.dep_ == "amod" and has_word(c, vocab.planned_modifiers) for c in head.children)


def _plotting(head: Token, vocab: Vocab) -> bool:
    """ "was planning to launch a bombing", "is preparing to carry out attacks", "a plan to bomb churches": an
    intent told as under way or as a plan (an attack "planned" in the past tense may well have happened: "the
    militants who planned the attack"). A past intent with an infinitive is a plot too: "had planned to attack
    sensitive installations", "planned to launch an attack soon" tell what was meant, not what was done."""
    chain = ancestors(head)
    if any((a.tag_ == "VBG" or a.pos_ == "NOUN") and a.lemma_.lower() in vocab.planned for a in chain):
        return True
    if head.dep_ == "dobj" and head.head.tag_ in ("VBD", "VBN") and head.head.lemma_.lower() in vocab.plan_verbs:
        return _indefinite(head, vocab)  # "he had planned a suicide attack in Malaysia"
    return any(
        a.lemma_.lower() in vocab.planned
        and a.tag_ in ("VBD", "VBN")
        and below.dep_ == "xcomp"
        and any(c.tag_ == "TO" for c in below.children)
        for below, a in zip(chain, chain[1:], strict=False)
    )


class _SentenceLinks:
    """The places and dates of one sentence that can locate and date each of its triggers, worked out once per
    trigger: the filter that keeps a trigger and the mentions then built from it ask the same questions of the
    same parse (with several towns, once per town)."""

    def __init__(
        self, sent_places: list[tuple[PlaceMention, Token]], sent_timexes: list[tuple[Timex, Token]], vocab: Vocab,
        clauses: dict[int, tuple[int, int]] | None = None,
    ) -> None:
        self.sent_places, self.sent_timexes, self.vocab = sent_places, sent_timexes, vocab
        self._places: dict[tuple[int, str], list[tuple[int, PlaceMention, Token]]] = {}
        self._dates: dict[int, tuple[list[tuple[Timex, Token]], list[tuple[Timex, Token]]]] = {}
        # the clause (token bounds) of an earlier event told inside the sentence, by its trigger's index
        # (_earlier_killing): its places and dates are its own, and no other trigger's
        self.clauses: dict[int, tuple[int, int]] = clauses or {}

    def _own(self, head: Token, tok: Token) -> bool:
        """Whether a place or date word may be the trigger's: inside the trigger's own clause, if it has one,
        and in no other trigger's."""
        bounds = self.clauses.get(head.i)
        if bounds is not None:
            return bounds[0] <= tok.i < bounds[1]
        return not any(lo <= tok.i < hi for lo, hi in self.clauses.values())

    def places(self, head: Token, etype: str) -> list[tuple[int, PlaceMention, Token]]:
        """``link_places`` of the trigger."""
        key = (head.i, etype)
        if key not in self._places:
            self._places[key] = [
                link for link in link_places(head, etype, self.sent_places, self.vocab) if self._own(head, link[2])
            ]
        return list(self._places[key])

    def dates(
        self, head: Token, reported: list[tuple[Timex, Token]] | None = None
    ) -> list[tuple[Timex, Token]]:
        """``event_timexes`` of the trigger, adding to ``reported`` the days of a report about it."""
        if head.i not in self._dates:
            told: list[tuple[Timex, Token]] = []
            found = [tx for tx in event_timexes(head, self.sent_timexes, self.vocab, told) if self._own(head, tx[1])]
            self._dates[head.i] = (found, told)
        found, told = self._dates[head.i]
        if reported is not None:
            reported.extend(told)
        return list(found)


def _kept_triggers(
    triggers: list[Trigger], sent: Span, index: DocIndex, links: _SentenceLinks
) -> list[tuple[Trigger, str]]:
    """The triggers of a sentence that report a specific event, each with its modality."""
    vocab = index.vocab
    kept: list[tuple[Trigger, str]] = []
    for trig in triggers:
        tv = vocab.types[trig.type]
        anchors: set[str] = set()
        linked = links.places(trig.head, trig.type)
        if linked:
            anchors.add("place")
        if tv.split_by_place and _town_list(linked, links.sent_places, vocab):
            anchors.add("towns")
        near = pick_date(trig.head, links.dates(trig.head))
        if near is not None and near[2] <= 3:
            anchors.add(near[1] or "year")
        if near is not None and near[2] <= DATE_DISTANCE:
            anchors.add("dated")  # a date of its clause ("In 2002, Bali witnessed a series of bombings")
        if tv.perpetrated and trig.head.pos_ not in ("VERB", "AUX") and is_plural(trig.head) and episode_dates(
                trig.head, event_timexes(trig.head, links.sent_timexes, vocab), vocab):
            anchors.add("dates")
        if not keep_trigger(trig, sent, vocab, index, anchors):
            continue
        if _described_before(trig.head) and not anchors & {"day", "month", "year"}:
            continue  # "the unit that had come under attack": an event told before, now a description
        mod = modality(trig.head, vocab)
        if mod not in ("asserted", "planned", "denied"):
            continue
        if mod == "planned" and tv.perpetrated and (_plotting(trig.head, vocab) or _planned_modifier(trig.head, vocab)):
            continue  # "the suspect was planning to launch a bombing", "the time of the planned attack": a plot
        if tv.perpetrated and _plan_aim(trig.head, vocab):
            continue  # "a detailed plan to carry out an attack on American soil": likewise
        if tv.state_side and is_perpetrator(_clause_doer(trig.head, vocab), vocab, index):
            continue  # "the fighters had already withdrawn": attackers falling back
        if any(
            other is not trig
            and other.type != trig.type
            and tree_distance(other.head, trig.head) <= 2
            and dominates(other.head, trig.head)
            and not vocab.types[trig.type].perpetrated
            for other, _ in kept
        ):
            continue  # "a transition away from that military operation": the operation is an argument
        if any(other.type != trig.type and _restated_in_participle(trig.head, other.head) for other, _ in kept):
            continue  # "U.S. fighter jets struck a camp on Friday, killing at least 40 people in an attack that ..."
        kept.append((trig, mod))
    return kept


def _earlier_killing(
    sent: Span, kept: list[Trigger], vocab: Vocab, index: DocIndex
) -> tuple[Trigger, tuple[int, int]] | None:
    """ "The attack comes a few days after Islamic State suicide bombers killed five policemen in Samarra": a killing
    in an "after" clause of a verb of sequence ([link] sequel_verbs) whose subject is the sentence's event is an
    earlier event of its own, not that event's toll; a clause holding an event word of its own ("came two days
    after ADF terrorists attacked the nearby village") is told by that word. The killing's trigger, with the token
    bounds of its clause."""
    heads = {t.head.i for t in kept}
    for trig in kept:
        verb = trig.head.head
        if trig.head.dep_ != "nsubj" or verb.lemma_.lower() not in vocab.sequel_verbs:
            continue
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in vocab.after_words for c in clause.children
            ):
                continue
            span = sent.doc[clause.left_edge.i : clause.right_edge.i + 1]
            if any(span.start <= i < span.end for i in heads):
                continue
            kill = kill_trigger(span, vocab, index)
            if kill is not None:
                return kill, (span.start, span.end)
    return None



def _restated_in_participle(head: Token, verb: Token) -> bool:
    """ "U.S. fighter jets struck a suspected ISIS camp in Libya on Friday, killing at least 40 people in an attack
    that illustrates growing Western resolve": an event noun in the participle adjunct of another trigger's verb
    ("killing ... in an attack") names that verb's event again; it is no second event of its own type."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    participle = prep.head
    return (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and participle.head.i == verb.i
        and verb.pos_ == "VERB"
        and not any(c.dep_ == "mark" for c in participle.children)
    )


def _clause_doer(verb: Token, vocab: Vocab) -> Token | None:
    """The subject of a verb; for a pronoun subject of a clause set under another ("the assailants raided the
    building ... before they withdrew", "gunmen attacked the post and then they withdrew"), the other's noun
    subject, which the pronoun takes up."""
    if verb.pos_ != "VERB":
        return None
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
    if not own and controller is not None:
        # "the troops repelled the attack, forcing the terrorists to withdraw": who is made to withdraw is the
        # object of the verb above, not its subject
        return controller
    subj = _subj(verb)
    node = verb
    while subj is not None and subj.pos_ == "PRON" and subj.lower_ in vocab.pronouns:
        if node.dep_ not in ("advcl", "conj") or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
        subj = _subj(node) if _subj(node) is not None else subj
    return subj


def _described_before(head: Token) -> bool:
    """A trigger in a relative clause in the pluperfect ("reinforce the unit that had come under attack"):
    the clause says which thing is meant by what happened to it before."""
    node = head
    for _ in range(3):
        if node.dep_ == "relcl":
            verb = node
            return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
        if node.head is node:
            return False
        node = node.head
    return False


def sentence_mentions(sent: Span, index: DocIndex, last_type: str | None = None) -> list[EventMention]:
    """Every event mention in one sentence (several when one trigger spans several countries); with
    ``last_type``, the type of the event last mentioned, which "the incident" may name again."""
    vocab = index.vocab
    triggers = [retype(t, vocab, index) for t in find_triggers(sent, vocab)]
    triggers = campaign_triggers(sent, vocab, triggers)
    taken = {t.head.i for t in triggers}
    triggers += [t for t in capture_triggers(sent, vocab, index) if t.head.i not in taken]
    taken = {t.head.i for t in triggers}
    triggers += [t for t in control_triggers(sent, vocab, index) if t.head.i not in taken]
    tried_kill = not triggers
    if not triggers:
        kill = kill_trigger(sent, vocab, index)
        triggers = [kill] if kill else []
    if not triggers:
        incident = incident_trigger(sent, vocab, last_type)
        triggers = [incident] if incident else []
    if not triggers or _file_photo(sent):
        return []
    sent_places = index.places_in(sent)
    entities = index.entities_overlapping(sent.start_char, sent.end_char)
    # the words of strikes, also those aircraft make strikes of below ("jets attacked the targets at Tumbun Kaiyowa")
    strike_heads = frozenset(t.head.i for t in triggers if t.type == "strike" or (
        (air := _air_doer_type(t.head, vocab.types[t.type], vocab)) is not None and air.name == "strike"))
    unlisted = unlisted_places(sent, vocab, sent_places, entities, strike_heads)
    sent_places = sorted(sent_places + unlisted, key=lambda p: p[0].start)
    sent_timexes = index.timexes_in(sent)
    casualties = find_casualties(sent, vocab)
    claimed_counts = {c[0].i for c in casualties if group_claims(c[0], index)}
    links = _SentenceLinks(sent_places, sent_timexes, vocab)
    kept = _kept_triggers(triggers, sent, index, links)
    if not kept and not tried_kill and all(_time_reference(t.head, vocab) for t in triggers):
        # "On 15 March, a week before the massacres in Tillia, ISGS fighters killed 66 people": the attack
        # word only dates the sentence's killing by another event; the killing is what the sentence reports
        kill = kill_trigger(sent, vocab, index)
        if kill is not None and not _time_reference(kill.head, vocab):
            kept = _kept_triggers([kill], sent, index, links)
            tried_kill = True
    if not kept and not tried_kill:
        # "Operation Shujaa joint UPDF and FARDC squads have killed an ADF commander": the operation's name
        # is no report of it, the force's killing of the group's people is (an attack word that did not hold
        # is not made up for by a killing that is told of that attack; a killing standing apart from every
        # dropped word is reported for itself: _apart_from)
        kill = kill_trigger(sent, vocab, index)
        if kill is not None and (vocab.types[kill.type].force_kills or _apart_from(kill.head, triggers, vocab)):
            kept = _kept_triggers([kill], sent, index, links)
    if kept and (earlier := _earlier_killing(sent, [t for t, _ in kept], vocab, index)) is not None:
        kill, clause = earlier
        links = _SentenceLinks(sent_places, sent_timexes, vocab, {kill.head.i: clause})  # each its own places
        kept = _kept_triggers([t for t, _ in kept], sent, index, links) + _kept_triggers([kill], sent, index, links)
    if any(not _kills_attackers(t, vocab, index) for t, _ in kept):
        # "troops neutralised 16 terrorists as they repelled an attack on Damboa", "During the operation, our
        # forces neutralized several militants": the kill is part of the event the sentence names
        kept = [(t, m) for t, m in kept if not _kills_attackers(t, vocab, index)]
    out: list[EventMention] = []
    heads = [t.head for t, _ in kept]
    # once per casualty word, not per trigger and segment: a run-on "sentence" of a broken page can hold
    # hundreds of both, and the nested search was cubic (issue 13's fuzz found a 9 KB page taking minutes)
    nearest_head = (
        {tok.i: min(heads, key=lambda h: tree_distance(h, tok)).i for tok, _, _ in casualties} if heads else {}
    )
    title = bool(kept) and _title_line(sent)
    nothing = none_hurt(sent, vocab) if kept else []
    for trig, mod in kept:
        tv = vocab.types[trig.type]
        head = trig.head
        base = dict(
            type=trig.type,
            trigger=sent.doc[trig.start : trig.end].text,
            start=sent.doc[trig.start].idx,
            end=_clause_end(head, sent),
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            sent_text=span_text(sent).strip(),
            modality=mod,
            title=title,
        )
        target = find_target(head) if tv.has_target else None
        actor, claimed = find_actor(head, tv, index, target[1] if target else None)
        told_arrest = _reported_arrest(head, tv) or _reported_arrest_at(head, tv, index, {"place"})
        told_noun = _reported_arrest(head, tv)
        if told_noun:
            actor = _teller(head.head, tv, index)  # not someone the "of" phrase names as taken
        if tv.perpetrated and not claimed and (says := _group_says(head, index)) is not None:
            # "The Islamic State group said it carried out a gun and bomb attack", "ISIS said on one of its
            # Telegram channels that the group beheaded a Taliban fighter": the group's own report is its claim
            actor, claimed = actor if actor is not None and actor.entity_id in index.target_group_ids else says, True
        # "the group was defeated in 2017": the defeated side is never the actor (a phrase keeps the seeds' reading,
        # "ISIS was declared territorially defeated" credits the group named)
        defeated_group = trig.end - trig.start == 1 and has_word(head, tv.group_defeat_words)
        # ... nor is the group a place is taken from ("several villages have been cleared of militants", with
        # Daesh named later in the sentence)
        if actor is not None and actor.entity_id in index.target_group_ids and (
            not tv.target_group_acts or defeated_group or _control_sides(head, tv, index) is not None
        ):
            actor = None  # the group the campaign is against is what a strike or operation is aimed at
        if mod == "denied":
            actor, claimed = None, False
        air = _air_arm_type(actor, tv, vocab) or _air_doer_type(head, tv, vocab)
        if air is not None:
            trig, tv, base["type"] = Trigger(air.name, trig.start, trig.end, head, trig.weak), air, air.name
        det = determiner(head)
        linked = links.places(head, trig.type)
        countries = []
        for _, linked_pm, _tok in linked:
            if linked_pm.place.country and linked_pm.place.country not in countries:
                countries.append(linked_pm.place.country)
        segments: list[tuple[PlaceMention | None, int, int]]
        if tv.split_by_country and len(countries) > 1:
            per_country: list[PlaceMention] = []
            for c in countries:
                best = pick_place([(d, p, t) for d, p, t in linked if p.place.country == c])
                if best is not None:
                    per_country.append(best)
            per_country.sort(key=lambda p: p.start)
            # each country's own stretch of text holds its dates: "in Iraq in 2017 and in Syria in 2019"
            segments = [
                (p, -1 if k == 0 else p.start, per_country[k + 1].start if k + 1 < len(per_country) else 10**9)
                for k, p in enumerate(per_country)
            ]
        else:
            towns = (
                _town_list(linked, sent_places, vocab, coordinated=tv.split_needs_list)
                if tv.split_by_place and _several(head, vocab) and not (tv.perpetrated and _one_assault(head, vocab))
                else []
            )
            areas = frozenset(tok.i for _, _, tok in linked if _lone_area(tok, vocab))
            segments = [(p, -1, 10**9) for p in towns] or [(pick_place(linked, areas), -1, 10**9)]
        # "bombings in Konduga in 2019 and 2018", "attacks on a barracks on Friday, a post on Sunday and a town on
        # Monday": a plural that lists its own dates tells one attack per date (a toll, as for a list of towns, goes
        # to the first only)
        episodes = (
            episode_dates(head, event_timexes(head, sent_timexes, vocab), vocab)
            if tv.perpetrated and len(segments) == 1
            else []
        )
        if episodes:
            segments = [(segments[0][0], tx.start, tx.end) for tx, _tok in episodes]
        whole_list = len(segments) > 1 and not (tv.split_by_country and len(countries) > 1)
        for k, (pm, lo, hi) in enumerate(segments):
            m = EventMention(**base)  # type: ignore[arg-type]
            m.episode = k if episodes else -1
            m.actor, m.claimed = actor, claimed
            m.target = target[0] if target else None
            set_location(m, pm, head, sent, index)
            reported: list[tuple[Timex, Token]] = []
            dates = links.dates(head, reported)
            if told_noun:
                # "On Friday, June 27, the Royal Malaysian Police announced the arrest of 36 ...": the day of the
                # announcement, not of the arrest (one its own phrase dates, "the arrest of X on Monday", is)
                reported.extend((tx, tok) for tx, tok in dates if not dominates(head, tok))
                dates = [(tx, tok) for tx, tok in dates if dominates(head, tok)]
            date = pick_date(head, dates, lo, hi) or pick_date(head, dates)
            if date is not None and date[2] > DATE_DISTANCE and not episodes and not _sole_date_of(head, dates, heads):
                date = None  # a date that far away in the parse belongs to another clause ("target for 2021")
            member = _member_date(head, dates, vocab)
            if member is not None and (date is None or (len(member[0]) > len(date[0])
                                                        and member[0].startswith(date[0]))):
                date = member
            if date is not None:
                m.date, m.date_precision = date[0], precision_of(date[0])
                m.date_said = any(str(tx.value) == date[0] and _said_on(head, tok, vocab) for tx, tok in dates)
                # "Officials inspect the scene of a bomb explosion in Khar, 31 July 2023. EFE-EPA/...": the day of
                # the picture, which the story's own "on Sunday" beats as a claim's day does
                m.date_said = m.date_said or _in_caption(sent)
            if m.date is None:
                m.offset_anchor = _offset_anchor(head, vocab)
            said = pick_date(head, reported) if m.date is None and mod == "asserted" else None
            if said is not None and said[1] == "day":
                m.report_day = said[0]  # "forces said on Monday that three militants were killed"
            m.definite = det in vocab.definite_dets
            m.day_named = m.definite and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in head.children)
            m.specific = _object_verb(head, tv)
            m.held = _held(head, tv, vocab)
            m.actor_told = told_arrest and m.actor is not None
            # ... or the raid such an arrest was made in ("arrested the suspected IS member in a raid")
            m.force_told = _arrest_by_national_force(head, tv, vocab) or (
                head.pos_ == "NOUN" and head.dep_ == "pobj" and _arrest_by_national_force(head.head.head, tv, vocab)
            )
            restates = _restates_subject(head, vocab)
            m.distinct = not restates and (
                any(c.dep_ in ("det", "amod") and c.lower_ in vocab.distinct_words for c in head.children)
                or (not m.definite and _separate_frame(head, vocab))
            )
            # "The attack comes days after the insurgents killed over 60 persons in Gubio": an event before the one
            # the sentence is about, which no event told before is
            m.distinct = m.distinct or head.i in links.clauses
            m.earlier = not m.definite and not restates and _earlier_frame(head, vocab)
            # "Days later, militants attacked Mafa again", "Another private was killed in an explosion": told as a
            # new attack after the one before, which its town or day alone would merge it with (not a raid: "Troops
            # fended off an attack on January 13. They responded a few days later by raiding the camp" may be the
            # operation the lede summed up)
            m.distinct = m.distinct or (
                tv.perpetrated and not m.definite and not restates and _told_as_new(head, vocab)
            )

            m.anaphoric = (
                m.definite
                and pm is None
                and not any(c.dep_ == "amod" and c.lower_ in vocab.ordinals for c in head.children)
            )
            m.ranked = any(c.dep_ == "amod" and (c.lower_ in vocab.ordinals or c.tag_ == "JJS") for c in head.children)
            # one event only: "the latest twin attacks" may be others than the lede's
            m.latest = (
                m.anaphoric
                and not is_plural(head)
                and not any(c.lower_ in vocab.several_words for c in head.children)
                and any(c.dep_ == "amod" and c.lower_ in vocab.latest_words for c in head.children)
            )
            # a count told with a list of towns ("attacks on bases in Konduga, Mainok and Marte; over 40 soldiers
            # were killed") goes to the town told first only: the one toll is not counted again for each town
            if tv.has_target and (not whole_list or pm is segments[0][0]):
                count_at: dict[str, Token] = {}  # the casualty word each kind's count was read from
                for tok, kind, n in casualties:
                    if other_time_toll(tok, vocab, head):
                        continue
                    if tv.perpetrated and _attackers_lost(tok, vocab, index):
                        if m.actor is None and nearest_head[tok.i] == head.i:
                            m.actor = _group_lost(tok, vocab, index)  # "repelled the attack, killing 24 ISWAP
                            # fighters": the defenders' kill names who attacked
                        continue
                    if tv.perpetrated:
                        n = victims_count(tok, n, vocab, index)
                    if (nearest_head[tok.i] == head.i or trig.start <= tok.i < trig.end) and tok.i in claimed_counts:
                        m.group_tolls.setdefault(kind, n)  # the group's own count: a last resort
                    elif nearest_head[tok.i] == head.i or trig.start <= tok.i < trig.end:
                        titled = n == 1 and one_by_title(tok, vocab)
                        if titled and not tv.perpetrated:
                            continue  # "the head of the group was killed in a strike": the strike's target
                        if kind == "killed" and toll_update(tok, vocab):
                            m.toll_now = max(m.toll_now or 0, n)
                        if kind == "killed" and m.killed is None:
                            m.killed = n
                        elif kind == "wounded" and m.wounded is None:
                            m.wounded = n
                        else:
                            prior = count_at.get(kind)
                            if tv.perpetrated and prior is not None and not titled and joined_killing(tok, prior):
                                # "killed a guard and shot dead 11 soldiers": a second killing of the same
                                # clause, of people of its own, adds to the first (the conventions sum split tolls)
                                if kind == "killed" and m.killed is not None:
                                    m.killed += n
                                elif kind == "wounded" and m.wounded is not None:
                                    m.wounded += n
                                count_at[kind] = tok
                            continue
                        count_at[kind] = tok
                        if titled:
                            m.one_by_title.add(kind)
                        m.counted_words[kind] = counted_words(tok, vocab)
                        if tv.perpetrated and told_as_more(tok, vocab):
                            m.added.add(kind)
                            m.added_at.add(tok.i)
                        m.own_toll = True
                        if _title_line(sent):
                            m.headline_counts.add(kind)
                if tv.perpetrated:
                    m.none_hurt |= {kind for tok, kind in nothing if min(heads, key=lambda h: tree_distance(
                        h, tok)).i == head.i and not other_time_toll(tok, vocab, head) and not group_claims(tok, index)}
            if not tv.has_target:
                # "Twenty-two civilians were also killed in the clash": more dead of the attack the fight is the
                # troops' side of (link.fights_in_attacks), never the attackers' own dead
                for tok, kind, n in casualties:
                    if (nearest_head[tok.i] == head.i and told_as_more(tok, vocab) and tok.i not in claimed_counts
                            and not other_time_toll(tok, vocab, head) and not _attackers_lost(tok, vocab, index)):
                        m.more.setdefault(kind, (n, counted_words(tok, vocab)))
            if episodes and m.killed is None and m.wounded is None:
                respective = _respective_victims(head, len(episodes), vocab)
                if respective is not None:
                    setattr(m, respective, 1)  # "... killed the police chief and the deputy governor, respectively"
                    m.own_toll = True
            if "date" in tv.requires and m.date is None:
                reference = _perfect_now(head, index) if m.place is not None else None
                if reference is not None:
                    m.date, m.date_precision = reference, precision_of(reference)
                elif _declared_in_lede(head, tv, index):
                    pass  # dated with the story (link.day_from_article, date_from_article)
                elif m.place is None or m.place.precision == "country" or m.modality != "asserted":
                    continue  # "IS was territorially defeated": a general claim; "vowed to retake Sirte": no deed
                # else a named town's recapture that no word of the page dates ("liberating Fallujah and Hit", "ISIS
                # was driven out from port town Qandala by the Puntland forces") is kept undated, as the
                # conventions keep it, rather than never reported; on a dated page it is still no general claim
            out.append(m)
    return out


def _restates_subject(head: Token, vocab: Vocab) -> bool:
    """The trigger is what its clause's subject, a pronoun or a definite noun, is or marks ("This was the second
    attack in two months", "The incident marked the second reported attack on military formations"): a rank of
    the event told before among others of its kind, not an event set apart by its ordinal or "another"."""
    verb = head.head
    if verb.i == head.i or verb.lemma_.lower() not in vocab.restating_verbs:
        return False
    if not (head.dep_ == "attr" or (head.dep_ == "dobj" and verb.lemma_.lower() != "be")):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("this", "it", "that")
    return subject.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in vocab.definite_dets for c in subject.children
    )


def _separate_frame(head: Token, vocab: Vocab) -> bool:
    """The clause of the trigger, or one it is said in, opens a frame of its own ("In a separate incident, local
    officials said ADF terrorists attacked the village", "in another operation, troops raided"): the event is not
    the one told before. Only a frame the trigger hangs from, not "the attack, like another in May", and not a
    report's ("In an earlier statement, the army said ...")."""
    tok = head
    for _ in range(4):  # the trigger and the verbs it is said or told in
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in vocab.frame_preps and any(
                o.dep_ == "pobj"
                and o.pos_ == "NOUN"
                and o.lemma_.lower() not in vocab.report_nouns  # "In an earlier tweet, he said ...": a report's frame
                and any(d.dep_ in ("det", "amod") and d.lower_ in vocab.distinct_words for d in o.children)
                for o in c.children
            ):
                return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _earlier_frame(head: Token, vocab: Vocab) -> bool:
    """The trigger, or a clause it hangs from, is set in an earlier week, month or year: "Earlier this week, ISWAP
    claimed a bombing in Taraba", "survived a bombing in Mastung earlier this month", "Earlier in August, the group
    took credit for an attack". Not an earlier hour of the story's own day ("earlier on Tuesday", "earlier today")."""

    def period(tok: Token) -> bool:
        return tok.lower_ in vocab.earlier_periods

    tok = head
    for _ in range(4):  # the trigger and the verbs it is said or told in
        for c in tok.children:
            # "earlier this month": the adverb on the period noun
            if period(c) and any(d.dep_ == "advmod" and d.lower_ in vocab.earlier_words for d in c.children):
                return True
            # "Earlier in August": the adverb and the period's phrase on one clause, or the phrase on the adverb
            if c.dep_ == "advmod" and c.lower_ in vocab.earlier_words and any(
                p.dep_ == "prep" and any(o.dep_ == "pobj" and period(o) for o in p.children)
                for p in (*tok.children, *c.children)
            ):
                return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _told_as_new(head: Token, vocab: Vocab) -> bool:
    """The trigger is told as another event than the one before: its clause is set days or weeks later ("Days
    later, militants attacked Mafa", "A week later, the group struck the base"), its verb is done again ("attacked
    Mafa again"), or the subject of the clause it is the object of is another victim ("Another private was killed in
    an explosion")."""
    tok = head
    # "Just days earlier, ISKP terrorists massacred pilgrims": set days before the event told, as much another
    shifts = vocab.later_words | vocab.earlier_words
    for _ in range(4):  # the trigger and the verbs it is said or told in
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in shifts and any(
                d.dep_ == "npadvmod" and d.lower_ in vocab.later_periods for d in c.children
            ):
                return True
            # "Later that night, assailants attacked the police station": the part of the day carries the adverb
            if c.dep_ == "npadvmod" and c.lower_ in vocab.later_parts and any(
                d.dep_ == "advmod" and d.lower_ in shifts for d in c.children
            ):
                return True
            # "Shortly after, terrorists attacked a vehicle", "Meanwhile, officials said militants raided the village"
            if _opening_adverb(c, vocab.next_adverbs | (vocab.parallel_adverbs if tok.i == head.i else frozenset())):
                return True
            # "That same Sunday, an army convoy was ambushed", "On the same day, gunmen attacked a village", opening
            # the sentence (not "IS claimed an attack at Nkoe on the same day": the attack told before, claimed)
            times = [c] if c.dep_ == "npadvmod" else [o for o in c.children if o.dep_ == "pobj" and c.dep_ == "prep"]
            if c.left_edge.i == c.sent.start and any(_same_day_word(t, vocab) for t in times):
                return True
            # "up to 50 soldiers were killed in two ambushes elsewhere in Anbar": wherever it stands
            if c.dep_ == "advmod" and c.lower_ in vocab.elsewhere_words:
                return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if head.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in vocab.again_words for c in head.children):
        return True
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    verb = head.head.head
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(d.dep_ == "det" and d.lower_ in vocab.another_words for s in subjects for d in s.children)


def _opening_adverb(tok: Token, words: frozenset[str]) -> bool:
    """``tok`` is one of ``words`` as an adverb with no object, opening its sentence ("Shortly after, ...")."""
    return (tok.dep_ == "advmod" and tok.lower_ in words and tok.left_edge.i == tok.sent.start
            and not any(d.dep_ == "pobj" for d in tok.children))


def _same_day_word(tok: Token, vocab: Vocab) -> bool:
    """A day or a part of one told as that of the event before: "that same Sunday", "the same day"."""
    day = tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in vocab.later_parts
    return day and any(d.dep_ == "amod" and d.lower_ in vocab.same_words for d in tok.children)


def _in_caption(sent: Span) -> bool:
    """The sentence stands on a photo caption's line."""
    text = doc_text(sent.doc)
    end = text.find("\n", sent.end_char - 1)
    return photo_caption(text[text.rfind("\n", 0, sent.start_char) + 1 : end if end != -1 else len(text)])


# "In this May 9, 2018 photo, ...", "FILE - In this file photo, ...", "This undated photo shows ...": a wire caption
# of an archive picture (a date, "file", "undated") shows an earlier scene; the story, not the caption, tells its own
# events ("In this photo, smoke rises after the bombing" may show the story's own)
_FILE_PHOTO = re.compile(
    r"^\W*(?:FILE\s*(?:PHOTO)?\s*[-–—:]\s*)?(?:In\s+)?this\s+(?=[^;:!?\n]{0,60}?(?:\d|\bfile\b|\bundated\b|\barchive))"
    r"[^;:!?\n]{0,60}?\b(?:photo|picture|image|photograph)\b(?:\s+(?:shows|taken|provided|released|made)\b|\s*,)",
    re.IGNORECASE,
)


def _file_photo(sent: Span) -> bool:
    """The sentence is the caption of an archive photo ("In this May 9, 2018 photo, troops ...")."""
    return bool(_FILE_PHOTO.match(sent.text))


def episode_dates(head: Token, dates: list[tuple[Timex, Token]], vocab: Vocab) -> list[tuple[Timex, Token]]:
    """The dates a plural event noun lists after it, one per episode: "deadly bombings targeting football fans in
    2019 and 2018", "car bombings in Badakhshan last December and in June this year", "attacks on a military
    barracks on Friday, a military post on Sunday, and a town on Monday". Two dates or more of the trigger's
    clause, told after it as one coordinated list (commas, the last joined by "and") with no verb of their own,
    the first near the trigger in the parse, no two naming the same time and none bounding a span ("attacks
    between 2017 and 2019": one stretch of time). An empty list otherwise."""
    if head.pos_ in ("VERB", "AUX") or not is_plural(head):
        return []
    doc = head.doc
    reference = doc._.reference_date
    named = not dates and not (reference and len(str(reference)) == 10)
    if named:
        dates = _date_names(head)  # a page with no day of its own: "on Friday, ... on Sunday" stay unresolved
    own: dict[int, tuple[Timex, Token]] = {}
    for tx, tok in dates:
        if (tx.value or named) and tx.start > head.idx:
            own.setdefault(tx.start, (tx, tok))
    listed = [own[k] for k in sorted(own)]
    if len(listed) < 2 or tree_distance(head, listed[0][1]) > DATE_DISTANCE:
        return []
    end = max(t.i for _tx, t in listed)
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") for t in doc[head.i + 1 : end]):
        return []  # "attacks in 2019 killed ten, and in 2020 ...": another clause's date
    text = doc_text(doc)
    gaps = [text[a.end : b.start].lower() for (a, _), (b, _) in zip(listed, listed[1:], strict=False)]
    if not all(" and " in f" {g} " or "," in g for g in gaps) or " and " not in f" {gaps[-1]} ":
        return []
    for tx, _tok in listed:
        before = text[max(0, tx.start - 12) : tx.start].lower().split()
        if before and before[-1] in vocab.range_preps or any(g.split()[-1:] == [w] for g in gaps for w in ("to",)):
            return []  # "between 2017 and 2019", "from May to July"
    values = [str(tx.value) if tx.value else tx.text.lower() for tx, _ in listed]
    if any(a.startswith(b) or b.startswith(a) for k, a in enumerate(values) for b in values[k + 1 :]):
        return []  # "in March, on March 5": one time named twice
    return listed


def _date_names(head: Token) -> list[tuple[Timex, Token]]:
    """The days, months and years the parser names in the trigger's sentence ("on Friday", "in March"; not "recent
    days"), unresolved: the page gives no day to count from."""
    sent = head.sent
    return [
        (Timex(text=e.text, start=e.start_char, end=e.end_char, value=None, precision=None), e.root)
        for e in head.doc.ents
        if e.label_ == "DATE" and sent.start <= e.start and e.end <= sent.end
        and (e.root.pos_ == "PROPN" or e.root.like_num)
    ]


def _respective_victims(head: Token, episodes: int, vocab: Vocab) -> str | None:
    """ "Car bombings in Badakhshan last December and in June this year killed the provincial police chief and the
    deputy governor, respectively": the verb the listed trigger is subject of names one person per episode, each
    a singular noun with no count, and says "respectively"; "killed" or "wounded", else None."""
    verb = head.head
    if head.dep_ != "nsubj" or not any(has_word(c, vocab.respective_words) for c in verb.children):
        return None
    victims = victims_of(verb, vocab)
    if victims is None:
        return None
    people = conjuncts(victims)
    if len(people) != episodes or any(
        p.pos_ != "NOUN" or is_plural(p) or any(c.dep_ == "nummod" for c in p.children) for p in people
    ):
        return None
    if kills(verb, vocab):
        return "killed"
    return "wounded" if verb.lemma_.lower() in vocab.wound else None


def _member_date(
    head: Token, dates: list[tuple[Timex, Token]], vocab: Vocab
) -> tuple[str, str | None, int] | None:
    """The date of the member the trigger's "including" phrase names: "a series of attacks, including a 2017
    nightclub shooting in Istanbul that left 39 people dead", "launched strikes last month, including one on Feb. 1
    that killed 14": the text tells of that member, whose date is finer than, or the only one of, the series'."""
    # (the phrase may hang on the verb the series is the object of: "faced a series of attacks ..., including")
    holders = [head]
    for node in ancestors(head)[1:]:
        holders.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in vocab.member_preps:
            continue
        member = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if member is None:
            continue
        found = pick_date(member, [(tx, tok) for tx, tok in dates if dominates(member, tok)])
        if found is not None and found[2] <= DATE_DISTANCE:
            return found
    return None


# a day of the month written in a date's text ("Jan 6 and 7"; not a year, "May 2019")
_DAYS_NAMED = re.compile(r"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?(?!\d)")


def _sole_date_of(head: Token, dates: list[tuple[Timex, Token]], heads: list[Token]) -> bool:
    """The sentence's only usable date is a day (or two days of a month, "on Jan 6 and 7", which the conventions
    date by their month) and no other trigger is nearer to it: a misparse put it far ("attacked a line of people
    waiting outside a bank Saturday", "arrested six individuals ... around Kuala Lumpur, Selangor, Perak and Penang
    on Jan 6 and 7"), not another clause's date. Or the trigger is told in the "when" clause right after it, however
    far the parse hung that clause ("since January 2016, when gunmen ... carried out a series of attacks")."""
    if len(dates) != 1:
        return False
    tok = dates[0][1]
    when = _when_after(tok)
    if when is not None and head.i > when.i:
        return True
    if not (dates[0][0].precision == "day" or _DAYS_NAMED.search(dates[0][0].text)):
        return False
    return all(tree_distance(head, tok) <= tree_distance(h, tok) for h in heads)
