"""Parse helpers that several event readers share: a clause's subject and governing verb, a phrase's
premodifiers, the group or realm a phrase names, who lost or holds a place, claim phrases.

They live below the readers so that each reader module imports only from modules under it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.symbols import ADJ, ADV, DET, NOUN, NUM, PART, PROPN
from spacy.tokens import Span, Token

from sitroom.annotate.extensions import child_indices, doc_memo, token_deps, token_pos, token_words
from sitroom.annotate.lines import SENTENCE_END
from sitroom.extract.events.records import SUBJECTS, DocIndex
from sitroom.extract.events.syntax import ancestors, conjuncts, has_word, per_token, sent_start
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.models import EntityMention, PlaceMention


def names_target_group(tok: Token | None, index: DocIndex) -> bool:
    """Whether a noun phrase names the campaign's target group or one of its branches."""
    return tok is not None and any(
        m.entity_id in index.target_group_ids for m in index.entities_in(tok.left_edge.idx, end_of(tok))
    )

def names_group(tok: Token | None, index: DocIndex) -> bool:
    """The campaign's target group or its fighters: "the Islamic State", "IS militants", "the terrorists", or a
    pronoun or description of the group in an article that has named it ("it was driven out of Iraq")."""
    if tok is None:
        return False
    vocab = index.vocab
    if names_target_group(tok, index) or has_word(tok, vocab.attacker_losses):
        return True
    pronoun = tok.lower_ in vocab.pronouns or has_word(tok, vocab.descriptions)
    return pronoun and bool(index.target_group_ids & {m.entity_id for m in index.entities_in(0, tok.idx)})

def held_place(tok: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """A phrase naming a place a side can hold: a town or area the gazetteer knows, or one told by its kind
    ("its last stronghold", "the city of Manbij", "several key locations", [types.X] held_places)."""
    heads = conjuncts(tok)
    heads += [g for h in heads for p in h.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    places = {t.i for _pm, t in index.places}
    return any(
        h.i in places or has_word(h, tv.held_places) or has_word(h, index.vocab.containers) for h in heads
    )

def out_of(verb: Token, args: list[Token]) -> Token | None:
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
                # "the towns of Derna and Sirte, from which it had been driven out in 2018 and 2016": the relative
                # pronoun stands for the place its clause qualifies
                if pobj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    return verb.head
                return pobj
    return None

def fallen_to(verb: Token) -> Token | None:
    """Who a place fell to: the verb's "to" phrase ("Mosul fell to IS"), or whose "hands" it fell into or in ("fell
    into the hands of Libyan fighters", "fell into militant hands")."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("to", "into", "in"):
            continue
        pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if p.lower_ == "to" and pobj.lower_ not in ("hand", "hands"):
            return pobj
        if pobj.lower_ in ("hand", "hands"):
            owner = next((g for q in pobj.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children
                          if g.dep_ == "pobj"), None)
            return owner or next((c for c in pobj.children if c.dep_ in ("poss", "amod", "compound")), None)
    return None

def passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

def verb_patient(verb: Token) -> Token | None:
    """What a verb acts on: its object, or its passive subject ("the faction was kicked out of Derna"), or for a
    subjectless passive the subject of the clause above ("... before being ousted")."""
    if passive_verb(verb):
        patient = subj_of(verb) or clause_subject(verb)
        # "the Islamic State group, which was driven out of its Libyan stronghold of Sirte": the relative pronoun
        # stands for the noun its clause hangs on
        if patient is not None and patient.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in (
                "NOUN", "PROPN"):
            return verb.head
        return patient
    return next((c for c in verb.children if c.dep_ == "dobj"), None)

def control_sides(verb: Token, tv: TypeVocab, index: DocIndex) -> tuple[list[Token], Token | None] | None:
    """For a verb of putting the group out of a place, of ridding a place of it or of the group losing it
    ([types.X] expel_verbs, rid_verbs, loss_verbs): (the phrases naming the group, the place); None when the
    verb is not so used ("expelled French forces", "cleared of mines", "lost 10 men")."""
    lemma = verb.lemma_.lower()
    patient = verb_patient(verb)
    if lemma in tv.expel_verbs and names_group(patient, index) and patient is not None:
        place = out_of(verb, [patient])
        if place is not None and held_place(place, tv, index):
            return [patient], place
    if lemma in tv.rid_verbs and patient is not None and held_place(patient, tv, index):
        # the verb's "of" or "from" phrase ("cleared of militants"), or a "from" phrase the parser hangs on the
        # place ("liberated a neighbourhood from the group"; the place's own "of" phrase is its name)
        preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "from")]
        preps += [p for p in patient.children if p.dep_ == "prep" and p.lower_ == "from"]
        rid_of = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        group = [g for g in rid_of if names_group(g, index)]
        if group:
            return group, patient
    if lemma in tv.loss_verbs and not passive_verb(verb):
        # only with who took it ("to rival Islamist groups"): "ISIS lost its final stronghold in Syria in 2019" alone
        # is the wire line on the caliphate's end that pages repeat as background
        loser = subj_of(verb)
        if (
            names_group(loser, index) and patient is not None and held_place(patient, tv, index)
            and lost_to(verb, patient)
        ):
            return [t for t in (loser,) if t is not None], patient
    return None

def lost_to(verb: Token, place: Token | None) -> list[Token]:
    """Who a place was lost to: the "to" phrase on the verb or, as the parser often hangs it, on the place
    ("lost its last stronghold in Baghuz to the US-led coalition")."""
    return [
        g for o in (verb, place) if o is not None for p in o.children
        if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"
    ]

def means_doer(verb: Token) -> Token | None:
    """The subject of the verb a subjectless by- or in-gerund hangs on: what the gerund tells is how that
    subject did it ("the coalition achieved a victory by destroying the caliphate")."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in ("by", "in") and prep.head.pos_ == "VERB" and subj_of(verb) is None:
        return subj_of(prep.head)
    return None

def is_passive(verb: Token) -> bool:
    """ "was killed", "were gunned down": the verb has a passive auxiliary."""
    return any(c.dep_ == "auxpass" for c in verb.children)

@per_token
def arrest_verb(verb: Token, tv: TypeVocab) -> bool:
    """A verb of arrest ([types.X] arrest_verbs), or one that puts people into custody ([types.X] custody_nouns as
    its "into" phrase): "were taken into custody in Sydney" tells an arrest as "were arrested in Sydney" does."""
    return has_word(verb, tv.arrest_verbs) or into_custody(verb, tv) or holding_order(verb, tv)

def into_custody(verb: Token, tv: TypeVocab) -> bool:
    # (read on the per-document lists, a Token made only for the object of an "into": asked of every trigger of
    # most types, and the walk of the verb's children made a Token of each)
    doc = verb.doc
    labels, words, kids = token_deps(doc), token_words(doc), child_indices(doc)
    return any(
        labels[p] == "prep" and words[p][1] == "into"
        and any(labels[g] == "pobj" and has_word(doc[g], tv.custody_nouns) for g in kids[p])
        for p in kids[verb.i]
    )

def holding_order(verb: Token, tv: TypeVocab) -> bool:
    """A verb of ``tv.order_verbs`` whose object or "with" phrase is an order of one of ``tv.order_nouns``: "was issued
    with an Order of Detention under the ISA", "was issued a two-year detention order", "served a detention order on
    him" put a person in custody as "was detained" does ("was released on a Restriction Order" is none)."""
    if verb.pos_ != "VERB" or not has_word(verb, tv.order_verbs):
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    withs = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"]
    held += [g for p in withs for g in p.children if g.dep_ == "pobj"]
    return any(_order_of(o, tv) for o in held)

def _order_of(order: Token, tv: TypeVocab) -> bool:
    """ "an Order of Detention", "a detention order": an order noun naming one of ``tv.order_nouns``."""
    if order.lemma_.lower() != "order":
        return False
    return any(
        (c.dep_ in ("compound", "amod") and has_word(c, tv.order_nouns))
        or (c.dep_ == "prep" and c.lower_ == "of" and any(has_word(g, tv.order_nouns) for g in c.children))
        for c in order.children
    )

def repelled(attack: Token, vocab: Vocab) -> bool:
    """An attack noun told as made, though stopped: a participle of launching it modifies ("attacks launched by
    ISWAP fighters", [modality] repelled_launch), or, with a "by" phrase naming who made it, aimed at a post troops
    hold ([modality] repelled_targets), by an "on" phrase on it ("an attack by ISWAP terrorists on their location")
    or as the object of a "targeting" participle in it ("an attack by an ISIS cell targeting the SDF's Dhiban
    Brigade"). The stopping verb it is the object of then tells the attack repelled in the field, not a plot kept
    from happening."""
    if attack.pos_ != "NOUN":
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in vocab.repelled_launch for c in attack.children):
        return True
    # ... and told with who made it ("an attack on a military base" the army managed to impede, with no doer, may be
    # one kept from happening)
    doers = [g for c in attack.children if c.dep_ == "prep" and c.lower_ == "by"
             for g in c.children if g.dep_ == "pobj"]
    if not doers:
        return False
    # (the parser hangs "on" on the doer as often as on the attack: "an attack by ISWAP terrorists on their location")
    aims = [c for t in (attack, *doers) for c in t.children if c.dep_ == "prep" and c.lower_ == "on"]
    aims += [t for t in attack.subtree if t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() == "target"]
    return any(
        g.dep_ in ("pobj", "dobj") and g.lower_ in vocab.repelled_targets for aim in aims for g in aim.children
    )

def foiled(verb: Token, tv: TypeVocab, vocab: Vocab | None = None) -> bool:
    """An active verb of ``tv.foil_verbs`` whose object is one of ``tv.foil_objects``: "thwarted an Islamic State
    plot", "foiled yet another attack", "had prevented terror attacks planned by an IS group" (who did it:
    ``keep_trigger``). Not an attack the troops repelled (``repelled``, with ``vocab``): that is the attackers'
    attack, told by its own noun."""
    if verb.pos_ != "VERB" or not has_word(verb, tv.foil_verbs) or is_passive(verb):
        return False
    if vocab is not None and any(c.dep_ == "dobj" and repelled(c, vocab) for c in verb.children):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "by" and any(g.dep_ == "pcomp" for g in p.children)
           for p in verb.children):
        return False  # "thwarted a terror attack by apprehending a group of terrorists": the arrest is told itself
    return any(
        c.dep_ == "dobj" and has_word(c, tv.foil_objects)
        and not any(m.dep_ in ("amod", "compound") and has_word(m, tv.foil_not_modifiers) for m in c.children)
        for c in verb.children
    )

def searched(tok: Token, tv: TypeVocab) -> bool:
    """A verb of ``tv.search_verbs`` in the active voice with one of ``tv.search_objects`` as its object ("police
    searched the boy's home", "the anti-terror squad searched a house in Dupak"): a raid by another word (who did it:
    ``keep_trigger``)."""
    return (
        tok.pos_ == "VERB"
        and has_word(tok, tv.search_verbs)
        and not is_passive(tok)
        and any(c.dep_ == "dobj" and has_word(c, tv.search_objects) for c in tok.children)
    )

@lru_cache(maxsize=4)
def lede_end(text: str) -> int | None:
    """Where the line of the lede's first full sentence ends (None: the page has no full sentence)."""
    # (kept for the last few texts: the lede rules of the trigger, mention and link stages each split the whole page
    # into its lines again, three times a page on ``sitroom bench``)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip().endswith(SENTENCE_END)), None)
    return None if first is None else sum(len(line) + 1 for line in lines[: first + 1])

def end_of(tok: Token) -> int:
    last = tok.right_edge
    return last.idx + len(last.text)

def premodifiers(head: Token) -> Span:
    """The words of the noun phrase before the trigger, however the parser attached them
    ("On the US airstrikes": "US" is sometimes parsed as the object of "On"). A verb has none: the words
    before it are its clause ("The 25 Taskforce Brigade was attacked"), not modifiers of an event noun."""
    if head.pos_ in ("VERB", "AUX"):
        return head.doc[head.i : head.i]
    start = min(head.left_edge.i, head.i)
    # (the sentence's start and the words' parts of speech read from the per-document lists: ``head.sent`` walked
    # the sentence's bounds and made a Span, and ``doc[i].pos_`` a Token, at every word stepped over)
    first, pos = sent_start(head), token_pos(head.doc)
    i = head.i - 1
    while i >= first and pos[i] in _PREMODIFIER_POS:
        i -= 1
    return head.doc[min(start, i + 1) : head.i]

# the parts of speech of the words a noun phrase's premodifiers run over (``premodifiers``)
_PREMODIFIER_POS = frozenset({DET, ADJ, NOUN, PROPN, NUM, PART, ADV})

def split_premodifier(head: Token) -> Token | None:
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

def direction_after(head: Token, vocab: Vocab) -> Token | None:
    """ "conducted a search operation west of Monguno", "two strikes southeast of Baiji": the parser may read the
    direction word right after a nominal trigger as the noun the trigger modifies ("operation" a compound of "west");
    that direction, with its "of" phrase, is where the event was and stands in the trigger's place in the clause.
    Return it, if so."""
    after = head.head
    if head.dep_ != "compound" or after.i != head.i + 1 or not has_word(after, vocab.directions):
        return None
    return after if any(c.dep_ == "prep" and c.lower_ == "of" for c in after.children) else None

@per_token
def governing_support(head: Token, vocab: Vocab) -> Token | None:
    """The light verb of a nominal trigger: "launched an offensive", "an attack carried out by"."""
    first = split_premodifier(head) or direction_after(head, vocab)
    if first is not None:
        return governing_support(first, vocab)
    # "dep": the object the parser lost after a long aside ("launched, in collaboration with ..., operations")
    if head.dep_ in ("dobj", "nsubjpass", "pobj", "dep") and head.head.lemma_.lower() in vocab.support_verbs:
        return head.head
    if head.dep_ == "nsubj" and occurs_verb(head.head, vocab):
        return head.head  # "The operation took place near Peshawar"
    if (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN"
            and head.head.head.lemma_.lower() in vocab.support_nouns):
        return head.head.head  # "announced on Monday the launch of an operation in Anbar": as "launched an operation"
    if (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in vocab.phase_nouns
            and head.head.head.dep_ in ("dobj", "nsubjpass")
            and head.head.head.head.lemma_.lower() in vocab.support_verbs):
        return head.head.head.head  # "launched the fifth phase of an operation": as "launched an operation"
    if (head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.dep_ == "prep"
            and head.head.head.lemma_.lower() in vocab.partaking_verbs
            and not any(c.dep_ == "dobj" for c in head.head.head.children)):
        # "troops engaged in a gun battle with the militants": as "fought a gun battle" (not "engaged troops in a
        # gun battle", which tells the side engaged: the object verbs' reading, [types.operation] object_verbs)
        return head.head.head
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
        if child.dep_ == "relcl" and occurs_verb(child, vocab):
            return child  # "The operation, which took place in the region of Errachidia, ..."
    return None

def occurs_verb(verb: Token, vocab: Vocab) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in vocab.occur_verbs:
        return True
    # "took place": the verb with its object; "clashes broke out": with its particle
    return any(f"{lemma} {c.lower_}" in vocab.occur_verbs for c in verb.children if c.dep_ in ("dobj", "prt"))

def group_after(head: Token, index: DocIndex) -> EntityMention | None:
    """The parser sometimes reads "the attack ISIS-K perpetrated" as a compound noun: the trigger then
    modifies a group name followed by a verb of its own. Return that group, if so."""
    noun = head.head
    groups = [m for m in index.entities_overlapping(noun.idx, noun.idx + len(noun.text)) if m.type == "armed_group"]
    if groups and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children):
        return groups[0]
    return None
# what is claimed for: "claimed responsibility for", "took credit for", "a claim for"
_CLAIM_OWNERS = ("responsibility", "credit", "claim")

def carried_out(head: Token, vocab: Vocab) -> bool:
    """What a light verb of doing did ([modality] doing_verbs): "rebels carried out the killings in the village of
    X", "the executions were carried out after Eid prayers" (a killing done, not one talked of: "the killing of
    al-Baghdadi was a blow")."""
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in vocab.doing_verbs:
        return False
    if verb.tag_ == "VB":
        return False  # "travelled to Albania to carry out a contract killing": an aim, not a deed
    return head.dep_ == "dobj" or (head.dep_ == "nsubjpass" and is_passive(verb))

def claimed_for(head: Token) -> bool:
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

def names_realm(defeated: Token, tv: TypeVocab) -> bool:
    """The defeated side is the group's realm ([types.X] group_realms) or what was left of it: "the caliphate",
    "the last remnants of the physical caliphate"."""
    return any(has_word(t, tv.group_realms) for t in with_of_phrase(defeated))

def with_of_phrase(tok: Token) -> list[Token]:
    """The word and what its "of" phrase names: "remnants of it", "the last remnants of the caliphate"."""
    return [tok] + [g for p in tok.children if p.lower_ == "of" for g in p.children]

def realm_destroyed(tok: Token, tv: TypeVocab) -> bool:
    """A word of destruction ([types.X] realm_defeat_words) whose object or "of" phrase is the group's realm."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # "the caliphate was destroyed"
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return any(names_realm(o, tv) for o in objects)

def clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above ``tok`` that has one: a participle or gerund phrase with none
    of its own ("despite facing defeat", "before being defeated") is about the main clause's subject."""
    for node in ancestors(tok)[1:5]:
        if node.pos_ in ("VERB", "AUX") and (subj := subj_of(node)) is not None:
            return subj
    return None

def coordination_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok

def names_subject(pm: PlaceMention, head: Token, vocab: Vocab) -> bool:
    """Whether the place is the subject of the trigger (or of its light verb), or a word on that subject's
    head ("The U.S. launched", "U.S. military forces conducted"), not a place further inside it."""
    verb = governing_support(head, vocab) or head
    subj = subj_of(verb)
    if subj is None:
        return False
    words = [subj] + [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return any(w.idx <= pm.start < w.idx + len(w.text) for w in words)

def _bracketed(tok: Token) -> bool:
    """ "(MENAFN) On Thursday, Turkish security forces apprehended ...": an outlet's credit the parse took
    for a second subject."""
    doc, left, right = tok.doc, tok.left_edge.i, tok.right_edge.i
    if doc[left].text == "(" and doc[right].text == ")":  # the brackets hang on the name
        return True
    return left > 0 and right + 1 < len(doc) and doc[left - 1].text == "(" and doc[right + 1].text == ")"

# the subjects found so far, by the verb's token index (-1: none), in ``doc.user_data`` (``subj_of``)
_SUBJECTS_KEY = "sitroom.events.subjects"


def subj_of(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb above that its clause takes it from."""
    # (kept per token once found, as an index: the trigger's verb, its light verb and the verbs near it are asked
    # again by the capture, aircraft, actor, claim and toll rules, trigger after trigger; half the calls repeated one.
    # The answer reads the parse alone, which no rule changes.)
    doc = tok.doc
    known: dict[int, int] = doc_memo(doc, _SUBJECTS_KEY, dict)
    found = known.get(tok.i)
    if found is None:
        subj = _subj_of(tok)
        known[tok.i] = -1 if subj is None else subj.i
        return subj
    return None if found < 0 else doc[found]


def _subj_of(tok: Token) -> Token | None:
    # two subjects are parse debris before the real one ("ERBIL, Kurdistan Region - Iraqi warplanes carried
    # out", "(MENAFN) On Thursday, Turkish security forces apprehended"): the one nearest the verb is it
    # (the children read from the per-document lists, a Token made only for a subject: ``tok.children`` made one
    # per child, and this is asked of most verbs near a trigger)
    doc = tok.doc
    labels = token_deps(doc)
    subjects = sorted((doc[c] for c in child_indices(doc)[tok.i] if labels[c] in SUBJECTS),
                      key=lambda c: (c.i > tok.i, -c.i))
    subj = next((c for c in subjects if not _bracketed(c)), subjects[0] if subjects else None)
    if subj is None and tok.dep_ == "xcomp" and any(labels[c] == "dobj" for c in child_indices(doc)[tok.head.i]):
        # "repelled the attack, forcing the rest to withdraw": the object of the verb above does it, not its subject
        return None
    if subj is None and tok.dep_ in ("xcomp", "ccomp", "conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return subj_of(tok.head)
    if (subj is None and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep"
            and tok.head.head.pos_ in ("VERB", "AUX")):
        # "the group changed its name after pledging allegiance to ISIL", "the gunmen fled after killing three
        # villagers": a gerund on a preposition of the clause has the clause's subject
        return subj_of(tok.head.head)
    return subj
