"""The records event reading fills, and the document index every reader consults.

``Trigger`` is a word that may report an event, ``EventMention`` one place in the text that reports
one, ``Actor`` who did it; ``DocIndex`` holds a document's entity, place and date mentions by token so
that the readers in ``triggers``, ``specific``, ``where``, ``when``, ``who`` and ``tolls`` can ask
"what is named here?" without scanning the document again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import doc_datelines, doc_text
from sitroom.extract.events.syntax import sentence_table
from sitroom.extract.events.vocab import Vocab
from sitroom.models import EntityMention, Place, PlaceMention, Timex, stable_id
from sitroom.resolve.actor_kb import Actor as KBActor
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

    @classmethod
    def of_kb(cls, actor: KBActor, kb_id: str | None = None) -> Actor:
        """A knowledge-base body as the event's actor, named as the head (credited by a rule, not a text mention)."""
        return cls(actor.canonical, stable_id("entity", actor.type, actor.canonical), actor.type, False,
                   kb_id or actor.id)

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
    # the month of such a report when the text gives no day ("In late January, the forces said they had freed the
    # province"): the event came by then, before the page's month (link.month_from_report)
    report_month: str | None = None
    # the event is told as N days before or after another the same sentence tells ("two days after the suicide
    # bomb attack in Manchester, the Indonesian capital was rocked by two explosions"): (days to add to the
    # other's day, the character span of the other's clause, the span of this event's own phrase, the page's
    # own news told by "This comes", the kinds of event a definite subject of the clause points back at: "The
    # operation comes a day after ..."), for link.day_from_other_event
    offset_anchor: tuple[int, int, int, int, int, bool, tuple[str, ...]] | None = None
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
    # the kinds whose count a state's force or a body speaking for one told ("the army said eight were killed"):
    # the lower official figure beats another count of the same people when mentions merge (``link``)
    official: set[str] = field(default_factory=set)
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
    # "The attack took place near Tongo Tongo": a definite event noun as the subject of a verb of occurring
    # ([modality] occur_verbs) says where or when the event told before happened, not that another one did
    occurred: bool = False
    # "The operation was carried out in the Gaaca, Guban and Moqorse towns", "the operations were conducted in 20
    # addresses": a definite event noun said to have happened or to have been done (the subject of a light verb in the
    # passive) says how the event told before was done, not that another one was
    retold: bool = False
    distinct: bool = False  # "another attack", "a second assault": not the event named before
    latest: bool = False  # "the latest attack": the article's own event, not a background one told just before
    # "the first explosion", "the deadliest attack": one picked out of several, which a definite article does not make
    # a reference back to the event told before (link.compatible)
    ranked: bool = False
    # "the second attack, involving two suicide bombers, killed one person", "The first camp ... was attacked,
    # killing at least 20": one part of a coordinated attack, picked out by an ordinal on the trigger or on who or
    # what it was done by or to (``mentions.ordinal_part``; link._part_of_whole)
    part: bool = False
    # "a suicide attack in Baghdad": told as one attack (a singular noun with "a", no "twin"), of which "the first
    # attack" is no part but another attack (``merge``: once so told, the event stays so)
    single: bool = False
    # "two attacks near Beni killed more than a dozen": a plural trigger counting a few events of its type (not a
    # twin, which is one), which an article sums up before it tells each (``link.summed_up``)
    several: int = 0
    # told by a plural noun ("coordinated attacks on three villages"), counted or not: maybe more than one event
    plural: bool = False
    day_named: bool = False  # "Monday's raid": a day as possessor points to the event told of that day
    # dated only by the page's week ("early this week"), which the resolver gives at month precision: a day the story
    # tells in that week is finer (``link.day_from_article``)
    week_dated: bool = False
    earlier: bool = False  # "Earlier this month, the group claimed a bombing": a background event (link.compatible)
    # "Fifteen people were killed in an attack, two weeks after 33 people were killed": told in a clause of its own as
    # an earlier event than the one its sentence tells (mentions._killings_days_before; link.compatible)
    earlier_clause: bool = False
    # dated a week or more before the page, told after an undated event of its type: an earlier one the story recalls,
    # never that event restated once the page's day stands in for its (link._background_day, _restated)
    back_dated: bool = False
    # "the perpetrators of the Crocus City Hall attack": a known attack recalled by who did or suffered it, undated in
    # its own words: not dated by the page (``specific.recalled``; link.date_from_article, day_from_article)
    recalled: bool = False
    specific: bool = False  # what it acted on names it: "dismantled an IS cell" (object_verbs)
    # a strike its own words tell aircraft flew ("Iraqi F-16 jets conducted precise airstrikes", "an airstrike carried
    # out by F-16 fighter jets"): told with an operation word, still a strike (link.strikes_framed)
    flown: bool = False
    # which of the dates its trigger lists this is ("bombings in 2019 and 2018": 0, 1; episode_dates), -1 for none:
    # two episodes of one trigger are two events
    episode: int = -1
    held: int | None = None  # people an arrest verb takes, counted: "three members of a cell were arrested" = 3
    held_again: bool = False  # "The FBI arrested him at his home": people an arrest told before took (who.held_again)
    # the actor is the body that reports the arrest ("the ministry announced the arrest of ..."), which may stand
    # above the force that made it, named elsewhere (``link``: it neither sets the mention apart nor outranks it)
    actor_told: bool = False
    extra_evidence: list[tuple[int, int, str]] = field(default_factory=list)
    # the trigger starts of the other attacks one list of the sentence tells beside it, each with its own phrase ("an
    # attack on the ministry in Kabul, an attack on the embassy and an attack on a hotel"): never the same event
    # (``where.listed_attacks``; link)
    listed_with: frozenset[int] = frozenset()
    title: bool = False  # told on a title line ("Morocco dismantles terror cell, arrests 5 IS suspects")
    # the arrest's doer is a state's force its demonym names ("German special forces arrested the suspected IS
    # member", "Iranian security forces announced that they had arrested a dozen IS fighters"): one arrest by a known
    # state, though no place, day or named body anchors it (``arrest_by_national_force``)
    force_told: bool = False
    # undated, the time its own words name that the page's day cannot resolve ("In September", "last week":
    # ``when.time_told``): two mentions naming two such times are two events (``link``)
    time_told: str | None = None
    # told with no anchor of its own and joining no event (``link``) on a page that tells no anchored event: kept in
    # suspense until credit and the page's country are lent, then kept only if both were (``late_anchored``)
    on_loan: bool = False

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

def of_state(m: EntityMention) -> bool:
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


def suspected_group(index: DocIndex, unclaimed: re.Pattern[str] | None, cues: frozenset[str],
                    outside: frozenset[str]) -> list[Actor]:
    """The group an article that says no one claimed its attack names as the suspect, in the sentence that says so,
    the next or the two before ("No group has claimed responsibility, but the military pointed to Abu Sayyaf as the
    likely culprits", "ISWAP is suspected but has not claimed responsibility", "No group has claimed the bombing.
    ISIS-K was the likely perpetrator, police said", "The Islamic State members killed in the raid were involved in
    two major attacks ... No group claimed responsibility for either attack"): the one armed group (not a state's
    force, nor one outside the campaign: "the Pakistani Taliban said they were not behind it") those sentences name
    beside a word of suspicion ([link] suspicion_words). Empty when none, or more than one, is named so."""
    if unclaimed is None:
        return []
    doc = index.doc
    found: dict[str, EntityMention] = {}
    for match in unclaimed.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        sents = [span.sent]
        if span.sent.end < len(doc):
            sents.append(doc[span.sent.end].sent)
        # (the accusation told first: a spokesman's account of the raid, his words, then that no one claimed it)
        before = span.sent
        for _ in range(2):
            if before.start == 0:
                break
            before = doc[before.start - 1].sent
            sents.append(before)
        for sent in sents:
            if not any(t.lemma_.lower() in cues or t.lower_ in cues for t in sent):
                continue
            for m in index.entities_in(sent.start_char, sent.end_char):
                if (m.type == "armed_group" and not state_force(m)
                        and not (m.kb_id and {m.kb_id, *kb_ancestors(m.kb_id)} & outside)):
                    found.setdefault(m.entity_id, m)
    return [Actor.of(m) for m in found.values()] if len(found) == 1 else []


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
        # ``_force`` of each entity, by its position in ``entities``, once asked
        self._forces: dict[int, bool] = {}
        # "the Islamabad-based institute": where someone is, not where anything happened; nor "(banned in Russia)"
        # nor "the Islamic State of Iraq and al-Sham": the countries in the group's own long name (its branches'
        # names, "Islamic State in Somalia", say where they fight and stay places)
        text = doc_text(doc)
        group_names = [(m.start, m.end) for m in mentions if m.kb_id == vocab.target_group]
        self.places: list[tuple[PlaceMention, Token]] = self._rooted([
            p for p in doc._.place_mentions or []
            if outside(p) and not locates_someone(text, p.end) and not names_a_ban(text, p.start)
            and not any(a < p.start and p.end <= b for a, b in group_names)
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
        # the times the page's day cannot resolve ("In September", "last week" on a page with no date): they still
        # tell two events apart (``EventMention.time_told``)
        self.open_timexes: list[tuple[Timex, Token]] = self._rooted(
            [t for t in doc._.timexes or [] if not t.value and not t.is_deadline and outside(t)])
        self.open_starts = [t.start for t, _ in self.open_timexes]
        # the character spans of the people a sentence's casualty words name, by the sentence's first token
        # (who._sentence_victims): the same for each trigger of the sentence, so found once per sentence
        self.victim_spans: dict[int, list[tuple[int, int]]] = {}

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
                # (the type and the word first: the force test walks the knowledge base, for every mention of the
                # window and every type asked, where most mentions are of another type)
                if m.type != etype or (word is not None and word not in m.canonical.lower().split()):
                    continue
                force = self._force(i)
                if not (non_state and (m.type == "country" or force)) and (force or not state_only) and not (
                        party and not force and self.bystander(m)) and not (
                        air_arms and any(w in m.canonical.lower() for w in air_arms)):
                    return m
        return None

    def sent_of(self, tok: Token) -> Span:
        """``tok.sent``, read from a table of the document's sentences made once: ``Token.sent`` walks the
        sentence-start marks out from the token each time, and the actor rules ask it for every trigger."""
        table = sentence_table(self.doc)  # (the one ``sent_start`` reads)
        return table.spans[table.number[tok.i]]

    def _force(self, i: int) -> bool:
        """Whether entity ``i`` is an armed group of a state or a body, or a body of a state (not an agency of a
        non-state body, "the International Organization for Migration" under the UN, which stays a bystander).
        Kept per mention: ``entity_before`` asks it of the same mentions for each pronoun and description of the
        document."""
        force = self._forces.get(i)
        if force is None:
            m = self.entities[i]
            force = self._forces[i] = (m.type == "armed_group" and state_force(m)) or of_state(m)
        return force

    def bystander(self, m: EntityMention) -> bool:
        """An organisation that is no party to the fighting: a relief agency, a rights group, a monitor or a news
        outlet ([pronouns] bystanders, [places] outlet_words), which reports or counts what the parties do."""
        if m.type != "organization":
            return False
        names = (m.canonical, m.text)
        words = {w for n in names for w in _NAME_WORDS.findall(n.lower())}
        return bool(words & self.vocab.bystanders) or any(self.vocab.outlet_name(n) for n in names)

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

    def open_timexes_in(self, sent: Span) -> list[tuple[Timex, Token]]:
        lo = bisect.bisect_left(self.open_starts, sent.start_char)
        hi = bisect.bisect_left(self.open_starts, sent.end_char)
        return self.open_timexes[lo:hi]

    def _inside_entity(self, start: int, end: int) -> bool:
        """A place word inside an actor name ("Iraqi Security Forces") is not a location."""
        i = bisect.bisect_right(self.entity_starts, start) - 1
        return (
            i >= 0
            and self.entities[i].start <= start
            and end <= self.entities[i].end
            and (self.entities[i].end - self.entities[i].start > end - start)
        )

@dataclass
class Trigger:
    type: str
    start: int  # token indices
    end: int
    head: Token
    weak: bool

def counted(m: EventMention, kind: str = "killed") -> int | None:
    """``m``'s count of ``kind`` for telling mentions apart and for what is still to fill: none when it is one
    person told with "the" ("killed the provincial police chief" picks out one, maybe of more dead)."""
    n = m.killed if kind == "killed" else m.wounded
    return None if kind in m.one_by_title else n
