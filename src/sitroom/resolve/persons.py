"""Persons within one document: clean NER name spans, read their roles, link short forms to full names.

Person names come from the NER model only. This module repairs the usual NER slips with general rules
and ties every mention of a person in a document to one canonical name:

* titles, honorifics and ranks are not part of a name ("Prime Minister Jane Roe" -> "Jane Roe"); the
  office words around a name become the mention's role ("acting US envoy", "coalition spokesman");
* generational suffixes stay in the mention text and in the canonical, the fullest form the text gives
  ("Jane Roe III"; "Roe" and "Jane Roe" later in the text are "Jane Roe III" too), but not in the keys a
  short form is joined by;
* a surname alone, or with a title ("Ms. Roe", "Special Envoy Roe"), resolves to the one full name of
  the document that ends with it, wherever that full name appears; when two full names share the
  surname the short form stays on its own (it is ambiguous, so it is not merged);
* a span the NER labelled as something else, or missed, that is the surname of a person named in the
  same document becomes a mention of that person.

The vocabulary lives in ``sitroom/data/titles.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitroom import data as datafiles
from sitroom.annotate.extensions import doc_text
from sitroom.data.schemas import DemonymsFile, GazetteerFile, KnownPersonsFile, TitlesFile

HONORIFIC, RANK, OFFICE, MODIFIER, SUFFIX = "honorific", "rank", "office", "modifier", "suffix"
# Title kinds that are matched case-sensitively (ordinary words otherwise: "major", "private").
_EXACT_KINDS = (HONORIFIC, RANK, SUFFIX)
_FOLDED_KINDS = (OFFICE, MODIFIER)
# Where two title lists share a word, the stronger kind marks the token.
_PRIORITY = {SUFFIX: 5, OFFICE: 4, RANK: 3, HONORIFIC: 2, MODIFIER: 1}

_POSSESSIVE = {"'s", "’s", "'", "’"}
_DETERMINERS = {"the", "a", "an"}
# Words that may sit inside a title in front of a name: "Special Envoy FOR THE Global Coalition".
_TITLE_LINKS = {"of", "for", "to", "the", "on"}
_ROLE_END = {",", ";", "(", ")", "—", "–", ":", '"', "“", "”"}
_MAX_ROLE_TOKENS = 16
_NAME_COMPOUND_WORDS = frozenset({"led", "backed", "based", "run", "linked", "allied", "aligned", "affiliated",
                                  "style", "era", "inspired", "controlled", "held", "owned", "born", "like",
                                  "type", "loyal", "appointed", "funded", "friendly", "free"})
# Capitalised words of these classes start a sentence rather than a title ("Yesterday", "Speaking").
_NOT_IN_TITLE = {"ADV", "VERB", "AUX", "ADP", "SCONJ", "PRON", "DET", "CCONJ", "INTJ", "NUM"}


@dataclass(frozen=True)
class TitleVocab:
    """The parsed titles.toml."""

    lists: dict[str, tuple[str, ...]]
    particles: frozenset[str]
    institution_words: frozenset[str] = frozenset()
    alias_markers: tuple[str, ...] = ()
    name_honorifics: frozenset[str] = frozenset()
    qualified_titles: frozenset[str] = frozenset()
    credit_markers: tuple[str, ...] = ()
    heading_words: frozenset[str] = frozenset()
    kunyas: frozenset[str] = frozenset()


@cache
def title_vocab() -> TitleVocab:
    """Parse ``sitroom/data/titles.toml`` once; a malformed file stops the run with E503."""
    titles = datafiles.load(TitlesFile)  # every list checked by its schema
    lists = {HONORIFIC: tuple(titles.honorifics), RANK: tuple(titles.ranks), OFFICE: tuple(titles.offices),
             MODIFIER: tuple(titles.modifiers), SUFFIX: tuple(titles.suffixes)}
    return TitleVocab(lists=lists, particles=frozenset(p.lower() for p in titles.particles),
                      institution_words=frozenset(w.lower() for w in titles.institution_words),
                      alias_markers=tuple(w.lower() for w in titles.alias_markers),
                      name_honorifics=frozenset(titles.name_honorifics),
                      qualified_titles=frozenset(t.split()[-1] for t in titles.qualified_titles),
                      credit_markers=tuple(titles.credit_markers),
                      heading_words=frozenset(w.lower() for w in titles.heading_words),
                      kunyas=frozenset(titles.kunyas))


_QUOTE_MARKS = "\"'“”‘’"  # around a nickname: Michael “Erik” Kurilla


def _in_order(words: Sequence[str], full: Sequence[str]) -> bool:
    """Every word of ``words`` is in ``full``, in the same order (not necessarily adjacent)."""
    rest = iter(full)
    return all(any(w == f for f in rest) for w in words)


@cache
def known_persons() -> dict[str, str]:
    """Folded one-word surname -> full name, from ``sitroom/data/known_persons.toml``."""
    data = datafiles.load(KnownPersonsFile)
    return {_fold(surname): p.name for p in data.person for surname in p.surnames}


@cache
def known_names() -> frozenset[str]:
    """Every known full name, also of the figures whose surname alone is too common to stand for them ("Lloyd
    Austin", "Edward Buba"): their full name in another spelling is still theirs."""
    return frozenset(p.name for p in datafiles.load(KnownPersonsFile).person)


# English transliterations of one Arabic (or Persian, Pashto) sound: "Gaddafi" / "Gadhafi" / "Qaddafi" /
# "Kadhafi", "Sharaa" / "Charaa", "Haftar" / "Hifter"
_SOUNDS = (("sh", "x"), ("ch", "x"), ("kh", "k"), ("gh", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"),
           ("q", "k"), ("g", "k"), ("z", "s"))


def _sounds(word: str) -> str:
    """A name word's letters as its transliterations share them: no article ("al-", "el-"), no marks, one letter
    per sound ("sh" -> "x", "q" and "g" -> "k")."""
    w = re.sub(r"^(?:al|el|as|ad|ar|an|az|ash)[-‐]", "", _fold(word))
    w = re.sub(r"[^a-z]", "", w)
    for a, b in _SOUNDS:
        w = w.replace(a, b)
    return w


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """The consonants of a name word as its transliterations share them: no article ("al-", "el-"), vowels,
    "h", "w", "y" or doubled letters ("Moammar" == "Muammar" == "mr", "al-Sahrawi" == "Sahraoui" == "sr")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouhwy]", "", _sounds(word)))


def _respelt(word: str, surname: str, particles: frozenset[str]) -> bool:
    """``word`` may be ``surname`` spelt another way: the same first letter ("Palawan" is no "Hapilon"), and not
    the place a nisba is formed from ("Baghdad" is no "al-Baghdadi")."""
    w, s = _fold(word), _strip_particle(_fold(surname), particles)
    return w[:1] == s[:1] and s not in (w + "i", w + "y")


def _sound_words(name: str) -> list[str]:
    """The sound keys of a name's words, without articles and one-letter initials ("Anthony J. Blinken")."""
    words = [w.strip(_QUOTE_MARKS + ".,") for w in name.split()]
    return [k for w in words if len(w) > 1 and _fold(w) not in ("al", "el", "bin", "ibn") and (k := sound_key(w))]


@cache
def _known_by_sound() -> dict[str, set[str]]:
    """Sound key of a known person's surname -> the known full names with that key."""
    out: dict[str, set[str]] = {}
    for name in known_names():
        keys = _sound_words(name)
        if keys:
            out.setdefault(keys[-1], set()).add(name)
    return out


def _known_spelling(canonical: str) -> str | None:
    """The known person a name of two words or more spells another way, every word in order ("Moammar
    Gadhafi" -> "Muammar Gaddafi", "Bashar Assad" -> "Bashar al-Assad"); a surname alone is never enough."""
    keys = _sound_words(canonical)
    if len(keys) < 2 or len(keys[-1]) < 2:
        return None
    candidates = [n for n in _known_by_sound().get(keys[-1], ())
                  if _onset(canonical.split()[0]) == _onset(n.split()[0])
                  and _onset(canonical.split()[-1]) == _onset(n.split()[-1])]
    found = [n for n in candidates if _in_order(keys, _sound_words(n))]
    if not found:
        # the given names written apart or run together ("Abdul Hamid al-Dabaiba" for "Abdelhamid Dbeibah",
        # "Abdel Fattah" / "Abdelfattah"): the same sounds once joined
        found = [n for n in candidates if _given_joined(canonical) == _given_joined(n)]
    return found[0] if len(found) == 1 else None


def _given_joined(name: str) -> tuple[str, str]:
    """The sound keys of a name's given names run together and of its surname: ("bdlmd", "dbb") for both
    "Abdul Hamid al-Dabaiba" and "Abdelhamid Dbeibah"."""
    words = [w.strip(_QUOTE_MARKS + ".,") for w in name.split()]
    given = "".join(w for w in words[:-1] if len(w) > 1 and _fold(w) not in ("al", "el", "bin", "ibn"))
    return sound_key(given) if given else "", sound_key(words[-1]) if words else ""


def _onset(word: str) -> str:
    """The sound a name word opens with, as transliterations share it: a consonant ("Gadhafi" and "Qaddafi" open
    with k) or a vowel ("Issoufou", "Haftar" and "Hifter" open with one). Consonant keys alone are too loose for
    short names: "Ahmed Yusuf" and "Mahamadou Issoufou" share theirs ("md sf"). An opening "y" is a consonant
    ("Yusuf", "Yousef", "Yoweri"): "Mohammed Yusuf", Boko Haram's founder, is no "Mahamadou Issoufou"."""
    w = _sounds(word.strip(_QUOTE_MARKS + ".,"))
    return "" if not w else "v" if w[0] in "aeiouhw" else w[0]


# --------------------------------------------------------------------------- plain-string helpers


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Lower case without diacritics, typographic apostrophes or hyphen variants."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("–", "-"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _strip_particle(word: str, particles: frozenset[str]) -> str:
    """'al-rashid' -> 'rashid': an attached particle does not make a different surname."""
    for p in particles:
        if p.endswith("-") and word.startswith(p) and len(word) > len(p) + 1:
            return word[len(p):]
    return word


def surname_keys(name: str, particles: frozenset[str] | None = None) -> set[str]:
    """The forms a full name may be referred back to by: last word, with and without its particles.

    >>> sorted(surname_keys("Jane al-Rashid"))
    ['al-rashid', 'rashid']
    >>> sorted(surname_keys("Luca Di Monte"))
    ['di monte', 'monte']
    """
    particles = title_vocab().particles if particles is None else particles
    words = _fold(name).split()
    if not words:
        return set()
    last = words[-1]
    keys = {last, _strip_particle(last, particles)}
    # a double surname joined by a hyphen is referred back to by either name ("Hataman-Salliman" ... "Salliman")
    parts = [w for w in _strip_particle(last, particles).split("-") if w]
    if len(parts) == 2 and all(len(w) >= 4 and w.isalpha() and w not in particles for w in parts):
        keys.update(parts)
    i = len(words) - 1
    while i > 1 and words[i - 1] in particles:  # "di monte", "bin salman": the particle leads the surname
        i -= 1
        keys.add(" ".join(words[i:]))
    return keys


def short_key(name: str, particles: frozenset[str] | None = None) -> str:
    """The key a surname-only mention is looked up by ('Al-Rashid' -> 'rashid')."""
    particles = title_vocab().particles if particles is None else particles
    folded = " ".join(_fold(name).split())
    words = folded.split()
    if len(words) == 1:
        return _strip_particle(words[0], particles)
    return folded


@cache
def _leading_titles() -> re.Pattern[str]:
    vocab = title_vocab()
    words = sorted((t for k in (HONORIFIC, RANK, OFFICE, MODIFIER) for t in vocab.lists[k]), key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in words) + r")(?:\s+|$))+", re.IGNORECASE)


@cache
def title_words() -> frozenset[str]:
    """Every word of an honorific, rank or office of data/titles.toml ("commander", "spokesman", "vice"), lower-cased,
    without its points: the words a title before a name is made of."""
    lists = title_vocab().lists
    return frozenset(w.lower().strip(".") for kind in (HONORIFIC, RANK, OFFICE) for t in lists[kind] for w in t.split())


def strip_titles(name: str) -> str:
    """A person name without leading titles and trailing generational suffixes, as plain text.

    For callers that hold a string rather than a span (a speaker phrase, a user query):
    ``strip_titles("Col. Jane Roe Jr.") == "Jane Roe"``.
    """
    suffixes = {s.rstrip(".") for s in title_vocab().lists[SUFFIX]}
    text = " ".join(name.split())
    text = _leading_titles().sub("", text)
    words = text.split()
    while len(words) > 1 and words[-1].rstrip(".,") in suffixes:
        words.pop()
    return " ".join(words).rstrip(",")


# --------------------------------------------------------------------------- span-level resolution


@dataclass
class PersonMention:
    """A person mention in one document: ``span`` is the name as written (no titles, suffix kept)."""

    span: Span
    canonical: str
    role: str | None = None
    # first token of the title written right before the name ("Rear Admiral John Kirby"): the mention
    # is the whole noun phrase, the canonical stays the bare name
    phrase_start: int | None = None
    # first token of the honorifics and ranks right before the name ("Ayatollah Ali Khamenei" inside
    # "Iran's supreme leader Ayatollah Ali Khamenei"): that form is a mention of the person as well
    titled_start: int | None = None


class TitleMarker:
    """Marks, per token, whether it belongs to a title (honorific, rank, office, modifier, suffix)."""

    def __init__(self, nlp: Language, vocab: TitleVocab | None = None) -> None:
        vocab = vocab or title_vocab()
        self.particles = vocab.particles
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind in _EXACT_KINDS:
            self.exact.add(kind, [nlp.make_doc(t) for t in vocab.lists[kind]])
        for kind in _FOLDED_KINDS:
            self.folded.add(kind, [nlp.make_doc(t) for t in vocab.lists[kind]])

    def marks(self, doc: Doc) -> list[str | None]:
        """One entry per token: the title kind it is part of, or None."""
        marks: list[str | None] = [None] * len(doc)
        matches = self.exact(doc) + self.folded(doc)
        strings = doc.vocab.strings
        for key, start, end in matches:
            kind = strings[key]
            if self._after_particle(doc, start):
                continue  # "Shukri Al-Hajji", "Abu-Imam": a surname that happens to be a title word
            for i in range(start, end):
                current = marks[i]
                if current is None or _PRIORITY[kind] > _PRIORITY[current]:
                    marks[i] = kind
        return marks

    def _after_particle(self, doc: Doc, start: int) -> bool:
        """True when token ``start`` is glued by a hyphen to a name particle before it ("Al-Hajji")."""
        if start < 2 or doc[start - 1].text not in ("-", "‐"):
            return False
        if doc[start - 2].whitespace_ or doc[start - 1].whitespace_:
            return False
        return doc[start - 2].lower_ in self.particles or f"{doc[start - 2].lower_}-" in self.particles


def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


# A PERSON span may open with the place, people or portfolio an office is of ("Borno Governor Babagana Zulum",
# "Ugandan President Yoweri Museveni", "provincial Law Minister Rana Sanaullah", "Corps Commander Peshawar Lt Gen
# X", "Chief of Defence Staff Gen Leo Iraboh": the NER starts the span inside the title). Up to two such words.
_MAX_TITLE_QUALIFIERS = 2


def _title_qualifier(tok: Token) -> bool:
    """A capitalised word before a title that may say what the title is of (a place, a people, a portfolio)."""
    return tok.is_alpha and tok.is_title and tok.whitespace_ == " "


def _qualified_title(doc: Doc, last_title: int, end: int, marks: Sequence[str | None]) -> bool:
    """The words before a title are its qualifier, not a given name, when the title is one a place or a people is
    written before (titles.toml qualified_titles: "Governor", "Gen") and a name of two capitalised words or more
    follows it: a lone word after it may be the surname of a name the title word sits inside."""
    tok = doc[last_title]
    if marks[last_title] not in (OFFICE, RANK) or tok.text not in title_vocab().qualified_titles:
        return False
    after = [t for t in doc[last_title + 1 : end] if t.is_alpha and marks[t.i] != SUFFIX and t.is_title]
    return len(after) >= 2


def _given_name(tok: Token, marks: Sequence[str | None]) -> bool:
    return (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and marks[tok.i] is None and not tok.ent_type_
            and not tok.is_sent_start and tok.whitespace_ != "")


def clean_person_span(span: Span, marks: Sequence[str | None]) -> Span | None:
    """The name inside an NER PERSON span: no titles before, no possessive or stray words after.

    Returns None when nothing name-like is left (a bare title, a number, an acronym).
    """
    doc = span.doc
    start, end = span.start, span.end
    # a span never runs over a line break: the words after it belong to the next line
    for i in range(start, end - 1):
        if "\n" in doc[i].whitespace_ or doc[i].is_space:
            end = i + 1
            break
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_space):
        start += 1
    # "Director of Intelligence Heidi Berg" tagged as "Intelligence Heidi Berg": the word right after
    # "<office> of" completes the office, not the name
    if (end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "of" and marks[start - 2] in (OFFICE, RANK)
            and marks[start] is None and doc[start].is_title):
        start += 1
    # "spokesman Argo Yuwono" tagged as "Yuwono" alone: a capitalised given name right before the span,
    # itself after a title word, belongs to the name
    if start == span.start and start >= 2 and _given_name(doc[start - 1], marks) and (
            marks[start - 2] is not None
            # "senior ISIS leader, Dhiya Zawba Muslih al-Hardani" tagged without "Dhiya": after an office and
            # the comma that names its holder
            or (start >= 3 and doc[start - 2].text == "," and marks[start - 3] in (OFFICE, RANK))):
        start -= 1
    # "Louisiana Governor Jeff Landry" tagged as "Jeff" alone: after a title, a lone given name takes the
    # capitalised word that follows it (the surname the NER left out)
    nxt = doc[end] if end < len(doc) else None
    if (end - start == 1 and start >= 1 and marks[start - 1] is not None and nxt is not None
            and doc[start].whitespace_ == " " and nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha
            and not nxt.ent_type_ and marks[nxt.i] is None):
        end += 1
    # Leading title: strip through the last title word when everything before it is title-like
    # ("U.S. Acting Special Envoy John Roe"), never a title word inside a name ("Martin King").
    last_title = None
    qualifiers = 0
    for i in range(start, end - 1):
        if marks[i] in (HONORIFIC, RANK, OFFICE, MODIFIER):
            last_title = i
        elif last_title is None and qualifiers < _MAX_TITLE_QUALIFIERS and _title_qualifier(doc[i]):
            qualifiers += 1  # "Borno" in "Borno Governor Babagana Zulum", checked once the title is known
        elif not (
            marks[i] is not None
            or doc[i].is_upper
            or "." in doc[i].text
            or doc[i].lower_ in _TITLE_LINKS
            or doc[i].is_punct
        ):
            break
    if last_title is not None and (not qualifiers or _qualified_title(doc, last_title, end, marks)):
        start = last_title + 1
    # a surname's hyphenated lower-case part the NER left out ("Louie Dema" + "-ala"): glued on, it is the name's
    while end + 1 < len(doc) and _glued_part(doc, end):
        end += 2
    # trailing possessive, punctuation, lower-case words and titles are not part of the name
    while end > start and not (end - 2 > start and _glued_part(doc, end - 2)) and (
        doc[end - 1].text in _POSSESSIVE
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].is_lower and marks[end - 1] != SUFFIX and not _hyphen_part(doc, end - 1))
        or marks[end - 1] in (HONORIFIC, OFFICE, MODIFIER, RANK)
    ):
        end -= 1
    # include a generational suffix the NER left outside ("Jane Roe" + "III")
    while end < len(doc) and marks[end] == SUFFIX and doc[end - 1].whitespace_:
        end += 1
    if end <= start:
        return None
    name = doc[start:end]
    if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in name):
        return None
    words = [t for t in name if marks[t.i] != SUFFIX and t.is_alpha]
    if not words or not _is_cap(words[0].text):
        return None
    if len(words) == 1 and words[0].is_upper and len(words[0].text) > 1:
        return None  # a lone acronym ("COVID") is not a person
    if _plural_office(words[-1].lower_):
        return None  # "Top Counter-Terrorism Officials Warn Security Council": a group of office holders
    return name


@cache
def _single_offices() -> frozenset[str]:
    return frozenset(o.lower() for o in title_vocab().lists[OFFICE] if " " not in o)


def _plural_office(word: str) -> bool:
    """"officials", "ministers", "commanders": the plural of an office word names several people, never one."""
    singles = _single_offices()
    return word.endswith("s") and word not in singles and word[:-1] in singles


def _glued_part(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen joining the name word before it to a lower-case part after it, no spaces
    ("Dema-ala"): one surname, not a name followed by a stray word."""
    if not (i >= 1 and i + 1 < len(doc) and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i - 1].is_title and doc[i + 1].is_alpha and doc[i + 1].is_lower):
        return False
    part = doc[i + 1]
    # "Erdogan-backed", "Trump-era": a compound adjective built on the name, not a part of it
    return part.tag_ not in ("VBN", "VBD", "VBG") and part.lower_ not in _NAME_COMPOUND_WORDS


def _join_adjacent(spans: Iterable[Span]) -> list[Span]:
    """One name the NER cut in two ("Muhammad Ijaz" + "Khan"): person spans that touch, one space apart on
    one line, are one span."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        if prev is not None and span.start == prev.end and prev.doc[prev.end - 1].whitespace_ == " ":
            out[-1] = Span(prev.doc, prev.start, span.end, label=prev.label)
        else:
            out.append(span)
    return out


def _hyphen_part(doc: Doc, i: int) -> bool:
    """Token ``i`` is the tail of a hyphenated name ("Ban Ki-moon"): glued by a hyphen to a capitalised word."""
    return (i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
            and doc[i - 2].text[:1].isupper() and doc[i].is_alpha)


def _contains_run(words: Sequence[str], run: Sequence[str]) -> bool:
    n = len(run)
    return any(list(words[i:i + n]) == list(run) for i in range(len(words) - n + 1))


@cache
def place_kind_words() -> frozenset[str]:
    """[place_kind_words] and [written_kind_words] of data/gazetteer.toml, lower-cased: words that say what kind of
    place a name is ("Mera village", "Saladin Governorate", "Borno State"); no person's name ends with one."""
    gazetteer = datafiles.load(GazetteerFile)
    return frozenset(w.lower() for w in [*gazetteer.place_kind_words, *gazetteer.written_kind_words])


def ends_in_place_kind(span: Span) -> bool:
    """A name of two words or more whose last word, singular or plural, says what kind of place it is: "Mera
    village", "Saladin Governorates", "Balkh province" (tagged a person, or a place holding a person's name)."""
    last = span[-1].lower_ if len(span) >= 2 else ""
    kinds = place_kind_words()
    return last in kinds or (last.endswith("s") and last[:-1] in kinds)


def _full_name_in(span: Span, singles: set[str], marks: Sequence[str | None]) -> Span | None:
    """The given name + surname at the end of a non-person span, when the surname alone is a person.

    Only the capitalised word right before the surname (with its hyphenated parts: "Shamsud-Din") is
    taken: the words before it are the office the NER folded in ("National Defense"). A place's name with its
    kind word ("Mera village" after a "Mera" tagged a person) is no full name.
    """
    doc = span.doc
    words = [t for t in span if t.is_alpha]
    if 2 <= len(words) <= 4 and len(words) == len(span) and _fold(span[0].text) in singles and all(
            t.is_title and marks[t.i] is None and "\n" not in t.whitespace_ for t in span[:-1]) \
            and not ends_in_place_kind(span):
        return span  # "Listyo Sigit Prabowo" after "General Listyo": the name starts with the given name
    last = span.end - 1
    if len(span) < 2 or _fold(doc[last].text) not in singles or not doc[last].is_title:
        return None
    i = last - 1
    while i - 2 >= span.start and doc[i - 1].text in ("-", "‐") and not doc[i - 2].whitespace_ \
            and not doc[i - 1].whitespace_:
        i -= 2  # "Shamsud-Din" is three tokens: step over the hyphen to the first part
    first = doc[i]
    if i < span.start or not first.is_title or not first.is_alpha or marks[i] is not None:
        return None
    if any(marks[j] is not None or "\n" in doc[j].whitespace_ for j in range(i, last)):
        return None
    return doc[i:span.end]


def _untagged_full_names(
    doc: Doc, singles: set[str], names: Sequence[Span], covered: Sequence[bool], marks: Sequence[str | None]
) -> list[Span]:
    """A given name and a surname the NER left untagged ("Norwegian Kjartan Sekkingstad and Filipino Marites Flor"),
    when the page names the person by that surname alone elsewhere ("... while Flor was released"): the full name.
    One or two capitalised proper nouns right before the surname, on its line, no title, place or body word."""
    taken = [False] * len(doc)
    for n in names:
        for i in range(n.start, n.end):
            taken[i] = True
    stop = place_kind_words() | title_vocab().institution_words
    out: list[Span] = []
    for tok in doc:
        if (tok.ent_type_ or taken[tok.i] or covered[tok.i] or not tok.is_title or not tok.is_alpha
                or tok.pos_ != "PROPN" or _fold(tok.text) not in singles):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 2:
            prev = doc[start - 1]
            if (prev.ent_type_ or taken[prev.i] or covered[prev.i] or marks[prev.i] is not None or not prev.is_title
                    or not prev.is_alpha or prev.pos_ != "PROPN" or "\n" in prev.whitespace_
                    or prev.lower_ in stop or _fold(prev.text) in singles):
                break
            start -= 1
        if start < tok.i:
            out.append(doc[start:tok.i + 1])
            for i in range(start, tok.i + 1):
                taken[i] = True
    return out


def _name_after_rank(span: Span, marks: Sequence[str | None], covered: Sequence[bool]) -> Span | None:
    """The name right after a PERSON span that holds nothing but a rank or honorific.

    The NER often tags an unpunctuated rank as the person and the name after it as something else:
    "Brig Gen Onyema Nwachukwu" comes out as PERSON "Brig Gen" and ORG "Nwachukwu". Two to four
    capitalised proper nouns that follow on the same line, none a title or part of another entity,
    are the name.
    """
    doc = span.doc
    if any(marks[i] not in (RANK, HONORIFIC) for i in range(span.start, span.end)):
        return None
    end = span.end
    while (end < len(doc) and end - span.end < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title
           and doc[end].is_alpha and marks[end] is None and not covered[end]
           and "\n" not in doc[end - 1].whitespace_):
        end += 1
    if end - span.end < 2:
        return None
    return doc[span.end:end]
def _loose_name_word(doc: Doc, i: int, marks: Sequence[str | None], covered: Sequence[bool]) -> bool:
    """Token ``i`` could be one more word of a name beside it: a capitalised proper noun no entity, title or
    other name holds, on the same line, not opening a sentence."""
    tok = doc[i]
    return (tok.pos_ == "PROPN" and _name_letters(tok.text) and len(tok.text) > 1
            and (tok.is_title or tok.text.replace("’", "").replace("'", "").istitle()) and marks[i] is None
            and not tok.ent_type_ and not covered[i] and not tok.is_sent_start)


def _name_letters(text: str) -> bool:
    """Letters only, or letters round one inner apostrophe: "Ma’ruf", "Ja'far", "O'Brien" are name words too."""
    core = text.replace("’", "").replace("'", "")
    return core.isalpha() and len(text) - len(core) <= 1 and text[0] not in "’'" and text[-1] not in "’'"


def _titled_edge(doc: Doc, i: int, marks: Sequence[str | None]) -> bool:
    """Token ``i`` ends a title ("Vice President", "Brig. Gen."): the capitalised word after it starts the name, so a
    title in front counts as an edge of the name's word run, as a lower-case word does."""
    return 0 <= i < len(doc) and marks[i] in (HONORIFIC, RANK, OFFICE)


def _name_word_edge(doc: Doc, i: int) -> bool:
    """Token ``i`` (or the document's edge) ends a run of name words: no capitalised word, nor a number."""
    if i < 0 or i >= len(doc):
        return True
    tok = doc[i]
    return not (tok.text[:1].isupper() or tok.like_num)


def _acronym_after(doc: Doc, end: int) -> bool:
    """An acronym follows the words ending at ``end`` ("Jemaah Anshorut Daulah, or JAD", "... (JAD)"): they name a
    body, which people are not; the NER's person there is a slip this module must not lengthen."""
    after = [t for t in doc[end : end + 3]]
    if len(after) >= 2 and after[0].text in ("(", "[") and after[1].is_upper and len(after[1].text) >= 2:
        return True
    return (len(after) == 3 and after[0].text == "," and after[1].lower_ == "or" and after[2].is_upper
            and len(after[2].text) >= 2)


def _common_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """The word is an English noun the lemmatizer lists ("Staff", "Reporter")."""
    return tok.lower_ in nouns or tok.lemma_.lower() in nouns


@cache
def _peoples() -> frozenset[str]:
    """The demonyms of data/demonyms.toml and their plurals ("Canadian", "Canadians")."""
    words = [str(w) for ws in datafiles.load(DemonymsFile).root.values() for w in ws]
    return frozenset(words + [w + "s" for w in words])


def _whole_name(
    name: Span, marks: Sequence[str | None], covered: Sequence[bool], text: str, nouns: frozenset[str] = frozenset()
) -> Span:
    """A person's name with the one name word the NER left out at either end: "Abdik Mohamed Hussien" tagged
    as "Mohamed Hussien", "Mohammad Ashraf Itoo of Hatigam" as "Mohammad Ashraf" (given names and surnames
    the small model does not know, common in Somali, Kashmiri and Hausa names). The word is a capitalised
    proper noun no entity or title holds, on the same line, and the word beyond it is no capitalised word
    (so a run of capitalised words, a headline or an organisation, is never taken in). A word after the name
    that the model's lemmatizer knows as an English noun (``nouns``) is not taken: "Arutz Sheva Staff
    contributed", "John Roe Reporter"."""
    doc = name.doc
    start, end = name.start, name.end
    words = [t for t in name if t.is_alpha]
    if not words or _headline_line(doc, start, text) or _acronym_after(doc, end):
        return name
    # a determiner before the word makes it a description ("the Salafist Safia S."), "of", "for" or a glued
    # hyphen the end of an office ("Commissioner of Police Shibli Noman", "Minister of Finance Enoch Godongwana",
    # "for Counter-Terrorism Vladimir Voronkov"); a people's name or an English noun is no given name ("Canadians
    # Robert Hall", "under Operations Hadin Kai")
    before = doc[start - 2] if start >= 2 else None
    if (start >= 1 and _loose_name_word(doc, start - 1, marks, covered) and doc[start - 1].whitespace_ == " "
            and (_name_word_edge(doc, start - 2) or _titled_edge(doc, start - 2, marks))
            and doc[start - 1].text not in _peoples()
            and not _common_noun(doc[start - 1], nouns)
            and not (before is not None and (before.pos_ == "DET" or before.lower_ in _TITLE_LINKS
                                             or not before.whitespace_))):
        start -= 1
    # the word after must not end its line: a byline's "Staff" or "Reporter" closes it ("Arutz Sheva Staff")
    if (len(words) >= 2 and end + 1 < len(doc) and _loose_name_word(doc, end, marks, covered)
            and doc[end - 1].whitespace_ == " " and doc[end - 1].is_alpha and "\n" not in doc[end].whitespace_
            and not doc[end + 1].is_space and _name_word_edge(doc, end + 1) and not _common_noun(doc[end], nouns)):
        end += 1
    return name if (start, end) == (name.start, name.end) else doc[start:end]


def _headline_line(doc: Doc, i: int, text: str | None = None) -> bool:
    """Token ``i`` sits on a title-case line with no closing full stop: a headline, where the NER often runs a
    name into the capitalised verb after it ("Gen. Muhoozi Hails UPDF Soldiers On Operation Shujaa"). ``text``
    is ``doc.text``, which spaCy rebuilds from every token on each read: callers in a loop pass it once."""
    text = doc_text(doc) if text is None else text
    pos = doc[i].idx
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or line.endswith("."):
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _headline_slips(names: list[Span]) -> list[Span]:
    """Names on a headline cut back to the words a name in the body shares: "Muhoozi Hails" is "Muhoozi" when
    the body names "Muhoozi Kainerugaba" and nowhere has "Hails" in a name (then "Muhoozi" links as a given
    name to the one full name that starts with it)."""
    text = doc_text(names[0].doc) if names else ""
    body = [n for n in names if not _headline_line(n.doc, n.start, text)]
    body_words = {_fold(t.text) for n in body for t in n if t.is_alpha}
    out: list[Span] = []
    for n in names:
        if len(n) >= 2 and n not in body and _headline_line(n.doc, n.start, text):
            keep = n.start
            while keep < n.end and _fold(n.doc[keep].text) in body_words:
                keep += 1
            first = _fold(n[0].text)
            shares_first = any(len(b) >= 2 and _fold(b[0].text) == first and b.text != n.text for b in body)
            if n.start < keep < n.end and shares_first:
                out.append(n.doc[n.start : keep])
                continue
        out.append(n)
    return out


# two name words a page lost the space between ("DelfinLorenzana", "KhalifaHaftar", "IsnilonHapilon"): each part a
# capital and at least three small letters, so "McDonald" and "LaGuardia" stay whole, and so do brands the NER may
# take for a person ("SunStar", "YouTube", "WhatsApp"); the Gaelic and Dutch prefixes that make one name with a
# capital inside ("MacKenzie", "VanDyke") are no lost space
_GLUED_NAME = re.compile(r"\b(?!(?:Mac|Van|Von|Fitz|Della|Delle|Des|Dos|Das)[A-Z])([A-Z][a-z]{3,})([A-Z][a-z]{3,})\b")


def canonical_name(name: Span, marks: Sequence[str | None]) -> str:
    """The name without generational suffixes, single-spaced, with the space between two glued name words put
    back."""
    end = name.end
    while end > name.start + 1 and (marks[end - 1] == SUFFIX or name.doc[end - 1].text in {",", "."}):
        end -= 1
    return _GLUED_NAME.sub(r"\1 \2", " ".join(name.doc[name.start:end].text.split()).rstrip(","))


def _written_suffix(name: Span, marks: Sequence[str | None]) -> str | None:
    """The generational suffix a name is written with ("Jr", "III"), without its dot."""
    end = name.end
    while end > name.start + 1 and name.doc[end - 1].text in {",", "."}:
        end -= 1
    if end > name.start + 1 and marks[end - 1] == SUFFIX:
        return name.doc[end - 1].text.rstrip(".")
    return None


def _keep_suffixes(mentions: list[PersonMention], marks: Sequence[str | None]) -> None:
    """A person the document writes with a generational suffix keeps it in the canonical ("Ferdinand Marcos
    Jr."), the fullest form the text gives, for every mention of that person ("Marcos" too). The suffix is
    left out of the grouping keys, so "Marcos" and "Ferdinand Marcos" still join the suffixed name; two
    different suffixes for one name leave it bare."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        suffix = _written_suffix(m.span, marks)
        if suffix is not None and len(_name_words(m.canonical)) > 1:
            seen.setdefault(m.canonical, set()).add(suffix)
    for m in mentions:
        found = seen.get(m.canonical)
        if found is not None and len(found) == 1:
            suffix = next(iter(found))
            m.canonical = f"{m.canonical} {suffix}." if suffix in ("Jr", "Sr") else f"{m.canonical} {suffix}"


def _keep_name_honorifics(mentions: list[PersonMention], known: set[str]) -> None:
    """A person the text writes right after a religious title the conventions keep ("Mufti Suhail", "Imam
    Karialan said ... Karialan") is named with it, on every mention: the one such title the text gives that
    person. Grouping and surname links ran on the bare name before. A well-known figure keeps the name analysts
    use ("Sheikh Abu Bakr al-Baghdadi" is Abu Bakr al-Baghdadi)."""
    titles = title_vocab().name_honorifics
    seen: dict[str, set[str]] = {}
    for m in mentions:
        before = m.span.start - 1
        if before >= 0 and m.span.doc[before].text in titles and m.canonical not in known:
            seen.setdefault(m.canonical, set()).add(m.span.doc[before].text)
    for m in mentions:
        found = seen.get(m.canonical)
        if found is not None and len(found) == 1:
            m.canonical = f"{next(iter(found))} {m.canonical}"


def _name_words(canonical: str) -> list[str]:
    return canonical.split()


def _title_filler(doc: Doc, i: int, seen_title: bool) -> bool:
    """May token ``i`` sit inside a title before a name without being a title word itself?"""
    tok = doc[i]
    hyphen = {"-", "–"}
    return (
        tok.lower_ in _TITLE_LINKS
        or tok.text in _POSSESSIVE
        or tok.text in hyphen
        or (_is_cap(tok.text) and tok.pos_ not in _NOT_IN_TITLE and tok.ent_type_ not in ("DATE", "TIME"))
        or (i + 1 < len(doc) and doc[i + 1].text in hyphen)  # "Kurdish-led": the word before a hyphen
        or (i > 0 and doc[i - 1].text in hyphen)  # "US-led": the word after it
        # "counterterrorism coordinator", "top military commander"
        or (seen_title and tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "PROPN"))
    )


def role_before(doc: Doc, start: int, marks: Sequence[str | None], blocked: Sequence[bool]) -> str | None:
    """The title written right before a name: "U.S. Acting Special Envoy for the Global Coalition"."""
    found = role_span_before(doc, start, marks, blocked)
    return found[0] if found else None


def role_span_before(
    doc: Doc, start: int, marks: Sequence[str | None], blocked: Sequence[bool]
) -> tuple[str, int] | None:
    """``role_before`` with the index of the title's first token."""
    i = start - 1
    seen_title = False
    first = start
    sent_start = doc[start].sent.start if start < len(doc) else 0
    while i >= sent_start and start - i <= _MAX_ROLE_TOKENS:
        tok = doc[i]
        if blocked[i] or "\n" in tok.whitespace_:
            break
        kind = marks[i]
        if kind is not None and kind != SUFFIX:
            seen_title = seen_title or kind in (OFFICE, RANK)
        elif not _title_filler(doc, i, seen_title):
            break
        elif tok.is_lower and tok.lower_ not in _TITLE_LINKS and doc[i + 1].lower_ in _TITLE_LINKS:
            break  # "at the invitation of Secretary of State X": a common noun before "of" is no title
        first = i
        i -= 1
    if not seen_title:
        return None
    end = start
    # trim: leading links and possessives, trailing honorifics
    while first < end and (
        doc[first].lower_ in _TITLE_LINKS or doc[first].text in _POSSESSIVE or doc[first].is_punct
    ):
        first += 1
    while end > first and (marks[end - 1] == HONORIFIC or doc[end - 1].is_punct):
        end -= 1
    # a rank right before the name adds nothing to an office title ("coalition spokesman Col.")
    offices = [j for j in range(first, end) if marks[j] == OFFICE]
    if offices:
        while end > offices[-1] + 1 and marks[end - 1] == RANK:
            end -= 1
    if end <= first or not any(marks[j] in (OFFICE, RANK) for j in range(first, end)):
        return None
    return " ".join(doc[first:end].text.split()), first


def role_after(doc: Doc, end: int, marks: Sequence[str | None], blocked: Sequence[bool]) -> str | None:
    """An appositive title after a name: "Jane Roe, the acting US envoy, said"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end
    j = end + 1
    stop = None
    while j < min(sent_end, end + 1 + _MAX_ROLE_TOKENS):
        tok = doc[j]
        if tok.text in _ROLE_END or blocked[j]:
            stop = j
            break
        if tok.pos_ in ("VERB", "AUX") and not _is_cap(tok.text) and marks[j] is None and tok.lower_ != "led":
            return None  # a clause, not a title ("..., who said")
        if tok.lower_ in ("who", "which", "whose", "that"):
            return None
        j += 1
    if stop is None:
        if j < sent_end and j >= end + 1 + _MAX_ROLE_TOKENS:
            return None
        stop = j
    first = end + 1
    if first < stop and doc[first].lower_ in _DETERMINERS:
        first += 1
    while stop > first and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if stop <= first:
        return None
    if not any(marks[k] in (OFFICE, RANK) for k in range(first, min(stop, first + 8))):
        return None
    return " ".join(doc[first:stop].text.split())


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _page_spelling(mentions: Sequence[PersonMention]) -> None:
    """A full name written once with its surname a letter off the spelling the page keeps for the surname alone
    ("Lieutenant General William Gonzalez" ... "Gonzales said" three times) takes the page's spelling: the slip
    is the one mention, not the many."""
    by_name: dict[str, list[PersonMention]] = {}
    for m in mentions:
        by_name.setdefault(m.canonical, []).append(m)
    for canonical, group in by_name.items():
        words = canonical.split()
        if len(words) < 2:
            continue
        surname = words[-1]
        kept = sum(1 for m in group if m.span.text.split()[-1:] == [surname])
        alone = [m.span.text for m in group if len(m.span) == 1 and m.span.text != surname
                 and m.span.text[:1] == surname[:1] and len(m.span.text) >= 4 and _one_edit(m.span.text.lower(),
                                                                                               surname.lower())]
        if not alone:
            continue
        spelling = max(set(alone), key=alone.count)
        if alone.count(spelling) > kept:
            for m in group:
                m.canonical = " ".join([*words[:-1], spelling])


def _respelt_name(a: str, b: str) -> bool:
    """Two full names of the same words but one written another way: hyphens for spaces ("Bilal-al-Sudani"), or
    one word of five letters or more a letter apart ("Zabihullah"/"Zabiullah") or sounding the same with two
    letters changed ("Muzzafar"/"Muzaffar"). A short word ("Omar"/"Amar") or another name ("Hassan"/"Hussein")
    is another person."""
    wa, wb = _fold(a).replace("-", " ").split(), _fold(b).replace("-", " ").split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not diffs:
        return a != b
    if len(diffs) != 1:
        return False
    x, y = diffs[0]
    if min(len(x), len(y)) < 5 or x[0] != y[0]:
        return False
    if _one_edit(x, y):
        return True
    return sound_key(x) == sound_key(y) and len(sound_key(x)) >= 3 and _within_two_edits(x, y)


def _reversed_name(a: str, b: str) -> bool:
    """Two two-word names of the same words in the other order: the Ugandan and Kenyan press (police lists,
    charge sheets) writes the surname first ("Ssenkungu Siraje" for "Siraje Ssenkungu"), one person."""
    wa, wb = _fold(a).split(), _fold(b).split()
    return len(wa) == len(wb) == 2 and wa != wb and wa == wb[::-1]


def _within_two_edits(a: str, b: str) -> bool:
    """``a`` becomes ``b`` with at most two letters added, dropped or changed."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _lemmatizer_nouns(nlp: Language) -> frozenset[str]:
    """The nouns in the lookup table of the pipeline's rule lemmatizer ("staff", "reporter"); none without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("noun", ()))


class PersonResolver:
    """Turns NER person spans (plus spans the NER mislabelled) into linked PersonMentions."""

    def __init__(self, nlp: Language, vocab: TitleVocab | None = None) -> None:
        self.marker = TitleMarker(nlp, vocab)
        # the English nouns the model's lemmatizer lists: a capitalised one after a name is no surname
        self._nouns = _lemmatizer_nouns(nlp)
        self.particles = self.marker.particles
        # first word -> full names of the document being resolved (set by ``_full_names``)
        self._first_index: dict[str, set[str]] = {}
        # sound key of the surname -> full names of the document being resolved (set by ``_full_names``)
        self._sound_index: dict[str, set[str]] = {}
        # a word between the first and the last -> full names of the document being resolved (``_full_names``)
        self._middle_index: dict[str, set[str]] = {}

    def resolve(
        self,
        doc: Doc,
        person_spans: Iterable[Span],
        maybe_spans: Sequence[Span],
        covered: Sequence[bool],
        marks: Sequence[str | None] | None = None,
    ) -> tuple[list[PersonMention], set[int]]:
        """Person mentions of ``doc`` and the indices of ``maybe_spans`` that turned out to be persons.

        ``person_spans`` are the NER PERSON spans left after the knowledge base took its matches;
        ``maybe_spans`` are other NER spans (ORG, GPE, NORP) that may be a person's surname;
        ``covered`` marks tokens already claimed by other entities (they are never a person).
        """
        marks = self.marker.marks(doc) if marks is None else marks
        names: list[Span] = []
        claimed: set[int] = set()
        for span in _join_adjacent(person_spans):
            name = clean_person_span(span, marks)
            if name is None:
                name = _name_after_rank(span, marks, covered)
                if name is not None:  # the NER's other span over the surname is this person's name too
                    claimed |= {k for k, o in enumerate(maybe_spans) if o.start < name.end and name.start < o.end}
            if name is not None:
                names.append(name)
        if not names:
            return [], set()
        text = doc_text(doc)
        names = [_whole_name(n, marks, covered, text, self._nouns) for n in names]
        names = _headline_slips(names)
        # a full name the NER labelled ORG ("Secretary of National Defense Delfin Lorenzana" tagged
        # "National Defense Delfin Lorenzana") for a person it elsewhere tagged by surname alone
        singles = {_fold(canonical_name(n, marks)) for n in names if len(n) == 1}
        for k, span in enumerate(maybe_spans):
            full = _full_name_in(span, singles, marks)
            if full is not None:
                names.append(full)
                claimed.add(k)
        names += _untagged_full_names(doc, singles, names, covered, marks)
        canon = [canonical_name(n, marks) for n in names]
        full_of, index = self._full_names(canon)
        mentions = [
            PersonMention(span=n, canonical=self._link(c, full_of, index))
            for n, c in zip(names, canon, strict=True)
        ]
        # a surname-only person with no full name in the document is still the one person by that name
        for m in mentions:
            if len(_name_words(m.canonical)) == 1 and short_key(m.canonical, self.particles) not in index:
                full_of.setdefault(m.canonical, m.canonical)
        # NER slips: a span labelled ORG/GPE/NORP, or no span at all, that is a known person's surname
        taken = list(covered)
        for m in mentions:
            for i in range(m.span.start, m.span.end):
                taken[i] = True
        for k, span in enumerate(maybe_spans):
            name = clean_person_span(span, marks)
            if k in claimed or name is None or any(taken[i] for i in range(name.start, name.end)):
                continue
            if span.label_ == "NORP":
                continue  # "Iraqi" is a nationality even when a person's nisba is "al-Iraqi"
            target = self._known(canonical_name(name, marks), full_of, index)
            if target is not None:
                claimed.add(k)
                mentions.append(PersonMention(span=name, canonical=target))
                for i in range(name.start, name.end):
                    taken[i] = True
        if index:
            for tok in doc:
                if taken[tok.i] or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN":
                    continue
                if tok.ent_type_ == "NORP":
                    continue
                prev_cap = tok.i > 0 and doc[tok.i - 1].is_title and not doc[tok.i - 1].is_sent_start
                if prev_cap and marks[tok.i - 1] is None:
                    continue  # part of some other capitalised name
                target = self._known(tok.text, full_of, index, surname_only=True)
                if target is not None:
                    mentions.append(PersonMention(span=doc[tok.i:tok.i + 1], canonical=target))
                    taken[tok.i] = True
        _keep_suffixes(mentions, marks)
        # a role never runs into another person's name; other entities ("US", "coalition") may be in it
        blocked = [False] * len(doc)
        for m in mentions:
            for i in range(m.span.start, m.span.end):
                blocked[i] = True
        for m in mentions:
            k = m.span.start
            while (k > 0 and marks[k - 1] in (HONORIFIC, RANK) and not blocked[k - 1]
                   and "\n" not in doc[k - 1].whitespace_):
                k -= 1
            m.titled_start = k if k < m.span.start else None
            before = role_span_before(doc, m.span.start, marks, blocked)
            if before is not None:
                m.role, m.phrase_start = before
            else:
                m.role = role_after(doc, m.span.end, marks, blocked)
        _page_spelling(mentions)
        # a well-known figure the document names by surname alone ("Tinubu said"): the full name analysts use
        # ... or by a shorter form of the full name, its words in order ("Erik Kurilla" for "Michael Erik
        # Kurilla"): one person across documents whichever form each writes
        # ... or in another transliteration ("Moammar Gadhafi", "Khalifa Hifter")
        known = known_persons()
        for m in mentions:
            words = _name_words(m.canonical)
            famous = known.get(_fold(words[-1])) if words else None
            if famous is not None and (len(words) == 1 or _in_order(
                    [_fold(w.strip(_QUOTE_MARKS)) for w in words], [_fold(w) for w in _name_words(famous)])):
                m.canonical = famous
            elif (spelled := _known_spelling(m.canonical)) is not None:
                m.canonical = spelled
        _keep_name_honorifics(mentions, set(known.values()))
        mentions.sort(key=lambda m: m.span.start)
        return mentions, claimed

    def _full_names(self, canon: Sequence[str]) -> tuple[dict[str, str], dict[str, set[str]]]:
        """Group full names (2+ words) and index them by surname.

        Returns (full name -> group canonical, surname key -> group canonicals). Full names with the
        same first and last word are one person ("Jane Q. Roe" = "Jane Roe"), written in its most
        frequent form.
        """
        groups: dict[tuple[str, str], Counter[str]] = {}
        order: dict[tuple[str, str], int] = {}
        for n, c in enumerate(canon):
            words = _name_words(c)
            # a by-name of two words is a full name too ("Abu Omar", then "Omar, according to ..."): its second word
            # alone refers back to it
            if len(words) < 2:
                continue
            key = (_fold(words[0]), short_key(words[-1], self.particles))
            groups.setdefault(key, Counter())[c] += 1
            order.setdefault(key, n)
        # one name spelt two ways on the page ("Zabihullah Mujahid" ... "Zabiullah Mujahid", "Atif Muzzafar" ...
        # "Atif Muzaffar", "Mallam Buba Danfulani" ... "Malam Buba Danfulani"): one person, the more frequent form
        ranked = sorted(groups, key=lambda k: (-sum(groups[k].values()), order[k]))
        for i, key in enumerate(ranked):
            if key not in groups:
                continue
            for other in ranked[i + 1:]:
                if other in groups and any(_respelt_name(a, b) or _reversed_name(a, b)
                                           for a in groups[key] for b in groups[other]):
                    groups[key].update(groups.pop(other))
                    order.pop(other)
        full_of: dict[str, str] = {}
        # on a tie, the form whose surname the page writes alone more often ("Abdulqadr Mumin" ... "Mumin said" over a
        # one-off "Abdulqadr Mumim"), then the shorter
        alone = Counter(_fold(c) for c in canon if len(_name_words(c)) == 1)
        bests = {key: max(counts, key=lambda form: (counts[form], alone[_fold(form.split()[-1])], -len(form)))
                 for key, counts in groups.items()}
        # a shorter name that is a run of words inside exactly one longer full name is that person:
        # "Shire Ali" in "Hassan Khalif Shire Ali", "Dela Vega" in "Arnel Dela Vega", "Abd al-Basit" in
        # "Abd al-Basit al-Iraqi"
        # (any form of the shorter name: "Muhamad Fuzi" ... "Mohamad Fuzi" in "Mohamad Fuzi Harun")
        folded = {key: _fold(best).split() for key, best in bests.items()}
        target = {key: key for key in bests}
        for key in folded:
            forms = [_fold(form).split() for form in groups[key]]
            longer = [other for other, ow in folded.items()
                      if any(len(ow) > len(words) and _contains_run(ow, words) for words in forms)]
            if len(longer) == 1:
                target[key] = longer[0]
        index: dict[str, set[str]] = {}
        self._first_index = {}
        self._sound_index = {}
        self._middle_index = {}
        for key, counts in groups.items():
            best = bests[target[key]]
            for form in counts:
                full_of[form] = best
                for sk in surname_keys(form, self.particles):
                    index.setdefault(sk, set()).add(best)
                self._sound_index.setdefault(sound_key(form.split()[-1]), set()).add(best)
            self._first_index.setdefault(_fold(best.split()[0]), set()).add(best)
            for word in best.split()[1:-1]:
                self._middle_index.setdefault(_fold(word), set()).add(best)
        return full_of, index

    def _link(self, canonical: str, full_of: dict[str, str], index: dict[str, set[str]]) -> str:
        if canonical in full_of:
            return full_of[canonical]
        return self._known(canonical, full_of, index) or canonical

    def _known(
        self, text: str, full_of: dict[str, str], index: dict[str, set[str]], surname_only: bool = False
    ) -> str | None:
        """The full name ``text`` refers to in this document, if exactly one fits."""
        if not surname_only and text in full_of:
            return full_of[text]
        words = text.split()
        if not surname_only and len(words) == 2 and (turned := f"{words[1]} {words[0]}") in full_of:
            return full_of[turned]  # "Ssenkungu Siraje" (the NER's organisation) for "Siraje Ssenkungu"
        owners = index.get(short_key(text, self.particles), set())
        if len(owners) == 1:
            return next(iter(owners))
        if not owners and not surname_only and len(text.split()) > 1:
            # "Abd al-Basit" inside "Abd al-Basit al-Iraqi" (a name led by a particle is not grouped)
            run = _fold(text).split()
            longer = {f for f in set(full_of.values())
                      if len(f.split()) > len(run) and _contains_run(_fold(f).split(), run)}
            if len(longer) == 1:
                return next(iter(longer))
        if not owners and not surname_only and len(text.split()) == 1 and len(key := sound_key(text)) >= 3:
            # a surname the text spells another way once ("Ssegujja" ... "Sseguja", "Munyandero" ...
            # "Munyanderu"): the one full name whose surname sounds the same
            sounds = self._sound_index.get(key, set())
            if len(sounds) == 1 and _respelt(text, next(iter(sounds)).split()[-1], self.particles):
                return next(iter(sounds))
        if not owners and not surname_only and len(text.split()) == 1:
            # a given name alone ("General Listyo" after "Listyo Sigit Prabowo", as Indonesian and Arab
            # outlets write): the one full name of the document that starts with it
            firsts = self._first_index.get(_fold(text), set())
            if len(firsts) == 1 and _fold(text) not in self.particles:
                return next(iter(firsts))
            # ... or a middle name alone ("Rakhman said" after "Abdul Rakhman Baso", "Mr Fairuz" after "Mohamad
            # Fairuz bin Junaidi", the name Malay, Arab and Somali outlets call a man by): the one full name with it
            middles = self._middle_index.get(_fold(text), set())
            if not firsts and len(middles) == 1 and _fold(text) not in self.particles:
                return next(iter(middles))
        return None
