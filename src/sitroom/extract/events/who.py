"""Who did an event and to whom: the actor (subject, agent, claimant, blamed group, the force a
reporter names) and the target of an event mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import child_indices, doc_text, token_deps, token_words
from sitroom.extract.events.clauses import (
    arrest_verb,
    control_sides,
    end_of,
    fallen_to,
    governing_support,
    group_after,
    lost_to,
    means_doer,
    premodifiers,
    subj_of,
)
from sitroom.extract.events.records import SUBJECTS, Actor, DocIndex, kb_ancestors
from sitroom.extract.events.syntax import (
    ancestors,
    conjuncts,
    count_of,
    determiner,
    has_word,
    listed_in,
    victims_of,
)
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.models import EntityMention, stable_id
from sitroom.resolve.actor_kb import load_actor_kb


def reported_doer(doer: Token | None, vocab: Vocab) -> Token | None:
    """ "The FSB said it detained five members of an IS cell": a pronoun doer of a reported clause is the body that
    reports its own deed."""
    if doer is not None and doer.pos_ == "PRON" and doer.lower_ in vocab.pronouns:
        return reporting_subject(doer, vocab) or doer
    return doer

def reporting_subject(pronoun: Token, vocab: Vocab) -> Token | None:
    """The noun subject of the reporting verb whose reported clause has ``pronoun`` as subject; a verb of claiming
    reports as well ("the group claimed it killed 20 soldiers")."""
    clause = pronoun.head
    said = clause.head.lemma_.lower()
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp" or (said not in vocab.reporting
                                                                   and said not in vocab.claim_verbs):
        return None
    subj = subj_of(clause.head)
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
        # (or the owner of a claim: "after the group's claim of responsibility for an attack on a concert hall")
        description = (tok.dep_ in SUBJECTS or tok.dep_ == "poss" and tok.head.lemma_.lower() == "claim") and has_word(
            tok, index.vocab.descriptions) and determiner(tok) == "the"
        body = tok.dep_ in SUBJECTS and has_word(tok, index.vocab.body_descriptions) and determiner(tok) == "the"
        if body and not index.entities_in(tok.left_edge.idx, end_of(tok)):
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
        if (pronoun or own_forces) and (speaker := reporting_subject(tok, index.vocab)) is not None:
            # "Police said they had arrested two suspects": "they" is who said it, named or not
            named = [m for m in index.entities_in(speaker.left_edge.idx, end_of(speaker)) if m.type in types]
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
        span_mentions = index.entities_in(tok.left_edge.idx, end_of(tok))
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
                left, end = tok.left_edge.idx, end_of(tok)
                span_mentions = [m for m in index.entities_overlapping(left, end) if left <= m.start and m.end > end]
        # "the SDF, with air support from the coalition, launched ...": the subject is the SDF; "the National
        # Police's counter-terrorism unit Special Detachment 88 arrested ...": a common noun's apposition names
        # it, and the owner it belongs to is the modifier
        named_by_appos = tok.pos_ == "NOUN" and any(
            c.dep_ == "appos" and index.entities_in(c.left_edge.idx, end_of(c)) for c in tok.children
        )
        # "The National Police's Anti-terror Detachment 88 arrested two suspects", "Iraq's Counter-Terrorism Service
        # raided": a named body the owner's possessive precedes is the one that acted, the owner a modifier of it
        side = ("prep", "relcl", "acl", "poss") if named_by_appos else ("prep", "relcl", "acl", "appos", "poss")
        modifiers = [(c.left_edge.idx, end_of(c)) for c in tok.children if c.dep_ in side]
        # "Special Units of the SDF, with the support of the U.S.-led coalition, carried out ...": the backer
        # the phrase names beside the one acting is no actor ([places] backer_nouns, backer_verbs)
        backers = _backers(tok, index.vocab) + _groups_left(tok, index.vocab)
        # "attacked by suspected jihadists in northern Mali": a country in a place phrase of a doer no force noun
        # names is where the doers were, not who they are ("Security forces in the southern Philippines" are that
        # state's forces)
        whereabouts = [] if has_word(tok, index.vocab.force_nouns) else [
            (c.left_edge.idx, end_of(c)) for c in tok.children if c.dep_ == "prep" and c.lower_ in index.vocab.locative]
        # (the place phrases of the phrase's nouns, a listed one's too: "the gunmen and the soldiers around ...")
        places = [(c.left_edge.idx, end_of(c)) for c in tok.subtree if c.dep_ == "prep"
                  and c.lower_ in index.vocab.locative and c.head.pos_ in ("NOUN", "PROPN")]
        for m in span_mentions:
            if any(a <= m.start < b for a, b in backers) or _backer_by_dash(m, index):
                continue
            if m.type == "country" and any(a <= m.start < b for a, b in whereabouts):
                continue
            # "the soldiers around Iknewane, Tilia Department", "troops at Isuofia in Aguata Local Government Area":
            # a name no knowledge base knows, in a place phrase of the doers, is a place the NER took for a body
            if m.type != "country" and m.kb_id is None and any(a <= m.start < b for a, b in places):
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
            and m.end <= end_of(tok)
            for tok in tokens
        )

    def outside(m: EntityMention) -> bool:
        return m.kb_id is not None and bool({m.kb_id, *kb_ancestors(m.kb_id)} & index.vocab.outside_campaign)

    # "United States and coalition forces conducted a raid in Syria": a state listed with a coalition of states in
    # the doers' phrase leads it, as a strike's state does
    if "country" in types and (lead := _state_with_coalition(core, index.doc)) is not None:
        return Actor.of(lead, premodifies(lead))
    # "twin attacks by Boko Haram and ISWAP terrorists": a group outside the campaign named beside the campaign's
    # own ([link] outside_campaign) gives way to it
    for named in (core, found):
        for etype in types:
            of_type = [m for m in named if m.type == etype]
            ours = [m for m in of_type if m.entity_id in index.target_group_ids
                    and _listed_with(m, of_type[0], index.doc)] if campaign else []
            if of_type:
                pick = ours[0] if ours and outside(of_type[0]) else of_type[0]
                # "the Political Directors of the Global Coalition met": a name the knowledge base does not know (the
                # people's title the NER took for a body) gives way to the body of the knowledge base it belongs to
                known = [m for m in found if m.kb_id is not None and m.type in types and m.type != "country"]
                if pick.kb_id is None and known:
                    pick = known[0]
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

def _state_with_coalition(named: list[EntityMention], doc: Doc) -> EntityMention | None:
    """The one state of ``named`` listed with a coalition of states (a body of no state that acts in an ``area``,
    actors.toml) named there too: "United States and coalition forces", "the U.S. and the coalition"."""
    if not any(m.type == "country" for m in named):
        return None  # no state to lead (asked for every actor search: the knowledge base's look-up reads the env)
    kb = load_actor_kb()

    def coalition(m: EntityMention) -> bool:
        body = kb.actors.get(m.kb_id or "")
        return (body is not None and body.type == "organization" and bool(body.area)
                and not any(a.startswith("country:") for a in kb_ancestors(body.id)))

    states = {m.kb_id: m for m in named if m.type == "country"
              and any(coalition(o) and _listed_with(m, o, doc) for o in named)}
    return next(iter(states.values())) if len(states) == 1 else None


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
                              and agent_of(c) is not None)
        if backing:
            spans.append((c.left_edge.idx, end_of(c)))
    return spans

def _backer_by_dash(m: EntityMention, index: DocIndex) -> bool:
    """The name is joined by a dash to a participle of backing ([places] backer_verbs): "US-backed forces have seized
    Tabqa", "the (US-backed) army": it names who backs the doers, never the doers."""
    after = doc_text(index.doc)[m.end : m.end + 16].lstrip(")")
    if after[:1] not in ("-", "‐", "–"):
        return False
    word = after[1:].split(" ", 1)[0].lower()
    return any(word.startswith(v) and word.endswith("ed") for v in index.vocab.backer_verbs)

def _groups_left(tok: Token, vocab: Vocab) -> list[tuple[int, int]]:
    """The spans of ``tok``'s phrase that name the group its doers split from ([places] split_words): the "of" or "from"
    phrase of a noun a split word modifies ("Members of the BIFF, a breakaway faction of the MILF", "an offshoot of
    JMB"), and what stands before the split word in that noun's phrase ("A MILF breakaway group", "Boko Haram's
    splinter group")."""
    spans = []
    for t in tok.subtree:
        if t.lower_ not in vocab.split_words:
            continue
        noun = t.head if t.dep_ in ("amod", "compound", "nmod") and t.head.i > t.i else t
        spans += [(c.left_edge.idx, end_of(c)) for c in noun.children
                  if c.dep_ == "prep" and c.lower_ in ("of", "from")]
        if noun is not t and noun.left_edge.i < t.i:
            spans.append((noun.left_edge.idx, t.idx))
    return spans

def _bracket_credit(m: EntityMention, doc: Doc) -> bool:
    """ "(MENAFN) Security forces in the southern Philippines reported ...": a name in brackets opening the
    sentence (after a time stamp at most) is the outlet's credit, not part of the subject."""
    if doc_text(doc)[max(0, m.start - 1) : m.start] != "(":
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and not any(ch.isalpha() for ch in doc_text(doc)[span.sent.start_char : m.start - 1])

def held_count(head: Token, tv: TypeVocab, vocab: Vocab) -> int | None:
    """How many people an arrest verb ([types.X] arrest_verbs) takes, counted in its object or passive subject:
    "arrested three suspects", "Three members of a cell were arrested today" = 3."""
    if head.pos_ != "VERB" or not arrest_verb(head, tv):
        return None
    aux = [c for c in head.children if c.dep_ == "auxpass"]
    # the parser may hang the passive subject on the auxiliary ("Three members ... were this morning arrested")
    holders, deps = ([head, *aux], ("nsubjpass", "nsubj")) if aux else ([head], ("dobj",))
    patient = next((c for h in holders for c in h.children if c.dep_ in deps), None)
    return None if patient is None else count_of(patient, vocab)

# words that count people taken on top of those already told: "arrested four more suspects", "three additional
# suspects", "a further five"
_FURTHER = frozenset({"more", "additional", "further"})


def held_further(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """An arrest verb whose counted object counts people on top of others ("SDF units arrested four more suspected
    ISIS members", "forces also detained three additional suspects"): an arrest after the one told before, not
    that one again. Not "more than 20 suspects", a count's bound."""
    if held_count(head, tv, vocab) is None:
        return False
    aux = [c for c in head.children if c.dep_ == "auxpass"]
    holders, deps = ([head, *aux], ("nsubjpass", "nsubj")) if aux else ([head], ("dobj",))
    patient = next((c for h in holders for c in h.children if c.dep_ in deps), None)
    if patient is None:
        return False
    doc = head.doc
    return any(
        doc[i].lower_ in _FURTHER and not (i + 1 < len(doc) and doc[i + 1].lower_ == "than")
        for i in range(patient.left_edge.i, patient.i)
    )


def held_again(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """An arrest verb whose object (or passive subject) points back at people told before: a personal pronoun ("The
    FBI arrested him at his Detroit residence", after "A Detroit man was arrested Tuesday"), or a definite noun of
    held people ([link] held_again_nouns: "The suspects were tracked and arrested from their residence in
    Namukooge", "the men detained last weekend"). It is the arrest told before, told again with its place or its
    day, not a new one. Not "the other suspects", "the two more" (a further arrest), nor a noun of rank ("arrested
    the leader of the cell", a first mention by role)."""
    if head.pos_ != "VERB" or not arrest_verb(head, tv):
        return False
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PRON"):
        patient: Token | None = head.head  # "the men detained last weekend"
    else:
        # "The suspects were tracked and arrested": the passive subject of the verb the arrest is a conjunct of
        verb = head.head if head.dep_ == "conj" and head.head.pos_ == "VERB" else head
        aux = [c for c in (*head.children, *verb.children) if c.dep_ == "auxpass"]
        holders, deps = ([head, verb, *aux], ("nsubjpass", "nsubj")) if aux else ([head], ("dobj",))
        patient = next((c for h in holders for c in h.children if c.dep_ in deps), None)
    if patient is None:
        return False
    # "troops intercepted a logistics supplier in Baga ..., the suspect was promptly arrested": people a verb before
    # it in its own sentence took are whom it points back at, not those of an arrest told before
    if any(t.pos_ == "VERB" and t.i != head.i and any(c.dep_ == "dobj" for c in t.children)
           for t in patient.sent if t.i < patient.i):
        return False
    if patient.pos_ == "PRON":
        return patient.lower_ in vocab.held_again_pronouns
    if patient.lemma_.lower() not in vocab.held_again_nouns:
        return False
    det = next((c for c in patient.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "these", "those"):
        return False
    return not any(c.lower_ in vocab.distinct_words | _FURTHER for c in patient.children)


def antecedent(subj: Token | None, verb: Token, exclude: list[tuple[int, int]]) -> Token | None:
    """The noun a relative pronoun subject stands for ("Boko Haram and ISWAP fighters who launched assaults
    on army bases": "fighters"), its relative clause added to ``exclude`` (what the clause names is no actor);
    any other subject as it is."""
    if subj is None or subj.tag_ not in ("WP", "WDT"):
        return subj
    if verb.dep_ != "relcl":
        # "the terrorists belong to Jund al-Khilafah that pledged allegiance to ISIS": a relative clause the parser
        # hung on the main verb (an adverbial clause) still stands for the noun right before its pronoun
        before = subj.doc[subj.i - 1] if subj.i > 0 else None
        if (before is None or subj.i != verb.left_edge.i or before.pos_ not in ("NOUN", "PROPN")
                or before.sent != subj.sent):
            return subj
        exclude.append((subj.idx, end_of(verb)))
        return before
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return subj
    exclude.append((verb.left_edge.idx, end_of(verb)))
    return verb.head

def agent_of(tok: Token) -> Token | None:
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

def _passive_claim(tok: Token) -> bool:
    """A passive "claimed by" with its agent and no subject of its own: "..., claimed by the ADF"."""
    return (tok.lemma_.lower() == "claim" and tok.pos_ == "VERB" and tok.tag_ == "VBN"
            and not any(c.dep_ in SUBJECTS for c in tok.children) and any(c.dep_ == "agent" for c in tok.children))

def _claims_beside(head: Token) -> list[Token]:
    """A passive claim the parser hung beside the trigger rather than on it: a participle set off after the phrase
    the trigger ends ("civilians lost their lives during this attack, claimed by the ADF": on the verb of the
    phrase), or the second verb of a relative clause hung on the place in the trigger's own phrase ("a May 7 ambush
    at a checkpoint in Sinai that killed 11 soldiers and was claimed by Islamic State": a place kills no one and
    is claimed by no one)."""
    found: list[Token] = []
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        found += [g for g in head.head.head.children
                  if g.dep_ == "advcl" and g.i > head.i and _passive_claim(g)
                  and g.doc[g.i - 1].text == "," and head.right_edge.i < g.i]
    # (the place's phrase may hang on the verb whose object the trigger is: "recalled a bombing at a market ...")
    preps = [*head.children, *(c for c in head.head.children if c.i > head.i)] if head.dep_ == "dobj" else [
        *head.children]
    places = [g for p in preps if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    places += [g for t in places for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    found += [g for t in places for c in t.children if c.dep_ == "relcl" and c.pos_ == "VERB"
              for g in c.children if g.dep_ == "conj" and _passive_claim(g)]
    return found

def _claims_lives(claim: Token, head: Token) -> bool:
    """The event is the subject of "claim" ("the attack claimed the lives of ten", "Brutal ADF Attack Claims 16
    Lives"): the verb tells what it cost, never who took responsibility."""
    subj = subj_of(claim)
    return subj is not None and subj.left_edge.i <= head.i <= subj.right_edge.i and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in claim.children)
# what a group takes when it claims an event with one of [link] credit_verbs: "took credit for", "accepted
# responsibility for"
CREDIT_OBJECTS = ("responsibility", "credit")

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
        c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in CREDIT_OBJECTS for c in node.children))
def _claims_told_thing(claim: Token, head: Token, vocab: Vocab) -> bool:
    """What "claim" takes is a thing no event is named by, which a relative clause tells more of, the trigger inside
    that clause ("to claim the victory, which took place a year after the city was first attacked"): a claim of that
    thing (a victory, a city), not of responsibility for the event (a claimed event's clause is its own: "claimed the
    assault, in which gunmen attacked a base")."""
    obj = next((c for c in claim.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i == head.i or obj.lemma_.lower() in CREDIT_OBJECTS:
        return False
    if any(obj.lemma_.lower() in tv.nouns for tv in vocab.types.values()):
        return False
    chain = ancestors(head)
    below = chain[: next((i for i, n in enumerate(chain) if n.i == obj.i), 0)]
    return any(n.dep_ == "relcl" for n in below)
_CLAIM_WORDS = ("claim", "claims", "claimed")

def _title_claimant(head: Token, index: DocIndex, types: tuple[str, ...]) -> Actor | None:
    """The group a headline in title case names right before "Claims" ("Daesh Claims Attack on Pakistani Police
    Barracks", "Islamic State Claims Responsibility for Deadly Attack"): the parser reads the capitalised word as
    part of a name, not as the verb, and the claim of the attack after it is lost."""
    sent = index.sent_of(head)
    doc = head.doc
    words = token_words(doc)
    # (the words before the trigger read from the per-document list, a Token made only for a "claim" word: the
    # walk over the sentence made one per word, for every trigger)
    for i in range(sent.start, head.i):
        if words[i][1] not in _CLAIM_WORDS:
            continue
        tok = doc[i]
        if tok.pos_ == "VERB" or not tok.text[:1].isupper():
            continue
        before = [m for m in index.entities_in(sent.start_char, tok.idx) if m.type in types]
        if before and tok.idx - before[-1].end <= 3:
            return Actor.of(before[-1])
    return None

def find_actor(
    head: Token, tv: TypeVocab, index: DocIndex, target: tuple[int, int] | None
) -> tuple[Actor | None, bool]:
    """(actor, claimed): claim of responsibility, blame, agent, light-verb subject, then modifiers."""
    actor, claimed = _find_actor(head, tv, index, target)
    return actor, claimed or (tv.perpetrated and _claim_told(head, index) and _person_claims(head, index.vocab, index))

def _claim_told(head: Token, index: DocIndex) -> bool:
    """Whether the trigger's sentence has a word a claim of responsibility is read from (``Vocab.claim_words``). The
    claim rules walk the trigger's phrases and heads for a claim verb, trigger after trigger, and most sentences
    have none: one look at the document's positions of those words (``listed_in``) passes over them."""
    return bool(listed_in(index.sent_of(head), index.vocab.claim_words))

def _person_claims(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """A person claims responsibility for the event ("Al-Sahrawi had claimed responsibility for a 2017 attack in
    Niger", "Khan ... claimed that the group was responsible for a series of suicide attacks"): a leader speaks for
    his group, so the attack is claimed, whoever its actor is read to be. Only a claim of responsibility or credit
    ([link] claim_verbs, credit_verbs with its object, or a "that ... was responsible" clause), not an allegation
    ("a witness claimed that gunmen attacked the village")."""
    chain = ancestors(head)
    for below, node in zip(chain, chain[1:7], strict=False):
        lemma = node.lemma_.lower()
        if node.pos_ != "VERB" or lemma not in vocab.claim_verbs | vocab.credit_verbs:
            continue
        owned = below.dep_ in ("dobj", "oprd") and below.lemma_.lower() in CREDIT_OBJECTS
        responsible = below.dep_ == "ccomp" and any(
            c.dep_ == "acomp" and c.lemma_.lower() == "responsible" for c in below.children)
        subj = subj_of(node)
        if not (owned or responsible) or subj is None or any(c.dep_ == "neg" for c in node.children):
            return False
        # ("In particular, he claimed responsibility for the October 2017 attack on Tongo Tongo": a person's pronoun)
        return subj.lower_ in _PERSON_PRONOUNS or any(
            m.type == "person" for m in index.entities_in(subj.left_edge.idx, end_of(subj)))
    return False
_PERSON_PRONOUNS = ("he", "she")

def _sentence_victims(sent: Span, index: DocIndex) -> list[tuple[int, int]]:
    """The character spans of the people killed or wounded that the sentence's words name (``victims_of``), kept
    on the index: asked for each trigger of the sentence that finds no actor of its own."""
    found = index.victim_spans.get(sent.start)
    if found is None:
        found = [(v.left_edge.idx, end_of(v)) for t in sent if (v := victims_of(t, index.vocab)) is not None]
        index.victim_spans[sent.start] = found
    return found

def _claim_nodes(head: Token) -> list[Token]:
    """The claims hung on the trigger or beside it, which ``_find_actor`` reads before the trigger's heads."""
    # "X claimed responsibility for the attack" / "X claimed the bombing"
    # ("another IS-claimed bombing": the claim as the noun's modifier)
    claims = [c for c in head.children if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() == "claim"]
    # "an ambush that killed 11 soldiers and was claimed by Islamic State": the second verb of the relative clause
    claims += [g for c in head.children if c.dep_ in ("acl", "relcl") for g in c.children
               if g.dep_ == "conj" and g.lemma_.lower() == "claim" and g.pos_ == "VERB"]
    # ... or of the main clause the trigger is the subject of: "A May 7 ambush at a checkpoint killed 11 soldiers and
    # was claimed by Islamic State" (a passive claim with its agent: the ambush is what was claimed)
    # (or a participle set off after the clause: "One assault was on the military base in X, claimed by ISWAP")
    if head.dep_ in ("nsubj", "nsubjpass"):
        claims += [g for g in head.head.children if g.dep_ in ("conj", "advcl") and g.lemma_.lower() == "claim"
                   and g.pos_ == "VERB" and g.tag_ == "VBN" and not any(c.dep_ in SUBJECTS for c in g.children)
                   and any(c.dep_ == "agent" for c in g.children)]
    claims += _claims_beside(head)
    return claims

def _find_actor(
    head: Token, tv: TypeVocab, index: DocIndex, target: tuple[int, int] | None
) -> tuple[Actor | None, bool]:
    types = tv.actor_types
    # an attack, a strike, an operation, a recapture, a withdrawal or a pledge is done by a party to the fighting
    party = tv.perpetrated or tv.reporter_acts or tv.forces_act or tv.state_side or tv.target_group_acts
    side = {"party": party, "campaign": tv.perpetrated}
    excl = [target] if target else []
    # (the trigger's children made Tokens once: the rules below walk them up to eight times, each walk making a Token
    # of every child)
    kids = tuple(head.children)
    # "the clash with the Abu Sayyaf group": the side fought ([types.X] opponent_preps; only a few types name one, and
    # the walk of the trigger's children made a Token of each for every trigger of the others)
    if tv.opponent_preps:
        excl += [(c.left_edge.idx, end_of(c)) for c in kids
                 if c.dep_ == "prep" and c.lower_ in tv.opponent_preps]
    # "Iraq announced the defeat of ISIS": the "of" phrase of a defeat noun ([types.X] group_defeat_words) is
    # the side defeated, so the one announcing it is left to be the actor; so is the "of" phrase of an arrest or a
    # capture ("after the capture of their commander, Njovu", "the dismantling of the cell": who was taken)
    acted_on = tv.group_defeat_words | tv.object_verbs | tv.arrest_nouns
    if head.pos_ == "NOUN" and has_word(head, acted_on):
        excl += [(c.left_edge.idx, end_of(c)) for c in kids if c.dep_ == "prep" and c.lower_ == "of"]
    # "the UPDF launched Operation Shujaa": the event's own name (_named) is no actor of it (the name's words read
    # only for a proper-noun trigger)
    if head.pos_ == "PROPN" and head.lemma_.lower() not in tv.nouns:
        named = [c for c in kids if c.dep_ == "compound" and c.i < head.i]
        if any(has_word(c, tv.nouns) for c in named):
            excl.append((named[0].idx, end_of(head)))
    vocab = index.vocab
    if head.dep_ == "compound" and (group := group_after(head, index)) is not None:
        return Actor.of(group), False
    # (a sentence without a claim word has no claim: only the titled claimant, after the loop, is tried)
    told = _claim_told(head, index)
    claims = _claim_nodes(head) if told else []
    for node in [*claims, *ancestors(head)[1:5]] if told else []:
        if node.lemma_.lower() == "claim" and node.pos_ == "VERB" and _claims_lives(node, head):
            break  # "a suspected ISIS assault claimed the lives of ten civilians": a toll, not a claim
        if node.lemma_.lower() == "claim" and node.pos_ == "NOUN" and (
                owner := next((c for c in node.children if c.dep_ == "poss"), None)) is not None:
            # "after the group's claim of responsibility for an attack on a concert hall": the claim's owner
            actor = _entity_actor([owner], index, types, excl, **side)
            if actor is not None:
                return actor, True
            break
        if _claim_verb(node, vocab) and not _claims_told_thing(node, head, vocab):
            # "the bombing has been claimed by ISIS", "Attack claimed by Daesh": the claimant is the agent (a "by"
            # agent makes the participle passive where the parser gave it the trigger as subject: "a suicide blast
            # and gun assault claimed by IS in downtown Jakarta")
            passive = node in claims or any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in node.children)
            subj = agent_of(node) if passive else subj_of(node)
            actor = _entity_actor([subj], index, types, excl, **side) if subj is not None else None
            if actor is None:
                # the claimant right before the verb, even when the parser missed it ("IS claimed")
                sent = index.sent_of(node)
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
            for p in (*head.head.children, *kids)
            if p.dep_ == "prep" and p.lower_ in ("on", "to")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        actor = _entity_actor(objs, index, types, [], **side)
        if actor is not None:
            return actor, False
    # "ISIS blamed for Iraq attack", "the group was accused of two bombings", "police blamed Boko Haram for the attack":
    # who is charged with it, the verb's object or, with none, its subject (a passive's, or a headline's participle)
    if head.dep_ == "pobj" and head.head.lower_ in ("for", "of") and head.head.head.lemma_.lower() in (
            *BLAME_VERBS, *vocab.accusation_verbs):
        verb = head.head.head
        blamed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if blamed is None and verb.tag_ == "VBN":
            blamed = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        actor = _entity_actor([blamed], index, types, [], **side) if blamed is not None else None
        if actor is not None:
            return actor, False
    # "Islamic State said its West Africa Province affiliate was behind an attack": the subject of "be behind"
    if head.dep_ == "pobj" and head.head.lower_ == "behind" and head.head.head.lemma_.lower() == "be":
        actor = _entity_actor([s for s in (subj_of(head.head.head),) if s is not None], index, types, [], **side)
        if actor is not None:
            return actor, False
    # "an attack blamed on X" / "attributed to X"
    for child in kids:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in BLAME_VERBS:
            objs = [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            actor = _entity_actor(objs, index, types, excl, **side)
            if actor is not None:
                return actor, False
    cands: list[Token] = []
    # "carried out by X", "the attack X perpetrated"
    for child in kids:
        if child.dep_ in ("acl", "relcl"):
            agent = agent_of(child)
            if agent is not None:
                cands.append(agent)
            subj = next((c for c in child.children if c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP")), None)
            if subj is not None and child.dep_ == "relcl" and child.lemma_.lower() in vocab.support_verbs:
                cands.append(subj)
    if head.pos_ == "VERB":
        agent = agent_of(head)
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)  # "has repatriated"
        passive = any(c.dep_ == "auxpass" for c in kids) or (head.tag_ == "VBN" and not perfect)
        subj = antecedent(subj_of(head) or means_doer(head), head, excl) if tv.actor_is_patient or not passive else None
        if subj is not None and tv.opponent_preps:
            # "Iraqi forces battling the Islamic State militants liberated a neighbourhood": a clause on the doer
            # names the side it fights, as the trigger's own opponent phrase does
            excl += [(c.left_edge.idx, end_of(c)) for c in subj.children if c.dep_ in ("acl", "relcl")]
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            subj = head.head  # "the coalition, meeting in Rome"
        cands += [t for t in (agent, subj) if t is not None]
        if head.lemma_.lower() in tv.fall_verbs:
            # "Mosul fell to the Islamic State": who took the town is the "to" phrase, not the town
            # (or whose hands it fell into: "fell into the hands of Libyan fighters")
            cands = [t for t in (fallen_to(head),) if t is not None]
        if (sides := control_sides(head, tv, index)) is not None:
            # "the CTS forces drove the IS militants out of X", "Iraqi forces liberated a neighbourhood from the
            # group": the group put out of the place is never its taker
            excl += [(t.left_edge.idx, end_of(t)) for t in sides[0]]
            if head.lemma_.lower() in tv.loss_verbs:
                # "the armed group lost its last stronghold in Baghuz to the US-led coalition": who took it
                cands = lost_to(head, sides[1])
    # "US forces killed a commander in a helicopter raid": who killed is who raided; "42 terrorists were killed in
    # a clearance operation on Friday by the MNJTF", "arrested during a raid by police": the passive's agent
    prep = head.head if head.dep_ == "pobj" else None
    if (
        prep is not None
        and prep.lower_ in ("in", "during")
        and prep.head.pos_ == "VERB"
        and (prep.head.lemma_.lower() in vocab.kill or arrest_verb(prep.head, tv))
    ):
        if not any(c.dep_ == "auxpass" for c in prep.head.children):
            killer = subj_of(prep.head) if prep.head.lemma_.lower() in vocab.kill else None
        else:
            killer = agent_of(prep.head)
        if killer is not None:
            cands.append(killer)
    # "the coalition formally welcomed Syria during a meeting in Riyadh": who met; "the Executive Secretary of the SADC
    # arrived in Pemba on an official visit", "it was explained by the Political Directors of the Coalition in a Paris
    # meeting": who came on the visit or spoke at the meeting (a passive's agent)
    if prep is not None and tv.parties_only and prep.lower_ in ("during", "at", "on", "in") and (
            prep.head.pos_ == "VERB"):
        passive = any(c.dep_ == "auxpass" for c in prep.head.children)
        host = agent_of(prep.head) if passive else subj_of(prep.head)
        if host is not None:
            cands.append(host)
    support = governing_support(head, vocab)
    if support is not None:
        passive = any(c.dep_ == "nsubjpass" for c in support.children)
        sup = agent_of(support) if passive else antecedent(subj_of(support), support, excl)
        if sup is not None:
            cands.append(sup)
    for child in kids:
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
                    cands += [a for a in (agent_of(g),) if a is not None and child.lower_ == "of"]
                    # only the object's own phrase: in "the evacuation of bases in the federal areas of
                    # Iraq" the country deep inside says where, not who
                    # (a capitalised object is a formal name that goes on: "the Meeting of Ministers of the
                    # Global Coalition", "Meeting of Small Group of global coalition")
                    # ("a meeting of senior representatives from the Small Group of the Global Coalition": the
                    # body the people meeting come from is the one meeting, the phrase a cand of its own, which a
                    # name the parse cut runs past)
                    sent_by = [c for c in g.children if tv.parties_only and has_word(g, tv.object_nouns)
                               and c.dep_ == "prep" and c.lower_ in ("of", "from")]
                    # "an attack by rebels of the Allied Democratic Forces", "a raid by fighters of the group": the
                    # "of" phrase of the doers the "by" phrase names is whose they are
                    if child.lower_ == "by" and has_word(g, vocab.attackers | vocab.group_members):
                        sent_by += [c for c in g.children if c.dep_ == "prep" and c.lower_ == "of"]
                    cands += [o for c in sent_by for o in c.children if o.dep_ == "pobj"]
                    excl += [
                        (c.left_edge.idx, end_of(c))
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
                                            and c.i > one.i], default=end_of(one)))
            if any(m.entity_id in index.target_group_ids for m in index.entities_in(*span)):
                excl.append(span)
            else:
                cands.append(one)
    pre = premodifiers(head)
    cands += [t for t in pre if t.dep_ in ("pobj", "compound", "amod", "poss", "nmod")]
    actor = _entity_actor(cands, index, types, excl, **side)
    if actor is not None:
        # "a U.S. drone strike": named as a modifier of the event noun
        sent = index.sent_of(head)
        actor.modifier = (
            actor.modifier
            or any(m.entity_id == actor.entity_id for m in index.entities_in(pre.start_char, pre.end_char))
            or actor.entity_id not in {m.entity_id for m in index.entities_in(sent.start_char, sent.end_char)}
        )
        return actor, False
    if tv.actor_fallback:
        # one armed group named in the sentence, outside the target, is the perpetrator
        sent = index.sent_of(head)
        armed = [m for m in index.entities_in(sent.start_char, sent.end_char)
                 if m.type == "armed_group" and not any(a <= m.start < b for a, b in excl)]
        # the people killed or wounded are never the perpetrator ("six SDF fighters were killed when ...")
        # (looked for only when a group is left to be one: a casualty verb is sought at every word of the sentence)
        victims = _sentence_victims(sent, index) if armed else []
        groups = {m.canonical: m for m in armed if not any(a <= m.start < b for a, b in victims)}
        if len(groups) == 1:
            m = next(iter(groups.values()))
            return Actor.of(m), False
    if tv.reporter_acts:
        return _reporter(head, index, types), False
    return None, False

def group_says(head: Token, index: DocIndex) -> Actor | None:
    """The campaign's target group (or a branch of it), named as the subject of the verb of saying the trigger's
    clause hangs on: "IS said it was behind an attack", "ISWAP stated that its fighters killed 20 soldiers"; or
    as the source the clause is told "according to" ("ISM killed one soldier ..., according to claims issued by the
    Islamic State", "killed seven elements, according to the ISIS claim"). Not the group named inside another
    speaker's report ("police said IS carried out the attack")."""
    for node in ancestors(head):
        if (source := according_to_group(node, index)) is not None:
            return Actor.of(source)
    # (or claims: "the group claimed it killed 20 soldiers")
    reporting = index.vocab.reporting | index.vocab.claim_verbs
    verb = next((a for a in ancestors(head)[1:] if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in reporting), None)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return None  # "ISIS did not say that ISWAP was responsible for the assault": no claim of it
    if verb is not None and verb.lemma_.lower() not in index.vocab.reporting and not _claims_clause(verb, head):
        return None  # "an attack by an IS-affiliated group has claimed the lives of 25 people": a toll, no claim
    subj = subj_of(verb) if verb is not None and verb.dep_ not in ("ccomp", "xcomp", "advcl", "relcl") else None
    if subj is None and verb is not None and verb.dep_ not in ("ccomp", "xcomp", "advcl", "relcl"):
        # "In its newspaper Al-Nabaa, IS said its fighters killed ...": the parser took the group's initials for an
        # auxiliary ("is") of the verb of saying
        subj = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.text.isupper() and len(c) > 1), None)
    if subj is None or verb is None or subj.left_edge.i <= head.i <= subj.right_edge.i:
        # (the trigger in the subject is what is told, not who tells it: "The massacre, attributed to the Allied
        # Democratic Forces, was confirmed by a Catholic aid organization")
        return None
    named = index.entities_in(subj.left_edge.idx, end_of(subj))
    # (each part of a joined subject tells it: "... have killed a politician, police and the militants said")
    tellers = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    if not named and any(_group_described(t, verb, index.vocab) or _claims_link(t, verb, head, index.vocab)
                         for t in tellers):
        # "The group said it had targeted Taliban militia members", "It claimed ...": the group named before
        named = [m for m in (index.entity_before(subj.idx, ("armed_group",)),) if m is not None]
    for m in named:
        if m.entity_id in index.target_group_ids:
            return Actor.of(m)
    return None

def _claims_clause(verb: Token, head: Token) -> bool:
    """The trigger is in what a verb of claiming claims ("the group claimed it killed 20 soldiers", "claimed
    responsibility for a series of bomb attacks"), not its subject ("an attack ... has claimed the lives of 25
    people": a toll)."""
    below = next((a for a in ancestors(head) if a.head.i == verb.i and a.i != verb.i), None)
    return below is not None and below.dep_ in ("ccomp", "xcomp", "dobj")

def _claims_link(subj: Token, verb: Token, head: Token, vocab: Vocab) -> bool:
    """A pronoun says it is the event's author ([dates] claim_links): "It also said it was behind an attack in May",
    "it said it was responsible for the bombing"; a claim, as "it claimed" is (only a group claims an attack: the
    group named before)."""
    return subj.lower_ in vocab.pronouns and any(
        n.lower_ in vocab.claim_links or n.lemma_.lower() in vocab.claim_links
        for n in ancestors(head)[1:] if verb.is_ancestor(n))

def _group_described(subj: Token, verb: Token, vocab: Vocab) -> bool:
    """The subject of a verb of saying is the group told by a definite description ("the group", "the terrorist
    group", not "the rights group") or, with a verb of claiming, by a pronoun ("it claimed"; only a group claims)."""
    if subj.lower_ in vocab.pronouns:
        return verb.lemma_.lower() in vocab.claim_verbs
    modifiers = [c for c in subj.children if c.dep_ in ("amod", "compound")]
    return (subj.lemma_.lower() in vocab.descriptions and determiner(subj) == "the"
            and all(has_word(c, vocab.attacker_losses) for c in modifiers))

def according_to_group(node: Token, index: DocIndex) -> EntityMention | None:
    """The target group (or its news agency) a clause is told "according to": "killing seven, according to IS",
    "According to the group, 13 soldiers were killed", "..., according to a statement from the Islamic State"."""
    # (the "according" child looked for in the per-document lists first: asked of the trigger and each word above it,
    # most of which have none, and the walk of their children made a Token of each)
    labels, words = token_deps(node.doc), token_words(node.doc)
    if not any(labels[c] == "prep" and words[c][1] == "according" for c in child_indices(node.doc)[node.i]):
        return None
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "according":
            continue
        to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        named = index.entities_in(source.left_edge.idx, end_of(source))
        bare = not any(c.dep_ == "compound" for c in source.children)  # not "the rights group"
        if not named and bare and source.lemma_.lower() in index.vocab.descriptions:
            # "according to the group": the group named before
            named = [m for m in (index.entity_before(source.idx, ("armed_group",)),) if m is not None]
        found = next((m for m in named if m.entity_id in index.target_group_ids), None)
        if found is not None:
            return found
    return None

def _air_word(tok: Token, vocab: Vocab) -> bool:
    """The phrase names an air arm or aircraft: "the air force", "the warplanes" ([types.X] air_arms, aircraft)."""
    phrase = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i)
    return any(any(arm in phrase for arm in t.air_arms) or has_word(tok, t.aircraft) for t in vocab.types.values())

def _outlet_name(name: str, vocab: Vocab) -> bool:
    """A news outlet's name ([places] outlet_words): "Shafaq News", "Khaama Press"; it reports, never acts."""
    return vocab.outlet_name(name)

def _reporter(head: Token, index: DocIndex, types: tuple[str, ...]) -> Actor | None:
    """The body that reports an event nobody is named as doing: the subject of the reporting verb the
    trigger's clause hangs on, or a body on that subject ("Philippine army spokesman X told AFP")."""
    vocab = index.vocab
    verb = next((a for a in ancestors(head)[1:] if a.pos_ == "VERB" and a.lemma_.lower() in vocab.reporting), None)
    subj = subj_of(verb) if verb is not None else None
    if subj is None:
        return None
    # the subject's head and what stands before it, not its prepositional phrases ("officials in Iraq")
    named = index.entities_in(subj.left_edge.idx, subj.idx + len(subj.text))
    if any(_outlet_name(m.canonical, vocab) for m in named):
        # "Shafaq News / the Syrian Democratic Forces (SDF) announced ...": an outlet's lead before the body
        # that reports, which the parse hangs on the outlet's name as an apposition
        appos = [c for c in subj.children if c.dep_ == "appos"]
        named = [*named, *(m for c in appos for m in index.entities_in(c.left_edge.idx, end_of(c)))]
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
            return head.doc[obj.left_edge.i : obj.i + 1].text, (obj.left_edge.idx, end_of(obj))
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
            return text, (left.idx, end_of(obj))
    return None
