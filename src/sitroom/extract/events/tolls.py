"""Casualties of an event: the killed and wounded counts of its sentence, a group's claimed toll beside
an official one, follow-on and updated tolls, and tolls given elsewhere in the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitroom.annotate.extensions import head_indices, token_deps, token_words
from sitroom.extract.events.clauses import coordination_root, end_of, is_passive, subj_of
from sitroom.extract.events.records import Actor, DocIndex, EventMention, counted
from sitroom.extract.events.syntax import (
    adds_to,
    ancestors,
    casualty,
    count_members,
    counted_ones,
    counted_words,
    has_word,
    joined_killing,
    kills,
    none_hurt,
    one_by_title,
    tally_count,
    told_as_more,
    toll_update,
    victim_members,
    victims_of,
)
from sitroom.extract.events.triggers import described_attacker, is_force
from sitroom.extract.events.vocab import Vocab
from sitroom.extract.events.who import according_to_group
from sitroom.extract.spans import span_text


def find_casualties(sent: Span, vocab: Vocab) -> list[tuple[Token, str, int]]:
    # Asked of every word of a sentence with a trigger, ``casualty`` needs a listed word (Vocab.casualty_words), a
    # verb of a verb-and-object phrase with an object ("sustained injuries", "lost their lives": object_phrase_verbs)
    # or a word with a prepositional phrase of a fatal phrase ("hacked to death": fatal_preps): the others are
    # passed over from the per-document lists before a Token is made for them (a tenth of the event rules' time;
    # any word with an object or a phrase, as it once was, made a third of the words of such sentences candidates)
    doc = sent.doc
    word_at, labels, heads = token_words(doc), token_deps(doc), head_indices(doc)
    listed, phrase_verbs, fatal_preps = vocab.casualty_words, vocab.object_phrase_verbs, vocab.fatal_preps
    # the sentence's words with an object, and with a fatal phrase, found by one pass over its words as the children
    # they are (a word's children are words of its sentence), not by a walk of each word's children
    with_object: set[int] = set()
    with_fatal: set[int] = set()
    for c in range(sent.start, sent.end):
        label = labels[c]
        if label == "dobj" and heads[c] != c:
            with_object.add(heads[c])
        elif label == "prep" and heads[c] != c and word_at[c][1] in fatal_preps:
            with_fatal.add(heads[c])
    out = []
    for i in range(sent.start, sent.end):
        lemma, lower = word_at[i]
        if (lemma not in listed and lower not in listed and i not in with_fatal
                and not (i in with_object and lemma in phrase_verbs)):
            continue
        tok = doc[i]
        cas = casualty(tok, vocab)
        if cas is not None and not tally_count(tok, vocab):
            out.append((tok, cas[0], cas[1]))
    if len(out) < 2:
        return out
    # the first report gives way to the count its sentence sets against it: "while initial reports suggested 13
    # deaths and eight villages destroyed, investigations confirmed 11 fatalities" (a toll as it now stands)
    first = {tok.i for tok, _kind, _n in out if superseded(tok, vocab)}
    settled = {kind for tok, kind, _n in out if tok.i not in first}
    return [c for c in out if c[0].i not in first or c[1] not in settled]

def superseded(tok: Token, vocab: Vocab) -> bool:
    """The count ``tok`` is told as a first report ([casualties] superseded_marks): a clause above it says so
    ("Makama initially reported 10 casualties"), or its teller or the toll word does ("initial reports suggested 13
    deaths", "the initial death toll of five")."""
    marks = vocab.superseded_marks
    for node in (tok, *ancestors(tok)):
        for c in node.children:
            if c.dep_ == "advmod" and c.lower_ in marks:
                return True
            if c.dep_ == "amod" and c.lower_ in marks and node.i == tok.i:
                return True
            # (the teller, not the toll that was revised: "the initial death toll of five has been revised to 10")
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() not in vocab.toll and any(
                    t.dep_ == "amod" and t.lower_ in marks for t in c.subtree):
                return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("ccomp", "xcomp"):
            return False  # (up to the count's clause and the report it is the content of: "however, the ministry
            # raised the toll to eight" is no initial report for being joined to one)
    return False

def town_of_count(count: Token, towns: list[Token | None], vocab: Vocab) -> int | None:
    """Which town of a sentence's several (``towns``, one per event, in text order) a count belongs to. Towns told
    each in a phrase of its own are separate scenes, and a count goes to the one told last before it ("killed nine
    people in Oicha, following deadly assaults in Lubero that left 45 dead"; "in Mecufi, insurgents ambushed troops
    near the village of Nahavara, killing eight"); a count told before them all goes to the first. The towns of one
    coordination ("attacks in Konduga, Mainok and Marte; over 40 soldiers were killed") share a combined toll,
    which the conventions keep on one event: the first. None when some event has no town of its own (the
    episodes of one place: "attacks on a barracks on Friday and a post on Sunday")."""
    if any(t is None for t in towns):
        return None
    placed = [t for t in towns if t is not None]
    if len({coordination_root(t).i for t in placed}) < len(placed):
        return 0
    # (a town told only as the point another lies from is no scene: "in the Sabeel village, southwest of Arish city,
    # ... were able to kill 15")
    before = [k for k, t in enumerate(placed) if t.i < count.i and not _direction_point(t, vocab)]
    return before[-1] if before else 0

def _direction_point(town: Token, vocab: Vocab) -> bool:
    """The town is the "of" phrase of a direction ("southwest of Arish city", "north of Mosul")."""
    node = town
    while node.dep_ in ("compound", "amod") and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "Arish city"
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in vocab.directions

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
        if node.dep_ == "prep" and node.lower_ in ("for", "to") and node.head.lemma_.lower() in vocab.response_nouns:
            return True  # "carried out airstrikes in response to the killing of three Americans": what came first
        if node.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in vocab.earlier_adverbs and not any(c.children)
                                        for c in node.children):
            return True  # "attacks carried out by ISIL, which previously led to 53 deaths": told as before the event
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
        subj = subj_of(node)
        if subj is None and node.dep_ in ("advcl", "xcomp", "conj"):
            subj = subj_of(node.head)  # "Amaq issued two statements, noting that ..."
        if subj is None and node.dep_ == "acl":
            # "The group issued a statement claiming that the attack left 15 people dead": the statement's
            # issuer says it
            subj = next((subj_of(a) for a in ancestors(node.head) if a.pos_ in ("VERB", "AUX")), None)
        if subj is None:
            return False
        named = index.entities_in(subj.left_edge.idx, end_of(subj))
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
    """The clause is told "according to" the target group (``according_to_group``)."""
    return according_to_group(node, index) is not None

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
        if index is not None and vocab.types[m.type].perpetrated and attackers_lost(tok, vocab, index):
            continue  # "Bodies of 10 IS fighters were found": the attackers' dead, told after the attack
        if index is not None and vocab.types[m.type].perpetrated:
            n = victims_count(tok, n, vocab, index)
        if kind == "killed" and toll_update(tok, vocab):
            m.toll_now = max(m.toll_now or 0, n)
        titled = n == 1 and one_by_title(tok, vocab)
        if titled and not vocab.types[m.type].perpetrated:
            continue  # "the head of the group was killed in the strike": what a strike or raid was for
        fuller = fuller_toll(m, kind, n, counted_words(tok, vocab)) and not told_as_more(tok, vocab)
        official = (not titled and index is not None and vocab.types[m.type].perpetrated
                    and official_count(tok, vocab, index))
        # the lower official figure, of the people the first count names ("three soldiers" is not the official
        # count of "50 people"), of the dead and of the wounded ("stating that three people died and 12 were injured")
        fuller = fuller or (official and kind not in m.official
                            and lower_official(m, kind, n, counted_words(tok, vocab), vocab))
        if kind == "killed" and (m.killed is None or _gives_way(m, kind, titled) or fuller):
            m.killed = n
            m.official = (m.official | {kind}) if official else (m.official - {kind})
        elif kind == "wounded" and (m.wounded is None or _gives_way(m, kind, titled) or fuller):
            m.wounded = n
            m.official = (m.official | {kind}) if official else (m.official - {kind})
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

def fuller_toll(m: EventMention, kind: str, n: int, words: frozenset[str]) -> bool:
    """A count ``n`` of ``kind`` that names the people ``m``'s count names and others beside them, and is larger: the
    split toll that holds the first one ("Nine soldiers killed", then "nine soldiers and two task force members were
    killed": 11, the conventions add split tolls up)."""
    first = m.killed if kind == "killed" else m.wounded
    told = m.counted_words.get(kind, frozenset())
    return first is not None and n > first and bool(told) and told < words and kind not in m.added

def lower_official(m: EventMention, kind: str, n: int, words: frozenset[str], vocab: Vocab) -> bool:
    """An official count ``n`` of ``kind`` naming ``words`` replaces ``m``'s: it is lower and counts the same people,
    or no one in particular (an official count of "three soldiers" is no count of "50 people")."""
    first = m.killed if kind == "killed" else m.wounded
    told = m.counted_words.get(kind, frozenset())
    return first is not None and n < first and (words <= vocab.everyone or told <= words)

def official_count(tok: Token, vocab: Vocab, index: DocIndex) -> bool:
    """The count is told by a state's force or a body speaking for one ("the army's spokesperson could verify only
    10 deaths", "the official statement from FAMa confirmed the deaths of 25 civilians", "the military said eight
    persons were killed"): the conventions take the lower official figure where sources disagree."""
    words = token_words(tok.doc)  # (each word's form and lemma from the per-document list, not the string store)
    if any(words[t.i][1] in vocab.remains or words[t.i][0] in vocab.remains for t in tok.subtree):
        return False  # "Officials said 12 bodies were taken to hospital": maybe only some of the dead
    for node in ancestors(tok):
        if node.dep_ in ("relcl", "acl"):
            return False  # "an attack that killed 40, the army said": the attack's clause, not the telling
        lemma = node.lemma_.lower()
        if node.i == tok.i or (lemma not in vocab.reporting and lemma != "verify"
                               and not (lemma in vocab.toll_setting_verbs and tok.head.i == node.i)):
            continue  # (a verb that sets the toll it has as its object tells it: "the army put the toll at 10")
        subj = subj_of(node)
        if subj is None:
            return False
        speakers = [subj] + [o for p in subj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        # "military sources put the toll at 10", "a security source said": a teller named by the force it speaks for
        speakers += [c for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i]
        return any(is_force(s, vocab, index) or s.lower_ in vocab.official_tellers for s in speakers)
    return False

def _gives_way(m: EventMention, kind: str, titled: bool) -> bool:
    """``m``'s count of ``kind`` is one person told with "the" and a count told after it is not: "slaughtered the
    village chief", then "two people were killed in the attack"."""
    return kind in m.one_by_title and not titled

def add_current_toll(m: EventMention, sent: Span, vocab: Vocab, index: DocIndex) -> None:
    """ "The death toll has risen to more than 120 people", in a sentence naming no event: the toll as it now
    stands of the attack told last, however many sentences back (not one of another year: background)."""
    if not vocab.types[m.type].perpetrated or (m.date and any(y != m.date[:4] for y in _YEAR.findall(span_text(sent)))):
        return
    if told_elsewhere(m, sent, index):
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
    if told_elsewhere(event, sent, index) and any(toll_update(tok, vocab) for tok in sent):
        return  # a toll as it now stands in another country's war; a count of more people hurt is the attack's
        # even where they were taken ("wounded and taken to a hospital in Bosso across the border in Niger")
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

def told_elsewhere(event: EventMention, sent: Span, index: DocIndex) -> bool:
    """``sent`` names places, all of them in another country than the attack's ("Israeli attacks on Gaza continue,
    with the death toll rising to 25,000" in a page on an attack in Niger): a toll of some other conflict."""
    countries = {p.place.country for p, _tok in index.places_in(sent) if p.place.country}
    return event.country is not None and bool(countries) and event.country not in countries


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

def attackers_lost(tok: Token, vocab: Vocab, index: DocIndex) -> bool:
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
    if tok.pos_ != "VERB" or is_passive(tok) or not kills(tok, vocab):
        return False
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False  # (the killed as the object: "saw three military employees killed" has them as subject)
    # the subject nearest the verb: a headline's country the parser made a second subject comes first
    # ("Indonesia police shoot dead four men")
    subj = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "troops repelled ... and killed"
    return is_force(subj, vocab, index)

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
    named = index.entities_in(*own)
    if _on_a_side(member, vocab) and not any(m.entity_id in index.target_group_ids for m in named):
        return False  # "three pro-Syrian regime militants were killed in an ambush by Daesh": the attack's victims
    # "two soldiers and 18 armed men": attackers told by a common noun and its modifier
    return has_word(member, vocab.attacker_losses) or described_attacker(member, vocab) or any(
        m.entity_id in index.target_group_ids for m in named
    )

def _on_a_side(member: Token, vocab: Vocab) -> bool:
    """A modifier of ``member`` says whose side it is on ([attackers] sides): "pro-government" (one word or the
    parser's "pro", "-", "government")."""
    return any(c.i < member.i and (c.lower_ in vocab.sides or (
        "-" in c.lower_ and c.lower_.split("-", 1)[0] in vocab.sides)) for c in member.children)

def victims_count(tok: Token, n: int, vocab: Vocab, index: DocIndex) -> int:
    """An attack's toll without the attackers listed beside the victims: "Three Nigerien soldiers and 14
    militants were killed" counts 3 for the attack (the conventions count the attackers' dead apart)."""
    members = victim_members(tok, vocab)
    if len(members) < 2:
        return n
    kept = [m for m in members if not _attacker_member(m, vocab, index)]
    # ("a soldier and a militant were killed": the one soldier, told with "a" as the list was)
    own = count_members(kept, vocab)
    own = counted_ones(kept, vocab) if own is None else own
    return n if own is None else own

def group_lost(tok: Token, vocab: Vocab, index: DocIndex) -> Actor | None:
    """The campaign's target group (a branch) named among the attackers a casualty word counts."""
    victims = victims_of(tok, vocab)
    if victims is None:
        return None
    named = index.entities_in(victims.left_edge.idx, end_of(victims))
    groups = [m for m in named if m.entity_id in index.target_group_ids]
    return Actor.of(groups[0]) if groups else None
