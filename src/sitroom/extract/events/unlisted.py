"""Villages no gazetteer knows, as places of events.

Reports on the affiliates name the villages and bases they attack: "two attacks on Banga village", "near
the town of Wulgo", "in Barangay Ramain", "overran formations in Marte, Buni Gari, Wulgo and Wajiroko".
Many such names are in neither GeoNames nor the curated gazetteer, so the place stage finds nothing there
and two attacks on two villages of one state read as one event. The text itself says they are places: a
settlement word ([places] settlements) next to a proper name, or a proper name listed with towns the
gazetteer does know. Such a place has a name and the country of the sentence's known places but no
coordinates: it tells events apart and names where they happened, and the map places it by its country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span, Token

from sitroom.annotate.extensions import doc_text, token_words
from sitroom.extract.events.syntax import across_border, beside_country, containers, home_of, listed_in, whose_force
from sitroom.extract.events.vocab import Vocab
from sitroom.models import EntityMention, Place, PlaceMention, stable_id

# the feature of a place known only as the site a strike hit (``_strike_sites``): a spot inside the area the
# report names ("strikes on camps in the Tumbuns near Lake Chad", then "an air interdiction mission at Jubillaram")
STRIKE_SITE = "strike site"

# entity types a settlement's name can carry: the entity stage often reads an unknown village as a person
_PLACE_LIKE = {"location", "facility", "person"}


def _name(tok: Token, norp_ok: bool = False, org_ok: bool = False) -> Span | None:
    """The proper name ending at ``tok`` with its compound parts ("Buni Gari"), if it is one. Where a word for
    a people fits as well ("a Yazidi village", "Fulani village"), a name the parser takes for one is not
    taken; after "the village of" it may be (the parser calls unknown village names peoples too). With
    ``org_ok`` (the site of a strike, below, or a name right before its settlement word, "attacked Nacussa
    village"), one the tagger calls an organisation may be taken too: ``unlisted_places`` still turns away a
    group the actor base knows."""
    # (the tagger may call such a name a common noun, "attacked Saminaka village", and still give it an entity label)
    tagged = org_ok and tok.pos_ == "NOUN" and bool(tok.ent_type_) and tok.i != tok.sent.start
    if (tok.pos_ != "PROPN" and not tagged) or not tok.text[:1].isupper() or tok.ent_type_ == "DATE":
        return None
    if tok.ent_type_ == "ORG" and not org_ok:
        return None
    if tok.ent_type_ == "NORP" and not norp_ok:
        return None
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start : tok.i + 1]


def _candidates(sent: Span, vocab: Vocab, known: list[tuple[PlaceMention, Token]]) -> Iterator[tuple[Span, Token]]:
    """(name, token the locative test runs on) for each unlisted place the sentence names."""
    doc = sent.doc
    words = token_words(doc)
    for i in range(sent.start, sent.end):
        if words[i][0] not in vocab.settlements and words[i][1] not in vocab.settlements:
            continue  # no settlement word, by lemma or form (read from the per-document list, before a Token)
        tok = doc[i]
        word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_  # "hamlets such as ..."
        # "shot three commuters in Gasarwa Village": the settlement word capitalised as part of the name
        if word in vocab.settlements and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.dep_ != "compound")):
            named = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
            # (not after "a": "a Yazidi village" describes a village, names none; and the tagger's organisation only
            # for a bare name, "attacked Nacussa village")
            dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
            if named and not {"a", "an"} & set(dets) and (span := _name(named[0], org_ok=not dets)) is not None:
                yield span, tok  # "Banga village": located as the village is
            # "regain control of Awasse, a small but strategic settlement near Mocimboa da Praia": the name the
            # settlement noun is in apposition to is that village, rooted at the name (what a verb acts on)
            # ("reclaiming Tasjiic and Xabley, two villages that ...": each name of the list)
            if tok.dep_ == "appos" and tok.head.i < tok.i:
                for member in (tok.head, *tok.head.conjuncts):
                    if member.i < tok.i and (span := _name(member, norp_ok=True)) is not None:
                        yield span, member
            # "the town of Wulgo": located, like "Banga village", as the town is; "hamlets such as Dani Fari,
            # Abarkaize, and Ezzak", "villages including X and Y": each member of the list is a village
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "as", "including")):
                # (after "the village of" the tagger's organisation is a name too, "another attack on the village
                # of Nkoe": ``unlisted_places`` still turns away a group the actor base knows)
                of = prep.lower_ == "of" and word in vocab.small_settlements
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    if prep.lower_ == "of" and not obj.conjuncts:
                        if (span := _name(obj, norp_ok=True, org_ok=of)) is not None:
                            yield span, tok
                        continue
                    # "attacked the villages of Nsangue and Tambuzi": each name of the "of" list is a village of
                    # its own, rooted at its name as a list after "including" is
                    for member in (obj, *obj.conjuncts):
                        if (span := _name(member, norp_ok=True, org_ok=of)) is not None:
                            yield span, member
        elif (
            word in vocab.settlements
            and tok.dep_ == "compound"
            and tok.head.i == tok.i + 1
            and _name(tok.head) is not None
        ):
            yield tok.doc[tok.i + 1 : tok.head.i + 1], tok.head  # "in Barangay Ramain"
    for pm, tok in known:
        if pm.place.precision == "country":
            continue
        for other in tok.conjuncts:  # "in Marte, Buni Gari, Wulgo and Wajiroko"
            if (span := _name(other)) is not None:
                yield span, other


def _listed_before_plural(sent: Span, vocab: Vocab) -> Iterator[tuple[Span, Token, tuple[tuple[int, int], ...]]]:
    """ "between Sojiri and Kayamla villages", "attacked Mbau, Kisiki and Oicha villages": the names listed right
    before a plural settlement noun are villages. Read from the words, not the parse, which hangs such a list on the
    noun in several ways (a compound, a modifier, a conjunct of the noun); a people's name ("Yazidi and Christian
    villages") is no village's. Yields the first name with its root and the character spans of all the names."""
    doc = sent.doc
    # (only the words that may be a settlement noun, from the document's word index: a walk over the sentence
    # made a Token and read a tag for every word, and most sentences name no such noun)
    for i in listed_in(sent, vocab.settlements):
        tok = doc[i]
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in vocab.settlements:
            continue
        k = tok.i - 1
        names: list[Span] = []
        while k >= sent.start and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            end = k + 1
            while k >= sent.start and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
                k -= 1
            if any(t.ent_type_ in ("NORP", "DATE") or t.text in vocab.demonyms for t in doc[k + 1 : end]):
                names = []
                break
            names.append(doc[k + 1 : end])
            if k > sent.start and doc[k].lower_ in ("and", ","):
                k -= 1  # ("A, B, and C villages": the comma before "and" too)
                if k > sent.start and doc[k].lower_ == "," and doc[k + 1].lower_ == "and":
                    k -= 1
                continue
            break
        # (one name before the noun is "Banga village" above) the list names one scene, the villages around it: the
        # reports tell one raid on "Baidi and Sabiyo villages", so the first name stands for it (each name a place
        # would split the raid in two); where a name of the list is a place already (a town the gazetteer knows,
        # a village read from the parse), that one stands for it
        if len(names) > 1:
            yield names[-1], names[-1][-1], tuple((n.start_char, n.end_char) for n in names)


def _strike_sites(sent: Span, strike_heads: frozenset[int]) -> Iterator[tuple[Span, Token]]:
    """ "The fighter jets attacked the targets at Tumbun Kaiyowa", "air strikes at Kirta Wulgo and Sabon Tumbun":
    what a strike hits, or hits "at", is a place, most often an island or hamlet no gazetteer knows and the tagger
    reads as an organisation or a person (each name of a list is one site)."""
    doc = sent.doc
    for i in strike_heads:
        head = doc[i]
        hit = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] if head.pos_ == "VERB" else []
        # "aircraft was redirected to attack Tumbun Allura", "Tumbun Fulani and Tumbun Shitu were struck": the
        # name struck (not a person's: "the strike targeted Bilal al-Sudani" aims at a man)
        # (a name listed after a site is read as the site is: the tagger calls "Tumbun Shitu" in "Tumbun Fulani and
        # Tumbun Shitu were struck" a person)
        for obj in (o for o in hit if o.ent_type_ != "PERSON"):
            for member in (obj, *obj.conjuncts):
                if (span := _name(member, norp_ok=True, org_ok=True)) is not None:
                    yield span, member
        # "the air component conducted air interdiction operation at Belowa and Ngwuri Gana", "an air interdiction
        # was conducted at Baranga": the light verb that carries a strike noun holds its "at" phrase
        carrier = [head.head] if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") else []
        # ... and so does the participle that tells the noun done: "air strikes conducted by the Air Task Force at
        # Durbada", "an air raid carried out at Kolleram"
        if head.pos_ == "NOUN":
            carrier += [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for word in (head, *hit, *carrier):
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "at"):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    for member in (obj, *obj.conjuncts):
                        # "executed at an Island in Tumbun": a common noun written large, no name
                        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in member.children):
                            continue
                        if (span := _name(member, norp_ok=True, org_ok=True)) is not None:
                            yield span, member


def _taken_sites(sent: Span, vocab: Vocab, taken_heads: frozenset[int]) -> Iterator[tuple[Span, Token]]:
    """ "Iraqi forces seized the al-Mashahda quarter": the quarter a recapture verb takes (object, or passive subject),
    named by the word before it, is the place taken back, which no gazetteer may know."""
    doc = sent.doc
    for i in taken_heads:
        head = doc[i]
        if head.pos_ != "VERB":
            continue
        for obj in (c for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
            for member in (obj, *obj.conjuncts):
                # "seized the al-Mashahda quarter": the name before the quarter word (the town or village of a
                # settlement word, and one in apposition, are read as such: ``_candidates``)
                named = [c for c in member.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                # (a bare name is none: "reclaimed Tasjiic, a stronghold that ..." names a place only with a settlement
                # word, which ``_candidates`` reads)
                if member.lemma_.lower() in vocab.quarters and named and (
                        span := _name(named[-1], norp_ok=True, org_ok=True)) is not None:
                    yield span, member


def _held_sites(sent: Span, vocab: Vocab, taken_heads: frozenset[int]) -> Iterator[tuple[Span, Token]]:
    """ "seizing strategic positions, including Ceelka Idakacab", "the capture of the base, located in Buqa-Caleed":
    the sites a held place taken back lists (``held_site_names``), what a recapture word takes (object, passive
    subject, or a capture noun's "of" phrase) being a word of a held place ([types.X] held_places, [places]
    containers)."""
    doc = sent.doc
    held_words = vocab.containers.union(*(tv.held_places for tv in vocab.types.values()))
    for i in taken_heads:
        head = doc[i]
        # (a verb's object, or its "from" phrase: "cleared militants from several key locations, including X")
        prep = "from" if head.pos_ == "VERB" else "of"
        owners = [p for p in head.children if p.dep_ == "prep" and p.lower_ == prep]
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] if head.pos_ == "VERB" else []
        for obj in objects + [c for o in owners for c in o.children if c.dep_ == "pobj"]:
            # (the list tells one push on the sites of one area, as a list before "villages" tells one raid: the
            # first site stands for it, a recapture per name would split it)
            if obj.lemma_.lower() in held_words and (names := held_site_names(obj)):
                yield min(names, key=lambda span: span.start), obj


def _hyphened_name(tok: Token) -> Span | None:
    """The proper name ending at ``tok``, its hyphened parts with it ("Ceelasha Burti-Cise", "Buqa-Caleed": the
    parser hangs the part before a hyphen on the last as a compound, the hyphen as punctuation)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in ("DATE", "NORP"):
        return None
    start = tok.i
    while start > tok.sent.start and (tok.doc[start - 1].pos_ == "PROPN" or tok.doc[start - 1].text == "-"):
        start -= 1
    if tok.doc[start].text == "-":
        start += 1
    return tok.doc[start : tok.i + 1]


def held_site_names(held: Token) -> list[Span]:
    """The proper names a held place's phrase lists as its sites ("the capture of key militant positions, including
    Ceelasha Burti-Cise and Af-ka Dharimood", "the capture of the base, located in Buqa-Caleed"): the object of its
    "including" phrase with the names joined to it, or of an "in" phrase of a "located" clause on it. Only the
    parse is read: whether a name is a body's is asked by the callers."""
    objects = [g for c in held.children if c.dep_ == "prep" and c.lower_ == "including"
               for g in c.children if g.dep_ == "pobj"]
    objects += [g for c in held.children if c.dep_ == "acl" and c.lemma_.lower() == "locate"
                for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    # ("Ceelasha Burti-Cise and Af-ka Dharimood": the parser may hang the first name on the last as a modifier)
    members = [m for g in objects for m in (g, *g.conjuncts, *(c for c in g.children if c.dep_ == "nmod"))]
    # ("including the vital settlement of Ceelka Idakacab": the name the kind of place is "of")
    members += [g for m in members if m.pos_ == "NOUN" for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return [span for m in members if (span := _hyphened_name(m)) is not None]


def _settlement_of(span: Span, vocab: Vocab) -> bool:
    """ "the village of Nkoe", "the villages of Nsangue and Tambuzi": the name is the object of "of" after a word
    of a small settlement ([places] small_settlements), which says what it is whatever the tagger calls it."""
    obj = span[-1]
    while obj.dep_ == "conj" and obj.head.i < obj.i:
        obj = obj.head
    prep = obj.head
    return (obj.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in vocab.small_settlements)


def _told_country(root: Token, vocab: Vocab) -> str | None:
    """ "the camp in Woulgo, a Nigerian locality opposite Soueram, Fotokol commune": the country a demonym on the
    settlement noun in apposition to the name says the village is in, over the sentence's other places."""
    for noun in (c for c in root.children if c.dep_ == "appos"):
        for mod in (a for a in noun.children if a.dep_ == "amod" and a.text in vocab.demonyms):
            return vocab.demonyms[mod.text][0]
    return None

def _comma_country(span: Span, root: Token, known: list[tuple[PlaceMention, Token]]) -> str | None:
    """ "in Kokorou town, Niger", "the village of Ngite, North Kivu": the country or province written right after
    the village's name (and its settlement word), set off by a comma, is where the village lies, over the
    sentence's most named country (which may be the story's dateline, "NEW YORK, (WAM) - ... in Kokorou town,
    Niger"). Only a country or a province: a town after a comma is the next one of a list."""
    doc = span.doc
    end = span.end
    if root.i == end and root.i < len(doc):
        end = root.i + 1  # "Kokorou town": past the settlement word after the name
    if end >= len(doc) or doc[end].text != ",":
        return None
    after = doc[end].idx + len(doc[end].text)
    text = doc_text(doc)
    for pm, _tok in known:
        if pm.place.precision in ("country", "province") and pm.place.country and pm.start >= after and (
                not text[after : pm.start].strip()):
            return pm.place.country
    return None

def _unknown_body_before(m: EntityMention, span: Span, root: Token) -> bool:
    """ "attacked Nacussa village": the tagger reads an unknown name before a settlement word as an organisation;
    one the actor base does not know, naming just that name, is the village's ("an ISIS base" is the group's)."""
    return (
        m.type == "organization"
        and m.kb_id is None
        and root.i == span.end
        and m.start == span.start_char
        and m.end == span.end_char
    )


def unlisted_places(
    sent: Span, vocab: Vocab, known: list[tuple[PlaceMention, Token]], entities: list[EntityMention],
    strike_heads: frozenset[int] = frozenset(), taken_heads: frozenset[int] = frozenset(),
) -> list[tuple[PlaceMention, Token]]:
    """Places of ``sent`` that no place mention covers, each with the token that roots it in the parse; with
    ``strike_heads``, the heads of the sentence's strike words, also the sites they hit (``_strike_sites``); with
    ``taken_heads``, the heads of its recapture words, the places they take (``_taken_sites``)."""
    struck = list(_strike_sites(sent, strike_heads))  # (found once: the parse walk was a third of this function)
    held = list(_held_sites(sent, vocab, taken_heads))
    parsed = list(_candidates(sent, vocab, known)) + list(_taken_sites(sent, vocab, taken_heads)) + held
    # (a list a name of which is a place already, known or read from the parse, is placed by that one)
    placed = [(pm.start, pm.end) for pm, _ in known] + [(span.start_char, span.end_char) for span, _ in parsed]
    listed = [(span, root) for span, root, members in _listed_before_plural(sent, vocab)
              if not any(a < e and s < b for s, e in members for a, b in placed)]
    candidates = [*parsed, *listed, *struck]
    if not candidates:
        return []  # (most sentences: the sentence's countries and provinces below are asked for nothing)
    # a country in brackets after a force ("troops of MNJTF (Cameroon)") says whose troops, not where
    # ... and "in the village of Uyyeh, about 50 kilometers from the border with Mali" is not in Mali: the article's
    # country stands for it (link.country_from_article)
    # ("an Islamist group originally from Uganda ... carried out the killings in the village of Mamabio": nor is where
    # the doers come from)
    # ("the village of Fomita, near Kokorou, close to the borders of Burkina Faso and Mali": nor the countries it lies
    # beside, beside_country)
    countries = Counter(pm.place.country for pm, tok in known
                        if pm.place.country and not whose_force(pm, tok, vocab) and not across_border(tok, vocab)
                        and not home_of(tok, vocab) and not beside_country(pm, tok, vocab))
    country = countries.most_common(1)[0][0] if countries else None
    # "near the village of Dhaadaar, 81 kilometers southeast of Bosaso": in the province of the sentence's
    # towns when they are all in one, so a report of the strike "in the region of Bari" is the same event
    admin1s = {pm.place.admin1 for pm, _ in known if pm.place.precision != "country"}
    # "in Kedungkandang, Malang City, East Java": a town's GeoNames code ("ID.08") and its province's ISO code
    # ("ID-JI") are two codes for one province, so the one province the sentence names settles it
    provinces = {pm.place.admin1 for pm, _ in known if pm.place.precision == "province" and pm.place.admin1}
    admin1 = admin1s.pop() if len(admin1s) == 1 else provinces.pop() if len(provinces) == 1 else None
    taken = [(pm.start, pm.end) for pm, _ in known]
    out: list[tuple[PlaceMention, Token]] = []
    named: set[int] = set()  # settlement nouns a village name before them was taken for
    sites = {(span.start, root.i) for span, root in struck}
    # (the names listed before "villages" the tagger reads as organisations are villages too, as a strike's site is,
    # and so is the name after "the village of")
    # (and so are the sites a held place taken back lists, "positions, including Ceelka Idakacab")
    sites_or_listed = sites | {(span.start, root.i) for span, root in [*listed, *held]} | {
        (span.start, root.i) for span, root in parsed if _settlement_of(span, vocab)}
    for span, root in candidates:
        start, end = span.start_char, span.end_char
        if any(a < end and start < b for a, b in taken):
            continue
        # a strike's site the tagger read as an organisation is a place unless the knowledge base knows the body
        site = (span.start, root.i) in sites
        if any(m.start < end and start < m.end and m.type not in _PLACE_LIKE
               and not ((span.start, root.i) in sites_or_listed and m.type == "organization" and m.kb_id is None)
               and not _unknown_body_before(m, span, root) for m in entities):
            continue  # "an ISIS base", "Islamic State fighters": a group, not a village
        if root.i in named and span.start > root.i:
            continue  # "the Arjali Nadi locality of Bara": the village has its name; Bara is where it lies
        if span.end <= root.i:
            named.add(root.i)
        # "an attack on the village of Novo Cabo in Mozambique's Cabo Delgado province, a group banned in Russia
        # said": the place the village is told to lie in, before the sentence's most named country
        inside = next((pm.place.country for pm in containers(root, known, vocab) if pm.place.country), None)
        inside = _told_country(root, vocab) or inside or _comma_country(span, root, known) or country
        place = Place(
            id=f"unlisted:{stable_id(span.text.lower(), inside)}", name=span.text, country=inside,
            lat=None, lon=None, admin1=admin1, feature=STRIKE_SITE if site else "village",
        )
        out.append((PlaceMention(text=span.text, start=start, end=end, place=place), root))
        taken.append((start, end))
    return out
