"""Event mentions: find trigger words in a sentence and read the event's attributes off the parse.

One ``EventMention`` is one place in the text that reports an event; ``link.py`` later merges the
mentions of one real-world event. Only specific events survive here: generic or habitual statements
("attacks have declined"), tallies ("30,000 strikes since 2014"), urgings ("urged countries to
repatriate") and conditionals ("could launch an offensive") are dropped at the trigger.
"""

from __future__ import annotations

import re

from spacy.symbols import NOUN, VERB
from spacy.tokens import Span, Token

from sitroom.annotate.extensions import child_indices, doc_text, head_indices, token_deps, token_pos, token_words
from sitroom.clean.dates import photo_caption
from sitroom.extract.events.clauses import control_sides, end_of, lede_end, occurs_verb, subj_of
from sitroom.extract.events.records import DATE_DISTANCE, SUBJECTS, DocIndex, EventMention, Trigger
from sitroom.extract.events.specific import (
    answers_attack,
    indefinite_noun,
    kept_as_anchored,
    modality,
    object_verb,
    past_deed_means,
    plan_aim,
    plan_told,
    recalled,
    refused_outright,
    repulsed_by_strikes,
    resolved_on,
    separate_deed,
    taken_places,
    title_line,
)
from sitroom.extract.events.syntax import (
    ancestors,
    casualty,
    conjuncts,
    counted_words,
    determiner,
    dominates,
    has_word,
    is_plural,
    joined_killing,
    kills,
    none_hurt,
    number_value,
    one_by_title,
    sent_start,
    told_as_more,
    toll_update,
    tree_distance,
    victims_of,
)
from sitroom.extract.events.tolls import (
    attackers_lost,
    find_casualties,
    group_claims,
    group_lost,
    official_count,
    other_time_toll,
    town_of_count,
    victims_count,
)
from sitroom.extract.events.triggers import (
    air_arm_type,
    air_doer_type,
    apart_from,
    arrest_by_national_force,
    campaign_triggers,
    capture_triggers,
    control_triggers,
    find_triggers,
    flown_by_aircraft,
    is_force,
    is_perpetrator,
    kill_trigger,
    kills_attackers,
    lede_arrest,
    perpetrated_type,
    reported_arrest,
    reported_arrest_at,
    reporting_teller,
    retype,
)
from sitroom.extract.events.unlisted import unlisted_places
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.extract.events.when import (
    distance_anchor,
    event_timexes,
    finest_dates,
    opens_span,
    pick_date,
    said_on,
    span_purpose_cues,
    time_reference,
    time_told,
    when_after,
)
from sitroom.extract.events.where import (
    PlaceFacts,
    link_places,
    listed_attacks,
    lone_area,
    one_assault,
    pick_place,
    set_location,
    several_ok,
    town_list,
)
from sitroom.extract.events.who import (
    CREDIT_OBJECTS,
    agent_of,
    find_actor,
    find_target,
    group_says,
    held_again,
    held_count,
    held_further,
)
from sitroom.extract.spans import content_end, span_text
from sitroom.models import PlaceMention, Timex
from sitroom.partial_dates import precision_of

# the page's own week, which the resolver gives as its month ("early this week", "this weekend"; not "last week", whose
# days the story's first day, most often its news, lies after); the weekend just gone is of it too ("killed in a
# clash over the weekend", "at the weekend", "last weekend": the Saturday or Sunday the story goes on to name)
_WEEK = re.compile(r"\bthis (?:past )?week\b|\bweekend\b", re.I)


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
    return min(end_of(head), content_end(sent))

def incident_trigger(sent: Span, vocab: Vocab, last_type: str | None) -> Trigger | None:
    """ "The incident occurred on Tuesday evening, January 7, in the Baghlan-e-Markazi district": a definite
    word for "what happened" as the subject of a verb of occurring names the event told just before; so does one a
    group claims when that event was an attack ("IS later claimed responsibility for the incident")."""
    if last_type is None:
        return None
    doc, word_at = sent.doc, token_words(sent.doc)
    # (the lemma read from the per-document list: a Token only for an incident noun)
    for tok in (doc[i] for i in range(sent.start, sent.end) if word_at[i][0] in vocab.incident_nouns):
        if determiner(tok) not in vocab.definite_dets:
            continue
        if (
            (tok.dep_ == "nsubj" and occurs_verb(tok.head, vocab))
            # "The incident, which took place on Saturday, also left one soldier wounded"; the clause it is the subject
            # of may be passive: "The incident, which took place on Wednesday, April 17, was reported to an analyst"
            or (tok.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "relcl" and occurs_verb(c, vocab) for c in tok.children))
        ) or (vocab.types[last_type].perpetrated and _claimed_noun(tok, vocab)):
            return Trigger(last_type, tok.i, tok.i + 1, tok, weak=False)
    return None

def _claimed_noun(tok: Token, vocab: Vocab) -> bool:
    """The noun is what a verb of claiming takes: "claimed the incident", "claimed responsibility (credit) for the
    incident", "took credit for the incident" ([link] claim_verbs, credit_verbs); not a negated one ("did not
    claim")."""
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in CREDIT_OBJECTS:
        verb = tok.head.head.head
    elif tok.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    return (verb.pos_ == "VERB" and (lemma in vocab.claim_verbs or lemma in vocab.credit_verbs)
            and not any(c.dep_ == "neg" for c in verb.children))

def _told_held(head: Token) -> bool:
    """ "The coalition held the planned meeting in Rome last week": an event noun told as the object of a verb in the
    past tense was held, whatever the modifier said of it before."""
    return head.pos_ != "VERB" and head.dep_ in ("dobj", "nsubjpass") and head.head.tag_ == "VBD"

def _decision_told(head: Token, tv: TypeVocab) -> bool:
    """ "Macron announced in June that France would withdraw its Barkhane force": a trigger verb whose only hedge is
    "would", in the clause a verb of [types.X] announce_verbs governs, tells a decision made known then; "could",
    "might", "if" or a negation keep it a hypothesis."""
    if head.pos_ != "VERB" or head.dep_ not in ("ccomp", "conj") or not has_word(head.head, tv.announce_verbs):
        return False
    hedges = [c.lower_ for c in head.children if c.dep_ in ("aux", "mark", "neg", "advmod") and c.lower_ != "instead"]
    return "would" in hedges and not set(hedges) & {"could", "might", "may", "if", "unless", "whether", "not", "n't",
                                                     "never"}

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
        return indefinite_noun(head, vocab)  # "he had planned a suicide attack in Malaysia"
    return any(
        a.lemma_.lower() in vocab.planned
        and a.tag_ in ("VBD", "VBN", "JJ")  # "was determined to carry out his attack": an adjective of resolve too
        and ((below.dep_ == "xcomp" and any(c.tag_ == "TO" for c in below.children)) or resolved_on(below))
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
        self._raw_dates: dict[int, tuple[list[tuple[Timex, Token]], list[tuple[Timex, Token]]]] = {}
        # ``finest_dates`` of the sentence's dates (None until first asked): once per sentence, not per trigger
        self._finest: list[Timex] | None = None
        # ``span_purpose_cues`` of the sentence's dates (None until first asked): likewise
        self._cues: list[tuple[bool, bool]] | None = None
        # ``place_aside`` of each place (None until link_places asks it): once per sentence, not once per trigger
        self._aside: list[bool | None] = [None] * len(sent_places)
        # the other trigger-free tests of each place (``PlaceFacts``): likewise
        self._place_facts = PlaceFacts()
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

    def heads_for(self, tok: Token, heads: list[Token]) -> list[Token]:
        """The triggers a count word may be the toll of: the one whose own clause holds it; outside every such
        clause, the others ("Fifteen people were killed in an attack, two weeks after 33 people were killed": the
        15 are not the earlier killing's)."""
        own = [h for h in heads if h.i in self.clauses and self.clauses[h.i][0] <= tok.i < self.clauses[h.i][1]]
        return own or [h for h in heads if h.i not in self.clauses]

    def places(self, head: Token, etype: str) -> list[tuple[int, PlaceMention, Token]]:
        """``link_places`` of the trigger."""
        key = (head.i, etype)
        if key not in self._places:
            self._places[key] = [
                link for link in link_places(head, etype, self.sent_places, self.vocab, self._aside, self._place_facts)
                if self._own(head, link[2])
            ]
        return list(self._places[key])

    def timexes(self, head: Token) -> list[tuple[Timex, Token]]:
        """``event_timexes`` of the trigger over the whole sentence, whatever clause each date is in: asked by
        ``dates`` and again for the episodes of a plural trigger, by the filter and by the mention."""
        return list(self._timexes(head)[0])

    def _timexes(self, head: Token) -> tuple[list[tuple[Timex, Token]], list[tuple[Timex, Token]]]:
        """``event_timexes`` of the trigger, and the days of a report about it that it set aside."""
        if head.i not in self._raw_dates:
            told: list[tuple[Timex, Token]] = []
            if self._finest is None:
                self._finest = finest_dates(self.sent_timexes)
            if self._cues is None:
                self._cues = span_purpose_cues(self.sent_timexes, self.vocab)
            self._raw_dates[head.i] = (
                event_timexes(head, self.sent_timexes, self.vocab, told, self._finest, self._cues), told)
        return self._raw_dates[head.i]

    def dates(
        self, head: Token, reported: list[tuple[Timex, Token]] | None = None
    ) -> list[tuple[Timex, Token]]:
        """``event_timexes`` of the trigger, adding to ``reported`` the days of a report about it."""
        if head.i not in self._dates:
            timexes, told = self._timexes(head)
            self._dates[head.i] = ([tx for tx in timexes if self._own(head, tx[1])], list(told))
        found, told = self._dates[head.i]
        if reported is not None:
            reported.extend(told)
        return list(found)

def _flown_at(head: Token, tv: TypeVocab) -> tuple[str, tuple[int, int]] | None:
    """What aircraft struck ([types.X] aircraft as the subject of a trigger verb or one of aircraft_verbs): "fighter
    jets bombarded ISWAP locations" names the strike's target as "airstrikes on ISWAP locations" does, one strike
    flown in the story even where the sentence names no place."""
    if head.pos_ != "VERB" or not (has_word(head, tv.verbs) or has_word(head, tv.aircraft_verbs)):
        return None
    doer = subj_of(head)
    if doer is None or doer.dep_ != "nsubj" or not has_word(doer, tv.aircraft):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return None
    return head.doc[obj.left_edge.i : obj.i + 1].text, (obj.left_edge.idx, end_of(obj))


def _set_for_later_day(near: tuple[str, str | None, int] | None, sent: Span) -> bool:
    """The trigger's own date (``pick_date``, within ``DATE_DISTANCE``) is a day after the page's date: an appointment.
    "is scheduled to visit the brigade today" is not (the gold of such pages records no visit)."""
    if near is None or near[1] != "day" or near[2] > DATE_DISTANCE:
        return False
    reference = sent.doc._.reference_date
    return not reference or near[0] > str(reference)[:10]

def _kept_triggers(
    triggers: list[Trigger], sent: Span, index: DocIndex, links: _SentenceLinks
) -> list[tuple[Trigger, str]]:
    """The triggers of a sentence that report a specific event, each with its modality."""
    vocab = index.vocab
    kept: list[tuple[Trigger, str]] = []
    for trig in triggers:
        tv = vocab.types[trig.type]
        if refused_outright(trig, sent, vocab, index):
            continue  # (before its places and dates are linked: the filters that weigh those come below)
        # The two tests against the triggers kept before this one ask nothing of its places or dates and ``kept``
        # does not change within the loop's turn, so they come before the linking: on the benchmark's wire text one
        # trigger in six that got past ``refused_outright`` was dropped here only after its places and dates
        # were linked and weighed.
        if any(
            other is not trig
            and other.type != trig.type
            and tree_distance(other.head, trig.head) <= 2
            and dominates(other.head, trig.head)
            and not tv.perpetrated
            and not _own_clause(trig.head)
            for other, _ in kept
        ):
            continue  # "a transition away from that military operation": the operation is an argument
        if any(other.type != trig.type and _restated_in_participle(trig.head, other.head) for other, _ in kept):
            continue  # "U.S. fighter jets struck a camp on Friday, killing at least 40 people in an attack that ..."
        anchors: set[str] = set()
        linked = links.places(trig.head, trig.type)
        if linked:
            anchors.add("place")
            if any(pm.place.precision == "point" for _, pm, _ in linked):
                anchors.add("town")  # a town, not a region or a country ("Near Mosul, 18 strikes engaged ...")
            if len({pm.place.country for _, pm, _ in linked}) > 1 and all(
                    pm.place.precision == "country" for _, pm, _ in linked):
                anchors.add("countries")  # "in Mali, Niger and Burkina Faso", "both in Iraq and in Syria"
        if tv.split_by_place and town_list(linked, links.sent_places, vocab):
            anchors.add("towns")
        near = pick_date(trig.head, links.dates(trig.head))
        if near is not None and near[2] <= 3:
            anchors.add(near[1] or "year")
        if near is not None and near[2] <= DATE_DISTANCE:
            anchors.add("dated")  # a date of its clause ("In 2002, Bali witnessed a series of bombings")
            if near[1] in ("day", "month"):
                anchors.add("dated_month")  # ... one that names a month ("was behind bombings in Kampala in November")
            if near[1] == "month":
                anchors.add("clause_month")  # ... a month alone ("was behind bombings in Kampala in November 2021")
        if tv.perpetrated and trig.head.pos_ not in ("VERB", "AUX") and is_plural(trig.head) and episode_dates(
                trig.head, links.timexes(trig.head), vocab):
            anchors.add("dates")
        if not kept_as_anchored(trig, sent, vocab, index, anchors):
            continue
        if _described_before(trig.head) and not anchors & {"day", "month", "year"}:
            continue  # "the unit that had come under attack": an event told before, now a description
        if _doing_when_hit(trig.head) and not anchors & {"day", "month", "year"}:
            continue  # "bombed IS fighters that were attacking Iraqi troops": what they were at, a description
        mod = modality(trig.head, vocab)
        if mod == "hypothetical" and _decision_told(trig.head, tv):
            mod = "asserted"  # "France said on Sunday it would withdraw its troops": the decision, told
        if mod not in ("asserted", "planned", "denied"):
            continue
        if mod == "planned" and tv.held_only and not _told_held(trig.head) and not _set_for_later_day(near, sent):
            # "Tunisia is expected to host a meeting": not held yet; but one set for a later day ("is due to meet Biden
            # in Washington on April 15", a seed's gold meeting) is a fixed appointment the picture keeps
            continue
        if mod == "planned" and tv.perpetrated and (
                _plotting(trig.head, vocab) or _planned_modifier(trig.head, vocab) or plan_told(trig.head, vocab)):
            continue  # "the suspect was planning to launch a bombing", "the time of the planned attack": a plot
        if tv.perpetrated and plan_aim(trig.head, vocab):
            continue  # "a detailed plan to carry out an attack on American soil": likewise
        if tv.state_side and is_perpetrator(_clause_doer(trig.head, vocab), vocab, index):
            continue  # "the fighters had already withdrawn": attackers falling back
        kept.append((trig, mod))
    return kept


def _done_on_day(head: Token, vocab: Vocab) -> bool:
    """The event noun's participle of doing holds a date ("The operation, conducted on November 6, targeted ISWAP
    camps", "the strikes, carried out on Tuesday, hit ..."): like "The operation took place on November 6", it says
    when the event told before happened, in the words of a later sentence."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in vocab.doing_verbs
               and any(t.ent_type_ == "DATE" for t in c.subtree) for c in head.children)

def _told_attackers(verb: Token, vocab: Vocab) -> bool:
    """The subject of ``verb`` is attackers with "the" ("the attackers", "the terrorists"; [attackers] nouns)."""
    subj = subj_of(verb)
    return (subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in vocab.attackers
            and determiner(subj) in vocab.definite_dets)


def _own_clause(head: Token) -> bool:
    """A verb heading a clause of its own, with its own subject, joined to another event's clause: "arrested
    thousands of fighters after they recaptured Mosul", "warplanes launched raids on the villages after the army had
    recaptured Rab'a" tell a second event, not an argument of the first."""
    return (
        head.pos_ == "VERB"
        and head.dep_ in ("advcl", "conj")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )

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

def _killings_days_before(
    sent: Span, triggers: list[Trigger], vocab: Vocab, index: DocIndex
) -> list[tuple[Trigger, tuple[int, int]]]:
    """ "This week's violence comes days after at least 18 people were killed in Ituri", "killed a French soldier on
    Saturday, a day after 53 Malian troops were massacred in the same area": people killed in an "after" clause set a
    count of days or weeks before ([link] later_periods) are an earlier attack of their own, whatever the sentence's
    subject is (a pronoun, "the violence", "the statement") and though no attacker is named. Only a passive killing of
    people who are not the group's (nor killed by a force: "after 32 militants were killed" is an operation's toll).
    Each killing's trigger, with the token bounds of its own clause (a second "and weeks after ..." is its own); a
    clause holding an event word ("after 65 people were killed at a funeral in a revenge attack") is told by that
    word."""
    found: list[tuple[Trigger, tuple[int, int]]] = []
    pos = token_pos(sent.doc)
    for i in range(sent.start, sent.end):
        if pos[i] != VERB:
            continue
        verb = sent.doc[i]
        if verb.dep_ not in ("advcl", "conj") or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in vocab.after_words]
        # (the parser hangs the count of days on the verb or on "after")
        if not any(c.dep_ == "npadvmod" and c.lemma_.lower() in vocab.later_periods
                   for t in [verb, *marks] for c in t.children) or not marks:
            continue
        if not kills(verb, vocab) or (casualty(verb, vocab) or ("", 0))[0] != "killed":
            continue
        victims = victims_of(verb, vocab)
        agent = agent_of(verb)
        if victims is None or is_perpetrator(victims, vocab, index) or has_word(victims, vocab.attacker_losses):
            continue
        if agent is not None and is_force(agent, vocab, index):
            continue
        cut = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and any(
            g.dep_ == "mark" and g.lower_ in vocab.after_words for g in c.children)]
        end = min([*cut, verb.right_edge.i + 1])
        # (up to the sentence's end when no second clause follows: the parser may hang "... and 50 injured in blasts
        # claimed by IS" on the main verb)
        if any(verb.left_edge.i <= t.head.i < min([*cut, sent.end]) for t in triggers):
            continue
        found.append((Trigger(perpetrated_type(vocab), verb.i, verb.i + 1, verb, weak=False), (verb.left_edge.i, end)))
    return found


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
    subj = subj_of(verb)
    node = verb
    while subj is not None and subj.pos_ == "PRON" and subj.lower_ in vocab.pronouns:
        if node.dep_ not in ("advcl", "conj") or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
        subj = subj_of(node) if subj_of(node) is not None else subj
    return subj

def _described_before(head: Token) -> bool:
    """A trigger in a relative clause in the pluperfect ("reinforce the unit that had come under attack"):
    the clause says which thing is meant by what happened to it before."""
    # (walked on the per-document lists: asked of every trigger, and each step and child made a Token)
    doc = head.doc
    heads, labels, words, kids = head_indices(doc), token_deps(doc), token_words(doc), child_indices(doc)
    node = head.i
    for _ in range(3):
        if labels[node] == "relcl":
            return any(labels[c] == "aux" and words[c][1] in ("had", "'d") for c in kids[node])
        if heads[node] == node:
            return False
        node = heads[node]
    return False

def _doing_when_hit(head: Token) -> bool:
    """A trigger that is the verb of a relative clause in the past progressive ("the F-16s bombed IS fighters that
    were attacking Iraqi troops", "dropped bombs on ISIS armoured vehicles that were attacking Kurdish fighters"): the
    clause says which fighters are meant by what they were at when the told event hit them, no attack of its own."""
    return head.dep_ == "relcl" and head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in head.children)


def _object_verb_word(trigger: Trigger, vocab: Vocab) -> bool:
    """The trigger is one word of its type's object_verbs (an event only with a person or cell acted on)."""
    return trigger.end - trigger.start == 1 and has_word(trigger.head, vocab.types[trigger.type].object_verbs)

def sentence_mentions(sent: Span, index: DocIndex, last_type: str | None = None) -> list[EventMention]:
    """Every event mention in one sentence (several when one trigger spans several countries); with
    ``last_type``, the type of the event last mentioned, which "the incident" may name again."""
    vocab = index.vocab
    triggers = [retype(t, vocab, index) for t in find_triggers(sent, vocab)]
    triggers = campaign_triggers(sent, vocab, triggers)
    # "the capture of Hajin", "IS captured Kobani": a word that is an operation only with a person taken ([types.X]
    # object_verbs: "captured two militants") yields to the taking of a place the same word tells
    captures = capture_triggers(sent, vocab, index)
    seized = {t.head.i for t in captures}
    triggers = [t for t in triggers if not (t.head.i in seized and _object_verb_word(t, vocab))]
    taken = {t.head.i for t in triggers}
    triggers += [t for t in captures if t.head.i not in taken]
    taken = {t.head.i for t in triggers}
    triggers += [t for t in control_triggers(sent, vocab, index) if t.head.i not in taken]
    tried_kill = not triggers
    distanced = _killings_days_before(sent, triggers, vocab, index)
    if not triggers:
        kill = kill_trigger(sent, vocab, index)
        triggers = [kill] if kill else []
    if not triggers:
        incident = incident_trigger(sent, vocab, last_type)
        triggers = [incident] if incident else []
    if not (triggers or distanced) or _file_photo(sent):
        return []
    sent_places = index.places_in(sent)
    entities = index.entities_overlapping(sent.start_char, sent.end_char)
    # the words of strikes, also those aircraft make strikes of below ("jets attacked the targets at Tumbun Kaiyowa")
    strike_heads = frozenset(t.head.i for t in triggers if t.type == "strike" or (
        (air := air_doer_type(t.head, vocab.types[t.type], vocab)) is not None and air.name == "strike"))
    # ... and the words of a recapture, whose villages no gazetteer may know ("troops captured Turmasaale")
    taken_heads = frozenset(t.head.i for t in triggers if vocab.types[t.type].forces_act
                            and vocab.types[t.type].object_is_place)
    unlisted = unlisted_places(sent, vocab, sent_places, entities, strike_heads, taken_heads)
    sent_places = sorted(sent_places + unlisted, key=lambda p: p[0].start)
    sent_timexes = index.timexes_in(sent)
    casualties = find_casualties(sent, vocab)
    claimed_counts = {c[0].i for c in casualties if group_claims(c[0], index)}
    links = _SentenceLinks(sent_places, sent_timexes, vocab)
    kept = _kept_triggers(triggers, sent, index, links)
    if not kept and not tried_kill and all(time_reference(t.head, vocab) for t in triggers):
        # "On 15 March, a week before the massacres in Tillia, ISGS fighters killed 66 people": the attack
        # word only dates the sentence's killing by another event; the killing is what the sentence reports
        kill = kill_trigger(sent, vocab, index)
        if kill is not None and not time_reference(kill.head, vocab):
            kept = _kept_triggers([kill], sent, index, links)
            tried_kill = True
    if not kept and not tried_kill:
        # "Operation Shujaa joint UPDF and FARDC squads have killed an ADF commander": the operation's name
        # is no report of it, the force's killing of the group's people is (an attack word that did not hold
        # is not made up for by a killing that is told of that attack; a killing standing apart from every
        # dropped word is reported for itself: apart_from)
        kill = kill_trigger(sent, vocab, index)
        if kill is not None and (vocab.types[kill.type].force_kills or apart_from(kill.head, triggers, vocab)):
            kept = _kept_triggers([kill], sent, index, links)
    if kept and (earlier := _earlier_killing(sent, [t for t, _ in kept], vocab, index)) is not None:
        kill, clause = earlier
        links = _SentenceLinks(sent_places, sent_timexes, vocab, {kill.head.i: clause})  # each its own places
        kept = _kept_triggers([t for t, _ in kept], sent, index, links) + _kept_triggers([kill], sent, index, links)
    if own := [(k, c) for k, c in distanced if all(t.head.i != k.head.i for t, _ in kept)]:
        links = _SentenceLinks(sent_places, sent_timexes, vocab, {**links.clauses, **{k.head.i: c for k, c in own}})
        kept = _kept_triggers([t for t, _ in kept], sent, index, links) + _kept_triggers(
            [k for k, _ in own], sent, index, links)
        # the clause's count is the earlier killing's own, not one the group claims for the sentence's event
        claimed_counts = {i for i in claimed_counts if not any(lo <= i < hi for _k, (lo, hi) in own)}
    if any(not kills_attackers(t, vocab, index) for t, _ in kept):
        # "troops neutralised 16 terrorists as they repelled an attack on Damboa", "During the operation, our
        # forces neutralized several militants": the kill is part of the event the sentence names
        kept = [(t, m) for t, m in kept if not kills_attackers(t, vocab, index)]
    out: list[EventMention] = []
    heads = [t.head for t, _ in kept]
    # the attacks of one list, each its own event (not merged with each other in link)
    starts = {t.head.i: sent.doc[t.start].idx for t, _ in kept}
    listed_with: dict[int, frozenset[int]] = {}
    for group in listed_attacks([t.head for t, _ in kept if vocab.types[t.type].perpetrated], vocab):
        for h in group:
            listed_with[h.i] = frozenset(starts[o.i] for o in group if o.i != h.i)
    # once per casualty word, not per trigger and segment: a run-on "sentence" of a broken page can hold
    # hundreds of both, and the nested search was cubic (issue 13's fuzz found a 9 KB page taking minutes)
    # (of two triggers as far from the count in the tree, the one told nearer it: "The operation began after the
    # group attacked Mera, leaving 17 people dead", where the parser hung "leaving" on the main verb)
    nearest_head = (
        {tok.i: min(near, key=lambda h: (tree_distance(h, tok), abs(h.i - tok.i))).i
         for tok, _, _ in casualties if (near := links.heads_for(tok, heads))}
        if heads else {}
    )
    title = bool(kept) and title_line(sent)
    nothing = none_hurt(sent, vocab) if kept else []
    # what a casualty word tells of its own people, asked again for each mention (trigger, town, episode) of the
    # sentence: worked out once per sentence, on first asking
    lost_at: dict[int, bool] = {}
    victims_at: dict[int, int] = {}
    # whether the sentence stands on a photo caption's line (None until a dated mention asks): once per sentence,
    # not per trigger, town and episode; each asking cut out its line and ran the caption patterns over it
    in_caption: bool | None = None

    def lost(tok: Token) -> bool:
        if tok.i not in lost_at:
            lost_at[tok.i] = attackers_lost(tok, vocab, index)
        return lost_at[tok.i]

    def victims(tok: Token, n: int) -> int:
        if tok.i not in victims_at:
            victims_at[tok.i] = victims_count(tok, n, vocab, index)
        return victims_at[tok.i]

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
        if target is None and tv.has_target:
            target = _flown_at(head, tv)
        actor, claimed = find_actor(head, tv, index, target[1] if target else None)
        told_arrest = reported_arrest(head, tv) or reported_arrest_at(head, tv, index, {"place"})
        told_noun = reported_arrest(head, tv)
        if told_noun:
            actor = reporting_teller(head.head, tv, index)  # not someone the "of" phrase names as taken
        if tv.perpetrated and not claimed and (says := group_says(head, index)) is not None:
            # "The Islamic State group said it carried out a gun and bomb attack", "ISIS said on one of its
            # Telegram channels that the group beheaded a Taliban fighter": the group's own report is its claim
            actor, claimed = actor if actor is not None and actor.entity_id in index.target_group_ids else says, True
        # "the group was defeated in 2017": the defeated side is never the actor (a phrase keeps the seeds' reading,
        # "ISIS was declared territorially defeated" credits the group named)
        defeated_group = trig.end - trig.start == 1 and has_word(head, tv.group_defeat_words)
        # ... nor is the group a place is taken from ("several villages have been cleared of militants", with
        # Daesh named later in the sentence)
        if actor is not None and actor.entity_id in index.target_group_ids and (
            not tv.target_group_acts or defeated_group or control_sides(head, tv, index) is not None
        ):
            actor = None  # the group the campaign is against is what a strike or operation is aimed at
        if mod == "denied":
            actor, claimed = None, False
        air = air_arm_type(actor, tv, vocab) or air_doer_type(head, tv, vocab)
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
                town_list(linked, sent_places, vocab, coordinated=tv.split_needs_list)
                if tv.split_by_place and several_ok(head, vocab) and not (tv.perpetrated and one_assault(head, vocab))
                # "conducted an air interdiction operation at Belowa and Ngwuri Gana": a strike is flown at each
                # site its one coordinated list names
                else town_list(linked, sent_places, vocab, coordinated=True)
                if tv.split_by_place and tv.split_sites
                else []
            )
            areas = frozenset(tok.i for _, _, tok in linked if lone_area(tok, vocab))
            segments = _town_stretches(towns, links.dates(head), head) or [(pick_place(linked, areas), -1, 10**9)]
        # "bombings in Konduga in 2019 and 2018", "attacks on a barracks on Friday, a post on Sunday and a town on
        # Monday": a plural that lists its own dates tells one attack per date (a toll, as for a list of towns, goes
        # to the first only)
        episodes = (
            episode_dates(head, links.timexes(head), vocab)
            if tv.perpetrated and len(segments) == 1
            else []
        )
        if episodes:
            segments = [(segments[0][0], tx.start, tx.end) for tx, _tok in episodes]
        whole_list = len(segments) > 1 and not (tv.split_by_country and len(countries) > 1)
        place_token = {pm.start: tok for pm, tok in sent_places}
        town_tokens = [place_token.get(pm.start) if pm is not None else None for pm, _lo, _hi in segments]
        for k, (pm, lo, hi) in enumerate(segments):
            m = EventMention(**base)  # type: ignore[arg-type]
            m.episode = k if episodes else -1
            m.listed_with = listed_with.get(head.i, frozenset())
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
                m.week_dated = m.date_precision == "month" and any(
                    str(tx.value) == date[0] and _WEEK.search(tx.text) for tx, _tok in dates)
                m.date_said = any(str(tx.value) == date[0] and said_on(head, tok, vocab) for tx, tok in dates)
                # "Officials inspect the scene of a bomb explosion in Khar, 31 July 2023. EFE-EPA/...": the day of
                # the picture, which the story's own "on Sunday" beats as a claim's day does
                if not m.date_said:
                    if in_caption is None:
                        in_caption = _in_caption(sent)
                    m.date_said = in_caption
            if m.date is None:
                m.offset_anchor = distance_anchor(head, vocab)
                m.time_told = _open_time(head, index.open_timexes_in(sent), links, vocab)
            said = pick_date(head, reported) if m.date is None and mod == "asserted" else None
            if said is not None and said[1] == "day":
                m.report_day = said[0]  # "forces said on Monday that three militants were killed"
            elif said is not None and said[1] == "month":
                m.report_month = said[0]  # "In late January, the forces said they had freed the province"
            m.definite = det in vocab.definite_dets
            # "the attackers first opened fire on villagers gathered for a baptism", "According to local reports, the
            # terrorists opened fire on a military unit": the shooting of attackers the text has already named ("the")
            # tells how the attack told before unfolded, as "the attack" would (on the 18 dev pages that tell it so,
            # three such shootings were emitted as attacks of their own, none a gold one; other deeds of "the
            # militants" are often new attacks, "the militants also attacked Mafa")
            m.definite = m.definite or (tv.perpetrated and head.pos_ == "VERB" and has_word(head, tv.open_fire_verbs)
                                        and _told_attackers(head, vocab))
            m.day_named = m.definite and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in head.children)
            m.recalled = m.date is None and m.definite and tv.perpetrated and recalled(head, vocab)
            # ... or the past deed it was the means of names it: "hideouts were destroyed by airstrikes"
            m.specific = object_verb(head, tv) or bool(tv.aircraft) and is_plural(head) and past_deed_means(
                head, sent, vocab)
            # ... or the group's fighters fell back after it: "the insurgents retreated after airstrikes by the air
            # force" (the force is named only by kind, yet the fight is one)
            m.specific = m.specific or repulsed_by_strikes(head, tv, index)
            # ... or the attack it answered: "Following the attack, the military launched pursuit operations"
            m.specific = m.specific or answers_attack(head, tv, vocab)
            # ... or what it did, set apart from the one told before: "In a separate operation, troops neutralised two"
            m.specific = m.specific or (tv.needs_support and separate_deed(head, vocab, index))
            m.flown = flown_by_aircraft(head, tv, vocab)
            m.held = held_count(head, tv, vocab)
            m.held_again = held_again(head, tv, vocab)
            m.actor_told = told_arrest and m.actor is not None
            # ... or the raid such an arrest was made in ("arrested the suspected IS member in a raid")
            m.force_told = arrest_by_national_force(head, tv, vocab) or lede_arrest(head, tv, index) or (
                head.pos_ == "NOUN" and head.dep_ == "pobj" and arrest_by_national_force(head.head.head, tv, vocab)
            )
            restates = _restates_subject(head, vocab)
            m.distinct = not restates and (
                any(c.dep_ in ("det", "amod") and c.lower_ in vocab.distinct_words for c in head.children)
                or (not m.definite and _separate_frame(head, vocab))
            )
            # "The attack comes days after the insurgents killed over 60 persons in Gubio": an event before the one
            # the sentence is about, which no event told before is
            m.distinct = m.distinct or head.i in links.clauses
            m.earlier_clause = head.i in links.clauses
            # "This incident occurred just hours after the group launched an attack on a base in Damboa": likewise,
            # told by an event word of its own
            m.distinct = m.distinct or (tv.perpetrated and not m.definite and _beside_other_event(head, vocab))
            # "SDF units arrested four more suspected ISIS members": an arrest besides the one told before
            m.distinct = m.distinct or (m.held is not None and not m.definite and held_further(head, tv, vocab))
            m.earlier = not m.definite and not restates and _earlier_frame(head, vocab)
            # "Days later, militants attacked Mafa again", "Another private was killed in an explosion": told as a
            # new attack after the one before, which its town or day alone would merge it with (not a raid: "Troops
            # fended off an attack on January 13. They responded a few days later by raiding the camp" may be the
            # operation the lede summed up)
            m.distinct = m.distinct or (
                tv.perpetrated and not m.definite and not restates and _told_as_new(head, vocab)
            )
            # "The arrests came two days after the SDF captured an ISIS member during a joint operation", "It comes a
            # day after the Taliban arrested ten affiliates": an operation a count of days before the sentence's own
            m.distinct = m.distinct or (not tv.perpetrated and not m.definite and _days_before_other(head, vocab))

            happened = m.definite and head.dep_ in ("nsubj", "nsubjpass") and occurs_verb(head.head, vocab)
            m.occurred = happened or (m.definite and _done_on_day(head, vocab))
            # (not a participle after the noun: "eliminated in the operation carried out in Murad Bik" is as often
            # the story's next operation)
            m.retold = happened or (
                m.definite and head.dep_ == "nsubjpass" and head.head.lemma_.lower() in vocab.support_verbs
            )
            m.anaphoric = (
                m.definite
                and pm is None
                and not any(c.dep_ == "amod" and c.lower_ in vocab.ordinals for c in head.children)
            )
            m.ranked = any(c.dep_ == "amod" and (c.lower_ in vocab.ordinals or c.tag_ == "JJS") for c in head.children)
            m.single = (
                head.pos_ == "NOUN" and not is_plural(head) and det in ("a", "an")
                and not any(c.lower_ in vocab.several_words for c in head.children)
            )
            m.several = _counted_plural(head, vocab)
            m.plural = head.pos_ == "NOUN" and is_plural(head)
            # ("the second attack" is ``distinct`` from the attack told before, yet a part of it; "another", "a
            # separate incident" tell a new one)
            m.part = (
                tv.perpetrated
                and ordinal_part(head, vocab)
                and not any(c.dep_ in ("det", "amod") and c.lower_ in vocab.distinct_words - vocab.ordinals
                            for c in head.children)
                and not _separate_frame(head, vocab)
            )
            # one event only: "the latest twin attacks" may be others than the lede's
            m.latest = (
                m.anaphoric
                and not is_plural(head)
                and not any(c.lower_ in vocab.several_words for c in head.children)
                and any(c.dep_ == "amod" and c.lower_ in vocab.latest_words for c in head.children)
            )
            # a count told with a list of towns ("attacks on bases in Konduga, Mainok and Marte; over 40 soldiers
            # were killed") goes to one town only (``town_of_count``): the one toll is not counted again for each town
            if tv.has_target:
                count_at: dict[str, Token] = {}  # the casualty word each kind's count was read from
                for tok, kind, n in casualties:
                    owner = town_of_count(tok, town_tokens, vocab) if whole_list else None
                    if whole_list and (owner != k if owner is not None else pm is not segments[0][0]):
                        continue
                    if other_time_toll(tok, vocab, head):
                        continue
                    if tv.perpetrated and lost(tok):
                        if m.actor is None and nearest_head.get(tok.i) == head.i:
                            m.actor = group_lost(tok, vocab, index)  # "repelled the attack, killing 24 ISWAP
                            # fighters": the defenders' kill names who attacked
                        continue
                    if tv.perpetrated:
                        n = victims(tok, n)
                    its_own = nearest_head.get(tok.i) == head.i or trig.start <= tok.i < trig.end
                    if its_own and tok.i in claimed_counts:
                        m.group_tolls.setdefault(kind, n)  # the group's own count: a last resort
                    elif its_own:
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
                        if tv.perpetrated and official_count(tok, vocab, index):
                            m.official.add(kind)
                        if tv.perpetrated and told_as_more(tok, vocab):
                            m.added.add(kind)
                            m.added_at.add(tok.i)
                        m.own_toll = True
                        if title:  # (title_line of the sentence, found above)
                            m.headline_counts.add(kind)
                if tv.perpetrated and (not whole_list or pm is segments[0][0]):
                    m.none_hurt |= {kind for tok, kind in nothing if min(heads, key=lambda h: tree_distance(
                        h, tok)).i == head.i and not other_time_toll(tok, vocab, head) and not group_claims(tok, index)}
            if not tv.has_target:
                # "Twenty-two civilians were also killed in the clash": more dead of the attack the fight is the
                # troops' side of (link.fights_in_attacks), never the attackers' own dead
                for tok, kind, n in casualties:
                    if (nearest_head.get(tok.i) == head.i and told_as_more(tok, vocab) and tok.i not in claimed_counts
                            and not other_time_toll(tok, vocab, head) and not lost(tok)):
                        m.more.setdefault(kind, (n, counted_words(tok, vocab)))
            if episodes and m.killed is None and m.wounded is None:
                respective = _respective_victims(head, len(episodes), vocab)
                if respective is not None:
                    setattr(m, respective, 1)  # "... killed the police chief and the deputy governor, respectively"
                    m.own_toll = True
            if "date" in tv.requires and m.date is None:
                reference = _perfect_now(head, index) if m.place is not None else None
                if reference is not None:
                    # (the report's day, as a claim's: a day the story states for the recapture, told after, beats it;
                    # "have flushed ISIS out of a town", then "retook Khaldiyah town on Friday evening")
                    m.date, m.date_precision, m.date_said = reference, precision_of(reference), True
                elif _declared_in_lede(head, tv, index):
                    pass  # dated with the story (link.day_from_article, date_from_article)
                elif m.place is None or m.place.precision == "country" or m.modality != "asserted":
                    continue  # "IS was territorially defeated": a general claim; "vowed to retake Sirte": no deed
                elif pm is None or not any(t.left_edge.idx <= pm.start < end_of(t) for t in _taken(head, tv, index)):
                    continue  # "reluctant to take back any significant number" of its nationals: no town taken
                # else a named town's recapture that no word of the page dates ("liberating Fallujah and Hit", "ISIS
                # was driven out from port town Qandala by the Puntland forces") is kept undated, as the
                # conventions keep it, rather than never reported; on a dated page it is still no general claim
            out.append(m)
    return out

def _taken(head: Token, tv: TypeVocab, index: DocIndex) -> list[Token]:
    """The phrases naming the place a recapture took: "managed to clear the village of Shiala ... from Daesh
    terrorists" rids the village of the group, which its "from" phrase names (``clauses.control_sides``), where
    "cleared militants from several key locations" puts them out of the "from" phrase's places."""
    sides = control_sides(head, tv, index) if head.pos_ == "VERB" else None
    return [sides[1]] if sides is not None and sides[1] is not None else taken_places(head, tv)


def _open_time(head: Token, timexes: list[tuple[Timex, Token]], links: _SentenceLinks, vocab: Vocab) -> str | None:
    """``time_told`` of the unresolved time nearest the trigger in its own clause ("In September, an ISIS-K suicide
    bomber blew himself up" on a page with no date), not the day a report was made ("Pakistan said Saturday")."""
    text = doc_text(head.doc)
    # (not a span's start, "the third attack since February", nor the day a tally stands at, "234 have been
    # detained as of Feb 22")
    cands = sorted((tree_distance(head, tok), abs(tok.i - head.i), tx.text) for tx, tok in timexes
                   if links._own(head, tok) and not said_on(head, tok, vocab) and not opens_span(tok, vocab)
                   and not _after_as_of(text, tx.start) and time_told(tx.text) is not None)
    if not cands or cands[0][0] > DATE_DISTANCE:
        return None
    return time_told(cands[0][2])


def _after_as_of(text: str, start: int) -> bool:
    """The words just before ``start``, past any whitespace, are "as of" (any case). Read from the last few
    characters: lower-casing the whole text up to the date, for each date of each trigger, grew with the page."""
    end = start
    while end > 0 and text[end - 1].isspace():  # (what ``rstrip()`` strips)
        end -= 1
    return text[max(0, end - 5) : end].lower().endswith("as of")


def _town_stretches(
    towns: list[PlaceMention], dates: list[tuple[Timex, Token]], head: Token
) -> list[tuple[PlaceMention | None, int, int]]:
    """One segment per town of a list, each over the whole sentence; or, when every town's own stretch of text
    (from it to the next town; the first's from the sentence's start) holds a date of the trigger and the
    stretches do not all hold the same one, over that stretch, whose date is the town's ("attacked Konduga on
    Monday and Bama on Tuesday", "the bombings on 21 January in Baghdad and the attack in Kirkuk on 23 January").
    A date told once for the whole list ("attacks on Konduga and Bama on Monday") dates every town. A sentence
    that says "respectively" pairs a list of as many distinct dates with the towns in order ("attacked Konduga and
    Bama on Monday and Tuesday respectively")."""
    whole: list[tuple[PlaceMention | None, int, int]] = [(p, -1, 10**9) for p in towns]
    if len(towns) < 2:
        return whole
    if any(t.lower_ == "respectively" for t in head.sent):
        own = sorted({tx.start: tx for tx, _tok in dates if tx.value}.values(), key=lambda tx: tx.start)
        if len(own) == len(towns) and len({str(tx.value) for tx in own}) == len(own):
            return [(p, tx.start, tx.start + 1) for p, tx in zip(towns, own, strict=True)]
    stretches: list[tuple[PlaceMention | None, int, int]] = [
        (p, -1 if k == 0 else p.start, towns[k + 1].start if k + 1 < len(towns) else 10**9)
        for k, p in enumerate(towns)
    ]
    told = [{str(tx.value) for tx, _tok in dates if lo <= tx.start < hi} for _p, lo, hi in stretches]
    if all(told) and len(set().union(*told)) > 1:
        return stretches
    return whole


def _counted_plural(head: Token, vocab: Vocab) -> int:
    """How many events a plural noun trigger counts: "two attacks", "three separate bomb attacks" = 2, 3; -1 for
    "the attacks", which counts those told; 0 for a singular, an uncounted plural with no "the", a twin ("twin
    attacks" is one attack) or a number of a date ("the 13 November attacks")."""
    if head.pos_ != "NOUN" or not is_plural(head):
        return 0
    if any(c.lower_ in vocab.several_words | vocab.unit_modifiers for c in head.children):
        return 0
    count = next((c for c in head.children if c.dep_ == "nummod" and c.ent_type_ != "DATE"), None)
    if count is None and determiner(head) in vocab.definite_dets:
        return -1  # "The attacks, which took place in the Tillaberi region": the ones told, however many
    n = number_value(count, vocab) if count is not None else None
    return n if n is not None and 1 < n <= vocab.tally_max else 0


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
    # ("ISM's attack on civilians ... on September 7 is just the second such incursion since September 2021": an
    # event noun's possessor with its "'s" points to one event as "the" does; not another thing's, "Quetta's church is
    # the second attack")
    event_noun = any(subject.lemma_.lower() in tv.nouns for tv in vocab.types.values())
    return subject.pos_ == "NOUN" and any(
        (c.dep_ in ("det", "poss") and c.lower_ in vocab.definite_dets)
        or (event_noun and c.dep_ in ("poss", "nmod") and any(g.dep_ == "case" for g in c.children))
        for c in subject.children
    )


def ordinal_part(head: Token, vocab: Vocab) -> bool:
    """A definite noun ranked by an ordinal is the trigger ("The second attack, involving two suicide bombers on
    motorbikes, killed one person", "the second bomb that tore through the parking lot") or the subject of its
    clause or of a clause it hangs from ("The first camp, outside the town, was attacked", "the first bomber
    attempted to detonate the explosives ..., killing the three soldiers"): the text tells one part of several of
    an attack, not a reference back to the whole, nor a new attack ("a second explosion" is ``distinct``)."""
    if head.dep_ in ("nsubj", "nsubjpass") and _definite_ordinal(head, vocab):
        return True  # (not "It was the second attack on Idohu this year", "in the first attack, on Saturday")
    verb = head
    for _ in range(3):  # the trigger and the verbs it hangs from ("attempted to detonate", "..., killing")
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and _definite_ordinal(c, vocab) for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _definite_ordinal(noun: Token, vocab: Vocab) -> bool:
    """ "the first camp", "the second attack": a noun with a definite article or demonstrative and an ordinal."""
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" and c.lower_ in vocab.definite_dets for c in noun.children)
        and any(c.dep_ == "amod" and c.lower_ in vocab.ordinals for c in noun.children)
    )


def _separate_frame(head: Token, vocab: Vocab) -> bool:
    """The clause of the trigger, or one it is said in, opens a frame of its own ("In a separate incident, local
    officials said ADF terrorists attacked the village", "in another operation, troops raided"): the event is not
    the one told before. Only a frame the trigger hangs from, not "the attack, like another in May", and not a
    report's ("In an earlier statement, the army said ...")."""
    # (walked on the per-document lists: a Token per head, child and grandchild made this a walk of ~15)
    doc = head.doc
    heads, labels, kids, words, pos = (
        head_indices(doc), token_deps(doc), child_indices(doc), token_words(doc), token_pos(doc))
    i = head.i
    for _ in range(4):  # the trigger and the verbs it is said or told in
        for c in kids[i]:
            if labels[c] == "prep" and words[c][1] in vocab.frame_preps and any(
                labels[o] == "pobj"
                and pos[o] == NOUN
                and words[o][0] not in vocab.report_nouns  # "In an earlier tweet, he said ...": a report's frame
                and any(labels[d] in ("det", "amod") and words[d][1] in vocab.distinct_words for d in kids[o])
                for o in kids[c]
            ):
                return True
        if heads[i] == i:
            break
        i = heads[i]
    return False

def _beside_other_event(head: Token, vocab: Vocab) -> bool:
    """ "This incident occurred just hours after the group launched an attack on a base in Damboa", "The raid came a
    week after gunmen stormed Mafa": a trigger in an "after" or "before" clause of a verb whose subject is an event
    word ("incident", "attack", "raid") is another event than that subject, not the one the sentence is about."""
    tok = head
    for _ in range(4):  # the trigger and the verbs it is told in
        if tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in vocab.after_words | vocab.before_words for c in tok.children):
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and (subj.lemma_.lower() in vocab.incident_nouns or any(
                subj.lemma_.lower() in tv.nouns for tv in vocab.types.values()))
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False

def _earlier_frame(head: Token, vocab: Vocab) -> bool:
    """The trigger, or a clause it hangs from, is set in an earlier week, month or year: "Earlier this week, ISWAP
    claimed a bombing in Taraba", "survived a bombing in Mastung earlier this month", "Earlier in August, the group
    took credit for an attack". Not an earlier hour of the story's own day ("earlier on Tuesday", "earlier today")."""

    # (walked on the per-document lists: a Token per head, child and grandchild made this a walk of ~15)
    doc = head.doc
    heads, labels, kids, words = head_indices(doc), token_deps(doc), child_indices(doc), token_words(doc)

    def period(k: int) -> bool:
        return words[k][1] in vocab.earlier_periods

    i = head.i
    for _ in range(4):  # the trigger and the verbs it is said or told in
        for c in kids[i]:
            # "earlier this month": the adverb on the period noun
            if period(c) and any(labels[d] == "advmod" and words[d][1] in vocab.earlier_words for d in kids[c]):
                return True
            # "Earlier in August": the adverb and the period's phrase on one clause, or the phrase on the adverb
            if labels[c] == "advmod" and words[c][1] in vocab.earlier_words and any(
                labels[p] == "prep" and any(labels[o] == "pobj" and period(o) for o in kids[p])
                for p in (*kids[i], *kids[c])
            ):
                return True
        if heads[i] == i:
            break
        i = heads[i]
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
            ) and not _earlier_than_report(tok, c, vocab):
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
            # (the day word tested before the opening: ``c.sent`` builds the sentence's Span, for every child)
            times = [c] if c.dep_ == "npadvmod" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" \
                else []
            if any(_same_day_word(t, vocab) for t in times) and c.left_edge.i == sent_start(c):
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

def _days_before_other(head: Token, vocab: Vocab) -> bool:
    """The trigger stands in an "after" clause set a count of days or weeks before ([link] later_periods: "two days
    after", "a week after") the deed of the clause's verb, whose subject is an event word or a pronoun pointing at the
    event told ([link] sequel_pronouns: "It comes a day after the Taliban arrested ten affiliates"): another event
    than that one. A bare "after" is not enough for an operation ("The arrests came after a raid on a house" tells
    the raid the arrests were made in)."""
    tok = head
    for _ in range(4):  # the trigger and the verbs it is told in
        if (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab.after_words for c in tok.children)
                and any(c.dep_ == "npadvmod" and c.lemma_.lower() in vocab.later_periods for c in tok.children)):
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and (
                subj.lower_ in vocab.sequel_pronouns
                or subj.lemma_.lower() in vocab.incident_nouns
                or any(subj.lemma_.lower() in tv.nouns | tv.arrest_nouns for tv in vocab.types.values())
            )
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _earlier_than_report(verb: Token, adverb: Token, vocab: Vocab) -> bool:
    """ "The Islamic State group said in a statement on Sunday that it detonated an explosive device a day earlier":
    a time before, told in what a report says, counts back from the report, not from the event told before; the
    clause retells that event rather than telling a new one."""
    if adverb.lower_ not in vocab.earlier_words:
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in vocab.reporting:
        return True
    # "The Islamic State group on Sunday claimed responsibility for a deadly attack against the Malian army almost a
    # week earlier", "claimed an attack two days earlier": an attack the claim counts back from is the one told
    node = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else verb
    return verb.pos_ == "NOUN" and node.dep_ == "dobj" and node.head.lemma_.lower() == "claim"

def _opening_adverb(tok: Token, words: frozenset[str]) -> bool:
    """``tok`` is one of ``words`` as an adverb with no object, opening its sentence ("Shortly after, ...")."""
    return (tok.dep_ == "advmod" and tok.lower_ in words and tok.left_edge.i == sent_start(tok)
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
    # (span_text slices the kept text: ``sent.text`` makes a Token per word to join them, for every sentence)
    return bool(_FILE_PHOTO.match(span_text(sent)))

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
    # (the children read from the document's child, label and word lists: a walk of ``h.children`` made a Token of
    # each, for every trigger, where few have an "including" phrase)
    doc = head.doc
    kids, deps, words = child_indices(doc), token_deps(doc), token_words(doc)
    for prep in (c for h in holders for c in kids[h.i]):
        if deps[prep] != "prep" or words[prep][1] not in vocab.member_preps:
            continue
        pobj = next((c for c in kids[prep] if deps[c] == "pobj"), None)
        if pobj is None:
            continue
        member = doc[pobj]
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
    when = when_after(tok)
    if when is not None and head.i > when.i:
        return True
    if not (dates[0][0].precision == "day" or _DAYS_NAMED.search(dates[0][0].text)):
        return False
    return all(tree_distance(head, tok) <= tree_distance(h, tok) for h in heads)
