"""Where an event happened: link a trigger to the places of its clause, pick the most specific one,
and set the event's country, keeping apart the places of other clauses, of a speaker and of a
destination.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from sitroom.annotate.extensions import child_indices, doc_text, head_indices, token_deps, token_pos, token_words
from sitroom.extract.events.clauses import (
    arrest_verb,
    coordination_root,
    governing_support,
    names_subject,
    premodifiers,
    split_premodifier,
)
from sitroom.extract.events.records import (
    LINK_DISTANCE,
    SPECIFICITY,
    SUBJECTS,
    SUBTREE_DISTANCE,
    DocIndex,
    EventMention,
)
from sitroom.extract.events.specific import acts_on, in_topic_clause, locative_place, taken_places
from sitroom.extract.events.stations import station_country
from sitroom.extract.events.syntax import (
    across_border,
    ancestor_indices,
    ancestors,
    beside_country,
    border_side,
    containers,
    determiner,
    dominates,
    has_word,
    home_of,
    is_plural,
    names_border,
    plural_demonym,
    tree_distance,
    whose_force,
)
from sitroom.extract.events.triggers import arrest_under_law
from sitroom.extract.events.vocab import TypeVocab, Vocab
from sitroom.geo import SAME_SCENE_KM, haversine_km
from sitroom.models import Place, PlaceMention
from sitroom.resolve.gazetteer import shared_features
from sitroom.resolve.places import names_a_post


def place_aside(pm: PlaceMention, tok: Token, vocab: Vocab) -> bool:
    """A place of a sentence that locates none of its events, whatever the trigger (``link_places``): "near Tongo
    Tongo, close to the border with Mali": not in Mali; a clock's aside; "carried out by the ADF, an extremist group
    originating in Uganda": where the doers come from; "a shooting at Pakistan's embassy": whose mission, which
    stands abroad; "airstrikes by Nigerian and United States forces": whose force."""
    return (_other_side(tok, vocab) or clock_aside(tok) or home_of(tok, vocab) or mission_owner(pm, tok, vocab)
            or whose_force(pm, tok, vocab) or _post_town(pm, tok) or _source_described(tok, vocab))


def _source_described(tok: Token, vocab: Vocab) -> bool:
    """ "According to Zagazola Makama, a counter-insurgency expert specializing in the Lake Chad region, the attack
    occurred ...", "Zagazola Makama, a news outlet focused on the Lake Chad region, said ISGS fighters overran the
    position": a place in a clause that describes whom a report comes from (the "according to" phrase, or the
    subject of a reporting verb, [modality] reporting) tells what the source covers, not where the event was ("Police
    in Maiduguri said", a phrase on the source's own noun, is no description)."""
    # (walked on the per-document lists: asked of every place of a sentence with a trigger, and each step up made a
    # Token)
    doc = tok.doc
    heads, labels, words, kids = head_indices(doc), token_deps(doc), token_words(doc), child_indices(doc)
    described = False
    node = tok.i
    while heads[node] != node:
        described = described or labels[node] in ("acl", "relcl")
        node = heads[node]
        up = heads[node]
        if described and (
            (labels[node] == "pobj" and words[up][1] == "to" and words[heads[up]][1] == "according")
            or (labels[node] == "nsubj" and words[up][0] in vocab.reporting
                # "forces, who were mobilized to launch an operation in Puntland, reported to have reached Karin":
                # a verb reporting the subject's own deed (an infinitive after it) tells of the source, not a report
                and not any(labels[c] == "xcomp" for c in kids[up]))
        ):
            return True
    return False


def _post_town(pm: PlaceMention, tok: Token) -> bool:
    """ "Lieutenant Colonel Abdullahi, Chief Military Public Information Officer, N’djamena – Chad, said the commander
    addressed troops in Darak": the town of a speaker's post or of a unit's seat (``names_a_post``), not where."""
    first = tok.doc.char_span(pm.start, pm.end, alignment_mode="expand")
    return names_a_post(first[0] if first is not None and len(first) else tok)

class PlaceFacts:
    """What ``link_places`` asks of a place of the sentence that does not depend on the trigger, kept by the place's
    number in ``sent_places`` for all the triggers of one sentence (as ``aside`` is): ``locative_place`` (which reads
    the event type, so kept by type too) and the trigger-free half of ``destination``. A sentence with several
    triggers and several towns asked each of them again for every trigger."""

    def __init__(self) -> None:
        self._locative: dict[tuple[int, str], bool] = {}
        self._goal: dict[int, frozenset[int] | None] = {}

    def locative(self, k: int, tok: Token, etype: str, vocab: Vocab) -> bool:
        """``locative_place`` of the sentence's ``k``-th place word ``tok``."""
        key = (k, etype)
        found = self._locative.get(key)
        if found is None:
            found = self._locative[key] = locative_place(tok, etype, vocab)
        return found

    def destination(self, k: int, tok: Token, vocab: Vocab, head: Token) -> bool:
        """``destination`` of the sentence's ``k``-th place word ``tok`` for the trigger ``head``."""
        if k not in self._goal:
            self._goal[k] = _destination_words(tok, vocab)
        words = self._goal[k]
        return words is not None and head.i not in words

def link_places(
    head: Token, etype: str, sent_places: list[tuple[PlaceMention, Token]], vocab: Vocab,
    aside: list[bool | None] | None = None, per_place: PlaceFacts | None = None,
) -> list[tuple[int, PlaceMention, Token]]:
    """Places that locate the trigger, nearest first: (distance, mention, token). ``aside``: ``place_aside`` of each
    of ``sent_places`` (None where not yet asked, filled in here), when the caller keeps it for all the triggers of
    the sentence: it asks nothing of the trigger. ``per_place``: likewise for the other tests that ask nothing of
    the trigger (``PlaceFacts``)."""
    if not sent_places:
        return []  # (asked for every trigger: what follows weighs the trigger's tree for places there are not)
    aside = aside if aside is not None else [None] * len(sent_places)
    facts = per_place if per_place is not None else PlaceFacts()
    out = []
    taken = taken_places(head, vocab.types[etype])
    lead = split_premodifier(head) or head
    counted = _counted_support(head, vocab)
    # what the tests below ask of the trigger alone, found once rather than once per place of the sentence
    where_clause = _where_clause(head)
    under_subject = _under_subject(head, vocab)
    strike_verbs = vocab.types[etype].verbs | vocab.types[etype].aircraft_verbs
    doc = head.doc
    heads, labels = head_indices(doc), token_deps(doc)
    for k, (pm, tok) in enumerate(sent_places):
        if _cell_haunt(tok, head, vocab.types[etype]):
            out.append((tree_distance(head, tok), pm, tok))  # "dismantled a cell ... active in the cities of A, B"
            continue
        if _where_clause_place(tok, where_clause):
            out.append((tree_distance(head, tok), pm, tok))  # "moved to Nguida village, where insurgents killed ..."
            continue
        if _in_other_clause(tok, head, vocab):
            continue
        if aside[k] is None:
            # "attacked Boko Haram elements on five islands near Nigeria": not in Nigeria
            aside[k] = place_aside(pm, tok, vocab) or beside_country(pm, tok, vocab)
        if aside[k] or _describes_name(tok, head):
            continue  # "pledged allegiance to ISIL, which operates in Iraq and Syria": where ISIL is, not the oath
        if _about_the_arrested(tok, head, vocab.types[etype]) or facts.destination(k, tok, vocab, head):
            continue  # "arrested a man described as a recruiter for IS in Syria", "planning to join the group in
            # Syria": who was taken, or where they were headed, not where
        if _acting_place(pm, tok, head, etype, vocab):
            continue  # "Kampala and Kinshasa launched ...": who
        if etype in vocab.topic_types and pm.place.precision == "country" and in_topic_clause(tok, head, vocab):
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
        # (walked on the per-document lists, a Token made only at the trigger's object: ``ancestors`` made one per
        # step, for every place of every verb trigger)
        if head.pos_ == "VERB" and any(
            heads[i] == head.i and labels[i] in ("dobj", "nsubjpass") and has_word(doc[i], vocab.settlements)
            for i in ancestor_indices(tok)[:6]
        ):
            out.append((dist, pm, tok))  # "hamlets such as Dani Fari, Abarkaize, and Ezzak were also attacked"
            continue
        if _under_attack_at(under_subject, tok):
            out.append((dist, pm, tok))  # "Rann and Dikwa came under heavy attack"
            continue
        root = coordination_root(tok)
        # ... and "aircraft was redirected to attack Tumbun Allura": a verb aircraft strike with ([types.X]
        # aircraft_verbs: ``strike_verbs``)
        if head.pos_ == "VERB" and head.lemma_.lower() in strike_verbs and (
            pm.place.precision == "point" and tok.pos_ == "PROPN" and root.head.i == head.i
            and root.dep_ in ("dobj", "nsubjpass")
        ):
            out.append((dist, pm, tok))  # "ISWAP fighters attacked Malam Fatori and Damasak", "Baga was attacked"
            continue
        modifier = tok.head.i == head.i and tok.dep_ in ("compound", "poss", "nmod", "amod")
        # "launched air and ground strikes on the group's base in Maguindanao": the trigger a conjunct of
        # the verb's object ("air") is inside the verb's phrase as its first conjunct is
        inside = dominates(head, tok) or dominates(head.head, tok) or dominates(lead.head, tok) or (
            counted is not None and dominates(counted, tok))
        # "at a Baghdad market": a town naming the noun of a locative phrase locates it (not a country:
        # "at a US base" says whose base, not where)
        named = (
            tok.dep_ in ("compound", "nmod", "poss")  # "in Puntland's Al-Miskaat Mountains"
            and pm.place.precision != "country"
            and tok.head.dep_ == "pobj"
            and tok.head.head.lower_ in vocab.locative
        )
        locative = facts.locative(k, tok, etype, vocab) or named
        if modifier or (locative and dist <= (SUBTREE_DISTANCE if inside else LINK_DISTANCE)):
            out.append((dist, pm, tok))
    # "the men were found in Talipao on Friday, three days after they were abducted off Lahad Datu": a trigger in a
    # clause of its own, opened by a subordinator, that names its own place is not where the main clause's is
    if not out:
        return out  # (the tests below only drop places: the trigger's clause and premodifiers go unasked)
    own = _marked_clause(head)
    if own is not None and any(dominates(own, x[2]) for x in out):
        out = [x for x in out if dominates(own, x[2])]
    # "bombarded a hideout near Balad, some 80 km north of the capital Baghdad": the point a distance is measured
    # from is where the event was not, when anything else places it
    out = [x for x in out if not _measured_from(x[2], vocab)] or out
    # "in Kirkuk's Dibis district": the owner of a place named by its possessive says where that place lies, not
    # where the event was
    out = [x for x in out if not _owns_other(x[2], [y[2] for y in out])] or out
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
def _marked_clause(head: Token) -> Token | None:
    """The adverbial clause opened by a subordinator ("after", "when", "before") that the trigger is the verb of, or
    sits in below its verb: "three days after they were abducted in waters off Lahad Datu"."""
    # (walked on the per-document lists, a Token made only for the clause found: ``ancestors`` and
    # ``node.children`` made one per step and per child, once per trigger)
    doc = head.doc
    labels, kids = token_deps(doc), child_indices(doc)
    for i in ancestor_indices(head)[:4]:
        if labels[i] == "advcl" and any(labels[c] == "mark" for c in kids[i]):
            return doc[i]
        if labels[i] in ("ROOT", "ccomp", "relcl"):
            return None
    return None

_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b\d{4}\s*(?:GMT|UTC)\b|\btime\b", re.I
)

def _where_clause(head: Token) -> Token | None:
    """The "where" clause the trigger is told in, if any (``_where_clause_place``)."""
    # (walked on the per-document lists, as ``_marked_clause``: asked once per trigger)
    doc = head.doc
    labels, kids, words = token_deps(doc), child_indices(doc), token_words(doc)
    return next((doc[i] for i in ancestor_indices(head)[:5] if labels[i] in ("relcl", "advcl") and any(
        labels[c] == "advmod" and words[c][1] == "where" for c in kids[i])), None)

def _where_clause_place(tok: Token, clause: Token | None) -> bool:
    """ "insurgents made their way to Nguida village, where the next day they killed several more people", "the rebel
    group arrived from the town of Pasidi, where they killed two civilians": an event told in a "where" clause
    (``clause``: ``_where_clause`` of the trigger) happened at the place the clause qualifies (the noun it hangs on,
    or the name in that noun's own phrase)."""
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN") or dominates(clause, tok):
        return False
    noun = clause.head
    if tok.i == noun.i:
        return True
    return dominates(noun, tok) and all(
        a.dep_ in ("compound", "pobj", "prep", "appos") for a in [tok, *ancestors(tok)] if a.i != noun.i
        and dominates(noun, a))

def _under_attack_at(subj: Token | None, tok: Token) -> bool:
    """The place is the subject, or inside the subject's phrase, of the verb the trigger is the "under" phrase of
    ([places] under_verbs; ``subj``: ``_under_subject`` of the trigger): "Rann and Dikwa came under heavy attack",
    "the military base in Monguno came under attack", "the village of Kwaya came under fire" all happened there."""
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

def _counted_support(head: Token, vocab: Vocab) -> Token | None:
    """The light verb of a trigger counted by a vague quantity ("carried out tens of airstrikes on ISIS positions in
    Syria"): the parser hangs the phrases that place the events on the verb, past the quantity, as it hangs them on
    the verb of an uncounted noun ("carried out airstrikes on ..."), whose head the verb is."""
    if not (head.dep_ == "pobj" and head.head.lower_ == "of" and has_word(head.head.head, vocab.vague)):
        return None
    quantity = head.head.head
    if quantity.dep_ == "dobj" and quantity.head.lemma_.lower() in vocab.support_verbs:
        return quantity.head
    return None


def town_list(
    linked: list[tuple[int, PlaceMention, Token]], sent_places: list[tuple[PlaceMention, Token]], vocab: Vocab,
    coordinated: bool = False,
) -> list[PlaceMention]:
    """The towns of a coordinated list that locates the trigger ("in Buratai and Malam Fatori"), in text
    order, when they are two or more distinct places; else nothing. Places a few km apart are one scene."""
    # towns only: "Manchester, England" or "in Borno and Yobe states" name one scene or a region, not a list;
    # with ``coordinated`` (only towns the parse coordinates), nor "the districts of Palma and Muidumbe", which
    # names areas the gazetteer may read as their towns
    roots = {
        coordination_root(tok).i
        for _, pm, tok in linked
        if pm.place.precision == "point" and not (coordinated and _area_list(coordination_root(tok), vocab))
    }
    if not roots:
        return []  # (no town of the trigger's: no list; asked for every trigger, most of which link none)
    place_tokens = {tok.i for _, tok in sent_places}
    towns: list[tuple[PlaceMention, Token]] = []
    for pm, tok in sorted(sent_places, key=lambda pt: pt[0].start):
        if pm.place.precision != "point" or coordination_root(tok).i not in roots:
            continue
        if _inside_apposition(tok, place_tokens):
            continue  # "in Malam Karanti, a remote village near Baga": where the one village lies
        if _area_named(tok, vocab):
            continue  # "at Belowa and Ngwuri Gana in Abadan and Bama Local Government Areas": where the sites lie
        if all(_apart(pm.place, other.place) for other, _ in towns):
            towns.append((pm, tok))
    if len(towns) < 2:
        return []  # (the tests below only drop towns: one town is no list, whatever they find)
    # "at Dumba community, near Baga in Kukawa": a town inside another's phrase says where that one lies
    kept = [(pm, tok) for pm, tok in towns if not any(o is not tok and _placed_by(tok, o, vocab) for _, o in towns)]
    # "beheaded five people in the Mucojo administrative post, in Macomia district": a name on an area noun, in a
    # phrase of its own beside a town's, is where the town lies (the parser hangs both phrases on the verb)
    towns_proper = [(pm, tok) for pm, tok in kept if not lone_area(tok, vocab)]
    if towns_proper:
        kept = towns_proper
    # "a convoy on the Sebba–Dori road was ambushed": names on one route noun are its ends, one scene
    ends = Counter(_phrase_head(tok).i for _, tok in kept if _phrase_head(tok).lemma_.lower() in vocab.route_words)
    kept = [(pm, tok) for pm, tok in kept if ends[_phrase_head(tok).i] < 2]
    if coordinated:  # only the towns of one coordination ("the towns of Makhmur and Gwer")
        shared = Counter(coordination_root(tok).i for _, tok in kept)
        kept = [(pm, tok) for pm, tok in kept if shared[coordination_root(tok).i] > 1]
    listed = [pm for pm, _ in kept]
    return listed if len(listed) > 1 else []

def _owns_other(tok: Token, others: list[Token]) -> bool:
    """The place is the possessive of another place of the list ("Kirkuk" of "Kirkuk's Dibis district")."""
    return tok.dep_ == "poss" and any(o.i != tok.i and tok.head.i in (o.i, o.head.i) for o in others)


def _measured_from(tok: Token, vocab: Vocab) -> bool:
    """The name is the "of" phrase of a direction a distance measures ("some 80 km north of the Iraqi capital
    Baghdad", "20 kilometres south of Mosul"): the point the distance is told from, where the scene is not; it only
    helps find the scene, wherever the parser hangs the direction (on the verb, past the sites' phrases)."""
    node = tok
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "the Iraqi capital Baghdad"
    node = _phrase_head(node)
    if (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN"
            and node.head.head.lower_ not in vocab.directions):
        node = node.head.head  # "the Iraqi capital of Baghdad"
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    direction = node.head.head
    if direction.lower_ not in vocab.directions:
        return False
    # the measure is a noun with its number ("80 km", "some 280 kilometers") on the direction word
    return any(
        c.dep_ in ("npadvmod", "nmod", "compound") and any(g.like_num for g in c.children)
        for c in direction.children
    )

def _area_named(tok: Token, vocab: Vocab) -> bool:
    """The place's own word is an area noun written as part of its name ("Bama Local Government Areas", "Konduga
    LGA" aside): a division of a state the parser may coordinate with the towns it holds, never one of them."""
    word = tok.lower_
    return tok.pos_ == "PROPN" and (word in vocab.area_words or (word.endswith("s") and word[:-1] in vocab.area_words))


def lone_area(tok: Token, vocab: Vocab) -> bool:
    """The name modifies an area noun ("Macomia district") and is no member of a list of names ("Konduga and Bama
    districts" list two areas)."""
    head = _phrase_head(tok)
    root = coordination_root(tok)
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

def several_ok(head: Token, vocab: Vocab) -> bool:
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

def one_assault(head: Token, vocab: Vocab) -> bool:
    """ "launched coordinated attacks on military bases in Konduga, Mainok, Jakana and Marte", "the villages of
    Ouatagouna, Karou and Deouteguef were attacked in a coordinated assault": the attack is told as one assault on
    the towns of its list, one event ([places] one_assault_modifiers), on the trigger or on the assault the verb is
    told in."""
    nouns = [head, *(g for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for g in p.children if g.dep_ == "pobj")]
    return any(c.dep_ == "amod" and has_word(c, vocab.one_assault_modifiers) for n in nouns for c in n.children)


def listed_attacks(heads: list[Token], vocab: Vocab) -> list[list[Token]]:
    """ "including an attack on the ministry in Kabul, an attack on the embassy and an attack on a hotel", "the attack
    on the directorate, as well as the attack on tourists in Bamiyan": attack nouns told one after the other, each
    with its own determiner and its own phrase of where or on what, joined only by commas and coordinating words, are
    the several attacks of a list, one event each. Not a list that is the subject of its clause ("the blast at the
    airport and the bombing at the metro killed 32": one toll for one coordinated attack), nor an appositive that
    describes the noun before it ("a bombing at a mosque, the deadliest attack in years": without "and", the second
    must not be told with "the")."""
    items = sorted((h for h in heads if _list_item(h)), key=lambda h: h.i)
    groups: list[list[Token]] = []
    for a, b in zip(items, items[1:], strict=False):
        k = b.left_edge.i - 1
        while k > a.i and _joiner(a.doc[k]):
            k -= 1
        gap = a.doc[k + 1 : b.left_edge.i]
        # (the words before the joiners are the first noun's own phrase, wherever the parser hung the second)
        own_phrase = all(dominates(a, t) for t in a.doc[a.i + 1 : k + 1])
        told_new = any(t.dep_ == "cc" for t in gap) or determiner(b) not in vocab.definite_dets
        if not (own_phrase and len(gap) > 0 and told_new):
            continue
        if groups and groups[-1][-1] is a:
            groups[-1].append(b)
        else:
            groups.append([a, b])
    return groups


def _list_item(head: Token) -> bool:
    """A singular event noun with its own determiner and a phrase of its own, not a subject."""
    return (head.pos_ == "NOUN" and not is_plural(head) and determiner(head) is not None
            and head.dep_ not in ("nsubj", "nsubjpass") and any(
                c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in head.children))


def _joiner(tok: Token) -> bool:
    """A comma, a coordinating word or a word of one ("as well as")."""
    return tok.is_punct or tok.dep_ == "cc" or (tok.dep_ == "advmod" and tok.head.dep_ == "cc")


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
    if not tv.cell_haunts or not acts_on(head, tv.cell_nouns):
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
    # (walked on the per-document lists, Tokens made only at a clause's verb: ``node.head`` and ``node.children``
    # made one per step and per child, for every place of every trigger)
    doc = tok.doc
    heads, labels, kids = head_indices(doc), token_deps(doc), child_indices(doc)
    i = tok.i
    while i != heads[i] and i != head.i:
        if labels[i] in CLAUSES:
            node, owner = doc[i], doc[heads[i]]
            if (
                node.pos_ in ("VERB", "AUX")
                and owner.i != head.i
                and dominates(head, node)
                and (has_word(owner, vocab.attackers) or owner.ent_type_ in ("PERSON", "NORP"))
            ):
                return True
        if labels[i] == "advcl" and any(labels[c] == "mark" for c in kids[i]) and not dominates(doc[i], head):
            return True  # "As Iraqi forces were mopping up in Tal Afar, a car bomb struck a market in Baghdad"
        i = heads[i]
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

def _about_the_arrested(tok: Token, head: Token, tv: TypeVocab) -> bool:
    """ "the Maldives arrested a local man described as a recruiter for IS in Syria and Afghanistan", "raided 17
    addresses to detain 17 suspects who had connections to ISIS militants in Syria", "detained for planning to join
    the group in Syria": a place in a clause on the people an arrest verb takes ([types.X] arrest_verbs; its object,
    or its subject in the passive), or in a clause of the reason given for it ("for" phrase), says who they are or
    what they meant to do, not where the arrest was ("arrested two men in Jakarta" keeps its place: no clause)."""
    if not tv.arrest_verbs:
        return False
    node, clause = tok, False
    while node.i != node.head.i and node.i != head.i:
        parent = node.head
        if clause and parent.pos_ == "VERB" and arrest_verb(parent, tv) and (
            node.dep_ in ("dobj", "nsubjpass") or (node.dep_ == "prep" and node.lower_ == "for")
        ):
            return True
        clause = clause or (node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl", "pcomp", "xcomp", "conj"))
        node = parent
    return False

def _describes_name(tok: Token, head: Token) -> bool:
    """The place word sits in a relative clause on a name other than the trigger ("after pledging allegiance to ISIL,
    which operates in Iraq and Syria", "broke away from AQIM, pledging allegiance to the ISIL, which recently captured
    territory in Iraq"): the clause says where the named group or body is, not where the trigger happened."""
    # (walked on the per-document lists, Tokens made only at a relative clause: ``node.head`` made two per step)
    doc = tok.doc
    heads, labels = head_indices(doc), token_deps(doc)
    i = tok.i
    while i != heads[i] and i != head.i:
        if labels[i] == "relcl":
            node = doc[i]
            # not a place's or a time's clause: "Kidal, which lies in", "since February, when the ADF killed 23 in
            # Mambasa"
            named = node.head.pos_ == "PROPN" and node.head.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
            if named and node.head.i != head.i and not dominates(node, head):
                return True
        i = heads[i]
    return False

def _other_side(tok: Token, vocab: Vocab) -> bool:
    """ "killed ... on the border with Nigeria": the country across the border is where it did not happen."""
    return border_side(tok, vocab) or names_border(tok, vocab)  # "10 miles from the Pakistan border"

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
    if pm is not None and acting and names_subject(pm, head, index.vocab):
        pm = None
    if pm is not None:
        if pm.place.precision == "country":
            m.country, m.country_place = pm.place.country, pm.place
        else:
            m.place = pm.place
            m.country = _container_country(pm, index) or _sharer_named(pm, head, sent, index) or pm.place.country
        return
    # no place locates the trigger: fall back to the nearest place, then a demonym, in the sentence
    # "the US, the UK, and France have extended their condolences ... and condemned the attack", "Pakistani Foreign
    # Minister Ishaq Dar ... condemned the bombing", "Cairo launched raids in retaliation for the beheading": those
    # who answer a deed are abroad as often as not; only the deed's own words locate it ("a response to an ISWAP
    # attack on Nigerien troops")
    answered = _answered(head, index.vocab)
    lo, hi = (head.left_edge.i, head.right_edge.i) if answered else (0, len(sent.doc))
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
            and not beside_country(pt[0], pt[1], index.vocab)
            and not clock_aside(pt[1])
            and not _in_other_clause(pt[1], head, index.vocab)
            and not _in_relative_clause(pt[1], head)
            and not doc_text(sent.doc).startswith("-based", pt[0].end)  # "the Washington-based SITE group"
            and not (striker and pt[0].place.precision == "country" and pt[0].place.name == striker)
            and not (hosted and pt[0].place.precision == "country" and not _hosts(pt[1], visit_words))
            # "enabled partners to discuss the situation in Syria": the country a meeting was about (link_places)
            and not (m.type in index.vocab.topic_types and pt[0].place.precision == "country"
                     and in_topic_clause(pt[1], head, index.vocab))
            and not (
                pt[0].place.precision == "country"
                and pt[0].place.name == actor_state
                and names_subject(pt[0], head, index.vocab)
            )
            and not whose_force(pt[0], pt[1], index.vocab)
            and not _acting_place(pt[0], pt[1], head, m.type, index.vocab)
            and not _partner(pt[1])
            and not _origin(pt[1], m.type, index.vocab)
            and not home_of(pt[1], index.vocab)
            and not _post_town(pt[0], pt[1])
            and not mission_owner(pt[0], pt[1], index.vocab)
            and not destination(pt[1], index.vocab, head)
            and (pt[0].place.country or "").lower() not in far
            and lo <= pt[1].i <= hi
        ),
        key=lambda pt: tree_distance(head, pt[1]),
    )
    if others:
        # a host the sentence names is where it was held, over the page's dateline (link.host_from_dateline)
        m.country, m.country_weak = others[0][0].place.country, not (hosted and _hosts(others[0][1], visit_words))
        if others[0][0].place.precision == "country":
            m.country_place = others[0][0].place
        return
    station = station_country(sent.text, m.type)
    if station is not None:
        # "In Sector 1 (Cameroon), MNJTF troops conducted ambush operations", "a UN Security Council meeting": the
        # station's country, over the country the page is about; a meeting's over the page's dateline too
        # (link.host_from_dateline moves a weak one), a deed's as weak as a demonym's, for a place told of it in
        # another sentence to move
        m.country, m.country_weak = station, not hosted
        return
    vocab = index.vocab
    if len(_joint_force_states(sent, vocab, far)) > 1:
        # "Ugandan and Congolese troops have killed a top ADF commander", "Ugandan troops deployed alongside
        # Congolese forces": a joint force of two states fights in one of them, which the sentence does not
        # tell; the article's places do (link.country_from_article)
        return
    held = _nationals_held(head, vocab.types[m.type], vocab, far)
    if held is not None:
        m.country, m.country_weak = held, True
        return
    # (only the sentence's demonyms are sorted by their distance from the trigger: the other words are passed over)
    demonyms = [t for t in sent if t.text in vocab.demonyms and _modified_noun(t) is not None and lo <= t.i <= hi]
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
        if lead and not answered and not (striker and pm.place.name == striker) and (
                (pm.place.country or "").lower() not in far):
            if not hosted and _names_other_country(sent, pm.place.country, striker, far, index):
                return  # the article's country decides (link.country_from_article), not where it was filed
            m.country, m.country_weak = pm.place.country, True
            return

def _answered(head: Token, vocab: Vocab) -> bool:
    """The trigger is the deed something answers: the object of a verb of answering ([modality] condemn_verbs,
    "condemned the attack"), or of "for"/"to" after a noun of it ([modality] answer_nouns, "in retaliation for the
    beheading", "in response to the attack")."""
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in vocab.condemn_verbs
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in ("for", "to") and prep.head.i != prep.i
            and prep.head.lower_ in vocab.answer_nouns)

def _nationals_held(head: Token, tv: TypeVocab, vocab: Vocab, far: frozenset[str]) -> str | None:
    """ "Two more Singaporeans were arrested last month under the Internal Security Act", "a 17-year-old Malaysian was
    detained under the Security Offences Act": an arrest under a law ([types.X] law_nouns), told of people named by
    one state's demonym and locating itself nowhere, is that state's arrest of its own nationals under its own law,
    at home (a demonym elsewhere stays a nationality: "an Australian teen")."""
    if head.pos_ != "VERB" or not arrest_under_law(head, tv):
        return None
    held = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if held is None:
        return None
    words = [held, *(c for c in held.children if c.dep_ in ("amod", "compound", "nmod"))]
    names = [t.text if t.text in vocab.demonyms else plural_demonym(t, vocab) for t in words]
    states = {vocab.demonyms[n][0] for n in names if n is not None}
    iso = next(iter(states)) if len(states) == 1 else None
    return iso if iso is not None and iso.lower() not in far else None

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
             if not across_border(tok, index.vocab) and not beside_country(pm, tok, index.vocab)}
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

def mission_owner(pm: PlaceMention, tok: Token, vocab: Vocab) -> bool:
    """ "a shooting at Pakistan's embassy", "gunmen stormed the Pakistan consulate", "the US and British embassies": a
    country that modifies a noun of a state's mission ([places] mission_nouns) says whose mission it is; a mission
    stands in another country, so the one named is where the event was not (a town may locate it: "the Kabul
    embassy")."""
    if pm.place.precision != "country":
        return False
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("poss", "compound", "nmod", "amod") and node.head.lemma_.lower() in vocab.mission_nouns

def destination(tok: Token, vocab: Vocab, head: Token | None = None) -> bool:
    """ "arrested two Kenyans said to have been travelling to Yemen to join ISIS", "en route to Yemen": the "to"
    phrase of a verb or noun of going ([places] journey_verbs) other than the trigger ``head`` names where someone
    was headed, not where the event was; so does the "in" phrase of joining ([places] joining_verbs: "for wanting
    to join ISIS in Syria")."""
    words = _destination_words(tok, vocab)
    return words is not None and (head is None or head.i not in words)

def _destination_words(tok: Token, vocab: Vocab) -> frozenset[int] | None:
    """``destination`` without the trigger: None if the place word is no destination whatever the trigger, else
    the indices of the words a trigger must not be for it to be one (split so that ``PlaceFacts`` can keep it)."""
    # (walked on the per-document lists, and the joining verb's children read only when it is one: asked of every
    # place of a sentence with a trigger, and each step made a Token)
    doc = tok.doc
    heads, labels, words = head_indices(doc), token_deps(doc), token_words(doc)
    node = tok.i
    while labels[node] in ("conj", "appos") and heads[node] != node:
        node = heads[node]  # "to Syria and Iraq"
    if labels[node] != "pobj":
        return None
    prep = heads[node]
    if words[prep][1] == "in":
        # "joined a coalition meeting in Riyadh": the "in" phrase of the event word (the phrase's own head) is where
        # it was
        above = heads[prep]
        joined = doc[above if token_pos(doc)[above] == VERB else heads[above]]  # "join ISIS in Syria"
        if not has_word(joined, vocab.joining_verbs):
            return None
        # (joining a person is meeting them: "joined Secretary Blinken for the meeting in Rome" is where it was held)
        if any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in joined.children):
            return None
        return frozenset((above, joined.i))
    if words[prep][1] not in ("to", "towards", "toward"):
        return None
    going = doc[heads[prep]]
    return frozenset((going.i,)) if has_word(going, vocab.journey_verbs) else None

def _acting_place(pm: PlaceMention, tok: Token, head: Token, etype: str, vocab: Vocab) -> bool:
    """ "Kampala and Kinshasa launched a joint offensive against the ADF": a place that is (a conjunct of) the
    active subject of a nominal trigger's light verb, a city, is a government acting, not where it acted (the
    real-page conventions: capitals stand for their governments). Not for a meeting, held where its host
    is ("Bahrain hosted the meeting")."""
    if vocab.types[etype].held_at_dateline or pm.place.precision == "country":
        return False  # a state named as the subject is the actor, which the actor's own rules read
    verb = governing_support(head, vocab)
    if verb is None or verb.i == head.i:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return subj is not None and node.i == subj.i and subj.i != head.i
