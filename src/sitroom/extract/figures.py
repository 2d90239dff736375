"""Quantities with units: the ``sitroom_figures`` spaCy component.

Numbers are found by one compiled pattern over the text (digits with separators and scale words,
currency symbols, percent signs, spelled-out numbers, "83-member" compounds), because the small
model's MONEY/CARDINAL spans miss forms such as "€45m" or "2.3bn". The dependency parse then says
what each number counts: its head noun ("2,500 troops"), a partitive ("31,000 of those detained"),
the verb it is the object of ("killing seven"), or, for money and percentages, the noun phrase or
clause it belongs to ("pledges of more than $500 million"). Dates, years, ages, times, list
markers, names such as "G-7" and parenthesised unit conversions are not figures. A number whose
unit cannot be told is dropped unless it plainly counts a concrete noun (unit "count").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom import data as datafiles
from sitroom.annotate import extensions
from sitroom.annotate.extensions import doc_sents, doc_text, token_words
from sitroom.data.schemas import FiguresFile
from sitroom.extract.spans import SentIndex, doc_id_of
from sitroom.models import FIGURE_UNITS, Figure, Timex, stable_id

MAX_SUBJECT_TOKENS = 8
# a force's or group's size is told in hundreds and thousands ("900 troops in Syria", "1,000 members"); a smaller
# count of soldiers or members is of individuals unless a force word says otherwise (``force_words``)
FORCE_MIN = 100
# the words a group's name and its acronym in brackets may take between a number and the noun it counts
MAX_NAME_TOKENS = 16
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_SKIP_ENTS = ("DATE", "TIME", "ORDINAL")
# the words that join the items of a list of counts by place or day ("46 suspects in Bursa, 47 in Gaziantep")
_LIST_JOINS = (",", ";", "and", "including", "-", "\u2013", "\u2014")
_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\b")  # "the 81st strike", "its 90th member"


@dataclass(frozen=True)
class FigureVocab:
    currency: dict[str, str]
    scale: dict[str, float]
    number_words: dict[str, int]
    scale_articles: dict[str, float]
    qualifiers: dict[str, str]
    length: dict[str, float]
    noun_units: dict[str, str]
    hyphen_units: dict[str, str]
    suffered_words: dict[str, int]
    people_verbs: frozenset[str]
    casualty_words: frozenset[str]
    custody_words: frozenset[str]
    people_events: frozenset[str]
    people_totals: frozenset[str]
    tally_nouns: frozenset[str]
    tally_marker_pattern: re.Pattern[str]
    flight_verbs: frozenset[str]
    state_verbs: frozenset[str]
    death_idioms: frozenset[tuple[str, str]]
    combatant_nouns: frozenset[str]
    strength_verbs: frozenset[str]
    strength_nouns: frozenset[str]
    party_verbs: frozenset[str]
    party_nouns: frozenset[str]
    target_words: frozenset[str]
    skip_nouns: frozenset[str]
    cell_nouns: frozenset[str]
    ordinal_bodies: frozenset[str]
    condition_words: frozenset[str]
    force_words: frozenset[str]
    pattern: re.Pattern[str]
    range_pattern: re.Pattern[str]
    qualifier_pattern: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation, the longest first (so "thirty-seven" wins over "thirty").

    For speed alone, words of one initial letter are put together behind a look-ahead for that letter: the number
    words are some three hundred, and the engine otherwise tries each of them at every word of a text. The match
    is the same: words of different initials never match at one place, and words of one initial keep their
    order. (Only when every word starts with an ASCII letter; case is left to the pattern's flags.)"""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered or not all(w[:1].isascii() and w[:1].isalpha() for w in ordered):
        return "|".join(re.escape(w) for w in ordered)
    by_initial: dict[str, list[str]] = {}
    for w in ordered:
        by_initial.setdefault(w[0].lower(), []).append(w)
    return "|".join(
        f"(?=[{initial}{initial.upper()}])(?:{'|'.join(re.escape(w) for w in group)})"
        for initial, group in by_initial.items()
    )


def _first_chars(*alternatives: list[str]) -> str:
    """The characters the given words start with, escaped for a character class."""
    return "".join(sorted({re.escape(w[0]) for words in alternatives for w in words if w}))


@cache
def figure_vocab() -> FigureVocab:
    data = datafiles.load(FiguresFile)
    noun_units = {noun: unit for unit, nouns in dict(data.units).items() for noun in nouns}
    for unit in set(noun_units.values()) | set(data.hyphen_units.values()) | set(data.currency.values()):
        assert unit in FIGURE_UNITS, f"figures.toml names unknown unit {unit}"
    symbols = [c for c in data.currency if not c.isalpha()]
    number_words = {**data.number_words, **data.suffered_number_words}
    # "Forty-four people": the tens joined to a unit by a hyphen, as newsrooms spell a number opening a sentence
    tens = {w: n for w, n in number_words.items() if n in range(20, 100, 10)}
    units = {w: n for w, n in number_words.items() if n in range(1, 10)}
    # ... and "thirty seven militants", as machine-translated and hurried copy spells it without the hyphen
    number_words |= {f"{t}{sep}{u}": tn + un for t, tn in tens.items() for u, un in units.items() for sep in "- "}
    words = list(number_words)
    # "600 000 displaced": thousands grouped by a space (French and UN style) as well as by commas
    number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:\.\d+)?"
    # "a million people", "half a million", "more than a dozen suspects": an article counts only with the scale word
    # after it
    big = [w for w, f in data.scale.items() if w.isalpha() and len(w) > 2 and f >= 12]
    articles = rf"(?:{_alternation(list(data.scale_articles))})(?=\s(?:{_alternation(big)})\b)"
    # (guards first, for speed alone: a figure starts with a digit, a currency symbol, a number word or an article,
    # or a space before one; the other places of a text fail at once instead of trying each alternative in turn,
    # a third of the two searches' time)
    starts = _first_chars(symbols, words, list(data.scale_articles))
    pattern = re.compile(
        # a number after a hyphen only when a digit comes before it: the upper end of "3,000-5,000
        # fighters", never the 7 of "G-7" or the 19 of "COVID-19"
        rf"(?=[ \d{starts}])(?<![\w.,/:])(?<![^\d]-)(?P<cur>{_alternation(symbols)})?[ ]?"
        rf"(?:(?P<num>{number})|(?P<word>{articles}|{_alternation(words)}))"
        rf"(?:\s?(?P<scale>{_alternation(list(data.scale))})(?![\w]))?"
        rf"(?:\s?(?P<pct>%|percent\b|per cent\b|pct\b))?"
        rf"(?:-(?P<hy>{_alternation(list(data.hyphen_units))})\b)?"
        rf"(?P<att>{_alternation(list(data.length))})?"  # "180kms north of Beni": the unit written on
        rf"(?![\w]|[-/:]\d|\.\d)",
        re.IGNORECASE,
    )
    # "3,000-5,000 fighters", "5,000 to 7,000 members", "between 3,000 and 5,000": the parse counts the noun
    # with one end only; the other end is a figure of the same noun
    end = rf"{number}|{_alternation(words)}"
    range_pattern = re.compile(
        rf"(?=[\d{_first_chars(words)}])(?<![\w.,/:-])(?P<a>{end})(?P<join>\s?[-\u2013\u2014]\s?|\s+(?:to|and)\s+)(?P<b>{end})(?![\w]|[-/:]\d|\.\d)",
        re.IGNORECASE,
    )
    qualifier_pattern = re.compile(rf"\b(?P<q>{_alternation(list(data.qualifiers))})\s*(?:the\s+)?$", re.I)
    ctx = data.context
    return FigureVocab(
        currency=data.currency,
        scale={k: float(v) for k, v in data.scale.items()},
        number_words=number_words,
        scale_articles={k: float(v) for k, v in data.scale_articles.items()},
        suffered_words=data.suffered_number_words,
        qualifiers=data.qualifiers,
        length={k: float(v) for k, v in data.length.items()},
        noun_units=noun_units,
        hyphen_units=data.hyphen_units,
        people_verbs=frozenset(ctx.people_verbs),
        casualty_words=frozenset(ctx.casualty_words),
        custody_words=frozenset(ctx.custody_words),
        people_events=frozenset(ctx.people_events),
        people_totals=frozenset(ctx.people_totals),
        tally_nouns=frozenset(ctx.tally_nouns),
        flight_verbs=frozenset(ctx.flight_verbs),
        tally_marker_pattern=re.compile(rf"\s+(?:{_alternation(list(ctx.tally_markers))})\b", re.I),
        state_verbs=frozenset(ctx.state_verbs),
        death_idioms=frozenset((w.split()[0], w.split()[-1]) for w in ctx.death_idioms),
        combatant_nouns=frozenset(ctx.combatant_nouns),
        strength_verbs=frozenset(ctx.strength_verbs),
        strength_nouns=frozenset(ctx.strength_nouns),
        party_verbs=frozenset(ctx.party_verbs),
        party_nouns=frozenset(ctx.party_nouns),
        target_words=frozenset(ctx.target_words),
        skip_nouns=frozenset(ctx.skip_nouns),
        cell_nouns=frozenset(ctx.cell_nouns),
        ordinal_bodies=frozenset(ctx.ordinal_bodies),
        condition_words=frozenset(ctx.condition_words),
        force_words=frozenset(ctx.force_words),
        pattern=pattern,
        range_pattern=range_pattern,
        qualifier_pattern=qualifier_pattern,
    )


def _fallback_timexes(doc: Doc) -> list[Timex]:
    """Month/year values read off DATE entities, for when the dates component has not run."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", ent.text)
        if not year:
            continue
        month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name[:3]}", ent.text, re.I)), None)
        value = f"{year.group(1)}-{month:02d}" if month else year.group(1)
        found.append(Timex(ent.text, ent.start_char, ent.end_char, value, "month" if month else "year"))
    return found


def _in_parentheses(tok: Token) -> bool:
    """True for tokens of a bracketed aside ("(994 miles)"), which never name what is counted."""
    return _bracket_depths(tok.doc)[tok.i] > 0 or tok.text in ")]"


# the key of the tokens' bracket depths in ``doc.user_data``
_DEPTHS_KEY = "sitroom.bracket_depths"


def _bracket_depths(doc: Doc) -> list[int]:
    """How many brackets stand open within its sentence after each token, counted once per document: a phrase asks
    it of each of its words, and counting from the sentence's start for each (with ``tok.sent`` found again each
    time) cost a sixth of the figures stage."""
    found: list[int] | None = doc.user_data.get(_DEPTHS_KEY)
    if found is None:
        texts = token_words(doc)  # the words' texts from the per-document list: a Token for each would cost more
        found = [0] * len(doc)
        for sent in doc_sents(doc):
            depth = 0
            for i in range(sent.start, sent.end):
                # (brackets have no case: the lower-cased text is the text)
                if texts[i][1] in "([":
                    depth += 1
                elif texts[i][1] in ")]":
                    depth = max(0, depth - 1)
                found[i] = depth
        doc.user_data[_DEPTHS_KEY] = found
    return found


def _value(number: str) -> float:
    return float(re.sub(r"[,\s]", "", number))


def _join(tokens: list[Token]) -> str:
    """Tokens back to text, keeping the original spacing between neighbours."""
    out = ""
    for k, t in enumerate(tokens):
        out += t.text
        if k + 1 < len(tokens):
            adjacent = tokens[k + 1].i == t.i + 1
            out += t.whitespace_ if adjacent else " "
    return out.strip(" ,;:")


class FigureExtractor:
    """The ``sitroom_figures`` component: sets ``doc._.figures`` to a list of Figure records."""

    def __init__(self, nlp: Language | None = None, name: str = "sitroom_figures") -> None:
        extensions.register()
        self.name = name
        self.vocab = figure_vocab()

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = self.extract(doc)
        return doc

    # ------------------------------------------------------------------ surface checks

    def _not_a_figure(self, doc: Doc, m: re.Match[str], tok: Token) -> bool:
        """Dates, years, ages, times, list markers, names like G-7, parenthesised conversions."""
        text = doc_text(doc)
        s, e = m.start(), m.end()
        # a currency, a percent sign or a length written on ("180kms") makes a number no date
        money = bool(m.group("cur")) or bool(m.group("pct")) or bool(m.group("att"))
        if tok.ent_type_ in _SKIP_ENTS and not money and not self._count_in_date(tok):
            return True
        num = m.group("num") or ""
        if re.fullmatch(r"(1[89]|20)\d\d", num) and not money and not m.group("scale"):
            return True  # a bare four-digit year
        if s > 0 and text[s - 1] == "-":
            # "3,000-5,000 fighters" is a range: its upper end counts; "1-0", "24-7" and "9-11" are no range
            low = re.search(r"(\d[\d,]*)-$", text[max(0, s - 12) : s])
            if not num or low is None or not 0 < _value(low.group(1)) < _value(num):
                return True
        after = text[e : e + 14].lower()
        if re.match(r"\s?-?\s?(year|yr)s?[- ]old|\s?(am|pm|a\.m\.|p\.m\.|gmt|utc)\b", after):
            return True
        before = text[max(0, s - 16) : s].lower()
        if re.search(r"\b(aged|age|page|no\.|number|article|section|chapter|resolution)\s*$", before):
            return True
        line_start = text.rfind("\n", 0, s) + 1
        if not text[line_start:s].strip() and re.match(r"[.)]\s", text[e : e + 2]):
            return True  # a list marker
        # "1,600 km (994 miles)": the parenthesised conversion repeats the first figure in another measure;
        # "241 families (865 individuals)" counts something else and is a figure of its own
        conv = re.search(r"\d[\d,.]*\s*([a-z%]*)\s*\($", before)
        # "50 miles (80 kilometers)": the metric side of a conversion is the figure, as the wires' own style
        # and the reader's map measure it; the miles before it are skipped instead
        metric = re.match(r"\s?(km|kms|kilomet)", text[e : e + 10].lower()) or (m.group("att") or "").lower() in (
            "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
        if conv is not None and conv.group(1) in ("mile", "miles") and metric:
            return False
        converted = r"\s?miles?\s*\(\s*(?:about\s+|approximately\s+)?[\d,.]+\s?(?:km|kms|kilomet)"
        if re.match(converted, text[e : e + 40], re.I):
            return True
        # (the measures put together only for a number after a bracket: this test runs on every number of a page)
        return conv is not None and conv.group(1) in {
            "", "%", "percent", *self.vocab.length, *self.vocab.currency, *self.vocab.scale}

    def _count_in_date(self, tok: Token) -> bool:
        """A count the model folded into a neighbouring date: "since January 2017 12 new members" (a number
        right after a year, counting a noun), "the death toll of 42", "killing over 70", "over 70 ISWAP fighters"
        (read as an age)."""
        if tok.ent_type_ != "DATE" or not re.fullmatch(r"\d[\d,]*", tok.text):
            return False
        if tok.dep_ == "pobj" and self._casualty_word(tok) is not None:
            return True
        if self._people_total(tok) is not None:
            return True  # "the death toll was 43", "reported the death toll at 43" (read as an age)
        if tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i and (
                self._noun_unit(tok.head) in ("people", "troops", "members")):
            return True  # "over 70 ISWAP fighters were killed" (read as an age): people are no age
        after_year = tok.i > 0 and re.fullmatch(r"(1[89]|20)\d\d", tok.nbor(-1).text) is not None
        if after_year and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            return tok.head.lemma_.lower() not in self.vocab.skip_nouns
        return tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in self.vocab.people_totals

    def _qualifier(self, doc: Doc, start: int) -> tuple[str | None, int]:
        window = doc_text(doc)[max(0, start - 24) : start]
        m = self.vocab.qualifier_pattern.search(window)
        if not m:
            return None, start
        return self.vocab.qualifiers[m.group("q").lower()], start - (len(window) - m.start())

    # ------------------------------------------------------------------ syntax

    def _phrase(self, noun: Token, skip: set[int]) -> str:
        """A noun with its name-building modifiers and a short of/in/at complement."""
        keep: list[Token] = []
        for child in noun.lefts:
            name_part = child.dep_ in ("compound", "amod", "poss", "nmod", "case", "nummod")
            if name_part and child.i not in skip and child.pos_ != "PRON":
                keep.extend(t for t in child.subtree if t.i not in skip and t.pos_ != "DET")
        keep.append(noun)
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "from", "for"):
                tail = [t for t in child.subtree if t.i not in skip][: MAX_SUBJECT_TOKENS - len(keep)]
                if any(t.dep_ != "prep" for t in tail):
                    keep.extend(tail)
                break
        keep = sorted({t.i: t for t in keep if not t.is_space}.values(), key=lambda t: t.i)
        inside = _in_parentheses(noun)  # "(865 individuals)": the counted noun itself is in the brackets
        return _join([t for t in keep if inside or not _in_parentheses(t)])

    def _unit_and_subject(
        self, node: Token, m: re.Match[str], skip: set[int]
    ) -> tuple[str | None, str, Token | None]:
        """(unit, subject phrase, subject head) for the number whose last token is ``node``."""
        v = self.vocab
        head = node.head
        cur = m.group("cur")
        unit: str | None
        if m.group("att"):
            return "km", node.text, node
        if m.group("hy"):
            unit = v.hyphen_units[m.group("hy").lower()]
            noun = head.head if head.dep_ == "compound" else head
            owner = noun
            while owner.dep_ in ("compound", "amod", "nmod") and owner.head.i > owner.i:
                owner = owner.head
            # the noun the size is of, by the parse or, in a headline the parse mangles ("by 12-member IS cell"),
            # among the next few words
            after = [t.lemma_.lower() for t in head.doc[head.i + 1 : head.i + 4] if t.is_alpha]
            if unit == "members" and (owner.lemma_.lower() in v.cell_nouns or v.cell_nouns & set(after)):
                unit = "people"  # "a 12-member IS cell" was dismantled: its members are people, not a strength
            return unit, self._phrase(noun, skip | {head.i}), noun
        if cur or m.group("pct"):
            unit = "percent" if m.group("pct") else v.currency[cur.lower()]
            return unit, *self._money_subject(node, skip)
        nxt = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
        if nxt is not None and nxt.lower_ in v.currency:
            return v.currency[nxt.lower_], *self._money_subject(nxt, skip | {nxt.i})
        if nxt is not None and nxt.lower_ in v.length:
            return "km", self._phrase(nxt.head, skip | {nxt.i}) if nxt.head != nxt else nxt.text, nxt
        # "more than a dozen suspected members", "over 2 dozen kidnapped sailors": the parser may hang the number on
        # the participle before the noun, as an adverb of it; so on "more" ("around two million more people have been
        # displaced")
        on_participle = node.dep_ == "npadvmod" and head.dep_ == "amod" and head.tag_ in ("VBN", "JJ", "JJR")
        if (node.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod") or on_participle) and head.i > node.i and (
            head.pos_ in ("NOUN", "PROPN") or head.dep_ == "compound" or (
                head.dep_ == "amod" and (head.pos_ == "ADJ" or on_participle))
            # "killed three more", "injured nine other": the adjective stands for the people, as "others" does
            or head.lower_ in ("more", "other")
        ):
            head = self._counted_noun(head)
            unit = self._noun_unit(head)
            if unit is None and head.pos_ == "PROPN":
                named = self._noun_after_name(node)
                if named is not None:  # "38 Islamic State of West Africa Province (ISWAP) terrorists"
                    head, unit = named, self._noun_unit(named)
            if unit is None and head.lower_ in ("others", "more", "other"):
                # "25 civilians were killed, including 15 men ... and seven others": the others are what the
                # sentence counted before
                earlier = self._earlier_counted(node)
                unit = self._noun_unit(earlier) if earlier is not None else None
                if unit is None and head.lower_ != "others" and not self._suffered(head):
                    return None, "", None  # "at least 10 more left": no thing counted, none befallen
            if unit is None and head.lemma_.lower() not in v.skip_nouns and head.pos_ == "NOUN":
                unit = "count"
            if unit in (None, "count", "troops", "members") and self._suffered(head):
                # "wounding at least 110 others", "71 soldiers were killed", "six IS members killed in the
                # raid": people killed, wounded or held are counted as people, whatever force they were in
                unit = "people"
            elif unit == "people" and self._strength(head):
                unit = "members"  # "fewer than 1,000 fighters remain", "the group has some 3,000 fighters"
            return unit, self._phrase(head, skip), head
        # the number stands for the noun itself: "31,000 of those detained", "killing seven"
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None:
                unit = self._noun_unit(obj) or (
                    "people" if any(t.lemma_.lower() in v.people_verbs for t in obj.subtree)
                    or obj.lower_ == "whom"  # "205 of whom received outpatient care"
                    or obj.lower_ in v.casualty_words else None  # "at least 12 of the deceased", "two of the wounded"
                ) or self._pronoun_unit(node, obj)
                if unit in (None, "count", "troops", "members") and (
                        self._suffered(node) or self._condition(node) is not None):
                    unit = "people"  # "five of its members had been killed", "three of them were in critical condition"
                words = [t for t in obj.subtree if not t.is_space][:MAX_SUBJECT_TOKENS]
                return unit, _join(words), obj
        if node.dep_ in ("dobj", "nsubjpass", "nsubj") and self._suffered(node):
            return "people", head.text, head
        flight = next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in v.flight_verbs), None)
        if node.dep_ == "dobj" and flight is not None:
            # "forced around 400,000 to flee their homes": the number is who fled, the people displaced
            return "people", " ".join(t.text for t in flight.subtree if not t.is_punct)[:60], flight
        casualty = self._casualty_word(node)
        if casualty is not None:  # "left 20 dead", "injuring over 50", "with 15 more injured"
            return "people", casualty.text, casualty
        total = self._people_total(node) or self._tally(node) or self._numbering(node) or self._bracket_tally(node, m)
        if total is not None:  # "the death toll rose to 54", "whose population is estimated at 74,000"
            unit, noun = total
            return unit, self._phrase(noun, skip), noun
        shared = self._shared_noun(node)
        if shared is not None:  # the phrase without the other number: "soldiers", not "400 soldiers"
            other = {c.i for c in shared.children if c.dep_ == "nummod"} | {
                t.i for c in shared.children if c.dep_ == "nummod" for t in c.subtree}
            return self._noun_unit(shared), self._phrase(shared, skip | other), shared
        party = self._party_of(node)
        if party is not None:  # "a group of about 100": the size of a band, unless what befell it is told
            return "people" if self._suffered(party) else "members", self._phrase(party, skip), party
        # a bare number as the subject of a verb counts people, active or passive ("Some 1,000 have been
        # brought back", "five have been caught"), and so does "a total of" one ("A total of 550 were rescued")
        subject = self._total_of(node) or node
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.pos_ in ("VERB", "AUX"):
            head = subject.head
            rest = [t for t in head.subtree if t.i > head.i and not t.is_punct][:MAX_SUBJECT_TOKENS]
            verb = "died" if head.lemma_.lower() in v.people_verbs else head.text
            return "people", " ".join([verb] + [t.text for t in rest]), head
        if node.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in v.people_verbs
                                       for c in node.children):
            return "people", node.text, node  # a headline: "Two killed in clashes with Dawlah Islamiya"
        earlier = self._elided_noun(node, min(skip, default=node.i))
        if earlier is not None:  # "1,000 members, up from 300 in 2019", "five in Sukoharjo, three in Boyolali"
            other = {t.i for c in earlier.children if c.dep_ == "nummod" for t in c.subtree}
            return self._noun_unit(earlier), self._phrase(earlier, skip | other), earlier
        return None, "", None

    def _pronoun_unit(self, node: Token, obj: Token) -> str | None:
        """The unit of a number "of them" ("eight of them seriously", "Six of them were caught", "about 50 of us"):
        what a number before it in the sentence counts ("20 strikes, 12 of them in Syria"; nothing for "four
        vehicles, three of them booby-trapped"), else people, whom news copy counts "of them" far more than
        anything else. Some of a force or a group are individuals: "eight dead members, six of them identified"."""
        if obj.lower_ not in ("them", "us", "those") or obj.pos_ not in ("PRON", "DET"):
            return None
        earlier = self._earlier_counted(node, things=True)
        if earlier is None or earlier.lower_ in ("others", "more"):  # "19 others were wounded, eight of them seriously"
            return "people"
        unit = self._noun_unit(earlier)
        return "people" if unit in ("troops", "members") else unit

    def _total_of(self, node: Token) -> Token | None:
        """The "total" a bare number is "of" ("A total of 550 were rescued"): it stands in the clause where the
        number would, so its role there says what the number counts."""
        of = node.head
        if node.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() == "total" and of.head.i < node.i:
            return of.head
        return None

    def _party_of(self, node: Token) -> Token | None:
        """The band ("group", "column", "unit") a bare number is "of": "a group of about 100". Not a name such as
        "the Group of Seven", which the capital gives away."""
        of = node.head
        party = of.head
        if node.dep_ == "pobj" and of.lower_ == "of" and party.i < node.i and party.pos_ == "NOUN" and (
                party.lemma_.lower() in self.vocab.party_nouns and party.text.islower()):
            return party
        return None

    def _noun_after_name(self, node: Token) -> Token | None:
        """The counted noun after a group's name that a number stands before: "120 Boko Haram/ISWAP fighters",
        "14 ADF (Allied Democratic Forces) assailants", "10 Islamic State (ISIS / Daesh / ISIL) group terrorists".
        The parser hangs the number on the name; the noun is the first common noun after it, past the name's
        words, its acronym in brackets and slashes, when that noun counts people, troops or members."""
        depth = 0
        for tok in node.doc[node.i + 1 : node.i + 1 + MAX_NAME_TOKENS]:
            if tok.is_sent_start:
                return None
            if tok.text in ("(", "["):
                depth += 1
            elif tok.text in (")", "]"):
                depth -= 1
            elif depth == 0 and tok.pos_ == "NOUN":
                unit = self._noun_unit(tok)
                if unit in ("people", "troops", "members"):
                    return tok
                if tok.lemma_.lower() not in self.vocab.party_nouns:  # "group terrorists": the name's own noun
                    return None
            elif depth == 0 and not (tok.pos_ in ("PROPN", "PUNCT", "ADP", "DET", "CCONJ") or tok.text == "/"):
                return None
        return None

    def _elided_noun(self, node: Token, start: int) -> Token | None:
        """The counted noun a bare number leaves out because the sentence named it with an earlier number.

        Two ways of writing it: a comparison ("an estimated 1,000 members, up from approximately 300 in
        2019", "60 airstrikes in 2025, compared to just 10 in 2024"), where the bare number is the object
        of "from", "to" or "than"; and a list by place or day ("one suspect in Karanganyar, three in Boyolali,
        five in Sukoharjo", "detained 48 people – 13 on August 1 and 35 on July 31", "more than 4,000 people
        were killed in Mali and more than 7,500 in Burkina Faso"), where it is an apposition or conjunct followed
        by "in"/"at", or, however the parser hangs the list, a number (from ``start``, its qualifier) after a
        comma, dash, "and" or "including" and before "in", "on", "at" or "from". The noun is the nearest one
        before it in the sentence that a number counts with a known unit.
        """
        comparison = node.dep_ == "pobj" and node.head.lower_ in ("from", "to", "than")
        by_place = node.dep_ in ("appos", "conj") and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") for c in node.children)
        doc = node.doc
        # (not a pair of numbers: "aged 15 and 16 on suspicion", "arrested on Jun. 22 and 23 on suspicion")
        listed = start > 1 and node.i + 1 < len(doc) and doc[start - 1].lower_ in _LIST_JOINS and (
            doc[node.i + 1].lower_ in ("in", "on", "at", "from")) and not (
                doc[start - 2].like_num and not re.fullmatch(r"(1[89]|20)\d\d", doc[start - 2].text))
        if not (comparison or by_place or listed):
            return None
        return self._earlier_counted(node)

    def _earlier_counted(self, node: Token, things: bool = False) -> Token | None:
        """The nearest noun before ``node`` in its sentence that a number counts with a known unit (or, with
        ``things``, any noun a number counts: "four vehicles, three of them booby-trapped")."""
        for tok in reversed(node.sent[: node.i - node.sent.start]):
            if tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
                noun = self._counted_noun(tok.head)
                if things and noun.lemma_.lower() in self.vocab.skip_nouns:
                    continue  # "girls between 15 and 20 years old ... took 12 of them": an age counts nobody
                return noun if things or self._noun_unit(noun) not in (None, "count") else None
        return None

    def _suffered(self, noun: Token) -> bool:
        """The noun is who a people verb happened to: its object or passive subject, or it carries the verb
        as a reduced relative ("members killed in the raid"). A conjunct shares its first conjunct's verb
        ("killed 169 Afghans and 13 American service members")."""
        v = self.vocab
        verbs = v.people_verbs
        if any(c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in verbs and c.tag_ == "VBN"
               or c.dep_ in ("amod", "acl", "oprd") and c.lower_ in v.casualty_words
               for c in noun.children if c.i > noun.i):
            return True  # "members killed in the raid", "two members of the checkpoint dead"
        if any(c.dep_ == "amod" and c.lower_ in v.casualty_words for c in noun.children if c.i < noun.i):
            return True  # "six dead soldiers and 12 dead militants", "six wounded soldiers"
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "NUM") and noun.head.i < noun.i:
            noun = noun.head
        head = noun.head
        lemma = head.lemma_.lower()
        if noun.dep_ in ("dobj", "nsubjpass") and lemma in verbs:
            return True
        if noun.dep_ == "nsubj" and head.lower_ in v.casualty_words and head.pos_ == "ADJ":
            return True  # "leaving at least 34 soldiers dead": the small clause's subject is dead
        if noun.dep_ == "nsubj" and (lemma in ("die", "perish") or (
            lemma in verbs and head.tag_ in ("VBN", "VBD") and not any(c.dep_ == "dobj" for c in head.children)
        )):
            return True  # "20 died", "11 others wounded" (a reduced passive: no object)
        others = [c for c in head.children if c.i != noun.i]
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma in v.state_verbs and any(
            c.lower_ in v.casualty_words and c.dep_ not in ("nsubj", "nsubjpass", "dobj") for c in others
        ):
            return True  # "left two police officials dead", "one person was missing", "were confirmed dead"
        if noun.dep_ == "nsubj" and any(
            c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in v.death_idioms for c in others
        ):
            return True  # "two brave soldiers paid the supreme price", "five lost their lives"
        if noun.dep_ == "nsubj" and lemma in ("sustain", "suffer") and any(
            c.dep_ == "dobj" and any(t.lower_ in v.casualty_words for t in c.subtree) for c in others
        ):
            return True  # "seven American troops sustained injuries", "sustained various degrees of injuries"
        if noun.dep_ in ("dobj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in v.custody_words for o in c.children)
            for c in others
        ):
            return True  # "eight had been placed in custody"
        if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in v.casualty_words:
            return True  # "injuries to 13 others"
        if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in ("along", "together") and (
                head.head.head.lemma_.lower() in verbs):
            return True  # "civilians were slain along with 17 soldiers"
        if noun.dep_ == "nsubj" and lemma == "be" and any(
            c.dep_ == "prep" and c.lower_ == "among" and any(o.lower_ in v.casualty_words for o in c.children)
            for c in others
        ):
            return True  # "four paramilitary troops were among the wounded"
        if noun.dep_ == "pobj" and head.lower_ == "including" and head.head.i < noun.i:
            listed = head.head
            if listed.lower_ in v.casualty_words:
                return True  # "left nearly sixty dead, including twelve security personnel"
            if listed.pos_ == "VERB" and (listed.lemma_.lower() in verbs or any(
                    c.dep_ in ("dobj", "oprd", "acomp") and c.lower_ in v.casualty_words for c in listed.children)):
                return True  # "left nearly sixty dead, including ...", "killed 20, including five soldiers"
            if listed.pos_ == "NUM" and self._casualty_word(listed) is not None:
                return True  # "three dead, four wounded, including two soldiers"
            if listed.pos_ in ("NOUN", "PRON", "NUM"):
                return self._suffered(listed)  # "injuries to 13 others, including eight soldiers"
        # "the arrest of its leader and six members", "the killing of three Americans"
        return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in v.people_events

    def _individuals(self, m: re.Match[str], noun: Token | None) -> bool:
        """A count of soldiers or members (by its noun: not a "12-member" compound, not fighters made a strength by
        their verb) that no force word makes a force's size: at under ``FORCE_MIN`` it counts individuals, the
        killed, the held, the attackers ("five soldiers", "seven ISIS members"), not a force."""
        v = self.vocab
        if m.group("hy") or noun is None or v.noun_units.get(noun.lemma_.lower()) not in ("troops", "members"):
            return False
        if noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be" and any(
                c.dep_ == "expl" for c in noun.head.children):
            return False  # "there are still nine members of the Santoso group hiding in Poso": a group's size
        of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        up = list(noun.ancestors)[:3]
        # the object of the verb the count hangs from: "brought its membership to 86 members"
        objects = [c for a in up[:2] for c in a.children if c.dep_ == "dobj" and c is not noun]
        near = [*noun.children, *of, *up, *objects]
        return not any(t.lemma_.lower() in v.force_words or t.lower_ in v.force_words for t in near)

    def _strength(self, noun: Token) -> bool:
        """The counted fighters are a group's standing strength: the subject of "remain"/"number" or what
        a group "has" or "fields"."""
        v = self.vocab
        if noun.lemma_.lower() not in v.combatant_nouns:
            return False
        verb = noun.head.lemma_.lower()
        if noun.dep_ == "nsubj" and verb in v.party_verbs and noun.head.pos_ == "VERB":
            return True  # "about 300 militants attacked a village": the size of the attacking party
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in v.party_verbs:
            return True  # "troops clashed with some 50 BIFF fighters"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in v.party_nouns:
            return True  # "a group of 40 ADF militants crossed into Uganda"
        if noun.dep_ == "attr" and verb == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in v.strength_nouns for c in noun.head.children):
            return True  # "the group's combined strength was 3,000-5,000 fighters"
        if noun.dep_ in ("attr", "nsubj") and verb == "be" and any(c.dep_ == "expl" for c in noun.head.children) and (
                not self._suffered(noun)):
            return True  # "there were an estimated 300 ISIS militants there": fighters said to exist are a strength
        return (noun.dep_ == "nsubj" and verb in v.strength_verbs) or (
            noun.dep_ == "dobj" and verb in v.strength_verbs and verb not in ("remain", "number")
        )

    def _casualty_word(self, node: Token) -> Token | None:
        """The word saying what happened to a bare number of people: "left 20 dead", "injuring over 50",
        "at least four with 15 more injured"."""
        v = self.vocab
        head = node.head
        if node.dep_ in ("nummod", "npadvmod") and head.lower_ in v.casualty_words:
            return head
        condition = self._condition(node)
        if condition is not None:  # "including five in critical condition", "32 are in serious condition"
            return condition
        nxt = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
        if nxt is not None and nxt.lower_ in v.casualty_words and nxt.tag_ in ("VBN", "JJ"):
            return nxt  # "the plight of over 6,200 killed and millions displaced": the parser hangs them apart
        if node.dep_ == "pobj" and head.lower_ in ("over", "about", "around", "nearly", "almost", "than") and (
            head.head.lemma_.lower() in v.people_verbs
        ):
            return head.head
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in v.people_events and (
            head.head.lemma_.lower() != "return"
        ):
            return head.head  # "the death of one soldier and the injury of five", "the arrest of 12"
        if node.dep_ == "npadvmod" and head.lower_ in ("more", "others", "other") and (
            head.head.lower_ in v.casualty_words or head.head.lemma_.lower() in v.people_verbs
            and head.head.tag_ == "VBN"
        ):
            return head.head
        return None

    def _condition(self, node: Token) -> Token | None:
        """The "condition" a bare number of people is said to be in: "five in critical condition" (the number's
        own phrase) or "32 are in serious condition" (its clause)."""
        holders = [node] + ([node.head] if node.dep_ == "nsubj" and node.head.lemma_ == "be" else [])
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() == "condition" and any(
                            a.lower_ in self.vocab.condition_words for a in obj.children):
                        return obj
        return None

    def _people_total(self, node: Token) -> tuple[str | None, Token] | None:
        """(unit, noun) when a bare number is the value of a total of people: the death toll or a camp's
        population it is said to rise to or stand at, or "the total number of repatriated Iraqis"."""
        v = self.vocab
        if node.dep_ not in ("pobj", "attr", "acomp", "dobj"):  # dobj: "the toll has reached 54"
            return None
        for anc in list(node.ancestors)[:3]:
            if anc.pos_ in ("NOUN", "PROPN") and anc.lemma_.lower() in v.people_totals:
                return "people", anc  # "the death toll of 42"
            if anc.pos_ in ("VERB", "AUX"):
                for c in anc.children:
                    if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or c.i == node.i:
                        continue
                    if c.lemma_.lower() in v.people_totals:
                        return "people", c
                    of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                    obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
                    if c.lemma_.lower() in ("number", "total") and obj is not None and self._noun_unit(obj):
                        return self._noun_unit(obj), c
                return None
        return None

    def _tally(self, node: Token) -> tuple[str | None, Token] | None:
        """(unit, noun) when a bare number is what a running tally is brought to or stands at: "bring the number
        of civilians killed in Beni since November 2019 to at least 1,013", "raises the tally of militants killed
        to 38", "the death toll from the attack rose to 45", "has risen to a total of 49". The parser hangs the
        "to" on whichever verb is nearest, so the tally is the nearest tally noun before the number in its
        sentence, with no other count between them."""
        v = self.vocab
        holder = node
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() == "total":
            holder = node.head.head  # "to a total of 49"
        if holder.dep_ != "pobj" or holder.head.lower_ not in ("to", "at"):
            return None
        sent = node.sent
        for tok in reversed(sent[: holder.i - sent.start]):
            if tok.like_num and tok.ent_type_ not in _SKIP_ENTS:
                return None  # "killed 20 soldiers to ...": the number between is the one the phrase is about
            lemma = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or lemma not in v.tally_nouns | v.people_totals | v.strength_nouns:
                continue
            if lemma in v.people_totals:
                return "people", tok
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if lemma in v.strength_nouns or obj is None and lemma == "number" and any(
                    c.dep_ == "poss" for c in tok.children):
                # "placed the strength of the Abu Sayyaf to about 300", "whose numbers were reduced to nine": a
                # group's size, or a force's
                return "troops" if obj is not None and self._noun_unit(obj) == "troops" else "members", tok
            if obj is None:
                return None
            unit = self._noun_unit(obj)
            if unit in (None, "count", "troops", "members") and (
                    obj.lower_ == "those" or any(t.lemma_.lower() in v.people_verbs for t in obj.subtree)):
                unit = "people"  # "the number of Abu Sayyaf members who have surrendered", "the total of those killed"
            return (unit, tok) if unit not in (None, "count") else None
        return None

    def _bracket_tally(self, node: Token, m: re.Match[str]) -> tuple[str | None, Token] | None:
        """(unit, noun) for a bare number opening a bracketed aside right after a counted noun and followed by a
        tally marker: "At least 11 reported civilian fatalities (2,477 since 1 October 2017)", "killed 12 soldiers
        (45 so far this year)": the running total of what the count before the bracket counts. The noun is the
        word before the bracket, whatever the parser made of a monitor's list line."""
        doc = node.doc
        opener = m.start("num") if m.group("num") else m.start("word")
        if not re.search(r"\w\s*\($", doc_text(doc)[max(0, opener - 4) : opener]):
            return None
        if not self.vocab.tally_marker_pattern.match(doc_text(doc), m.end()):
            return None
        bracket = next((t for t in reversed(doc[max(0, node.i - 3) : node.i]) if t.text == "("), None)
        noun = doc[bracket.i - 1] if bracket is not None and bracket.i > 0 else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        unit = self._noun_unit(noun)
        while unit in (None, "count") and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and (
                noun.head.head.i < noun.i):
            noun = noun.head.head  # "fatalities from political violence (5,940 since ...)": the noun the "of" is on
            unit = self._noun_unit(noun)
        return (unit, noun) if unit not in (None, "count") else None

    def _numbering(self, node: Token) -> tuple[str | None, Token] | None:
        """("members", verb) for a bare number a band is said to "number": "the jihadists, numbering at least 100",
        "a force of insurgents, estimated to number around 200": the size of a group, as its "strength" is. Others
        said to number so many are people ("families numbering 104")."""
        verb = node.head
        if node.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "to number around 200"
        if node.dep_ in ("dobj", "pobj") and verb.lemma_.lower() == "number" and verb.pos_ == "VERB":
            band = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
            fighters = self.vocab.combatant_nouns | self.vocab.party_nouns
            if band is not None and (any(t.lemma_.lower() not in fighters for t in [band, *band.conjuncts])
                                     or self._suffered(band)):
                # "ISWAP fighters and their families numbering 104": the families are people; "The terrorists
                # numbering five were gunned down": so are fighters something befell
                return "people", verb
            return "members", verb
        return None

    def _counted_noun(self, head: Token) -> Token:
        """The noun a number counts when the parser hung it on a modifier of that noun: "3,500 IS inmates"
        (on the compound), "30 military contributing nations" (on the adjective)."""
        noun = head
        # (a compound's head is a noun whatever its tag: the tagger reads "inmates" after "IS" as a verb)
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and (
            noun.head.pos_ in ("NOUN", "PROPN") or noun.dep_ == "compound"
        ):
            noun = noun.head
        return noun

    def _shared_noun(self, node: Token) -> Token | None:
        """The counted noun a bare coordinated number shares with the number before it: "900 troops in
        Syria and 2,500 in Iraq", "400 soldiers were sent to Anbar and 300 to Nineveh"."""
        if node.dep_ != "conj":
            return None
        first = node.head
        if first.pos_ in ("VERB", "AUX"):  # the parser may coordinate the number with the verb
            first = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                          and any(g.dep_ == "nummod" for g in c.children)), first)
        counted = first.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in first.children)
        return first if counted and self._noun_unit(first) is not None else None

    def _noun_unit(self, noun: Token) -> str | None:
        v = self.vocab
        lemma = noun.lemma_.lower()
        compound = " ".join(t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound")
        if compound and f"{compound} {lemma}" in v.noun_units:
            return v.noun_units[f"{compound} {lemma}"]
        if lemma == "state" and noun.tag_ != "NNS":
            return None  # "the Islamic State", "a state of emergency"
        unit = v.noun_units.get(lemma) or v.noun_units.get(noun.lower_)
        if unit is None and noun.tag_ == "NNPS" and noun.lower_.endswith("s"):
            # a title-cased plural the tagger takes for a name keeps its name as lemma ("83 Member States",
            # "Six Soldiers Killed"): its singular says the unit
            unit = v.noun_units.get(noun.lower_[:-1])
        if unit is None and noun.tag_ in ("NNS", "NNPS") and (
                noun.ent_type_ == "NORP" or noun.tag_ == "NNPS" and not noun.ent_type_):
            # "three Americans", "30 Britons", "43,000 Syrians"; and a people the model does not know by name
            # ("Ten Uighurs initially joined")
            return "people"
        return unit

    def _money_subject(self, node: Token, skip: set[int]) -> tuple[str, Token | None]:
        """What a sum or share belongs to: a noun it modifies or complements, or the clause it is in."""
        cur = node
        while cur.dep_ in ("compound", "quantmod", "nummod", "conj", "appos") and cur.head.i != cur.i:
            if cur.head.pos_ == "NOUN" and cur.dep_ in ("nummod", "compound", "quantmod") and cur.head.i > cur.i:
                return self._phrase(cur.head, skip), cur.head
            cur = cur.head
        head = cur.head
        if cur.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
            return self._phrase(head.head, skip | {cur.i}), head.head
        if cur.dep_ in ("attr", "acomp") and head.dep_ == "relcl":
            noun = head.head
            # "its target for 2023, which is $450m": the clause hangs on the date; the noun precedes it
            if (noun.like_num or noun.ent_type_ == "DATE") and noun.dep_ == "pobj" and noun.head.i > 0:
                before = noun.doc[noun.head.i - 1]
                noun = before if before.pos_ == "NOUN" else noun
            return self._phrase(noun, skip), noun
        if cur.dep_ in ("amod", "nmod", "npadvmod") and head.pos_ == "NOUN":
            return self._phrase(head, skip), head
        if cur.dep_ in ("dobj", "nsubjpass", "attr", "pobj") or head.pos_ == "VERB":
            verb = head if head.pos_ in ("VERB", "AUX") else head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            # the subject's own noun phrase, not its whole subtree (which can swallow a dateline)
            dateline = subj is not None and subj.i == subj.sent.start and subj.text.isupper() and len(subj.text) > 2
            phrase = self._phrase(subj, skip) if subj is not None and subj.pos_ != "PRON" and not dateline else ""
            return f"{phrase} {verb.text}".strip(), verb
        return head.text, head

    def _is_target(self, node: Token, subject_head: Token | None) -> bool:
        words = self.vocab.target_words
        if subject_head is not None and subject_head.lemma_.lower() in words:
            return True
        return any(a.lemma_.lower() in words and a.pos_ == "NOUN" for a in list(node.ancestors)[:4])

    def _as_of(
        self, doc: Doc, node: Token, subject_head: Token | None, timexes: list[Timex], sindex: SentIndex
    ) -> str | None:
        """The date a figure is anchored to: a date inside its own phrase, else a range's end."""
        # the sentence looked up in the document's index: ``node.sent`` walks the tokens to the sentence's both
        # ends for every figure (a token's sentence is the last one starting at or before its first character)
        sent = sindex.sents[sindex.sent_at(node.idx)]
        in_sent = [t for t in timexes if t.value and sent.start_char <= t.start < sent.end_char]
        if not in_sent:
            return None
        if subject_head is not None and subject_head.pos_ in ("NOUN", "PROPN"):
            lo, hi = subject_head.left_edge.idx, subject_head.right_edge.idx + len(subject_head.right_edge)
            own = [t for t in in_sent if lo <= t.start < hi and not (node.idx <= t.start <= node.idx + len(node))]
            # "its target for 2021": a date right after the noun, whatever the parser hung it on
            own += [t for t in in_sent if re.fullmatch(r"\s*(for|in|of)\s+", doc_text(doc)[hi : t.start])]
            if own:
                return (own[0].value or "")[:7] or None
        for t in in_sent:
            before = doc_text(doc)[sent.start_char : t.start].lower()
            ends_range = re.search(r"\b(and|to|through|until|till|thru)\s+$", before) and re.search(
                r"\b(between|from)\b", before
            )
            if ends_range or re.search(r"\b(as of|as at|through|until|by)\s+$", before) or t.is_deadline:
                return (t.value or "")[:7] or None
        return None

    # ------------------------------------------------------------------ main

    def extract(self, doc: Doc) -> list[Figure]:
        v = self.vocab
        doc_id = doc_id_of(doc)
        timexes = doc._.timexes if doc._.timexes is not None else _fallback_timexes(doc)
        sindex = SentIndex(doc)
        figures: list[Figure] = []
        seen: set[int] = set()
        by_number: dict[int, int] = {}  # where a figure's number starts -> its index in ``figures``
        for m in v.pattern.finditer(doc_text(doc)):
            num_start = m.start("num") if m.group("num") else m.start("word")
            span = doc.char_span(num_start, m.end(), alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            first = span[0]
            if self._not_a_figure(doc, m, first):
                continue
            number = m.group("num")
            value = _value(number) if number else self._word_value(m.group("word"))
            if m.group("scale"):
                scale = m.group("scale").lower()
                abbreviated = scale in ("m", "b", "k", "bn", "mn", "tn", "mln")
                if abbreviated and not (m.group("cur") or self._money_after(doc, m)):
                    continue  # "5m" without currency is a length or an ambiguity, not a count
                value *= v.scale[scale]
            # the token that carries the number in the parse: the scale word, "%" or the digits
            node = span[-1] if not m.group("hy") else next((t for t in span if t.like_num), first)
            if m.group("pct"):
                node = span[-1]
            elif m.group("scale"):
                node = next((t for t in reversed(span) if t.lower_ == m.group("scale").lower()), span[-1])
                while span.start <= node.head.i < span.end and node.head != node:
                    node = node.head  # "three dozen people": the parser may hang "dozen" on "three"
            else:  # the last number word of "Forty-four" is the one the counted noun hangs on
                node = [t for t in span if t.like_num or t.lower_ in v.number_words or t == first][-1]
            qualifier, start = self._qualifier(doc, m.start())
            while doc_text(doc)[start].isspace():
                start += 1
            cover = doc.char_span(start, m.end(), alignment_mode="expand")
            skip = {t.i for t in (cover if cover is not None else span)}
            unit, subject, subject_head = self._unit_and_subject(node, m, skip)
            if unit is None or unit not in FIGURE_UNITS:
                continue
            if unit in ("troops", "members") and value < FORCE_MIN and self._individuals(m, subject_head):
                unit = "people"  # "two soldiers from the army who were killed", "Ten Daesh members were also in"
            if m.group("word") and unit == "count":
                continue  # "one location", "two sides": spelled-out counts of things are not indicators
            if (m.group("word") or "").lower() in v.suffered_words and not m.group("scale") and not (
                unit == "people" and (self._suffered(node) or subject_head is not None and self._suffered(subject_head))
            ):
                continue  # "one soldier was wounded" counts; "one of the commanders said" does not
            if unit == "km" and m.group("att"):
                value *= v.length[m.group("att").lower()]
            elif unit == "km":
                nxt = doc[node.i + 1] if node.i + 1 < len(doc) else node
                value *= v.length.get(nxt.lower_, 1.0)
            if start in seen:
                continue
            seen.add(start)
            by_number[num_start] = len(figures)
            figures.append(Figure(
                id=stable_id(doc_id, "figure", start),
                doc_id=doc_id,
                subject=subject or node.text,
                value=value,
                unit=unit,
                qualifier=qualifier,
                as_of=self._as_of(doc, node, subject_head, timexes, sindex),
                evidence=[sindex.evidence(doc_id, start, m.end())],
                raw=doc_text(doc)[start : m.end()],
                is_target=self._is_target(node, subject_head),
            ))
        figures += self._range_ends(doc, figures, by_number, seen, sindex)
        figures += self._ordinal_counts(doc, seen, sindex, timexes)
        return figures

    def _range_ends(
        self, doc: Doc, figures: list[Figure], by_number: dict[int, int], seen: set[int], sindex: SentIndex
    ) -> list[Figure]:
        """The end of a range the parse left uncounted, as a figure of what its other end counts."""
        text = doc_text(doc)
        out = []
        for rm in self.vocab.range_pattern.finditer(text):
            low, high = (self._end_value(rm.group(g)) for g in ("a", "b"))
            if not 0 < low < high:
                continue  # "1-0", a score or a descending pair is no range
            if rm.group("join").strip().lower() == "and" and not re.search(
                    r"\bbetween\s+(?:\w+\s+)?$", text[max(0, rm.start() - 30) : rm.start()], re.I):
                continue  # "killed 3 and wounded 5": "and" makes a range only after "between"
            if re.match(r"\s?(?:hundred|thousand|million|billion|bn|m|k)\b", text[rm.end() :], re.I):
                continue  # "between 3 and 5 million": which end the scale word belongs to is not told
            known = [g for g in ("a", "b") if rm.start(g) in by_number]
            if len(known) != 1:
                continue
            other = "b" if known == ["a"] else "a"
            model = figures[by_number[rm.start(known[0])]]
            qualifier, start = self._qualifier(doc, rm.start(other))
            if start in seen:
                continue
            seen.add(start)
            end = rm.end(other)
            out.append(dataclasses.replace(
                model,
                id=stable_id(model.doc_id, "figure", start),
                value=(low if other == "a" else high) * (model.value / (high if other == "a" else low)),
                qualifier=qualifier,
                evidence=[sindex.evidence(model.doc_id, start, end)],
                raw=text[start:end],
            ))
        return out

    def _ordinal_counts(self, doc: Doc, seen: set[int], sindex: SentIndex, timexes: list[Timex]) -> list[Figure]:
        """ "the 81st U.S. strike in Somalia this year", "Syria became the 90th member of the coalition": an ordinal
        on a strike counts the strikes so far, one on a member or country of a coalition ([context]
        ordinal_bodies) its member states. Other ordinals are dates, floors, divisions ("the 6th Infantry
        Division", "August 26th") and count nothing."""
        doc_id = doc_id_of(doc)
        text = doc_text(doc)
        out = []
        for om in _ORDINAL.finditer(text):
            span = doc.char_span(om.start(), om.end())
            if span is None or len(span) != 1 or om.start() in seen:
                continue
            tok = span[0]
            noun = tok.head
            if tok.dep_ not in ("amod", "nummod", "compound") or noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            unit = self._noun_unit(noun)
            if unit in ("members", "countries") and self.vocab.ordinal_bodies & {t.lemma_.lower() for t in tok.sent}:
                unit = "countries"  # "its 90th member": the coalition's members are states
            elif unit != "strikes":
                continue
            seen.add(om.start())
            out.append(Figure(
                id=stable_id(doc_id, "figure", om.start()),
                doc_id=doc_id,
                subject=self._phrase(noun, {tok.i}),
                value=float(om.group(1)),
                unit=unit,
                qualifier=None,
                as_of=self._as_of(doc, tok, noun, timexes, sindex),
                evidence=[sindex.evidence(doc_id, om.start(), noun.idx + len(noun.text))],
                raw=text[om.start() : noun.idx + len(noun.text)],
                is_target=False,
            ))
        return out

    def _end_value(self, end: str) -> float:
        return _value(end) if end[0].isdigit() else self._word_value(end)

    def _word_value(self, word: str) -> float:
        w = word.lower()
        return float(self.vocab.number_words[w]) if w in self.vocab.number_words else self.vocab.scale_articles[w]

    def _money_after(self, doc: Doc, m: re.Match[str]) -> bool:
        after = doc_text(doc)[m.end() : m.end() + 10].lower().split()
        return bool(after) and after[0].strip(".,;") in self.vocab.currency


@Language.factory(
    "sitroom_figures",
    requires=["doc.ents", "doc.sents", "doc._.timexes"],
    assigns=["doc._.figures"],
)
def make_figure_extractor(nlp: Language, name: str) -> FigureExtractor:
    return FigureExtractor(nlp, name)
