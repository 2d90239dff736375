"""Is a trigger a specific event? Only those survive: generic or habitual statements ("attacks have
declined"), tallies ("30,000 strikes since 2014"), urgings ("urged countries to repatriate"), plans
and conditionals ("could launch an offensive") and words that only name a thing are dropped here, and
``modality`` says whether a kept event is asserted, claimed or denied.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import child_indices, doc_text, token_deps, token_words
from sitroom.extract.events.clauses import (
    arrest_verb,
    claimed_for,
    clause_subject,
    coordination_root,
    direction_after,
    end_of,
    fallen_to,
    foiled,
    governing_support,
    group_after,
    into_custody,
    is_passive,
    names_group,
    names_realm,
    names_target_group,
    occurs_verb,
    out_of,
    passive_verb,
    premodifiers,
    repelled,
    searched,
    subj_of,
    verb_patient,
    with_of_phrase,
)
from sitroom.extract.events.records import DocIndex, Trigger, of_state
from sitroom.extract.events.syntax import (
    ancestors,
    conjuncts,
    count_of,
    determiner,
    dominates,
    has_word,
    is_plural,
    listed_in,
    may_have_word,
    misread_present,
    number_value,
    sent_start,
    victims_of,
)
from sitroom.extract.events.triggers import (
    arrest_placed,
    arrest_under_law,
    arrested_by_force,
    arrested_by_state,
    claimed_by,
    control_place,
    described_attacker,
    first_sentence,
    flown_by_aircraft,
    held_town,
    is_force,
    is_perpetrator,
    kill_doer,
    killed_by_force_on_day,
    kills_attackers,
    kills_with_particle,
    lede_arrest,
    named_event,
    on_group_side,
    perpetrated_type,
    relative_head,
    reported_arrest,
    reported_arrest_at,
    takes_group_site,
    unnamed_kill,
    visit_holder,
    visit_to_place,
)
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.extract.events.who import agent_of, held_count, reported_doer
from sitroom.extract.spans import content_end, span_text


def modality(head: Token, vocab: Vocab) -> str:
    """asserted | planned | denied, or a reason to drop: hypothetical, hortative, habitual, negated."""
    mood = _modality(head, vocab)
    if mood == "habitual" and _instance_of_habit(head, vocab):
        return "asserted"
    return mood


def _instance_of_habit(head: Token, vocab: Vocab) -> bool:
    """ "ISIS continues to remain active through attacks, including a large-scale attack against the Al-Sinaa
    facility in January 2022", "an increase in ISIS activity, with the latest attack on 26 September killing three":
    one event named as the example ("including") or the newest ([modality] instance_modifiers) of a habit happened;
    the habit is the clause's, not the example's (a plural example, "including attacks on X", stays the habit)."""
    if head.pos_ != "NOUN" or is_plural(head):
        return False
    if any(c.dep_ == "amod" and c.lower_ in vocab.instance_modifiers for c in head.children):
        return True
    # ("not including the victims of this week's attack" leaves the example out)
    return any(a.dep_ == "prep" and a.lower_ in vocab.instance_preps and not any(c.dep_ == "neg" for c in a.children)
               for a in ancestors(head))


def _modality(head: Token, vocab: Vocab) -> str:
    if any(t.lower_ in vocab.stopped_modifiers for t in premodifiers(head)):
        return "hypothetical"  # "Monday's averted terror attack", "Thwarted Terrorist Attack"
    if plan_told(head, vocab):
        return "planned"
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
    # (the words, labels and children read on the per-document lists: the walk is asked of every trigger, and each
    # ``lemma_``, ``dep_`` and child Token was a look-up of its own)
    doc = head.doc
    words, labels, kids = token_words(doc), token_deps(doc), child_indices(doc)
    for node in ancestors(head):
        lemma, lower = words[node.i]
        if prev is not None and lemma in vocab.reporting:
            break
        if _intended(node, prev, vocab):
            return "hypothetical"
        if prev is not None and lower in vocab.frame_apart:
            break  # "Despite being defeated in 2017, ISIS continues to ...": the concession is told as fact
        if prev is not None and prev.dep_ == "advcl" and prev.tag_ == "VBN" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in prev.children):
            break  # "the group continues to conduct attacks, as shown by the attack on X": the evidence is a fact
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
            if _scheduled(node, prev):
                return "planned"
            # (a verb coordinated with the urging one is a deed of its own, not what is urged: "Three individuals,
            # wanted for high-profile crimes ..., were arrested by a police team", which the parser hangs on "wanted")
            if (lemma in vocab.hortative and prev.dep_ != "conj") or (
                    lemma in vocab.vow_verbs and _vowed(head, prev)):
                return "hortative"
            # "thwarting attacks launched by ISWAP fighters on troop locations": made, and repelled (clauses.repelled)
            stopped_made = prev.i == head.i and head.dep_ == "dobj" and repelled(head, vocab)
            if (lemma in vocab.hypothetical and not _achieved(node, vocab) and not _means_of_past(node, prev)
                    and not _stopped_when(node, prev, vocab)
                    and not stopped_made):
                return "hypothetical"
            if lemma in vocab.aim_verbs and _vowed(head, prev) and _told_present(node):
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
                or (lemma in vocab.plan_verbs and indefinite_noun(head, vocab) and (
                    (prev.i == head.i and prev.dep_ == "dobj" and node.tag_ in ("VBD", "VBN", "VBG"))
                    or (prev.dep_ == "prep" and node.tag_ == "VBG" and head.head.i == prev.i
                        and head.dep_ == "pobj")))
                or (node.pos_ == "NOUN" and prev.dep_ == "acl")  # "foil a plan to bomb churches"
                or resolved_on(prev)  # "he settled on conducting an attack in Singapore"
            ):
                return "planned"
        support = prev is None or (lemma in vocab.support_verbs and prev.dep_ in ("dobj", "nsubjpass"))
        if support and any(labels[k] == "neg" or labels[k] == "advmod" and words[k][1] in vocab.negations
                           for k in kids[node.i]):
            return "negated"
        for k in kids[node.i]:
            dep, (child_lemma, c) = labels[k], words[k]
            if dep in ("aux", "auxpass", "mark", "advmod"):
                if c in vocab.hypothetical or child_lemma in vocab.hypothetical:
                    return "hypothetical"
                if dep == "aux" and (c in vocab.planned or c in ("wo", "'ll")):
                    return "planned"
                if dep == "advmod" and c in vocab.habitual:
                    return "habitual"
            if dep in ("npadvmod", "advmod") and _repeated(doc[k], vocab):
                return "habitual"  # "It has since been attacked by the terror group multiple times"
        prev = node
        if node.dep_ in ("relcl", "acl") and prev is not head:
            aim = _noun_aim(node, vocab)
            if aim is not None:
                return aim
            break
    return "asserted"

def _scheduled(node: Token, prev: Token) -> bool:
    """ "Pope Tawadros II, who is to meet with Pope Francis on his visit to Egypt on April 28", "the minister is to
    visit the troops next week": "be" in the present with an infinitive tells what is arranged to come, a plan ("was
    to", the future seen from the past, may have happened and is left alone)."""
    # ("arrangements are underway to repatriate the fighters": the infinitive hangs on the complement of "be", which
    # tells where things stand, not on "be")
    return (node.lemma_.lower() == "be" and node.tag_ in ("VBZ", "VBP") and prev.dep_ == "xcomp"
            and any(c.tag_ == "TO" and c.dep_ == "aux" for c in prev.children)
            and not any(c.dep_ in ("acomp", "attr") for c in node.children))


def resolved_on(prep: Token) -> bool:
    """ "he settled on conducting an attack", "the cell decided on attacking a church": the gerund an "on" phrase of a
    verb of resolve ([modality] planned) governs is what was resolved, an aim like the infinitive of "decided to"."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _noun_aim(clause: Token, vocab: Vocab) -> str | None:
    """ "thwarted a plot to carry out dozens of bomb attacks", "an attempt to storm the base": an infinitive clause on
    a noun of planning or of what may only happen ([modality] planned, hypothetical) tells that noun's aim, not a deed,
    however deep the event word lies in it (the parser reads the infinitive as the noun's relative clause as often as
    its modifier). None for any other clause ("the men who carried out the attack" told a deed)."""
    noun = clause.head
    if noun.pos_ != "NOUN" or not any(c.tag_ == "TO" for c in clause.children):
        return None
    lemma = noun.lemma_.lower()
    if lemma in vocab.hypothetical:
        return "hypothetical"
    return "planned" if lemma in vocab.planned else None


def plan_told(head: Token, vocab: Vocab) -> bool:
    """ "suspected of planning attack" (a gerund of planning modifies the noun), "a bomb attack was being planned": the
    event is told as a plan's aim, not as made."""
    if head.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in vocab.plan_gerunds
                                   for c in head.children):
        return True
    return _planned_in_progress(head, vocab)


def _planned_in_progress(head: Token, vocab: Vocab) -> bool:
    """ "police learnt that a bomb attack was being planned", "attacks are planned for the holidays": an event noun told
    as the passive subject of a verb of planning in the progressive or the present is still an aim ("the attack was
    planned by a cell in Raqqa", in the simple past, may well have been made)."""
    verb = head.head
    if head.dep_ != "nsubjpass" or verb.lemma_.lower() not in vocab.plan_verbs:
        return False
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ == "being" or c.tag_ in ("VBP", "VBZ"))
               for c in verb.children)


def _vowed(head: Token, prev: Token) -> bool:
    """ "vowed to track down and apprehend the perpetrators", "pledged to launch an operation": the trigger is the
    infinitive a vow governs (or one joined to it, or its object), not a word further down ("the perpetrators of a
    deadly mosque attack" the vow names is a deed told)."""
    if prev.dep_ != "xcomp":
        return False
    tok = head
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        tok = tok.head
    while tok.i != prev.i:
        if tok.dep_ not in ("conj", "xcomp"):
            return False
        tok = tok.head
    return True


def _told_present(verb: Token) -> bool:
    """The verb is in the present: "works", "work", "are working" (its auxiliary in the present)."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _intended(node: Token, prev: Token | None, vocab: Vocab) -> bool:
    """ "the terrorists were on their way to attack an army unit when they were blocked": the infinitive the event is
    in hangs on a clause that has "on ... way" ([modality] intent_words): an aim, never a deed."""
    if prev is None or prev.dep_ not in ("xcomp", "acl") or not any(c.tag_ == "TO" for c in prev.children):
        return False
    if prev.dep_ == "acl":
        return node.lemma_.lower() in vocab.intent_words  # parsed as the noun's own infinitive
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in vocab.intent_words
                                                            for g in c.children) for c in node.children)


def _means_of_past(node: Token, prev: Token) -> bool:
    """ "The FSB said it had thwarted the activities of the cell by detaining all its members": the "by" phrase of a
    verb told in the past ("thwarted", "had foiled") is the means it was done by, which happened whatever the verb
    stopped ("could prevent it by arresting them" is no past; its auxiliary is read on the walk up)."""
    return prev.dep_ == "prep" and prev.lower_ == "by" and node.pos_ == "VERB" and node.tag_ in ("VBD", "VBN")


def _stopped_when(node: Token, prev: Token, vocab: Vocab) -> bool:
    """ "The plot was foiled after five suspects were arrested", "the plot was foiled as Densus 88 arrested two of the
    would-be attackers": a clause in the past opening with one of [modality] stopped_when, on a verb told in the past,
    is what happened when the deed was stopped (the arrest stopped the plot; "could be foiled if police raid" has no
    past, and the mood of the clause itself is read on the walk up)."""
    return (
        prev.dep_ == "advcl"
        and prev.tag_ in ("VBD", "VBN")
        and node.pos_ == "VERB"
        and node.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "mark" and c.lower_ in vocab.stopped_when for c in prev.children)
    )


def plan_aim(head: Token, vocab: Vocab) -> bool:
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

def indefinite_noun(head: Token, vocab: Vocab) -> bool:
    """An event noun no article, possessive or day points to a known one ("a suicide attack", "attack")."""
    return head.pos_ == "NOUN" and determiner(head) in (None, "a", "an")

def _actor_modifier(head: Token, index: DocIndex, tv: TypeVocab) -> bool:
    for child in head.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            if child.text in index.vocab.demonyms:
                return True
            if any(m.type in tv.actor_types for m in index.entities_in(child.left_edge.idx, end_of(child))):
                return True
    return False

def _force_fights(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "Security forces in Iraq are battling militants in Ramadi", "Iraqi forces battling the militants liberated a
    neighbourhood": a verb of [types.operation] fight_verbs, active, with a force as its doer (its subject, or the noun
    its participle hangs on), told as no record: not a state at war ("Nigeria is battling several armed groups"), nor
    the perfect of a long war ("security forces have been battling militants in Sinai for years")."""
    if verb.pos_ != "VERB" or is_passive(verb):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if verb.dep_ in ("advcl", "xcomp") and is_passive(verb.head):
        return False  # "more than 1,800 Peshmerga were killed battling the group": the force's losses, not a deed
    doer = kill_doer(verb) or (verb.head if verb.dep_ == "acl" else None)
    return is_force(reported_doer(doer, vocab), vocab, index, armed=True)


_OWN_POSSESSIVES = ("their", "its")


def _force_owned(head: Token, sent: Span, index: DocIndex, anchors: set[str], tv: TypeVocab) -> bool:
    """The trigger's possessor is "their" or "its" standing for a force its clause (or the reporting clause over it)
    names as subject, and a place tells where it is fought, on the trigger or in what it is against: "Puntland forces
    said they had made progress in their military campaign against ISIS militants entrenched in the Cal Miskaad
    mountains". The force's own operation, as "the army's offensive" is by its name (_actor_modifier); not so a
    force the clause acts on ("the government praised the forces for their offensive"), whose pronoun may stand
    for the subject, nor a government that speaks of its forces."""
    if not any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in head.children):
        return False
    node = head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return False
    # the clause the trigger's phrase hangs on, or the reporting clause over it ("said they had made progress in")
    vocab = index.vocab
    # (a force, not who speaks for a government: "the government praised the forces for their offensive")
    if not any(c.dep_ == "nsubj" and c.i < head.i and has_word(c, vocab.force_nouns)
               and not has_word(c, tv.loose_reporters) for verb in (node, node.head) for c in verb.children):
        return False
    if "place" in anchors:
        return True
    # "progress in their offensive against ISIS militants in the Cal Miskaad mountains": the parser hangs the
    # opponent on the verb; where the opponent is fought is where the offensive is
    against = [c for t in (head, node) for c in t.children if c.dep_ == "prep" and c.lower_ == "against"]
    return any(
        pm.place.precision != "country" and any(a.left_edge.i <= tok.i <= a.right_edge.i for a in against)
        for pm, tok in index.places_in(sent)
    )


def _is_tally(head: Token, sent: Span, vocab: Vocab) -> bool:
    # "the 2015 Paris attacks", "the 13 November attacks in Paris", "the Nov. 13, 2015 attacks": a number of the
    # date that names the attacks is no count of them
    count = next((c for c in head.children if c.dep_ == "nummod" and c.ent_type_ != "DATE"), None)
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

def _aircraft_kind(head: Token, vocab: Vocab) -> bool:
    """ "Attack, bomber, fighter and remotely piloted aircraft conducted 12 strikes": a bare singular noun listed with
    kinds of aircraft that ends in an aircraft noun ([types.X] aircraft) names a kind of aircraft, as "attack
    helicopter" does, not an event (the parser coordinates the kinds instead of hanging them on the noun)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS") or head.dep_ == "conj":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "prep") for c in head.children):
        return False
    conjuncts = [c for c in head.conjuncts if c.i > head.i]
    return bool(conjuncts) and has_word(conjuncts[-1], vocab.aircraft_words)

def _town_report(head: Token, tv: TypeVocab, sent: Span, vocab: Vocab, anchors: set[str]) -> bool:
    """ "Near Mosul, 18 strikes engaged 10 ISIS tactical units": strikes ([types.X] abroad) counted at one town, as the
    subject of a past verb that tells what they did there, are that town's report for the day, however many (a
    coalition task force's strike release); a count of strikes over a country or a span of time stays a tally
    ("carried out 41 strikes in Iraq since February")."""
    return "town" in anchors and _told_as_town_report(head, tv, sent, vocab)

def _told_as_town_report(head: Token, tv: TypeVocab, sent: Span, vocab: Vocab) -> bool:
    """``_town_report`` but for its town: what a tally with no town can be refused for before its places are linked
    (``refused_outright``)."""
    return (tv.abroad and head.dep_ == "nsubj" and head.head.tag_ == "VBD"
            and head.head.pos_ == "VERB" and not _tally_worded(sent, vocab))

def _took_place(head: Token, vocab: Vocab) -> bool:
    """ "similar attacks had taken place in Lahore and Islamabad during the past week", "clashes broke out in Sirte":
    the plural subject of a verb of occurring ([modality] occur_verbs) told in the simple past or the past perfect,
    at a place of its own, reports those events; the present or the present perfect ("attacks have taken place across
    the country since 2014") sums up a record."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or not occurs_verb(verb, vocab):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and auxes == ["had"]

def repulsed_by_strikes(head: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """ "the insurgents retreated after initial airstrikes by the air force", "after initial airstrikes by the
    military, the insurgents beat retreat", "the militants fled after the army's airstrikes": the strikes from the air
    ([types.X] aircraft) a force made, which the group's fighters fell back or did anything else after, in a past
    clause, are that fight's strikes (the phrase is no mere time of another event: the force is named as striking,
    and the group acted on it)."""
    if not tv.aircraft or head.dep_ != "pobj" or head.head.lower_ not in ("after", "following"):
        return False
    verb = head.head.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    # (the force in a "by" phrase or before the noun: "after the NAF airstrikes, the terrorists withdrew")
    doers = [agent_of(head), *(c for c in head.children if c.dep_ in ("compound", "poss"))]
    return any(is_force(d, index.vocab, index) for d in doers) and is_perpetrator(
        subj_of(verb), index.vocab, index)


def _state_strikes(head: Token, tv: TypeVocab, index: DocIndex, anchors: set[str]) -> bool:
    """ "US airstrikes targeted their enclaves in Sokoto State", "Egypt responded on Monday with air strikes on Derna",
    "Museveni said Ugandan forces had carried out air strikes against four ADF positions in Congo": strikes a state
    makes abroad ([types.X] abroad), named by its demonym or by the state or force doing them and told in a past
    clause with a place or a day, are the episode the sentence reports, not a record ("have conducted airstrikes
    since 2014" is a perfect; "airstrikes in Iraq in 2017" names no one)."""
    if not tv.abroad:
        return False
    placed = bool(anchors & {"place", "day", "month"})
    verb = head
    for _ in range(4):  # "tens of airstrikes on", "responded with air strikes": up to the clause's verb
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep", "dobj", "nsubj", "nsubjpass"):
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # a past, a past perfect (told after "said": "had carried out"), a past passive; a present perfect only as the
    # news of the page's first sentence ("The Multinational Joint Task Force have carried out airstrikes on terror
    # camps in the Lake Chad islands"), with no word of a tally ("have conducted airstrikes since 2014")
    past = verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and aux and aux <= {"had", "was", "were", "been"}
    news = (verb.tag_ == "VBN" and aux and aux <= {"has", "have", "been"} and first_sentence(verb.sent, index)
            and not _tally_worded(verb.sent, index.vocab))
    if not (past or news):
        return False
    # what the strikes do ("targeted", "killed") or a light verb of them ("were carried out"), not what others make
    # of them ("Russian airstrikes in Syria were criticised")
    # (and "has confirmed two targeted airstrikes" reports strikes told on their own days, no strike of its own)
    striking = tv.aircraft_verbs | index.vocab.kill | index.vocab.force_outcomes | index.vocab.support_verbs
    if verb.lemma_.lower() not in striking:
        return False
    if not placed:
        return bool(past) and _state_carries_out(head, verb, tv, index)
    doers = [c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    doers += [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return any(
        not names_target_group(d, index) and (
            d.text in index.vocab.demonyms
            or is_force(d, index.vocab, index)
            or any(m.type == "country" for m in index.entities_in(d.left_edge.idx, end_of(d)))
        )
        for d in doers
    )

_TIMING_MARKS = frozenset({"after", "before", "when", "as", "until"})


def _told_past(verb: Token) -> bool:
    """A verb in the simple past or the past perfect: "troops repelled", "troops had repelled" (one time), not "have
    repelled attacks in the region for years" (a record) nor a present."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and aux == {"had"}


def _state_carries_out(head: Token, verb: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """ "The recapture of the city came after Russia carried out intensive airstrikes", "Libyan and US warplanes
    carried out air strikes on districts one and three", "the Egyptian air force carried out eight raids on the
    city": strikes that a state, its force, its air arm or its aircraft, the active subject of a light verb in the
    past, carried out (the object of that verb) are the strikes the sentence reports, even with no place or day of
    their own (the page locates and dates them); not a present or a perfect ("has been conducting airstrikes",
    "have carried out airstrikes since 2014": a campaign summed up), nor a sentence worded as a tally."""
    vocab = index.vocab
    if head.dep_ != "dobj" or head.head.i != verb.i or verb.lemma_.lower() not in vocab.support_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "had" for c in verb.children) or _tally_worded(
            verb.sent, vocab):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or names_target_group(subj, index):
        return False
    name = " ".join(t.lower_ for t in subj.subtree if t.i <= subj.i)
    if has_word(subj, tv.aircraft) or any(f" {arm} " in f" {name} " for arm in tv.air_arms):
        return True
    # a state or its force only in a clause that times another event by them ("came after Russia carried out
    # airstrikes", "a month after the United States carried out air strikes"): "Coalition forces launched airstrikes
    # against ISIS positions and provided Iraqi forces with arms" tells the coalition's part in the war, no strike
    # ... or strikes it counted out, a few ("the U.S. carried out two other massive strikes against ISIS"): those
    # episodes, where a part in the war is told uncounted and a tally in the dozens
    few = any(c.dep_ == "nummod" and (n := number_value(c, vocab)) is not None and 1 < n < 10 for c in head.children)
    if not few and not any(c.dep_ == "mark" and c.lower_ in _TIMING_MARKS for c in verb.children):
        return False
    return (
        subj.text in vocab.demonyms
        or is_force(subj, vocab, index)
        or any(m.type == "country" for m in index.entities_in(subj.left_edge.idx, end_of(subj)))
    )

def _type_nouns(vocab: Vocab, etype: str) -> frozenset[str]:
    """The nouns of one event type (none when the vocabulary has no such type)."""
    tv = vocab.types.get(etype)
    return tv.own_nouns if tv is not None else frozenset()


def _struck_target(head: Token, tv: TypeVocab, vocab: Vocab, anchors: set[str]) -> bool:
    """ "Air strikes targeted the Hamrin mountain range, destroying 50 targets", "the airstrikes targeted terrorist
    hideouts": plural air strikes, subject of a simple past of what aircraft do to a target ([types.X]
    aircraft_verbs, not a killing: "airstrikes killed thousands of civilians" counts a toll) with its object, are the
    strikes the sentence reports, wherever the target lies; not with a tally word ("since 2014", "in total") or a
    year alone ("in 2017, airstrikes pounded the city" sums up a year)."""
    if not tv.aircraft or head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.tag_ != "VBD" or verb.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in tv.aircraft_verbs or lemma in vocab.kill:
        return False
    # ("successfully attacked and killed several fighters": the object of the verb's conjunct)
    if not any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children):
        return False
    if "year" in anchors and not anchors & {"day", "month"}:
        return False
    # "airstrikes targeted the hideouts, followed by an airborne operation", "... as part of an ongoing operation":
    # the strikes opened the operation the clause names, one event the conventions record as that operation
    operation = _type_nouns(vocab, "operation")
    if any(t.pos_ == "NOUN" and has_word(t, operation) for t in verb.sent if t.i > verb.i):
        return False
    return not _spans_time(verb.sent, vocab) and not _tally_worded(verb.sent, vocab)


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

def _spoken_at(head: Token, tv: TypeVocab) -> bool:
    """ "Speaking at the third edition of the Turkey-Africa Partnership Summit on Saturday, Buhari added that ...",
    "said at the Moscow Conference": a meeting that is only the "at" phrase (through "of" phrases: "the sidelines of
    the summit") of a verb of speaking (``speech_verbs``) is where words were said, which is what the sentence
    reports."""
    node = head
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
    prep = node.head if node.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "at":
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in tv.speech_verbs

def _time_of_other(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "The attack came days after Austin visited a base in Mindanao", "News of the attack came as al-Sisi met
    Sullivan", "the bombing follows the president's visit to the base": the trigger sits in what another event, the
    subject of one of ``anchor_verbs``, came after or as (a word of ``anchor_openers`` on the way up, or the verb's
    object): the time of that event, not a meeting the text reports. A statement's subject ("The announcement came
    after ...") or a person's ("he followed the talks with a visit") is no such event."""
    opened = False
    prev: Token | None = None
    for node in ancestors(head)[:8]:
        # "after his visit" (a preposition on the way up), "after Austin visited" (a clause's marker)
        if node.lower_ in tv.anchor_openers and node.dep_ == "prep" or any(
                c.dep_ in ("mark", "advmod") and c.lower_ in tv.anchor_openers for c in node.children):
            opened = True
        if prev is not None and node.pos_ == "VERB" and node.lemma_.lower() in tv.anchor_verbs:
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            followed = prev.dep_ == "dobj" and node.lemma_.lower() == "follow"
            return (opened or followed) and subj is not None and subj.i != prev.i and _names_event(subj, tv, vocab)
        prev = node
    return False

def _past_progressive(head: Token) -> bool:
    """ "was visiting the base at the time of the attack", "while the deputy speaker was visiting the base": a verb in
    the past progressive tells what someone was in the middle of when something else happened, the scene of that
    event; a visit the text reports is told done ("visited the troops") or as a noun ("an operational visit")."""
    return head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ == "VBD" for c in head.children)

def _moved_people(head: Token) -> list[Token]:
    """Who a verb of moving people moved: its object or passive subject ("repatriated 14 children"), the noun its
    participle modifies ("repatriated refugees", "refugees repatriated from Chad") or the noun its relative clause
    hangs on ("refugees who were repatriated")."""
    people = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ in ("amod", "acl", "relcl"):
        people.append(head.head)
    return people

def _names_event(tok: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "The attack", "This incident", "News of Wednesday's attack": a noun that is an event word, or whose "of"
    phrase is one."""
    nouns = [tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj")]
    words = vocab.trigger_words | tv.anchor_subjects
    return any(n.pos_ == "NOUN" and (n.lemma_.lower() in words or n.lower_ in words) for n in nouns)

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

def _aimed_at(head: Token, vocab: Vocab) -> bool:
    """ "vowed to retake those parts of Sirte", "have been struggling to regain control over Cabo Delgado",
    "deployed 300 special forces to regain control of Sabe town", "paved the way for Iraqi forces to recapture Mosul":
    the taking of a place told as an infinitive is an aim, unless the word it hangs on tells it done ([modality]
    achieved: "managed to clear the village", "were able on Thursday to retake the town") or is a light verb of the
    operation it was the aim of, as for ``_purpose`` ("completed the operation to recapture Fallujah on June 26")."""
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in head.children):
        return False
    return head.head.lemma_.lower() not in vocab.achieved | vocab.support_verbs

def _has_money(head: Token) -> bool:
    return any(t.ent_type_ == "MONEY" or t.text in ("$", "€", "£") for t in head.subtree if t.i != head.i)

def _headline(sent: Span) -> bool:
    return not span_text(sent).rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))

def title_line(sent: Span) -> bool:
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
def _inside_body_name(first: Token, trig_end: int, index: DocIndex) -> bool:
    """ "the National Army for the Liberation of Uganda (NALU) rebels", "the Moro Islamic Liberation Front", "the
    Global Coalition to Defeat ISIS": a capitalised trigger inside the name of an organisation or armed group the page
    names, neither opening it nor closing it, is a word of that name, no event ("Operation Shujaa", whose name opens
    with the trigger, and "the March 30 Small Group Coalition Ministerial", which it closes, name the event itself)."""
    if not first.text[:1].isupper():
        return False
    start = first.idx
    last = first.doc[trig_end - 1]
    end = last.idx + len(last.text)
    return any(m.type in ("organization", "armed_group") and m.start < start and end < m.end
               for m in index.entities_overlapping(start, end))
# prepositions and participles whose object is what a unit fell back from or before ("after the attack",
# "under pressure", "facing the surprise attack")
_RETREAT_PREPS = ("after", "following", "under", "amid")
_RETREAT_VERBS = ("face", "come")

def _falls_back(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "the Nigerian soldiers withdrew from their positions", "Burundi troops later withdrew from Leego after the
    attack", "Facing the surprise attack, the soldiers withdrew", "troops withdrew to another naval base": a unit (a
    force noun) falling back in a fight, which the conventions do not count as a withdrawal (a drawdown: "US forces
    withdrew from Iraq in 2011")."""
    if not tv.retreat_from or head.pos_ != "VERB":
        return False
    # the unit that falls back, not a state leaving a mission ("Chad had considered withdrawing following a
    # severe assault" on its soldiers is a drawdown)
    subj = subj_of(head)
    troops = subj is not None and has_word(subj, vocab.force_nouns)
    for c in head.children:
        objs = [g for g in c.children if g.dep_ in ("pobj", "dobj")]
        if c.dep_ == "prep" and c.lower_ == "from" and any(has_word(g, tv.retreat_from) for g in objs):
            return True
        falls_to = c.dep_ == "prep" and c.lower_ in ("to", "into") and any(has_word(g, tv.retreat_to) for g in objs)
        if falls_to and not any(p.dep_ == "prep" and p.lower_ == "from" for p in head.children):
            return True  # "troops withdrew to another naval base": a unit falling back on a place held nearby
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
    attack = vocab.types[perpetrated_type(vocab)]
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
    # (labels, words and children read from the per-document lists: asked of most triggers, and a Token made for
    # each child of the verb and its objects only to find no "between" was most of its time)
    doc = verb.doc
    word_at, labels, children = token_words(doc), token_deps(doc), child_indices(doc)
    holders = [verb.i, *(c for c in children[verb.i] if labels[c] in ("dobj", "nsubjpass"))]
    return any(
        labels[c] == "prep" and word_at[c][1] == "between"
        and any(g.dep_ == "pobj" and _year_number(g) for g in doc[c].children)
        for h in holders for c in children[h]
    )

# the key of a document's record-period words' token indexes in ``doc.user_data`` (``_period_words``)
_PERIODS_KEY = "sitroom.events.record_periods"


def _period_words(doc: Doc, vocab: Vocab) -> list[int]:
    """The indexes of the document's tokens that are [modality] record_periods ("years"), found once per document:
    ``_over_recent_periods`` is asked for most triggers, and most sentences name no such word."""
    found: list[int] | None = doc.user_data.get(_PERIODS_KEY)
    if found is None:
        periods = vocab.record_periods  # (read once, not once per word)
        found = [i for i, (_lemma, lower) in enumerate(token_words(doc)) if lower in periods]
        doc.user_data[_PERIODS_KEY] = found
    return found


def _over_recent_periods(head: Token, vocab: Vocab) -> bool:
    """ "During the past two years, the group has beheaded a German and two Canadian hostages", "a group implicated
    in a series of bombings in central Mindanao in recent years", "the police have arrested several terror suspects
    in recent years": an event told over the recent years or months sums up a record, not one event. The span is
    read on the trigger, the nouns it hangs from and its clause's verb. Not a passive report of the people the
    story is about ("Hundreds of Kyrgyz citizens have been repatriated from Syria in recent years"), a rank ("one
    of the deadliest attacks in recent years": the verb is "be"), or a record with its member told ("a series of
    attacks in recent years, including a 2017 nightclub shooting")."""
    # the period word is a grandchild of a word of the trigger's clause, so in its sentence (the parse tree stays
    # in one): a sentence that names none is no record, whatever its clause
    periods = _period_words(head.doc, vocab)
    if not periods:
        return False
    sent = head.sent
    if not any(sent.start <= i < sent.end for i in periods):
        return False
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

def _known_for(head: Token, vocab: Vocab) -> bool:
    """ "won global infamy for its 2014 kidnapping", "best known for the kidnapping of schoolgirls", "notorious for
    the 2016 bombing": the "for" phrase of a word of renown ([modality] renown_words) names a past deed to say who
    someone is; so does a gerund there ("known for kidnapping people for ransom", "notorious for attacking
    villages": the parser makes it the preposition's pcomp)."""
    node = coordination_root(head)
    if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ != "for":
        return False
    word = node.head.head
    return word.lower_ in vocab.renown_words or word.lemma_.lower() in vocab.renown_words


def _record_plural(tok: Token, vocab: Vocab) -> bool:
    """ "numerous bombings", "countless attacks": a plural noun counted by one of [modality] record_counts; "hundreds
    of deadly attacks", "dozens of bomb attacks": or by a plural of one of [modality] record_multiples."""
    if tok.pos_ != "NOUN" or not is_plural(tok):
        return False
    if any(c.dep_ == "amod" and c.lower_ in vocab.record_counts for c in tok.children):
        return True
    of = tok.head if tok.dep_ == "pobj" else None
    return (
        of is not None
        and of.lower_ == "of"
        and of.head.lemma_.lower() in vocab.record_multiples
        and of.head.lower_ != of.head.lemma_.lower()  # "hundreds", "dozens": not "a dozen attacks"
        and not any(c.like_num for c in of.head.children)  # "three hundred" counts
    )


def _monitor_tally(head: Token, vocab: Vocab) -> bool:
    """ "The UN in July alone documented deadly attacks by ADF rebels in Ituri", "ACLED recorded 40 attacks in Cabo
    Delgado": a plural event noun, with no article, that a verb of record keeping ([modality] record_verbs) takes as
    its object is a monitor's tally of them, not an event the page reports (the passive with no monitor, "In April,
    attacks by the group were also recorded on a reserve in Niassa", tells that they happened)."""
    node = coordination_root(head)
    if head.pos_ != "NOUN" or not is_plural(head) or determiner(node) is not None:
        return False
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = coordination_root(node.head.head)  # "recorded dozens of attacks", "documented a series of raids"
    return node.dep_ == "dobj" and node.head.lemma_.lower() in vocab.record_verbs


def _counted_record(head: Token, vocab: Vocab) -> bool:
    """ "ISIS had carried out 11 attacks in northeastern Syria in June", "killed in around six terrorist attacks
    claimed by the group in 2017": more perpetrated events than [tally] max_perpetrated_count, counted with no
    article, are a period's record; a few ("two attacks near Beni", "three separate bomb attacks") are told ones."""
    if head.pos_ != "NOUN" or not is_plural(head) or determiner(head) is not None:
        return False
    if not any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in head.children):
        return False
    n = count_of(head, vocab)
    return n is not None and n > vocab.perpetrated_max


def _of_record(head: Token, vocab: Vocab) -> bool:
    """ "It was behind numerous bombings in Mindanao, including a night market bombing in Davao City in September
    2016": a plural event noun counted as a record, or an example it lists with "including", sums up or illustrates
    what a group has done, which the page does not report."""
    if _record_plural(head, vocab):
        return True
    node = coordination_root(head)
    if node.dep_ != "pobj" or node.head.lower_ != "including":
        return False
    listed = node.head.head
    if listed.pos_ in ("VERB", "AUX"):  # "was behind numerous bombings in Diyala, including ...": on the clause
        return any(
            _record_plural(c, vocab)
            or (c.dep_ == "prep" and any(g.dep_ == "pobj" and _record_plural(g, vocab) for g in c.children))
            for c in listed.children
        )
    for _ in range(3):  # the phrase may hang on the record noun or on a place phrase of it ("... in Mindanao")
        if _record_plural(listed, vocab):
            return True
        if listed.dep_ != "pobj" or listed.head.dep_ != "prep":
            return False
        listed = listed.head.head
    return False


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
    # (no "since" phrase on the verb, as for most triggers, and none of the tests below can make it a record: read
    # from the per-document lists first, before a Token is made for each of the verb's children)
    doc = node.doc
    word_at, labels = token_words(doc), token_deps(doc)
    if not any(labels[c] == "prep" and word_at[c][1] in vocab.since_words for c in child_indices(doc)[node.i]):
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

def _group_since_deed(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "since gunmen stormed the Bardo museum", "since Islamic State fighters attacked the checkpoint": a since clause
    (or a since phrase's noun, below) whose doer is the campaign's group or its fighters, in the active, tells one of
    the group's own deeds, which the page recalls as the turning point it counts from (the gold keeps it as an
    attack). "Since the Taliban seized Kabul", "since the insurgents were expelled" tell another party's deed or what
    was done to the group, and "since the 2015 attacks" names no doer: time references."""
    if verb.pos_ != "VERB":
        # "since their first attack in 2017", "since an attack last year by the group in Jakarta": a deed named by a
        # noun whose possessor or "by" phrase is the group is told as the clause tells it
        doers = [c for c in verb.children if c.dep_ == "poss"]
        doers += [g for p in verb.children if p.dep_ in ("agent", "prep") and p.lower_ == "by" for g in p.children]
        return any(on_group_side(d, vocab, index) or names_group(d, index) for d in doers)
    return not is_passive(verb) and on_group_side(subj_of(verb), vocab, index)


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
    doc = who.doc
    skip = set(_subtree_indices(doc, clause.i)) if clause.i != who.i and who.is_ancestor(clause) else set()
    # (each word read from the per-document lists first: the pledger is often a long phrase, and a walk over
    # ``who.subtree`` made a Token for each of its words, a tenth of the trigger filters' time)
    return any(
        may_have_word(doc, i, suspect_words) and has_word(doc[i], suspect_words)
        for i in _subtree_indices(doc, who.i) if i not in skip
    )

def _subtree_indices(doc: Doc, i: int) -> list[int]:
    """The indices of the ``i``-th word and all the words below it (``Token.subtree``'s words, not in text order),
    read from the per-document child lists without making a Token per word."""
    children = child_indices(doc)
    found: list[int] = []
    todo = [i]
    while todo:
        j = todo.pop()
        found.append(j)
        todo.extend(children[j])
    return found

def _force_or_agents(doer: Token | None, tv: TypeVocab, index: DocIndex) -> bool:
    """A state's named body (a security service, a police force, a ministry: "Russia's FSB has thwarted the
    activities of a cell"), or people whose work is arresting ([types.X] arrest_doers: "its officers foiled a terrorist
    attack", "the elite anti-terror squad foiled yet another attack"). Not troops at large ("security forces foiled
    three attacks" most often repelled them: the group's attacks, or a battle told apart)."""
    if doer is None or names_target_group(doer, index):
        return False
    return has_word(doer, tv.arrest_doers) or any(
        m.type == "organization" and of_state(m) for m in index.entities_in(doer.left_edge.idx, end_of(doer))
    )

def keep_trigger(trig: Trigger, sent: Span, vocab: Vocab, index: DocIndex, anchors: set[str]) -> bool:
    """The filters that separate a specific event from talk about a kind of event."""
    return not refused_outright(trig, sent, vocab, index) and kept_as_anchored(trig, sent, vocab, index, anchors)


def refused_outright(trig: Trigger, sent: Span, vocab: Vocab, index: DocIndex) -> bool:
    """The filters of ``keep_trigger`` that ask nothing of the trigger's anchors (its places and dates): run before
    those are worked out, since a trigger refused here needs none (a quarter of all triggers in ``sitroom bench``:
    "attack helicopter", a strike verb with no argument). Each filter only refuses, so which runs first never
    changes what is kept."""
    tv = vocab.types[trig.type]
    head = trig.head
    if (head.dep_ == "compound" and head.head.i >= trig.end and not group_after(head, index)
            and direction_after(head, vocab) is None):
        return True  # "attack helicopter", "Operation X report" (not "an operation west of Monguno": where)
    if _aircraft_kind(head, vocab):
        return True  # "Attack, bomber and fighter aircraft conducted four strikes": "attack aircraft"
    # (the modifiers found on the per-document lists, a Token made only for one: asked of every trigger)
    doc, labels = head.doc, token_deps(head.doc)
    if any(labels[c] in ("compound", "amod") and has_word(doc[c], tv.exclude_modifiers)
           for c in child_indices(doc)[head.i]):
        return True
    # (a Token only for a word that may be a context word, found from the document's index of its words: asked
    # for every trigger of a type with context words, a walk of the sentence's words for each)
    if tv.context and not any(has_word(sent.doc[i], tv.context) for i in listed_in(sent, tv.context)):
        return True
    if _in_office_name(head, sent, vocab):
        return True
    if _inside_body_name(sent.doc[trig.start], trig.end, index):
        return True  # "the National Army for the Liberation of Uganda": a word of the body's name
    if foiled(head, tv) and not _force_or_agents(reported_doer(subj_of(head), vocab), tv, index):
        return True  # "the rain prevented attacks", "his arrest foiled the plot": no force stopped it
    if head.pos_ == "VERB" and searched(head, tv) and not (
            _force_or_agents(subj_of(head), tv, index) or is_force(subj_of(head), vocab, index)):
        return True  # "the family searched the house": no force's raid
    if has_word(head, tv.doer_nouns) and _doer_of_noun(head, tv) is None:
        return True  # "after the 2017 Marawi siege", "wounded in the Marawi siege": a time or a state, no report
    if head.pos_ == "VERB" and tv.needs_argument and not _misread_noun(head, tv):
        args = ("dobj", "nsubj", "nsubjpass", "agent")  # "people killed by militants" has only an agent
        # "five Malaysian crewmen kidnapped in July off Sabah": a participle reducing a relative clause has the noun
        # it modifies as its patient (dated by a day or month of its own: ``kept_as_anchored``)
        reduced = head.dep_ == "acl" and head.tag_ == "VBN"
        if not reduced and not any(c.dep_ in args for c in head.children) and victims_of(head, vocab) is None:
            return True  # "killing over 70" has its victims only as a count after a preposition
        if _figurative_subject(head, vocab):
            return True
    # "carried out 41 strikes in Iraq since February": a tally, which only a town's report could make an episode
    # (``kept_as_anchored`` asks for the town)
    if head.pos_ != "VERB" and is_plural(head) and _is_tally(head, sent, vocab) and not _told_as_town_report(
            head, tv, sent, vocab):
        return not any(has_word(t, vocab.unit_modifiers) for t in head.doc[trig.start : trig.end])
    return False


def _misread_noun(head: Token, tv: TypeVocab) -> bool:
    """ "Coalition airstrikes on Rawah killed 20 militants": a noun that is no verb ([types.X] nouns, not verbs) the
    tagger read as a present verb (the trigger stage takes it as the noun it is)."""
    lemma = head.lemma_.lower()
    return head.tag_ == "VBZ" and lemma in tv.nouns and lemma not in tv.verbs


def _misread_noun_told_past(head: Token, tv: TypeVocab) -> bool:
    """A misread noun (``_misread_noun``) is no habit when what the strikes did is told in the past, by a past verb
    that hangs on it or that it is the subject of ("coalition airstrikes against the town mistakenly killed four
    soldiers"); "US airstrikes in Syria have killed thousands over the years" tells a perfect, a record."""
    if not _misread_noun(head, tv):
        return False
    told = [c for c in head.children if c.dep_ in ("advcl", "dep", "conj", "ccomp")]
    told += [head.head] if head.dep_ == "nsubj" else []
    # ("Ahmed said coalition airstrikes against Tal Kayf mistakenly killed four soldiers": the parser may make the
    # noun and its verb two complements of the reporting verb)
    if head.dep_ == "ccomp":
        told += [c for c in head.head.children if c.dep_ == "ccomp" and c.i > head.i]
    return any(v.tag_ == "VBD" and v.pos_ == "VERB" for v in told)


def _force_reports(head: Token, tv: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "Iraq's National Security Service announced on Tuesday the capture of a senior Islamic State leader": a state's
    force or body reporting the taking of people (reported_arrest) took them, whoever they are ("the terrorist group
    also announced the capture of five soldiers" is the group's deed, no force's)."""
    return reported_arrest(head, tv) and is_force(subj_of(head.head), vocab, index)


def kept_as_anchored(trig: Trigger, sent: Span, vocab: Vocab, index: DocIndex, anchors: set[str]) -> bool:
    """The filters of ``keep_trigger`` after ``refused_outright``: those that weigh the trigger's anchors, and the
    others between them."""
    tv = vocab.types[trig.type]
    head = trig.head
    if named_event(trig, tv) and not anchors & {"day", "month"}:
        return False  # "Operation Shujaa began in 2021 and is still going on": a standing operation's name
    if _falls_back(head, tv, vocab):
        return False
    if tv.perpetrated and not anchors & {"place", "day", "month"} and _activity_list(head, vocab):
        return False  # "linked to recruitment, robberies, kidnapping and extortion": kinds of crime, not events
    if _weapon_handled(trig, tv):
        return False
    # (the word tests asked only of a type with words to test: an empty list made a Token per trigger word for none)
    sworn = bool(tv.allegiance_words) and any(has_word(t, tv.allegiance_words) for t in sent.doc[trig.start : trig.end])
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
    if tv.excluded_objects and head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in tv.excluded_objects for c in head.children):
        return False  # "a military convoy struck an IED": the explosive's attack, not an air strike; "handed over
        # their weapons": a surrender, not a repatriation
    if tv.excluded_particles and head.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ in tv.excluded_particles for c in head.children):
        return False  # "refused to shell out protection money": paying, not shelling
    if tv.excluded_people and any(has_word(p, tv.excluded_people) for p in _moved_people(head)):
        return False  # "repatriated refugees from Chad": refugees going home, no one from the group's camps
    doc = head.doc
    labels = token_deps(doc)
    if not anchors & {"day", "month"} and any(
        labels[c] == "amod" and has_word(doc[c], vocab.background_modifiers) for c in child_indices(doc)[head.i]
    ):
        return False
    if tv.perpetrated and "countries" in anchors and not anchors & {"day", "month"}:
        # "In 2019, Islamist terrorists killed more than 4,000 people in Mali, Niger, and Burkina Faso", "to attack
        # our partners both in Iraq and in Syria": what a group did across several countries, told with no day or
        # month and no town, sums up a record or a kind of deed; one attack happens in one country
        return False
    if tv.parties_only and any(
        g.dep_ == "pobj" and has_word(g, vocab.attackers) for p in head.children if p.lower_ == "of" for g in p.children
    ):
        return False  # "a gathering of ISWAP militants": fighters massing, not a meeting of the campaign
    if tv.parties_only and head.pos_ == "NOUN" and _attack_scene(head, vocab):
        return False
    if tv.anchor_verbs and _time_of_other(head, tv, vocab):
        return False  # "The attack came days after Austin visited a base": the attack's time
    if tv.parties_only and head.pos_ == "NOUN" and _venue_only(head, tv):
        return False
    if tv.speech_verbs and _spoken_at(head, tv):
        return False
    if object_verb(head, tv) and (not (acts_on(head, tv.verb_objects, tv.object_bands)
                                       or takes_group_site(head, vocab, index)
                                       or _force_reports(head, tv, vocab, index))
                                  or _aim_of(head, vocab)
                                  or (tv.against_group and _attackers_do(head, vocab, index))
                                  or (tv.state_side and _acts_on_group(head, index))):
        return False
    # (whatever type the doer retyped it to: "IS members confronted American and Iraqi troops" is no attack either)
    if head.pos_ == "VERB" and any(has_word(head, t.fight_verbs) for t in vocab.types.values()) and not _force_fights(
            head, vocab, index):
        return False
    if head.pos_ == "VERB" and has_word(head, tv.visit_verbs) and not acts_on(head, tv.visit_objects):
        return False  # "visited the scene of the attack": a visit to no force is no meeting
    if head.pos_ == "VERB" and has_word(head, tv.visit_verbs) and _past_progressive(head):
        return False  # "the assault took place while the deputy speaker was visiting the base": another event's time
    declared = head.pos_ == "NOUN" and head.dep_ == "dobj" and has_word(head.head, tv.declare_verbs)
    # ("Mosul fell to Iraqi forces": a town that fell to someone is taken, not the group's realm fallen)
    taken_by_fall = head.pos_ == "VERB" and has_word(head, tv.fall_verbs) and fallen_to(head) is not None
    if trig.end - trig.start == 1 and has_word(head, tv.group_defeat_words) and not taken_by_fall and not (
        (anchors & {"year", "month"} and "day" not in anchors or declared and "day" in anchors)
        and _group_defeated(head, tv, index)
    ):
        return False
    last = sent.doc[trig.end - 1]
    if trig.end - trig.start > 1 and last.lower_ == "with" and not _with_hostile(last, tv, index):
        return False
    if (
        kills_attackers(trig, vocab, index)
        and not is_force(reported_doer(kill_doer(head), vocab), vocab, index, armed=True)
        and not unnamed_kill(head, anchors)
        and not killed_by_force_on_day(head, vocab, index, anchors)
        and not arrested_by_force(head, tv, vocab, index)
        and not arrested_by_state(head, tv, index)
        and not reported_arrest_at(head, tv, index, anchors)
    ):
        return False  # "a precision air interdiction that neutralised several commanders": no force's raid
    det = determiner(head)
    if det in vocab.generic_dets or _share_of(head, vocab):
        return False
    if (head.dep_ == "pobj" and head.head.lower_ == "since" and not anchors & {"day", "month"} and not tv.since_told
            and not _group_since_deed(head, vocab, index)):
        return False  # "since the 2015 attacks, the group has ...": a time reference, not a report
    if "day" not in anchors and _over_recent_periods(head, vocab):
        return False  # "During the past two years, the group has beheaded ... hostages": a record
    if tv.perpetrated and _sounds_heard(head, vocab):
        return False  # "Residents reported powerful blasts and gunfire on Sunday night": noise, no event of its own
    if tv.perpetrated and _captive_past(head, vocab):
        return False  # "after she was abducted by ISIS 10 years ago": who was freed or found, no report
    if tv.perpetrated and "day" not in anchors and _known_for(head, vocab):
        return False  # "Boko Haram, which won global infamy for its 2014 kidnapping": who the group is, no report
    if tv.perpetrated and "day" not in anchors and _of_record(head, vocab):
        return False  # "It was behind numerous bombings in Mindanao, including a night market bombing": a record
    if tv.perpetrated and "day" not in anchors and (_monitor_tally(head, vocab) or _counted_record(head, vocab)):
        return False  # "the UN documented attacks by ADF rebels", "had carried out 11 attacks in June": a record
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
        if (head.tag_ in ("VBZ", "VBP") and not misread_present(head) and not _headline(sent) and "day" not in anchors
                and not _misread_noun_told_past(head, tv)):
            return False  # simple present of an event verb reads as habitual
        if head.dep_ == "acl" and not anchors & {"day", "month"}:
            return False  # "fighters detained in camps", "towns liberated from IS": a state, not an event
        if head.dep_ == "amod" and head.tag_ == "VBN" and arrest_verb(head, tv) and not anchors & {"day", "month"}:
            return False  # "thousands of detained ISIS militants", "a former detained terrorist": people held
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in vocab.since_words for c in head.children) and (
                not (tv.since_told or tv.since_clause_told)) and not _group_since_deed(head, vocab, index):
            # ("since SADC forces withdrew in July 2024, the insurgents have regrouped": a mission's one-off end, which
            # a since clause still reports, as it does a since phrase, [types.X] since_told)
            return False  # "Since the Taliban regained control of Afghanistan in August 2021, IS-K has ...": a time
        if head.lemma_.lower() in vocab.kill and any(
                c.dep_ == "prep" and c.lower_ in vocab.since_words for c in head.children):
            return False  # "militants have killed over 120 civilians in Niger since March": a toll over a span
        if _over_years(head):
            return False  # "police have killed at least 135 militants between 2003 and 2016": a toll over years
        if "dated" in anchors and not anchors & {"day", "month", "dated_month"} and _year_record(head, tv, vocab):
            return False  # "In 2025, the U.S. and partner forces detained more than 300 ISIS operatives": a record
        if tv.parties_only and (
            not _meeting_object_ok(head, index, tv) or _met_with_thing(head, tv) or _imperative(head)
        ):
            return False
        if _purpose(head, vocab):
            return False
        if tv.object_is_place and _aimed_at(head, vocab):
            return False
        if (
            (has_word(head, tv.agentless_passive_not) or into_custody(head, tv))
            and any(c.dep_ == "auxpass" for c in head.children)
            and agent_of(head) is None
            and not (
                arrest_verb(head, tv) and unnamed_kill(head, anchors) and arrest_placed(head, tv, index)
            )
            and not reported_arrest_at(head, tv, index, anchors)
            and not lede_arrest(head, tv, index)  # the arrest report's own news
            # (with a place the sentence links, the other rules decide: "arrested last month under the Internal
            # Security Act, one man for wanting to join ISIS in Syria" is no arrest in Syria)
            and not (anchors & {"day", "month"} and "place" not in anchors and arrest_under_law(head, tv))
        ):
            return False
        # (a verb with no argument where its type needs one: ``refused_outright``)
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
        if _is_tally(head, sent, vocab) and not _town_report(head, tv, sent, vocab, anchors):
            return False
        left = premodifiers(head)
        unit = any(has_word(t, vocab.unit_modifiers) for t in left)
        # "facing a series of attacks on Western targets": a run told with no place, date or doer's light verb is a
        # record ("launched a series of attacks", "a series of raids in Borno", "In 2002, Bali witnessed a series of
        # bombings" tell one)
        # ("blamed for a spate of deadly attacks in Turkey since 2015" sums up a record)
        series = _in_series(head, vocab) and not _spans_time(sent, vocab) and (
            bool(anchors & {"place", "day", "month", "year", "dated"}) or governing_support(head, vocab) is not None
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
        # ("the twin suicide attacks at a ceremony that killed around 100 people", "four other attacks on checkpoints
        # killed three civilians": the attacks told or counted that one count of dead is told for are one episode, as
        # strikes are; "attacks by the group killed 300 soldiers last year" sums up a record)
        pointed = definite or unit or any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in head.children)
        killed_by = _kills_there(head, vocab, anchors) or (
            bool(tv.aircraft) or tv.perpetrated and pointed) and _kills_counted(head, vocab)
        # "nine militants were killed in clashes in late January": the dead are counted in those events
        # ("22 fighters were killed in the airstrikes", "eliminated several terrorists in a pair of targeted
        # airstrikes": the strikes from the air a past killing was done in are that episode, placed or not)
        killed_in = _killing_in(head, vocab) and bool(anchors & {"place", "month"}) or (
            bool(tv.aircraft) and _killed_in_past(head, vocab, index) and not _spans_time(sent, vocab))
        # "AFRICOM has stepped up airstrikes in Somalia", "forces escalate strikes against ISIS in Puntland": more of
        # them done at a place ([types.X] step_up_verbs) tells strikes being flown there, whatever the tense
        # (done, not urged: "should step up airstrikes"; by a force: "workers stepped up strikes" is no air war)
        stepped = (
            "place" in anchors and head.dep_ == "dobj" and _steps_up(head.head, tv)
            and is_force(subj_of(head.head), vocab, index)
        )
        # "security forces launched operations in Nowshera", "the operations began in the Hamrin Mountains"
        support = governing_support(head, vocab)
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
        # "captured 35 rebels after new airstrikes and heavy artillery fire carried out on new camps in Beni": the
        # parser reads the reduced passive as the noun's own active light verb, past and with no object; placed, it
        # tells the strikes done, as "airstrikes were carried out on camps in Beni" does
        # (so do the participle on the noun, "after airstrikes carried out on their hideouts near Baga", and the past
        # passive with no article, "the army said airstrikes were carried out on hideouts in Kirkuk"): the sorties
        # aircraft fly ([types.X] aircraft) are reported so, at the place they hit
        # ... or at the month they began: "Since December 2021, when airstrikes and artillery attacks were initiated
        # on the group's bases"
        told = told or bool(tv.aircraft) and bool(anchors & {"place", "month"}) and _reduced_support(head, vocab)
        # "hideouts were destroyed by the coalition airstrikes", "the feat was accomplished through air strikes": the
        # strikes from the air ([types.X] aircraft) that a past deed was done by or through are that deed's strikes
        told = told or bool(tv.aircraft) and past_deed_means(head, sent, vocab)
        # "Following the attack, the military launched pursuit operations": set going after an attack the text points
        # to, the operations are the answer to it ([types.X] response_preps)
        told = told or answers_attack(head, tv, vocab)
        # "suicide bombings in Kampala in November 2021", "In April, attacks ... on a reserve in Niassa": a place
        # and a month of their own make the plural one episode ("attacks in Iraq in 2017" stays a tally)
        # ("the group was behind suicide bombings in Kampala in November 2021": the month may hang on the verb)
        placed_month = {"place", "month"} <= anchors or {"place", "clause_month"} <= anchors
        # "The attacks in Nice, Baghdad, Dhaka and Istanbul", "these attacks against positions in Labbezagan,
        # Gossi and Tessalit": the plural an article points to, told with a list of towns, names one known event
        # in each (with no article, "accused of orchestrating attacks in Menaka and Gao", a record)
        listed = definite and "towns" in anchors
        # "the group was behind suicide bombings in Kampala in November 2021", "blamed for last year's bombings in
        # Kampala": the plural a group is charged with, placed and dated by a month of its clause or a time of its
        # own, is that episode (with no time, "blamed for attacks in Beni", a year, "behind attacks in Borno in
        # 2019", or a span, "behind attacks in Beni since 2014", a record)
        charged = (
            "place" in anchors
            and bool(anchors & {"day", "month", "dated_month"} or any(
                c.dep_ == "poss" and c.ent_type_ == "DATE" for c in head.children))
            and _charged_with(head, vocab)
            and not _spans_time(sent, vocab)
        )
        # "ISWAP has claimed the attacks in Monguno and Nganzai": the attacks a group claims, placed, are those
        # it carried out ("IS has claimed attacks in Iraq" has no article: a record, not these)
        claimed = definite and "place" in anchors and (
            claimed_for(head) or claimed_by(head)
            # "the group that is accused of masterminding the bombings in Kampala": the attacks someone planned and
            # led, placed and pointed to, are those that happened
            or (head.dep_ == "dobj" and has_word(head.head, vocab.author_verbs))
            or head.dep_ == "nsubjpass" and head.head.lemma_.lower() == "claim"  # "the attacks ... were claimed"
        )
        # "troops thwarted terrorist attacks launched by ISWAP fighters on multiple troop locations at Njimtilo, Baga,
        # Buratai, and Damboa": attacks made on posts and repelled there (clauses.repelled), placed, are those
        # episodes, one at each post (a record is not what troops stop)
        repelled_there = (
            bool(anchors & {"place", "towns"}) and head.dep_ == "dobj"
            and (head.head.lemma_.lower() in vocab.hypothetical and repelled(head, vocab)
                 or has_word(head.head, vocab.repel_verbs) and _told_past(head.head))
        )
        # "MONUSCO has condemned attacks linked to the ADF that killed 89 civilians in Lubero Territory": the placed
        # attacks a statement condemns are those it answers ([modality] condemn_verbs)
        condemned = (
            "place" in anchors and head.dep_ == "dobj" and head.head.lemma_.lower() in vocab.condemn_verbs
            and not any(c.dep_ in ("det", "predet") and c.lower_ in vocab.condemn_generic for c in head.children)
        )
        if not (
            unit
            or repelled_there
            or condemned
            or claimed
            or series
            or definite_actor
            or killed_by
            or killed_in
            or stepped
            or told
            or placed_month
            or listed
            or charged
            or "dates" in anchors  # "bombings in 2019 and 2018": one episode per date (episode_dates)
            or "day" in anchors
            or _counted_report(head, vocab, anchors)
            or _state_strikes(head, tv, index, anchors)
            or repulsed_by_strikes(head, tv, index)
            or _struck_target(head, tv, vocab, anchors)
            or ("place" in anchors and _took_place(head, vocab))
            or (bool(anchors & {"month", "clause_month"})
                and any(c.dep_ == "amod" and c.lower_ in vocab.opening_modifiers for c in head.children))
        ):
            return False
    if (trig.weak and head.tag_ == "NN" and det is None and head.i > 0 and head.doc[head.i - 1].lower_ in ("on", "in")
            and not _killing_in(head, vocab)):
        return False  # "went on strike", "stayed on strike", "Parliament is in session": the idiom, not an event
        # ("Five killed in blast near mosque": a title's dead, told without an article, were killed in one)
    if trig.weak and not (
        _actor_modifier(head, index, tv)
        # "ADF has pledged its allegiance to the IS group": the verb sworn on an allegiance word is the oath itself,
        # as the unbroken phrase "pledged allegiance" is; not so the bare infinitive ("for Maute to declare
        # allegiance", "have begun to pledge loyalty": an intent or a process)
        or (head.pos_ == "VERB" and head.tag_ != "VB" and acts_on(head, tv.allegiance_words))
        or governing_support(head, vocab) is not None
        or anchors & {"place", "day", "month"}
        or any(c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting") for c in head.children)
        or any(c.dep_ == "acl" and c.lemma_.lower() == "target" for c in head.children)
        or _killing_in(head, vocab)
        or _kills_as_subject(head, vocab)
        or _force_owned(head, sent, index, anchors, tv)
        or _went_off(head, tv)
        or (tv.needs_support and separate_deed(head, vocab, index, needed=True))
        # "Iraq's air force struck six suspected ISIS hideouts", "warplanes shelled the group's positions": the weak
        # verb an air arm or aircraft does to something is a strike, not a labour strike or a bare word
        or (head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.children)
            and flown_by_aircraft(head, tv, vocab))
    ):
        return False
    # an operation noun needs a light verb ("launched an operation"), a date of its own, or a named force
    # and place ("captured in a Taliban raid in the Paghman district")
    return not (
        tv.needs_support
        and head.pos_ != "VERB"
        and not object_verb(head, tv)  # "the dismantling of this cell": what it acted on tells it
        and not reported_arrest(head, tv)  # "announced the arrest of 82 individuals": its reporter's deed
        and governing_support(head, vocab) is None
        and not anchors & {"day", "month"}
        and not ("place" in anchors and _actor_modifier(head, index, tv))
        and not _force_owned(head, sent, index, anchors, tv)
        and not _killing_in(head, vocab)
        and not (_in_series(head, vocab) and "place" in anchors)
        and not _kills_there(head, vocab, anchors)
        and not separate_deed(head, vocab, index)
    )


def separate_deed(head: Token, vocab: Vocab, index: DocIndex, needed: bool = False) -> bool:
    """ "In a separate operation, troops neutralised two ISWAP terrorists", "a separate operation at Garno camp
    degraded their capabilities by neutralising six more": an operation noun set apart ([link] separate) in a clause
    that tells what it did ([link] separate_deeds) reports an operation of its own; its deed supports it as a light
    verb would."""
    if head.pos_ != "NOUN" or not any(
            c.dep_ in ("det", "amod") and c.lower_ in vocab.separate_words for c in head.children):
        return False
    node = head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    # the clause the noun is told in, with the noun's own relative clause ("an operation that killed nine")
    deeds = [t for t in node.subtree if t.i != head.i and t.pos_ == "VERB" and has_word(t, vocab.separate_deeds)
             and _done_to_group(t, head, index)]
    # ``needed``: only where no deed names its force itself ("troops engaged the insurgents, neutralising eight": the
    # verb reports the operation, with its doer, and the noun need not stand for it)
    return bool(deeds) and not (needed and any(is_force(kill_doer(t), vocab, index) for t in deeds))


def _done_to_group(verb: Token, operation: Token, index: DocIndex) -> bool:
    """A force's deed against the group's people: "troops neutralised eight terrorists", "an operation that killed
    nine militants", "nine terrorists were killed"; not the group's own ("in another operation, the group claimed to
    have executed four militiamen", "caliphate soldiers attacked a post, killing many"), nor the killing of others
    ("another raid in which two people were beheaded", the group's raid)."""
    vocab = index.vocab
    if is_passive(verb):
        return agent_of(verb) is None and is_perpetrator(subj_of(verb), vocab, index)
    # the subject of the verb, or of the one it is the means or the sequel of ("the operation degraded their
    # capabilities by neutralising six", "troops engaged the insurgents, killing eight")
    node, doer = verb, None
    for _ in range(4):
        doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if doer is not None or node.dep_ not in ("pcomp", "pobj", "prep", "conj", "advcl", "xcomp"):
            break
        node = node.head
    if doer is not None and doer.tag_ == "WDT":
        return operation.i < doer.i  # "an operation on Thursday that killed nine": the operation, told before
    # (a force, not fighters the group's own words call soldiers: "'caliphate soldiers' attacked a post, killing many")
    return doer is not None and (doer.i == operation.i or is_force(doer, vocab, index, armed=True)
                                 and not is_perpetrator(doer, vocab, index))

def past_deed_means(head: Token, sent: Span, vocab: Vocab) -> bool:
    """The plural is the agent of a past passive ("were destroyed by airstrikes") or what a past deed was done
    through ("was accomplished through air strikes", "showed the army targeting terrorists through air strikes"),
    alone (joined to a ground word, "with firepower and airstrikes", it tells a combined fight), in a sentence worded
    as no tally ("killed by airstrikes since 2014")."""
    prep = head.head
    if head.dep_ != "pobj" or not (prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in ("through", "via")):
        return False
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return False
    verb = prep.head
    if verb.pos_ != "VERB":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    past = verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and bool(aux) and aux <= {"was", "were", "had"}
    return (past or verb.tag_ == "VBG" and not aux) and not _spans_time(sent, vocab)

def _reduced_support(head: Token, vocab: Vocab) -> bool:
    """The trigger's light verb is a past passive ("the army said airstrikes were carried out on camps in Kirkuk") or
    a participle reducing one: on the noun ("airstrikes carried out on camps"), or misread as the noun's own verb
    with no object or auxiliary ("after airstrikes carried out on camps")."""
    if head.dep_ == "nsubjpass" and head.head.tag_ == "VBN" and head.head.lemma_.lower() in vocab.support_verbs:
        return any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.head.children)
    verb = next((c for c in head.children if c.dep_ == "acl"), None) if head.dep_ != "nsubj" else head.head
    if verb is None or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in vocab.support_verbs:
        return False
    if verb.dep_ != "acl" and verb.tag_ == "VBD" and verb.dep_ == "ROOT":
        return False  # "airstrikes carried on for a week": a main clause is no reduced one
    return not any(c.dep_ in ("dobj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _habit_support(head: Token, sent: Span, vocab: Vocab) -> bool:
    """ "the enclaves from which terrorists launch attack against the Maiduguri-Damboa general area", "the group
    regularly carries out bombings": an event noun done by a light verb in the simple present tells what someone
    does as a rule, as the simple present of an event verb does; a title ("ISWAP launches attack on Marte") and a
    caption with its day tell one event in the present."""
    support = governing_support(head, vocab)
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

def _sounds_heard(head: Token, vocab: Vocab) -> bool:
    """ "Residents in Khair Khana reported powerful blasts and gunfire", "explosions and clashes were reported in the
    neighbourhood", "residents reported hearing several explosions": a sound ([modality] sound_nouns) that is heard
    (hearing_verbs), or reported (sound_reports) by bystanders (sound_witnesses) or with no one named, is the noise
    of whatever the page tells, not an event of its own ("the Taliban reported an explosion near a mosque" is an
    official's report)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in vocab.sound_nouns:
        return False
    root = coordination_root(head)
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in vocab.hearing_verbs:
        return True
    if lemma not in vocab.sound_reports:
        return False
    if root.dep_ == "nsubjpass":
        return not any(c.dep_ == "agent" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in vocab.sound_witnesses


def _captive_past(head: Token, vocab: Vocab) -> bool:
    """ "the return of a Yazidi woman after she was abducted by ISIS 10 years ago", "who was kidnapped two months ago",
    "the children were abducted about two months earlier": a kidnapping ([modality] captive_verbs) whose clause is
    dated only by a count of months or years back ("ago" or "earlier" on it, [modality] captive_offsets and
    captive_periods) is a captive's past, told to say who was freed, found or killed."""
    if head.lemma_.lower() not in vocab.captive_verbs and head.lower_ not in vocab.captive_verbs:
        return False
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass"):
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return any(
        c.dep_ in ("advmod", "npadvmod", "prep") and c.lower_ in vocab.captive_offsets
        and any(t.lemma_.lower() in vocab.captive_periods for t in c.subtree)
        for c in clause.children
    )


def _involved_in_some(head: Token, vocab: Vocab) -> bool:
    """ "Two of the militants neutralised were involved in a suicide bombing in Quetta", "who was involved in
    multiple terrorist activities, including a recent attack at a mosque in Peshawar": an event with an indefinite
    article, the object of "in" on one of [modality] involvement_words (or listed there by "including"), tells
    who the people are by a past deed; the page reports it nowhere else ("the attack" points to one it tells)."""
    if determiner(head) not in ("a", "an"):
        return False
    node = head
    for _ in range(3):
        node = coordination_root(node)
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        if prep.lower_ == "in" and has_word(prep.head, vocab.involvement_words):
            return True
        if prep.lower_ not in vocab.member_preps:
            return False
        node = prep.head
    return False

# Prepositions whose phrase, on one of [modality] recall_links, is the attack someone is tied to ("involved in",
# "linked to", "in connection with", "sentenced for", "on trial over")
_RECALL_PREPS = frozenset({"in", "to", "with", "for", "over"})


def recalled(head: Token, vocab: Vocab) -> bool:
    """ "the mastermind of the Kabul airport attack", "four perpetrators of the Crocus City Hall terror attack", "a
    commander linked to the deadly Abbey Gate bombing", "the group behind the Paris attacks", "involved in the
    planning of the attack": an attack noun named by who planned, did, suffered or is tied to it (the "of" phrase of
    one of [modality] recall_nouns, the phrase of a preposition on one of recall_links, "behind", or the object of
    one of author_verbs: "orchestrating the attack"), walking up "of" phrases and lists. Told with "the", with no
    day or month of its own, it is a known one recalled in passing: the page's month is not its date (a page
    reporting it dates it elsewhere)."""
    node = head
    for _ in range(3):
        node = coordination_root(node)
        if node.dep_ == "dobj" and has_word(node.head, vocab.author_verbs):
            return True  # "blamed for orchestrating the first terrorist attack claimed by IS on Malaysian soil"
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        word = prep.lower_
        if word == "behind":
            return True
        if word == "of" and has_word(prep.head, vocab.recall_nouns):
            return True
        if word in _RECALL_PREPS and has_word(prep.head, vocab.recall_links):
            return True
        if word != "of" or prep.head.pos_ != "NOUN":
            return False
        node = prep.head  # "the planning and facilitation of the attack"
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
    held = held_count(head, tv, vocab)
    return held is not None and held > vocab.held_max

def _year_record(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """ "In 2017, Moroccan authorities initiated crackdowns and busted nine terror cells, arresting 189 terror
    suspects", "In 2025, the U.S. and partner forces detained more than 300 ISIS operatives": arrests of more people
    than [tally] max_year_held, in the trigger's clause (the verb, the verbs joined to it and its participles), sum
    up a year's record when only a year dates them (the caller's anchors); one sweep has a day or a month ("on
    Sunday detained some 400 suspects")."""
    if head.pos_ != "VERB":
        return False
    top = head
    while top.dep_ in ("conj", "advcl") and top.head.pos_ == "VERB":
        top = top.head
    verbs = [top, *(t for t in top.subtree
                    if t.pos_ == "VERB" and t.dep_ in ("conj", "advcl") and t.head.pos_ == "VERB")]
    return any((held_count(v, tv, vocab) or 0) > vocab.year_held_max for v in verbs)

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

def _charged_with(head: Token, vocab: Vocab) -> bool:
    """ "was behind the bombings", "responsible for the attacks", "blamed for (or accused of) the bombings": the
    trigger is what someone is charged with ([dates] claim_links, accusation_verbs)."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "behind":
        return True
    owner = prep.head
    return prep.lower_ in ("for", "of") and (
        owner.lower_ in vocab.claim_links or has_word(owner, vocab.accusation_verbs))

def _kills_there(head: Token, vocab: Vocab, anchors: set[str]) -> bool:
    """A trigger noun with a place that kills ("strikes targeting the Nusra Front in Aleppo had killed at
    least 50", "ground and air attacks in the Tumbun Rago area had neutralised more than 25 terrorists"):
    what killed is a report of the event."""
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in vocab.kill | vocab.force_outcomes
        and "place" in anchors
    )

def _kills_counted(head: Token, vocab: Vocab) -> bool:
    """ "precision airstrikes killed more than 30 of them", "the strikes neutralised 25 fighters": the strikes that
    killed a number of people, told in the simple past, are the episode reported, placed or not ("airstrikes have
    killed hundreds", "airstrikes kill dozens each month" sum up a record); so are those whose relative clause tells
    it ("the twin bombings at the cathedral that killed 21 people")."""
    verb = head.head
    if head.dep_ != "nsubj":
        # the relative clause's verb, its subject the relative pronoun standing for the noun
        verb = next((c for c in head.children if c.dep_ == "relcl" and any(
            g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)), head)
        if verb is head:
            return False
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in vocab.kill | vocab.force_outcomes:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return victims is not None and any(t.pos_ == "NUM" and t.like_num for t in victims.subtree)

def _doer_of_noun(head: Token, tv: TypeVocab) -> Token | None:
    """Who a noun's deed is told of ([types.X] doer_nouns): its possessor ("the militants' siege"), its "by" phrase
    ("the siege of Marawi City by the Maute group"), or the subject of a doer_verbs verb it is the object of
    ("militants laid siege on Marawi", "the group who led the siege": a relative pronoun stands for the noun its
    clause qualifies)."""
    doers: list[Token | None] = [c for c in head.children if c.dep_ == "poss"]
    doers += [g for p in head.children if p.dep_ in ("agent", "prep") and p.lower_ == "by" for g in p.children]
    if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in tv.doer_verbs:
        doers.append(relative_head(subj_of(head.head), head.head))
    return next((d for d in doers if d is not None), None)

def answers_attack(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """A plural event noun set going by a past light verb whose clause, outside the noun's own phrase, has an "after"
    or "following" phrase ([types.X] response_preps) with an attack the text points to as its object: "Following
    the attack, the military launched pursuit operations", "troops carried out search operations to secure the area
    after the attack" ("following an air support bombing run", with no article pointing back, tells no attack of the
    story). The forces' answer to that attack is one episode, anchored by the attack as a place or a day would."""
    if not tv.response_preps or head.pos_ == "VERB" or not is_plural(head):
        return False
    support = governing_support(head, vocab)
    if support is None or not _past_or_perfect(support, vocab):
        return False
    attacks = vocab.types[perpetrated_type(vocab)].nouns
    inside = {t.i for t in head.subtree}

    def told_attack(g: Token) -> bool:
        return has_word(g, attacks) and determiner(g) in vocab.definite_dets

    # ... or a clause it opens: "began combing operations in the area after the attack was reported"
    return any(
        t.i not in inside and (
            t.dep_ == "prep" and t.lower_ in tv.response_preps
            and any(g.dep_ == "pobj" and told_attack(g) for g in t.children)
            or t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in tv.response_preps for c in t.children)
            and any(g.dep_ in ("nsubj", "nsubjpass") and told_attack(g) for g in t.children))
        for t in support.subtree
    )

def _past_or_perfect(verb: Token, vocab: Vocab) -> bool:
    """ "launched operations in X", "have launched operations against ADF positions in DRC": told as done. A
    perfect tells a campaign's start only with a verb of starting: "has carried out several attacks in Kabul",
    "have conducted airstrikes" sum up a record."""
    if verb.tag_ == "VBD" and not _shares_perfect(verb):
        return True
    # "troops were conducting clearing operations in Barangay Adjid when they encountered ...": a past progressive
    # tells the episode under way then, as a simple past does
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return True
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
    return perfect and has_word(verb, vocab.start_verbs)

def _shares_perfect(verb: Token) -> bool:
    """ "The ISKP has amassed thousands of fighters and conducted deadly attacks in Kabul": a verb joined to a present
    perfect, with no auxiliary or subject of its own, shares the perfect (the tagger reads its form as a simple past),
    and so sums up a record as the perfect does."""
    head = verb.head
    return (
        verb.dep_ == "conj" and head.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def acts_on(head: Token, objects: frozenset[str], bands: frozenset[str] = frozenset()) -> bool:
    """What the trigger acts on is one of ``objects``: its object or passive subject ("dismantled a cell"),
    the noun it modifies ("the dismantled cell"), or its "of" or "with" phrase ("the dismantling of this cell",
    "engaged with members of the group"); one of ``bands`` stands for the people of its own "of" phrase
    ("neutralized a convoy of terrorists")."""
    acted_on = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    acted_on += [g for p in head.children if p.lower_ in ("of", "with") for g in p.children if g.dep_ == "pobj"]
    acted_on += _participle_subject(head)
    if head.dep_ in ("amod", "acl"):
        acted_on.append(head.head)
    acted_on += [g for t in acted_on if has_word(t, bands) for p in t.children if p.dep_ == "prep"
                 and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(has_word(t, objects) and not _band_of_others(t, objects) for t in acted_on)

def _participle_subject(head: Token) -> list[Token]:
    """ "Moroccan police on Friday dismantled a terror cell linked to the Islamic State": the parser often reads an
    object followed by a participle ("linked", "affiliated") as the subject of a clause the verb reports, which a
    verb of doing takes no clause for; that subject is what the verb acts on (only with no object of its own)."""
    if head.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
        return []
    return [s for c in head.children if c.dep_ == "ccomp" and c.tag_ == "VBN" and c.i > head.i
            and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.i < c.i and s.pos_ in ("NOUN", "PROPN")]

def _acts_on_group(head: Token, index: DocIndex) -> bool:
    """What the trigger acts on (as ``acts_on`` reads it) names the campaign's group or its fighters: "the exit of
    Islamic State forces from Raqqa" is the group leaving a town, no state's force leaving a country."""
    acted_on = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    acted_on += [g for p in head.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(names_group(t, index) for t in acted_on)

def _band_of_others(tok: Token, objects: frozenset[str]) -> bool:
    """ "a group of soldiers", "a group of tourists": a band whose "of" phrase names plural people who are none of
    ``objects`` is those people, not the group's ("a group of militants", "the group" alone stay)."""
    return tok.lemma_.lower() == "group" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and not has_word(g, objects)
        for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    )

def _attackers_do(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "the rebels claiming that they had captured a member of the local militia", "ISWAP fighters neutralised two
    vigilantes": a verb of what a force does to the group's people, done by the campaign's group or its fighters (its
    subject, or the body that reports it for a pronoun), is no force's operation against the group (the "member" of a
    militia the group took is its captive). Another armed group's deed stays one ("MILF members engaged the BIFF")."""
    if verb.pos_ != "VERB" or is_passive(verb):
        return False
    return on_group_side(reported_doer(kill_doer(verb), vocab), vocab, index)


def object_verb(head: Token, tv: TypeVocab) -> bool:
    """A trigger of [types.X] object_verbs, an event only with one of verb_objects as what it acts on; a word that is
    also one of the type's nouns is that only as a verb ("troops encountered 40 members of the Abu Sayyaf group";
    "killed in an encounter with troops" is the noun, a firefight of its own)."""
    # (fight_verbs as verbs only: "the battle to retake Marawi" is a campaign noun of its own)
    return (has_word(head, tv.object_verbs) or head.pos_ == "VERB" and has_word(head, tv.fight_verbs)) and not (
        head.pos_ != "VERB" and has_word(head, tv.own_nouns))

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
        defeated = subj_of(head) if passive else next((c for c in head.children if c.dep_ == "dobj"), None)
        if defeated is None and passive:
            defeated = clause_subject(head)  # "before being defeated in late 2017"
        if defeated is not None and defeated.tag_ in ("WDT", "WP"):
            defeated = _relative_antecedent(head) or defeated
    else:
        defeated = next((g for p in head.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        defeated = defeated or next((c for c in head.children if c.dep_ == "poss"), None)
        if defeated is None and head.dep_ == "dobj":
            defeated = clause_subject(head)  # "despite facing defeat in Iraq in 2017, remnants of the group"
    if defeated is None:
        return False
    if names_realm(defeated, tv):
        return True
    if has_word(head, tv.realm_defeat_words):
        return False  # "jets destroyed ISIS positions": only the realm's destruction is the group's defeat
    if names_target_group(defeated, index):
        return True
    # "its defeat", "the group was defeated", "remnants of it": a pronoun or description of the group in an
    # article that names it
    # ... and its fighters told by what they are ("the extremists were defeated in late 2017"), as "the militants" are
    pronoun = any(t.lower_ in index.vocab.pronouns or has_word(t, index.vocab.descriptions)
                  or has_word(t, index.vocab.attacker_losses) for t in with_of_phrase(defeated))
    return pronoun and bool(index.target_group_ids & {m.entity_id for m in index.entities_in(0, defeated.idx)})

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
    # "the militant group kidnapped and killed a group of men": verbs joined before their object share it (the parser
    # hangs it on the last one), and a common noun its modifier makes an attacker ("the militant group", "armed men")
    # names one
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i and not any(g.dep_ in ("nsubj", "nsubjpass")
           for g in c.children) and any(g.dep_ == "dobj" for g in c.children) for c in head.children):
        return False
    return subj.pos_ == "NOUN" and subj.ent_type_ == "" and not (
        has_word(subj, vocab.attackers) or has_word(subj, vocab.force_nouns) or has_word(subj, vocab.weapons)
        or described_attacker(subj, vocab)
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
    return any(c.dep_ == "acl" and _target_group_or_armed(agent_of(c), index) for c in head.children)

def _target_group_or_armed(tok: Token | None, index: DocIndex) -> bool:
    return tok is not None and any(m.type == "armed_group" for m in index.entities_in(tok.left_edge.idx, end_of(tok)))

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
    """ "US forces killed a leader in a helicopter raid": the killing reports the raid as a real one; so does a
    passive killing's agent ("15 people were killed by extremist attacks in North Kivu")."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or not (prep.lower_ in ("in", "during") or prep.dep_ == "agent"):
        return False
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # "killed 40 Islamic State (ISIS) militants in a military operation": the parser hung
        # the phrase on the dead, not on the killing
    lemma = verb.lemma_.lower()
    outcome = (lemma in vocab.force_outcomes | vocab.operation_outcomes
               and head.lemma_.lower() in vocab.types["operation"].nouns)
    # "more than 40 wounded in blast near a mosque", "Shakir was injured in a blast": the wounded count an attack
    # too (not an operation: "two soldiers were hurt in a clash" is a detail of a fight the story tells)
    hurt = lemma in vocab.wound and head.lemma_.lower() in vocab.types[perpetrated_type(vocab)].nouns
    return lemma in vocab.kill or hurt or outcome or kills_with_particle(verb, vocab)

def _killed_in_past(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """A noun the people a simple past killing counts were killed in ("were killed in the airstrikes", "eliminated
    militants in a pair of airstrikes", "were neutralised in two of their airstrikes"): an episode told, where a
    perfect ("have been killed in airstrikes") sums up a record; not a killing the group did ("the ADF killed 89
    civilians in strikes over a week": its raids, not strikes from the air)."""
    noun = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj":
        noun = head.head.head  # "in a pair of airstrikes", "in two of their airstrikes": the count's noun
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return False
    verb = noun.head.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # the phrase hung on the dead, not on the killing
    # (the force's words for it too: "were neutralised during these air strikes")
    if verb.lemma_.lower() not in vocab.kill | vocab.force_outcomes and not kills_with_particle(verb, vocab):
        return False
    if is_perpetrator(next((c for c in verb.children if c.dep_ == "nsubj"), None), vocab, index):
        return False  # (an active killer's: the dead of a passive are no doers)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and [c.lower_ for c in auxes] in (["was"], ["were"])


def _went_off(head: Token, tv: TypeVocab) -> bool:
    """A weak weapon or blast noun that went off ([types.X] blast_verbs): the subject of one of those verbs in the past
    ("a bomb exploded near a bank", "a bomb ripped through the market", "a bomb went off"), one named by a weapon set
    off ("an IED blast", "a landmine explosion"), or one a group claims ("claimed responsibility for a minibus
    explosion")."""
    if not tv.blast_verbs or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "compound" and c.lower_ in tv.weapon_nouns for c in head.children):
        return True
    if claimed_for(head) or claimed_by(head):
        return True
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not (verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and aux == {"had"}):
        return False  # "bombs explode", "a bomb could explode": no deed told
    lemma = verb.lemma_.lower()
    return lemma in tv.blast_verbs or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in tv.blast_verbs for c in verb.children)


def _steps_up(verb: Token, tv: TypeVocab) -> bool:
    """ "stepped up", "intensified": a verb of doing more ([types.X] step_up_verbs), a phrasal one with its
    particle."""
    if not tv.step_up_verbs or verb.pos_ != "VERB" or verb.tag_ == "VB":
        return False  # "should step up", "to intensify": urged or meant, not done
    lemma = verb.lemma_.lower()
    return lemma in tv.step_up_verbs or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in tv.step_up_verbs for c in verb.children)

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

def locative_place(tok: Token, etype: str, vocab: Vocab) -> bool:
    """Is the place word the object of a locative preposition ("in", "near"), through appositions?"""
    start = sent_start(tok)
    first = tok.doc[start + (tok.doc[start].is_punct)]
    if first.i < tok.i and first.lower_ in vocab.locative and all(
            t.head.i == tok.i and t.dep_ == "compound" for t in tok.doc[first.i : tok.i]):
        # "Near Mosul, five strikes engaged an ISIL tactical unit", "Near Dayr Az Zawr, two strikes destroyed ...": the
        # capitalised preposition opening a task force's strike report, which the parser reads as the first word of
        # the town's name
        return True
    node = tok
    for _ in range(4):
        if node.dep_ in ("compound", "poss", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
            return node is not tok  # "the Baghdad market": a modifier inside the located phrase
        if _neighbour_misread(node, vocab):
            # "an attack in neighboring Indonesia that killed eight": the parser may read the adjective as a verb
            # of the "in" phrase with the country its object; the phrase still says where, as "in Indonesia" does
            return node.head.head.lower_ in vocab.locative
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
            if prep == "to" and visit_to_place(node) is not None and has_word(
                    visit_holder(node.head.head), vocab.types[etype].visit_nouns):
                return True  # "a visit to Kigali": the visit, and the meeting it is, took place there
            return prep in vocab.locative or (prep == "from" and etype in vocab.from_types)
        if node.dep_ not in ("appos", "conj", "compound", "amod"):
            return False
        node = node.head
    return False

def _neighbour_misread(node: Token, vocab: Vocab) -> bool:
    """The name is the object of a neighbour word ([places] neighbours) the parser read as the verb of a
    preposition's phrase: "in neighboring Indonesia" parsed as "in" + "neighboring (pcomp) Indonesia (dobj)"."""
    verb = node.head
    return (node.dep_ == "dobj" and verb.i != node.i and verb.lower_ in vocab.neighbours and verb.dep_ == "pcomp"
            and verb.head.dep_ == "prep")

def in_topic_clause(tok: Token, head: Token, vocab: Vocab) -> bool:
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

def _misread_object(verb: Token) -> Token | None:
    """ "after they recaptured Mosul from the terrorist group last year": the parser may read the name right after an
    active verb that has no object as an adverb of it; that name is the object (None for any other verb)."""
    if passive_verb(verb) or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.head.i != verb.i or after.dep_ not in ("advmod", "npadvmod", "dep"):
        return None
    # (a name only: the tagger may call it an adverb too; a place the place stage knows is what links it)
    return after if after.text[:1].isupper() and after.pos_ in ("PROPN", "ADV") and after.ent_type_ != "DATE" else None

def taken_places(head: Token, tv: TypeVocab) -> list[Token]:
    """The phrases naming the place a recapture, a seizure or a strike is about, which is where it happened:
    the object ("retook Ramadi"), the passive or "fall" subject ("Mosul was liberated", "Mosul fell"),
    a noun's "of" phrase ("the liberation of Marawi"), what a strike targeted."""
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and (controlled := control_place(head, tv)) is not None:
        return [controlled]  # "took control of the province": the "of" phrase is the place taken
    if (held := held_town(head, tv)) is not None:
        return [held]  # "Rutba has been held by the group since 2014", "Mosul has been under IS control since ..."
    if head.pos_ == "VERB" and lemma in tv.expel_verbs:
        # "drove the IS militants out of Sarijkhanah": the "out of" or "from" phrase is the place taken
        place = out_of(head, [a for a in (verb_patient(head),) if a is not None])
        if place is not None:
            return [place]
    if head.pos_ == "VERB" and lemma in tv.entry_verbs | tv.deploy_verbs:
        # "the UPDF entered DRC", "Rwanda deployed troops to Cabo Delgado": where the forces went (triggers.
        # _deploys_abroad), not a place a clause about what led to it names ("after bombs went off in Kampala")
        went = [c for c in head.children if c.dep_ == "dobj"] if lemma in tv.entry_verbs else [
            g for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "into")
            for g in p.children if g.dep_ == "pobj"]
        if went:
            return went
    # ("insurgents infiltrated Mocímboa da Praia", "gunmen targeted Sebba": the town aimed at, [types.X] aim_verbs, is
    # where it happened, as a town seized is)
    if tv.object_is_place or lemma in tv.seize_verbs or lemma in tv.fall_verbs or lemma in tv.aim_verbs:
        if head.pos_ == "VERB":
            deps = ("dobj", "nsubjpass", "nsubj") if lemma in tv.fall_verbs else ("dobj", "nsubjpass")
            # ("Albu Kamal, a border town which the regime recaptured": the pronoun's noun is the place)
            taken = [t for c in head.children if c.dep_ in deps and (t := relative_head(c, head)) is not None]
            return taken or [t for t in (_misread_object(head),) if t is not None]
        return [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    if not tv.has_target:
        return []
    # "air strikes targeting IS camps in central Syria": the target's place is where the strike hit
    # ("dozens of air strikes targeting ...": the parser may hang the participle on the quantity)
    owners = [head, head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [head]
    # (read from the document's child, label and lemma lists: a walk of ``o.children`` made a Token of each child,
    # for every strike word asked, where few have a "targeting" participle)
    doc = head.doc
    kids, labels, words = child_indices(doc), token_deps(doc), token_words(doc)
    return [
        doc[d]
        for o in owners
        for c in kids[o.i]
        if labels[c] == "acl" and words[c][0] == "target"
        for d in kids[c]
        if labels[d] == "dobj"
    ]
