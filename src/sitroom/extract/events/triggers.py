"""Trigger words: find the words of a sentence that may report an event and give each its type.

Beyond the vocabulary look-up, some events have shapes of their own: captures and handovers, control
of a town changing hands, campaigns, killings with no attack verb, arrests; and a trigger's type can
change with who did it or from where ("troops killed", "jets struck"), which ``retype`` decides.
"""

from __future__ import annotations

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import (
    child_indices,
    doc_memo,
    doc_text,
    head_indices,
    token_deps,
    token_pos,
    token_words,
)
from sitroom.extract.events.clauses import (
    arrest_verb,
    carried_out,
    claimed_for,
    control_sides,
    end_of,
    fallen_to,
    foiled,
    governing_support,
    held_place,
    holding_order,
    is_passive,
    lede_end,
    means_doer,
    names_group,
    names_target_group,
    passive_verb,
    realm_destroyed,
    searched,
    subj_of,
    with_of_phrase,
)
from sitroom.extract.events.records import (
    SUBJECTS,
    Actor,
    DocIndex,
    Trigger,
    kb_ancestors,
    of_state,
    state_force,
)
from sitroom.extract.events.syntax import (
    ancestors,
    casualty,
    conjuncts,
    determiner,
    dominates,
    has_word,
    is_plural,
    kills,
    listed_in,
    plural_demonym,
    tally_count,
    tree_distance,
    victims_of,
    words,
)
from sitroom.extract.events.unlisted import held_site_names, unlisted_places
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.extract.events.who import BLAME_VERBS, agent_of, antecedent, find_target, reported_doer, reporting_subject


def find_triggers(sent: Span, vocab: Vocab) -> list[Trigger]:
    """All trigger words and phrases of a sentence, longest phrase first, no overlaps."""
    found: list[Trigger] = []
    free = sent.start  # the first word after the last trigger found
    doc = sent.doc
    # the words from the per-document list, the Token made only for a trigger word: most words are none
    words_at = token_words(doc)
    # (read once: this loop runs over every word of every sentence that may open a trigger, any other finding none)
    trigger_words, phrases = vocab.trigger_words, vocab.phrases
    for i in listed_in(sent, vocab.trigger_openers):
        if i < free:
            continue  # inside a phrase found before
        lemma, lower = words_at[i]
        if (i == sent.start and lemma == lower and lower.endswith("s") and lower not in trigger_words
                and lower[:-1] in trigger_words and doc[i].pos_ == "PROPN"):
            # "Airstrikes and artillery fire ... killed 15 extremists": a capitalised plural opening a text (the
            # page's first line) the tagger read as a name, and left unlemmatised, is the event noun all the same
            lemma = lower[:-1]
        hit: Trigger | None = None
        for first in {lemma, lower} if lemma in phrases or lower in phrases else ():
            for seq, etype in phrases.get(first, []):
                j = i + len(seq)
                if j <= sent.end and all(seq[k] in words_at[i + k] for k in range(len(seq))):
                    hit = Trigger(etype, i, j, doc[i:j].root, weak=False)
                    break
            if hit:
                break
        # (every type's test below asks for one of its words: most tokens are none of them)
        if hit is None and (lemma in trigger_words or lower in trigger_words):
            tok = doc[i]
            # the word's part of speech, tag and label, read once for all the types' tests (each read is a
            # string-store look-up, and the tests below asked them up to six times per type, for every type)
            pos, tag, dep = tok.pos_, tok.tag_, tok.dep_
            for tv in vocab.types.values():
                noun = pos in ("NOUN", "PROPN") and (lemma in tv.nouns or lower in tv.nouns)
                # "confirmed that airstrikes on March 25 killed ...": a noun-only word the parser took for a verb
                misread = tag == "VBZ" and lemma in tv.nouns and lemma not in tv.verbs
                noun = noun or misread or (
                    pos == "NOUN"
                    and (lower in tv.claim_nouns or lemma in tv.claim_nouns)
                    and (claimed_for(tok) or carried_out(tok, vocab))
                )
                # "the NISS announced the arrest of 82 individuals": a report of an arrest by whoever made it
                noun = noun or (lemma in tv.arrest_nouns and (reported_arrest(tok, tv) or ranked_arrest(tok, tv)))
                # "Following a visit to Kigali by Mozambican President Filipe Nyusi": a visit to a named place
                noun = noun or (pos == "NOUN" and lemma in tv.visit_nouns and visit_to_place(tok) is not None)
                verb = pos == "VERB" and lemma in tv.verbs
                # "was issued with an Order of Detention under the ISA": an arrest told by the order that holds him
                verb = verb or (lemma in tv.order_verbs and holding_order(tok, tv))
                # "the FSB said it had thwarted an IS plot": a stopped attack is the stopper's operation
                verb = verb or (lemma in tv.foil_verbs and foiled(tok, tv, vocab))
                # "police searched the boy's home on October 19": a raid by another word
                verb = verb or (lemma in tv.search_verbs and searched(tok, tv))
                # "the dismantled terrorist cell": a participle the parser tagged as an adjective
                verb = verb or (dep == "amod" and (lemma in tv.object_verbs or lower in tv.object_verbs))
                if (noun or verb) and lemma in tv.realm_defeat_words and not realm_destroyed(tok, tv):
                    continue  # "troops destroyed two ISIS hideouts": the word is another type's (an operation)
                if noun or verb:
                    hit = Trigger(tv.name, i, i + 1, tok, weak=lemma in tv.weak or lower in tv.weak)
                    break
        if hit:
            hit = _with_incident_noun(_air_and_ground(hit, vocab), vocab)
            found.append(hit)
            free = hit.end
    return found

def visit_to_place(tok: Token) -> Token | None:
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

def visit_holder(tok: Token) -> Token:
    """The word a visit's "to" phrase hangs on, or the visit itself when that word is its "by" phrase's visitor."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return tok.head.head
    return tok

def reported_arrest(tok: Token, tv: TypeVocab) -> bool:
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

def ranked_arrest(tok: Token, tv: TypeVocab) -> bool:
    """ "The second arrest was of a former teacher ... on Dec 1", "The third series of arrests were of four Indonesians
    by Esscom on Dec 4 in Sandakan": a noun of arrest, or the noun it is the "of" phrase of, ranked by an ordinal
    ([types.X] arrest_ordinals) and subject of its clause, is one arrest of a list the page tells one by one; the
    clause carries its own date and place ("after his first arrest" stays background: not a subject; "the second
    arrest was made ... where a suspect was apprehended upon her arrival" is a return's detail: arrival_nouns)."""
    if tok.pos_ != "NOUN" or not has_word(tok, tv.arrest_nouns):
        return False
    ranked = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        ranked = tok.head.head  # "the third series of arrests"
    return (
        ranked.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "amod" and c.lower_ in tv.arrest_ordinals for c in ranked.children)
        and not any(t.lemma_.lower() in tv.arrival_nouns for t in ranked.head.subtree)
    )


def reporting_teller(verb: Token, tv: TypeVocab, index: DocIndex) -> Actor | None:
    """The body named as the subject of a verb of reporting ("The Syrian Ministry of Interior announced the arrest of
    ..."), of a type that can act in an event of ``tv``'s type and not the campaign's target group."""
    subj = subj_of(verb)
    if subj is None:
        return None
    for m in index.entities_in(subj.left_edge.idx, end_of(subj)):
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

def named_event(trig: Trigger, tv: TypeVocab) -> bool:
    """The trigger is an event's name (_named): "Operation Shujaa", headed by "Shujaa"."""
    head = trig.head
    return trig.end - trig.start > 1 and head.pos_ == "PROPN" and not has_word(head, tv.nouns)

def perpetrated_type(vocab: Vocab) -> str:
    """The event type a killing by a perpetrator reports ([types.X] perpetrated)."""
    return next(t.name for t in vocab.types.values() if t.perpetrated)

def _names_town(tok: Token, index: DocIndex) -> bool:
    """Whether a noun phrase IS a town ("Mosul", "the city of Ramadi", "the town of Palmyra"), not a
    phrase that only holds one ("vast swathes of northern Iraq, including Mosul") or a country."""
    vocab = index.vocab
    heads = {tok.i}
    if has_word(tok, vocab.containers):
        named = next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        # "overran Damboa town", "stormed Malam Fatori town" (Nigerian usage): the name before the kind word
        heads = {named.i} if named is not None else {tok.i, *(c.i for c in tok.children if c.dep_ == "compound")}
        tok = named or tok
    return any(
        t.i in heads and pm.place.precision not in ("country", "province")
        for pm, t in index.places
        if tok.left_edge.idx <= pm.start < end_of(tok)
    )

def _means_taker(verb: Token) -> Token | None:
    """Who does what a subjectless by-gerund tells the means of: the subject of the verb it hangs on, or of the verb
    whose object it qualifies ("Puntland forces made a decisive move by capturing Turmasaale")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "by" or subj_of(verb) is not None:
        return None
    owner = prep.head
    if owner.pos_ == "NOUN" and owner.dep_ == "dobj":
        owner = owner.head
    return subj_of(owner) if owner.pos_ == "VERB" else None

def unlisted_town(tok: Token, index: DocIndex) -> bool:
    """Whether a noun phrase is the proper name of a village or quarter no gazetteer knows: "the village of Sawran",
    "the al-Mashahda quarter", "Turmasaale, a strategically important village" (a settlement or quarter word says
    so, whatever the tagger calls the name), or a bare capitalised name the tagger reads as no person, body, people
    or date ("al-Bayd"). A name a known place or a known body (group, force) covers is none. Only what a state's
    force takes is asked (``capture_triggers``)."""
    vocab = index.vocab
    kinds = vocab.settlements | vocab.quarters
    name: Token | None = tok
    typed = has_word(tok, kinds)
    if typed:
        name = next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        name = name or next((c for c in reversed(list(tok.children)) if c.dep_ == "compound" and c.pos_ == "PROPN"),
                            None)
    else:
        typed = any(c.dep_ == "appos" and has_word(c, vocab.settlements) for c in tok.children)
    if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ == "DATE":
        return False
    if not typed and name.ent_type_ in ("PERSON", "NORP", "ORG"):
        return False  # "troops captured Abu Bakr": a man, unless a settlement word says it is a place
    start, end = name.left_edge.idx, end_of(name)
    if any(start <= pm.start < end for pm, _t in index.places):
        return False  # a known place: a country or a province taken is no town's recapture (``_names_town``)
    return not any(
        m.type not in ("location", "facility") and (not typed or m.kb_id is not None)
        for m in index.entities_overlapping(start, end)
    )

def held_unlisted(tok: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """Whether a held place ([types.X] held_places, [places] containers) lists a site no gazetteer knows: "key
    militant positions, including Ceelasha Burti-Cise", "the base, located in Buqa-Caleed" (``held_site_names``). A
    name the knowledge base knows as a body (a group, a force, a person) is no site."""
    if not (has_word(tok, tv.held_places) or has_word(tok, index.vocab.containers)):
        return False
    return any(
        not any(m.type not in ("location", "facility") and m.kb_id is not None
                for m in index.entities_overlapping(span.start_char, span.end_char))
        for span in held_site_names(tok)
    )

def _names_camp(tok: Token, index: DocIndex) -> bool:
    """Whether a noun phrase names a camp ("the Syrian Al-Hol camp", "Roj camp")."""
    start, end = tok.left_edge.idx, end_of(tok)
    return has_word(tok, frozenset({"camp"})) and any(start <= pm.start < end for pm, _t in index.places)

def _from_camp(tok: Token, index: DocIndex) -> bool:
    """ "returned from the Al-Hol camp", "the transfer of 450 families from Al-Hawl": the word's "from" phrase names a
    camp the gazetteer knows as one (not "transferred to Afghanistan from ISIS training camps in Balochistan")."""
    sources = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
               if g.dep_ == "pobj"]
    sources += [c for g in sources for c in g.children if c.dep_ == "conj"]  # "from al-Hol and al-Roj"
    return any(
        g.left_edge.idx <= pm.start < end_of(g) and pm.place.feature == "camp"
        for g in sources for pm, _t in index.places
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
    for i in listed_in(sent, vocab.capture_lemmas):
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
            controlled = control_place(tok, tv)
            taken: Token | None
            taker: Token | None
            if controlled is not None:
                taken, taker = controlled, subj_of(tok)
            elif lemma in tv.seize_verbs:
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                # ("Puntland forces made a decisive move by capturing Turmasaale": a by-gerund's taker is the
                # subject of the verb it tells the means of)
                taker = agent_of(tok) if passive else subj_of(tok) or _means_taker(tok)
                taken = subj_of(tok) if passive else next((c for c in tok.children if c.dep_ == "dobj"), None)
            elif lemma in tv.fall_verbs:
                taken = subj_of(tok)
                taker = fallen_to(tok)
            else:
                continue
            # "Mosul, which Daesh overran in mid-2014", "the Maute group, which seized control of Marawi": a relative
            # pronoun stands for the noun its clause qualifies; a part of a town is taken as the town is ("captured
            # about one-third of the city of Kobani")
            taken, taker = _portion_of(relative_head(taken, tok), index), relative_head(taker, tok)
            overrun = taken is not None and has_word(taken, tv.positions) and is_perpetrator(taker, vocab, index)
            # a type the state's forces act in takes the town back ("Iraqi forces captured the border town of
            # Rawa" is its recapture); the others are the target group's own taking of it, told by its name or by
            # a pronoun or description of it in an article that has named it ("which it overran in mid-2014")
            taker_ok = is_force(taker, vocab, index) if tv.forces_act else _group_taker(taker, index)
            if tv.forces_act and not taker_ok and taken is not None:
                # "Turkish-backed rebels captured the town of Dabiq from the Islamic State group": whoever takes a
                # town from the group, if not the group, retakes it
                taker_ok = _from_group(tok, taken, index) and not names_group(taker, index)
            # a force taking control of a place told by its kind takes it back too ("taking control of two small
            # towns previously controlled by ISIL", "took control of the province"); "seized weapons" names none
            town = taken is not None and (
                _names_town(taken, index) or controlled is not None and tv.forces_act and held_place(taken, tv, index)
                # "Puntland forces captured Turmasaale", "federal police took al-Bayd and Ras al-Jadda": a village
                # or quarter no gazetteer knows, taken by a state's force, is taken back as a known town is
                or tv.forces_act and taker_ok and unlisted_town(taken, index)
                # "troops seized strategic positions, including the vital settlement of Ceelka Idakacab"
                or tv.forces_act and taker_ok and held_unlisted(taken, tv, index)
            )
            if taken is not None and (town and taker_ok or overrun):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
        for tv in vocab.types.values():
            if lemma in tv.aircraft_verbs and _by_aircraft(tok, tv):
                out.append(Trigger(tv.name, tok.i, tok.i + 1, tok, weak=False))
                break
            # (looked for only for a camp exit verb: each walk of ``tok.children`` makes a Token per child, and this
            # one ran for every type of every capture candidate)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if lemma in tv.camp_exit_verbs else None
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
                and (subj := subj_of(tok)) is not None
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

def held_town(tok: Token, tv: TypeVocab) -> Token | None:
    """What a word of holding a place since a date holds, by the parse alone: the object or passive subject of a
    [types.X] hold_verbs verb with a dated "since" phrase ("has held Rutba since 2014"), or what is "under" a
    control_nouns word (hold_preps) with one: the subject of the verb the phrase hangs on ("Mosul has been under IS
    control since June 2014") or the noun it qualifies ("the areas under IS control since 2014")."""
    if not tv.since_preps:
        return None
    if tok.pos_ == "VERB" and tok.lemma_.lower() in tv.hold_verbs and _since_dated([tok], tv):
        dep = "nsubjpass" if passive_verb(tok) else "dobj"
        return relative_head(next((c for c in tok.children if c.dep_ == dep), None), tok)
    if (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in tv.control_nouns and tok.dep_ == "pobj"
        and tok.head.lower_ in tv.hold_preps and _since_dated([tok, tok.head, tok.head.head], tv)
    ):
        owner = tok.head.head
        return relative_head(subj_of(owner), owner) if owner.pos_ in ("VERB", "AUX") else owner
    return None

def held_since_owners(head: Token, vocab: Vocab) -> set[int]:
    """The words whose "since" phrase dates a trigger of holding a place since then (``held_town``): the verb,
    or the control noun, its preposition and the word that hangs on; empty for any other trigger."""
    for tv in vocab.types.values():
        if held_town(head, tv) is not None:
            return {head.i} if head.pos_ == "VERB" else {head.i, head.head.i, head.head.head.i}
    return set()

def _held_since(tok: Token, tv: TypeVocab, index: DocIndex) -> Token | None:
    """The named town the campaign's group has held since a date, which is its taking of the town then (gold/real
    conventions: the group taking a town is its attack): "Rutba has been held by the extremist group since 2014"
    ([types.X] hold_verbs), "Mosul has been under the IS control since June 2014" (the town "under" its
    control_nouns, hold_preps); None for any other word ("areas under government control since 2017")."""
    town = held_town(tok, tv)
    if town is None:
        return None
    if tok.pos_ == "VERB":
        holder = relative_head(agent_of(tok) if passive_verb(tok) else subj_of(tok), tok)
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
    # ("the capture of key militant positions, including Ceelasha Burti-Cise": a site no gazetteer knows, taken by
    # a state's force)
    if not (_names_town(taken, index) or held and named_inside or tv.forces_act and held_unlisted(taken, tv, index)):
        return False
    takers = [g for p in tok.children if p.dep_ in ("agent", "prep") and p.lower_ == "by" for g in p.children]
    takers += [c for c in tok.children if c.dep_ == "poss"]
    if tv.forces_act:
        return not takers or all(is_force(t, index.vocab, index) for t in takers)
    return any(names_target_group(t, index) for t in takers)

def _from_group(verb: Token, taken: Token, index: DocIndex) -> bool:
    """A verb of taking whose "from" phrase (on the verb or, as the parser may hang it, on what is taken) names the
    campaign's group: "captured the town of Dabiq from the Islamic State group"."""
    return any(
        names_group(g, index)
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

def relative_head(tok: Token | None, verb: Token) -> Token | None:
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
    if names_target_group(tok, index):
        return True
    # "The jihadists occupied Mucojo in February", "armed men occupied Mocimboa da Praia": a noun that only ever
    # names attackers ([attackers] losses and described, not "fighters", which may be the troops) taking a named
    # town is an insurgent taking of it, told so on pages that never name the group (Cabo Delgado reports)
    if tok is not None and (has_word(tok, index.vocab.attacker_losses) or described_attacker(tok, index.vocab)):
        return True
    if tok is None or not (tok.lower_ in index.vocab.pronouns or has_word(tok, index.vocab.descriptions)
                           or has_word(tok, index.vocab.attacker_losses)):
        return False
    if tok.lower_ == "they" and _attackers_before(tok, index.vocab):
        return True
    return bool(index.target_group_ids & {m.entity_id for m in index.entities_in(0, tok.idx)})

def _attackers_before(pronoun: Token, vocab: Vocab) -> bool:
    """ "And the insurgents are local people ... They captured both Palma and Mocimboa da Praia last year": "they"
    opening a sentence takes up the subject of the sentence before, which here names attackers only ever ([attackers]
    losses: "insurgents", "jihadists", not "fighters", who may be the troops), on pages that never name the group."""
    sent = pronoun.sent
    if sent.start == 0 or pronoun.dep_ != "nsubj":
        return False
    before = pronoun.doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and has_word(subjects[-1], vocab.attacker_losses)

def control_triggers(sent: Span, vocab: Vocab, index: DocIndex) -> list[Trigger]:
    """A place taken from the campaign's group told without a recapture word (gold/real conventions: its
    recapture, credited to who took it): "the CTS forces drove the IS militants out of Sarijkhanah", "tribal
    fighters cleared the village of Shiala from Daesh terrorists", "the IS lost Derna to rival Islamist groups".
    The group put out is never the doer: "insurgents dislodged the military from their location" is no
    recapture (the attack word of that sentence tells it)."""
    out = []
    doc = sent.doc
    word_at = token_words(doc)
    for i in listed_in(sent, vocab.control_lemmas):
        if word_at[i][0] not in vocab.control_lemmas:
            continue  # (control_sides asks for one of these lemmas; read before making the Token)
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        for tv in vocab.types.values():
            sides = control_sides(tok, tv, index)
            if sides is None:
                continue
            if tok.dep_ in ("acl", "advcl", "relcl") and any(c.tag_ == "TO" for c in tok.children):
                break  # "launched an offensive in 2021 to drive the ADF from its strongholds": the aim, not a result
            doer = agent_of(tok) if passive_verb(tok) else subj_of(tok)
            # ("Iraqi tribal fighters managed to clear the village": fighters may be of either side)
            if tok.lemma_.lower() not in tv.loss_verbs and names_group(doer, index):
                continue
            raid = next((t for t in vocab.types.values() if t.against_group), None) if _own_lair(sides, tv) else None
            out.append(Trigger((raid or tv).name, tok.i, tok.i + 1, tok, weak=False))
            break
    return out

def _own_lair(sides: tuple[list[Token], Token | None], tv: TypeVocab) -> bool:
    """ "PSF dislodged ISIS militants from their hiding base in Timirse village": the place the group was put out of is
    its own base, camp or hideout ([types.X] lair_nouns, with a possessor: "their", "its", "the group's"), a raid on
    it rather than a town's recapture."""
    place = sides[1]
    return place is not None and has_word(place, tv.lair_nouns) and any(c.dep_ == "poss" for c in place.children)

def control_place(verb: Token, tv: TypeVocab) -> Token | None:
    """ "took control of the province", "seized control over Marawi" ([types.X] control_verbs with one of
    control_nouns as object, active): the place of the noun's (or the verb's) "of" or "over" phrase."""
    if verb.lemma_.lower() not in tv.control_verbs or passive_verb(verb):
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
    doer = agent_of(verb) if passive else (_controller(verb) or subj_of(verb))
    # "warplanes, which struck Sirte": the relative pronoun stands for the noun its clause qualifies; "Military
    # aircraft belonging to a rival government on Thursday attacked IS positions": the parser may make the verb a
    # relative clause with no subject of the noun that is its subject
    if doer is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not passive:
        doer = verb.head
    doer = relative_head(doer, verb)
    if doer is None:
        return False
    # "the Air Component of Operation Hadin Kai neutralised", "the Air Task Force (ATF) of Operation Lafiya Dole
    # bombarded": an air arm named as a joint operation's is an air arm (asked before the "of" walk below, which
    # would leave only the operation's name)
    if _names_air_arm(doer, tv):
        return True
    # "dispatched a force package of fighter jets and helicopter gunships to attack": the package is of aircraft
    of = next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and not has_word(doer, tv.aircraft):
        doer = next((g for g in of.children if g.dep_ == "pobj"), doer)
    if doer is None:
        return False
    if has_word(doer, tv.aircraft):
        return True  # (asked first: an aircraft word needs no name of the doer's phrase)
    return _names_air_arm(doer, tv)


def _names_air_arm(doer: Token, tv: TypeVocab) -> bool:
    """ "the Iraqi air forces targeted a school in Faluja": an air arm is its aircraft ([types.X] air_arms)."""
    if not tv.air_arms:
        return False  # (one type lists air arms: the doer's words were gathered for each of the others in vain)
    name = " ".join(_words_up_to(doer))
    return any(f" {arm} " in f" {name} " or f" {arm}s " in f" {name} " for arm in tv.air_arms)


def _words_up_to(tok: Token) -> list[str]:
    """The lower-cased words of ``tok.subtree`` up to ``tok`` itself (``t.i <= tok.i``), in the subtree's order."""
    # (read from the per-document lists: the walk of ``tok.subtree`` made a Token per word of the doer's phrase, for
    # every capture verb of every sentence. The order is ``Token.subtree``'s: each word's left children's words,
    # the word, then its right children's; a stack rather than recursion, as deep as the phrase.)
    doc = tok.doc
    kids, words = child_indices(doc), token_words(doc)
    out: list[str] = []
    stack: list[tuple[int, bool]] = [(tok.i, False)]
    while stack:
        i, ready = stack.pop()
        if ready:
            if i <= tok.i:
                out.append(words[i][1])
            continue
        stack += [(c, False) for c in reversed(kids[i]) if c > i]
        stack.append((i, True))
        stack += [(c, False) for c in reversed(kids[i]) if c < i]
    return out

def campaign_triggers(sent: Span, vocab: Vocab, triggers: list[Trigger]) -> list[Trigger]:
    """A campaign whose purpose is a recapture is an operation, whatever noun names it: "the assault to
    retake Mosul", "launched a campaign to retake the city"; an agreement to end a mission is a withdrawal
    ([types.X] purpose_nouns, purpose_verbs and, when set, purpose_objects).
    The noun replaces a trigger it already was ("assault" as an attack); the recapture it aims at is its
    argument, not an event of its own."""
    found: dict[int, Trigger] = {}
    doc = sent.doc
    for i in listed_in(sent, vocab.purpose_words):  # (a Token only for a word that may be one)
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
    # the simple past, or the present perfect of a news lede that counts the fighters ("The Tunisian law enforcement
    # forces have eliminated three members of Jund al-Khilafah in Kasserine", "troops have eliminated 10 terrorists
    # and recovered arms"); "has eliminated several terrorists" leads a page's summary as often, and a perfect over a
    # span ("have neutralised 548 since November 2021") is a tally
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    if is_passive(verb) or verb.tag_ != "VBD" and not perfect or any(c.tag_ == "TO" for c in verb.children):
        return False
    victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if perfect and (victims is None or tally_count(verb, vocab) or not (
            victims.like_num or any(c.dep_ == "nummod" for c in victims.children))):
        return False
    return is_force(_chain_subject(verb), vocab, index, armed=True) and _group_members(victims, vocab, index)

def kill_trigger(sent: Span, vocab: Vocab, index: DocIndex) -> Trigger | None:
    """A killing reported without an attack noun: "gunmen killed five soldiers in ..." ."""
    perpetrated = vocab.types[perpetrated_type(vocab)]
    doc = sent.doc
    pos = token_pos(doc)
    for i in range(sent.start, sent.end):
        # every test below is of a verb: the others passed over from the per-document list before a Token is made
        # for them (asked of each sentence with no trigger word, once or twice)
        if pos[i] != VERB:
            continue
        tok = doc[i]
        wrecked = (_wrecks_group_site(tok, vocab, index) or _rescues_captives(tok, vocab, index)
                   or _deploys_abroad(tok, vocab, index))
        if wrecked is not None:
            return wrecked
        set_alight = _set_alight(tok, perpetrated) if tok.pos_ == "VERB" else None
        if tok.pos_ == "VERB" and (_verb_words(tok) & perpetrated.burn_verbs or set_alight):
            # "insurgents burned a church and a school in Muamula": destruction by attackers
            objects = set_alight or [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # "was destroyed"
            objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ == "VERB":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if any(o.lower_ in perpetrated.burn_objects for o in objects) and is_perpetrator(subj, vocab, index):
                return Trigger(perpetrated.name, tok.i, tok.i + 1, tok, weak=False)
        if (_aims_at(tok, perpetrated, vocab, index) or _opens_fire(tok, perpetrated, vocab, index)
                or _detonates(tok, perpetrated, vocab, index)):
            return Trigger(perpetrated.name, tok.i, tok.i + 1, tok, weak=False)  # "a suicide bomber targeted a ..."
        if tok.pos_ == "VERB" and _force_outcome_on_group(tok, vocab, index):
            kind = next((t.name for t in vocab.types.values() if t.force_kills), None)
            if kind:
                return from_the_air(Trigger(kind, tok.i, tok.i + 1, tok, weak=False), vocab)
        if tok.pos_ == "VERB" and _wounded_by_attackers(tok, vocab, index):
            return Trigger(perpetrated.name, tok.i, tok.i + 1, tok, weak=False)
        if tok.pos_ != "VERB" or not (kills(tok, vocab) or kills_with_particle(tok, vocab)):
            continue
        cas = casualty(tok, vocab)
        if cas is not None and cas[0] != "killed":
            continue  # uncounted dead count too: "aid workers were murdered by armed men"
        if tally_count(tok, vocab):
            continue  # "ISIS has killed around 180 fighters since the siege began": a running count, no attack
        # "Islamic State said it killed 10 Nigerian soldiers", "the army said it had killed 50 insurgents": a pronoun
        # subject of a reported killing is who says or claims it
        own = _chain_subject(tok) or reported_deed_subject(tok, vocab)
        subj = reported_doer(own, vocab)
        # (who says or claims it, when not the killing's own subject: "the group said it killed 20 soldiers")
        teller = subj if subj is not None and (own is None or subj.i != own.i) else None
        if subj is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in vocab.claim_verbs:
            # "Islamic State claimed to have killed a Rwandan soldier": who claims it did it
            subj = teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None and claimed_for(tok):
            # "the Islamic State group has claimed responsibility for killing a police officer": who claims it
            owner = tok.head.head
            claim = owner.head if owner.pos_ != "VERB" else owner
            subj = next((c for c in claim.children if c.dep_ == "nsubj"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        perp = subj if subj is not None else (next(agent.children, None) if agent is not None else None)
        kind = next((t.name for t in vocab.types.values() if t.force_kills), None)
        victims = victims_of(tok, vocab) or next((c for c in tok.children if c.dep_ == "dobj"), None)
        if victims is None and kills_with_particle(tok, vocab):
            # "personnel shot dead a Chinese Uighur who was a member of the MIT": the parser hung the object on "dead"
            victims = next((g for c in tok.children if c.i > tok.i for g in c.children if g.dep_ == "dobj"), None)
        if kind and is_force(perp, vocab, index, armed=True) and _group_members(victims, vocab, index):
            return from_the_air(Trigger(kind, tok.i, tok.i + 1, tok, weak=False), vocab)
        if (
            kind
            and agent is None
            and is_passive(tok)
            and victims is not None
            # the dead are the group's people by what they are called ("an ADF commander", "16 ISIS fighters"),
            # not only by a group named somewhere in their phrase ("16 people ..., attacks claimed by IS")
            and has_word(victims, vocab.attacker_losses | vocab.group_members)
            and _group_members(victims, vocab, index)
        ):
            # "an ADF commander was killed in Mwalika valley on Sunday": the group's dead with no killer named;
            # keep_trigger holds it to a place and a day of its own (unnamed_kill)
            return Trigger(kind, tok.i, tok.i + 1, tok, weak=False)
        if is_perpetrator(perp, vocab, index) or (agent is None and _massacre_at(tok, vocab, index)):
            return Trigger(perpetrated_type(vocab), tok.i, tok.i + 1, tok, weak=False)
        if teller is not None and perp is not None and perp.i == teller.i and _group_tells(teller, vocab, index):
            # "The group claimed it killed 20 soldiers": the group, named before, tells of its own killing
            return Trigger(perpetrated_type(vocab), tok.i, tok.i + 1, tok, weak=False)
    return None

def _group_tells(teller: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """Who says or claims a killing is the campaign's group told by a definite description ("the group", "the
    terrorist group"; not "the rights group") in an article that has named the group."""
    if teller is None or determiner(teller) != "the" or teller.lemma_.lower() not in vocab.descriptions:
        return False
    if not all(has_word(c, vocab.attacker_losses) for c in teller.children if c.dep_ in ("amod", "compound")):
        return False
    return names_group(teller, index) and not is_force(teller, vocab, index)

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
    doer = agent_of(verb) if is_passive(verb) else _chain_subject(verb)
    return is_perpetrator(doer, vocab, index) and not is_force(doer, vocab, index)

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
    # a whole country or province is no one place hit: "ISIS fighters from Ethiopia and Tanzania had infiltrated
    # Puntland" tells where they went, not a raid
    if any(tok.i == target.i and pm.place.precision in ("country", "province")
           for pm, tok in index.places_in(verb.sent)):
        return False
    return is_perpetrator(next((c for c in verb.children if c.dep_ == "nsubj"), None), vocab, index)

def _detonates(verb: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "The suicide bomber detonated his explosive vest", "a bomber detonated near the checkpoint": an attacker
    setting off a charge ([types.X] detonate_verbs), told in the simple or past perfect, is the attack. Not a
    passive ("the bombs were safely detonated by police technicians") nor a state's force's doing."""
    if verb.pos_ != "VERB" or not perpetrated.detonate_verbs or verb.lemma_.lower() not in perpetrated.detonate_verbs:
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not (verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and auxes == ["had"]):
        return False
    subj = _chain_subject(verb)
    return is_perpetrator(subj, vocab, index) and not is_force(subj, vocab, index)

_ANSWER_MARKS = frozenset({"when", "as", "after", "once", "whenever"})

def _opens_fire(verb: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "Two masked men opened fire on him", "militants opened fire at a checkpoint": attackers opening fire
    ([types.X] open_fire_verbs with "fire" as object) on what an open_fire_preps phrase names, told in the simple
    past, is their attack. Not a state's force's doing ("troops opened fire on the militants"), not at "each other",
    and not the answer to others coming, told by a "when" clause on it or as its own "when" clause ("when security
    forces arrived, jihadists opened fire on them"; "police stormed the house after they opened fire on the police")."""
    if verb.pos_ != "VERB" or not perpetrated.open_fire_verbs or verb.lemma_.lower() not in perpetrated.open_fire_verbs:
        return False
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return False
    targets = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in perpetrated.open_fire_preps
               for g in p.children if g.dep_ == "pobj"]
    if not targets or any(t.lower_ == "other" for t in targets):
        return False
    answer = [c for c in verb.children if c.dep_ == "advcl"] + ([verb] if verb.dep_ == "advcl" else [])
    if any(m.dep_ in ("mark", "advmod") and m.lower_ in _ANSWER_MARKS for a in answer for m in a.children):
        return False
    subj = _chain_subject(verb)
    return is_perpetrator(subj, vocab, index) and not is_force(subj, vocab, index)

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
        if subj is None and _misread_main_clause(verb):
            return verb.head  # "A jihadist group killed at least 69 civilians": the parse's "group killed ..."
        if subj is not None or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB":
            return subj
        verb = verb.head
    return None

def _misread_main_clause(verb: Token) -> bool:
    """The parse read a sentence's main verb as a participle on its subject ("A jihadist group killed at least 69
    civilians on November 2": "group" the root, "killed" a clause on it; "In the early hours of 27 October, an unknown
    group of attackers killed at least 40 soldiers": "group" under the opening "In"): in a sentence with no verb at its
    root, a past verb hung on a noun as a clause that has an object of its own is that noun's deed (a past participle
    on a noun is passive, "civilians killed in the attack", and takes no object; "-ing" ones may: "gunmen carrying
    rifles")."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.i > verb.head.i and verb.sent.root.pos_ not in ("VERB", "AUX")
            and any(c.dep_ == "dobj" for c in verb.children))

def reported_deed_subject(verb: Token, vocab: Vocab) -> Token | None:
    """Who did what a gerund governed by a verb of reporting tells: "the army reported killing several fighters",
    "the paramilitary troops have announced killing Islamic State militants" (the teller reports its own deed, as
    "said it killed" does); None for any other verb, and for a passive report, whose subject is no teller."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or head.pos_ != "VERB" or head.lemma_.lower() not in vocab.reporting:
        return None
    return None if is_passive(head) else next((c for c in head.children if c.dep_ == "nsubj"), None)

def apart_from(verb: Token, triggers: list[Trigger], vocab: Vocab) -> bool:
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

def _set_alight(verb: Token, tv: TypeVocab) -> list[Token] | None:
    """What a verb of setting ([types.X] fire_verbs) sets on fire, when a word of fire (fire_words) is its object or its
    result: the "to" phrase of "insurgents set fire to a church", the object of "the gunmen set the school ablaze",
    "set ablaze a health centre", "set several houses on fire"; None for any other use of the verb ("set a date")."""
    if not tv.fire_verbs or verb.lemma_.lower() not in tv.fire_verbs:
        return None
    fire = [c for c in verb.children if c.lower_ in tv.fire_words]
    fire += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
             for g in p.children if g.dep_ == "pobj" and g.lower_ in tv.fire_words]
    if not fire:
        return None
    burnt = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c not in fire]
    burnt += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return burnt or None

_VERB_WORDS_KEY = "sitroom.events.verb_words"


def _verb_words(verb: Token) -> frozenset[str]:
    """The verb's lemma, and with its particle the phrasal verb it makes ("blew up" gives "blow up")."""
    # (kept per verb: ``kill_trigger`` asks it of every verb of a sentence with no trigger word, three or four times)
    known: dict[int, frozenset[str]] = doc_memo(verb.doc, _VERB_WORDS_KEY, dict)
    found = known.get(verb.i)
    if found is None:
        lemma = words(verb)[0]
        # the particles from a per-document map: this runs for every word of a sentence with a trigger, and walking
        # ``verb.children`` makes a Token per child each time
        found = known[verb.i] = frozenset(
            {lemma} | {f"{lemma} {particle}" for particle in _particles(verb.doc).get(verb.i, ())})
    return found
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
    verb_words = _verb_words(verb)  # once, not per event type
    if not verb_words & vocab.destroy_words:
        return None  # (no type's verb: asked of every verb of a sentence with no trigger word, before any walk below)
    if verb.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "launched operations against the ADF to destroy their camps": the aim, not a report
    for tv in vocab.types.values():
        if not verb_words & tv.destroy_verbs:
            continue
        doer = agent_of(verb) if is_passive(verb) else subj_of(verb)
        wrecked = subj_of(verb) if is_passive(verb) else next((c for c in verb.children if c.dep_ == "dobj"), None)
        if wrecked is None or not has_word(wrecked, tv.destroy_objects):
            return None
        if doer is not None and doer.pos_ == "PRON" and doer.lower_ in vocab.pronouns:
            doer = reporting_subject(doer, vocab) or doer  # "the army said it destroyed a camp"
        if not is_force(doer, vocab, index) or is_perpetrator(doer, vocab, index):
            return None
        air = next((t for t in vocab.types.values() if t.aircraft and _by_aircraft(verb, t)), None)
        return Trigger((air or tv).name, verb.i, verb.i + 1, verb, weak=False)
    return None

def takes_group_site(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "Puntland forces captured key ISIS strongholds": a verb of [types.X] object_verbs that is also one of its
    destroy_verbs, done by a force to where the group lives and fights from, is the force's raid on it (the word is
    a trigger of its own, so the sentence scan for a wrecked site never asks of it)."""
    return _wrecks_group_site(verb, vocab, index) is not None

def _rescues_captives(verb: Token, vocab: Vocab, index: DocIndex) -> Trigger | None:
    """ "Marines rescued them from Abu Sayyaf militants", "our army freed 83 hostages": a state's force (not attackers)
    freeing the group's captives ([types.X] rescue_objects, or anyone "from" the group or its fighters) is an operation
    of the type with [types.X] rescue_verbs, told without an operation word."""
    if verb.pos_ != "VERB":
        return None
    verb_words = _verb_words(verb)  # once, not per event type
    if not verb_words & vocab.rescue_words:
        return None  # (no type's verb: asked of every verb of a sentence with no trigger word, before the walks below)
    if is_passive(verb) or any(c.tag_ == "TO" for c in verb.children):
        return None  # "on the trail of the militiamen to rescue the hostages": an aim
    for tv in vocab.types.values():
        if not verb_words & tv.rescue_verbs:
            continue
        freed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        sources = [g for p in verb.children if p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
        sources += [g for s in sources for p in s.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        captives = freed is not None and has_word(freed, tv.rescue_objects)
        from_group = any(names_target_group(s, index) or has_word(s, vocab.attacker_losses) for s in sources) or any(
            c.dep_ == "poss" and (names_target_group(c, index) or has_word(c, vocab.attackers)) for s in sources
            for c in s.children
        )
        doer = reported_doer(subj_of(verb), vocab)
        if (captives or from_group) and is_force(doer, vocab, index) and not is_perpetrator(doer, vocab, index):
            return Trigger(tv.name, verb.i, verb.i + 1, verb, weak=False)
        return None
    return None

def _home_state(tok: Token, vocab: Vocab, index: DocIndex) -> str | None:
    """The state (ISO code) a doer phrase names or belongs to: a country ("Rwanda"), a state's named force ("the
    UPDF") or a demonym on a force noun ("Rwandan troops"); None when it names none or several."""
    states: set[str] = set()
    for m in index.entities_in(tok.left_edge.idx, end_of(tok)):
        if m.kb_id is None:
            continue
        ids = (m.kb_id, *kb_ancestors(m.kb_id)) if not m.kb_id.startswith("country:") else (m.kb_id,)
        states |= {a.split(":", 1)[1] for a in ids if a.startswith("country:")}
    states |= {vocab.demonyms[t.text][0] for t in tok.subtree if t.text in vocab.demonyms}
    return next(iter(states)) if len(states) == 1 else None

def _deploys_abroad(verb: Token, vocab: Vocab, index: DocIndex) -> Trigger | None:
    """ "In July 2021, Rwanda deployed troops to Cabo Delgado", "the UPDF sent soldiers into eastern Congo": a state, or
    its force, sending its forces ([types.X] deploy_objects) into a place of another country is its operation there
    ([types.X] deploy_verbs), and so is its entering another country ([types.X] entry_verbs: "the UPDF entered DRC
    in November 2021"), told in the past and the active voice; troops deployed at home ("the army deployed troops in
    Borno") and a deployment agreed or planned ("agreed to deploy troops") are not."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or is_passive(verb):
        return None
    verb_words = _verb_words(verb)
    if not verb_words & vocab.deploy_words:
        return None
    if any(c.tag_ == "TO" or c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to")
           for c in verb.children) or verb.dep_ in ("xcomp", "relcl", "acl"):
        return None
    for tv in vocab.types.values():
        if not verb_words & (tv.deploy_verbs | tv.entry_verbs):
            continue
        sent = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "The UPDF entered DRC in November 2021", "Uganda entered the eastern Democratic Republic of Congo": a
        # state's force going into another country ([types.X] entry_verbs, the country its object)
        entered = sent is not None and bool(verb_words & tv.entry_verbs) and any(
            pm.place.precision == "country" and sent.left_edge.i <= tok.i <= sent.right_edge.i
            for pm, tok in index.places_in(verb.sent))
        if sent is None or not (entered or has_word(sent, tv.deploy_objects)):
            return None
        doer = reported_doer(subj_of(verb), vocab)
        if doer is None or not (is_force(doer, vocab, index) or any(
                m.type == "country" for m in index.entities_in(doer.left_edge.idx, end_of(doer)))):
            return None
        home = _home_state(doer, vocab, index)
        if home is None:
            return None
        into = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "into")
                for g in p.children if g.dep_ == "pobj"] + ([sent] if entered else [])
        spans = [(g.left_edge.i, g.right_edge.i) for g in into]
        # "Rwanda deployed 1,000 troops to support Mozambique's battle against the insurgency", "sent in 1,000 troops
        # to shore up Mozambican military forces": the state the forces went to help, told by its purpose
        # (the parser may hang the purpose on a participle of the sentence: "deployed 1,000 troops, comprising ...,
        # to support")
        clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
        purposes = [c for v in clauses for c in v.children
                    if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)]
        helped = {vocab.demonyms[t.text][0] for c in purposes for t in c.subtree if t.text in vocab.demonyms}
        spans += [(c.left_edge.i, c.right_edge.i) for c in purposes]
        abroad = {pm.place.country for pm, tok in index.places_in(verb.sent) if any(a <= tok.i <= b for a, b in spans)}
        abroad |= helped
        if abroad and None not in abroad and home not in abroad:
            return Trigger(tv.name, verb.i, verb.i + 1, verb, weak=False)
        return None
    return None

def kills_attackers(trig: Trigger, vocab: Vocab, index: DocIndex) -> bool:
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

def kill_doer(verb: Token) -> Token | None:
    """Who did what a force_kills verb tells: the subject of the verb a by- or in-gerund hangs on ("Puntland forces
    responded by neutralizing eight Daesh fighters", "the PSF has succeeded in neutralising ISIS members"), else the
    subject."""
    if is_passive(verb):
        # (as before: the agent of a passive cost more false events than it found)
        return subj_of(verb) or agent_of(verb)
    return subj_of(verb) or means_doer(verb) or agent_of(verb)

def unnamed_kill(head: Token, anchors: set[str]) -> bool:
    """The group's people killed in the passive with no killer named, at a place and on a day or in a month of
    their own: "the ADF commander Lubangakane was killed in Mwalika valley on Sunday, July 9", "Nfurusii was
    gunned down at Kilunga on 28th February" (army releases of an operation's kills). Without both anchors it
    is a detail of a story told around it ("three militants were also killed")."""
    return (
        head.pos_ == "VERB"
        and is_passive(head)
        and agent_of(head) is None
        and "place" in anchors
        and bool(anchors & {"day", "month"})
    )

def killed_by_force_on_day(head: Token, vocab: Vocab, index: DocIndex, anchors: set[str]) -> bool:
    """The group's people killed in the passive by a force its "by" phrase names, on a day or in a month of their
    own: "At least eight Daesh members were killed by Puntland special forces on Tuesday", "two ISWAP commanders
    were neutralised by troops on September 12" (a force's raid told from the dead). Undated, such a passive is most
    often a leader's death recalled ("Baghdadi, who was killed by US forces"), which kill_doer leaves out."""
    if head.pos_ != "VERB" or not is_passive(head) or not anchors & {"day", "month"}:
        return False
    return is_force(agent_of(head), vocab, index, armed=True)

def kills_with_particle(verb: Token, vocab: Vocab) -> bool:
    """ "shot dead", "gunned down": a verb that kills with the word after it ([casualties] kill_particles)."""
    # (read from the per-document lists, and only for a verb some particle or phrase opens with: asked of every verb
    # of a sentence with no trigger word, and a Token was made for each child and each of the four words after)
    doc = verb.doc
    word_at = token_words(doc)
    lemma = word_at[verb.i][0]
    if lemma not in vocab.kill_particle_verbs and lemma not in vocab.kill_phrase_verbs:
        return False
    after = [c for c in child_indices(doc)[verb.i] if c > verb.i]
    # "Police shot dead two ISIS fighters": the parser may hang "dead" on the object as its modifier, so the word
    # right after the verb counts wherever the parse put it
    if verb.i + 1 < len(doc):
        after.append(verb.i + 1)
    if any((lemma, word_at[c][1]) in vocab.kill_particles for c in after):
        return True
    # "troops put out of action two ADF rebels": a verb and the words right after it ([casualties] kill_phrases); not
    # a reduced passive a title's capitals hide ("ADF Commander Put Out Of Action By UPDF": the commander was killed)
    following = [lower for _lemma, lower in word_at[verb.i + 1 : verb.i + 5]]
    return any(p[0] == lemma and list(p[1:]) == following[: len(p) - 1]
               and following[len(p) - 1 : len(p)] != ["by"] for p in vocab.kill_phrases)

def _group_members(victims: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """Whether the people killed are the group's: "five ISWAP fighters", "a member of the Dawlah Islamiya",
    "Abu Fatima, a wanted ISWAP commander", "12 terrorists"."""
    if victims is None:
        return False
    # "three Abu Sayyaf fighters", "two ADF members": the fighters of an insurgent group the phrase names
    named = _described(victims, vocab.group_members) and any(
        m.type == "armed_group" and not state_force(m)
        for m in index.entities_in(victims.left_edge.idx, end_of(victims))
    )
    return has_word(victims, vocab.attacker_losses) or names_target_group(victims, index) or named

def arrested_by_force(verb: Token, tv: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """An arrest told in the passive whose agent is a force: "Saidu Hassan Yellow has been apprehended by troops
    of the Nigerian Army", "three suspects were arrested by the CTD" (the agent of a killing's passive stays
    unread: it cost more false events than it found)."""
    return (
        verb.pos_ == "VERB"
        and arrest_verb(verb, tv)
        and is_passive(verb)
        and is_force(agent_of(verb), vocab, index, armed=True)
    )

def arrested_by_state(verb: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """An arrest verb in the active voice whose subject is a state named as such: "Germany has detained five suspected
    members of the Islamic State", "Iran has arrested 10 terrorists". Only a state's forces arrest people, so the state
    stands for them ([types.X] forces_act credits its force); a country told as a place or a people is no subject here
    ("Iranian authorities" is a force noun of its own). So do people whose work is arresting ([types.X] arrest_doers:
    "counter-terrorism officers arrested seven suspected IS supporters")."""
    if verb.pos_ != "VERB" or not has_word(verb, tv.arrest_verbs) or is_passive(verb):
        return False
    doer = subj_of(verb)
    if doer is not None and doer.pos_ in ("NOUN", "PROPN") and has_word(doer, tv.arrest_doers):
        return not names_target_group(doer, index)
    return doer is not None and doer.pos_ == "PROPN" and any(
        m.type == "country" and m.start <= doer.idx < m.end and not names_target_group(doer, index)
        for m in index.entities_in(doer.left_edge.idx, end_of(doer))
    )

def arrest_by_national_force(verb: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """An arrest verb in the active voice whose subject is a force noun a demonym modifies: "German special forces
    arrested the suspected IS member in a raid", "Iranian security forces announced that they had arrested a dozen
    IS fighters" (a pronoun subject of a clause told by a reporting verb stands for the reporter). A bare force
    ("troops", "police") says no state and anchors nothing; other operation verbs stay as they were (a troops-only
    operation cost more false events than it found)."""
    if verb.pos_ != "VERB" or not arrest_verb(verb, tv) or is_passive(verb):
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

def arrest_under_law(verb: Token, tv: TypeVocab) -> bool:
    """An arrest verb with an "under" phrase naming a law ([types.X] law_nouns): "was detained in January 2020 under
    the Internal Security Act (ISA)", "were arrested under the Terrorism Act": the state's arrest, by whatever force."""
    return arrest_verb(verb, tv) and any(
        p.dep_ == "prep" and p.lower_ == "under"
        and any(g.dep_ == "pobj" and has_word(g, tv.law_nouns) for g in p.children)
        for p in verb.children
    )

def reported_arrest_at(verb: Token, tv: TypeVocab, index: DocIndex, anchors: set[str]) -> bool:
    """An arrest told in the passive with no agent, at a place of its own (``arrest_placed``), in a clause that
    hangs on a verb of reporting ([modality] reporting) whose subject is a state's force or body: "the FSB said that
    three suspected members of the cell were arrested in the Odintsovo district", "Four alleged ISIS terrorists
    have been arrested in Pakistan's Punjab province, police said". The body tells of an arrest it made (a
    witness or an outlet telling of one is a detail of their story)."""
    if not (
        verb.pos_ == "VERB" and arrest_verb(verb, tv) and is_passive(verb) and agent_of(verb) is None
        and "place" in anchors
    ):
        return False
    vocab = index.vocab
    report = next((a for a in ancestors(verb)[1:] if a.pos_ == "VERB" and a.lemma_.lower() in vocab.reporting), None)
    teller = subj_of(report) if report is not None else None
    # "officials said", "authorities said": whoever speaks for a government, not the force that made it
    return (
        teller is not None
        and not has_word(teller, tv.loose_reporters)
        and is_force(teller, vocab, index)
        and arrest_placed(verb, tv, index)
    )

def arrest_placed(verb: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """A place the arrest itself happened at, in the verb's own phrases: "were arrested in a house in West Bekasi"
    ("Singaporeans were arrested ... one man for wanting to join ISIS in Syria" places the people arrested,
    "was arrested after the attack in the southern city of Villach" the attack the arrest followed, and "were
    arrested on arrival at Frankfurt airport" a return whose detail the arrest is: [types.X] arrival_nouns)."""
    vocab = index.vocab
    sent = verb.sent
    places = index.places_in(sent)
    entities = index.entities_overlapping(sent.start_char, sent.end_char)
    events = vocab.types[perpetrated_type(vocab)].nouns | vocab.incident_nouns | tv.arrival_nouns
    patient = subj_of(verb)
    for _, tok in places + unlisted_places(sent, vocab, places, entities):
        if not dominates(verb, tok) or (patient is not None and dominates(patient, tok)):
            continue
        path = ancestors(tok)
        between = path[1 : path.index(verb)] if verb in path else []
        if not any(t.pos_ == "NOUN" and has_word(t, events) for t in between):
            return True
    return False

def lede_arrest(verb: Token, tv: TypeVocab, index: DocIndex) -> bool:
    """An arrest the page's lede tells in the past or the perfect, made by no one named or by a bare force: "Six
    men and two women have been arrested by police for alleged ties to the Islamic State", "Seven people have
    been arrested in Indonesia after a failed plot to attack Pope Francis", "Police arrested two men suspected of
    links to IS". The first full sentence of an arrest
    report tells its news, the state's operation, whose force and country the article names (further down, the
    same passive is a detail of the story told around it: [types.X] agentless_passive_not)."""
    if not (verb.pos_ == "VERB" and verb.tag_ in ("VBN", "VBD") and arrest_verb(verb, tv)):
        return False
    if verb.dep_ not in ("ROOT", "conj"):
        # "Sharifullah, who was arrested in March, ...": who is meant, by a deed; "A witness said two ISIS suspects
        # were arrested": whoever tells it decides (reported_arrest_at)
        return False
    # "the suspect was arrested after the knife attack in Villach", "in connection with the bombing": an arrest its own
    # phrases tie to an attack is a detail of the attack's story, which the lede tells
    vocab = index.vocab
    attacks = vocab.types[perpetrated_type(vocab)].nouns | vocab.incident_nouns
    if any(t.pos_ == "NOUN" and has_word(t, attacks) for c in verb.children if c.dep_ in ("prep", "advcl")
           for t in c.subtree):
        return False
    # who made it, when the clause names them: a state's force or body ("ISWAP fighters detained five villagers" is
    # the group's abduction)
    doer = agent_of(verb) if is_passive(verb) else subj_of(verb)
    if doer is not None and not is_force(doer, vocab, index):
        return False
    sent = verb.sent
    named = index.entities_overlapping(sent.start_char, sent.end_char)
    if not any(m.entity_id in index.target_group_ids for m in named):
        return False  # "Police arrested two men": an arrest the lede ties to no group of the campaign is no news of it
    # its first sentence only ("... killed five people in Kabul on Monday. A suspect was arrested." tells the
    # attack, the arrest a detail of it)
    return first_sentence(sent, index)


def first_sentence(sent: Span, index: DocIndex) -> bool:
    """The page's first full sentence, the lede that tells its news (a dateline before it ends no sentence)."""
    text = doc_text(index.doc)
    end = lede_end(text)
    if end is None or sent.start_char >= end:
        return False
    line_start = text.rfind("\n", 0, end - 1) + 1
    return line_start <= sent.start_char and not any(c in text[line_start : sent.start_char] for c in ".!?")

def is_force(tok: Token | None, vocab: Vocab, index: DocIndex, armed: bool = False) -> bool:
    """Whether a noun phrase names a state's force or a body acting for one: a force noun ("troops", "the
    military", "security forces") or a state's named force or body ("the AFP", "the CTS", not "the Security
    Council");
    with ``armed``, any other armed group too ("Taliban forces killed three ISKP members" fight the group)."""
    if tok is None or names_target_group(tok, index):
        return False
    if has_word(tok, vocab.force_nouns) or _demonym_plural(tok, vocab):
        return True
    return any(
        (m.type == "armed_group" and (armed or state_force(m))) or (m.type == "organization" and of_state(m))
        for m in index.entities_in(tok.left_edge.idx, end_of(tok))
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
    spans = [(obj.left_edge.idx, end_of(obj))] if obj is not None else []
    spans += [target[1]] if target else []
    blamed = [clause for a, b in spans for clause in _blame_clauses(head.doc, a, b)]
    aimed = any(
        m.entity_id in index.target_group_ids and not any(a <= m.start < b for a, b in blamed)
        for a, b in spans for m in index.entities_in(a, b)
    )
    subj = subj_of(head) if head.pos_ == "VERB" else None
    return aimed and not names_target_group(subj, index)

def _blame_clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of blame inside a phrase ("an attack on a nearby village, which was attributed by the army to the
    Islamic State", "which the army blamed on IS"): the group they name is who did it, not what was hit."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [(t.left_edge.idx, end_of(t)) for t in span
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
        doer = agent_of(head) if passive else subj_of(head)  # "soldiers were ambushed": the soldiers are hit
        if doer is None and not passive:
            doer = _gerund_doer(head)
    elif (first := _first_conjunct(head)).dep_ == "dobj" and first.head.lemma_.lower() in vocab.doing_verbs:
        # "carried out assaults" (not "condemned the attacks", "repelled attacks"); "the AFP launched air and artillery
        # attacks": a conjunct of the object is done by the light verb's subject too
        doer = _accused(first.head, vocab) or subj_of(first.head)
    elif head.dep_ == "pobj" and head.head.lower_ in ("in", "during") and head.head.head.pos_ == "VERB":
        if any(c.dep_ == "amod" and c.lower_ in vocab.made_modifiers for c in head.children):
            # "troops killed 13 ISWAP fighters during a failed ambush", "Troops kill scores of terrorists in failed
            # attack on base": a force's own raid does not fail in its release; the attack that failed is the one the
            # fighters made, and the killing is the defenders' side of it
            return False
        verb = head.head.head  # "killed 10 fighters during an ambush": only a kill of the group's own
        # ... or what else a force does to them ("troops neutralised 12 terrorists in an ambush")
        kill = vocab.kill | vocab.force_outcomes
        if verb.lemma_.lower() not in kill and verb.dep_ == "conj" and verb.head.lemma_.lower() in kill:
            verb = verb.head  # "killed 10 fighters and recovered weapons during an ambush"
        victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
        doer = subj_of(verb) if verb.lemma_.lower() in kill and _group_members(victims, vocab, index) else None
        if doer is None and is_passive(verb) and agent_of(verb) is None and _taken_in(verb, vocab):
            return True  # "30 have been arrested in a well staged ambush": no one but a force arrests
    elif head.pos_ == "NOUN":
        # "last week's joint UPDF/FARDC attack in Tingwe hills": a force named as the noun's modifier makes it (the
        # mirror of _group_named_raid); not a possessive, which is as often the country hit ("the Philippines' worst
        # terrorist attack")
        doer = next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                     and is_force(c, vocab, index)), None)
        # "an attack by Egyptian Army in a village", "they fell into an ambush by our forces": its "by" phrase
        doer = doer or next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
                             for g in c.children if g.dep_ == "pobj"), None)
    else:
        return False
    if doer is not None and doer.pos_ == "PRON" and doer.lower_ in vocab.pronouns:
        # "the Counter Terrorism Service announced that it had killed two suspects during an ambush", "police
        # said they had stormed a hideout": the pronoun is the force that reports its own deed
        doer = reporting_subject(doer, vocab) or doer
    return doer is not None and is_force(doer, vocab, index) and not is_perpetrator(doer, vocab, index)

def _accused(verb: Token, vocab: Vocab) -> Token | None:
    """Who a gerund of accusation is charged to: "the army is accusing ADF rebels of carrying out the attack", "police
    blamed the militants for staging the raid" (the object of the verb of accusation, [modality] accusation_verbs,
    did it, not its subject, who makes the charge)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    if prep.head.lemma_.lower() not in vocab.accusation_verbs:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)

def _group_hit(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """An attack word whose patient is the campaign's group or its fighters, with no one or a force as the doer: "the
    militants were ambushed near the village", "five ISWAP fighters were attacked by troops" (the passive's subject is
    who was hit, so the deed is the force's operation against them; "ISWAP fighters were attacked by Boko Haram" names
    another group as the doer and stays an attack)."""
    if head.pos_ != "VERB" or not is_passive(head):
        return False
    hit = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if hit is None or hit.pos_ == "PRON" or not _group_members(hit, vocab, index):
        return False
    doer = agent_of(head)
    return doer is None or (is_force(doer, vocab, index) and not is_perpetrator(doer, vocab, index))

def _group_killed_in(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """An attack noun the campaign's group's own named fighters were killed in, with no killer named but a force:
    "15 ISIS terrorists have been killed in a joint attack, US officials said", "five ISWAP fighters were neutralised
    during an ambush" (the group does not count its own dead as the toll of its attack; the force's operation
    does). Not one aimed at someone ("an IS commander was killed during an attack on army forces": the attackers'
    own loss), nor one whose "by" phrase names its doer, nor fighters told only by a common word ("militants were
    killed in the attack" are as often the attackers')."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("in", "during"):
        return False
    verb = head.head.head
    if verb.pos_ != "VERB" or not is_passive(verb) or verb.lemma_.lower() not in vocab.kill | vocab.force_outcomes:
        return False
    victims = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if victims is None or not names_target_group(victims, index):
        return False
    if find_target(head) is not None or any(c.dep_ == "prep" and c.lower_ == "by" for c in head.children):
        return False
    doer = agent_of(verb)
    return doer is None or (is_force(doer, vocab, index) and not is_perpetrator(doer, vocab, index))

def _force_losses_only(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """A fight ([link] fights) whose sentence counts the dead or wounded of the state's side alone: "two soldiers were
    killed in clashes with ISWAP fighters", "clashes ... resulted in the deaths of six security personnel". A fight
    told only by what the force lost is the group's attack on it (the conventions: an operation is a raid or a battle
    the force starts, told with the force as the fight's doer, and its report counts the group's dead: "seven
    terrorists and six soldiers were killed" stays the force's)."""
    if head.lemma_.lower() not in vocab.fights and head.lower_ not in vocab.fights:
        return False
    if head.pos_ == "NOUN" and (determiner(head) in ("the", "that", "this") or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)):
        # "four soldiers were wounded during the firefight", "killed during the encounter of our troops with the
        # militants": a fight told before, or one told as the force's, is a detail of that
        return False
    verb = head if head.pos_ == "VERB" else head.head.head if head.dep_ == "pobj" else None
    if verb is not None and verb.lemma_.lower() in vocab.fights and not is_passive(verb) and is_force(
            _chain_subject(verb), vocab, index):
        return False  # "Army troops surrounded the area and clashed with the bandits": a fight the force starts
    sent = head.sent
    ground = frozenset().union(*(tv.nouns for tv in vocab.types.values() if tv.against_group)) - vocab.fights
    if any(t.lemma_.lower() in ground for t in sent):
        return False  # "killed in a clash ..., as the army offensive entered its fifth day": a fight of that operation
    hit = [c for t in sent if (v := _hurt(t, vocab)) is not None for c in conjuncts(v)]
    # "A soldier died ... in a clash with BIFF ... Two BIFF members were also killed": the next sentence may count
    # the group's dead of the same fight
    after = head.doc[sent.end].sent if sent.end < len(head.doc) else None
    theirs = hit + [c for t in (after or []) if (v := _hurt(t, vocab)) is not None for c in conjuncts(v)]
    # all the hurt the force's ("two soldiers and a civilian", "two bandits and a soldier" are not)
    return bool(hit) and all(_force_people(v, vocab, index) or v.lower_ in ("other", "others") for v in theirs)

def _force_people(tok: Token, vocab: Vocab, index: DocIndex) -> bool:
    """The hurt people named are the force's: "two soldiers", "six security personnel", "three Peshmerga" (the words up
    to the noun itself, not a clause on it: "Khubayb, who was killed during an encounter with Army troops" is none)."""
    if names_target_group(tok, index):
        return False
    if has_word(tok, vocab.force_nouns) or _demonym_plural(tok, vocab):
        return True
    return any(
        (m.type == "armed_group" and state_force(m)) or (m.type == "organization" and of_state(m))
        for m in index.entities_in(tok.left_edge.idx, tok.idx + len(tok.text))
    )

def _hurt(tok: Token, vocab: Vocab) -> Token | None:
    """The people a word of killing or wounding counts: a verb's victims ("five soldiers were killed"), or a noun's
    "of" phrase ("the deaths of six security personnel", "killing of 4 soldiers")."""
    if tok.pos_ == "VERB":
        return victims_of(tok, vocab)
    if tok.pos_ != "NOUN" or tok.lower_ not in vocab.dead | vocab.wounded:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None

def _taken_in(verb: Token, vocab: Vocab) -> bool:
    """The passive ``verb`` tells an arrest ([types.X] arrest_verbs, "were taken into custody"), which only a force
    makes: the ambush or raid it was made in is that force's (not a killing: "a commander was killed during an
    attack on army forces" is the attackers' own loss)."""
    return any(arrest_verb(verb, tv) for tv in vocab.types.values() if tv.arrest_verbs)


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
    if names_target_group(subj_of(verb), index) and not names_target_group(victims, index):
        return True
    if _group_members(victims, vocab, index) or is_perpetrator(victims, vocab, index):
        return False
    return is_perpetrator(subj_of(verb), vocab, index) and not is_force(subj_of(verb), vocab, index)

def _civilians_killed_in(head: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "at least 52 people were killed in coordinated raids across Beni and Lubero": a raid that people who
    are no fighters were killed in, with no force named as its killer, is an attack on them (the army's raid
    kills the group's fighters)."""
    if not has_word(head, perpetrated.weak) or head.pos_ == "VERB":
        return False
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "during") or head.head.head.pos_ != "VERB":
        return False
    verb = head.head.head
    if not any(c.dep_ == "auxpass" for c in verb.children) or is_force(agent_of(verb), vocab, index):
        return False
    victims = victims_of(verb, vocab)
    if victims is None or is_perpetrator(victims, vocab, index):
        return False
    # "Eight soldiers were killed in that raid": the raid told before, which the state's own dead make an attack on
    # them (a force's raid is told by its doer or its target, "killed during a raid on an ISIS hideout")
    told_before = determiner(head) in ("that", "this") and find_target(head) is None
    return has_word(victims, vocab.civilians) or (
        told_before and is_force(victims, vocab, index) and not _force_raided_before(head, vocab, index)
    )

def _force_raided_before(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """The last raid (the word of ``head``) told before its sentence was a force's: "US forces raided a compound ...
    One US soldier was killed in that raid" is the force's own raid, not an attack on it."""
    doc = head.doc
    lemma = head.lemma_.lower()
    for tok in reversed(doc[: head.sent.start]):
        if tok.lemma_.lower() != lemma:
            continue
        if tok.pos_ == "VERB":
            return is_force(subj_of(tok), vocab, index)
        return any(  # "a US raid", "the army's raid", "a raid by Iraqi forces"
            (c.dep_ in ("compound", "poss", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP") or is_force(
                c, vocab, index))) or (c.dep_ == "prep" and c.lower_ == "by" and any(
                o.dep_ == "pobj" and is_force(o, vocab, index) for o in c.children))
            for c in tok.children
        )
    return False

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

def _rival_groups_fight(head: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "ISWAP and Boko Haram clashed again in Borno", "a clash between ISWAP and Boko Haram in the Lake Chad region":
    a fight ([link] fights) whose sides, told as its subject or its "with" or "between" phrase, are the campaign's group
    and an armed group outside the campaign ([link] outside_campaign), with no state's force among them, is no
    force's operation: the gold types the fighting between the groups as an attack. Not when a side is a force or
    a group that rules as one ("a clash between the Taliban and ISKP" stays the Taliban's operation)."""
    if head.lemma_.lower() not in vocab.fights and head.lower_ not in vocab.fights:
        return False
    sides = [c for c in head.children if c.dep_ == "nsubj"] if head.pos_ == "VERB" else []
    sides += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for g in c.children if g.dep_ == "pobj"]
    if not sides:
        return False
    if any(has_word(t, vocab.force_nouns) for s in sides for t in s.subtree):
        return False
    named = [m for s in sides for m in index.entities_in(s.left_edge.idx, end_of(s))]
    if any((m.type == "armed_group" and state_force(m)) or m.type in ("country", "organization") for m in named):
        return False
    ours = any(m.entity_id in index.target_group_ids for m in named)
    rival = any(
        m.type == "armed_group" and m.kb_id is not None and m.entity_id not in index.target_group_ids
        and bool({m.kb_id, *kb_ancestors(m.kb_id)} & vocab.outside_campaign) for m in named
    )
    ruling = any(m.kb_id is not None and bool({m.kb_id, *kb_ancestors(m.kb_id)} & vocab.ruling_groups) for m in named)
    return ours and rival and not ruling

def _fights_force(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """The side a fight verb's "with" or "against" phrase names is a state's force: "Boko Haram terrorists have clashed
    with government forces in Diffa" (a group outside the campaign fighting the state attacks it, as the campaign's
    group does; one fighting another group, "al-Shabaab factions clashed", is no attack on the state)."""
    return any(g.dep_ == "pobj" and is_force(g, vocab, index) for c in verb.children
               if c.dep_ == "prep" and c.lower_ in ("with", "against") for g in c.children)

def _group_side(subj: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """The subject is the campaign's target group or its fighters: "ISWAP fighters", "ASG members", or attackers
    no group is named for ("fighters", "militants"); not another armed group (the SDF) nor a force."""
    if subj is None or is_force(subj, vocab, index):
        return False
    if names_target_group(subj, index):
        return True
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and subj.lemma_.lower() in vocab.collectives:
        # "a group of about ten terrorists", "dozens of gunmen": the people the collective is of
        return any(_group_side(g, vocab, index) for g in of.children if g.dep_ == "pobj")
    named = index.entities_in(subj.left_edge.idx, end_of(subj))
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

def on_group_side(subj: Token | None, vocab: Vocab, index: DocIndex) -> bool:
    """``_group_side`` for the filters: the doer is the campaign's group or its fighters, not a force nor another
    named armed group ("MILF members engaged the BIFF" is the MILF's operation)."""
    return _group_side(subj, vocab, index)

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
    above = _governing_subject(subj.head)
    if above is not None and above.i < subj.i and above.lower_ not in vocab.pronouns:
        # "The gunmen fired shots and set homes alight when they raided Nanjaba village", "a group of insurgents left
        # Chiure for Ancuabe district, where they clashed with the Naparama militia": the subject of the clause the
        # pronoun's clause hangs from is what it stands for ("the army said they clashed": the army)
        return _group_side(above, vocab, index)
    if any(t.dep_ in SUBJECTS for t in subj.doc[sent.start : subj.i]):
        return False  # "the army said they clashed": an earlier subject of the sentence may be what it stands for
    for _ in range(hops):
        if sent.start == 0:
            return False
        sent = subj.doc[sent.start - 1].sent
        before = subj_of(sent.root)
        if before is None:
            return False
        if before.lower_ in vocab.pronouns or any(
                c.dep_ == "poss" and c.lower_ in vocab.pronouns for c in before.children):
            continue
        return _group_side(before, vocab, index)
    return False

def _governing_subject(verb: Token) -> Token | None:
    """The subject of the nearest clause above the clause of ``verb`` (an adverbial, complement or coordinated clause,
    or a relative one on a word of that clause: "left for Ancuabe district, where they clashed")."""
    if verb.dep_ not in ("advcl", "ccomp", "conj", "relcl"):
        return None
    tok = verb.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return subj_of(tok)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None

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
    support = governing_support(head, vocab)
    if support is not None and head.dep_ == "dobj":
        return _group_side(subj_of(support), vocab, index)
    # "assailants on a pump boat grabbed three Indonesians during a noon raid on a fishing trawler": the raid the
    # group's people made while doing to others what their clause tells (the troops' "during a raid" stays their
    # operation; "during a clash with the army, 18 terrorists perished" is no deed of theirs)
    if head.dep_ == "pobj" and head.head.lower_ == "during" and head.head.head.pos_ == "VERB":
        verb = head.head.head
        victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if victims is None or is_passive(verb):
            return False
        if has_word(verb, vocab.fights) and is_force(victims, vocab, index):
            return False  # "during an operation ..., IS members confronted American and Iraqi troops": the troops'
        if names_target_group(subj_of(verb), index) and not names_target_group(victims, index):
            return True  # "ISIS claimed to have eliminated 50 al-Shabab fighters during a clash": on a rival too
        if _group_members(victims, vocab, index) or is_perpetrator(victims, vocab, index):
            return False
        return _group_side(subj_of(verb), vocab, index)
    return False

def _appos_before(subj: Token | None, verb: Token) -> Token | None:
    """ "According to the RDC Kamwenge, Mr Isiah Byarugaba, the suspected rebels raided Nyabitutsi village": the parser
    hangs the real subject, told right before the verb, on the name before it as an appositive (the source the
    sentence opens with); that appositive is who acted."""
    if subj is None:
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None)

def _outside_group_raids(verb: Token, vocab: Vocab, index: DocIndex) -> bool:
    """ "jihadists from al-Shabaab raided the city of Mocímboa da Praia": a raid by an insurgent group outside the
    campaign ([link] outside_campaign; the name Cabo Delgado's branch goes by locally, "Boko Haram" for ISWAP) is an
    attack, credited as such attacks are (link.within_campaign). Not when the sentence names the campaign's group:
    "the Taliban raided an ISIS-K hideout" is their operation against it."""
    subj = subj_of(verb)
    if subj is None or is_force(subj, vocab, index) or any(
            m.entity_id in index.target_group_ids for m in index.entities_in(verb.sent.start_char, verb.sent.end_char)):
        return False
    named = index.entities_in(subj.left_edge.idx, end_of(subj))
    return bool(named) and all(
        m.type == "armed_group" and m.kb_id is not None
        and bool({m.kb_id, *kb_ancestors(m.kb_id)} & vocab.outside_campaign) for m in named
    )

def _group_named_raid(head: Token, perpetrated: TypeVocab, vocab: Vocab, index: DocIndex) -> bool:
    """ "ISIS raid in Iraq kills two pro-Iran fighters", "a militant raid on the village": a raid noun (a word
    both types share, [types.X] weak of the perpetrated type) whose modifier names the group or its fighters is
    the group's attack (the army's raid, "an SDF raid", stays an operation)."""
    if head.pos_ != "NOUN":
        return False
    if not has_word(head, perpetrated.weak):
        # "This was the second IS operation in Libya in 2022", "an ISWAP operation": a force's word named for the
        # group itself (not its fighters: "a militant operation" may be the army's) is its attack; not a word it is
        # against ("an anti-IS operation", "a counter-ISIS operation"); one, not the group's doings in general ("to
        # support ISIS operations"), nor one a force carries out ("Turkey has carried out a number of ISIS
        # operations")
        if head.tag_ != "NN" or _done_by_force(head, vocab, index):
            return False
        return any(
            c.dep_ in ("compound", "nmod", "poss") and c.i < head.i and names_target_group(c, index)
            and not _against_word(c) for c in head.children
        )
    return any(
        c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < head.i and _group_side(c, vocab, index)
        for c in head.children
    )


def _against_word(tok: Token) -> bool:
    """The group's name is what a prefix sets the phrase against: "anti-IS", "counter-ISIS"."""
    left = tok.doc[tok.left_edge.i : tok.i + 1].text.lower()
    return left.startswith(("anti", "counter")) or (tok.i >= 2 and tok.doc[tok.i - 1].text == "-"
                                                   and tok.doc[tok.i - 2].lower_ in ("anti", "counter"))

def air_arm_type(actor: Actor | None, tv: TypeVocab, vocab: Vocab) -> TypeVocab | None:
    """The type an operation against the group has when an air arm makes it ([types.X] air_arms): "the Air
    Task Force ... was dispatched to attack the terrorists' hideouts" is a strike."""
    if actor is None or not tv.against_group:
        return None
    name = actor.name.lower()
    return next((t for t in vocab.types.values() if any(w in name for w in t.air_arms)), None)

def air_doer_type(head: Token, tv: TypeVocab, vocab: Vocab) -> TypeVocab | None:
    """The type an operation against the group has when aircraft or an air arm make it, told by who acts rather
    than by the credited actor: "the Egyptian warplanes launched several raids on ISIS-controlled areas", "Iraqi jets
    carried out a raid", "its air force killed 19 militants" (the actor credited is the national force; the doer of
    the verb, or of the light verb that carries the noun, is the aircraft: a strike, gold/real conventions)."""
    if not tv.against_group:
        return None
    verb = head if head.pos_ == "VERB" else governing_support(head, vocab)
    if verb is None:
        return None
    return next((t for t in vocab.types.values() if t.aircraft and (_by_aircraft(verb, t) or _strike_means(verb, t))),
                None)


def flown_by_aircraft(head: Token, tv: TypeVocab, vocab: Vocab) -> bool:
    """A strike word whose doer is aircraft or an air arm ([types.X] aircraft, air_arms): the subject of the trigger
    verb or of the light verb carrying the noun ("Iraqi F-16 aircraft had conducted airstrikes"), or the agent of a
    participle on the noun ("a precision airstrike carried out by Iraqi F-16 fighter jets")."""
    if not tv.aircraft:
        return False
    verb = head if head.pos_ == "VERB" else governing_support(head, vocab)
    if verb is not None and _by_aircraft(verb, tv):
        return True
    # (the reduced passive has no auxiliary, so ``_by_aircraft`` would read the noun as the doer)
    agents = [agent_of(c) for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return any(a is not None and (has_word(a, tv.aircraft) or _names_air_arm(a, tv)) for a in agents)


def _strike_means(verb: Token, tv: TypeVocab) -> bool:
    """ "The Nigerian military has killed an ISWAP commander and 15 of his fighters with airstrikes", "the army said it
    attacked the rebels, carrying out aerial bombardments": the means the verb names ("with", "through", "by" phrase,
    or a participle's object) is a strike from the air ([types.X] nouns, a weak one with an air word), so the deed is
    that strike (gold/real conventions: air and drone strikes are strikes). One joined to a ground word ("with
    airstrikes and artillery") tells a combined operation, which stays one."""
    # the parser often hangs the "with" phrase on the object or on what it read as an aside of the verb ("killed an
    # ISWAP commander, Abu X, and 15 of his fighters with airstrikes")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "npadvmod"))]
    holders += [c for h in holders[1:] for c in h.children if c.dep_ in ("conj", "appos")]
    means = [g for h in holders for c in h.children if (c.dep_ == "prep" and c.lower_ in ("with", "through", "via"))
             or (h is verb and c.dep_ == "agent") for g in c.children if g.dep_ == "pobj"]
    means += [g for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" for g in c.children if g.dep_ == "dobj"]
    return any(_air_strike_noun(t, tv) for t in means)


def _air_strike_noun(tok: Token, tv: TypeVocab) -> bool:
    if not has_word(tok, tv.nouns) or tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return False
    return not has_word(tok, tv.weak) or any(
        c.dep_ in ("amod", "compound") and has_word(c, tv.air_modifiers) for c in tok.children)

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

def claimed_by(head: Token) -> bool:
    """ "a raid 50 km north of Zigue on Saturday, claimed by Islamic State": what a group claims is its attack."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "claim" and c.tag_ == "VBN"
               and any(g.dep_ == "agent" for g in c.children) for c in head.children)

def _air_worded(head: Token, trig: Trigger, tv: TypeVocab) -> bool:
    """An air word ([types.X] air_modifiers) stands before the trigger in its phrase, alone: not joined to a ground
    one ("air and artillery operations", "ground and air attacks": a combined fight), nor a word of the trigger's own
    phrase ("drone attack")."""
    return any(
        # (the parse may leave "artillery" a compound of the noun and hang only the "and" on "air")
        has_word(t, tv.air_modifiers) and not _joined_arm(t)
        for t in head.doc[head.left_edge.i : trig.start]
    )


def _joined_arm(t: Token) -> bool:
    """A modifier joined to another in its phrase: a conjunct ("ground and air"), one holding conjuncts or a
    dangling "and", or one right after a coordinating word the parse hung elsewhere ("launched ground and aerial
    offensives", where "ground" holds the "and" and "aerial" modifies the noun alone)."""
    if t.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in t.children):
        return True
    return t.i > 0 and t.doc[t.i - 1].dep_ == "cc"


def _combined_arms(head: Token, trig: Trigger, vocab: Vocab, index: DocIndex) -> bool:
    """An attack noun whose phrase joins an air word ([types.X] combined_arms) to another arm: "killed in the
    military's air and ground assaults", "cleared with air, artillery and ground assaults", "combined air and ground
    assaults". Only armed forces fight from the air and the ground at once, so it is their operation (the conventions:
    ground campaigns are operations), whoever the sentence names; an air word alone is a strike (``from_the_air``),
    and the group's own "drone and ground attack" is no such word. Not when the group is named as its doer."""
    if head.pos_ != "NOUN":
        return False
    air = frozenset().union(*(tv.combined_arms for tv in vocab.types.values()))
    if not any(has_word(t, air) and _joined_arm(t) for t in head.doc[head.left_edge.i : trig.start]):
        return False
    doers: list[Token | None] = [c for c in head.children if c.dep_ == "poss"]
    if head.dep_ == "dobj":
        doers.append(subj_of(head.head))
    return not any(d is not None and is_perpetrator(d, vocab, index) for d in doers)


def from_the_air(trig: Trigger, vocab: Vocab) -> Trigger:
    """The trigger as the type aircraft make, when aircraft do it ([types.X] aircraft, aircraft_verbs).

    "warplanes bombed the town", "military aircraft attacked Islamic State positions", "Iraqi jets kill tens of
    Islamic State members": aircraft make a strike, whatever the verb and whoever is hit; so do "the Egyptian
    warplanes launched several raids on the ISIS-controlled areas": an operation noun that aircraft carry out
    (the object of their verb) is their strike (the conventions: air and drone strikes are strikes)."""
    head = trig.head
    # "Iraqi military aircraft launched a series of aerial attacks", "the army launched air attacks on ADF camps",
    # "killed in the aerial attack": an attack noun with an air word of its own is flown from the air, whoever flies it
    # (a force's ground attack on the group is its operation, a group's its attack: ``retype``)
    if head.pos_ == "NOUN" and vocab.types[trig.type].perpetrated:
        for tv in vocab.types.values():
            if tv.name != trig.type and has_word(head, tv.air_nouns) and _air_worded(head, trig, tv):
                return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
    # (what the tests ask of the trigger alone, read once rather than once per type: this is asked of every trigger)
    verb_lemma = head.lemma_.lower() if head.pos_ == "VERB" else None
    # ("NAF fighter jets ..., delivering a devastating assault on terrorists' hideouts": an attack noun that aircraft
    # deliver or launch is their strike too, as an operation noun is)
    trig_tv = vocab.types[trig.type]
    verb_object = ((trig_tv.against_group or trig_tv.perpetrated) and head.pos_ == "NOUN" and head.dep_ == "dobj"
                   and head.head.pos_ == "VERB")
    for tv in vocab.types.values():
        if tv.name == trig.type:
            continue
        if verb_lemma is not None and verb_lemma in tv.aircraft_verbs and _by_aircraft(head, tv):
            return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
        if verb_object and _by_aircraft(head.head, tv):
            return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
    return trig

def _flown_from_the_air(head: Token, trig: Trigger, vocab: Vocab) -> TypeVocab | None:
    """The type aircraft make ([types.X] air_origins) when the trigger verb is one aircraft do (aircraft_verbs) and
    its own "from" phrase is the bare air: "a Close Air Support component attacked the terrorists from the air" is a
    strike, whoever the parse makes of the doer's words ("from the air base" names a place, not the air)."""
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    for tv in vocab.types.values():
        if tv.name == trig.type or not tv.air_origins or lemma not in tv.aircraft_verbs:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in tv.air_origins
                and not any(m.dep_ in ("compound", "amod", "nmod") for m in g.children)
                for g in c.children) for c in head.children):
            return tv
    return None


def _claimed_strike(trig: Trigger, vocab: Vocab) -> bool:
    """ "the ADF claimed responsibility for five recent strikes on civilians and army positions", "a strike on a
    checkpoint, claimed by the group": a strike noun ([types.X] told_attack_nouns) that someone claims responsibility
    for is a group's attack (states announce their air strikes, they do not claim them), unless an air word or an
    aircraft is on it ("a drone strike claimed by ...")."""
    head = trig.head
    tv = vocab.types[trig.type]
    if trig.end - trig.start != 1 or head.pos_ != "NOUN" or head.lemma_.lower() not in tv.told_attack_nouns:
        return False
    if not (head.dep_ in ("pobj", "pcomp") and claimed_for(head) or claimed_by(head)):
        return False
    return not any(has_word(t, tv.aircraft | tv.air_modifiers) for t in head.subtree)


def _strike_on_force(trig: Trigger, vocab: Vocab, index: DocIndex) -> bool:
    """ "The following day, a second strike reportedly targeted a police patrol, injuring several officers", "drone
    strikes targeted military hardware": a strike noun ([types.X] told_attack_nouns) that targets or hits the state's
    forces (its object names one of [places] force_nouns), named for no one and told with no aircraft or air arm, is
    the group's attack on them: a state does not strike its own forces."""
    head = trig.head
    tv = vocab.types[trig.type]
    if head.pos_ != "NOUN" or head.lemma_.lower() not in tv.told_attack_nouns or head.dep_ != "nsubj":
        return False
    if any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in head.children) or _done_by_force(head, vocab, index):
        return False
    verb = head.head
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.pos_ != "VERB" or target is None or names_target_group(target, index):
        return False
    if not any(t.lower_ in vocab.force_nouns for t in head.doc[target.left_edge.i : target.i + 1]):
        return False
    sent = head.sent
    text = sent.text.lower()
    return not any(has_word(t, tv.aircraft) for t in sent) and not any(arm in text for arm in tv.air_arms)


def _group_weapon_strike(trig: Trigger, vocab: Vocab) -> bool:
    """ "A bomb strike on a church", "an explosive device struck their homes", "militants struck a military checkpoint
    with a car bomb": a strike word told with a weapon only the group uses ([types.X] group_weapons) as the noun's
    modifier, the verb's subject, or the "with" phrase of the verb or of its object, is the group's attack (the
    conventions type by who did it and how), unless the sentence names aircraft or an air word."""
    head = trig.head
    tv = vocab.types[trig.type]
    if not tv.group_weapons or trig.end - trig.start != 1:
        return False
    if head.pos_ == "NOUN":
        told = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    elif head.pos_ == "VERB":
        told = [c for c in head.children if c.dep_ == "nsubj"]
        told += [g for t in (head, *(c for c in head.children if c.dep_ == "dobj")) for p in t.children
                 if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    else:
        return False
    if not any(has_word(t, tv.group_weapons) for t in told):
        return False
    return not any(has_word(t, tv.aircraft | tv.air_modifiers) for t in head.sent)


def _attack_told_again(trig: Trigger, vocab: Vocab, index: DocIndex) -> bool:
    """ "killed in a militant attack on Wednesday ..., the second deadly strike against the army", "claimed
    responsibility for the attack, the first such strike on Malaysian soil": a bare noun of [types.X]
    told_attack_nouns, named for no one (no proper noun on it: "US strike"), in a sentence that tells an attack with
    a noun of its own and names no aircraft, air arm or air word, is that attack told again, not an air strike. Not
    one that does something of its own ("The strike on Monday followed an attack by ISIS militants") nor one a force
    carries out ("US forces carried out a strike after an al-Shabaab attack")."""
    head = trig.head
    tv = vocab.types[trig.type]
    if trig.end - trig.start != 1 or head.pos_ != "NOUN" or head.lemma_.lower() not in tv.told_attack_nouns:
        return False
    if head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in head.children):
        return False
    attack = vocab.types[perpetrated_type(vocab)]
    sent = head.sent
    # (the attack noun looked for in the per-document lists, and before the parse is asked who did it: this is
    # asked of every strike noun, and most sentences with one tell no attack besides)
    word_at, pos = token_words(head.doc), token_pos(head.doc)
    if not any(i != head.i and pos[i] == NOUN and word_at[i][0] in attack.nouns for i in range(sent.start, sent.end)):
        return False
    if _done_by_force(head, vocab, index):
        return False
    text = sent.text.lower()
    air = tv.aircraft | tv.air_modifiers | (tv.nouns - tv.weak)
    return not any(has_word(t, air) for t in sent) and not any(arm in text for arm in tv.air_arms)

def retype(trig: Trigger, vocab: Vocab, index: DocIndex) -> Trigger:
    """A verb of one type used with a perpetrator (or the other type's own weapon noun) as subject reports
    another type's event ("a suicide bomber struck a market", "a car bomb struck a checkpoint" are attacks,
    not air strikes): [types.X] perpetrator_verbs."""
    head = trig.head
    aerial = from_the_air(trig, vocab)
    if aerial is not trig:
        return aerial
    flown = _flown_from_the_air(head, trig, vocab)
    if flown is not None and not is_perpetrator(subj_of(head), vocab, index):
        return Trigger(flown.name, trig.start, trig.end, head, trig.weak)
    if (_attack_told_again(trig, vocab, index) or _claimed_strike(trig, vocab) or _strike_on_force(trig, vocab, index)
            or _group_weapon_strike(trig, vocab)):
        return Trigger(perpetrated_type(vocab), trig.start, trig.end, head, trig.weak)
    # "ground and air attacks near Marte had neutralised more than 25 terrorists": what only a force does
    outcome = (
        head.dep_ == "nsubj"
        and head.pos_ == "NOUN"
        and head.head.lemma_.lower() in vocab.force_outcomes
        and _group_members(next((c for c in head.head.children if c.dep_ == "dobj"), None), vocab, index)
    )
    if vocab.types[trig.type].perpetrated and (
        _aimed_at_group(head, index) or _done_by_force(head, vocab, index) or outcome or _group_hit(head, vocab, index)
        or _group_killed_in(head, vocab, index) or _combined_arms(head, trig, vocab, index)
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
    if vocab.types[trig.type].against_group and _force_losses_only(head, vocab, index):
        return Trigger(perpetrated_type(vocab), trig.start, trig.end, head, trig.weak)
    if vocab.types[trig.type].against_group and head.pos_ != "VERB" and (
        _group_kills_in(head, vocab, index) or _group_raids(head, vocab, index) or claimed_by(head)
    ):
        return Trigger(perpetrated_type(vocab), trig.start, trig.end, head, trig.weak)
    perpetrated = vocab.types[perpetrated_type(vocab)]
    if vocab.types[trig.type].against_group and _rival_groups_fight(head, vocab, index):
        return Trigger(perpetrated.name, trig.start, trig.end, head, trig.weak)
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
        and (_group_side(antecedent(subj_of(head), head, []), vocab, index)
             or _group_side(_appos_before(subj_of(head), head), vocab, index)
             or (head.lemma_.lower() in perpetrated.weak and _outside_group_raids(head, vocab, index))
             or (_group_starts_fight(head, vocab) and _outside_group_raids(head, vocab, index)
                 and _fights_force(head, vocab, index)))
    ):
        # "ASG members raided the Sipadan diving resort", "fighters raided Macomia Town": the group's raid is
        # its attack (the SDF's or the army's raid stays an operation); so is the fight it starts: "the militants
        # clashed with the Mozambique army", "they clashed with the Naparama militia" (the gold types these
        # attacks; "Rwandan forces clashed with insurgents" stays the force's operation)
        return Trigger(perpetrated_type(vocab), trig.start, trig.end, head, trig.weak)
    if head.pos_ != "VERB":
        framing = _framing_strike(head, vocab) if vocab.types[trig.type].against_group else None
        if framing is not None:
            return Trigger(framing.name, trig.start, trig.end, head, trig.weak)
        for tv in vocab.types.values():
            # "air and artillery operations", "coordinated drone and ground operations": an air word joined to a
            # ground one tells a combined operation, which stays one
            # (an air word of the trigger's own phrase, "drone attack", is the phrase's: it types it)
            if tv.name != trig.type and has_word(head, tv.air_nouns) and _air_worded(head, trig, tv):
                return Trigger(tv.name, trig.start, trig.end, head, trig.weak)  # "an air-to-ground raid"
        return trig
    for tv in vocab.types.values():
        if tv.name != trig.type and head.lemma_.lower() in tv.perpetrator_verbs:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is None and head.dep_ == "xcomp":
                # "ISIS claims to have struck US forces": the subject of the verb the infinitive completes
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            # "a car bomb struck a checkpoint": the weapon of an attack as subject is an attack too, and so is a
            # vehicle or a thrown weapon ([types.X] perpetrator_things), or what a series is of ("a series of blasts")
            if is_perpetrator(subj, vocab, index) or (subj is not None and any(
                has_word(t, tv.nouns | tv.perpetrator_things) for t in with_of_phrase(subj)
            )):
                return Trigger(tv.name, trig.start, trig.end, head, trig.weak)
    return trig

def _takes_facility(head: Token, facilities: frozenset[str]) -> bool:
    """What the trigger retakes is a building or a road ([types.X] facility_nouns): its object, that object's "of" or
    "over" phrase ("retook control of the prison", "reclaimed control over all roads"), or the trigger noun's "of"
    phrase ("the recapture of the prison")."""
    taken = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [g for t in (head, *taken) for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
              for g in p.children if g.dep_ == "pobj"]
    return any(has_word(t, facilities) for t in taken)
