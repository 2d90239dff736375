"""Direct and indirect quotations with their speakers: the ``sitroom_quotes`` spaCy component.

Direct quotes are found by scanning quotation marks in the text (curly, straight and single marks,
with apostrophes told apart from closing marks, and the news convention that a quote running over
several paragraphs leaves each paragraph open and reopens the next). Marks around one to three
words are scare quotes or names, not quotations, and are dropped.

A quote's speaker is read from the dependency parse of the words *outside* the marks: the subject
of the nearest speech verb ("..., she said" / "X told reporters" / "according to X") in the quote's
sentence, then in a short neighbouring sentence, then the subject of a partial quote's own verb
(the ministers "reaffirmed ..."), and finally the speaker of the previous quote nearby (the
continuation paragraph). Pronouns and "the envoy" go to the most recent named person acting as a
subject; "the statement", "the ministers", "it" go to the body that issued them. Names resolve to
canonical entities through ``doc._.entity_mentions`` when that is set, else through NER persons.

Indirect speech ("X said (that) ...", "according to X, ...") gives ``Quote(direct=False)`` with the
reported clause, except in sentences that already carry a direct quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np
import spacy
from spacy.attrs import IDX
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from sitroom import data as datafiles
from sitroom.annotate import extensions
from sitroom.annotate.extensions import doc_ents, doc_text, token_pos, token_words
from sitroom.annotate.nlp import MODEL_PACKAGE
from sitroom.clean.boilerplate import credit_of
from sitroom.data.schemas import SpeechFile
from sitroom.dateline import DATELINE
from sitroom.extract.spans import SentIndex, doc_id_of, span_text
from sitroom.models import EntityMention, Quote, Timex, stable_id
from sitroom.resolve.actor_kb import Actor, load_actor_kb
from sitroom.resolve.persons import known_persons, place_kind_words
from sitroom.resolve.places import demonyms

MIN_QUOTE_WORDS = 4  # one to three words in marks are scare quotes, names or titles
MAX_TITLE_WORDS = 6  # a short all-capitalised quote without a verb is a title, not speech
CONTINUATION_PARAGRAPHS = 2  # how far back a quote without attribution may borrow a speaker
ANAPHOR_PARAGRAPHS = 4  # how far back "it"/"the statement" may find the body that spoke
SIGNER_SENTENCES = 8  # how far back "the statement reads" may find the person who signed the statement
# (military press releases name the signer in the lead and are quoted from in the closing paragraphs: "A statement
# signed by ..., Lieutenant Colonel X, stated that ..." six paragraphs before '"...", it assured')
SIGNER_PARAGRAPHS = 6
DOCUMENT_SENTENCES = 3  # how far back "the statement said" with no issuer named may find the body acting before it

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
# every character ``find_quote_spans`` acts on: the double marks, straight or curly, and the single ones; any other
# character leaves its state as it was, so the scan jumps from one of these to the next
_QUOTE_CHARACTER = re.compile(f"[{_OPEN_DOUBLE}{_CLOSE_DOUBLE}\"‘’']")
# the words for a state's armed forces as a whole ("the army said", "the military said")
_STATE_FORCE_WORDS = frozenset({"army", "military"})
# news outlets and agencies (by the words of their names): they report, they are not the body that spoke
_MEDIA = re.compile(r"\b(?:News|Press|Presse|Radio|Television|TV|Times|Post|Journal|Tribune|Herald|Reuters|"
                    r"Telegraph|Guardian|Broadcasting|Media|Agence|Agencia|Lusa|Xinhua|Anadolu|Bernama|Kyodo)\b")
# a broadcaster's or paper's name right after its kind ("read on national television, Télé Sahel", "the radio
# station Radio X"): the NER may take the name for a person, but an outlet is never whom "he said" refers to
_MEDIA_BEFORE = re.compile(r"\b(?:television|tv|radio|broadcaster|channel|station|newspaper|daily|website|outlet)"
                           r"\s*[,:]?\s*$", re.IGNORECASE)
_WHEN = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# speech verbs that also tell that something goes on: '"...," he continued' speaks, but in 'the investigation is
# continuing to "determine the links of this cell"' the quoted infinitive is what goes on, not what was said
_ASPECT_VERBS = frozenset({"continue"})
# the verbs a statement is signed, issued or read out with ("a statement signed by its spokesman, X")
_SIGNING_VERBS = frozenset({"sign", "issue", "release", "read", "deliver", "publish", "send"})
_NAME_DEPS = ("compound", "amod", "poss", "case", "nmod", "flat", "det", "punct")
_WORD = re.compile(r"\w+")
# words before a body's noun that do not tell which body it is ("the same ministry", "its army")
_BARE_QUALIFIERS = frozenset({"same", "said", "aforementioned", "latter", "former", "its", "their", "his", "her",
                              "the", "a", "an", "this", "that", "country's", "country’s", "local", "national"})
# verbs whose object is a document a body puts out ("issued a statement", "released a communique")
_PUT_OUT = frozenset({"issue", "release", "publish", "put", "send", "post", "circulate", "distribute"})
_HYPHENATED_ACRONYM = re.compile(r"\b([A-Z])-(\d{1,2})\b")  # G-7 -> G7, as the body is usually written


# verbs of holding or passing on a document someone else issued ("a report cited by DDM", "a memo seen by Reuters",
# "the letter obtained by the newspaper"): their agent is no issuer of it
_PASSED_ON = frozenset({"cite", "quote", "see", "obtain", "review", "access", "leak", "share", "relay", "forward"})

@dataclass(frozen=True)
class SpeechVocab:
    direct: frozenset[str]
    indirect: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    anaphors: frozenset[str]
    bodies: frozenset[str]
    role_words: frozenset[str]
    title_words: frozenset[str]
    addressees: frozenset[str]
    group_descriptions: frozenset[str] = frozenset()
    body_descriptions: frozenset[str] = frozenset()
    civil_qualifiers: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    press_reports: frozenset[str] = frozenset()
    voices: frozenset[str] = frozenset()
    voice_qualifiers: frozenset[str] = frozenset()
    introductions: frozenset[str] = frozenset()
    unnamed_people: frozenset[str] = frozenset()
    said_nouns: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # whole titles ("prime minister"), lower case
    bare_body_nouns: frozenset[str] = frozenset()
    media_arms: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    inverted: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    after_quote: re.Pattern[str] | None = None  # "ayon kay" after a closing mark (speech.toml: after_quote)


@cache
def speech_vocab() -> SpeechVocab:
    data = datafiles.load(SpeechFile)
    verbs, speakers = data.verbs, data.speakers
    titles = frozenset(w for title in speakers.titles for w in title.split())
    return SpeechVocab(
        direct=frozenset(verbs.direct),
        indirect=frozenset(verbs.indirect),
        person_pronouns=frozenset(speakers.person_pronouns),
        group_pronouns=frozenset(speakers.group_pronouns),
        anaphors=frozenset(speakers.anaphors),
        bodies=frozenset(speakers.bodies),
        role_words=frozenset(speakers.role_words),
        title_words=titles,
        addressees=frozenset(speakers.addressees),
        group_descriptions=frozenset(speakers.group_descriptions),
        body_descriptions=frozenset(speakers.body_descriptions),
        civil_qualifiers=frozenset(speakers.civil_qualifiers or ()),
        vehicles=frozenset(speakers.vehicles),
        platforms=frozenset(speakers.platforms or ()),
        outlets=frozenset(speakers.outlets or ()),
        press_reports=frozenset(speakers.press_reports or ()),
        voices=frozenset(speakers.voices or ()),
        voice_qualifiers=frozenset(speakers.voice_qualifiers or ()),
        introductions=frozenset(verbs.introductions or ()),
        unnamed_people=frozenset(speakers.unnamed_people or ()),
        said_nouns=frozenset(verbs.said_nouns),
        things=frozenset(speakers.things or ()),
        titles=frozenset(speakers.titles),
        bare_body_nouns=frozenset(speakers.bare_body_nouns or ()),
        media_arms=frozenset(speakers.media_arms),
        media_nouns=frozenset(speakers.media_nouns),
        inverted=frozenset(verbs.inverted),
        members=frozenset(speakers.members),
        after_quote=_after_quote_pattern(verbs.after_quote, verbs.after_quote_particles),
    )


def _after_quote_pattern(phrases: list[str], particles: list[str]) -> re.Pattern[str] | None:
    """The closing mark, then one of the phrases (its words maybe parted by particles), then the name."""
    if not phrases:
        return None
    gap = r"(?:\s+(?:" + "|".join(map(re.escape, particles)) + r"))*\s+" if particles else r"\s+"
    alts = sorted((gap.join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"[\"”’'»]?[ \t]*,?[ \t]*(?:" + "|".join(alts) + r")[ \t]+(?=[A-Z])", re.I)


# --------------------------------------------------------------------------- quotation marks


@dataclass
class QuoteSpan:
    """One quotation: its content segments (one per paragraph) as character offsets."""

    segments: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def text(self, doc_text: str) -> str:
        parts = (doc_text[s:e].strip() for s, e in self.segments)
        return " ".join(p for p in parts if p).strip().rstrip(",").strip()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# words that attribute a quotation right after its closing mark ('...," Amaq said'): with them a closing mark
# whose opening one the page lost still ends a quotation that began with its paragraph
_ATTRIBUTED_AFTER = re.compile(
    r"[ \t]*(?:[\w.'’-]+[ \t]+){0,8}?(?:said|says|told|tells|added|adds|stated|wrote|explained|noted|warned|"
    r"declared|announced|claimed|stressed|insisted|according)\b"
)


# a past-tense word right after a closing mark and its comma, before a capitalised word ('", detailed Lieutenant')
_INVERTED_AFTER = re.compile(r"[\"”’']?[ \t]*,[ \t]*([a-z]{3,}ed)[ \t]+(?=[A-Z])")


def _lost_opening(text: str, line: int, mark: int) -> tuple[int, int] | None:
    """The quotation a closing mark ends when its paragraph lost the opening mark, if words of attribution
    follow the mark on its line: (start, end) of the words from the paragraph start to the mark."""
    if _ATTRIBUTED_AFTER.match(text, mark + 1) is None:
        return None
    start, end = _trimmed(text, line, mark)
    if text[start:end].count(" ") < 3 or any(c in text[start:end] for c in "“„«\""):
        return None
    return start, end


def _lost_opening_at_end(
    text: str, line: int, mark: int, end: int, spans: list[QuoteSpan]
) -> tuple[int, int] | None:
    """'"...," says X, professor in Pisa. In the first phase, there was a battalion ... eliminated”.': a curly
    closing mark ending a paragraph that already quoted someone, with its opening mark lost, closes the
    sentences after that quote's attribution (from the last sentence end before the mark)."""
    if text[mark + 1 : end].strip(" \t.,;") or not any(line <= s.start < mark for s in spans):
        return None
    after = max(s.end for s in spans if line <= s.start < mark)
    stops = [m.end() for m in re.finditer(r"[.!?][ \t]+(?=[A-Z“\"])", text[after:mark])]
    if not stops:
        return None
    start, stop = _trimmed(text, after + stops[0], mark)
    if text[start:stop].count(" ") < 3:
        return None
    return start, stop


def _charged_with(verb: Token) -> bool:
    """ "Biber was charged with 'incursions into foreign states', Gaughan said": a passive "charged" is the
    indictment of the one charged, who says nothing; the verb of the clause around it tells who spoke."""
    return verb.lemma_.lower() == "charge" and any(c.dep_ == "auxpass" for c in verb.children)


def _in_words_of(tok: Token) -> bool:
    """ "in the words of X" / "In the statement of Capt. X, '...'": the noun that attributes what follows to X
    (a statement only of someone named, not "in a statement of support")."""
    doc = tok.doc
    # the word itself first, from the per-document list: this is asked of nearly every word outside quotes
    if token_words(doc)[tok.i][1] not in ("words", "statement"):
        return False
    if tok.i < 2 or doc[tok.i - 1].lower_ not in ("the", "a") or doc[tok.i - 2].lower_ != "in":
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return False
    return tok.lower_ == "words" or any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in of.children)


def _inside_clause(tok: Token, head: Token) -> bool:
    """``tok`` hangs on ``head`` through a clause of its own: in "Buba, who was represented by his deputy, Brig.
    Gen. X, told journalists" the deputy in apposition belongs to the relative clause, not to Buba."""
    # "The CNS, who was accompanied by the Theatre Commander, Major General X, stressed" with X parsed as the
    # CNS's apposition: a relative clause between them ends with the noun X stands beside
    if any(c.dep_ in ("relcl", "acl") and head.i < c.i < tok.i for c in tok.head.children):
        return True
    for node in tok.ancestors:
        if node == head:
            return False
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
    return False


def _named_in_opener(opener: Token) -> Token | None:
    """"Cited by Radio Mozambique, the spokesperson for the police, Orlando Mudumane, said": the parser made the
    opening participle the subject and hung the speaker on it as an apposition; the last name set in apposition
    speaks (the outlet that cites him only reports)."""
    names = [t for t in opener.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"]
    return names[-1] if names else None


def _participle_object(subject: Token) -> bool:
    """ "Briefing journalists on Thursday at the Defence Headquarters, Abuja, Major General X, Director, Defence
    Media Operations, informed that": with a long opener the parser reads the participle as a modifier and makes
    its object ("journalists") the subject; a common noun opening the sentence behind an -ing word is the
    audience of the opener, not the speaker."""
    first = subject.left_edge
    # (the model may tag the opening "Briefing" a noun, even a place, when it modifies the audience)
    participle = first.tag_ == "VBG" or (first.dep_ in ("compound", "amod") and first.head == subject
                                         and len(first) > 5 and first.lower_.endswith("ing"))
    return (subject.pos_ == "NOUN" and subject.ent_type_ == "" and first.i == subject.sent.start
            and first.i < subject.i and participle)


def _reported_by_other(verb: Token, candidates: list[Token], outside: list[bool]) -> bool:
    """ "He added that Boko Haram lost four fighters, describing it as '...'", "They stood accused, he said, of
    supporting the group or pledging allegiance by '...'": an -ing speech verb with no subject of its own, inside
    the clause another speech verb of the sentence reports (or the sentence a parenthetical "he said" sets off),
    is part of what was reported; the reporting verb's subject speaks, not the nearest subject the participle
    would borrow from the reported clause. Not "according to X", which names its own source, nor a participle
    completing a verb ("fighters were heard saying '...'"): the one that verb's subject names says it."""
    if verb.tag_ != "VBG" or verb.lower_ == "according" or verb.dep_ == "xcomp" or any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    for other in candidates:
        if other is verb or not any(c.dep_ in _SUBJECT_DEPS and outside[c.i] for c in other.children):
            continue
        clause = other.head if other.dep_ == "parataxis" else other
        if clause.left_edge.i <= verb.i <= clause.right_edge.i and verb in clause.subtree:
            return True
    return False


def _person_before(verb: Token, opener: Token, outside: list[bool]) -> Token | None:
    """The person named last between the opener's subject and the speech verb (outside the marks): the one the
    opener describes and the verb's real subject."""
    people = [e for e in doc_ents(verb.doc) if e.label_ == "PERSON" and opener.i < e.start and e.end <= verb.i
              and all(outside[t.i] for t in e)]
    return people[-1].root if people else None


def _holder_before(st: _DocState, body_start: int, verb: Token) -> _PersonMention | None:
    """ '"...," Lt. Gen. X, chief of the military's Western Mindanao Command, said.': a body right before the
    verb that closes the role set off after a person's name is where the person serves; the person speaks.
    The role is a short lowercase apposition ("chief of", "head of the", "spokesman for") in the verb's
    sentence, with no other comma, stop or quotation mark in it."""
    text = doc_text(st.doc)
    sent_start = verb.sent.start_char
    person = next((p for p in reversed(st.persons) if sent_start <= p.start and p.end <= body_start
                   and not p.quoted), None)
    if person is None or len(person.canonical.split()) < 2:
        return None  # (a lone word the model took for a person is often a place: "in the town of Khar, ...")
    between = text[person.end : body_start]
    words = between[1:].split()
    if not between.startswith(", ") or not words or not words[0][:1].islower() or len(words) > 8:
        return None
    if any(ch in between[1:] for ch in ',.;:"“”'):
        return None
    return person


def _one_name(subjects: list[Token]) -> bool:
    """Several subjects that are the adjacent pieces of one person's name ("al", "-", "Jabouri" of "al-Jabouri
    said"): the parser split a hyphenated name, the name's last piece heads it."""
    if len(subjects) < 2:
        return False
    doc = subjects[0].doc
    span = doc[subjects[0].i : subjects[-1].i + 1]
    return subjects[0].ent_type_ == "PERSON" and all(
        t.ent_type_ == "PERSON" and (t.i == span.start or t.ent_iob_ == "I") for t in span
    )


def _after_closing_mark(verb: Token) -> bool:
    """The verb comes right after a closing quotation mark, or after the mark and a comma ('"...", said he')."""
    doc = verb.doc
    before = [doc[i].text for i in range(max(0, verb.i - 2), verb.i)]
    return bool(before) and (before[-1] in "\"”’'" or before == [before[0], ","] and before[0] in "\"”’'")


def _person_between_mark_and(verb: Token, outside: list[bool]) -> Token | None:
    """The person named between a closing mark and a speech verb with no subject of its own: in 'The fighters
    came and "managed to break the door," the town's mayor, X, told Reuters' the parser made the mayor the
    subject of the quoted verb and hung "told" on "came", whose subject (the fighters) it would borrow."""
    doc = verb.doc
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    i = verb.i - 1
    while i > 0 and outside[i] and doc[i].text not in "\"”’'":
        if doc[i].pos_ in ("VERB", "AUX", "SCONJ") or doc[i].text in ".;:":
            return None
        i -= 1
    if i <= 0 or doc[i].text not in "\"”’'" or doc[i - 1].text != ",":
        return None
    people = [t for t in doc[i + 1 : verb.i] if t.ent_type_ == "PERSON" and outside[t.i]]
    return people[-1] if people else None


def _opens_quoted_clause(subject: Token) -> bool:
    """ "The army ... said the militant leader “personally directed multiple abductions ...”": a common-noun
    subject the parser hung after the speech verb, with the quotation opening right after its phrase, is the
    subject of the reported clause the quotation goes on with, not an inverted speaker ('"...," said the
    general' has the mark before the verb; 'said Col. X: "..."' a name and a colon)."""
    doc = subject.doc
    after = subject.i + 1  # (the phrase's right edge may run into the quotation the parser hung on it)
    return (subject.i > subject.head.i and subject.ent_type_ != "PERSON" and subject.pos_ == "NOUN"
            and not _after_closing_mark(subject.head)
            and after < len(doc) and doc[after].text in "\"“„«'‘")


def _paragraphs_between(si: SentIndex, text: str, first: int, last: int) -> int:
    """Paragraphs of prose strictly between paragraphs ``first`` and ``last``: a page's short lines that end
    in no full stop ("READ MORE: ...", a picture's caption, "ISIS guns uncovered") do not interrupt a
    speaker's run of quoted paragraphs."""
    starts = si.para_starts
    count = 0
    for k in range(first + 1, last):
        line = text[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(text)].strip()
        if len(line.split()) >= 15 or line.rstrip("”’\"')").endswith((".", "!", "?")):
            count += 1
    return count


def _opens_double_at(text: str, pos: int) -> bool:
    """True when the paragraph starting at ``pos`` opens with a double quotation mark."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos < len(text) and (text[pos] in _OPEN_DOUBLE or text[pos] == '"')


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same word or one letter apart (one changed, added or dropped): "Modumane" and
    "Mudumane", "Aga" and "Agha"."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _near_spelling(a: str, b: str) -> bool:
    """``a`` and ``b`` are one letter apart, or two in names of six letters or more that share their first three
    ("Bwenji" and "Bwenge"): a reporter's slip or another transliteration of the same name."""
    if _one_edit(a, b):
        return True
    if min(len(a), len(b)) < 6 or a[:3] != b[:3] or abs(len(a) - len(b)) > 2:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1] <= 2


def _opens_paragraph(text: str, line: int, mark: int) -> bool:
    """The mark at ``mark`` is the first character of its paragraph and a capitalised word follows it."""
    return not text[line:mark].strip() and bool(re.match(r"[ \t]?[A-Z0-9]", text[mark + 1 : mark + 3]))


# what may stand before a quotation that opens its line: nothing, or a rubric ("EXCLUSIVE: ", "VIDEO: ")
_LINE_LEAD = re.compile(r"[ \t]*(?:[A-Z][A-Z ]+:[ \t]*)?[\"'“‘„«]?[ \t]*")


def _headline(text: str, span: QuoteSpan) -> bool:
    """The quotation opens its line, after at most a rubric and its mark, and ends without sentence punctuation
    inside the marks, as headlines do ("'Threat from the group growing by the day'", not '"... they said."')."""
    line = text.rfind("\n", 0, span.start) + 1
    last = text[span.segments[-1][0] : span.segments[-1][1]].rstrip()
    return _LINE_LEAD.fullmatch(text[line : span.start]) is not None and not last.endswith(tuple(".,!?;:…"))


def _related_headline(text: str, start: int, end: int) -> bool:
    """Reported speech (from ``start``, its sentence's, to ``end``, its clause's) on a line of its own inside the
    story, after a paragraph that closed with a full stop, the line ending without sentence punctuation ("At least
    10 soldiers are killed in an ambush, the army says"): a related story's headline a page drops between
    paragraphs (the parser may run it into the next line's sentence), whose speaker the story does not go on
    quoting."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    if text[line:start].strip() or end > stop:
        return False  # the sentence shares its line with others, or the speech runs on: a paragraph
    words = text[line:stop].rstrip()
    if not words or words.endswith(tuple(".!?;:…\"”’'»)")):
        return False
    before = text[:line].rstrip()
    # a body paragraph before it: the page's own title and standfirst come first and are no inserted headline
    return re.search(r"[.!?][\"”’']?\s*\n[^\n]*[.!?][\"”’']?$", before) is not None


def _capitalised_name(prep: Token) -> bool:
    """Every word of the phrase is capitalised or a name's function word ("for the Salvation of Azawad")."""
    words = list(prep.subtree)[1:]
    return bool(words) and all(t.is_title or t.lower_ in ("the", "of", "and", "for") for t in words) and any(
        t.is_title for t in words)


def _nested_opening(text: str, mark: int, end: int) -> bool:
    """An opening curly mark inside an open double quote opens a quote in the quote ('“... members of the
    “Asayish” forces are taking part”') when the rest of its line closes more marks than it opens: one closing
    mark for it and one for the outer quote. With no closing mark to spare, the outer quote lost its closing mark
    and the new mark opens the next quotation."""
    rest = text[mark:end]
    return sum(rest.count(c) for c in _CLOSE_DOUBLE) > sum(rest.count(c) for c in _OPEN_DOUBLE)


# after a quotation's end, a sentence on the same line that ends with a comma or colon before a new opening mark
_ATTRIBUTION_NEXT = re.compile(r"[ \t]+[A-Z][^“”\"\n.]{0,200}?[,:][ \t]*[“\"]")


def _lost_close(text: str, start: int, mark: int) -> int | None:
    """Where a quotation opened at ``start`` ends when a new opening mark at ``mark`` follows with no closing
    mark between: right after the last full stop before ``mark`` that is followed by a capitalised sentence
    without marks (the attribution), else None (the new mark may be a quote in the quote)."""
    stop = max(text.rfind(". ", start, mark), text.rfind("? ", start, mark), text.rfind("! ", start, mark))
    if stop <= start or not text[stop + 2 : stop + 3].isupper():
        return None
    between = text[stop + 2 : mark]
    if _QUOTE_CHARACTER.search(between.replace("’s", "").replace("'s", "")) or not re.search(r"[,:]\s*$", between):
        return None
    return stop + 1


def _single_closes_straight(text: str, mark: int, end: int) -> bool:
    """A straight single mark after a word, in a quote opened with a straight double one, closes that quote when
    the next double mark on the line opens another ('"We saw the boat', said X. "In recent days ...'): the page
    closes its double quotes with single marks. A closing double mark next says the single one was an
    apostrophe ("the rebels' base," he said). With no double mark left on the line, a single mark before a stop
    or comma or at the line's end closes ('the self-styled "Islamic State'. These included ...')."""
    prev = text[mark - 1]
    if not (prev.isalnum() or prev in ".,!?") or (mark + 1 < end and text[mark + 1] not in " \t,.;:!?)"):
        return False
    nxt = text.find('"', mark + 1, end)
    if nxt < 0:
        return mark + 1 >= end or text[mark + 1] in ",.;:!?"
    return text[nxt - 1].isspace() and nxt + 1 < end and text[nxt + 1].isalnum()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every stretch of text inside quotation marks, in order; apostrophes are not marks."""
    spans: list[QuoteSpan] = []
    pending: list[tuple[int, int]] = []  # segments of a quote still open at a paragraph end
    pos = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        end = length if nl < 0 else nl
        double: int | None = None
        single: int | None = None
        nested = 0  # curly quotes opened inside the open double quote and not closed yet
        if pending and not text[pos:end].strip():
            # a blank line between the paragraphs of one quotation (pages that separate paragraphs by an
            # empty line): the quote stays open for the next paragraph that reopens it
            if nl < 0:
                break
            pos = nl + 1
            continue
        if pending and _opens_double_at(text, pos):
            first = pos + len(text[pos:end]) - len(text[pos:end].lstrip(" \t"))
            double = first + 1
        elif pending:
            spans.append(QuoteSpan(pending))
            pending = []
        # only the marks, not every character: this loop read each character of the page (a twentieth of the rule
        # components' time in ``sitroom bench``)
        for mark in _QUOTE_CHARACTER.finditer(text, pos, end):
            j = mark.start()
            ch = text[j]
            if double is not None and double == j + 1:
                continue  # the reopening mark of a continued quote
            prev = text[j - 1] if j > pos else " "
            nxt = text[j + 1] if j + 1 < end else " "
            if double is None and ch in "‘’'" and nxt in "‘’'" and not prev.isalnum() and (
                j + 2 < end and text[j + 2].isalnum()
            ):
                # two single marks typed for an opening double one ("‘’There was a blast,’’ said X"): the
                # next mark is skipped as a reopening mark is
                double, single = j + 2, None
            elif ch in _OPEN_DOUBLE:
                if double is None:
                    double, single = j + 1, None
                elif prev.isspace() and nxt.isalnum() and _nested_opening(text, j, end):
                    nested += 1  # '“5,000 members of the “Asayish” forces are taking part”': a quote in a quote
                elif prev.isspace() and nxt.isupper() and not nested and _lost_close(text, double, j) is not None:
                    # '“We are against the bombing. The deputy minister, X, tweeted, “There is no ...”': with no
                    # closing mark to spare the outer quote lost its own at its last full stop, and the words
                    # after that stop (the attribution) lead to the next quotation
                    spans.append(QuoteSpan([*pending, _trimmed(text, double, _lost_close(text, double, j) or j)]))
                    pending, double = [], j + 1
                elif (not prev.isspace() and nxt.isspace() or nxt in ",.;:") and j + 1 > double:
                    # an opening mark typed where the closing one belongs ('... property damage“, Lieutenant
                    # Colonel X explained'): right after a word and before a space, or before a comma or stop
                    # even after a space ('... its extremist activities “, according to'), it can only close
                    spans.append(QuoteSpan([*pending, _trimmed(text, double, j)]))
                    pending, double = [], None
            elif ch in _CLOSE_DOUBLE and double is None and (
                    nxt.isalnum() and not prev.isalnum() or _opens_paragraph(text, pos, j)):
                # a closing mark typed where an opening one belongs ('Gen. X added,”Meanwhile ...'): with no
                # quote open, a mark right before a word can only open one; so can one opening its paragraph
                # before a capital ('” On 15 May 2024, a total of 47 ...')
                double, single = j + 1, None
            elif ch in _CLOSE_DOUBLE and double is None and not pending:
                lost = _lost_opening(text, pos, j) or _lost_opening_at_end(text, pos, j, end, spans)
                if lost is not None:
                    spans.append(QuoteSpan([lost]))
                    single = None
            elif ch in _CLOSE_DOUBLE and nested:
                nested -= 1  # the inner quote's closing mark; the outer quote goes on
            elif ch in _CLOSE_DOUBLE:
                if double is not None:
                    spans.append(QuoteSpan([*pending, _trimmed(text, double, j)]))
                    pending, double = [], None
            elif ch == '"':
                if double is None:
                    lost = _lost_opening(text, pos, j) if prev in ",.!?" and not nxt.isalnum() else None
                    if lost is not None:
                        # '...coalition nations," Amaq said': a mark after the last word's comma closes; the
                        # page lost the opening one
                        spans.append(QuoteSpan([lost]))
                        single = None
                    elif not prev.isalnum():
                        double, single = j + 1, None
                else:
                    spans.append(QuoteSpan([*pending, _trimmed(text, double, j)]))
                    pending, double = [], None
            elif double is not None and ch in "’'" and nxt == ch and not text[j - 1].isspace():
                # two single marks typed for a closing double one ('"We are not leaving,’’ she said')
                spans.append(QuoteSpan([*pending, _trimmed(text, double, j)]))
                pending, double = [], None
            elif double is not None and ch == "'" and text[double - 1] == '"' and _single_closes_straight(text, j, end):
                spans.append(QuoteSpan([*pending, _trimmed(text, double, j)]))
                pending, double = [], None
            elif double is not None:
                continue  # single marks inside a double quote are nested quotes or apostrophes
            elif ch == "‘" or (ch == "'" and not prev.isalnum() and nxt.isalnum()):
                single = j + 1
            elif ch in "’'" and single is not None and not nxt.isalnum():
                # a mark followed by a letter is an apostrophe ("don’t"); otherwise it closes
                spans.append(QuoteSpan([_trimmed(text, single, j)]))
                single = None
        if double is not None:
            segment = _trimmed(text, double, end)
            nxt_para = end + 1
            while nl >= 0 and nxt_para < length and text[nxt_para] in " \t\n":
                nxt_para += 1  # past the empty lines between paragraphs
            if nl >= 0 and _opens_double_at(text, nxt_para):
                pending = [*pending, segment]
            else:
                spans.append(QuoteSpan([*pending, segment]))
                pending = []
        if nl < 0:
            break
        pos = nl + 1
    if pending:
        spans.append(QuoteSpan(pending))
    return [s for s in spans if s.end > s.start]


def cut_off(doc_text: str, span: QuoteSpan) -> bool:
    """A quotation still open where the stored page was cut mid-sentence ("... the operation is ongoing and the
    public will be", "... territories that were once occ"): neither its words nor its end are known, and the
    analyst conventions leave such a quote out. The cut shows in the last word: a function word, or a
    clipped lower-case stub. (A quote that merely lost its closing mark at the page end is kept.) The credit lines
    the cleaner closes a text with ("By Rita Akana") are no more text: the page ended before them."""
    if any(line.strip() and credit_of(line) is None for line in doc_text[span.end :].split("\n")):
        return False  # a closing mark or more text follows
    words = doc_text[span.start : span.end].rstrip()
    if words.endswith((".", "!", "?", "…")):
        return False
    last = _WORD.findall(words)[-1:] or [""]
    word = last[0]
    # a clipped stub: a function word, a short lower-case one, or a lower-case one no dictionary knows ("... a
    # cache of weapons, explosiv", "We are a determi"); a whole word may end the words ("that was related")
    return word.lower() in STOP_WORDS or (word.islower() and (len(word) <= 3 or not _english_word(word)))


# endings of inflected forms whose base the dictionary lists ("capabilities" -> "capability", "killed" -> "kill")
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                ("ly", ""), ("er", ""), ("est", ""))


@cache
def _english_words() -> frozenset[str]:
    """The words the pinned model's lemmatizer lists (its index of base forms and irregular forms, some 90,000
    words); empty when the model is not installed, and then no word counts as clipped."""
    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    except (OSError, KeyError, ValueError):
        return frozenset()
    words = {w for forms in index.values() for w in forms}
    words.update(form for table in exceptions.values() for form in table)
    return frozenset(words)


def _english_word(word: str) -> bool:
    known = _english_words()
    low = word.lower()
    if not known or low in known:
        return True
    return any(low.endswith(end) and low[: len(low) - len(end)] + base in known for end, base in _INFLECTIONS)


def is_quotation(text: str) -> bool:
    """A real quotation rather than a scare-quoted word, a name or a title."""
    words = _WORD.findall(text)
    # words are counted between spaces: a link, a file path or markup ("http://ads.example/ck.php?n=a9",
    # "tdc-font-tdmp tdc-font-tdmp-arrow-right") is many \w runs but no words
    if len(words) < MIN_QUOTE_WORDS or len(text.split()) < MIN_QUOTE_WORDS:
        return False
    if len(words) <= MAX_TITLE_WORDS and not re.search(r"[.!?,;:]", text):
        small = {"of", "the", "and", "for", "in", "on", "to", "a", "an"}
        if all(w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words):
            return False
    # a headline of any length, in headline case and without a full stop: a related story's title or a talk's
    # ("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte", "IS: The Security Perspective"), which
    # speech never is (a sentence capitalises its first word and names, not "Attack" and "Leftovers")
    content = [w for w in words if w.lower() not in _HEADLINE_SMALL]
    headline = len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content)
    return not headline or re.search(r"[.!?]\W*$", text.strip()) is not None


# the words headline case leaves in lower case: articles, short prepositions and conjunctions, "is" and "are"
_HEADLINE_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "from",
                             "as", "vs", "is", "are", "against", "into", "over", "after", "or"})


# --------------------------------------------------------------------------- speakers


@dataclass
class Speaker:
    name: str | None
    entity_id: str | None = None
    role: str | None = None
    is_person: bool = False
    # a plural description, not a name ("Commanders", "officials"): never what a later "it" or "the
    # statement" stands for (a singular one, "the military committee", can be)
    generic: bool = False


@dataclass
class _PersonMention:
    start: int
    end: int
    canonical: str
    entity_id: str | None
    role: str | None
    is_subject: bool
    quoted: bool = False  # named inside a quotation: what someone said, never whom "he said" refers to


@dataclass
class _DocState:
    """What one document offers for resolving speakers, built once per Doc."""

    doc: Doc
    sindex: SentIndex
    mentions: list[EntityMention]
    mention_starts: list[int]
    persons: list[_PersonMention]
    orgs: list[tuple[int, str, str | None]]  # (start, canonical, entity id) of non-person actors
    history: list[tuple[int, int, Speaker]] = field(default_factory=list)  # (pos, paragraph, speaker)
    reported_at: set[int] = field(default_factory=set)  # the history's positions of reported (indirect) speech
    # the paragraph a quotation of the history ends in, by its position, where it runs over paragraphs
    ends_in: dict[int, int] = field(default_factory=dict)
    # an office's acronym given right before its holder's name: "The Director, Defence Media Operations
    # (DDMO), Major General Edward Buba" makes a later "The DDMO revealed" that person
    offices: dict[str, _PersonMention] = field(default_factory=dict)
    # "f" / "m" for persons the text marks ("Ms.", "spokeswoman", a lone "she" after the name), computed lazily
    genders: dict[str, str] | None = None
    # a body whose words the text gave through its spokesman's statement: (paragraph, spokesman) by the body's name
    spoken_through: dict[str, tuple[int, Speaker]] = field(default_factory=dict)


# words around a name that say the person is a woman (honorifics, female role nouns)
_FEMALE_CUES = frozenset({"ms", "mrs", "miss", "madam", "madame", "mme", "lady", "dame", "hajiya", "alhaja",
                          "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman",
                          "woman", "mother", "wife", "widow", "daughter", "sister", "queen", "princess"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})


def _strip_titles(name: str, vocab: SpeechVocab) -> tuple[str, str | None]:
    """Split leading honorifics/offices off a person name: ("Special Envoy X Y") -> ("X Y", "Special Envoy")."""
    words = name.split()
    cut = 0
    while cut < len(words) - 1 and words[cut].lower().strip(",") in vocab.title_words:
        cut += 1
    role = " ".join(words[:cut]).strip(" ,") or None
    return " ".join(words[cut:]).strip(" ,"), role


# lower-case particles inside a person's name ("Abu Bakr al-Baghdadi", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "der", "le", "la"})


def _particle_surname(word: str) -> bool:
    """A surname written with its lower-case particle ("al-Jabouri", "el-Sisi"): a name all the same."""
    particle, _, rest = word.partition("-")
    return particle in _NAME_PARTICLES and rest[:1].isupper()


def _name_token(word: str) -> str:
    """A name word compared without case and curly apostrophes ("Ma’ruf" == "Ma'ruf")."""
    return word.replace("’", "'").lower()


def _bare_surname(key: str) -> str:
    """A name word without its particle ("al-refaie" -> "refaie"): outlets write "Refaie said" after "Tamer
    al-Refaie" and "al-Baghdadi said" after "Abu Bakr Baghdadi"."""
    particle, dash, rest = key.partition("-")
    return rest if dash and particle in _NAME_PARTICLES and rest else key


def _name_keys(name: str) -> set[str]:
    """The words of a full name as a lone surname may stand for them: each word, and each without its particle."""
    keys = {_name_token(w) for w in name.split()}
    return keys | {_bare_surname(k) for k in keys}


# A wire dateline at a line start, looser than the cleaner's: the city in capitals, then a place or date
# after a comma and/or a credit in parentheses, then a dash ("ERBIL, Kurdistan Region - ",
# "MOSCOW (Wire - 15th July, 2019) ", "VIENNA, Nov 3 — ").
_DATELINE_LEAD = re.compile(
    r"[ \t]*([A-Z][A-Z.'’ ]{2,40})(?:,[^\n()—–-]{1,40})?\s*(?:\([^)\n]{1,80}\))?\s*(?:[-–—]+\s+)?"
)


# a closing mark, then a dash that signs the quote: '..." -Name' / '...” — Name, role' (also on the next line)
_SIGNATURE = re.compile(r"[\"”’'»]?[ \t]*(?:\n[ \t]*)?(?:[-–—]{1,2}|―)[ \t]*(?=[A-Z])")


# "the Kurdish-led force", "the US-backed alliance": the name says who leads or backs the body, not who it is
_LEADER_SUFFIXES = frozenset({"led", "backed", "allied", "supported", "sponsored", "funded"})


def _leads_it(tok: Token) -> bool:
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and not tok.whitespace_
            and doc[tok.i + 2].lower_ in _LEADER_SUFFIXES)


def _dateline_end(text: str, pos: int) -> int:
    """Where the dateline opening the line that holds ``pos`` ends (the line's start when it has none)."""
    line = text.rfind("\n", 0, pos) + 1
    m = _DATELINE_LEAD.match(text, line)
    if m is None:
        return line
    city, lead = m.group(1).split(), m.group(0)
    if not city or not city[0].isupper() or len(city[0]) < 3 or not any(c in lead for c in "(-–—"):
        return line
    return m.end()


# a byline or picture credit line ("By Ivan Mwine", "Photo: ...", "Reporting by ..."): who wrote or shot the
# page, never who spoke in it
_CREDIT_LINE = re.compile(
    r"[ \t]*(?:by|written by|reporting by|writing by|additional reporting by|editing by|edited by|compiled by|"
    r"photo|photos|photograph|picture|image|credit|caption|file photo|source)\b[ \t]*[:|-]?", re.I
)
_CREDIT_ASIDE = re.compile(r"\b(?:photo|photograph|picture|image|credit|getty|file)\b|/\s*(?:AFP|AP|Reuters)\b", re.I)


def in_credit(text: str, pos: int) -> bool:
    """True when ``pos`` is on a byline or picture-credit line, or in a "(Photo by X / AFP)" aside."""
    line = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    credit = _CREDIT_LINE.match(text, line)
    if credit and len(text[line:end].split()) <= 12:
        # a caption may quote its subject ('Photo: "We will rebuild," says Governor X'): only a byline or a
        # credit, or a caption without quotation marks, is all credit
        caption = credit.group(0).strip(" \t:|-").lower() in ("photo", "photos", "photograph", "picture", "image",
                                                              "caption", "file photo")
        if not (caption and any(c in text[line:end] for c in "\"“”«»")):
            return True
    opened = text.rfind("(", line, pos)
    if opened >= 0 and text.find(")", opened, pos) < 0:
        closed = text.find(")", pos, end)
        return closed >= 0 and _CREDIT_ASIDE.search(text, opened, closed) is not None
    return False


# an office word and its abbreviations or variants, as roles print them ("Lt. Gen." for "the general")
_OFFICE_VARIANTS = {
    "gen": "general", "col": "colonel", "maj": "major", "lt": "lieutenant", "capt": "captain", "cmdr": "commander",
    "brig": "brigadier", "gov": "governor", "sen": "senator", "amb": "ambassador", "sgt": "sergeant",
    "spokesperson": "spokesman", "spokeswoman": "spokesman", "spokespeople": "spokesman", "premier": "minister",
}


def _sentences_before(st: _DocState, verb: Token) -> Iterator[Span]:
    """The few sentences before the verb's (SIGNER_SENTENCES, nearest first), within SIGNER_PARAGRAPHS paragraphs:
    where a statement's signer or spokesman is named."""
    si = st.sindex
    k = si.sent_at(verb.sent.start_char)
    para = si.paragraph_at(verb.sent.start_char)
    for j in range(k - 1, max(-1, k - 1 - SIGNER_SENTENCES), -1):
        sent = si.sents[j]
        if para - si.paragraph_at(sent.start_char) > SIGNER_PARAGRAPHS:
            return
        yield sent


def _office_key(word: str) -> str:
    word = word.lower().strip(".")
    return _OFFICE_VARIANTS.get(word, word)


# a place or body name opening a body's description with its possessive: "Puntland's counterterrorism unit"
# an office set off by a comma right before a name, the name's ranks between ("the media information officer
# OPHK, Lt Col", "Director of Army Public Relations, Brig. Gen."): the words of the office, then the comma
_OFFICE_BEFORE_NAME = re.compile(r"([A-Za-z][\w’'-]*(?:[ \t]+[\w’'-]+){0,6})[ \t]*,[ \t]*(?:[A-Z][\w.-]*[ \t]+){0,4}$")
_OWNER_POSSESSIVE = re.compile(r"^((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)\s?['’]s\s+(?=[a-z])")


# the kind of place, then "of" (and one place and "and" between) right before a name: "between the towns of
# Ngouboua and Kaiga", "in the village of Kwata"; the kind word is written lower-case, as a common noun
_KIND_OF_BEFORE = re.compile(r"\b([a-z-]+)\s+of\s+(?:(?:[A-Z][\w’'-]*\s+){1,3}and\s+)?$")


def _named_as_place(text: str, start: int, kinds: frozenset[str], person_ends: set[int]) -> bool:
    """A name the NER took for a person that the words before show to be a place: the kind of place and "of"
    ("the towns of Ngouboua and Kaiga"), or a person's hometown right after the person's name ("Dawood Ahmad
    Sofi of Zainakote Srinagar", as lists of the slain or arrested give them): never who spoke."""
    before = _KIND_OF_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        word = before.group(1)
        if word in kinds or word[:-1] in kinds or (word.endswith("es") and word[:-2] in kinds):
            return True
    return text[max(0, start - 4) : start] == " of " and start - 4 in person_ends


def _clean_org(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I)
    # the body's plain name, as the owner's name used as a modifier writes it ("Puntland counterterrorism unit")
    name = _OWNER_POSSESSIVE.sub(r"\1 ", name)
    return _HYPHENATED_ACRONYM.sub(r"\1\2", name)


class QuoteExtractor:
    """The ``sitroom_quotes`` component: sets ``doc._.quotes`` to a list of Quote records."""

    def __init__(self, nlp: Language | None = None, name: str = "sitroom_quotes") -> None:
        extensions.register()
        self.name = name
        self.vocab = speech_vocab()
        # name -> whether it is a news outlet (``_outlet``): the attribution rules ask it of each body named before a
        # speaker, again for every speaker, and a page's bodies recur from page to page
        self._outlets: dict[str, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.extract(doc)
        return doc

    # ------------------------------------------------------------------ document state

    def _state(self, doc: Doc, outside: list[bool]) -> _DocState:
        # a byline's author or a picture's credit is never who spoke, nor the body "the army" stands for
        mentions = sorted((m for m in doc._.entity_mentions or [] if not in_credit(doc_text(doc), m.start)),
                          key=lambda m: m.start)
        persons: list[_PersonMention] = []
        orgs: list[tuple[int, str, str | None]] = []
        # a name the places step geocoded at the same words is a town the NER took for a person ("north of
        # the town of Gorom Gorom"): never whom "he said" refers to
        placed = {(pm.start, pm.end) for pm in doc._.place_mentions or []}
        kinds = place_kind_words()
        person_ends = {m.end for m in mentions if m.type == "person"}
        for m in mentions:
            if m.type == "person" and (m.start, m.end) in placed:
                continue
            # ... and so is a name the kind of place follows ("in the Sahel region", "Kwata village"), geocoded or
            # not (a region spanning several countries is no one place)
            after = re.match(r"\s+([a-z]+)\b", doc_text(doc)[m.end : m.end + 30])
            if m.type == "person" and after is not None and after.group(1) in kinds:
                continue
            if m.type == "person" and _named_as_place(doc_text(doc), m.start, kinds, person_ends):
                continue
            if m.type == "person":
                # a subject inside a parenthetical aside ("(Former President X threatened to ...)") is not
                # who the next "he said" refers to
                para_start = doc_text(doc).rfind("\n", 0, m.start) + 1
                aside = doc_text(doc).count("(", para_start, m.start) > doc_text(doc).count(")", para_start, m.start)
                subject = not aside and self._subject_at(doc, m.start, m.end)
                quoted = not self._outside_at(doc, m.start, outside)
                persons.append(_PersonMention(m.start, m.end, m.canonical, m.entity_id, m.role, subject, quoted))
            elif m.type in ("organization", "armed_group", "country"):
                orgs.append((m.start, m.canonical, m.entity_id))
        if doc._.entity_mentions is None:  # no entity component in this pipeline: fall back to bare NER
            persons = [p for p in self._ner_persons(doc) if not in_credit(doc_text(doc), p.start)]
            orgs = [(e.start_char, _clean_org(e.text), None) for e in doc_ents(doc)
                    if e.label_ == "ORG" and not in_credit(doc_text(doc), e.start_char)]
        # an organisation named inside a quotation is what was said, not who said it; a platform ("on
        # Telegram") is where something was said
        orgs = [o for o in orgs if self._outside_at(doc, o[0], outside) and not self._platform(o[1])]
        offices: dict[str, _PersonMention] = {}
        for m in mentions:
            surface = doc_text(doc)[m.start : m.end]
            if m.type == "person" or not (surface.isupper() and surface.isalpha() and len(surface) >= 3):
                continue
            if m.kb_id is not None:
                continue  # a body the knowledge base knows ("Nigerian Air Force (NAF) Alpha Jet"), not an office
            holder = next((p for p in persons if p.start >= m.end), None)
            if holder is not None and re.fullmatch(r"\)\s*,?\s*", doc_text(doc)[m.end : holder.start]):
                offices.setdefault(m.canonical, holder)
        return _DocState(doc, SentIndex(doc), mentions, [m.start for m in mentions], persons, orgs, offices=offices)

    def _platform(self, name: str) -> bool:
        return name.lower().strip() in self.vocab.platforms

    def _outlet(self, name: str) -> bool:
        """A news outlet: a name with a media word ("Iraqi News Agency") or one listed ("Al Jazeera", "CNN")."""
        found = self._outlets.get(name)
        if found is None:
            if len(self._outlets) > _OUTLETS_MAX:
                self._outlets.clear()  # (a long run over varied pages keeps memory flat)
            bare = re.sub(r"^the\s+|['’]s?$", "", " ".join(name.split()).lower())
            found = self._outlets[name] = bool(_MEDIA.search(name)) or bare in self.vocab.outlets
        return found

    @staticmethod
    def _outside_at(doc: Doc, char: int, outside: list[bool]) -> bool:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span is None or len(span) == 0 or outside[span[0].i]

    def _ner_persons(self, doc: Doc) -> list[_PersonMention]:
        """Person mentions from NER alone: titles stripped, surnames linked to the full name."""
        found: list[_PersonMention] = []
        full: list[str] = []
        ents = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
        for ent in ents:
            name, _ = _strip_titles(ent.text.replace("’s", "").replace("'s", ""), self.vocab)
            if len(name.split()) > 1:
                full.append(name)
        for ent in ents:
            name, role = _strip_titles(ent.text.replace("’s", "").replace("'s", ""), self.vocab)
            canonical = self._full_name(name, full)
            found.append(_PersonMention(
                ent.start_char, ent.end_char, canonical, None, role, self._subject_at(doc, ent.start_char, ent.end_char)
            ))
        return found

    @staticmethod
    def _full_name(name: str, full_names: list[str]) -> str:
        """The longest known full name that contains every token of ``name`` ("Godfrey" -> "John Godfrey")."""
        tokens = set(name.lower().split())
        best = name
        for cand in full_names:
            if tokens <= set(cand.lower().split()) and len(cand) > len(best):
                best = cand
        return best

    @staticmethod
    def _subject_at(doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        if root.dep_ in _SUBJECT_DEPS:
            return True
        main = root.sent.root
        if root.dep_ in ("npadvmod", "dep") and root.i < main.i and main.pos_ == "VERB" and not any(
                c.dep_ in _SUBJECT_DEPS for c in main.children):
            # "Standing next to him, Rex Tillerson, ..., seemed to back that approach": the parser hung the name
            # set off by commas on the opening participle and left the main verb without a subject; it acts
            return True
        return root.dep_ in ("compound", "appos", "flat") and root.head.dep_ in _SUBJECT_DEPS

    # ------------------------------------------------------------------ resolution helpers

    def _salient_person(self, st: _DocState, pos: int, pronoun: str | None = None) -> Speaker | None:
        """The most recent named person acting as a subject (or speaking) before ``pos``.

        Subjects beat mere mentions: in "He then met Secretary X. '...,' he said" the speaker is the
        earlier subject, not X. With no subject person at all, the last person named is used. A pronoun's
        gender, where the text marks a person's ("Spokeswoman X", "she" said of X before), rules out the
        other's: "she said" after "Spokeswoman Hauwa Ali ... Governor Zulum promised" is Hauwa Ali.
        """
        genders = self._genders(st)
        want = "f" if pronoun in _FEMALE_PRONOUNS else "m" if pronoun in _MALE_PRONOUNS else None

        def fits(name: str) -> bool:
            known = genders.get(name)
            return want is None or known is None or known == want

        if want == "f":
            # a woman the text marks as one, named before in the same paragraph: the others are most often men
            para = st.sindex.paragraph_at(pos)
            marked = [p for p in st.persons if p.start < pos and genders.get(p.canonical) == "f" and not p.quoted
                      and st.sindex.paragraph_at(p.start) == para]
            if marked:
                p = marked[-1]
                return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        best_pos, best = -1, None
        last_any: _PersonMention | None = None
        for p in st.persons:
            if p.start >= pos:
                break
            if not fits(p.canonical) or p.quoted or self._undergoes_before(st, p, pos) or self._named_outlet(st, p):
                continue
            last_any = p
            if p.is_subject and not self._reported_by_pronoun(st, p):
                best_pos, best = p.start, Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        for at, _, s in st.history:
            # a speaker beats a later subject of the same sentence: that one is inside what was reported
            # ("Parly said al-Sahrawi died following a raid. '...,' she tweeted" is Parly)
            reported = best_pos >= 0 and at <= best_pos and st.sindex.sent_at(at) == st.sindex.sent_at(best_pos)
            if s.is_person and (best_pos < at or reported) and at < pos and fits(s.name or ""):
                best_pos, best = max(at, best_pos), s
        if best is None and last_any is not None:
            best = Speaker(last_any.canonical, last_any.entity_id, last_any.role, is_person=True)
        return best

    @staticmethod
    def _named_outlet(st: _DocState, p: _PersonMention) -> bool:
        """A "person" named right after a media noun ("on national television, Télé Sahel"): an outlet the NER
        took for a person; it carried the statement, it did not say it."""
        return bool(_MEDIA_BEFORE.search(doc_text(st.doc)[max(0, p.start - 40) : p.start]))

    def _reported_by_pronoun(self, st: _DocState, p: _PersonMention) -> bool:
        """ "Shekau, he said, had not fallen into line" / "X and Y were both killed, she added": a person whose
        sentence a pronoun is reported to have said is what was said, not whom a later "he said" refers to."""
        span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        own = span.root.head
        v = self.vocab
        return any(t.lemma_.lower() in v.direct and t.pos_ == "VERB" and t is not own and any(
            c.dep_ == "nsubj" and c.lower_ in v.person_pronouns for c in t.children) for t in span.sent)

    @staticmethod
    def _undergoes_before(st: _DocState, p: _PersonMention, pos: int) -> bool:
        """ "Issa al-Sahraoui, ISGS' 'coordinator', ... were both killed, she added": a person the pronoun's own
        sentence has something done to (a passive's subject) is what was reported, not who reports it."""
        if st.sindex.sent_at(p.start) != st.sindex.sent_at(pos):
            return False
        span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ == "nsubjpass"

    def _genders(self, st: _DocState) -> dict[str, str]:
        """Persons whose gender the text marks: a female honorific or role word right before the name or in
        its role ("Ms.", "spokeswoman"), or a sentence that names only that person and then refers back with
        "she"/"her" (or "he"/"his"). Unmarked persons are left out (the pronoun then rules out nobody)."""
        if st.genders is not None:
            return st.genders
        text = doc_text(st.doc)
        found: dict[str, str] = {}
        for p in st.persons:
            if p.quoted:
                continue
            words = re.findall(r"[a-z]+", (p.role or "").lower()) + re.findall(
                r"[a-z]+", text[max(0, p.start - 14) : p.start].lower())[-2:]
            if _FEMALE_CUES.intersection(words):
                found[p.canonical] = "f"
        for sent in st.sindex.sents:
            # "X ... was killed, she added": the one something is done to is not the one the pronoun names
            inside = [p for p in st.persons if sent.start_char <= p.start < sent.end_char and not p.quoted
                      and not self._undergoes_before(st, p, p.start) and not self._reported_by_pronoun(st, p)]
            names = {p.canonical for p in inside}
            if len(names) != 1:
                continue
            name = names.pop()
            others = {p.canonical for p in st.persons if sent.start_char <= p.start < sent.end_char
                      and not p.quoted} - {name}
            # with someone else left out as what was reported, only a pronoun that speaks refers to the reporter:
            # in "Parly told RFI that al-Sahrawi was killed but that they waited for confirmation that he had been
            # killed" the "he" is al-Sahrawi, not Parly
            after = [t.lower_ for t in sent if t.idx >= inside[0].end and (
                not others or t.dep_ == "nsubj" and t.head.lemma_.lower() in self.vocab.direct)]
            if any(w in _FEMALE_PRONOUNS for w in after) and not any(w in _MALE_PRONOUNS for w in after):
                found.setdefault(name, "f")
            elif any(w in _MALE_PRONOUNS for w in after) and not any(w in _FEMALE_PRONOUNS for w in after):
                found.setdefault(name, "m")
        st.genders = found
        return found

    def _subject_above(self, st: _DocState, pronoun: Token) -> Speaker | None:
        """ "The army said it had killed X, whom it described as '...'": a group pronoun inside the clause a
        body's own verb governs stands for that body, before any body named earlier."""
        verb = pronoun.head
        for node in verb.ancestors:
            subject = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON"), None)
            if subject is not None and subject.i < pronoun.i:
                if pronoun.lower_ == "it" and subject.tag_ == "NNS":
                    # 'investigators found "...", it added' after "the FSB said": "it" is one body, never the
                    # plural the clause above has as its subject; the body that spoke before
                    return None
                found = self.resolve(st, subject)
                return found if found is not None and not found.is_person else None
        return None

    def _body_subject_before(self, st: _DocState, pronoun: Token) -> Speaker | None:
        """ "The Iraqi Security Media Cell announced the killing of ISIS militants. They said in a statement,
        '...'": a group pronoun opening its sentence continues the named body the sentence before had as its
        subject, not the group that sentence merely mentions."""
        sent = pronoun.sent
        if pronoun.dep_ != "nsubj" or any(t.is_alpha for t in sent if t.i < pronoun.i) or sent.start == 0:
            return None
        prev = st.doc[sent.start - 1].sent
        while prev.start > 0 and not prev.text.strip():
            prev = st.doc[prev.start - 1].sent  # a blank line the parser made a sentence of its own
        if doc_text(st.doc)[prev.end_char : sent.start_char].count("\n") > 2:
            return None  # not the paragraph before
        subject = next((c for c in prev.root.children if c.dep_ == "nsubj" or (
            c.dep_ == "nsubjpass" and pronoun.lower_ == "it" and c.lemma_.lower() in self.vocab.vehicles)), None)
        if subject is None or subject.pos_ == "PRON" or prev.root.pos_ not in ("VERB", "AUX"):
            return None
        found = self.resolve(st, subject)
        if (found is not None and found.name and found.is_person and pronoun.lower_ == "it"
                and subject.lemma_.lower() in self.vocab.vehicles):
            # "The statement was titled '...'. It read, '...'": "it" continues the document, whose issuer may
            # be the spokesman who put it out
            return found
        return found if found is not None and found.entity_id and not found.is_person else None

    def _recent_body(self, st: _DocState, pos: int, document: bool = False) -> Speaker | None:
        """The last non-person speaker within a few paragraphs, else the nearest organisation named before.
        With ``document`` ("the report said", no issuer named): else the last person who spoke, whose report
        it is ("analyst X said ... The report said"), before an organisation the text was only about."""
        para = st.sindex.paragraph_at(pos)
        recent = [s for at, at_para, s in reversed(st.history)
                  if at < pos and para - at_para <= ANAPHOR_PARAGRAPHS and s.name and not s.generic]
        for s in recent:
            if not s.is_person:
                return s
        if document and recent:
            return recent[0]
        sent = st.sindex.sent_at(pos)
        floor = st.sindex.sents[max(0, sent - 2)].start_char
        if document:
            # "The Army made the announcement on its handles ... According to the statement, ...": a document no
            # one was said to issue (or "the forces", "ground assessment") is the body a sentence just before had
            # acting as its subject, not the group or country that sentence was about ("where the ISWAP
            # terrorists were eliminated")
            wider = st.sindex.sents[max(0, sent - DOCUMENT_SENTENCES)].start_char
            for start, canonical, entity_id in reversed(st.orgs):
                if wider <= start < pos and self._acting_body(st, start):
                    return Speaker(canonical, entity_id)
        for start, canonical, entity_id in reversed(st.orgs):
            if floor <= start < pos and not self._passes_on(st, start):
                return Speaker(canonical, entity_id)
        return None

    @staticmethod
    def _passes_on(st: _DocState, start: int) -> bool:
        """The name at ``start`` only passes on what another issued: "a situation report ... cited by Diaspora
        Digital Media (DDM)", "a memo seen by Reuters" (the report is not the outlet's)."""
        span = st.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span[0]
        while tok.dep_ in ("compound", "appos", "flat", "amod", "nmod") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in _PASSED_ON

    def _acting_body(self, st: _DocState, start: int) -> bool:
        """The name at ``start`` is (inside) the active subject of its sentence's main verb: "The Army made the
        announcement", "Officers of the State Committee for National Security neutralized ...". An armed group
        not a state's acts so only when it speaks or claims ("The Islamic State group has claimed responsibility",
        not "Two members of the ISIS group surrendered to the forces")."""
        span = st.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span[0]
        while tok.dep_ in _NAME_DEPS + ("pobj", "prep", "appos") and tok.head is not tok:
            tok = tok.head
        verb = tok.head
        if not (tok.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and (
                verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
            return False
        mention = next((m for m in st.mentions if m.start == start), None)
        if mention is None or mention.type != "armed_group":
            return True
        state = mention.kb_id is not None and any(a.startswith("country:") for a in load_actor_kb().ancestors(
            mention.kb_id))
        return state or verb.lemma_.lower() in self.vocab.direct | _PUT_OUT

    def _mention_over(self, st: _DocState, start: int, end: int, head: Token) -> EntityMention | None:
        """The entity mention inside [start, end): a person first, then the one holding the head word."""
        # overlapping, not only inside: "The coalition's spokesperson" drops "The" from the phrase, while
        # the mention "The coalition" keeps it
        i = bisect.bisect_left(st.mention_starts, start - 64)
        inside = []
        while i < len(st.mentions) and st.mentions[i].start < end:
            if st.mentions[i].end > start:
                inside.append(st.mentions[i])
            i += 1
        if not inside:
            return None
        people = [m for m in inside if m.type == "person"]
        if people:
            return people[-1]
        holding = [m for m in inside if m.start <= head.idx < m.end]
        return holding[0] if holding else max(inside, key=lambda m: m.end - m.start)

    def _person_over(self, st: _DocState, start: int, end: int) -> _PersonMention | None:
        hit = [p for p in st.persons if p.start < end and p.end > start]
        return hit[-1] if hit else None

    @staticmethod
    def _phrase(head: Token) -> list[Token]:
        """The head noun with its left name-building modifiers ("the Pentagon's Lead Inspector General")."""
        left = head
        for child in head.lefts:
            if child.dep_ in _NAME_DEPS:
                left = child.left_edge if child.left_edge.i < left.i else left
                break
        tokens = [t for t in head.doc[left.i : head.i + 1] if t.dep_ != "det" or t.i != left.i]
        # appended name parts: "Myles Caggins III", "Acting US Special Envoy John Godfrey"
        for child in head.rights:
            if child.dep_ in ("flat", "compound") or (child.ent_type_ == "PERSON" and child.dep_ != "appos"):
                tokens.extend(head.doc[head.i + 1 : child.right_edge.i + 1])
            else:
                break
        # a capitalised name that goes on with "of"/"for" and more capitalised words the NER missed: "the
        # Movement for the Salvation of Azawad said"
        named = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        if head.is_title and named is not None and named.i == head.i + 1 and _capitalised_name(named):
            tokens.extend(head.doc[head.i + 1 : named.right_edge.i + 1])
        # a phrase never runs across a line break (headline and caption lines are separate units)
        while any(t.is_space for t in tokens):
            tokens = tokens[[t.is_space for t in tokens].index(True) + 1 :]
        tokens = QuoteExtractor._after_dateline(tokens)
        return [t for t in tokens if not (t.is_punct and t.text not in ".-")] or [head]

    @staticmethod
    def _after_dateline(tokens: list[Token]) -> list[Token]:
        """The phrase without a dateline the parser folded into it ("VIENNA, Nov 3 — Austrian police")."""
        if not tokens:
            return tokens
        dl_end = _dateline_end(doc_text(tokens[0].doc), tokens[-1].idx)
        return [t for t in tokens if t.idx >= dl_end] or tokens

    @staticmethod
    def _person_before_description(st: _DocState, head: Token) -> Speaker | None:
        """"For Jamal X, another Sunni figure writing on Twitter, the ambush '...'" parsed with the description as
        the subject: an indefinite description right after a person's name and a comma is that person's."""
        if head.pos_ != "NOUN" or head.tag_ == "NNS" or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
            return None
        first = head.left_edge
        if first.i == 0 or head.doc[first.i - 1].text != "," or any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in head.doc[first.i : head.i]):
            return None
        comma = head.doc[first.i - 1].idx
        person = next((p for p in st.persons if p.end == comma), None)
        if person is None or st.sindex.sent_at(person.start) != st.sindex.sent_at(head.idx):
            return None
        return Speaker(person.canonical, person.entity_id, person.role, is_person=True)

    def _document_opening(self, st: _DocState, head: Token) -> Speaker | None:
        """"A statement from X, Director of Public Relations, Nigerian Air Force said ...": the parser left the
        document noun opening the clause hanging on the verb and made the body closing the set-off the subject;
        the issuer the document names speaks, not the body in the issuer's title."""
        verb = head.head
        if head.dep_ not in _SUBJECT_DEPS or verb is head or verb.pos_ != "VERB":
            return None
        doc_noun = next((c for c in verb.children if c.dep_ in ("dep", "nsubj") and c.i < head.i and c is not head
                         and c.lemma_.lower() in self.vocab.bodies and c.pos_ == "NOUN"), None)
        if doc_noun is None or any(t.pos_ in ("VERB", "AUX") for t in head.doc[doc_noun.i : head.i]):
            return None
        return self._issuer(st, doc_noun)

    def _verb_taken_for_head(self, head: Token) -> Token | None:
        """ "a statement released by the Defence HQ read,": the parser took the lower-case speech verb right
        after a capitalised name for that name's head noun ("Defence HQ read"); the name ends at the word
        before it, which is what speaks. A verb ends its clause there, before a comma or colon; a document noun
        ("a Monday tweet from ...") is what it is."""
        lemma = head.lemma_.lower()
        if not head.is_lower or head.pos_ == "PROPN" or lemma not in self.vocab.direct or lemma in self.vocab.vehicles:
            return None
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if nxt is not None and not (nxt.is_punct or nxt.is_space):
            return None
        last = next((c for c in head.lefts if c.i == head.i - 1 and c.dep_ in ("compound", "nmod")), None)
        if last is None or not (last.pos_ == "PROPN" or last.is_upper):
            return None
        return last

    def _member_named_before(self, st: _DocState, head: Token) -> Speaker | None:
        """ "that United Nations agency", "the UN agency's latest report" after "the International Organisation for
        Migration": a definite body noun under a parent organisation's name refers back to the body of that
        parent the text named before (the IOM), not to the parent."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.vocab.body_descriptions or not any(
                c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children):
            return None
        names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        lo = min(c.left_edge.idx for c in names)
        parent = next((m for m in st.mentions if m.start <= lo < m.end and m.end <= head.idx
                       and m.type == "organization" and m.kb_id), None)
        if parent is None or parent.kb_id is None:
            return None
        # only a body the knowledge base puts under that parent: "the UN mission" after a ministry is still the UN's
        kb = load_actor_kb()
        para = st.sindex.paragraph_at(head.idx)
        for m in reversed(st.mentions):
            if m.start >= parent.start or para - st.sindex.paragraph_at(m.start) > ANAPHOR_PARAGRAPHS:
                continue
            if m.kb_id is not None and parent.kb_id in kb.ancestors(m.kb_id):
                return Speaker(m.canonical, m.entity_id)
        return None

    def _appos_role(self, head: Token) -> str | None:
        for child in head.rights:
            if child.dep_ == "appos":
                words = [t for t in child.subtree if t.i <= child.i or t.dep_ in ("compound", "amod")]
                return " ".join(t.text for t in words).strip(" ,") or None
        return None

    def resolve(self, st: _DocState, head: Token) -> Speaker | None:
        """The speaker a subject token stands for, or None when it cannot be said."""
        v = self.vocab
        low, lemma = head.lower_, head.lemma_.lower()
        name_end = self._verb_taken_for_head(head)
        if name_end is not None:
            return self.resolve(st, name_end)
        set_off = self._person_before_description(st, head)
        if set_off is not None:
            return set_off
        opening = self._document_opening(st, head)
        if opening is not None:
            return opening
        # (or its document: "the United Nations agency's latest report")
        member = self._member_named_before(st, head) or next(
            (m for c in head.lefts if c.dep_ == "poss" for m in [self._member_named_before(st, c)] if m), None)
        if member is not None:
            return member
        if low in v.person_pronouns:
            # '"...," he said.' opening a story, with the speaker named only after: "Defence Minister X made
            # the remarks in Abuja"
            return self._salient_person(st, head.idx, low) or self._subject_after(st, head)
        if low in v.group_pronouns:
            return (self._subject_above(st, head) or self._body_subject_before(st, head)
                    or self._recent_body(st, head.idx) or self._salient_person(st, head.idx))
        if low == "old" and any(c.lower_ in ("year", "years") for c in head.children) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # '"...," said the 54-year-old': a definite age stands for the person just named, like "he"
            return self._salient_person(st, head.idx)
        if low in ("who", "that") and head.head.dep_ == "relcl" and head.head.head is not head.head:
            # "confirmed by X, president of ..., who specifies that the assailants '...'": the one the
            # relative clause is about, the office "of the local civil society" names going with its holder
            node = head.head.head
            while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head is not node.head:
                node = node.head.head
            node = node.head if node.dep_ == "appos" else node
            if node.pos_ == "NOUN" and not self._speaker_noun(node) and not any(
                    m.start <= node.idx < m.end for m in st.mentions):
                # 'condemned the "barbaric acts" that claimed the lives of "innocent people"': a thing the
                # clause is about claims nothing, the verb above says who spoke
                return None
            return self.resolve(st, node)
        if head.pos_ == "PRON" and head.text[:1].isupper() and low not in STOP_WORDS and any(
                c in head.text for c in "'’"):
            # "M'tumuke said": the tagger took a name with an apostrophe for a pronoun; it is a name
            return self._named(st, [head], head, role=None)
        if head.pos_ == "PRON":
            if low == "the" and head.i + 1 < len(head.doc):
                # "The IS said via its propaganda arm": the parser took the acronym "IS" for an auxiliary and
                # "The" for the subject; the body named right after the article speaks
                nxt = head.doc[head.i + 1]
                body = next((m for m in st.mentions if m.start == nxt.idx and m.type != "person"), None)
                if body is not None:
                    return Speaker(body.canonical, body.entity_id)
            return None
        if head.pos_ == "NOUN" and lemma in v.things:
            return None  # an event or a state of affairs is talked about; the verb above may say by whom
        if head.idx < _dateline_end(doc_text(st.doc), head.idx):
            # the parser made the dateline's city the subject ("ERBIL, Kurdistan Region - The United States
            # announced"; "MOSCOW (Wire) Russia's FSB said"): the speaker is the phrase after the dateline
            dl_end = _dateline_end(doc_text(st.doc), head.idx)
            after = [c for c in head.children if c.dep_ in ("appos", "conj") and c.idx >= dl_end]
            # or the verb has a second subject after the dateline ("ERBIL, Region - The police said")
            after += [c for c in head.head.children if c.dep_ in _SUBJECT_DEPS and c.idx >= dl_end]
            return self.resolve(st, after[0]) if after else None
        arm = self._media_arm(st, head)
        if arm is not None:
            return arm
        possessed = (self._possessed_body(st, head) or self._vehicle_owner(st, head) or self._countrys_force(st, head)
                     or self._voice_owner(st, head))
        if possessed is not None:
            return possessed
        spokesman = self._role_named_last(st, head)
        if spokesman is not None:
            return spokesman
        tokens = self._phrase(head)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        member = self._member_of_group(st, head, tokens)
        if member is not None:
            return member
        for child in head.rights:
            # "President X's deputy chief of staff, Mohammad Jamshidi, claimed": the person in apposition
            # speaks, not the one the description names as a possessor
            if child.dep_ == "appos" and head.pos_ != "PROPN" and head.ent_type_ != "PERSON":
                person = self._person_over(st, child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
                if person is not None and person.start >= end:
                    return Speaker(person.canonical, person.entity_id,
                                   " ".join(doc_text(st.doc)[start:end].split()) or person.role, is_person=True)
                apposed = self._appositive_name(st, head, child) if person is None else None
                if apposed is not None:
                    return Speaker(apposed, None, " ".join(doc_text(st.doc)[start:end].split()), is_person=True)
        if lemma in v.anaphors or lemma in v.role_words:
            # "The president of Vienna's Jewish community Oskar Deutsch said": a name closing the subject
            # phrase, right after the office, is the one who holds it
            edge = head.right_edge
            sub_end = edge.idx + len(edge.text)
            person = self._person_over(st, head.idx + len(head.text), sub_end)
            if person is not None and person.end == sub_end and person.start > head.idx:
                role = " ".join(doc_text(st.doc)[start : person.start].split()).strip(" ,") or person.role
                return Speaker(person.canonical, person.entity_id, role, is_person=True)
            named = self._named_after_comma(st, head, sub_end)
            if named is not None:
                role = " ".join(doc_text(st.doc)[start : named.start].split()).strip(" ,") or named.role
                return Speaker(named.canonical, named.entity_id, role, is_person=True)
            ranked = self._ranked_name_after(st, head)
            if ranked is not None:
                return ranked
        person = self._person_over(st, start, end)
        if person is not None:
            lead = doc_text(st.doc)[start : max(start, person.start)].strip(" ,")
            _, inner_role = _strip_titles(doc_text(st.doc)[person.start : person.end], v)
            role = lead or inner_role or self._appos_role(head) or person.role
            return Speaker(person.canonical, person.entity_id, role, is_person=True)
        for child in head.subtree:
            # "Security analyst and counter-insurgency expert in Lake Chad, Zagazola Makama, said": the
            # description is the role, the person in apposition (the parser may hang it on "Chad") speaks
            if child.dep_ == "appos" and child.i > head.i and not _inside_clause(child, head):
                person = self._person_over(st, child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
                if person is not None:
                    return Speaker(person.canonical, person.entity_id, " ".join(doc_text(st.doc)[start:end].split()),
                                   is_person=True)
                # "the coordinator of the civil society of Mambasa, Marie-Noëlle Anotane asks": a name the NER
                # missed, closing the office's subject right before its verb, holds the office
                apposed = self._appositive_name(st, head, child, closes_subject=True) if lemma in v.anaphors else None
                if apposed is not None:
                    return Speaker(apposed, None, " ".join(doc_text(st.doc)[start:end].split()), is_person=True)
        proper = [t for t in tokens if t.i < head.i and t.ent_type_ not in ("DATE", "TIME")
                  and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP"))  # not "a Monday tweet"
                  and not _leads_it(t)]
        owner = self._mention_over(st, start, end, head) if lemma in v.anaphors else None
        # "a local official told AFP", "another commander said": someone new and unnamed, never a back-reference
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                         for c in head.children)
        # "The Syrian security official said": a nationality after "the" names no one new, it refers back
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        # "the Prime Minister added": the first word of a two-word office is no name, it refers back as well
        # and "the Deputy Prime Minister stated" is no name either: every word from it to the head is an office's
        naming = [t for t in proper if not (definite and t.ent_type_ == "NORP")
                  and not (t.i == head.i - 1 and f"{t.lower_} {head.lower_}" in v.titles)
                  and not (definite and self._office_run(t, head))]
        owned_by = self._possessive_owner(st, head)
        if owned_by is not None:
            return owned_by
        if lemma in v.anaphors and head.tag_ != "NNS" and definite and naming and (
                owner is None or owner.type != "person") and all(
                t.ent_type_ in ("ORG", "NORP", "GPE") for t in naming):
            # "The battle-hardened UPDF general further confirmed" after "Maj Gen Dick Olum said": a body or
            # country before a definite office says whose office it is; the holder named before speaks
            holder = self._role_holder_before(st, head)
            if holder is not None:
                return holder
        if lemma in v.anaphors and head.tag_ != "NNS" and (owner is None or owner.type != "person"):
            # "Iraq's prime minister said" after "Prime Minister Mohammed Shia al-Sudani visited": a country's or
            # body's office is its holder named before (or in the next sentences), not the country
            holder = self._possessed_office(st, head)
            if holder is not None:
                return holder
        if lemma in v.anaphors and head.tag_ != "NNS" and not naming and owner is None and not indefinite:
            if head.dep_ in _SUBJECT_DEPS and head.head.idx > head.idx:
                # "The chairman of the African Union, Mahamoud Ali Youssouf said" with the name parsed
                # outside the subject: the person named between the office and its verb holds it
                between = [p for p in st.persons if head.idx < p.start and p.end <= head.head.idx]
                if between:
                    p = between[-1]
                    return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
            # "the spokesman said" after "Army spokesman Col. X said the attacker, Y, ...": the person who holds
            # that office, not the last person named; then an unnamed holder who spoke before ("The police
            # commissioner said ... the commissioner added"), then the last person acting
            # then one named holding the office just after ('"...," the minister said. Defence Minister X
            # visited the troops') before the last person acting, whose role may be another office
            # with no one acting before, an unnamed spokesman of a body given by its noun ("the army
            # spokesperson") is that body speaking through its office
            of = next((g for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for g in c.children if g.dep_ == "pobj"), None)
            office_speaks = _office_key(lemma) == "spokesman"
            return (self._role_holder_before(st, head) or self._described_before(st, head)
                    or self._holder_after(st, head) or self._salient_person(st, head.idx)
                    or (self._spokesman_of_described(st, head, of) if office_speaks else None)
                    or self._described(st, head, tokens))
        if lemma in v.bodies:
            if proper:
                return self._named(st, proper, head, role=None)
            holder = self._body_holding(st, head, tokens)
            if holder is not None:
                return holder
            issuer = self._issuer(st, head) or self._earlier_issuer(st, head)
            if issuer is not None:
                return issuer
            return (self._recent_body(st, head.idx, document=True)
                    or Speaker(_clean_org(" ".join(t.text for t in tokens))))
        if lemma in v.vehicles and not proper:
            # "a Monday tweet from Operation Inherent Resolve", "a message posted by the group"
            issuer = self._issuer(st, head)
            if issuer is not None:
                return issuer
        if lemma in v.role_words and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
            # "his spokesman said": the person's office speaks for the person
            found = self._salient_person(st, head.idx)
            if found is not None:
                return Speaker(found.name, found.entity_id, found.role, is_person=True)
        if lemma == "source" and head.tag_ == "NN" and [c.lower_ for c in head.lefts] == ["the"]:
            # '"...," the source reported' after '"...," Peshmerga officer X told the agency': the definite source
            # is the person who just spoke (an unnamed one stays unnamed; a body is no source)
            para = st.sindex.paragraph_at(head.idx)
            last = next(((at, s) for at, at_para, s in reversed(st.history)
                         if at < head.idx and para - at_para <= CONTINUATION_PARAGRAPHS and s.name), None)
            # (quoted in its own words: a person only reported, "a local leader ... said the gunmen stormed", may be
            # a word the NER took for a name)
            if last is not None and last[0] not in st.reported_at and (last[1].is_person or self._unnamed(last[1])):
                return last[1]
        if lemma in v.role_words:
            described = " ".join(doc_text(st.doc)[start:end].split())
            # "a spokesperson for the Armed Forces" says whose office it is as "of" does
            of = next((g for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for g in c.children if g.dep_ == "pobj"), None)
            owner = self._mention_over(st, of.left_edge.idx, of.idx + len(of.text), of) if of is not None else None
            if owner is not None and owner.type in ("organization", "armed_group"):
                # "the Political Directors of the Global Coalition": the body speaks through them
                return Speaker(owner.canonical, owner.entity_id, head.text.lower())
            mention = self._mention_over(st, start, end, head)
            if mention is not None and mention.type != "person":
                # "a coalition spokesman": the body speaks, the role says through whom
                return Speaker(mention.canonical, mention.entity_id, described.lower())
            if mention is not None or any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in proper):
                return self._named(st, proper or tokens, head, role=head.text.lower())
            if _office_key(lemma) == "spokesman" and head.tag_ != "NNS":
                # "A spokesman for the armed forces confirmed:" after "Army Spokesman Colonel X said": no other
                # spokesman is named, so the one the text named before (the conventions name the spokesman)
                holder = self._role_holder_before(st, head)
                if holder is not None:
                    return holder
                spoken_for = self._spokesman_of_described(st, head, of)
                if spoken_for is not None:
                    return spoken_for
            # "an Iraqi security official": unnamed, so the description is the speaker
            return Speaker(_clean_org(described), None, head.text.lower(), generic=head.tag_ == "NNS")
        held = self._office_holder(st, head, tokens)
        if held is not None:
            return held
        if proper and not naming:
            # "the Russian intelligence service stated" after "Russia's Federal Security Service said": a
            # nationality and a common noun refer back to the body named before whose name holds the noun
            earlier = self._body_named_before(st, head)
            if earlier is not None:
                return earlier
        as_described = self._named(st, tokens, head, role=None, appos=self._appos_role(head))
        if lemma in v.group_descriptions and not proper and not as_described.entity_id and any(
                c.dep_ == "relcl" for c in head.children):
            # "the militant group, which Boko Haram pledged allegiance to, explained": the group described is one
            # named before the description, not one its own relative clause names on the way to the verb
            return self._settle(st, as_described, head.idx)
        return as_described

    def _spokesman_of_described(self, st: _DocState, head: Token, of: Token | None) -> Speaker | None:
        """An unnamed spokesman of a body the text gives only by its noun ("a spokesman for the department",
        "the army spokesperson"): the body that noun stands for, as "the department said" would be, speaking
        through its spokesman (the conventions credit the body when its spokesman goes unnamed)."""
        v = self.vocab
        nouns = v.body_descriptions | v.bare_body_nouns
        described = of if of is not None and of.lemma_.lower() in nouns and all(
            c.dep_ == "det" and c.lower_ == "the" for c in of.children) else None
        if described is None:
            described = next((c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"
                              and c.lemma_.lower() in nouns and c.lemma_.lower() not in v.vehicles), None)
            if described is None or any(c.pos_ != "NOUN" for c in described.subtree):
                return None
        if described.lemma_.lower() in v.vehicles:
            return None
        phrase = " ".join(t.lower_ for t in described.subtree if t.dep_ != "det")
        settled = self._settle(st, Speaker(phrase), head.idx)
        if settled is None or not settled.name or settled.name.lower() == phrase or not settled.name[:1].isupper():
            return None
        return Speaker(settled.name, settled.entity_id, head.lower_, is_person=False)

    def _possessive_owner(self, st: _DocState, head: Token) -> Speaker | None:
        """ "U.N. Secretary-General X was shocked by the '...', his spokesman said": an office owned by "his" or "her"
        speaks for the person its own sentence names before it, even one the sentence has something done to (what
        "he said" would skip as what was reported); the spokesman speaks for the owner, not the last one to act."""
        if head.lemma_.lower() not in self.vocab.role_words or head.tag_ == "NNS":
            return None
        poss = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None:
            return None
        sent = head.sent
        genders = self._genders(st)
        want = "f" if poss == "her" else "m"
        named = [p for p in st.persons if sent.start_char <= p.start and p.end <= head.idx and not p.quoted
                 and genders.get(p.canonical, want) == want]
        if len({p.canonical for p in named}) != 1:
            return None  # none, or two the pronoun may stand for: the rules after decide
        p = named[-1]
        return Speaker(p.canonical, p.entity_id, p.role, is_person=True)

    def _member_of_group(self, st: _DocState, head: Token, tokens: list[Token]) -> Speaker | None:
        """ "The senior ISIS operative further detailed": a definite member noun qualified by an armed group's name
        is the member the story named before, not the group (speech.toml: members)."""
        if head.lemma_.lower() not in self.vocab.members or head.tag_ == "NNS" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if not any(m.type == "armed_group" and tokens[0].idx <= m.start and m.end <= head.idx
                   for m in st.mentions):
            return None
        return self._salient_person(st, head.idx)

    def _appositive_name(self, st: _DocState, head: Token, appos: Token, closes_subject: bool = False) -> str | None:
        """ "Tchoukou Telia's deputy prefect, Haki Djiddi, said" with the NER taking the name for a body: an
        office's description (a common noun that names no body, group or document) set off by a comma before a
        name of two to four capitalised words that no knowledge base knows as a body is that person's office."""
        v, lemma = self.vocab, head.lemma_.lower()
        # (a singular office that also names collective or unnamed speakers, "leader" as in "the leaders said" or
        # "a community leader said", is still one person's office when a name stands in apposition: "the Sector
        # leader of the vigilantes, Modu Bana, said")
        if head.pos_ != "NOUN" or head.tag_ == "NNS" or lemma in (
                v.body_descriptions | v.group_descriptions | v.bare_body_nouns | v.vehicles | v.things | v.voices
                | _FORCE_WORDS | ((v.bodies | v.unnamed_people) - v.anaphors)):
            return None
        words = [t for t in appos.subtree if not t.is_punct or t.text == "-"]
        if not words or words[-1].i != appos.i:
            return None
        # a hyphenated given name ("Marie-Noëlle") is one word of the name in three tokens
        name_words = [t for t in words if t.text != "-"]
        if not 2 <= len(name_words) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name_words):
            return None
        if st.doc[words[0].i - 1].text != "," or words[-1].i + 1 >= len(st.doc):
            return None
        at_verb = closes_subject and head.dep_ == "nsubj" and words[-1].i + 1 == head.head.i
        if st.doc[words[-1].i + 1].text != "," and not at_verb:
            return None  # set off by commas on both sides, as an apposition is (or closing the subject)
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        if any(m.start < hi and lo < m.end and (m.kb_id or m.type not in ("organization", "person"))
               for m in st.mentions):
            return None  # a known body, a country or a place in apposition, not a person
        if load_actor_kb().lookup(doc_text(st.doc)[lo:hi]) is not None:
            return None
        return doc_text(st.doc)[lo:hi]

    def _speaker_noun(self, tok: Token) -> bool:
        """Whether a common noun can name a speaker: an office, a body, a group, a document, someone unnamed."""
        v, lemma = self.vocab, tok.lemma_.lower()
        return any(lemma in words or tok.lower_ in words for words in (
            v.anaphors, v.bodies, v.role_words, v.title_words, v.group_descriptions, v.body_descriptions,
            v.bare_body_nouns, v.vehicles, v.unnamed_people, v.said_nouns))

    def _office_run(self, tok: Token, head: Token) -> bool:
        """Whether the words from ``tok`` up to ``head`` are all words of offices ("Deputy Prime" before
        "Minister"), none a country or body ("U.S.", "Army"): a description of an office, not a name."""
        words = head.doc[tok.i : head.i]
        return len(words) > 0 and all(w.lower_ in self.vocab.title_words and w.lower_ not in _BODY_TITLE_WORDS
                                      and w.ent_type_ not in ("GPE", "NORP", "ORG") for w in words)

    @staticmethod
    def _body_named_before(st: _DocState, head: Token) -> Speaker | None:
        word = head.lemma_.lower()
        for m in sorted(st.mentions, key=lambda m: m.start, reverse=True):
            if m.start < head.idx and m.type in ("organization", "armed_group") and word in {
                    w.lower() for w in m.canonical.split()}:
                return Speaker(m.canonical, m.entity_id)
        return None

    def _office_holder(self, st: _DocState, head: Token, tokens: list[Token]) -> Speaker | None:
        """"the CP said" after "Commissioner of Police, CP Yusuf Lawal, confirmed": a bare "the X", X an office's
        abbreviation that stood right before or in the role of a person named earlier, is that person."""
        if len(tokens) > 2 or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if not (head.text.isupper() and head.text.isalpha() and 2 <= len(head.text) <= 5):
            return None  # an office's abbreviation ("the CP", "the GOC"), not a body ("the Army", "the ministry")
        # a body's acronym is no office a word before a name gives ("the SDF said" after "According to an SDF
        # statement, Ali entered"); only the person's role or the office written out can make it one
        body = any(m.start <= head.idx < m.end and m.type in ("organization", "armed_group") for m in st.mentions)
        if body and self._spelled_body(st, head.text, head.idx) is not None:
            return None  # "according to the ODNI" after "The Office of the Director of National Intelligence lists X"
        word = head.lower_
        text = doc_text(st.doc)
        for p in reversed(st.persons):
            if p.start >= head.idx:
                continue
            before = re.findall(r"[\w.]+", text[max(0, p.start - 40) : p.start])[-3:]
            role = re.findall(r"[\w.]+", p.role or "")
            if word in {w.lower().strip(".") for w in role + ([] if body else before)}:
                return Speaker(p.canonical, p.entity_id, p.role or head.text, is_person=True)
            # "the CDS added" after "the Chief of Defence Staff, Gen. Christopher Musa": the abbreviation is
            # the initials of the office written out before the name (or of the role the person was given)
            phrases = re.split(r"[,(]", text[max(0, p.start - 80) : p.start])[-2:] + [p.role or ""]
            for phrase in phrases:
                capitals = "".join(w[0] for w in re.findall(r"[A-Za-z]+", phrase)
                                   if w[0].isupper() and w not in ("The", "A", "An"))
                if capitals.lower() == word:
                    return Speaker(p.canonical, p.entity_id, p.role or head.text, is_person=True)
        return None

    def _named_after_comma(self, st: _DocState, head: Token, sub_end: int) -> _PersonMention | None:
        """"according to the governor of Cabo Delgado, Valige Tauabo, who ...": the person named after a comma
        that closes the office's description (titles may stand between), inside the office's phrase. A name
        inside the description ("the spokesman of President X, Y") is whose office it is, not who holds it."""
        text = doc_text(st.doc)
        after = head.idx + len(head.text)
        # the parser may hang the name on the verb or preposition instead ("according to the governor of
        # the province, X" with X a second object of "according"): the sentence bounds it then
        stop = max(sub_end, head.sent.end_char)
        for p in st.persons:
            if p.start < after:
                continue
            if p.start >= stop:
                break
            between = text[after : p.start]
            if "\n" in between or len(between) > 80 or "," not in between:
                continue
            inside = st.doc.char_span(after, p.start, alignment_mode="contract")
            if inside is not None and any(t.pos_ in ("VERB", "AUX") for t in inside):
                return None  # a clause, not the office's description, stands between
            lead = between.rsplit(",", 1)[1].split()
            if all(w.lower().strip(".,") in self.vocab.title_words or w.lower() in self.vocab.title_words
                   for w in lead):
                return p
            return None
        return None

    def _ranked_name_after(self, st: _DocState, head: Token) -> Speaker | None:
        """ "A statement by the Director, Army Public Relations, Brig-Gen Onyema Nwachukwu, said" with the name
        the NER missed: an office followed, between commas, by its body and then a rank and a capitalised name
        of two to four words is that person's office."""
        text = doc_text(st.doc)
        after = head.idx + len(head.text)
        line_end = text.find("\n", after)
        stop = min(head.sent.end_char, line_end if line_end >= 0 else len(text))
        parts = text[after:stop].split(",")
        if len(parts) < 3 or parts[0].strip():
            return None
        for part in parts[1:4]:
            words = part.split()
            if not words or not all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the") for w in words):
                return None  # a clause, not the office's description, stands between
            ranks = 0
            while ranks < len(words) and all(
                    w.lower().strip(".") in self.vocab.title_words and w.lower().strip(".") not in _NOT_RANKS
                    for w in re.split(r"[-.]+", words[ranks].strip(".")) if w):
                ranks += 1
            name = words[ranks:]
            if ranks and 2 <= len(name) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in name):
                full = " ".join(name)
                role = " ".join(text[head.idx : text.index(part, after)].split()).strip(" ,")
                return Speaker(full, None, role, is_person=True)
        return None

    def _role_named_last(self, st: _DocState, head: Token) -> Speaker | None:
        """"The Iraqi Ministry of Migration and Displacement Spokesperson Ali Abbas Jahangir told ..." parsed with
        "Ministry" as the subject: the person named last in the subject, right before the verb, after a role
        word, speaks for the body (the body's words come out of that person's mouth)."""
        verb = head.head
        if head.dep_ not in _SUBJECT_DEPS or verb.idx <= head.idx or head.ent_type_ == "PERSON":
            return None
        text = doc_text(st.doc)
        # the bare name, not the titled phrase that ends with it ("Spokesperson Ali Abbas Jahangir")
        closing = [p for p in st.persons if head.idx < p.start and p.end <= verb.idx
                   and not text[p.end : verb.idx].strip(" ,")]
        if not closing:
            return None
        person = max(closing, key=lambda p: p.start)
        between = st.doc.char_span(head.idx, person.start, alignment_mode="contract")
        if between is None or "\n" in between.text or any(t.pos_ in ("VERB", "AUX") for t in between):
            return None
        v = self.vocab
        if not any(t.lemma_.lower() in v.role_words or t.lemma_.lower() in v.anaphors for t in between):
            return None
        role = " ".join(text[head.left_edge.idx : person.start].split()).strip(" ,") or person.role
        return Speaker(person.canonical, person.entity_id, role, is_person=True)

    def _vehicle_owner(self, st: _DocState, head: Token) -> Speaker | None:
        """"The coalition statement expressed ...", "the army's statement said": a statement whose modifier
        names a body is that body's, before any body quoted earlier."""
        if head.lemma_.lower() not in self.vocab.vehicles:
            return None
        for child in head.children:
            if child.dep_ not in ("compound", "nmod", "poss") or child.pos_ == "PRON" or child.i > head.i:
                continue
            named = next((m for m in st.mentions if m.start <= child.idx < m.end and m.type != "person"), None)
            if named is not None and self._platform(named.canonical):
                continue  # "Macron's Twitter statement": where the statement was posted, not whose it is
            if named is not None:
                return Speaker(named.canonical, named.entity_id)
            actor = load_actor_kb().lookup(child.text)
            if actor is not None and actor.type != "country":
                return Speaker(actor.canonical, None)
            noun = child.lemma_.lower()
            if child.pos_ == "NOUN" and (noun in self.vocab.body_descriptions or noun in self.vocab.bare_body_nouns):
                # "the Spanish ministry's statement read": the ministry speaks (settled on the one named before),
                # not its nationality word
                words = [t for t in child.subtree if t.dep_ not in ("case", "det") and t.i <= child.i]
                return Speaker(_clean_org(" ".join(t.text for t in words)))
        return None

    def _possessed_body(self, st: _DocState, head: Token) -> Speaker | None:
        """"the American military's Central Command (CENTCOM) said" parsed with "military" as the subject
        of "'s": the body named right after the possessive speaks, not its owner."""
        doc = st.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("’s", "'s"):
            return None
        after = doc[head.i + 2]
        i = bisect.bisect_left(st.mention_starts, after.idx)
        if i < len(st.mentions) and st.mentions[i].start == after.idx and st.mentions[i].type in (
                "organization", "armed_group"):
            m = st.mentions[i]
            return Speaker(m.canonical, m.entity_id)
        return None

    def _voice_owner(self, st: _DocState, head: Token) -> Speaker | None:
        """"The SDF's Media Center said", "the media service of the forces said", "the group's mouthpiece": a
        body's media office speaks for the body written as its owner (speech.toml: voices)."""
        v = self.vocab
        lemma = head.lemma_.lower()
        if lemma not in v.voices:
            return None
        if lemma != "mouthpiece" and not any(c.dep_ in ("compound", "amod") and c.lower_ in v.voice_qualifiers
                                             for c in head.children):
            return None
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in v.voice_qualifiers
               for c in head.children):
            # "the group's Amaq media wing": the office has a name of its own, and it speaks; written as one
            # capitalised name with no owner's "'s" ("SDF Media Center said"), the whole name speaks, not the
            # body its first word names
            named_office = head.is_title and not any(c.dep_ == "poss" for c in head.children) and any(
                c.dep_ == "compound" and c.lower_ in v.voice_qualifiers and c.is_title for c in head.children)
            if named_office:
                tokens = self._phrase(head)
                lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
                if not any(m.start <= lo and hi <= m.end for m in st.mentions):
                    return Speaker(_clean_org(" ".join(t.text for t in tokens)))
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:
            # "the media service of the forces", "the media center for the US-backed Syrian Democratic Forces"
            owner = next((g for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
                          for g in c.children if g.dep_ == "pobj"), None)
        if owner is None:
            return None
        # the owner's own mention (the NER may have taken "The SDF's Media Center" as one name)
        lo, hi = owner.left_edge.idx, owner.idx + len(owner.text)
        # the mention holding the owner's head word before one in its modifiers ("the US-backed Syrian Democratic
        # Forces" is the SDF, not the United States that backs them)
        inside = [m for m in st.mentions if lo <= m.start and m.end <= hi and m.type != "person"]
        named = next((m for m in inside if m.start <= owner.idx < m.end), None) or next(iter(inside), None)
        if named is not None:
            return Speaker(named.canonical, named.entity_id)
        actor = load_actor_kb().lookup(doc_text(st.doc)[lo:hi])
        if actor is not None and actor.type != "country":
            return Speaker(actor.canonical, None)
        if owner.pos_ == "NOUN":
            # "of the forces", "the military's": a description the document settles on the body named before
            return Speaker(_clean_org(" ".join(t.text for t in self._phrase(owner))))
        owner_name = [t for t in self._phrase(owner) if t.dep_ != "det"]
        if owner.pos_ == "PROPN" and len(owner_name) >= 2 and all(t.is_title for t in owner_name):
            # "Bunyan Marsus's media office": a capitalised name of two words or more the knowledge base does not
            # know is still the body's name, and the body speaks (a bare "Army's" is left to the rules below)
            return Speaker(_clean_org(" ".join(t.text for t in owner_name)))
        return None

    def _media_arm(self, st: _DocState, head: Token) -> Speaker | None:
        """A body's named news or propaganda office speaks itself (speech.toml: media_arms): named in the speaker's
        phrase ('"...," the group's propaganda outlet Amaq said', "reported the ISIS-affiliated Amaq news agency"),
        or referred back to by its kind of noun after the text named it ("The mouthpiece said" after "the IS' Amaq
        news agency claimed"), or the office the knowledge base gives the owner written before the noun ("the
        military's media wing" of Pakistan's armed forces)."""
        v = self.vocab
        if not v.media_arms:
            return None
        tokens = self._phrase(head)
        lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        # the phrase and a name in apposition to its head ("the group's propaganda outlet Amaq said")
        for appos in (c for c in head.rights if c.dep_ == "appos" and c.i == head.i + 1):
            hi = max(hi, appos.right_edge.idx + len(appos.right_edge))
        arms = [m for m in st.mentions if m.kb_id in v.media_arms and m.start < hi]
        inside = [m for m in arms if m.end > lo]
        if inside:
            return Speaker(inside[-1].canonical, inside[-1].entity_id)
        if head.pos_ != "NOUN" or head.lemma_.lower() not in v.media_nouns or head.tag_ == "NNS":
            return None
        kb = load_actor_kb()
        owners: set[str] = set()
        for tok in tokens:
            if tok.i == head.i or tok.lower_ in _BARE_QUALIFIERS or tok.lower_ in v.voice_qualifiers or tok.is_punct:
                continue
            if tok.dep_ == "poss" or tok.head.dep_ == "poss" or _leads_it(tok) or tok.lower_ in _LEADER_SUFFIXES:
                # the owner written before the noun ("the Islamic State's newsletter", "the IS-linked agency")
                owner = next((m for m in st.mentions if m.start <= tok.idx < m.end and m.kb_id), None)
                if owner is not None and owner.kb_id is not None:
                    owners.add(owner.kb_id)
                continue
            if tok.lower_ in ("jihadist", "jihadi", "terrorist", "militant", "extremist"):
                continue
            return None  # "the security agency", "Xinhua news agency": another body of that kind
        if arms:
            # the office named last before, unless another body was named since under the same noun ("the
            # agency said" after "..., AFP news agency reported")
            latest = arms[-1]
            other = [m for m in st.mentions if latest.end <= m.start and m.end <= lo and m.type != "person"
                     and head.lower_ in m.canonical.lower().split()]
            if not other and (not owners or owners & ({latest.kb_id} | set(kb.ancestors(latest.kb_id or "")))):
                return Speaker(latest.canonical, latest.entity_id)
            return None
        if not owners and any(c.dep_ in ("compound", "amod") and c.lower_ in v.voice_qualifiers for c in head.children):
            # "the military's media wing said": the owner the text settles the description on
            voiced = self._voice_owner(st, head)
            settled = self._settle(st, voiced, head.idx) if voiced is not None else None
            actor = kb.lookup(settled.name) if settled is not None and settled.name else None
            if actor is not None:
                owners.add(actor.id)
        for owner_id in sorted(owners):
            # the office of the owner or of a body it belongs to (the Pakistan Army is one of the armed forces)
            lineage = {owner_id, *kb.ancestors(owner_id)}
            offices = [a for a in sorted(v.media_arms) if a in kb.actors and kb.actors[a].parent in lineage]
            if len(offices) == 1:  # (the Islamic State's "propaganda wing" may be Amaq or al-Naba: neither)
                return Speaker(kb.actors[offices[0]].canonical, None)
        return None

    def _countrys_force(self, st: _DocState, head: Token) -> Speaker | None:
        """ "Mali's army said": the country's armed forces speak, not the country."""
        if head.lemma_.lower() not in ("army", "military", "troops"):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        country = next((m for m in st.mentions if m.start == owner.idx and m.type == "country" and m.kb_id
                        and m.kb_id.startswith("country:")), None)
        if country is None or country.kb_id is None:
            return None
        actor = _force_of(country.kb_id.split(":", 1)[1], country.canonical)
        return Speaker(actor.canonical, None) if actor is not None else None

    def _issuer(self, st: _DocState, head: Token) -> Speaker | None:
        """Who issued a statement: "the statement of/from/by X", "a statement issued by X"."""
        preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from", "by", "for")]
        if head.dep_ == "dobj":  # "read a statement from the embassy" with "from" hung on the verb
            preps += [c for c in head.head.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")]
        for acl in (c for c in head.rights if c.dep_ == "acl"):
            if acl.lemma_.lower() in _PASSED_ON:
                # "a report cited by DDM", "a memo seen by Reuters": who passes the document on did not issue it
                continue
            # (participles joined by "and" share their agent: "a statement signed and made available to newsmen
            # by the Coordinator, X", "a release issued and signed by X")
            for verb in [acl, *(c for c in acl.children if c.dep_ == "conj" and c.tag_ == "VBN")]:
                preps += [c for c in verb.children
                          if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))]
            for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("on", "via", "through")):
                # "a statement posted on the official Puntland Counter-Terrorism Operations account": the body
                # whose account (channel, outlet) carried it issued it
                voice = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in self.vocab.voices),
                             None)
                owner = self._named_on(st, voice) if voice is not None else None
                if owner is not None:
                    return owner
        for child in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # "the report from October 29": a date says when the document came out, not who issued it
            if obj is not None and obj.ent_type_ not in _WHEN and not obj.like_num:
                found = self.resolve(st, obj)
                if found is not None and found.name:
                    return found
        return None

    def _body_holding(self, st: _DocState, head: Token, tokens: list[Token]) -> Speaker | None:
        """ "In a statement, the force said" after "Libya's Counter-Terrorism Force captured ...": a bare
        collective noun (not a document) refers back to the last body named before whose name holds it, not
        to whoever spoke last."""
        lemma = head.lemma_.lower()
        if lemma in self.vocab.vehicles or any(t.lower_ not in _BARE_QUALIFIERS for t in tokens if t.i != head.i):
            return None
        if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # (a plural says less: "According to the forces" after the army named its joint forces is not the
            # "Allied Democratic Forces" they fight)
            return None
        fitting = [m for m in st.mentions if m.end <= head.idx and m.type in ("organization", "armed_group")
                   and len(m.canonical.split()) > 1 and head.lower_ in re.findall(r"[a-z]+", m.canonical.lower())]
        if not fitting:
            return None
        return Speaker(fitting[-1].canonical, fitting[-1].entity_id)

    def _subject_after(self, st: _DocState, head: Token) -> Speaker | None:
        """The first person acting as a subject in the next two sentences (no person was named before)."""
        sent = st.sindex.sent_at(head.idx)
        stop = st.sindex.sents[min(len(st.sindex.sents) - 1, sent + 2)].end_char
        for p in st.persons:
            if head.idx < p.start < stop and p.is_subject:
                return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        return None

    def _role_holder_before(self, st: _DocState, head: Token) -> Speaker | None:
        """The latest person named before ``head`` whose role holds the office word ("Army spokesman Col." for
        "the spokesman", "Governor" for "the governor", "Lt. Gen." for "the general")."""
        word = _office_key(head.lemma_.lower())
        found: tuple[int, Speaker] | None = None
        for p in st.persons:
            if p.start >= head.idx:
                break
            if p.role and word in {_office_key(w) for w in re.findall(r"[A-Za-z-]+", p.role)}:
                found = (p.start, Speaker(p.canonical, p.entity_id, p.role, is_person=True))
        for at, _para, sp in st.history:
            if at < head.idx and sp.is_person and sp.role and (found is None or at > found[0]) and word in {
                    _office_key(w) for w in re.findall(r"[A-Za-z-]+", sp.role)}:
                found = (at, sp)
        if found is None:
            # "A statement issued by the media information officer OPHK, Lt Col Sani Uba" then "The OPHK media
            # information officer said": the office set off by a comma before the name (the role kept only the
            # rank) is the person's all the same
            text = doc_text(st.doc)
            for p in st.persons:
                if p.start >= head.idx:
                    break
                lead = text[max(0, p.start - 80) : p.start]
                office = _OFFICE_BEFORE_NAME.search(lead)
                words = re.findall(r"[\w’'-]+", office.group(1)) if office is not None and not p.quoted else []
                keys = [_office_key(w) for w in words]
                # the office word closes the phrase, or only the body's capitalised name follows it ("officer
                # OPHK"); in "the commissioner said the suspect, Ahmed Musa" the office is someone else's
                at = max((k for k, key in enumerate(keys) if key == word), default=-1)
                if at >= 0 and len(words) - at <= 2 and all(w[:1].isupper() for w in words[at + 1 :]):
                    found = (p.start, Speaker(p.canonical, p.entity_id, p.role, is_person=True))
        return found[1] if found else None

    def _possessed_office(self, st: _DocState, head: Token) -> Speaker | None:
        """The person holding an office a country or body owns ("Iraq's prime minister", "Somalia's information
        minister"): one named before, or in the next two sentences, whose role holds the office's words."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                      and c.ent_type_ in ("GPE", "NORP", "ORG")), None)
        if owner is None and not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                                     for c in head.children):
            # "..., US envoy says" in a headline, "UN chief said": a state or body named before a lower-case office,
            # not an indefinite one ("a US official" is someone new)
            owner = next((c for c in head.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")
                          and c.ent_type_ in ("GPE", "NORP", "ORG")), None)
        if owner is None:
            return None
        between = head.doc[owner.right_edge.i + 1 : head.i + 1]
        if not all(t.is_lower or not t.is_alpha for t in between):
            return None  # "the Pentagon's Lead Inspector General" is an office of that name, not a holder's
        words = {_office_key(t.lower_) for t in between if t.is_alpha}

        def holds(role: str | None) -> bool:
            return bool(role) and words <= {_office_key(w) for w in re.findall(r"[A-Za-z]+", (role or "").lower())}

        sent = st.sindex.sent_at(head.idx)
        stop = st.sindex.sents[min(len(st.sindex.sents) - 1, sent + 2)].end_char
        before = [p for p in st.persons if p.start < head.idx and not p.quoted and holds(p.role)]
        after = [p for p in st.persons if head.idx < p.start < stop and holds(p.role)]
        found = before[-1] if before else after[0] if after else None
        return Speaker(found.canonical, found.entity_id, found.role, is_person=True) if found else None

    def _described_before(self, st: _DocState, head: Token) -> Speaker | None:
        """An unnamed holder of the office who spoke before: "The police commissioner said ..." for "the
        commissioner added" (when no person holding it was named)."""
        word = _office_key(head.lemma_.lower())
        for at, _para, sp in reversed(st.history):
            if at < head.idx and not sp.is_person and not sp.entity_id and sp.role and word in {
                    _office_key(w) for w in re.findall(r"[A-Za-z-]+", sp.role)}:
                return sp
        return None

    def _holder_after(self, st: _DocState, head: Token) -> Speaker | None:
        """"..., the minister said." before anyone is named, then "Defence minister Cristovao Chume visited
        Macomia": the person named in the next two sentences with that office in their role."""
        sent = st.sindex.sent_at(head.idx)
        stop = st.sindex.sents[min(len(st.sindex.sents) - 1, sent + 2)].end_char
        word = head.lower_
        for p in st.persons:
            if head.idx < p.start < stop and p.role and word in p.role.lower().split():
                return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        return None

    def _earlier_issuer(self, st: _DocState, head: Token) -> Speaker | None:
        """"According to the report" after "a recent report by The Long War Journal": the issuer the text gave
        the same document when it first named it, a few sentences before."""
        sent = st.sindex.sent_at(head.idx)
        floor = st.sindex.sents[max(0, sent - 6)].start_char
        for tok in reversed(st.doc[: head.i]):
            if tok.idx < floor:
                break
            if tok.lemma_.lower() == head.lemma_.lower() and tok.pos_ == "NOUN":
                found = self._issuer(st, tok) or self._put_out_by(st, tok) or self._named_on(st, tok)
                if found is not None:
                    return found
        return None

    @staticmethod
    def _named_on(st: _DocState, tok: Token) -> Speaker | None:
        """The body named right before a document noun as its modifier: "according to a Security Media Cell
        statement" makes a later "the statement said" that body's (not a body named in between)."""
        words = [c for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod")]
        if not words:
            return None
        lo = min(w.left_edge.idx for w in words)
        body = [m for m in st.mentions if lo <= m.start and m.end <= tok.idx
                and m.type in ("organization", "armed_group")]
        return Speaker(body[-1].canonical, body[-1].entity_id) if body else None

    def _put_out_by(self, st: _DocState, tok: Token) -> Speaker | None:
        """Who the text said put that document out: "X issued a press statement" (the object of issue, release,
        publish, put out, send) or "X said in a statement" (the document a speech verb was said in): the
        subject of that verb, so "the statement said" later is X's."""
        verb: Token | None = None
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PUT_OUT:
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in self.vocab.direct:
            verb = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.said_nouns for c in tok.head.head.children):
            verb = tok.head.head  # "X made the disclosure in a statement"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
            # "X condemned the killing in a statement", "Reacting in a statement, X condemned ...": what X did in
            # that document it did as its issuer (the subject of a participle is the one of the verb it hangs on)
            verb = tok.head.head
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ == "nsubj" \
                and tok.head.head.head.pos_ == "VERB" and tok.head.head.i < tok.head.i:
            # "Colonel X, the force's spokesman, in a statement, noted ...": the parser hung the set-off "in a
            # statement" on the subject; the verb's subject put the document out all the same
            verb = tok.head.head.head
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() in self.vocab.bodies or subject.pos_ == "PRON":
            return None
        found = self.resolve(st, subject)
        return found if found is not None and found.name else None

    def _described(self, st: _DocState, head: Token, tokens: list[Token]) -> Speaker:
        """ "the spokesman" with no named person before it: the unnamed speaker introduced earlier with that
        role ("a coalition spokesman said"), else the description itself."""
        for at, _para, s in reversed(st.history):
            if at < head.idx and s.role and head.lemma_.lower() in s.role.split():
                return s
        return Speaker(_clean_org(" ".join(t.text for t in tokens)), None, head.text.lower(),
                       generic=head.tag_ == "NNS")

    def _named(
        self, st: _DocState, tokens: list[Token], head: Token, role: str | None, appos: str | None = None
    ) -> Speaker:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        mention = self._mention_over(st, start, end, head)
        if mention is None or (mention.type != "person" and not mention.start <= head.idx < mention.end):
            # "the American military's Central Command (CENTCOM) said": the name in apposition is the head's,
            # not the possessor's
            for child in head.rights:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    named = self._mention_over(st, child.idx, child.idx + len(child.text), child)
                    if named is not None and named.type != "person":
                        mention = named
                    break
        if mention is not None and mention.type != "person" and not mention.start <= head.idx < mention.end:
            # "the SDF's Military Observation Desk": a capitalised name after its owner's "'s" is a body of its own
            # that speaks, not the owner
            owned = self._owned_name(head, mention)
            if owned is not None:
                return Speaker(owned, None, role)
            if self._body_of(st, tokens, mention, end):
                # "the Ministry of Peshmerga Affairs said", "the Embassy of the United States said": a capitalised
                # body noun whose name goes on with "of" and the name of another is a body of its own that
                # speaks, not the force or state its name holds
                return Speaker(_clean_org(doc_text(st.doc)[start:end]), None, role)
        if mention is not None and mention.type == "country" and not mention.start <= head.idx < mention.end \
                and head.pos_ == "NOUN" and mention.start >= start and mention.end <= end:
            # "the UK government said", "said Pakistan police", "Iran's intelligence minister says": a country
            # naming whose body or office speaks is not the speaker (the conventions never give a bare country);
            # the phrase is, as written (unless it reads as an unnamed one, "Pakistan police", that the quote would
            # be dropped for)
            phrase = Speaker(_clean_org(doc_text(st.doc)[start:end]), None, role)
            if not self._unnamed(phrase):
                return phrase
        if mention is not None:
            is_person = mention.type == "person" or self._titled_name(st, mention)
            return Speaker(mention.canonical, mention.entity_id, role or (appos if is_person else None)
                           or mention.role, is_person=is_person)
        # (the alias may go on past the head with its "of" complement the phrase leaves out: "the ministry of
        # defense said")
        aside = next((a for a in st.doc._.entity_aliases or [] if a.type == "organization"
                      and start <= a.start and a.start <= head.idx < a.end
                      and (a.end <= end or re.match(r"\s+(?:of|for)\s", doc_text(st.doc)[end : a.end]))), None)
        if aside is not None:
            # "the defense ministry said" on a page about Niger: the entity stage kept the lower-case ministry
            # as that state's ministry for the records only (never an event's actor); its words are the body's
            return Speaker(aside.canonical, aside.entity_id, role)
        text = doc_text(st.doc)[start:end]
        if any(t.ent_type_ == "PERSON" for t in tokens) or all(t.pos_ == "PROPN" for t in tokens):
            name, title = _strip_titles(text, self.vocab)
            full = self._full_name(name, [p.canonical for p in st.persons])
            titled = title is not None and 2 <= len(name.split()) <= 4 and name.istitle()
            if full != name or titled or any(t.ent_type_ == "PERSON" for t in tokens):
                # ("Presidential Spokesperson Ernesto Abella" with no person entity: the title shows it)
                return Speaker(full, None, role or title or appos, is_person=True)
        proper = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in tokens)
        return Speaker(_clean_org(text), None, role, generic=not proper and head.tag_ == "NNS")

    def _body_of(self, st: _DocState, tokens: list[Token], mention: EntityMention, end: int) -> bool:
        """The phrase ``tokens`` opens with a capitalised body noun ("Ministry", "Embassy", "Office") whose "of"/"for"
        complement is ``mention``, the name of another, inside the phrase ending at ``end``."""
        v = self.vocab
        nouns = v.body_descriptions | v.bare_body_nouns | v.voices
        first = next((t for t in tokens if t.lower_ not in ("the", "a", "an")), None)
        if first is None or not first.is_title or first.lemma_.lower() not in nouns:
            return False
        between = doc_text(st.doc)[first.idx + len(first.text) : mention.start]
        return mention.start > first.idx and mention.end <= end and bool(
            re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?", between))

    @staticmethod
    def _owned_name(head: Token, owner: EntityMention) -> str | None:
        """The name after a body's possessive ("the SDF's Military Observation Desk" -> "Military Observation Desk"):
        two or more capitalised proper nouns ending in ``head``, whose possessor lies inside ``owner``."""
        poss = next((c for c in head.children if c.dep_ == "poss" and owner.start <= c.idx < owner.end), None)
        if poss is None or not head.is_title or head.pos_ != "PROPN":
            return None
        case = next((c for c in poss.children if c.dep_ == "case"), None)
        if case is None:
            return None
        words = head.doc[case.i + 1 : head.i + 1]
        if len(words) < 2 or not all(t.pos_ == "PROPN" and t.is_title or t.lower_ in ("of", "for", "and")
                                     for t in words):
            return None
        return words.text

    def _titled_name(self, st: _DocState, mention: EntityMention) -> bool:
        """An organisation no knowledge base knows, named right after a spokesman word or a title, is a person
        the NER took for a body: "Uganda army spokesperson Felix Kulayigye said" is who a later "he adds" is."""
        words = mention.text.split()
        if mention.type != "organization" or mention.kb_id or not 2 <= len(words) <= 4:
            return False
        v = self.vocab
        body_words = v.body_descriptions | v.bare_body_nouns | v.group_descriptions | v.voices | _FORCE_WORDS
        if not all(w[:1].isupper() for w in words) or any(w.lower() in body_words for w in words):
            return False
        before = doc_text(st.doc)[max(0, mention.start - 30) : mention.start]
        if not before.endswith(" ") or before.endswith("  "):
            return False  # the title must run into the name ("spokesperson Felix", not "spokesperson, Felix")
        last = before.split()[-1].lower() if before.split() else ""
        return last in (v.role_words | v.anaphors | v.title_words) - _NOT_RANKS

    def _full_name_of(self, st: _DocState, word: str, pos: int) -> tuple[str, str | None, str | None] | None:
        """The full name a lone surname stands for: (name, entity id, role) of the nearest person named before
        ``pos`` whose name holds the word, whether the entity step kept that name ("Barzani said" after
        "President Nechirvan Barzani", with Masrour Barzani named later) or the NER cut it ("Home Minister Datuk
        Seri Saifuddin Nasution Ismail" for "Saifuddin said", "(DIG) Abdullah Shaikh said" for "Abdullah");
        with none before, the only one named after."""
        key = _bare_surname(_name_token(word))
        found: list[tuple[int, str, str | None, str | None]] = []
        for p in st.persons:
            if not p.quoted and len(p.canonical.split()) > 1 and key in _name_keys(p.canonical):
                found.append((p.start, p.canonical, p.entity_id, p.role))
        for at, _para, s in st.history:
            if s.is_person and s.name and len(s.name.split()) > 1 and key in _name_keys(s.name):
                found.append((at, s.name, s.entity_id, s.role))
        for tok in st.doc:
            if _bare_surname(_name_token(tok.text)) == key:
                run = self._name_run(tok)
                if run is not None:
                    found.append((tok.idx, run, None, None))
        before = [f for f in found if f[0] < pos]
        if before:
            _, name, entity_id, role = max(before, key=lambda f: f[0])
            return name, entity_id, role
        names = {f[1] for f in found}
        if len(names) == 1:
            _, name, entity_id, role = found[0]
            return name, entity_id, role
        return None

    @staticmethod
    def _name_taken_for_body(st: _DocState, speaker: Speaker) -> bool:
        """A one-word speaker the NER made a body no knowledge base knows, whose word also closes a person's name
        the page gives in full ("Unit Chief Monirul Islam said ... Islam said"): the surname, not a body."""
        if speaker.is_person or not speaker.entity_id:
            return False
        found = [m for m in st.mentions if m.entity_id == speaker.entity_id]
        return bool(found) and all(m.type == "organization" and not m.kb_id and len(m.text.split()) == 1
                                   for m in found)

    @staticmethod
    def _spelled_variant(st: _DocState, words: list[str], pos: int) -> _PersonMention | None:
        """The one person named before ``pos`` whose name holds each of ``words`` spelled the same or a little
        apart (four letters or more in all, a name's particle aside), when at least one differs: transliterations
        and slips vary within a page ("Modumane" for "Mudumane", "Bwenji" for "Bwenge", "Al Haqq" for "Von
        Al-haq", "Ariza" for "Arizal"). The person has more words, or as many but was named first, so that of two
        spellings of one name the page's first stands for both."""
        keys = [k for k in (_name_token(w) for w in words) if k not in _NAME_PARTICLES]
        if not keys or len("".join(keys)) < 4 or any(len(k) < 3 for k in keys):
            return None
        own = [p.start for p in st.persons if p.canonical.split() == words]
        found: dict[str, _PersonMention] = {}
        for p in st.persons:
            n = len(p.canonical.split())
            if p.quoted or p.start >= pos or n < len(words) or (n == len(words) and own and min(own) < p.start):
                continue
            tokens = [_name_token(t) for t in p.canonical.split()]
            tokens += [t.split("-", 1)[1] for t in tokens if t.split("-", 1)[0] in _NAME_PARTICLES and "-" in t]
            if all(any(_near_spelling(k, t) for t in tokens) for k in keys) and not all(k in tokens for k in keys):
                found.setdefault(p.canonical, p)
        return next(iter(found.values())) if len(found) == 1 else None

    def _name_run(self, tok: Token) -> str | None:
        """The capitalised proper nouns around ``tok`` on its line ("Datuk Seri Saifuddin Nasution Ismail"), from
        after the last title or office word ("Home Minister"), when they make a name of two words or more."""
        doc = tok.doc

        def part(t: Token) -> bool:
            word = t.text.replace("’", "").replace("'", "").replace("-", "")
            return (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and t.text[:1].isupper() and word.isalpha() or (
                t.lower_ in _NAME_PARTICLES and t.pos_ == "PROPN")

        def glued(a: Token, b: Token) -> bool:
            # "al-Refaie" is three tokens written as one word: the particle, the hyphen and the surname
            return not a.whitespace_ and (a.lower_ in _NAME_PARTICLES and b.text == "-" or a.text == "-" and a.i > 0
                                          and doc[a.i - 1].lower_ in _NAME_PARTICLES and b.text[:1].isupper())

        lo = hi = tok.i
        while lo > 0 and (part(doc[lo - 1]) and doc[lo - 1].whitespace_ == " " or glued(doc[lo - 1], doc[lo])):
            lo -= 1
        while hi + 1 < len(doc) and (part(doc[hi + 1]) and doc[hi].whitespace_ == " " or glued(doc[hi], doc[hi + 1])):
            hi += 1
        words = [t for t in doc[lo : hi + 1]]
        # an office noun ends the title too ("Police Unit Chief Monirul Islam", "Agency Director Jane Doe")
        offices = self.vocab.title_words | self.vocab.anaphors
        titles = [i for i, t in enumerate(words) if t.lower_ in offices and t.i < tok.i]
        if titles:
            words = words[titles[-1] + 1 :]
        while words and words[0].i < tok.i and words[0].ent_type_ in ("NORP", "GPE", "ORG"):
            words = words[1:]  # "Iraqi President ...": a nationality or an office's body, not the name
        if words and words[0].i > 0 and doc[words[0].i - 1].lower_ in ("of", "for"):
            # "Minister of Information Mahmoud Aydid Dirir": the office's domain, English words, runs into the name
            while len(words) > 2 and words[0].i < tok.i and words[0].ent_type_ != "PERSON" and _english_word(
                    words[0].text):
                words = words[1:]
        def lone_body(t: Token) -> bool:
            # after a title, a one-word body the NER made of a name word ("Unit Chief Monirul Islam") is the surname
            single = t.ent_iob_ == "B" and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
            return bool(titles) and t.ent_type_ == "ORG" and single and t.i > words[0].i

        if len([t for t in words if t.is_alpha]) < 2 or any(
                t.ent_type_ in ("GPE", "ORG", "FAC", "LOC") and not lone_body(t) for t in words):
            return None
        return doc[words[0].i : words[-1].i + 1].text

    def _settle(self, st: _DocState, speaker: Speaker | None, pos: int) -> Speaker | None:
        """A speaker the sentence only half names, settled on the whole document.

        "Townsend said" when "Lt. Gen. Stephen Townsend" spoke earlier is that person; "the extremist
        group said", "the ministry said", "a brief message said" is the nearest body of that kind named
        before the quote (speech.toml: group_descriptions, body_descriptions).
        """
        if speaker is None or not speaker.name:
            return speaker
        holder = st.offices.get(speaker.name) if not speaker.is_person else None
        if holder is not None:
            return Speaker(holder.canonical, holder.entity_id, speaker.name, is_person=True)
        stripped, rank = _strip_titles(speaker.name, self.vocab)
        ranked = bool(rank and stripped[:1].isupper()) and not all(
            w.lower().strip(".,") in self.vocab.title_words for w in stripped.split())
        if ranked and (speaker.is_person or not speaker.entity_id and any(
                {_name_token(w) for w in stripped.split()} <= _name_keys(p.canonical) for p in st.persons)):
            # "Lt Col Sani said" after "its spokesman, Lt Col Sani Uba said", the NER tagging no one: a rank is no
            # part of the name, and the name left, a person's of the page, may be the one named in full before
            speaker = Speaker(stripped, speaker.entity_id if speaker.is_person else None, speaker.role or rank,
                              is_person=True)
        spelled = self._spelled_out(st, speaker, pos)
        if spelled is not None:
            return spelled
        words = (speaker.name or "").split()
        if words and all(w.lower().strip(".,") in self.vocab.title_words for w in words):
            # "Brigadier General **de la Rosa** praised the troops, stating" with the name lost to the NER: a
            # title alone names no one; the one person named before with that title holds it
            title = [w.lower().strip(".,") for w in words]
            text = doc_text(st.doc)
            holders = {p.canonical: p for p in st.persons if p.start < pos and len(p.canonical.split()) > 1
                       and re.sub(r"[^\w\s]", " ", text[max(0, p.start - 60) : p.start]).lower().split()[
                           -len(title):] == title}
            if len(holders) == 1:
                p = next(iter(holders.values()))
                return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        if len(words) == 1 and (words[0][:1].isupper() or _particle_surname(words[0])):
            # a one-word name, even one the NER made an entity of its own ("Lorenzana", "Listyo")
            # (compared without curly apostrophes: "Ma’ruf said" after "Ma'ruf Amin")
            owners = {p.canonical: p for p in st.persons if len(p.canonical.split()) > 1
                      and _bare_surname(_name_token(words[0])) in _name_keys(p.canonical)}
            if len(owners) == 1:
                p = next(iter(owners.values()))
                return Speaker(p.canonical, p.entity_id, speaker.role or p.role, is_person=True)
            if speaker.is_person or self._name_taken_for_body(st, speaker):
                full = self._full_name_of(st, words[0], pos)
                if full is not None:
                    return Speaker(full[0], full[1], speaker.role or full[2], is_person=True)
            elif not speaker.entity_id:
                # '"...," Refaie said' parsed as no person: a surname of someone quoted before in full ("spokesperson
                # Tamer al-Refaie said:") is that person, not a body of that name
                key = _bare_surname(_name_token(words[0]))
                in_full = [s for at, _para, s in st.history if at < pos and s.is_person and s.name
                           and len(s.name.split()) > 1 and key in _name_keys(s.name)]
                if in_full:
                    return Speaker(in_full[-1].name, in_full[-1].entity_id, speaker.role or in_full[-1].role,
                                   is_person=True)
                # nor quoted before: a surname closing a full name the NER left untagged before it ("Minister of
                # Information Mahmoud Aydid Dirir clarified ... Dirir told the BBC") is that person
                full = self._full_name_of(st, words[0], pos)
                if full is not None and _name_token(full[0].split()[-1]) == _name_token(words[0]) and not any(
                        w.lower() in self.vocab.title_words for w in full[0].split()):
                    return Speaker(full[0], full[1], speaker.role or full[2], is_person=True)
            # a well-known figure the page names by surname alone, even one the NER left untagged ('"...," Salih
            # said in a tweet'): the full name analysts use (known_persons.toml), as the persons step gives it
            famous = known_persons().get(_name_token(words[0])) if not owners else None
            if famous is not None and (speaker.is_person or not speaker.entity_id):
                return Speaker(famous, speaker.entity_id, speaker.role, is_person=True)
            if famous is not None:
                # ('"...", Sisi said' with the NER taking the surname for a body: the one word names no body)
                return Speaker(famous, None, speaker.role, is_person=True)
        if speaker.is_person and len(words) <= 2 and all(w[:1].isupper() for w in words):
            # "Modumane said" after "Government spokesman Orlando Mudumane", "Bach Aga said" after "Interior
            # Minister Fathi Bach Agha": a surname the page spells a letter differently is the person named in full
            variant = self._spelled_variant(st, words, pos)
            if variant is not None:
                return Speaker(variant.canonical, variant.entity_id, speaker.role or variant.role, is_person=True)
        head = words[-1].lower()
        v = self.vocab
        plain = all(w.lower() in _BARE_QUALIFIERS for w in words[:-1])
        # "the council said", "the department added": a body named before whose name holds the noun (or, with
        # none, the body that spoke or was named last); a qualified one ("the Norwegian Refugee Council") is a
        # body of its own
        body = head in v.body_descriptions or (head in v.bare_body_nouns and plain)
        bare = len(words) == 1 and head in v.body_descriptions | v.group_descriptions | v.bare_body_nouns
        qualifiers = [w for w in words[:-1] if w.lower() not in _BARE_QUALIFIERS]
        if head == "government" and len(qualifiers) == 1 and qualifiers[0] in demonyms() \
                and not qualifiers[0].endswith("s"):
            # "the Nigerian government claimed" is the state's government, named as the conventions name it
            # ("Government of Nigeria"), like "the government" on a page about that country
            country = load_actor_kb().actors.get(f"country:{demonyms()[qualifiers[0]]}")
            if country is not None:
                return Speaker(f"Government of {country.canonical}", None, speaker.role, is_person=False)
        if speaker.entity_id and not bare:
            return speaker  # ("the Army posted": the model's entity "Army" is the army named before)
        civil = any(w.lower() in v.civil_qualifiers for w in words[:-1])
        if civil and head in v.group_descriptions | {"body", "watchdog"}:
            # "the rights body", "a rights group said": the organisation named before, never an armed group
            named = [m for m in st.mentions if m.end <= pos and m.type == "organization"
                     and not self._outlet(m.canonical) and not self._platform(m.canonical)]
            return Speaker(named[-1].canonical, named[-1].entity_id) if named else speaker
        if head in v.group_descriptions:
            kinds: tuple[str, ...] = ("armed_group",)
        elif body:
            kinds = ("organization",)  # an armed group only when its name holds the noun ("Nigerian Army")
        else:
            return self._named_as_described(st, speaker, words, pos) or self._body_that_spoke(st, words, pos) \
                or speaker
        named = [m for m in st.mentions if m.end <= pos and m.type in ("organization", "armed_group")]
        # an embassy is typed a facility, but "the embassy said" is the body named that way
        fitting = [m for m in st.mentions if m.end <= pos and m.type in ("organization", "armed_group", "facility")
                   and head in m.canonical.lower().split()]
        # "the Ministry said" after "The Ministry of Defence of Somalia has commended": the full name, not an
        # earlier bare "the Ministry" the entity step kept as a name of its own
        fitting = [m for m in fitting if len(m.canonical.split()) > 1] or fitting
        named = [m for m in named if not self._platform(m.canonical)]
        if not fitting and body and plain and head not in v.vehicles:
            # "The Tajik Interior Ministry has detained 14 people ..., the ministry said": with none named before,
            # the body the reported words themselves name by that noun, in the sentence the quote opens
            sent = st.sindex.sent_at(pos)
            inside = next((m for m in st.mentions if m.start >= pos and st.sindex.sent_at(m.start) == sent
                           and m.type in ("organization", "armed_group") and head in m.canonical.lower().split()
                           and not self._outlet(m.canonical)), None)
            if inside is not None:
                return Speaker(inside.canonical, inside.entity_id, speaker.role)
        if not fitting and body and head not in v.vehicles:
            # "the same ministry relayed" after "..., the interior ministry said": the body that just spoke
            # under that noun, before any other body merely named
            para = st.sindex.paragraph_at(pos)
            for at, at_para, s in reversed(st.history):
                if (at < pos and para - at_para <= ANAPHOR_PARAGRAPHS and not s.is_person and s.name
                        and head in s.name.lower().split()):
                    return s
            if head in v.bare_body_nouns:
                # "The department added" after '"...," the ministry said': a unit speaking for the body that spoke
                for at, at_para, s in reversed(st.history):
                    if at < pos and para - at_para <= ANAPHOR_PARAGRAPHS and not s.is_person and s.name \
                            and not s.generic:
                        return s
            if not speaker.entity_id and any(w.lower() not in _BARE_QUALIFIERS for w in words[:-1]):
                # "the foreign ministry said" with no ministry named before: the description says more
                # than the nearest body of another kind would (a photo agency, a coalition)
                return speaker
            described = self._earlier_description(st, head, pos)
            if described is not None:
                # "the army describes" after "the Niger army announced": the body the entity step made of that
                # phrase (the Nigerien Armed Forces), else the phrase itself
                known = next((m for m in reversed(st.mentions) if m.end <= pos and m.type != "person"
                              and " ".join(m.text.split()).lower() == described.lower()), None)
                if known is not None:
                    return Speaker(known.canonical, known.entity_id, speaker.role)
                # ("the military said" after "Nigeria's military has confirmed": the state's force by its name)
                force = _described_force(described)
                if force is not None:
                    return Speaker(force.canonical, None, speaker.role)
                return Speaker(described, None, speaker.role)
        if head == "government" and not fitting and all(w.lower() in _BARE_QUALIFIERS for w in words[:-1]):
            # "the government has vowed" with no government named: the government of the country the text
            # is about (named most often before), not the nearest organisation of another kind
            state = self._main_country(st, pos)
            if state is None:
                return None  # no one rather than a body of another kind ("Islam", a news agency)
            return Speaker(f"Government of {state.canonical}", None, speaker.role, is_person=False)
        if head in _STATE_FORCE_WORDS and not fitting and all(w.lower() in _BARE_QUALIFIERS for w in words[:-1]):
            # "the army said" with no army named: the armed forces of the state the text is about, never the
            # nearest body of another kind (the agency that reported the attack)
            # unless the text gave the army a voice before: "the army's Security Media Cell said" then "the
            # army said" is that cell
            text = doc_text(st.doc)
            voice = next((m for m in reversed(st.mentions) if m.end <= pos and m.type != "person" and re.search(
                rf"\b{head}['’]s\s+$", text[max(0, m.start - 16) : m.start], re.IGNORECASE)), None)
            if voice is not None:
                return Speaker(voice.canonical, voice.entity_id, speaker.role, is_person=False)
            # "The military said" after '"...", the armed forces said': the state's force that just spoke, before
            # one guessed from the country the text names most ("the army said" after "Uganda's military said",
            # the Uganda People's Defence Force, not the DR Congo's army the paragraph names last)
            para = st.sindex.paragraph_at(pos)
            spoke = next((s for at, at_para, s in reversed(st.history)
                          if at < pos and para - at_para <= ANAPHOR_PARAGRAPHS and not s.is_person and s.name
                          and (_FORCE_WORDS | {"force"}).intersection(re.findall(r"\w+", s.name.lower()))), None)
            if spoke is not None:
                return Speaker(spoke.name, spoke.entity_id, speaker.role, is_person=False)
            force = self._state_force(st, pos)
            if force is not None:
                return Speaker(force.canonical, None, speaker.role, is_person=False)
            named_force = self._named_state_force(st, pos)
            if named_force is not None:
                # "The Malian army said ... The military urged": no country named, the state's force named before
                return Speaker(named_force.canonical, named_force.entity_id, speaker.role, is_person=False)
        if head == "police" and not fitting and all(w.lower() in _BARE_QUALIFIERS for w in words[:-1]):
            # "police said" with no police force named: the national police of the state the text is about, as
            # the knowledge base names it ("Ugandan police"), not the nearest body of another kind
            police = self._state_force(st, pos, ("police",))
            if police is not None:
                return Speaker(police.canonical, None, speaker.role, is_person=False)
        # a news outlet named before ("..., Reuters reported") reports what a body said; it is not the body
        before = [m for m in named if m.type in kinds and not self._outlet(m.canonical)]
        if head in v.group_descriptions and head != "militia":
            # "A statement from the militant group said" after "The Egyptian military said the attack killed 12":
            # a state's army is never what "the group", "the jihadists" or "the organisation" describes
            before = [m for m in before if not self._state_force_mention(m)]
        chosen = (fitting or before)[-1] if (fitting or before) else None
        if fitting and head in v.bare_body_nouns:
            # "the council said" right after '"...," the KRSC said': the body that just spoke under that noun,
            # before another council merely named since
            para = st.sindex.paragraph_at(pos)
            spoke = next((s for at, at_para, s in reversed(st.history)
                          if at < pos and para - at_para <= ANAPHOR_PARAGRAPHS and not s.is_person and s.name
                          and head in s.name.lower().split()), None)
            if spoke is not None and spoke.name not in {m.canonical for m in fitting[-1:]}:
                last_at = max(at for at, _p, s in st.history if s is spoke)
                if last_at > fitting[-1].start:
                    return spoke
        if head in v.vehicles and not fitting:
            # "the tweet added": the body whose statement was just quoted, before any body merely named
            para = st.sindex.paragraph_at(pos)
            for at, at_para, s in reversed(st.history):
                if at < pos and para - at_para <= ANAPHOR_PARAGRAPHS and not s.is_person and s.entity_id:
                    return s
        if chosen is None:
            last = next((s for at, _para, s in reversed(st.history) if at < pos and s.entity_id), None)
            if head in v.vehicles and last is not None:
                return last
            # "said the English version" of a claim: with no body and no speaker before, the armed group
            groups = [m for m in named if m.type == "armed_group"]
            if head in v.vehicles and groups:
                return Speaker(groups[-1].canonical, groups[-1].entity_id, speaker.role, is_person=False)
            return speaker
        return Speaker(chosen.canonical, chosen.entity_id, speaker.role, is_person=False)

    def _spelled_out(self, st: _DocState, speaker: Speaker, pos: int) -> Speaker | None:
        """An acronym no knowledge base expands, standing for a body or an office the page named in full before:
        "according to the ODNI" after "The Office of the Director of National Intelligence lists ..." is that
        office; "The MoI claimed" after "the GNA's Ministry of Interior announced" is that ministry; "the PM said"
        after "Iraqi Prime Minister Mohammed Shia al-Sudani ordered" is that person."""
        name = speaker.name or ""
        if speaker.is_person or not _ACRONYM.fullmatch(name) or self._outlet(name) or self._platform(name):
            return None
        own = next((m for m in st.mentions if m.entity_id == speaker.entity_id), None) if speaker.entity_id else None
        if own is not None and (own.kb_id or own.canonical != name):
            return None  # a body the knowledge base knows by its acronym ("SDF"), or one already named in full
        body = self._spelled_body(st, name, pos)
        if body is not None:
            return Speaker(body.canonical, body.entity_id, speaker.role)
        for p in reversed(st.persons):
            if p.start < pos and not p.quoted and p.role and name.lower() in _initials(p.role):
                return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        return None

    def _spelled_body(self, st: _DocState, name: str, pos: int) -> EntityMention | None:
        """The latest body named before ``pos`` whose words the acronym ``name`` spells."""
        key = name.lower()
        for m in reversed(st.mentions):
            if m.end > pos or m.type == "person" or m.canonical == name or self._outlet(m.canonical):
                continue
            if key in _initials(m.text) | _initials(m.canonical):
                return m
        return None

    @staticmethod
    def _body_that_spoke(st: _DocState, words: list[str], pos: int) -> Speaker | None:
        """"The 15-member body further stressed '...'" after '"...," said the council's statement': a lower-case
        "body" is the organisation that spoke last, a few paragraphs back at most."""
        if not words or words[-1] != "body" or not all(w.islower() or not w.isalpha() for w in words):
            return None
        para = st.sindex.paragraph_at(pos)
        # (a body the entity step named, or one the knowledge base knows: "police said" made the state's police)
        return next((s for at, at_para, s in reversed(st.history) if at < pos and para - at_para <= ANAPHOR_PARAGRAPHS
                     and not s.is_person and (s.entity_id or s.name and load_actor_kb().lookup(s.name))), None)

    def _named_as_described(self, st: _DocState, speaker: Speaker, words: list[str], pos: int) -> Speaker | None:
        """A lower-case description no word list knows ("the prosecutors said", "the federal prosecutor said")
        after a body named with those words ("German federal prosecutors identified the men", the Federal
        Prosecutor's Office): the latest such body named before."""
        # (a sentence may open with it: "Prosecutors said")
        if speaker.is_person or speaker.entity_id or not words or not all(
                w.islower() or i == 0 and w[1:].islower() and _english_word(w.lower()) for i, w in enumerate(words)):
            return None
        words = [w.lower() for w in words]
        head = _word_stem(words[-1])
        if head in self.vocab.unnamed_people or len(head) < 4:
            return None
        need = {_word_stem(w) for w in words[:-1] if w not in _BARE_QUALIFIERS}
        for m in reversed(st.mentions):
            if m.end > pos or m.type not in ("organization", "armed_group") or self._outlet(m.canonical):
                continue
            have = _name_stems(m.text, m.canonical)
            if head in have and need <= have:
                return Speaker(m.canonical, m.entity_id, speaker.role)
        return None

    @staticmethod
    def _state_force_mention(m: EntityMention) -> bool:
        """A knowledge-base armed group whose parent chain reaches a country: a state's armed force."""
        return m.type == "armed_group" and m.kb_id is not None and any(
            a.startswith("country:") for a in load_actor_kb().ancestors(m.kb_id))

    @staticmethod
    def _named_state_force(st: _DocState, pos: int) -> EntityMention | None:
        """The last state's armed force named before ``pos`` ("the Malian army"): a knowledge-base armed group
        whose parent chain reaches a country."""
        kb = load_actor_kb()
        return next((m for m in reversed(st.mentions) if m.end <= pos and m.type == "armed_group" and m.kb_id
                     and any(a.startswith("country:") for a in kb.ancestors(m.kb_id))), None)

    def _state_force(self, st: _DocState, pos: int, nouns: tuple[str, ...] | None = None) -> Actor | None:
        """The armed forces of the country the text is about, as the knowledge base names them: the entry
        that lists "<Adjective> army" (or military, troops) for that country ("Nigerien army")."""
        # the country the same paragraph names last ("Mozambique's government ... the military said"), else
        # the one the text is about
        para = st.sindex.paragraph_at(pos)
        local = [m for m in st.mentions if m.type == "country" and m.end <= pos
                 and st.sindex.paragraph_at(m.start) == para]
        state = local[-1] if local else self._main_country(st, pos)
        if state is None or state.kb_id is None or not state.kb_id.startswith("country:"):
            return None
        return _force_of(state.kb_id.split(":", 1)[1], state.canonical, nouns or _FORCE_NOUNS)

    @staticmethod
    def _main_country(st: _DocState, pos: int) -> EntityMention | None:
        """The country named most often before ``pos`` (the latest of equals), if any is named twice or
        is the only one named."""
        counts: dict[str, int] = {}
        last: dict[str, EntityMention] = {}
        for m in st.mentions:
            if m.end <= pos and m.type == "country":
                counts[m.canonical] = counts.get(m.canonical, 0) + 1
                last[m.canonical] = m
        if not counts:
            return None
        best = max(counts, key=lambda c: (counts[c], last[c].start))
        if counts[best] < 2 and len(counts) > 1:
            return None
        return last[best]

    def _earlier_description(self, st: _DocState, noun: str, pos: int) -> str | None:
        """The nearest earlier phrase naming a body by that noun with a proper modifier: "the embassy said"
        after "the U.S. embassy in Russia had issued a warning" is "U.S. embassy in Russia"."""
        doc = st.doc
        span = doc.char_span(0, pos, alignment_mode="contract")
        if span is None:
            return None
        # (the lemmas and parts of speech read from the per-document lists, a Token made only for the noun: the
        # walk back over the text made a Token for every word before the statement)
        lemmas, tags = token_words(doc), token_pos(doc)
        for i in range(span.end - 1, span.start - 1, -1):
            if lemmas[i][0] != noun or tags[i] != NOUN:
                continue
            tok = doc[i]
            lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
            if not any(c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG") for c in lefts):
                continue
            first = min(c.left_edge.i for c in lefts)
            last = tok.i
            for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "of", "to")):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "ORG")):
                    last = obj.right_edge.i
                break
            words = self._after_dateline([t for t in doc[first : last + 1] if not t.is_space])
            if any(t.is_space for t in doc[first : last + 1]) or not words or any(t.text in "-–—" for t in words):
                continue
            text = _clean_org(" ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s"))
            return text if len(text.split()) > 1 else None
        return None

    # ------------------------------------------------------------------ attribution

    def _speech_verbs(self, sent: Span, outside: list[bool], verbs: frozenset[str]) -> list[Token]:
        found = []
        doc = sent.doc
        lemmas = token_words(doc)  # each word's lemma read once per document, not per sentence and verb list
        for i in range(sent.start, sent.end):
            if not outside[i]:
                continue  # (before making the word's Token: words inside quotes are many)
            if lemmas[i][0] not in verbs and lemmas[i][1] not in ("according", "words", "statement"):
                continue  # none of the tests below can hold (likewise before the Token: most words are none)
            t = doc[i]
            # ("was said to be", "asked to remain anonymous": not speech; but an infinitive inside the marks is what
            # was asked: 'X asks the authorities "to strengthen the positions of the military"')
            speech = (lemmas[t.i][0] in verbs and t.pos_ == "VERB"
                      and not any(c.dep_ == "xcomp" and (outside[c.i] or lemmas[t.i][0] in _ASPECT_VERBS)
                                  for c in t.children)
                      and not self._purpose_clause(t) and not _charged_with(t))
            if speech or (t.lower_ == "according" and any(c.lower_ == "to" for c in t.children)):
                found.append(t)
            elif _in_words_of(t):
                found.append(t)  # "in the words of the army chief, X, '...'", "In the statement of Capt. X, '...'"
        return found

    @staticmethod
    def _purpose_clause(verb: Token) -> bool:
        """A speech verb inside a "to ..." clause of a noun or purpose ("the need for the coalition to expand
        its efforts and deny the group recruits"): what someone should do, not who speaks. "went on to
        say" (an xcomp) still attributes."""
        node = verb
        while node.dep_ == "conj" and node.head is not node:
            node = node.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        return infinitive and node.dep_ in ("acl", "advcl", "relcl")

    def _subject_of(self, verb: Token, outside: list[bool]) -> Token | None:
        doc = verb.doc
        if verb.i < len(doc) - 1 and doc[verb.i + 1].lower_ in ("he", "she") and _after_closing_mark(verb):
            # 'The army "is pursuing these rebels", assured he.': the pronoun after the verb speaks, whatever
            # subject the parser gave the verb
            return doc[verb.i + 1]
        if verb.lower_ == "according":
            to = next(c for c in verb.children if c.lower_ == "to")
            return next((c for c in to.children if c.dep_ == "pobj"), None)
        if _in_words_of(verb):
            of = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of")
            return next((c for c in of.children if c.dep_ == "pobj"), None)
        if verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
            # "the agency quoted police commissioner X as saying": X speaks, the agency reports
            quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj" and outside[c.i]), None)
            if quoted is not None:
                return quoted
            quoted_ones = [c for c in verb.head.head.children if c.dep_ == "nsubjpass" and outside[c.i]]
            if quoted_ones:
                # "Sahrawi, who ..., was quoted by ANI as saying": the passive verb's subject is quoted, the agent
                # reports; with a noun of an opening phrase made a second subject ("At the inauguration of two
                # Alpha Jets ..., the President was quoted as saying:"), the one running into the verb
                return next((c for c in reversed(quoted_ones) if all(
                    t.dep_ in ("aux", "auxpass", "neg") for t in doc[c.i + 1 : verb.head.head.i])), quoted_ones[0])
        if any(c.dep_ == "auxpass" for c in verb.children):
            # '"...". It has been explained by the Political Directors of the Coalition': a passive speech verb
            # names its speaker as the agent
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            by = next((g for g in agent.children if g.dep_ == "pobj" and outside[g.i]), None) if agent else None
            if by is not None:
                return by
        object_name = self._inverted_name(verb, outside)
        if object_name is not None:
            return object_name
        set_between = _person_between_mark_and(verb, outside)
        if set_between is not None:
            return set_between
        node: Token | None = verb
        children, deps = extensions.child_indices(doc), extensions.token_deps(doc)
        for _ in range(3):  # "..., adding that" / "and he affirmed": borrow the governing verb's subject
            if node is None:
                break
            if node is not verb and node.lemma_.lower() == "quote":
                # "the ministry quoted General X, head of ..., saying that": X speaks
                quoted = next((c for c in node.children if c.dep_ == "dobj" and outside[c.i]), None)
                if quoted is not None:
                    return quoted
            # a quotation mark the parser made a subject ("the area,’’ said Joseph Kibet") is no one
            # (the children's labels read from the document's lists by index, a Token made only for a subject:
            # ``node.children`` makes one for every child, and this runs for every speech verb)
            subjects = [c for c in (doc[k] for k in children[node.i] if deps[k] in _SUBJECT_DEPS and outside[k])
                        if any(ch.isalnum() for ch in c.text) and not (node is verb and _opens_quoted_clause(c))]
            # '"...," the vast desert stretching to the border, said Haytham al-Shammar': with two subjects, the
            # person named right after the verb (the inverted "said X") speaks, not the quote's apposition
            inverted = [c for c in subjects if node is verb and c.i > verb.i and c.ent_type_ == "PERSON"]
            if len(subjects) > 1 and inverted:
                return inverted[0]
            # "The Boko Haram group, said the DSS, uses the network": a speech verb set off by commas with one
            # subject before it and one after is the inverted "said X" of a parenthesis; X speaks, not the clause's
            # subject (the parser hung both on the verb)
            # (not "..., Ayob Khan, head of ..., told Al Jazeera": whom one tells is the listener, parsed as a subject)
            after = [c for c in subjects if node is verb and c.i > verb.i and verb.lemma_.lower() != "tell"]
            if len(subjects) > 1 and after and verb.i > 0 and doc[verb.i - 1].text == "," and any(
                    c.i < verb.i for c in subjects):
                return after[0]
            # "..., that the joint forces captured from ADF, Brigadier General Kayanja Muhanga said;" with the clause's
            # subject hung on the verb too (its "that" as well): the person named right before the verb speaks (not
            # in "The lone survivor in Munai, Lanao del Norte recalls", where the first subject opens the sentence)
            # nor where the first subject's phrase runs into the name ("Sabratha municipal council major Hussein
            # al-Thwadi said" parsed as two subjects)
            adjacent = [c for c in subjects if node is verb and c.i == verb.i - 1 and c.ent_type_ == "PERSON"]
            if len(subjects) > 1 and adjacent and (
                    any(c.dep_ == "mark" and c.i < subjects[0].i for c in verb.children) or not any(
                        t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "SCONJ")
                        for t in doc[subjects[0].i + 1 : adjacent[0].left_edge.i])):
                return adjacent[0]
            if len(subjects) == 1 and subjects[0].pos_ == "VERB":
                named = _named_in_opener(subjects[0])
                if named is not None:
                    return named
            if node is verb and subjects and _participle_object(subjects[0]):
                named = _person_before(verb, subjects[0], outside)
                if named is not None:
                    return named
            if _one_name(subjects):
                return subjects[-1]  # "al-Jabouri said": the parser made each piece of the name a subject
            if subjects and node is not verb and verb.tag_ == "VBG" and self._reported_thing(node, subjects[0]):
                # "Murtala said that dozens of rebels were killed, adding, '...'", "The group claimed that the total
                # number of dead exceeded 45, stating that '...'": the participle hangs on the reported clause,
                # whose subject is a thing that says nothing; who adds is who said it
                node = node.head
                continue
            if subjects:
                return self._role_holder_in_list(subjects[0]) or subjects[0]
            node = node.head if node.dep_ in ("conj", "advcl", "xcomp", "ccomp") and node.head is not node else None
        # '"...," read a Monday tweet from X': the inverted subject parsed as the object
        v = self.vocab
        found = next((c for c in verb.rights if c.dep_ == "dobj" and outside[c.i]
                      and c.lemma_.lower() in v.vehicles | v.bodies), None)
        quoted_before = any(c.dep_ == "ccomp" and not outside[c.i] and c.i < verb.i for c in verb.children)
        if found is None and (_after_closing_mark(verb) or quoted_before):
            # ('"...," with renewed operations in the Sahel, warned Vladimir Voronkov': the quoted clause is the
            # verb's complement and the verb has no subject of its own, so the name after it is the speaker)
            # '"...," recounted Ibrahim Musa': a verb right after the closing mark with a name parsed as its
            # object is the inverted "said X" (a quotation is not something one recounts to a person)
            # ('"...," reported the ISIS-affiliated Amaq news agency': a named office parsed as the object)
            found = next((c for c in verb.rights if c.dep_ == "dobj" and outside[c.i] and (
                c.pos_ == "PROPN" or c.lemma_.lower() in v.media_nouns and any(
                    k.dep_ == "compound" and k.pos_ == "PROPN" for k in c.children))), None)
        return found

    def _reported_thing(self, clause: Token, subject: Token) -> bool:
        """``clause`` is what a speech verb reports ("said that dozens of rebels were killed") and its subject a
        common noun or number no speaker is named by (not a person, body, role, group or document)."""
        v = self.vocab
        speaking = (v.bodies | v.role_words | v.anaphors | v.group_descriptions | v.body_descriptions
                    | v.unnamed_people | v.bare_body_nouns | v.members | v.voices | v.vehicles | v.media_nouns)
        return (clause.dep_ == "ccomp" and clause.head is not clause
                and clause.head.lemma_.lower() in v.direct | v.indirect
                and subject.pos_ in ("NOUN", "NUM") and subject.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
                and subject.lemma_.lower() not in speaking and subject.lower_ not in speaking)

    def _inverted_name(self, verb: Token, outside: list[bool]) -> Token | None:
        """ "Investigators had found messages that contained "...", added local prosecutor Ulf Willuhn at the news
        conference": a speech verb set off by a comma, with no subject of its own and a name as its object right
        after it, is the inverted "said X" (the parser made the name an object), not the clause before's subject."""
        doc = verb.doc
        if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in self.vocab.inverted:
            return None
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        obj = next((c for c in verb.rights if c.dep_ == "dobj" and outside[c.i]), None)
        if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != verb.i + 1:
            return None
        return obj

    @staticmethod
    def _name_before_verb(verb: Token, outside: list[bool]) -> Token | None:
        """ "During the conference held at the General Staff in Kinshasa, General X, FARDC spokesman, affirmed
        that '...'": the parser hung the name on the place before it and left the verb without a subject; the
        name (or the name its role is in apposition to) set off by a comma right before the verb speaks."""
        doc = verb.doc
        prev = verb.i - 1
        while prev >= verb.sent.start and doc[prev].text == ",":
            prev -= 1
        if prev < verb.sent.start or prev == verb.i - 1 or not outside[prev]:
            return None
        tok = doc[prev]
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
            return tok.head
        if tok.pos_ == "PROPN" and tok.dep_ in ("conj", "appos") and tok.ent_type_ == "PERSON":
            return tok
        return None

    def _role_holder_in_list(self, subject: Token) -> Token | None:
        """ "said UPDF's Mountain Division and Operation Shujaa spokesperson Maj Bilal Katamba": the parser
        joins the bodies of a long title and the named spokesperson as two subjects; the person speaks."""
        if subject.ent_type_ == "PERSON":
            return None
        return next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in (
            "PERSON", "") and any(t.lower_ in self.vocab.role_words for t in c.lefts)), None)

    def _participle_speaker(self, verb: Token, outside: list[bool]) -> Token | None:
        """"X declared the operation a testament to ..., stating, '...'": a participle tells what a clause above
        it says its subject did; the nearest such subject that can speak (a name, a pronoun, a body or a role),
        not a thing ("the operation" of a small clause, "the air strike came after Biden threatened ...")."""
        speakers = self.vocab.bodies | self.vocab.role_words
        node = verb
        while node.head.i != node.i:
            node = node.head
            subject = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS and outside[c.i]), None)
            if subject is not None and (subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in speakers):
                return subject
        return None

    @staticmethod
    def _nearby_subject(verb: Token, outside: list[bool]) -> Token | None:
        """When the parser hung the verb on a quoted subject, the nearest subject outside the marks."""
        sent = verb.sent
        # never a subject inside the verb's own clause: in '"...," adding that some people have since fled' the
        # people are what was said, not who said it
        own = {t.i for c in verb.rights if c.dep_ not in _SUBJECT_DEPS for t in c.subtree}
        found = [t for t in sent if outside[t.i] and t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN", "PRON")
                 and t.i not in own]
        return min(found, key=lambda t: abs(t.i - verb.i)) if found else None

    def _speech_date(self, verb: Token, timexes: list[Timex]) -> str | None:
        """The timex attached to the speech verb ("said on Thursday"), not one inside what was said."""
        # Only a timex of the verb's own sentence can hang on it (a head never crosses a sentence): the others
        # are passed on their offsets, as a Span and its root per timex of the document made ~6 per call.
        # (``> end_char``: the last word's trailing space still finds that word in an "expand" char_span.)
        sent = verb.sent
        lo, hi = sent.start_char, sent.end_char
        for tx in timexes:
            if tx.value is None:
                continue
            if tx.end <= lo or tx.start > hi:
                continue
            span = verb.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            if root.head == verb and root.dep_ in ("npadvmod", "tmod", "obl", "advmod"):
                return tx.value
            if root.head.head == verb and root.head.dep_ == "prep" and root.dep_ == "pobj":
                return tx.value
        return None

    def _attribute(
        self, st: _DocState, span: QuoteSpan, outside: list[bool], timexes: list[Timex]
    ) -> tuple[Speaker | None, str | None]:
        si = st.sindex
        first, last = si.sent_range(span.start, span.end)
        candidates: list[Token] = []
        for k in range(first, last + 1):
            candidates += self._speech_verbs(si.sents[k], outside, self.vocab.direct)
        if not candidates:
            # "X said:" closing the previous sentence, or a clipped "he said." split off after the quote
            if first > 0 and si.sents[first - 1].text.rstrip().endswith((":", ",")):
                candidates = self._speech_verbs(si.sents[first - 1], outside, self.vocab.direct)
            if not candidates and last + 1 < len(si.sents) and _ATTRIBUTION_NEXT.match(doc_text(st.doc), span.end):
                # a quotation that lost its closing mark, then "The deputy minister, X, tweeted, “...”" on the same
                # line: the sentence that introduces the next quotation attributes this one too
                candidates = self._speech_verbs(si.sents[last + 1], outside, self.vocab.direct)
            if not candidates and last + 1 < len(si.sents) and (
                    len(si.sents[last + 1]) <= 8 or self._said_last(si.sents[last + 1])) and self._clipped_after(
                    doc_text(st.doc), span.end, si.sents[last + 1]):
                candidates = self._speech_verbs(si.sents[last + 1], outside, self.vocab.direct)
            if not candidates and last + 1 < len(si.sents):
                # '"..." It has been explained by the Political Directors of the Coalition in a Paris meeting':
                # the next sentence says, in the passive, by whom
                nxt = si.sents[last + 1]
                candidates = [v for v in self._speech_verbs(nxt, outside, self.vocab.direct)
                              if v.i - nxt.start <= 4 and nxt[0].lower_ in ("it", "this")
                              and any(c.dep_ == "auxpass" for c in v.children)
                              and any(c.dep_ == "agent" for c in v.children)]

        def distance(t: Token) -> int:
            return 0 if span.start <= t.idx < span.end else min(abs(t.idx - span.start), abs(t.idx - span.end))

        def outlet_reports(t: Token) -> bool:
            # "X announced that '...', pointing out that '...', according to the official Iraqi News Agency",
            # 'ISIS said its members had "...," CNN reports': the outlet reports what X said; X speaks
            subject = self._subject_of(t, outside)
            if subject is not None and subject.lemma_.lower() in self.vocab.press_reports and any(
                    c.i != t.i and c.left_edge.idx <= span.start < c.right_edge.idx for c in candidates):
                # 'X said the fighters gave up because "...," a report by a local station said': the quotation is
                # inside what X said, the report carries it
                return True
            return subject is not None and self._outlet(" ".join(w.text for w in subject.subtree))

        for verb in sorted(candidates, key=lambda t: (len(candidates) > 1 and outlet_reports(t), distance(t))):
            if len(candidates) > 1 and _reported_by_other(verb, candidates, outside):
                continue
            if len(candidates) > 1 and verb.dep_ in ("compound", "amod") and _participle_object(verb.head):
                # "Briefing journalists ..., Major General X ... said that": the opener's participle, parsed as
                # a modifier of its own audience; the sentence's main speech verb names the speaker
                continue
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children) \
                    and any(c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
                # 'X, described as "an influential member of the Islamic State"': the noun the participle hangs on
                # is what was described, not who described it (not "the group posted on Twitter", the past tense
                # parsed as a participle, nor "X, quoted as saying")
                continue
            subject = self._subject_of(verb, outside)
            if subject is None:
                # "Home Secretary Claire O'Neill said the government was weighing '...'" parsed without a
                # subject for "said": the person named right before the verb, not the nearest subject
                # ("Speaking on TV, the Minister of Defence, Mohammed Badaru, said:" with the comma between)
                person = next((p for p in st.persons if p.end <= verb.idx
                               and not doc_text(st.doc)[p.end : verb.idx].strip(" \t,")), None)
                if person is not None:
                    found = Speaker(person.canonical, person.entity_id, person.role, is_person=True)
                    return found, self._speech_date(verb, timexes)
                # "spokesperson of the Egyptian Army Tamer al-Refaie said:" with the name the NER missed and the parser
                # folded into the body's phrase: a run of capitalised name words ending right before the verb
                named_run = self._name_run(st.doc[verb.i - 1]) if verb.i > 0 and outside[verb.i - 1] and st.doc[
                    verb.i - 1].pos_ == "PROPN" and st.doc[verb.i - 1].whitespace_ else None
                before_verb = doc_text(st.doc)[verb.idx - 1 - len(named_run or "") : verb.idx - 1]
                if named_run is not None and before_verb == named_run:
                    return Speaker(named_run, None, None, is_person=True), self._speech_date(verb, timexes)
                # '"...," the armed group's news arm Amaq said in a statement, according to Al Jazeera' with
                # "Amaq" parsed as an apposition: the body named right before the verb, not the outlet
                body = next((m for m in reversed(st.mentions) if m.end <= verb.idx
                             and m.type in ("organization", "armed_group")
                             and not doc_text(st.doc)[m.end : verb.idx].strip(" \t,")), None)
                if body is not None and not self._outlet(body.canonical) and not self._platform(body.canonical) \
                        and outside[verb.i]:
                    holder = _holder_before(st, body.start, verb)
                    if holder is not None:
                        found = Speaker(holder.canonical, holder.entity_id, holder.role, is_person=True)
                        return found, self._speech_date(verb, timexes)
                    found = Speaker(body.canonical, body.entity_id, None, is_person=False)
                    return found, self._speech_date(verb, timexes)
                if verb.tag_ == "VBG":
                    subject = self._participle_speaker(verb, outside)
                subject = subject or self._name_before_verb(verb, outside) or self._nearby_subject(verb, outside)
            if subject is None:
                continue
            speaker = self.resolve(st, subject)
            if speaker is not None and speaker.name and not speaker.is_person:
                # "Galido said the Philippine Army condemned the 'senseless ... acts'": the body's words come
                # through the person whose statement reports them
                reporter = self._reporting_person(st, verb, candidates, outside)
                speaker = reporter or speaker
            if speaker is not None and speaker.name:
                if not speaker.is_person:
                    # "the army said in a statement signed by its spokesman, Col. X": the named spokesman
                    speaker = self._spokesperson_in(st, verb.sent) or self._spokesperson_cut_before(st, verb.sent) \
                        or speaker
                if not speaker.is_person:
                    # "The military in a statement said, '...'" then "Its spokesman, Brig. Gen. X, said in the
                    # statement that ...": the person the text names as speaking that statement
                    speaker = self._statement_speaker_after(st, verb, subject, outside) or speaker
                if not speaker.is_person:
                    # '"...," spokesperson Maj X added in a press statement on Friday.' then '"...," the joint
                    # forces emphasized': the body's words come from the statement its spokesman put out
                    voiced = speaker
                    speaker = self._spokesman_statement_before(st, verb, outside) or speaker
                    para = si.paragraph_at(verb.idx)
                    if speaker.is_person and voiced.name:
                        st.spoken_through[voiced.name] = (para, speaker)
                    elif voiced.name in st.spoken_through:
                        # and its further words, a paragraph or two on, "they emphasized": still that statement,
                        # unless someone else was quoted since
                        at_para, through = st.spoken_through[voiced.name]
                        if para - at_para <= CONTINUATION_PARAGRAPHS and st.history and \
                                st.history[-1][2].name == through.name:
                            speaker = through
                if not speaker.is_person and (subject.lower_ == "it" or subject.lemma_.lower() in self.vocab.vehicles):
                    # "The statement was signed by its spokesman, X. '...,' it said.": the statement is X's
                    speaker = self._signer_before(st, verb) or speaker
                return speaker, self._speech_date(verb, timexes)
        # a headline or lead naming the speaker before a colon: 'Army chief Olufemi Oluyede: "We will ..."'
        labelled = self._colon_label(st, span) or self._put_out_with_colon(st, span, outside)
        if labelled is not None:
            return labelled, None
        # an interview answer: 'Mullojanov: Several hundred. Many are "easy prey for the recruiters."' is the
        # person whose name labels the paragraph
        answered = self._paragraph_label(st, span)
        if answered is not None:
            return answered, None
        # a partial quote whose own verb is quoted: the ministers "reaffirmed ..."
        for t in st.doc.char_span(span.start, span.end, alignment_mode="expand") or []:
            if t.pos_ in ("VERB", "AUX"):
                subject = next((c for c in t.children if c.dep_ in _SUBJECT_DEPS and outside[c.i]), None)
                if subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NNS" and not any(
                        m.start <= subject.idx < m.end for m in st.mentions):
                    break  # "the statement expressed that members 'underscored ...'": whose members, the
                    # sentence's own subject says
                if subject is not None and subject.dep_ == "nsubjpass":
                    break  # "two operatives, who were 'tasked with monitoring ...'": what was done to the
                    # subject, in the words of whoever described them
                if subject is not None:
                    speaker = self._statement_goes_on(st, span, subject) or self.resolve(st, subject)
                    if speaker is not None and speaker.name:
                        return speaker, None
                break
        # a quote signed after a dash on its own line: '"...," -Philippine president Rodrigo Duterte, 2016'
        signed = self._signed(st, span)
        if signed is not None:
            return signed, None
        attributed = self._attributed_after(st, span)
        if attributed is not None:
            return attributed, None
        # a partial quote inside a sentence without a speech verb: its main subject ("Townsend congratulated
        # the Iraqi military on their 'historic victory ...'")
        sent = si.sents[first]
        if not candidates and first == last:
            # "... designated as a terrorist by the Anti-Terrorism Council in February 2021 'for conspiring ...'":
            # the body a participle names as its agent right before the quotation gave the words
            agent = self._agent_before(st, sent, span)
            if agent is not None:
                return agent, None
        if not candidates and span.start > sent.start_char + 1 and first == last:
            root = sent.root
            subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and outside[c.i]), None)
            # (not "X and Y were responsible for 'receiving funds'": a copula describes its subject in the words
            # of whoever reported them)
            if subject is not None and root.pos_ in ("VERB", "AUX") and subject.dep_ != "nsubjpass" \
                    and root.lemma_ != "be":
                speaker = self._statement_goes_on(st, span, subject) or self.resolve(st, subject)
                if speaker is not None and speaker.name and (speaker.is_person or speaker.entity_id):
                    return speaker, None
            elif subject is None or root.lemma_ == "be":
                # "Although the MNJTF launched an operation aimed at 'making the islands untenable ...', there is
                # no evidence ...": the main clause only describes; the clause the quotation hangs from says who
                governing = self._clause_speaker(st, span, outside)
                if governing is not None:
                    return governing, None
        # a quote standing alone, then "This was the message to insurgents from Major-General X": the person
        # the demonstrative sentence right after it names
        pointed = self._pointed_after(st, span, last)
        if pointed is not None:
            return pointed, None
        # a quotation standing as its own paragraph after one that has someone speak ("X spoke to reporters
        # on Sunday."), unless a quote or reported speech came after that sentence
        introduced = self._introduced_before(st, span, outside)
        if introduced is not None and (not st.history or st.history[-1][0] < introduced[0]):
            return introduced[1], None
        # a quotation right after a sentence of the same paragraph whose subject is a named person or body:
        # 'Lt. Col. Sani Uba described the attack as cowardly. "It was a desperate act ..."'
        before = self._subject_just_before(st, span, outside)
        if before is not None:
            return before, None
        # a continuation paragraph: the speaker of the previous quote nearby
        para = si.paragraph_at(span.start)
        if st.history and st.history[-1][0] in st.reported_at and not st.history[-1][2].is_person:
            # after a body's reported speech ("..., according to the UPDF."), a quotation standing as its own
            # paragraph is more likely the one of a person named speaking right after it ('Col. Akiiki said "..."');
            # after a person's ("He said the troops were ...") it goes on being theirs
            named_next = self._speaking_next(st, span, outside)
            if named_next is not None:
                return named_next, None
        if st.history:
            at, at_para, speaker = st.history[-1]
            # (counted from the paragraph the previous quotation ends in: one running over paragraphs, then
            # "..., the observatory states.", goes on in the next quoted paragraph)
            at_para = st.ends_in.get(at, at_para)
            # a plural description ("according to estimates", "officials said") does not go on speaking
            between = _paragraphs_between(si, doc_text(st.doc), at_para, para)
            if between < CONTINUATION_PARAGRAPHS and not speaker.generic:
                return speaker, None
        # a quotation standing as its own paragraph, its speaker named speaking at the start of the next one
        # ('"The group was destroyed ..."' then 'Col. Akiiki said "These revenge acts ..."')
        named_next = self._speaking_next(st, span, outside)
        if named_next is not None:
            return named_next, None
        return None, None

    def _clause_speaker(self, st: _DocState, span: QuoteSpan, outside: list[bool]) -> Speaker | None:
        """The named subject of the nearest verb outside the quotation that the quotation's words hang from
        (through a participle or preposition), when it acts (not "be", not passive, not a relative pronoun)."""
        words = st.doc.char_span(span.start, span.end, alignment_mode="expand")
        if words is None or not len(words):
            return None
        for verb in words[0].ancestors:
            if not outside[verb.i] or verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and outside[c.i]), None)
            if subject is None:
                continue
            if subject.dep_ == "nsubjpass" or verb.lemma_ == "be" or subject.tag_ in ("WDT", "WP"):
                return None
            speaker = self.resolve(st, subject)
            if speaker is not None and speaker.name and (speaker.is_person or speaker.entity_id):
                return speaker
            return None
        return None

    @staticmethod
    def _statement_goes_on(st: _DocState, span: QuoteSpan, subject: Token) -> Speaker | None:
        """The body whose statement the text was quoting just before, when a partial quotation without a speech
        verb has "he" or "she" for its subject (a body the entities know, not "one of the sources"): a body cannot
        be "he", so the pronoun is the person the statement describes ('The ministry said X was radicalised ...
        The next year, he wanted to live under "..."'), and the words in marks go on being the statement's."""
        if subject.lower_ not in ("he", "she") or not st.history:
            return None
        at, at_para, speaker = st.history[-1]
        if speaker.is_person or speaker.generic or not speaker.name or not speaker.entity_id:
            return None
        si = st.sindex
        between = _paragraphs_between(si, doc_text(st.doc), st.ends_in.get(at, at_para), si.paragraph_at(span.start))
        return speaker if between < CONTINUATION_PARAGRAPHS else None

    def _agent_before(self, st: _DocState, sent: Span, span: QuoteSpan) -> Speaker | None:
        """The organisation named after "by" that follows a past participle in the quotation's sentence, when only
        a prepositional phrase or a date stands between that name and the opening mark of a lower-case fragment."""
        by = next((t for t in reversed(sent) if t.idx < span.start and t.lower_ == "by"
                   and t.dep_ in ("agent", "prep")), None)
        if by is None or not any(t.tag_ == "VBN" and t.pos_ == "VERB" for t in sent if t.i < by.i):
            return None
        obj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
        body = next((m for m in st.mentions if lo <= m.start < hi and m.end <= span.start
                     and m.type in ("organization", "armed_group")), None)
        if body is None or self._outlet(body.canonical):
            return None
        # (the quotation goes on with the clause: a lower-case fragment, no verb nor comma before it)
        between = [t for t in sent if body.end <= t.idx and t.idx + len(t.text) <= span.start - 1]
        if any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in between) or not doc_text(st.doc)[
                span.start : span.start + 1].islower():
            return None
        return Speaker(body.canonical, body.entity_id, None, is_person=False)

    def _said_in(self, st: _DocState, span: QuoteSpan, outside: list[bool]) -> bool:
        """A speech verb outside the marks in the quotation's sentences ('"...," she said'): someone speaks."""
        first, last = st.sindex.sent_range(span.start, span.end)
        return any(self._speech_verbs(st.sindex.sents[k], outside, self.vocab.direct) for k in range(first, last + 1))

    def _reporting_person(
        self, st: _DocState, verb: Token, candidates: list[Token], outside: list[bool]
    ) -> Speaker | None:
        """The named person whose speech verb has ``verb``'s clause as its complement ("X said the army
        condemned ..."), if any."""
        if verb.dep_ != "ccomp" or verb.head not in candidates:
            return None
        subject = self._subject_of(verb.head, outside)
        # ("He said an assessment indicated that '...'" after "Mr X said": "he" is that person too; "it" and
        # "they" stand for bodies)
        if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in ("he", "she")):
            return None
        found = self.resolve(st, subject)
        return found if found is not None and found.name and found.is_person else None

    def _subject_just_before(self, st: _DocState, span: QuoteSpan, outside: list[bool]) -> Speaker | None:
        """The named subject of the sentence right before a quotation that opens its own sentence in the same
        paragraph: outlets present the speaker ("X described the attack as cowardly.") and then quote."""
        si = st.sindex
        text = doc_text(st.doc)
        k = si.sent_at(span.start)
        if k <= 0 or si.sents[k].start_char < span.start - 2:
            return None  # the quote does not open its sentence
        j = k - 1
        while j > 0 and not si.sents[j].text.strip():
            j -= 1  # a blank line the parser made a sentence of its own
        prev = si.sents[j]
        prev_end = prev.start_char + len(prev.text.rstrip())  # a sentence may end with the line break's token
        if "\n" in text[prev_end : span.start] or any(not outside[t.i] for t in prev):
            return None  # another paragraph, or a sentence that quotes someone itself
        root = prev.root
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON" or root.pos_ not in ("VERB", "AUX"):
            return None
        speaker = self.resolve(st, subject)
        if speaker is not None and speaker.name and (speaker.is_person or speaker.entity_id):
            return speaker
        return None

    def _speaking_next(self, st: _DocState, span: QuoteSpan, outside: list[bool]) -> Speaker | None:
        """The named person whose speech verb opens the paragraph right after a quotation that is a paragraph
        of its own (the quote opens and closes its paragraph): outlets that quote first name the speaker next."""
        text = doc_text(st.doc)
        line = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        if text[line : span.start].strip(" \t\"“„«'‘") or line_end < 0:
            return None  # the quote does not open its paragraph, or the page ends with it
        if text[span.end : line_end].strip(" \t\"”»'’.,"):
            return None  # words follow the quote in its paragraph
        si = st.sindex
        k = max(0, si.sent_at(line_end))
        while k < len(si.sents) and (si.sents[k].start_char <= line_end or not si.sents[k].text.strip()):
            k += 1
        if k < 0 or k >= len(si.sents) or text[line_end : si.sents[k].start_char].count("\n") > 2:
            return None
        sent = si.sents[k]
        for verb in self._speech_verbs(sent, outside, self.vocab.direct):
            subject = self._subject_of(verb, outside)
            if subject is None or subject.left_edge.idx - sent.start_char > 40:
                continue  # the speaker opens the paragraph ("Col. Akiiki said ...")
            speaker = self.resolve(st, subject)
            if speaker is not None and speaker.name and speaker.is_person:
                return speaker
        return None

    def _said_last(self, sent: Span) -> bool:
        """A sentence of a few words more that ends with its speech verb ("US Africa Command statement released
        on Thursday said."): the attribution of the quotation before it, however long its subject."""
        words = [t for t in sent if t.is_alpha]
        return len(sent) <= 14 and bool(words) and words[-1].pos_ == "VERB" \
            and words[-1].lemma_.lower() in self.vocab.direct

    @staticmethod
    def _clipped_after(text: str, quote_end: int, sent: Span) -> bool:
        """A short sentence after a quote is its clipped attribution ("he said.") when it follows on the same
        line, or on a new line only when it goes on in lower case; a new paragraph that opens with a capital
        ("Article continues below the player", a caption, a heading) is the page's, not the speaker's."""
        if "\n" not in text[quote_end : sent.start_char]:
            return True
        first = span_text(sent).lstrip()[:1]
        return first.islower()

    def _last_voice(self, st: _DocState, pos: int) -> Speaker | None:
        """The speaker of a quotation no rule attributes ('The detainees were allegedly "involved in attacks"'
        after "The Al-Mersaad media said Friday that ..."; 'She said that "..."' in a translation where "she" is
        the network that spoke): the last named speaker of the same or the paragraph before, else the body a
        sentence just before has acting as its subject ("The Department of State added X to its list. State
        identified X as '...'")."""
        para = st.sindex.paragraph_at(pos)
        for at, at_para, s in reversed(st.history):
            if at < pos and para - at_para < CONTINUATION_PARAGRAPHS and s.name and not s.generic \
                    and not self._unnamed(s):
                return s
        sent = st.sindex.sent_at(pos)
        floor = st.sindex.sents[max(0, sent - DOCUMENT_SENTENCES)].start_char
        # a person who spoke as the subject of a sentence just before ("The Director of Army Public Relations, X,
        # disclosed this in a statement. The statement was titled, '...'"), after any body acting there: the
        # body named in the person's office is not who acts
        # (one whose own quotation came before is no new voice: the paragraphs since, too many for it to go on,
        # are someone else's)
        quoted_before = {s.name for at, _p, s in st.history if at < pos}
        speaking = next((p for p in reversed(st.persons) if floor <= p.start < pos and p.is_subject and not p.quoted
                         and para - st.sindex.paragraph_at(p.start) < CONTINUATION_PARAGRAPHS
                         and p.canonical not in quoted_before and self._speaks_in(st, p)), None)
        for start, canonical, entity_id in reversed(st.orgs):
            if speaking is not None and speaking.start > start:
                break
            if floor <= start < pos and self._acting_body(st, start):
                return Speaker(canonical, entity_id)
        if speaking is not None:
            return Speaker(speaking.canonical, speaking.entity_id, speaking.role, is_person=True)
        return None

    def _speaks_in(self, st: _DocState, p: _PersonMention) -> bool:
        """The person at ``p`` is inside the subject of a speech verb of its sentence ("X disclosed this")."""
        span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span.root
        while tok.dep_ in _NAME_DEPS + ("pobj", "prep", "appos") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in self.vocab.direct

    def _unnamed(self, speaker: Speaker | None) -> bool:
        """A speaker the text only describes as a person it never names ("a security source", "one
        witness", "the official" with no official named before)."""
        # (a capital opening the sentence names no one: '"...," One said', "Local sources told Al-Mayadeen:"; nor
        # does a nationality inside a phrase that opens in lower case, "a senior Iraqi security official")
        if speaker is None or not speaker.name or speaker.entity_id:
            return False
        if any(c.isupper() for c in speaker.name[1:]) and not speaker.name[0].islower():
            return False
        words = re.findall(r"[a-z]+", speaker.name.lower())
        v = self.vocab
        return bool(words) and words[-1] in v.unnamed_people

    @staticmethod
    def _bare_country(st: _DocState, speaker: Speaker | None) -> bool:
        """The speaker is a state by its name alone ("Rwanda", "Syria"), as the entities resolve it."""
        if speaker is None or not speaker.name or speaker.is_person:
            return False
        return any(m.type == "country" and (m.entity_id == speaker.entity_id or m.canonical == speaker.name)
                   for m in st.mentions)

    def _introduced_before(self, st: _DocState, span: QuoteSpan, outside: list[bool]) -> tuple[int, Speaker] | None:
        """A quotation that stands as a paragraph of its own after "Maj. Gen. X, the theatre commander, spoke to
        reporters on Sunday.": the person the previous paragraph's last sentence has speak, brief or say."""
        text = doc_text(st.doc)
        line = text.rfind("\n", 0, span.start) + 1
        if text[line : span.start].strip(" \t\"“”„«'‘") or line == 0:
            return None  # the quote does not open its paragraph
        si = st.sindex
        k = si.sent_at(line - 1)
        while k >= 0 and not si.sents[k].text.strip():
            k -= 1
        if k < 0 or si.sents[k].end_char > line or text[si.sents[k].end_char : line].count("\n") > 2:
            return None
        sent = si.sents[k]
        verbs = self._speech_verbs(sent, outside, self.vocab.direct | self.vocab.introductions)
        for verb in verbs:
            subject = self._subject_of(verb, outside)
            if subject is None:
                continue
            speaker = self.resolve(st, subject)
            if speaker is not None and speaker.name and (speaker.is_person or speaker.entity_id):
                return sent.start_char, speaker
        for verb in self._acts_in_vehicle(sent, outside) if not verbs else []:
            # "Foreign Minister X extended his condolences in a post on X." then the post's words as a paragraph
            # of their own: the person who acted in the post, statement or message gave them
            subject = self._subject_of(verb, outside)
            speaker = self.resolve(st, subject) if subject is not None else None
            if speaker is not None and speaker.name and (speaker.is_person or speaker.entity_id):
                return sent.start_char, speaker
        # "In a statement signed by Abubakar Abdullahi, Lieutenant Colonel and ..." with no verb of its own: the
        # person who signed the statement the next paragraphs quote
        signer = self._spokesperson_in(st, sent) if not verbs else None
        return (sent.start_char, signer) if signer is not None else None

    def _spokesperson_in(self, st: _DocState, sent: Span) -> Speaker | None:
        """The person a body's statement is signed by or spoken through, named in the same sentence."""
        v = self.vocab
        doc = sent.doc
        words = token_words(doc)
        for i in range(sent.start, sent.end):
            lemma, lower = words[i]  # (as ``tok.lemma_.lower()`` and ``tok.lower_``, read before a Token is made)
            if lemma not in _SIGNING_VERBS and lemma not in v.vehicles and lower != "through":
                continue  # none of the tests below can hold: most words of the sentence
            tok = doc[i]
            if (lemma in _SIGNING_VERBS and tok.pos_ == "VERB") or (tok.pos_ == "NOUN" and lemma in v.vehicles):
                # "a statement signed / issued / read by its spokesman, X", "a statement by its director, X"
                scope = [c for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
            elif lower == "through" and any(c.dep_ == "pobj" and c.lemma_.lower() in v.role_words
                                            for c in tok.children):
                scope = [tok]
            else:
                continue
            for part in scope:
                lo, hi = part.left_edge.idx, part.right_edge.idx + len(part.right_edge.text)
                # a name that starts inside "by its spokesperson ..." or right after it, past titles, may be
                # parsed outside it
                people = [p for p in st.persons if lo <= p.start < hi
                          or (hi <= p.start < hi + 40 and self._titles_only(doc_text(st.doc)[hi : p.start]))]
                if people:
                    p = people[0]
                    return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        return None

    def _spokesperson_cut_before(self, st: _DocState, sent: Span) -> Speaker | None:
        """The spokesperson named in the sentence before when a line break cut one sentence in two ("A statement
        issued Thursday by Brigadier General, X, Ag Director,\n\nDefence Media Operations, said"): the part before
        the break ends with a comma, so the body after it is the end of the signer's office, not a new speaker."""
        k = st.sindex.sent_at(sent.start_char)
        if k <= 0:
            return None
        before = st.sindex.sents[k - 1]
        # (the sentence's text sliced from the document's: ``before.text`` joins its tokens again, a Token for each)
        text = doc_text(st.doc)
        if not text[before.start_char : before.end_char].rstrip().endswith(",") or "\n" not in text[
                before.start_char : sent.start_char]:
            return None
        return self._spokesperson_in(st, before)

    def _acts_in_vehicle(self, sent: Span, outside: list[bool]) -> list[Token]:
        """The verbs of ``sent`` done "in a post / statement / message" (the vehicle carrying someone's words),
        through the nouns in between ("extended his condolences on the deaths in a post on X")."""
        found: list[Token] = []
        for tok in sent:
            if not (tok.dep_ == "prep" and tok.lower_ == "in" and outside[tok.i] and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in self.vocab.vehicles
                    and any(d.dep_ in ("det", "poss") for d in c.children) for c in tok.children)):
                continue
            node = tok.head
            while node.pos_ not in ("VERB", "AUX") and node.dep_ in ("pobj", "prep", "dobj", "conj") \
                    and node.head is not node:
                node = node.head
            if node.pos_ == "VERB" and outside[node.i] and node not in found:
                found.append(node)
        return found

    @staticmethod
    def _in_statement(tok: Token, dets: tuple[str, ...]) -> bool:
        """``tok`` has "in a statement" (``dets``: the article) among its dependents."""
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "statement" and any(
                d.dep_ == "det" and d.lower_ in dets for d in g.children) for g in c.children) for c in tok.children)

    def _statement_speaker_after(
        self, st: _DocState, verb: Token, subject: Token, outside: list[bool]
    ) -> Speaker | None:
        """A body's words given "in a statement", the statement's speaker named in the next sentences as the
        person who "said in the statement": that person (the conventions name the spokesman, not the body)."""
        if not (self._in_statement(verb, ("a", "an")) or self._in_statement(subject, ("a", "an"))):
            return None
        si = st.sindex
        k = si.sent_at(verb.sent.start_char)
        para = si.paragraph_at(verb.sent.start_char)
        for j in range(k + 1, min(len(si.sents), k + 1 + SIGNER_SENTENCES)):
            sent = si.sents[j]
            if si.paragraph_at(sent.start_char) - para > SIGNER_PARAGRAPHS:
                break
            for later in self._speech_verbs(sent, outside, self.vocab.direct):
                if not self._in_statement(later, ("the", "that")):
                    continue
                named = self._subject_of(later, outside)
                found = self.resolve(st, named) if named is not None else None
                if found is not None and found.is_person and found.name:
                    return found
        return None

    def _spokesman_statement_before(self, st: _DocState, verb: Token, outside: list[bool]) -> Speaker | None:
        """A spokesman who spoke "in a (press) statement" in one of the few sentences before, with no other person
        quoted since: the person the conventions name for the body's words of that statement."""
        if self._statement_of_body(st, verb, verb.sent):
            return None
        for sent in _sentences_before(st, verb):
            if self._statement_of_body(st, verb, sent):
                return None  # a statement the body itself issued since: its words are that statement's
            for earlier in self._speech_verbs(sent, outside, self.vocab.direct):
                if not self._in_statement(earlier, ("a", "an")):
                    continue
                named = self._subject_of(earlier, outside)
                found = self.resolve(st, named) if named is not None else None
                if found is None or not found.is_person or not found.name:
                    return None
                # (the role the page gave the person anywhere: "Maj Katamba added" after "spokesperson Maj Bilal
                # Katamba said")
                roles = [found.role or ""] + [p.role or "" for p in st.persons if p.canonical == found.name] + [
                    sp.role or "" for _at, _p, sp in st.history if sp.name == found.name]
                if not any(_office_key(w) == "spokesman" for role in roles for w in re.findall(r"[A-Za-z]+",
                                                                                               role.lower())):
                    return None
                if any(sent.end_char <= at < verb.sent.start_char and s.is_person and s.name != found.name
                       for at, _p, s in st.history):
                    return None  # someone else spoke since: the statement is no longer the one quoted
                return found
        return None

    def _signer_before(self, st: _DocState, verb: Token) -> Speaker | None:
        """The person a statement quoted with "it said" / "the statement reads" was signed or issued by, named in
        one of the few sentences before ("The update was released by the Defence Headquarters and signed by
        its Director of Media Operations, X. According to the update, ... The statement reads, '...'"), unless
        someone else was quoted in between (then the statement is another one)."""
        # (the signer's own words quoted in between keep the statement his: "In a press release issued by the
        # Police Public Relations Officer, CSP X, ... X also stated that ... '...,' the statement read.")
        # (a statement the text gives a body as issuer, in the verb's own subject or in between, is that body's:
        # '"...," CENTCOM spokesman X told ABC in a statement. Two were killed, according to a statement from
        # CENTCOM. "...," the statement said' is CENTCOM's)
        if self._statement_of_body(st, verb, verb.sent):
            return None
        spoke: set[str] = set()
        for sent in _sentences_before(st, verb):
            spoke |= {s.name or "" for at, _p, s in st.history
                      if sent.start_char <= at < verb.sent.start_char and s.is_person}
            found = self._spokesperson_in(st, sent)
            if found is not None:
                return found if spoke <= {found.name} else None
            if self._statement_of_body(st, verb, sent):
                return None
        return None

    def _statement_of_body(self, st: _DocState, verb: Token, sent: Span) -> bool:
        """In the verb's own sentence, the verb's subject is a statement a body issued ("a release from CENTCOM
        said"); in a sentence before, any such statement is named ("according to a statement from CENTCOM")."""
        if sent.start == verb.sent.start:
            return any(self._issued_by_body(st, t) for t in sent if t.dep_ in _SUBJECT_DEPS and t.head is verb)
        return any(self._issued_by_body(st, t) for t in sent)

    def _issued_by_body(self, st: _DocState, noun: Token) -> bool:
        """ "a statement from CENTCOM", "a release by the ministry": a statement whose issuer named after it is a
        body, not a person."""
        if noun.lemma_.lower() not in self.vocab.vehicles:
            return False
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        m = self._mention_over(st, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge), obj)
                        if m is not None and m.type != "person":
                            return True
        return False

    def _titles_only(self, between: str) -> bool:
        """True when ``between`` holds nothing but titles and ranks ("Brig. Gen. ", ", Col. ")."""
        words = [w for w in between.replace(",", " ").split() if any(c.isalnum() for c in w)]
        return all(w.lower() in self.vocab.title_words or w.lower().rstrip(".") in self.vocab.title_words
                   for w in words)

    def _colon_label(self, st: _DocState, span: QuoteSpan) -> Speaker | None:
        """The person or body named in a short label ending with a colon right before the opening mark."""
        text = doc_text(st.doc)
        line = text.rfind("\n", 0, span.start) + 1
        label = text[line : span.start].rstrip(" \t\"“„«'‘")
        lo, hi = line, line + len(label)
        above = text[:line].rstrip()
        if not label.strip() and above.endswith(":") and line > 0:
            # a quotation opening the paragraph after one that ends with a colon and names no speaker by a speech
            # verb: "Below is a joint statement that can be attributed to leaders of the Counter ISIS Finance
            # Group:" - the person or body its last sentence names
            hi = len(above)
            lo = st.sindex.sents[max(0, st.sindex.sent_at(hi - 1))].start_char
            label = ":"
        if not label.endswith(":") or len(label.split()) > 8:
            after = re.match(r"[\"”’'»]?[ \t]*:[ \t]*([^\n]{3,120})", text[span.end : span.end + 125])
            if after is None or label.strip():
                return None
            lo, hi = span.end + after.start(1), span.end + after.end(1)  # a headline: '"...": Army chief X vows'
        people = [p for p in st.persons if lo <= p.start and p.end <= hi]
        if people:
            p = people[-1]
            return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        bodies = [m for m in st.mentions if lo <= m.start and m.end <= hi and m.type in ("organization", "armed_group")]
        if bodies:
            return Speaker(bodies[-1].canonical, bodies[-1].entity_id)
        # "Trump on Truth Social:" with the surname left untagged by the NER: the one person of the page named in
        # full whose last name is a capitalised word of the label
        words = {_name_token(w) for w in re.findall(r"\b[A-Z][\w'’-]+", text[lo:hi])}
        owners = {p.canonical: p for p in st.persons if not p.quoted and len(p.canonical.split()) > 1
                  and _name_token(p.canonical.split()[-1]) in words}
        if len(owners) == 1:
            p = next(iter(owners.values()))
            return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        return None

    def _put_out_with_colon(self, st: _DocState, span: QuoteSpan, outside: list[bool]) -> Speaker | None:
        """ 'The Islamic State's A'maq Agency released the video with the caption: "..."': a sentence of the same
        line whose subject puts out a document (issues, releases, publishes, posts) and that ends with a colon right
        before the opening mark gives the words of that document to its subject."""
        text = doc_text(st.doc)
        line = text.rfind("\n", 0, span.start) + 1
        if not text[line : span.start].rstrip(" \t\"“„«'‘").endswith(":"):
            return None
        words = st.doc.char_span(line, span.start, alignment_mode="contract")
        if words is None:
            return None
        for verb in words:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUT_OUT or not outside[verb.i]:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and outside[c.i]), None)
            found = self.resolve(st, subject) if subject is not None and subject.pos_ != "PRON" else None
            if found is not None and found.name:
                return found
        return None

    def _paragraph_label(self, st: _DocState, span: QuoteSpan) -> Speaker | None:
        """The person named by a label opening the quote's paragraph ("Parviz Mullojanov: Yes, it can. ..."), as
        interview transcripts mark who answers."""
        text = doc_text(st.doc)
        line = text.rfind("\n", 0, span.start) + 1
        m = re.match(r"[ \t]*([A-Z][\w.'’ -]{1,40}?)[ \t]*:[ \t]+\S", text[line : span.start])
        if m is None or len(m.group(1).split()) > 4:
            return None
        lo, hi = line + m.start(1), line + m.end(1)
        people = [p for p in st.persons if lo <= p.start and p.end <= hi]
        if people:
            p = people[-1]
            return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        # a transcript's capitalised label ("MR. PRICE:", "AMBASSADOR JEFFREY:"): the person of the page whose
        # name ends with the label's last word
        name, _ = _strip_titles(m.group(1).strip(), self.vocab)
        last = name.split()[-1].lower() if name.split() else ""
        owners = {p.canonical: p for p in st.persons if last and p.canonical.split()[-1].lower() == last}
        if len(owners) == 1:
            p = next(iter(owners.values()))
            return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
        return None

    def _pointed_after(self, st: _DocState, span: QuoteSpan, last: int) -> Speaker | None:
        si = st.sindex
        k = last + 1
        while k < len(si.sents) and not any(t.is_alpha for t in si.sents[k]):
            k += 1  # the closing mark the sentence splitter left on its own
        if k >= len(si.sents):
            return None
        nxt = si.sents[k]
        words = [t for t in nxt if not t.is_space]
        if len(words) < 3 or words[0].lower_ not in ("this", "that", "these", "those", "such"):
            return None
        said_by = nxt.root.lemma_.lower() in self.vocab.direct and any(c.dep_ == "agent" for c in nxt.root.children)
        gap = doc_text(st.doc)[span.end : nxt.start_char]
        if (nxt.root.lemma_.lower() != "be" and not said_by) or gap.count("\n") > 2:
            return None  # "This was the message from X" / "This was stated by X"
        people = [p for p in st.persons if nxt.start_char <= p.start < nxt.end_char]
        if not people:
            return None
        p = people[0]
        return Speaker(p.canonical, p.entity_id, p.role, is_person=True)

    def _signed(self, st: _DocState, span: QuoteSpan) -> Speaker | None:
        """The person or body named after a dash right after the closing mark, on the same line."""
        text = doc_text(st.doc)
        m = _SIGNATURE.match(text, span.end)
        if m is None:
            return None
        line_end = text.find("\n", m.end())
        stop = min(len(text) if line_end < 0 else line_end, m.end() + 120)
        return _named_in(st, m.end(), stop, ("organization", "armed_group"))

    def _attributed_after(self, st: _DocState, span: QuoteSpan) -> Speaker | None:
        """ '"...," ayon kay Brig. Gen. X, Joint Task Force Sulu commander.': an attribution phrase of another
        language right after the closing mark (speech.toml: after_quote); the name it leads to speaks."""
        text = doc_text(st.doc)
        m = self.vocab.after_quote.match(text, span.end) if self.vocab.after_quote is not None else None
        if m is None:
            # '"...", detailed Lieutenant X.': an inverted speech verb the tagger took for an adjective of the name
            # (so no verb was found), right after the closing mark and its comma; the person it leads to speaks
            m = _INVERTED_AFTER.match(text, span.end)
            if m is None or not any(m.group(1).lower()[: -k] in self.vocab.direct for k in (1, 2)):
                return None
            named = _named_in(st, m.end(), m.end() + 80, ("person",))
            return named if named is not None and named.is_person else None
        # (the name runs to the comma before its role or to the line's end; "Brig. Gen." has full stops)
        stop = _NAME_STOP.search(text, m.end(), m.end() + 120)
        end = stop.start() if stop else min(len(text), m.end() + 120)
        named = _named_in(st, m.end(), end, ("organization", "armed_group", "person"))
        if named is not None:
            return named
        name, title = _strip_titles(text[m.end() : end], self.vocab)
        words = name.split()
        if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
            return Speaker(self._full_name(name, [p.canonical for p in st.persons]), None, title, is_person=True)
        return None

    def _indirect(
        self, st: _DocState, sent: Span, outside: list[bool], timexes: list[Timex]
    ) -> tuple[Speaker, str, int, int, str | None] | None:
        """Reported speech in a sentence without a direct quote: (speaker, clause, start, end, date)."""
        for verb in self._speech_verbs(sent, outside, self.vocab.indirect):
            if verb.lower_ == "according":
                subject = self._subject_of(verb, outside)
                if subject is None:
                    continue
                edge_l, edge_r = verb.left_edge.i, verb.right_edge.i
                # the sentence's last word, before its stop and the paragraph break the parser keeps in it
                tail = sent.end
                while tail > sent.start + 1 and (st.doc[tail - 1].is_space or st.doc[tail - 1].is_punct):
                    tail -= 1
                if edge_l == sent.start:
                    clause = st.doc[edge_r + 1 : sent.end]
                elif edge_r >= tail - 1:
                    clause = st.doc[sent.start : edge_l]
                else:
                    continue
            else:
                comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
                if comp is None:
                    continue
                subject = self._subject_of(verb, outside)
                if subject is None:
                    # "In his message condemning the incident, president, Yoweri Kaguta Museveni said the attack
                    # was ..." parsed without a subject for "said": the person named right before the verb
                    person = next((p for p in st.persons if p.end <= verb.idx and p.start >= sent.start_char
                                   and not doc_text(st.doc)[p.end : verb.idx].strip(" \t,")), None)
                    named = st.doc.char_span(person.start, person.end, alignment_mode="expand") if person else None
                    if named is None or len(named) == 0 or named[-1].ent_type_ != "PERSON":
                        continue
                    subject = named[-1]
                elif subject.dep_ != "nsubj" or comp.left_edge.i < subject.i < comp.right_edge.i:
                    continue
                lo, hi = comp.left_edge.i, comp.right_edge.i + 1
                while lo < hi and (st.doc[lo].dep_ == "mark" or st.doc[lo].is_punct):
                    lo += 1
                clause = st.doc[lo:hi]
            # a wire dateline opening the sentence ("BRUSSELS, May 2 (Wire) -") is not what was said
            dateline = DATELINE.match(span_text(clause))
            if dateline:
                clause = st.doc.char_span(clause.start_char + dateline.end(), clause.end_char,
                                          alignment_mode="expand") or clause
            # the paragraph break closing the sentence is not part of what was said ("According to him,
            # the operation commenced on 16 Jan.\n\n")
            while len(clause) and clause[-1].is_space:
                clause = clause[:-1]
            # sliced once from the document's text: each ``clause.text`` joins the clause's tokens again
            clause_text = doc_text(st.doc)[clause.start_char : clause.end_char]
            text = clause_text.strip().strip(",;:").strip()
            if len(_WORD.findall(text)) < 3 or "\n" in clause_text or subject.lower_ in self.vocab.addressees:
                continue
            speaker = self.resolve(st, subject)
            if speaker is None or not speaker.name:
                continue
            if not speaker.is_person:
                # "A statement issued by Brig Gen X, Ag Director,\n\nDefence Media Operations, said": the signer
                # named in the statement's sentence speaks, as for a direct quote
                speaker = self._spokesperson_in(st, sent) or self._spokesperson_cut_before(st, sent) or speaker
            start = clause.start_char
            return speaker, text, start, start + len(clause_text.rstrip()), self._speech_date(verb, timexes)
        return None

    # ------------------------------------------------------------------ main

    def extract(self, doc: Doc) -> list[Quote]:
        doc_id = doc_id_of(doc)
        timexes = list(doc._.timexes or [])
        spans = find_quote_spans(doc_text(doc))
        seg_starts: list[tuple[int, int]] = sorted(seg for s in spans for seg in s.segments)
        outside = _outside_quotes(doc, seg_starts)
        st = self._state(doc, outside)
        # a quotation running over paragraphs whose last paragraph the page cut off keeps its whole paragraphs
        spans = [QuoteSpan(s.segments[:-1]) if len(s.segments) > 1 and cut_off(doc_text(doc), s) else s for s in spans]
        direct = [s for s in spans if is_quotation(s.text(doc_text(doc))) and not cut_off(doc_text(doc), s)]
        quoted_sents: set[int] = set()
        for s in direct:
            first, last = st.sindex.sent_range(s.start, s.end)
            quoted_sents.update(range(first, last + 1))
        # Walk the document in order so "he", "it" and continuation paragraphs see earlier speakers.
        items: list[tuple[int, QuoteSpan | Span]] = [(s.start, s) for s in direct]
        items += [(sent.start_char, sent) for k, sent in enumerate(st.sindex.sents) if k not in quoted_sents]
        items.sort(key=lambda item: item[0])
        quotes: list[Quote] = []
        for _, item in items:
            if isinstance(item, QuoteSpan):
                speaker, date = self._attribute(st, item, outside, timexes)
                text = item.text(doc_text(doc))
                start, end, is_direct = item.start, item.end, True
            else:
                found = self._indirect(st, item, outside, timexes)
                if found is None or _related_headline(doc_text(doc), item.start_char, found[3]):
                    continue
                speaker, text, start, end, date = found
                is_direct = False
            speaker = _demonym_speaker(self._settle(st, speaker, start))
            if is_direct and self._bare_country(st, speaker):
                # the conventions never give a bare state for speaker (its government, ministry or official
                # speaks, "the UK government said"): a state the rules landed on, through "he" or a description,
                # stands for the voice the text gave last, else for no one named
                voice = self._last_voice(st, start)
                speaker = None if voice is None or self._bare_country(st, voice) else voice
            if speaker is not None:
                st.history.append((start, st.sindex.paragraph_at(start), speaker))
                if is_direct and st.sindex.paragraph_at(end) != st.history[-1][1]:
                    st.ends_in[start] = st.sindex.paragraph_at(end)
                if not is_direct:
                    st.reported_at.add(start)
            if is_direct and self._unnamed(speaker):
                continue  # "..., a military source said": no one to attribute the words to
            if is_direct and (speaker is None or not speaker.name) and isinstance(item, QuoteSpan) \
                    and _headline(doc_text(doc), item) and not self._said_in(st, item, outside):
                # a quotation opening its own line without a closing full stop or comma, that no speech verb or
                # earlier speaker attributes, is a related story's headline ("EXCLUSIVE: 'ISIS Philippines
                # spokesman is now the group's emir'"): the conventions leave it out
                continue
            if is_direct and (speaker is None or not speaker.name):
                # the conventions keep only quotations someone is named for: one no rule attributes is most
                # likely the voice the text gave last, or the body acting just before
                speaker = self._last_voice(st, start)
            quotes.append(Quote(
                id=stable_id(doc_id, "quote", start),
                doc_id=doc_id,
                speaker=speaker.name if speaker else None,
                text=text,
                direct=is_direct,
                date=date,
                evidence=[st.sindex.evidence(doc_id, start, end)],
                speaker_id=speaker.entity_id if speaker else None,
                role=speaker.role if speaker else None,
            ))
        return _without_repeats(quotes)


# the most names ``QuoteExtractor._outlet`` keeps its answer for
_OUTLETS_MAX = 50_000


def _outside_quotes(doc: Doc, segments: list[tuple[int, int]]) -> list[bool]:
    """Whether each word of ``doc`` lies outside the quoted ``segments`` (character ranges sorted by start): a word
    is inside when the last segment starting at or before it has not ended there. Every word's offset is looked up
    at once in one array: a bisection per word in Python ran for every word of every page."""
    if not segments:
        return [True] * len(doc)  # most pages quote no one
    idx = doc.to_array(IDX).astype(np.int64)
    bounds = np.array(segments, dtype=np.int64)
    last = np.searchsorted(bounds[:, 0], idx, side="right") - 1  # as ``bisect_right(starts, idx) - 1``
    inside = (last >= 0) & (idx < bounds[np.maximum(last, 0), 1])
    return [not flag for flag in inside.tolist()]


# title words that name a country or body, not an office ("the U.S. Ambassador", "the Army Spokesman")
_BODY_TITLE_WORDS = frozenset({"the", "of", "us", "u.s.", "state", "army", "coalition"})
# title words that are no rank before a name: "Army Public Relations" names a body, not "Army" a rank
_NOT_RANKS = _BODY_TITLE_WORDS | {"presidential", "special", "acting"}

_FORCE_NOUNS = ("army", "military", "armed forces", "troops")
# words of a state force's name ("Malian Armed Forces", "Nigerian Army")
_FORCE_WORDS = frozenset({"army", "military", "forces", "armed"})


# an acronym as a speaker: two to seven letters, at least two of them capitals ("ODNI", "MoI", "PM")
_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}")
# small words an acronym may leave out ("Ministry of Interior" is "MI" or "MoI")
_ACRONYM_GAPS = frozenset({"of", "the", "and", "for", "on", "in"})


def _initials(name: str) -> set[str]:
    """The acronyms a name of two or more words (or its last words) may go by, lower-cased: "Office of the
    Director of National Intelligence" -> "odni", "ootdoni", ...; "Iraqi Prime Minister" -> "ipm", "pm"."""
    words = [w for w in re.split(r"[\s\-–/]+", re.sub(r"[’']s\b|[().,’'\"“”]", " ", name)) if w]
    found: set[str] = set()
    for i in range(len(words)):
        tail = words[i:]
        if len(tail) < 2 or not tail[0][:1].isupper():
            continue
        found.add("".join(w[0] for w in tail).lower())
        found.add("".join(w[0] for w in tail if w.lower() not in _ACRONYM_GAPS).lower())
        found.add("".join(w[0] for w in tail if w.lower() not in {"the", "and"}).lower())
    return {f for f in found if len(f) >= 2}


def _demonym_speaker(speaker: Speaker | None) -> Speaker | None:
    """ "the Rwandan statement concluded": a state's adjective, all that is left of a description once its
    statement word is dropped, names no one; the state speaks through its armed forces as the knowledge base
    names them ("a demonym form of a state's army takes the force's full name"), else as the state itself. A
    people's plural ("Tajiks") is no state's word."""
    name = speaker.name.removeprefix("the ").strip() if speaker is not None and speaker.name else ""
    table = demonyms()
    if speaker is None or name not in table or (name.endswith("s") and name[:-1] in table):
        return speaker
    iso = table[name]
    country = load_actor_kb().actors.get(f"country:{iso}")
    force = _force_of(iso, country.canonical if country is not None else name)
    named = force or country
    return Speaker(named.canonical, None, speaker.role) if named is not None else speaker


# "Mali's army", "Nigeria military", "the Ugandan armed forces": a state (by name or adjective) and a force noun
_STATE_AND_FORCE = re.compile(r"(?:the\s+)?(.+?)(?:\s?['’]s)?\s+(army|military|armed forces|troops)", re.I)


def _described_force(phrase: str) -> Actor | None:
    """The armed forces a description of a state's force stands for, as the knowledge base names them: "Mali's
    army" is the Malian Armed Forces ("a demonym form of a state's army takes the force's full name"; the
    country's own name in the possessive is the same force)."""
    m = _STATE_AND_FORCE.fullmatch(phrase.strip())
    if m is None:
        return None
    owner = m.group(1).strip()
    iso = demonyms().get(owner)
    country = load_actor_kb().lookup(owner) if iso is None else load_actor_kb().actors.get(f"country:{iso}")
    if country is None or not country.id.startswith("country:"):
        return None
    return _force_of(country.id.split(":", 1)[1], country.canonical)


def _force_of(iso: str, country: str, nouns: tuple[str, ...] = _FORCE_NOUNS) -> Actor | None:
    """A country's armed forces as the knowledge base names them: the entry that lists "<Adjective> army"
    (or military, troops) for that country ("Nigerien army")."""
    kb = load_actor_kb()
    adjectives = [a for a, code in demonyms().items() if code == iso and not a.endswith("s")]
    for adj in adjectives + [country]:
        for noun in nouns:
            actor = kb.lookup(f"{adj} {noun}")
            if actor is not None and actor.type == "armed_group":
                return actor
    return None


@lru_cache(maxsize=1 << 14)
def _name_stems(text: str, canonical: str) -> frozenset[str]:
    """The stems of the words of a mention's text and canonical name, kept per pair: ``_named_as_described`` reads
    them for every body named before each speaker it weighs, and the same bodies recur in a page and across pages."""
    return frozenset(_word_stem(w) for w in _WORD.findall(f"{text} {canonical}"))


def _word_stem(word: str) -> str:
    """A word compared without case, a possessive or a plural "s" ("Prosecutor's", "prosecutors" -> "prosecutor")."""
    word = re.sub(r"['’]s?$", "", word.lower())
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _quote_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _speaker_rank(q: Quote) -> int:
    """How well a quote's speaker is known: an entity, a name, a description, nobody."""
    if q.speaker_id:
        return 3
    if q.speaker and any(w[:1].isupper() for w in q.speaker.split()):
        return 2
    return 1 if q.speaker else 0


def _without_repeats(quotes: list[Quote]) -> list[Quote]:
    """One direct quotation per wording: a page that repeats its lead, a headline or a pull quote gives the
    same words again (or a part of them), which are one quotation, kept where its speaker is best known."""
    direct = [q for q in quotes if q.direct]
    keys = [_quote_key(q.text) for q in direct]
    dropped: set[int] = set()
    for i, q in enumerate(direct):
        if len(keys[i].split()) < MIN_QUOTE_WORDS:
            continue
        for j, other in enumerate(direct):
            if j == i or j in dropped or keys[i] not in keys[j]:
                continue
            if keys[i] == keys[j] and (_speaker_rank(other), -j) < (_speaker_rank(q), -i):
                continue  # the same words: the better attributed copy, else the first, stays
            if _speaker_rank(q) > _speaker_rank(other):
                other.speaker, other.speaker_id, other.role = q.speaker, q.speaker_id, q.role
            dropped.add(i)
            break
    gone = {id(direct[i]) for i in dropped}
    return [q for q in quotes if id(q) not in gone]


@Language.factory(
    "sitroom_quotes",
    requires=["doc.sents", "doc._.entity_mentions", "doc._.place_mentions", "doc._.timexes"],
    assigns=["doc._.quotes"],
)
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)


# where a name after an attribution phrase ends: the comma before its role, or the line's end
_NAME_STOP = re.compile(r"[,;\n]")


def _named_in(st: _DocState, start: int, stop: int, types: tuple[str, ...]) -> Speaker | None:
    """The first person in [start, stop), else the first entity mention there of ``types``: who a signature or an
    attribution phrase after a closing mark names."""
    people = [p for p in st.persons if start <= p.start < stop]
    if people:
        p = people[0]
        return Speaker(p.canonical, p.entity_id, p.role, is_person=True)
    i = bisect.bisect_left(st.mention_starts, start)
    if i < len(st.mentions) and st.mentions[i].start < stop and st.mentions[i].type in types:
        named = st.mentions[i]
        return Speaker(named.canonical, named.entity_id, is_person=named.type == "person")
    return None
