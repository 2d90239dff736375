"""Resolve place names to gazetteer places, and the spaCy component that finds them in a document.

``resolve_place(name, context_countries)`` picks among all gazetteer entries answering to a name:

    weight = size (population, or a floor per source) x feature (points before provinces)
             x 3 for curated entries x 10 when the spelling is one the entry lists as is
             x 50 when the place lies in a country the document is about
             x 1000 when a type word in the name agrees ("Kirkuk province", "al-Hol camp")

so "Tripoli" is Libya's capital unless the document is about Lebanon, "Kirkuk" is the city and
"Kirkuk province" the governorate. Countries resolve too, with precision "country".

The ``sitroom_places`` component reads GPE/LOC/FAC entities, ORG/PERSON entities whose text is a
known place (NER mislabels Arabic place names), and curated names NER misses (a PhraseMatcher).
Demonyms ("Iraqi forces", "the Italian capital") and country mentions give the country context.
A place name inside an organisation name ("Kurdistan Regional Government") is not a place mention.
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from sitroom import data as datafiles
from sitroom.annotate import extensions
from sitroom.annotate.extensions import doc_datelines, doc_ents, doc_text, token_pos, token_words
from sitroom.data.schemas import DemonymsFile, GazetteerFile
from sitroom.geo import haversine_km
from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.actor_kb import ActorKB, load_actor_kb
from sitroom.resolve.entries import GazetteerEntry
from sitroom.resolve.gazetteer import (
    Candidate,
    Gazetteer,
    curated_entries,
    default_gazetteer,
    norm_name,
    only_directions,
    shared_features,
)
from sitroom.resolve.persons import _one_edit, known_persons, short_key, title_words

FEATURE_WEIGHT = {
    "city": 1.0, "camp": 1.0, "base": 1.0, "facility": 1.0, "airport": 1.0, "country": 1.0,
    "district": 0.8, "province": 0.6, "region": 0.6,
}
SOURCE_FLOOR = {"curated": 200_000, "country": 100_000_000, "subdivision": 100_000, "geonames": 1, "small_town": 1}
# A village of the affiliates' countries (data/small_towns.tsv) wins its name in a document about its country over
# a town elsewhere, never over a city: "Karak" in a Pakistani report is Pakistan's, "Sousse" stays Tunisia's
# though Syria has an "As Sūsah" of a few thousand.
SMALL_TOWN_WEIGHT = 0.1
CAPITAL_BOOST = 10
CONTEXT_BOOST = 50.0
HINT_BOOST = 1000.0

# Type words around a name ("Anbar province", "the province of Anbar", "Camp X") and the features
# they point to.
TYPE_WORDS: dict[str, frozenset[str]] = {
    "province": frozenset({"province", "region"}), "governorate": frozenset({"province"}),
    "state": frozenset({"province"}), "region": frozenset({"region", "province"}),
    "district": frozenset({"district"}), "city": frozenset({"city"}), "town": frozenset({"city"}),
    "village": frozenset({"city"}), "camp": frozenset({"camp"}), "base": frozenset({"base"}),
    "air base": frozenset({"base"}), "airbase": frozenset({"base"}), "airfield": frozenset({"base"}),
    "garrison": frozenset({"base"}), "airport": frozenset({"airport", "base", "facility"}),
    "prison": frozenset({"facility"}), "desert": frozenset({"region"}), "area": frozenset({"region", "district"}),
    "mountains": frozenset({"region"}), "mountain": frozenset({"region"}),
    # second-level units as outlets name them: "Beni territory" (DRC), "Damboa Local Government Area"
    # (Nigeria), "Kouré commune" (Niger)
    "territory": frozenset({"district", "city"}), "local government area": frozenset({"district", "city"}),
    "lga": frozenset({"district", "city"}), "commune": frozenset({"district", "city"}),
    # ... and as they write it shorter: "Damboa Local Government", "Gwoza Local Council of Borno State"
    "local government": frozenset({"district", "city"}), "local council": frozenset({"district", "city"}),
    "municipality": frozenset({"district", "city"}),
}
_TYPE_ALT = "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True))
_TYPE_SUFFIX = re.compile(rf"^(?P<name>.+?)\s+(?P<type>{_TYPE_ALT})$", re.I)
_TYPE_PREFIX = re.compile(rf"^(?:the\s+)?(?P<type>{_TYPE_ALT})\s+of\s+(?P<name>.+)$", re.I)
_DIRECTION = re.compile(
    r"^(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|upper|lower|greater|rural)\s+(?P<name>.+)$",
    re.I,
)
_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_INNER_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<name>.+)$")
_LIGHT_SEP = re.compile(r"[\s\-‐-―_.'’‘`ʿʾ]+")


def _light_key(text: str) -> str:
    """Spelling as written, only case, diacritics and separators folded: tells exact from fuzzy matches."""
    if text.isascii():
        # (ASCII has no decomposition and no combining mark: the walk below, a call per character, gives the text
        # back as it is; most names are ASCII, and this is asked for every place and entity mention of a page)
        return _LIGHT_SEP.sub("", text.casefold())
    decomposed = unicodedata.normalize("NFKD", text)
    return _LIGHT_SEP.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


@cache
def _not_places() -> frozenset[str]:
    return frozenset(norm_name(n) for n in datafiles.load(GazetteerFile).not_places)


@cache
def _region_names() -> frozenset[str]:
    return frozenset(norm_name(n) for n in datafiles.load(GazetteerFile).regions)


def is_region_name(text: str) -> bool:
    """A macro-region's name ([regions] of data/gazetteer.toml, "the Sahel"): a location entity, never a person."""
    return norm_name(text) in _region_names()


@cache
def organisation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in datafiles.load(GazetteerFile).organisation_words)


@cache
def _organisation_phrases() -> tuple[str, ...]:
    """The organisation words of more than one word ("local government"), kept apart once: ``_is_org_name``
    looks for each inside every place name it weighs, and the one-word ones (nearly all) are matched by token."""
    return tuple(sorted(w for w in organisation_words() if " " in w))


@cache
def relation_suffixes() -> frozenset[str]:
    return frozenset(w.lower() for w in datafiles.load(GazetteerFile).relation_suffixes)


@cache
def locating_suffixes() -> frozenset[str]:
    return frozenset(w.lower() for w in datafiles.load(GazetteerFile).locating_suffixes)


def _tied_to(span: Span) -> bool:
    """ "Israel-tied", "US-backed": the place names a party someone is tied to (data/gazetteer.toml); not "Kabul-
    based", which says where someone is (``locates_someone``)."""
    doc = span.doc
    return (span.end + 1 < len(doc) and doc[span.end].text in ("-", "‐", "–") and not doc[span.end].whitespace_
            and doc[span.end + 1].lower_ in relation_suffixes() - locating_suffixes())


_HYPHEN_WORD = re.compile(r"[-‐–](\w+)")


def locates_someone(text: str, end: int) -> bool:
    """The place mention ending at ``end`` is hyphened to a word that says where someone is ("a Kabul-based
    analyst"): a place of the page, but not where any event of it happened."""
    m = _HYPHEN_WORD.match(text, end)
    return m is not None and m.group(1).lower() in locating_suffixes()


@cache
def _ban_note() -> re.Pattern[str]:
    words = "|".join(re.escape(w.lower()) for w in datafiles.load(GazetteerFile).ban_words)
    return re.compile(rf"\b(?:{words})\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def names_a_ban(text: str, start: int) -> bool:
    """The place mention starting at ``start`` says where a group is banned ("the Islamic State (banned in Russia)
    group in Egypt", [ban_words] of data/gazetteer.toml): a place of the page, but not where any event happened."""
    return _ban_note().search(text, max(0, start - 40), start) is not None


@cache
def demonyms() -> dict[str, str]:
    """Demonym or adjective (and its plural) -> ISO alpha-2, from data/demonyms.toml."""
    table: dict[str, str] = {}
    for iso, words in datafiles.load(DemonymsFile).root.items():
        for word in words:
            table[word] = iso
            if not word.endswith(("s", "sh", "ch", "ese")):
                table[word + "s"] = iso
    return table


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Query:
    name: str
    hint: frozenset[str] = frozenset()


def _queries(name: str) -> list[_Query]:
    """The readings of a surface name to try, most literal first."""
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", name.strip())).strip(" ,.;:\"“”()")
    out = [_Query(text)]
    for pattern in (_TYPE_SUFFIX, _TYPE_PREFIX):
        m = pattern.match(text)
        if m:
            out.append(_Query(m["name"], TYPE_WORDS[m["type"].lower()]))
    m = _DIRECTION.match(text)
    if m:
        out.append(_Query(m["name"]))
    return out


def _weight(cand: Candidate, light: str, context: frozenset[str], hint: frozenset[str]) -> float:
    e = cand.entry
    w = max(e.population, SOURCE_FLOOR.get(e.source, 1)) * FEATURE_WEIGHT.get(e.feature, 0.8)
    if e.source == "curated":
        w *= 3
    if any(_light_key(n) == light for n in (e.name, *e.alt_names)):
        # a curated name written as the text writes it is the place the domain means by it ("White House", which
        # GeoNames also lists for Casablanca)
        w *= 100 if e.source == "curated" else 10
    elif not cand.primary and e.source in ("geonames", "small_town"):
        w *= 0.3  # GeoNames alternate names are many and loose
    if e.source == "small_town":
        w *= SMALL_TOWN_WEIGHT
    if e.lat is None:
        w *= 0.3
    if e.country in context:
        w *= CONTEXT_BOOST
    if hint:
        w *= HINT_BOOST if e.feature in hint else 0.01
    return w


def _best(gazetteer: Gazetteer, query: _Query, context: frozenset[str]) -> Candidate | None:
    cands = gazetteer.candidates(query.name)
    if not cands:
        return None
    light = _light_key(query.name)
    # a capital is what its own name means, over a larger city that once bore it ("Islamabad", an old name of
    # Chittagong) or shares it, unless the document is about the country of another candidate ("Tripoli" on a
    # page about Lebanon)
    about = {c.entry.country for c in cands} & context
    return max(cands, key=lambda c: _weight(c, light, context, query.hint) * (
        CAPITAL_BOOST if c.entry.capital and c.primary and (not about or c.entry.country in about) else 1))


def _home_namesake(gazetteer: Gazetteer, query: _Query, context: frozenset[str]) -> Candidate | None:
    """The heaviest entry of a country the document is about whose own name is the query's."""
    light = _light_key(query.name)
    home = [c for c in gazetteer.candidates(query.name)
            if c.primary and c.entry.country in context and _light_key(c.entry.name) == light]
    return max(home, key=lambda c: _weight(c, light, context, query.hint)) if home else None


@lru_cache(maxsize=65536)
def _resolve(name: str, context: frozenset[str]) -> Place | None:
    gazetteer = default_gazetteer()
    m = _INNER_POSSESSIVE.match(name)
    if m:  # "Iraq's Anbar province": the owner is context for the rest
        owner = _resolve(m["owner"], context)
        inner = _resolve(m["name"], context | {owner.country} if owner and owner.country else context)
        if inner is not None:
            return inner
    if "," in name:  # "Mosul, Iraq"
        head, _, tail = name.partition(",")
        owner = _resolve(tail.strip(), context)
        inner = _resolve(head, context | {owner.country} if owner and owner.country else context)
        return inner or owner
    for query in _queries(name):
        if not query.name or norm_name(query.name) in _not_places():
            return None
        best = _best(gazetteer, query, context)
        if best is not None and best.entry.country not in context and only_directions(query.name.replace("-", " ")):
            # "the North East" is a zone of the country the page is about (Nigeria's), never a place of its own
            # in a country the page does not name (Botswana's North East district)
            continue
        if best is not None and best.entry.feature == "region" and query.name[:1].islower() and only_directions(
                query.name.replace("-", " ").split()[0]) and query.name.casefold() not in {
                n.casefold() for n in (best.entry.name, *best.entry.alt_names)}:
            # a lower-case direction names a region only as the gazetteer writes it ("north-east Syria"): otherwise
            # "north-east Nigeria" is a direction within the country, as "northeast Nigeria" is, not the zone the
            # capitalised "North East" names
            continue
        if best is not None and (_foreign_small_town(best, query.name, context)
                                 or _foreign_alias(best, query.name, context)):
            # "Chamkani" in Peshawar is not Tsamkanī, Afghanistan; "Dagumba" in Borno not Dagumba-an. A town of the
            # page's country that bears the name as its own is then what it means: "Hong" in Adamawa is Hong, not
            # the Zürich quarter Höngg, "Koko" in Kebbi not Cocoa, Florida (their heavier namesakes lost only
            # to the rule above)
            best = _home_namesake(gazetteer, query, context)
            if best is None:
                continue
        if best is not None:
            return _at_seat(best.entry.place(context), best.entry)
    m = _COUNTRY_AFTER_DASH.match(name)
    if m is not None and (iso := country_of(m["country"])) is not None:
        # "Ndjamena-Chad", "N’djamena – Chad": a town and its country joined by a dash, as by a comma
        inner = _resolve(m["name"], context | {iso})
        if inner is not None and inner.country == iso and inner.precision != "country":
            return inner
    return None


_COUNTRY_AFTER_DASH = re.compile(r"^(?P<name>\w.*?)\s?[-–—]\s?(?P<country>[A-Z][\w ]+)$")


def _at_seat(place: Place, entry: GazetteerEntry) -> Place:
    """A province placed at the city it is named after, its seat: "Konya province", "Sokoto State", "Mersin province"
    are where Konya, Sokoto and Mersin are. Both for a province ISO 3166-2 lists without coordinates (a place with no
    coordinates is nowhere on a map) and for a curated province given its centre: reports and the conventions put
    "the Tahoua region", "Homs province" or "Katsina State" at the town that names it, which lies up to 130 km from
    the middle of a large region (Tahoua 68 km, Homs 119 km, Katsina 83 km). A province named otherwise ("Kocaeli",
    "Borno State") stays as it is, unless ISO 3166-2 gave it no coordinates and [subdivision_centres] of
    data/gazetteer.toml gives its centre ("Punjab", "Bali")."""
    curated = entry.source == "curated" and entry.feature == "province"
    if not curated and (entry.source != "subdivision" or place.lat is not None):
        return place
    names = {entry.name, *entry.alt_names}
    if curated:
        names = {_PROVINCE_TYPE.sub("", n) for n in names}  # "Tahoua Region" -> "Tahoua"
    seats = [
        c.entry for n in sorted(names) for c in default_gazetteer().candidates(n)
        if c.primary and c.entry.country == entry.country and c.entry.feature == "city" and c.entry.lat is not None
        and (not curated or c.entry.source == "geonames")
    ]
    if not seats:
        # a province named after no town ("Punjab", "Bali", "Tawi-Tawi"): its centre, where the data file gives one
        centre = None if curated else _subdivision_centres().get(entry.admin1 or "")
        return place if centre is None else replace(place, lat=centre[0], lon=centre[1])
    seat = max(seats, key=lambda e: e.population)
    return replace(place, lat=seat.lat, lon=seat.lon)


@cache
def _subdivision_centres() -> dict[str, tuple[float, float]]:
    """[subdivision_centres] of data/gazetteer.toml: ISO 3166-2 code -> the province's centre."""
    return dict(datafiles.load(GazetteerFile).subdivision_centres)


def _foreign_small_town(cand: Candidate, name: str, context: frozenset[str]) -> bool:
    """A small town of another country than the document's, matched by a name that is not its own (an
    alternate name, a longer name): a village the gazetteer does not know, not that town."""
    e = cand.entry
    return (e.source == "small_town" and bool(context) and e.country not in context
            and _light_key(e.name) != _light_key(name))


# an alternate name of a city this size or more is an exonym a reader knows ("Cologne", "Mecca", "Bombay")
_EXONYM_CITY = 500_000


def _foreign_alias(cand: Candidate, name: str, context: frozenset[str]) -> bool:
    """A mid-sized city of another country than the document's, matched by one of the many alternate names the
    gazetteer lists for it rather than its own: "Madara Mountains" in Borno is not Marsá Maţrūḩ, Egypt (one of
    whose old names is Madara), "Bale" near Sambisa not Basel."""
    e = cand.entry
    return (e.source == "geonames" and not cand.primary and bool(context) and e.country not in context
            and e.feature == "city" and e.population < _EXONYM_CITY and _light_key(e.name) != _light_key(name))


def resolve_place(name: str, context_countries: Sequence[str] = ()) -> Place | None:
    """The gazetteer place a name most likely means in a document about ``context_countries`` (ISO2)."""
    if not name or not name.strip():
        return None
    return _resolve(name.strip(), frozenset(c.upper() for c in context_countries if c))


@lru_cache(maxsize=65536)
def country_of(name: str) -> str | None:
    """ISO alpha-2 when the name is a country ("Iraq", "the US"), else None. Kept per name, as ``_resolve`` is: the
    places stage asks it of every entity of every document, and the answer depends on the name and the shared
    gazetteer alone."""
    gazetteer = default_gazetteer()
    for query in _queries(name):
        for cand in gazetteer.candidates(query.name):
            if cand.entry.feature == "country":
                return cand.entry.country
    return None


# --------------------------------------------------------------------------- spaCy component

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# NER labels that never name a place or a person: a town inside one is as good as untagged ("an army convoy on
# the Sebba–Dori road" came out a WORK_OF_ART)
_NOT_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
MAYBE_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP"})
BIG_CITY = 100_000  # a mislabelled ORG/PERSON entity counts as a place only if it is a city this size


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised word NER left untagged (or gave a label that names no place), part of a proper name: a proper noun,
    or any word that does not start a sentence. (One Token per word: the scan over the whole document below made a
    new one for each of these tests.)"""
    return tok.ent_type_ in _NOT_NAME_LABELS and tok.text[:1].isupper() and (
        _alpha_name(tok) and (tok.pos_ == "PROPN" or not tok.is_sent_start)
    )


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’‘ʼ](?=\w)")


def _alpha_name(tok: Token) -> bool:
    """A word of letters, an apostrophe between two of them allowed: "N’Djamena", "Sana'a", "Ma'arrat" are one word
    of a name as "Niamey" is (``is_alpha`` refuses them)."""
    return tok.is_alpha or (tok.text[:1].isalpha() and _INNER_APOSTROPHE.sub("", tok.text).isalpha())


@cache
def _station_words() -> frozenset[str]:
    """[station_words] of data/gazetteer.toml: lowercase words of units, posts and titles a town's name follows."""
    return frozenset(datafiles.load(GazetteerFile).station_words)


def _station_tail(span: Span) -> Span | None:
    """The town a unit, post or title is named after, written after it: "Fort Portal" of "Muhooti Barracks Fort
    Portal", "Damboa" of "25 Task Force Brigade Damboa", "N’Djamena" of "Chief Military Public Information Officer
    N’Djamena" (the capitalised words after the last such word, when they are one to three)."""
    last = next((t.i for t in reversed(span) if t.lower_ in _station_words()), None)
    if last is None or not 0 < span.end - last - 1 <= 3:
        return None
    tail = span.doc[last + 1 : span.end]
    return tail if all(t.text[:1].isupper() for t in tail) else None


def names_a_post(tok: Token) -> bool:
    """The word is (the first of) a town written right after a unit, post or title word ([station_words]), past at
    most a comma and an organisation's capitals: "Chief Military Public Information Officer, N’djamena – Chad", "MNJTF
    HQ N’Djamena". The town says where the post is, the speaker's or the body's seat: it never places what the
    sentence tells (an address to troops in Darak, Cameroon)."""
    doc, i, skipped = tok.doc, tok.i - 1, 0
    while i >= 0 and skipped < 2 and (doc[i].text == "," or (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 2)):
        i, skipped = i - 1, skipped + 1
    return i >= 0 and doc[i].lower_ in _station_words()


def _council_and_state(span: Span, context: frozenset[str]) -> list[tuple[Span, Place]]:
    """A council area the NER ran on into the state it lies in ("Marte Local Government Area of Borno", "Gwoza Local
    Council of Borno State", one ORG): the council (its town) and the state are each a place, when both are places of
    a country the page is about; nothing otherwise."""
    whole = _COUNCIL_AREA_OF.match(_text(span))
    if whole is None:
        return []
    out: list[tuple[Span, Place]] = []
    for group in ("council", "state"):
        part = span.doc.char_span(span.start_char + whole.start(group), span.start_char + whole.end(group))
        place = resolve_place(_text(part), tuple(context)) if part is not None else None
        if part is None or place is None or place.country not in context or place.precision == "country":
            return []
        out.append((part, place))
    return out


def _with_name_words_before(span: Span, most: int = 2) -> Span:
    """The span with the untagged capitalised words right before it (at most ``most``): the NER often tags only
    the last word of a town's name of several words, the one that reads as a name ("Khan" of "Dera Ghazi
    Khan")."""
    doc, start = span.doc, span.start
    while (start > 0 and span.start - start < most and _untagged_name_word(doc[start - 1])
           and not doc[start - 1].is_sent_start):
        start -= 1
    return span if start == span.start else doc[start : span.end]


@cache
def _gazetteer_by_country() -> dict[str | None, list[GazetteerEntry]]:
    """The gazetteer's entries by country, in its order: ``_own_names_of`` walked the whole gazetteer for each country
    a page is about (a quarter of the places stage's time on 300 dev pages, in a run of a few hundred)."""
    out: dict[str | None, list[GazetteerEntry]] = {}
    for e in default_gazetteer():
        out.setdefault(e.country, []).append(e)
    return out


@cache
def _own_names_of(country: str) -> dict[str, list[GazetteerEntry]]:
    """The towns of one country with coordinates, by the index key of their own name: not the villages of the
    small-town lists, so dense that an unknown village a letter off one of them is as likely another village."""
    out: dict[str, list[GazetteerEntry]] = {}
    for e in _gazetteer_by_country().get(country, []):
        if e.country == country and e.precision == "point" and e.lat is not None and e.source != "small_town":
            out.setdefault(norm_name(e.name), []).append(e)
        elif e.country == country and e.source == "curated" and e.lat is not None:
            # a curated district or province by the bare names the curator lists for it ("Nangarhar" of
            # "Nangarhar Province"): pages misspell those as often as towns
            for n in (e.name, *e.alt_names):
                if not _PROVINCE_TYPE.search(n):
                    out.setdefault(norm_name(n), []).append(e)
    return out


_VOWELS = frozenset("aeiouy")


def _vowel_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one vowel added, dropped or changed for another: how transliterations of one name
    differ ("Rutbe"/"Rutba", "Sbitla"/"Sbeitla"); a changed consonant makes another name ("Napala"/"Nacala")."""
    if not _one_edit(a, b):
        return False
    if len(a) == len(b):
        return all(x in _VOWELS and y in _VOWELS for x, y in zip(a, b, strict=True) if x != y)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[i] in _VOWELS and long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# letters that come and go between transliterations of one name: vowels and the glides and "h" of digraphs
# ("Gujranula"/"Gujranwala", "Nowshehra"/"Nowshera")
_SOFT_LETTERS = frozenset("aeiouywh ")
# a name this long whose consonants are a town's, in order, is that town misspelt ("Miudumbe" for Muidumbe,
# "Ningrahar" for Nangarhar); a shorter one is too often another village
_SKELETON_LETTERS = 6


def _skeleton(key: str) -> str:
    """The consonants of a folded name in order (``norm_name`` wrote a doubled one once; two a vowel parts stay two:
    "Kayanja" is not "Kyenjojo")."""
    return "".join(c for c in key if c not in _SOFT_LETTERS)


def _consonant_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded) are one name of six letters or more written with other vowels or with vowels moved,
    the same four or more consonants in the same order: both start with that consonant, or both with a vowel."""
    la, lb = len(a.replace(" ", "")), len(b.replace(" ", ""))
    if min(la, lb) < _SKELETON_LETTERS or abs(la - lb) > 1:
        return False
    if not (a[:1] == b[:1] or (a[:1] in _VOWELS and b[:1] in _VOWELS)):
        return False
    sa = _skeleton(a)
    # three consonants are shared by too many names ("Matuna"/"Mityana", "Masala"/"Missoula")
    return len(sa) >= 4 and sa == _skeleton(b)


@cache
def _respelt_countries() -> frozenset[str]:
    """[respelt_countries] of data/gazetteer.toml: where names reach English through transliteration, so a spelling a
    vowel off a town's is that town; a US or European town is written one way ("Kisima" is not Kissimmee)."""
    return frozenset(datafiles.load(GazetteerFile).respelt_countries)


@lru_cache(maxsize=4096)
def _respelt_town(name: str, context: frozenset[str]) -> Place | None:
    """The one town of a country the page is about whose own name is the page's spelling a vowel off ("Rutbe"
    for Rutba, "Ajdabia" for Ajdabiya, "Sbitla" for Sbeitla, "Boni Yadi" for Buni Yadi): transliterations of
    Arabic and Kanuri names vary by a vowel. Names of five letters or more only, and only when no other town of
    those countries is as near (a short name a letter off is too often another word)."""
    key = norm_name(name)
    if len(key.replace(" ", "")) < 5:
        return None
    near: list[GazetteerEntry] = []
    for iso in sorted(context & _respelt_countries()):
        own, index = _own_names_of(iso), _respell_index(iso)
        # (only the names that can pass: those of the same first letter for a vowel slip, those of the same
        # consonants for a consonant slip; kept in the country's own order, so the first town found is unchanged)
        hits = {n for n in index.by_initial.get(key[:1], ())
                if abs(len(index.keys[n]) - len(key)) <= 1 and _vowel_slip(index.keys[n], key)}
        hits.update(n for n in index.by_skeleton.get(_skeleton(key), ()) if _consonant_slip(index.keys[n], key))
        for n in sorted(hits):
            near.extend(own[index.keys[n]])
    return near[0].place(context) if len({(e.country, norm_name(e.name)) for e in near}) == 1 else None


@dataclass(frozen=True)
class _RespellIndex:
    """The keys of ``_own_names_of`` of one country, in its order, with their positions by first letter and by
    ``_skeleton``: ``_respelt_town`` tested every town of each country the page is about, the consonant test
    folding both names again each time (a tenth of the extraction's own time on real pages went there)."""

    keys: list[str]
    by_initial: dict[str, list[int]]
    by_skeleton: dict[str, list[int]]


@cache
def _respell_index(country: str) -> _RespellIndex:
    keys = list(_own_names_of(country))
    by_initial: dict[str, list[int]] = {}
    by_skeleton: dict[str, list[int]] = {}
    for n, k in enumerate(keys):
        by_initial.setdefault(k[:1], []).append(n)
        by_skeleton.setdefault(_skeleton(k), []).append(n)
    return _RespellIndex(keys, by_initial, by_skeleton)


def _name_variants(name: str) -> Iterable[str]:
    """Surface forms a name is written in: "al-Hol", "al Hol", "Al-Hol" (case is folded by the matcher)."""
    yield name
    if "-" in name:
        yield name.replace("-", " ")
        yield name.replace("-", "")
    elif " " in name and name.split(" ", 1)[0].lower() in ("al", "el", "ad", "as", "ar", "an", "ash"):
        yield name.replace(" ", "-", 1)


def _hyphen_joined(span: Span) -> Span:
    """The span with the hyphenated words that go on from it ("Mazar" of "Mazar-i-Sharif", "Bani" of
    "Bani-bangou"): NER often tags only the part before the first hyphen of a place's name."""
    doc, end = span.doc, span.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    return doc[span.start : end]


def _split_names_joined(ents: Sequence[Span], context: frozenset[str]) -> list[Span]:
    """The NER's entities, with two place names that abut, one space apart, joined where together they name a
    place: the model splits names whose first word it reads as a title or a name of its own ("Sultan" |
    "Kudarat" of "in Sultan Kudarat province"). Apart, each is no place or another one."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == ent.start and prev.label_ in PLACE_LABELS and ent.label_ in PLACE_LABELS
                and prev[-1].whitespace_ == " " and prev[-1].is_alpha and ent[0].is_alpha
                and _capitalised(prev) and _capitalised(ent)):
            joined = Span(ent.doc, prev.start, ent.end, label=ent.label_)
            if resolve_place(joined.text, tuple(context)) is not None:
                out[-1] = joined
                continue
        out.append(ent)
    return out


_PROVINCE_NOUNS = frozenset({"province", "provinces", "governorate", "governorates"})


def _called_a_province(span: Span) -> bool:
    """The sentence calls the name a province: "in the eastern province of Deir ez-Zor", "the northern provinces of
    Aleppo and Idlib", "across Idlib and Aleppo provinces" (a lower-case noun: "Khorasan Province" is a group's)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "Aleppo and Idlib": the first of the names the noun governs
    head = tok.head
    if tok.dep_ in ("compound", "nmod") and head.lower_ in _PROVINCE_NOUNS and head.text.islower():
        return head.i >= span.end
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PROVINCE_NOUNS
            and head.head.text.islower())


def _as_province(span: Span, place: Place, context: frozenset[str]) -> Place:
    """A town the sentence calls a province is the province of its name (a province named after its capital:
    "the eastern province of Deir ez-Zor" is no attack in the city), when the gazetteer knows one in its country."""
    if place.precision != "point" or not _called_a_province(span):
        return place
    province = resolve_place(f"{span.text} province", tuple(context))
    if province is None or province.precision != "province" or province.country != place.country:
        return place
    return province


def _capitalised(span: Span) -> bool:
    # "N’Djamena" is one token that is not is_alpha (the apostrophe): its first letter decides
    return any(t.text[:1].isupper() for t in span if t.text[:1].isalpha())


def _trim(span: Span) -> Span:
    # (the words read from the per-document list, on token positions: a Token for each word of each entity, made
    # again by each of the stage's several passes over the entities, cost more than the tests; the span itself,
    # with its label, when nothing is cut, and an unlabelled one of the document when something is, as slicing
    # gives it)
    doc = span.doc
    words = token_words(doc)
    start, end = span.start, span.end
    while end - start > 1 and words[start][1] in ("the", "of"):
        start += 1
    # "Beni (North Kivu" tagged as one name: the place is the name before its bracketed province
    # (a bracket has no case: its lower-cased form is its text)
    end = next((i for i in range(start + 1, end) if words[i][1] == "("), end)
    while end - start > 1 and (words[end - 1][1] in ("'s", "’s") or doc[end - 1].is_punct):
        end -= 1
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def _text(span: Span) -> str:
    """``span.text``, sliced from the document's kept text: ``span.text`` joins the span's tokens again, making a
    Token for each, and the place rules read each entity's text several times over (the same string: spaCy's
    tokens hold every character of the text)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _is_org_name(span: Span) -> bool:
    words = organisation_words()
    tokens: list[Token] = list(span)
    written = _text(span)
    lowered = written.lower()
    unit = _TYPE_SUFFIX.match(written)
    if unit is not None and unit["type"].lower() in ("local government area", "lga", "local government",
                                                     "local council"):
        # Nigeria's "Damboa Local Government Area" is a district: its "Government" makes no organisation
        lowered = unit["name"].lower()
        tokens = [t for t in span if t.idx < span.start_char + len(unit["name"])]
    return any(t.lower_ in words for t in tokens) or any(w in lowered for w in _organisation_phrases())


def _heads_org_name(span: Span, window: int = 3) -> bool:
    """True when capitalised words right after the span make it part of a name like "Kurdistan Regional
    Government" or "Anbar Operations Command", whatever label NER gave (or did not give) it."""
    words = organisation_words()
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.is_digit and len(nxt) <= 2:
        return True  # broadcasters named after a place: "Kurdistan 24", "France 24"
    if not nxt.text[:1].isupper():
        # most names go on with a word in lower case or a mark, and then both tests below say no: the type words'
        # test slices two spans of the document for each name (the places stage asks this of every name it finds)
        return False
    # (the words' text sliced from the kept text: ``Span.text`` makes a Token per word to join them)
    text = doc_text(doc)
    if any(text[(after := doc[span.end:k]).start_char : after.end_char].lower() in TYPE_WORDS
           for k in (span.end + 3, span.end + 2) if k <= len(doc)):
        return False  # "Damboa Local Government Area": the words after the name say what kind of place it is
    for token in doc[span.end:min(len(doc), span.end + window)]:
        if not token.text[:1].isupper():
            return False
        if token.lower_ in words:
            return True
    return False


# Words right before a name that say a place follows ("killed in Lubero", "the city Surabaya", "the nearby
# city of Arbinda").
# "journalists from Bundibugyo", "an attack at Maine-Soroa", "heading towards Nukhaib": the other prepositions of place
_LOCATIVE_BEFORE = frozenset({"in", "near", "outside", "city", "town", "village", "capital", "district", "tehsil",
                              "from", "at", "towards", "toward"})
_PLACE_NOUNS = frozenset({
    "city", "town", "village", "capital", "outskirts", "district", "province", "region",
    # "between the towns of Dori and Seytenga", "the villages of Kilonge and Katanga"
    "cities", "towns", "villages", "districts", "provinces", "regions", "localities", "communities",
    "territory", "territories",  # "in the territory of Beni": the DRC's districts
})
# Words after a name that make it a point of a route: "the Maiduguri–Damaturu highway", "along the Damboa-
# Bulabulin-Maiduguri road", "the Gamboru–Dikwa–Marte axis".
_ROUTE_WORDS = frozenset({"road", "highway", "axis", "route", "corridor", "expressway", "roads", "highways"})
_DASHES = frozenset({"-", "–", "—", "‐"})


# Words a bearing or a distance (after its number) ends in before the "of" of the place it is measured from
_BEARING_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "ne", "nw", "se", "sw",
})
_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles"})


def _after_locative(span: Span) -> bool:
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].lower_ in _LOCATIVE_BEFORE:
        return True
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLACE_NOUNS:
        return True
    if i > 1 and doc[i - 1].lower_ == "of" and (doc[i - 2].lower_ in _BEARING_WORDS or (
            i > 2 and doc[i - 2].lower_ in _DISTANCE_UNITS and doc[i - 3].like_num)):
        # "52 kilometres south-west of Torodi", "(31 km NE of Biu)", "within 10 km of Diffa": the point a place is
        # measured from (not "thousands of square kilometers of Jazira": an extent, no distance)
        return True
    # "positions situated in Labbezagan, Gossi, Tessalit, and Ménaka": a name in a list of names the locative
    # word precedes is after it too
    # ("on communities in Damasak, Geidam, Mallam Fatori, and Diffa": the parser reads a list of names joined by commas
    # as appositions as often as conjuncts)
    first = span.root
    while first.dep_ in ("conj", "appos") and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    return first.i != span.root.i and _after_locative(doc[first.left_edge.i : first.i + 1])


_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if w)


def _site_town(span: Span, context: frozenset[str]) -> tuple[Span, Place] | None:
    """The town a site's name of capitalised words opens with, when its last word is a site's head noun ("Geidam" of
    "Geidam General Hospital", "Kampala" of "Kampala Central Police Station") and the town is one of a country the page
    is about: the first one or two words, the longer first."""
    if len(span) < 2 or span[-1].lower_ not in _site_heads() or not all(t.text[:1].isupper() for t in span):
        return None
    for k in (2, 1):
        if k >= len(span):
            continue  # the head noun is never part of the town's name
        head = span.doc[span.start : span.start + k]
        place = resolve_place(_text(head), tuple(context))
        if place is not None and place.country in context and place.precision == "point" and _same_name(
                _text(head), place.name):
            return head, place
    return None


def _names_inside_dates(doc: Doc) -> list[Span]:
    """Place names NER swallowed into a date ("Sunday in Niger", "last week near Gao" tagged DATE): a run of
    capitalised proper nouns after a locative word inside a DATE or TIME entity."""
    out: list[Span] = []
    words = token_words(doc)  # (the lower-cased forms read from the per-document list: no Token per word)
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        # the locative word is inside the entity ("Sunday in Niger") or just before it ("in [Niger]")
        for k in range(ent.start - 1, ent.end - 1):
            if k < 0 or words[k][1] not in ("in", "near", "outside"):
                continue
            j = k + 1
            while j < ent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha and (
                doc[j].lower_ not in _CALENDAR_WORDS
            ):
                j += 1
            if j == ent.end and j > k + 1:
                out.append(doc[k + 1 : j])
    return out


def _on_route(span: Span, window: int = 8) -> bool:
    """The name is one end of a route the text names: "Maiduguri–Damaturu highway", "Damboa-Bulabulin- Maiduguri
    road" (names joined by dashes, then a route word)."""
    doc = span.doc
    joined = span.start > 0 and doc[span.start - 1].text in _DASHES
    k = span.end
    while k < min(len(doc), span.end + window):
        tok = doc[k]
        if tok.lower_ in _ROUTE_WORDS:
            return joined or k == span.end or doc[k - 1].text[:1].isupper()
        if tok.text in _DASHES:
            joined = True
        elif not (tok.text[:1].isupper() and tok.is_alpha) or tok.is_space:
            return False
        k += 1
    return False


def _conjuncts(span: Span, dashes: bool = False) -> list[Span]:
    """The names a coordination of names is made of: "Dori and Seytenga" -> "Dori", "Seytenga"; "Biu/Damboa" ->
    "Biu", "Damboa"; with ``dashes`` also the ends of a route ("Kirkuk-Daquq" of "the Kirkuk-Daquq road")."""
    parts: list[Span] = []
    start = span.start
    for tok in [*span, None]:
        if tok is None or tok.lower_ in ("and", "&", ",", "or", "/") or (dashes and tok.text in _DASHES):
            end = tok.i if tok is not None else span.end
            if end > start:
                parts.append(span.doc[start:end])
            start = end + 1
    return parts if len(parts) > 1 else []


_DATELINE_CITY = re.compile(r"[ \t]*(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})")
# "Maputo — Since the early hours of today ...", "Bosaso — Puntland forces ...": a place in title case opening a
# line, then a spaced dash. Only read for places (a name there may be anything else, so events keep it).
_TITLE_DATELINE = re.compile(r"^[ \t]*(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?:, [A-Z][a-z]+)? [—–] (?=[A-Z])",
                             re.MULTILINE)
# The same opening with the outlet's name in brackets or a bar instead of the spaced dash: "Garowe (HOL) — ...",
# "Garowe - (Puntland Mirror) At least ...", "Garowe, Somalia| Puntland security forces ..." (only read where the
# tokens let the name stand alone).
_TITLE_OUTLET_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?:, [A-Z][a-z]+)?"
    r"(?:\s*[-–—]?\s*\([^()\n]{1,40}\)\s*[-–—]?|\s*\|)\s*(?=[A-Z])",
    re.MULTILINE,
)

# Datelines the outlet's byline or stamp line carries instead of the story's first words: the city ending a line
# after a mark ("By: Nokai Origin, Abuja", "By Kingsley Omonobi – Abuja", "Shafaq News– Damascus", "... 02:32 am
# IST - Karachi") or after a wire agency's initials ("AP Islamabad"), a city in capitals and a colon after the
# outlet's name ("GOOBJOOG NEWS | GAROWE: ...", "Monitoring Desk-KABUL: ...") or before a date in figures
# ("DUSHANBE, 16.06.2017."), or alone on its line with a dash ("ABUJA –"). Read at the top of the page only,
# where the story is filed from.
_LATE_DATELINES = tuple(re.compile(p, re.MULTILINE) for p in (
    r"^[^\n]{0,100}?(?:[,|]|[ \t][-–—]|[-–—][ \t])[ \t]*(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]*$",
    r"^[A-Z]{2,5}[ \t]+(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]*$",
    r"(?:\|[ \t]*|[-–—][ \t]*)(?P<city>[A-Z]{3,}(?:[ -][A-Z]{3,})?):[ \t]+(?=[A-Z])",
    r"^[ \t]*(?P<city>[A-Z]{3,}(?:[ -][A-Z]{3,})?),[ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    r"^[ \t]*(?P<city>[A-Z]{3,}(?:[ -][A-Z]{3,})?)[ \t]*[-–—][ \t]*$",  # what cleaning leaves of "By X – Abuja"
))
_LATE_DATELINE_REACH = 1500  # characters: the byline and stamp lines above a story


def _organisation_acronym(text: str) -> bool:
    from sitroom.resolve.actor_kb import load_actor_kb  # the places stage needs the KB only for this check

    if not (len(text) >= 3 and text.isalpha() and text.isupper()):
        return False
    actor = load_actor_kb().lookup(text)
    return actor is not None and actor.type == "organization"


@cache
def _credit_acronyms() -> frozenset[str]:
    from sitroom.resolve.actor_kb import load_actor_kb

    return frozenset(a for actor in load_actor_kb().actors.values() for a in actor.credit_acronyms)


def _bracketed_credit(span: Span) -> bool:
    """Letters the actor knowledge base knows as an outlet's credit (``credit_acronyms``), standing alone in
    brackets as a dateline's credit does ("BOSSASO (HOL) –")."""
    doc = span.doc
    return (span.text in _credit_acronyms() and span.start > 0 and span.end < len(doc)
            and doc[span.start - 1].text == "(" and doc[span.end].text == ")")


def _side(name: str, country: str) -> str:
    """The country a place (``name``, of ``country``) found on a page that names none says the page is about: its own,
    but a lake several countries border ("an MNJTF airstrike in the Lake Chad Basin") stands for the side most
    reports are about (``shared_by``'s first): 6 dev pages that name no Lake Chad state, all of them about Nigeria's
    shore (the exported place keeps the gazetteer's country, ``listed_country``)."""
    sharers = shared_features().get(name)
    return sharers[0] if sharers else country


class PlaceResolver:
    """Finds place mentions in a Doc and geocodes them with the shared gazetteer."""

    def __init__(self, nlp: Language) -> None:
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = {v for e in curated_entries() for n in (e.name, *e.alt_names) for v in _name_variants(n)}
        self.names.add("PLACE", [nlp.make_doc(n) for n in sorted(names)])
        self.demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_country: dict[str, list[str]] = {}
        for word, iso in demonyms().items():
            by_country.setdefault(iso, []).append(word)
        for iso, words in by_country.items():
            self.demonyms.add(iso, [nlp.make_doc(w) for w in words])

    def context(self, doc: Doc) -> frozenset[str]:
        """Countries the document is about: country mentions and demonyms."""
        return self.context_parts(doc)[1]

    def context_parts(self, doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
        """(countries the document names by a country's name or a people's adjective, countries it is about: those
        and the countries of the well-known cities it names)."""
        countries = {doc.vocab.strings[match_id] for match_id, _, _ in self.demonyms(doc)}
        cities: list[str] = []
        mislabelled: dict[str, list[str]] = {}
        owners: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ in PLACE_LABELS:
                iso = country_of(_text(ent))
                if iso:
                    countries.add(iso)
                elif not _called_a_village(ent):
                    cities.append(_text(ent))
            elif ent.label_ in MAYBE_PLACE_LABELS and (iso := country_of(_text(ent))):
                mislabelled.setdefault(iso, []).append(_text(ent))
            elif ent.label_ == "ORG" and (iso := country_of(_trim(ent)[0].text)):
                owners.add(iso)  # "the Uganda Peoples Defence Forces": a country's own body
        # "Burkina Faso was hit by a wave of attacks" tagged PERSON: a country's name NER mislabels still says
        # what the article is about when it is a name of several words or named more than once (a lone
        # "Chad" or "Jordan" may be a person)
        countries |= {iso for iso, texts in mislabelled.items() if len(texts) > 1 or " " in texts[0]}
        if not countries:  # ... unless nothing else says where the article is: then even a lone "Niger" does
            countries = set(mislabelled)
        # the country whose body the article names is one it is about ("The Uganda People's Defence Forces ... on
        # Lake Edward, off Kayanja Landing Site in Kasese district"), whatever other nationality it names in passing
        # (a "British" tourist)
        countries |= owners
        countries |= {iso for span in _names_inside_dates(doc) if (iso := country_of(span.text))}
        named = frozenset(countries)
        for start, _end in doc_datelines(doc):
            m = _DATELINE_CITY.match(doc_text(doc), start)
            if m is not None:
                cities.append(m.group("city").title())
        # "Puntland forces kill ISIS members in Bari region": on a page that names no country, the regions it names
        # say where its cities are (Puntland's "Bari" is Somalia's region, not the Italian city)
        regions = frozenset(_side(place.name, place.country) for name in cities if not countries
                            and (place := resolve_place(name, ())) is not None and place.country
                            and place.precision == "province")
        # a well-known city the text names ("Quetta", a "PESHAWAR:" dateline) says which country the article
        # is about as well as the country's name would: "residents of district Karak" is then Pakistan's Karak
        for name in cities:
            place = resolve_place(name, tuple(countries or regions))
            if place is not None and place.country and place.precision == "point" and _well_known(place):
                countries.add(place.country)
        if not countries:
            # "Puntland forces kill ISIS members in Bari region" names no country and no big city: the regions it
            # names say where it is (Puntland's Bari is Somalia's region, not the Italian city)
            countries |= regions
        if not countries:
            # a local report that never names its country ("troops along the Damboa/Biu highway in Borno State",
            # "Kebbi State" tagged ORG) still names the domain's places the curated gazetteer holds, unambiguous
            # names whatever label NER gave them: their country is the one it is about
            countries |= self._curated_countries(doc)
        return named, frozenset(countries)

    def _curated_countries(self, doc: Doc) -> set[str]:
        """Countries of the curated places the text names in capitals (the PhraseMatcher's names)."""
        out: set[str] = set()
        for _, start, end in self.names(doc):
            span = doc[start:end]
            if _capitalised(span) and (place := resolve_place(span.text)) is not None and place.country:
                out.add(_side(place.name, place.country))
        return out

    def __call__(self, doc: Doc) -> Doc:
        named_countries, context = self.context_parts(doc)
        ents = _split_names_joined(doc_ents(doc), context)
        org_spans = [e for e in ents if e.label_ in MAYBE_PLACE_LABELS and _is_org_name(e)]
        found: list[tuple[Span, Place]] = []
        for ent in ents:
            if ent.label_ in _NOT_NAME_LABELS and (iso := country_of(_text(_trim(ent)))):
                # "fled into neighbouring Niger" tagged WORK_OF_ART: a label that never names a person or a
                # body leaves a country's exact name nothing else to be
                place = resolve_place(_text(_trim(ent)), tuple(context))
                if place is not None and place.country == iso and _capitalised(_trim(ent)):
                    found.append((_trim(ent), place))
                continue
            if ent.label_ not in PLACE_LABELS and ent.label_ not in MAYBE_PLACE_LABELS:
                continue
            span = _trim(ent)
            if not _capitalised(span) or _heads_org_name(span):
                continue
            council = _council_and_state(span, context)
            if council:
                # "Marte Local Government Area of Borno" read as one ORG: the council's town and its state
                found += council
                continue
            longer = _with_name_words_before(span)
            whole = resolve_place(longer.text, tuple(context)) if longer.start < span.start else None
            if whole is not None and whole.country in context and whole.precision == "point" and _same_name(
                    longer.text, whole.name):
                # "Dera Ghazi Khan" read as an untagged "Dera Ghazi" and a PERSON "Khan": the whole run of name
                # words is the town, as the gazetteer spells it, of a country the page is about
                found.append((longer, whole))
                continue
            joined = _hyphen_joined(span)
            place = resolve_place(_text(joined), tuple(context)) if joined.end > span.end else None
            if place is not None:
                span = joined
            else:
                place = resolve_place(_text(span), tuple(context))
            tail = _station_tail(span) if place is None else None
            station = resolve_place(_text(tail), tuple(context)) if tail is not None else None
            if tail is not None and station is not None and station.country in context and (
                    station.precision != "country"):
                # "Muhooti Barracks Fort Portal" a PERSON, "25 Task Force Brigade Damboa" an ORG: the unit's town
                found.append((tail, station))
                continue
            town = _site_town(span, context) if place is None else None
            if town is not None:
                # "Geidam General Hospital" an ORG, "Geidam Hospital" a PERSON, "Kampala Central Police Station": a
                # site named after the town it serves names the town
                found.append(town)
                continue
            if place is None and ent.label_ in PLACE_LABELS and context and not _conjuncts(span):
                # a name the NER reads as a place that the gazetteer spells a letter otherwise
                place = _respelt_town(_text(span), context)
            if place is None:
                # "the towns of Dori and Seytenga" tagged as one name: each conjunct that is a place in a
                # country the document is about, or well known, is a place mention of its own; so is each of two
                # names a slash joins ("along Damaturu/Maiduguri Highway", "an attack on Biu/Damboa"), a pair of
                # towns written as one, whatever label NER gave the pair
                # ("the Kirkuk-Daquq road", "the Deou-Orsi axis", "the Damaturu-Maiduguri road" tagged as one FAC or
                # ORG: the names a dash joins before a route word are the route's ends, each a town)
                routed = span.end < len(doc) and doc[span.end].lower_ in _ROUTE_WORDS
                parts = _conjuncts(span, dashes=routed)
                slashed = bool(parts) and (routed or any(t.text == "/" for t in span))
                for part in parts:
                    sub = resolve_place(part.text, tuple(context)) if _capitalised(part) else None
                    if sub is not None and sub.precision != "country" and (
                        sub.country in context and (ent.label_ in PLACE_LABELS or _after_locative(span) or slashed)
                        or _well_known(sub)
                    ) and not _is_org_name(part):
                        found.append((part, sub))
                continue
            if ent.label_ in MAYBE_PLACE_LABELS and not self._plausible(place, ent, context):
                continue
            found.append((span, place))
        found += self._untagged_places(doc, context)
        found += _untagged_country_initials(doc, ents)
        for span in _names_inside_dates(doc):
            place = resolve_place(span.text, tuple(context))
            if place is not None and (place.country in context or _well_known(place)):
                found.append((span, place))
        for _, start, end in self.names(doc):
            span = doc[start:end]
            if not _capitalised(span) or _heads_org_name(span) or any(
                o.start <= start and end <= o.end for o in org_spans
            ):
                continue
            place = resolve_place(span.text, tuple(context))
            if place is not None:
                found.append((span, place))
        found += self._dateline_places(doc, context)
        found += self._repeated_names(doc, found, org_spans)
        # "IRNA reported": an acronym the actor knowledge base knows as an organisation is no town; nor are an
        # outlet's credit letters in brackets ("Garowe (HOL) —" is Hiiraan Online's report, not al-Hol camp)
        found = [(span, place) for span, place in found
                 if not _organisation_acronym(span.text) and not _bracketed_credit(span) and not _tied_to(span)]
        # "the Shangri-La, Cinnamon Grand and Kingsbury hotels": a name listed with the buildings the list
        # ends in is one of those buildings, not the town of that name (Shangri-La, China)
        found = [(span, place) for span, place in found
                 if place.feature not in (None, "city") or not _in_list_of_sites(span)]
        if not context:
            found = _read_by_each_other(found)
        if context:
            # a small town in a country the article never names is a namesake ("Banga" in a Nigerian report
            # resolved to the Philippines, a surname "Bali" to India), not the place meant; a country named once
            # and tagged as something else ("the southwest of Niger" an ORG) is named all the same
            named = context | {iso for ent in ents if ent.label_ in MAYBE_PLACE_LABELS
                               and (iso := country_of(ent.text))}
            # a province named by compass words alone ("Southern Province", "Eastern Region") of a country the
            # article never names is a namesake: "Clashes in Southern Province" of a Philippine story is no Sri
            # Lankan province
            found = [(span, place) for span, place in found
                     if place.country in named or (_well_known(place) and not _part_of_longer_name(span)
                                                   and not _compass_province(place))]
            found = _without_lone_namesakes(found, named_countries | (named - context))
        found = [(span, place) for span, place in found if place.country in context or not (
            _called_a_village(span) and (context or _well_known(place)))]
        found = [(span, _as_province(span, place, context)) for span, place in found]
        # (the text sliced from the document's: ``span.text`` makes a Token for each of its words to join them)
        doc._.place_mentions = [
            PlaceMention(text=_text(span), start=span.start_char, end=span.end_char, place=place)
            for span, place in _longest_first(found)
        ]
        doc._.unplaced_names = _unplaced_names(doc, doc._.place_mentions) + _named_sites(doc)
        return doc

    @staticmethod
    def _dateline_places(doc: Doc, context: frozenset[str]) -> list[tuple[Span, Place]]:
        """The city of a wire dateline ("MANILA - ...", "ISTANBUL (NYTIMES) - ..."), which the NER model
        rarely tags in capitals: where the story was filed is a place of the document (events ignore it)."""
        out: list[tuple[Span, Place]] = []
        for start, _end in doc_datelines(doc):
            m = _DATELINE_CITY.match(doc_text(doc), start)
            if m is None:
                continue
            span = doc.char_span(m.start("city"), m.end("city"), alignment_mode="contract")
            if span is None or not len(span):
                continue
            place = resolve_place(m.group("city").title(), tuple(context))
            if place is not None:
                out.append((span, place))
        top = doc_text(doc)[:_LATE_DATELINE_REACH]
        late = [m for pattern in _LATE_DATELINES for m in pattern.finditer(top)]
        for m in (*_TITLE_DATELINE.finditer(doc_text(doc)), *_TITLE_OUTLET_DATELINE.finditer(doc_text(doc)), *late):
            span = doc.char_span(m.start("city"), m.end("city"), alignment_mode="contract")
            place = resolve_place(m.group("city"), tuple(context)) if span is not None and len(span) else None
            if span is not None and place is not None and place.precision != "country" and (
                place.country in context or _well_known(place)
            ):
                out.append((span, place))
        return out

    @staticmethod
    def _plausible(place: Place, ent: Span, context: frozenset[str] = frozenset()) -> bool:
        """ORG/PERSON/NORP entities: only curated places, countries, provinces or big cities, never orgs; a
        town in a country the document is about also counts when a locative word precedes it ("attacks took
        place in Lubero", tagged PERSON). A NORP entity is a place only when it is no demonym ("the provinces
        of Aleppo and Idlib")."""
        if _is_org_name(ent):
            return False
        if ent.label_ == "PERSON" and _after_given_name(ent):
            return False  # "killing one Jamilu Hassan": a surname (Hassan, India), whatever the NER left of the name
        if _acronym(ent) and not _well_known_by_name(place):
            return False  # "elements of the BIR" (Cameroon's rapid intervention battalion): no "Bir" alias of Beed
        if ent.label_ == "NORP":
            # "in Kasese" tagged NORP: a town after a locative word, as for a person-tagged one
            return ent.text not in demonyms() and place.country in context and (
                _well_known(place) or _after_locative(ent))
        if place.precision != "point" or place.geonames_id is None:
            return True
        if place.country in context and (_after_locative(ent) or _on_route(ent)):
            return True  # ("the Bunagana – Rutshuru – Goma highways" with "Rutshuru" a PERSON: a route's town)
        # (a name the gazetteer knows under that spelling: "the Bui district" is no alias of Bowie, USA)
        if place.country in context and _called_by_its_kind(ent) and _same_name(
                _COUNCIL_AREA.sub("", ent.text), place.name):
            return True
        entry = default_gazetteer().get(place.geonames_id)
        return entry is not None and (entry.source == "curated" or entry.population >= BIG_CITY)

    @staticmethod
    def _repeated_names(doc: Doc, found: list[tuple[Span, Place]], org_spans: list[Span]) -> list[tuple[Span, Place]]:
        """A name the text already uses for a town means that town again where NER calls it an organisation or
        a person ("near Gorom-Gorom" a place, "north of Gorom-Gorom" an ORG): one sense per article."""
        by_text = {_text(span): place for span, place in found if place.precision == "point"}
        out: list[tuple[Span, Place]] = []
        for ent in doc_ents(doc):
            if ent.label_ not in MAYBE_PLACE_LABELS or any((o.start, o.end) == (ent.start, ent.end) for o in org_spans):
                continue
            span = _trim(ent)
            place = by_text.get(_text(span))
            if place is not None and not _heads_org_name(span):
                out.append((span, place))
        return out

    @staticmethod
    def _untagged_places(doc: Doc, context: frozenset[str]) -> list[tuple[Span, Place]]:
        """Proper-noun runs NER left untagged that name a town in a country the document is about, when a
        locative word precedes them ("in Indonesia's second-largest city Surabaya") or a type word ends them
        ("Sabon Gari, Damboa Local Government Area"). Without such a cue a capitalised word that happens to be
        a town's name (a surname, a group's name) stays what it is."""
        out: list[tuple[Span, Place]] = []
        # whether each word starts with a capital, read from the kept text by offset: most words do not, and
        # testing them with ``_untagged_name_word`` made a Token per word of the document
        text = doc_text(doc)
        upper = [text[at : at + 1].isupper() for at in doc.to_array(IDX).tolist()]
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and upper[j] and _untagged_name_word(doc[j]):
                j += 1
            if j == i:
                i += 1
                continue
            if j - i > 1 and doc[j - 1].lower_ in _ROUTE_WORDS:
                j -= 1  # "the Damboa – Biu Road": the route word in capitals is no part of the town's name
            name = doc[i:j]
            tail = _station_tail(name)
            station = resolve_place(_text(tail), tuple(context)) if tail is not None else None
            if tail is not None and station is not None and station.country in context and (
                    station.precision != "country"):
                out.append((tail, station))  # "Information Officer N’Djamena": where the post is
                i = j
                continue
            k = next((k for k in (j + 3, j + 2, j + 1)
                      if k <= len(doc) and _text(doc[j:k]).lower() in TYPE_WORDS), j)
            span, i = doc[name.start:k], j
            suffix = _TYPE_SUFFIX.match(_text(span))
            labelled = any(t.ent_type_ for t in name)
            cue = suffix is not None or (all(t.pos_ == "PROPN" for t in name) and _after_locative(name)) or (
                _on_route(name)
            )
            if not (cue or labelled or all(t.pos_ == "PROPN" for t in name)):
                continue
            bare = doc.char_span(span.start_char, span.start_char + len(suffix["name"])) if suffix else span
            if bare is None or _heads_org_name(span) or _is_org_name(bare):
                continue
            place = resolve_place(span.text, tuple(context))
            if place is None or place.country not in context or place.precision == "country":
                continue
            if cue or (place.precision == "point" and _well_known(place)):
                # a name NER tagged as something else ("Damboa" a PRODUCT in "an attack on Damboa town", "the
                # September 2016 Davao market bombing" an EVENT) is mentioned by its name, as when NER tags it a
                # place; the type word only helped resolve it. Without a cue only a city everyone knows counts (in a
                # country the article is about: a surname would be tagged a person).
                out.append((bare if labelled else span, place))
        return out


@cache
def _country_initials() -> frozenset[str]:
    """The capitals a country goes by ("DRC", "UAE", "USA"; data/gazetteer.toml [country_aliases]), three
    letters or more: no word of English is written so."""
    aliases = datafiles.load(GazetteerFile).country_aliases
    return frozenset(n for names in aliases.values() for n in names if len(n) >= 3 and n.isalpha() and n.isupper())


def _untagged_country_initials(doc: Doc, ents: Sequence[Span]) -> list[tuple[Span, Place]]:
    """A country's initials NER left untagged, or took with the word before them ("in eastern DRC", "Eastern
    DRC:" tagged an ORG): the country all the same, as when NER tags them a place."""
    initials = _country_initials()
    tagged = {t.i for e in ents if e.label_ in PLACE_LABELS or len(e) == 1 and e.label_ in MAYBE_PLACE_LABELS
              for t in e}
    folded = {n.lower() for n in initials}
    out: list[tuple[Span, Place]] = []
    # (the lower-cased words read from the per-document list, a Token made only for a word written as initials
    # can be: a walk over ``doc`` made a Token per word)
    for i, (_lemma, lower) in enumerate(token_words(doc)):
        if lower not in folded:
            continue
        tok = doc[i]
        if tok.text in initials and tok.i not in tagged and not _heads_org_name(doc[tok.i : tok.i + 1]):
            place = resolve_place(tok.text)
            if place is not None and place.precision == "country":
                out.append((doc[tok.i : tok.i + 1], place))
    return out


def _in_list_of_sites(span: Span) -> bool:
    """The span heads a coordination whose conjunct is a plural facility noun ("hotels", "churches")."""
    sites = facility_words()
    root = span.root
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts += [root.head, *(c for c in root.head.children if c.dep_ == "conj" and c != root)]
    return any(c.pos_ == "NOUN" and c.tag_ == "NNS" and c.lemma_.lower() in sites for c in conjuncts)


_CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:]) if w
)


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop and token.lower_ not in _CALENDAR_WORDS


def _part_of_longer_name(span: Span) -> bool:
    """The name is a piece of a longer capitalised name the gazetteer does not know ("the Digga Banda
    neighborhood" of Tillabéri is no "Banda", India): a capitalised word runs on before or after it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return bool(
        (before is not None and _name_word(before) and not before.is_sent_start)
        or (after is not None and _name_word(after))
    )


def _after_given_name(span: Span) -> bool:
    """A capitalised name word runs on before the span, inside its sentence ("one Jamilu Hassan"); not a body's
    word ("United States Embassy Niamey": the embassy's town)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and _name_word(before) and not before.is_sent_start
            and before.lower_ not in organisation_words())


def _acronym(span: Span) -> bool:
    """A name of two to four capitals ("BIR", "MNJTF" is longer): an organisation's initials far more often
    than a town's name."""
    text = span.text.strip()
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()


def _well_known_by_name(place: Place) -> bool:
    """A country, a province or a curated place: names the domain writes in capitals too ("US", "DRC")."""
    if place.precision != "point" or place.geonames_id is None:
        return True
    entry = default_gazetteer().get(place.geonames_id)
    return entry is not None and entry.source == "curated"


def _well_known(place: Place) -> bool:
    """A country, a province, a curated place or a city of BIG_CITY or more."""
    if place.precision != "point" or place.geonames_id is None:
        return True
    entry = default_gazetteer().get(place.geonames_id)
    return entry is not None and (entry.source == "curated" or entry.population >= BIG_CITY)


def _compass_province(place: Place) -> bool:
    """A province whose name, its type word aside, is compass words alone ("Southern Province", "North East
    Region"): many countries have one."""
    return place.precision == "province" and only_directions(_PROVINCE_TYPE.sub("", place.name))


_PROVINCE_TYPE = re.compile(r"\s+(?:governorate|province|region|state|prefecture|district|oblast)$", re.I)


def _longest_first(found: list[tuple[Span, Place]]) -> list[tuple[Span, Place]]:
    """Non-overlapping mentions, longer spans winning, in document order."""
    taken: list[tuple[Span, Place]] = []
    for span, place in sorted(found, key=lambda f: (-(f[0].end - f[0].start), f[0].start)):
        if all(span.end <= s.start or s.end <= span.start for s, _ in taken):
            taken.append((span, place))
    return sorted(taken, key=lambda f: f[0].start)


def _unplaced_names(doc: Doc, placed: Sequence[PlaceMention]) -> list[EntityMention]:
    """Towns and areas the NER names that no gazetteer places ("the village of Kandoyi", "in Fambita"):
    villages of the affiliates' regions are rarely listed, but what is named stays findable as a location
    entity, with no coordinates (and so no place record). A name the model took for a person, a people or a
    product, or left untagged, is such a town too when the text says what kind of place it is ("Baeti
    village", "the commune of Makalondi") or, for a person or people, that something happened in it ("in
    Malam Karanti"): the entity stage leaves such "persons" out."""
    out = []
    spans = [(_trim(ent), ent.label_) for ent in doc_ents(doc) if ent.label_ in ("GPE", "LOC")]
    spans += [(span, label) for span, label in _mislabelled_places(doc)]
    # a macro-region the NER took for a person or a product ("in the Sahel"): a location all the same
    spans += [(span, "LOC") for ent in doc_ents(doc) if ent.label_ not in ("GPE", "LOC")
              and (span := _trim(ent)) and is_region_name(_text(span))]
    for span, label in spans:
        # (the span's text sliced from the document's, once: ``span.text`` joins its tokens again on each read)
        written = _text(span)
        text = " ".join(written.split())
        if not _capitalised(span) or text.isupper() or any(not (t.is_alpha or t.text in "-'’") for t in span):
            continue  # "IS", "WEST AFRICA" (a shouted header), "Kilometre 5"
        if text in demonyms() or _is_org_name(span) or any(
                p.start < span.end_char and span.start_char < p.end for p in placed):
            continue
        if label not in ("GPE", "LOC") and norm_name(text) in _not_places():
            continue  # "Islamic State" tagged a person: an actor, no village (the NER's own places keep theirs)
        out.append(EntityMention(text=written, start=span.start_char, end=span.end_char, canonical=text,
                                 type="location", entity_id=stable_id("entity", "location", text)))
    return out


@cache
def _site_heads() -> frozenset[str]:
    """Head nouns of named sites: [facility_words] and [site_words] of data/gazetteer.toml, lower-cased."""
    return facility_words() | frozenset(w.lower() for w in datafiles.load(GazetteerFile).site_words)


# lowercase words that may stand between a site's name and its head noun ("Astana Anyar police station", "the
# Baga naval base", "Al-Sinaa detention facility")
_SITE_MODIFIERS = frozenset({"police", "military", "naval", "air", "army", "detention", "bus", "railway", "train",
                             "conference", "district", "general", "central", "main", "old", "grand"})
_NAME_PARTICLES = frozenset({"al", "el", "ul", "e", "i", "de", "da", "del"})
_SITE_ACTOR_TYPES = frozenset({"location", "facility"})


def _site_name_token(tok: Token) -> bool:
    return (tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _CALENDAR_WORDS and not tok.is_stop) or (
        tok.text in ("-", "’", "'") and not tok.whitespace_)


def _named_sites(doc: Doc) -> list[EntityMention]:
    """Named buildings, camps and roads no gazetteer places, written as a capitalised name before a lowercase head
    noun ("the Sakhi shrine", "al-Nuri mosque", "Astana Anyar police station", "the Movida nightclub"): the whole
    phrase is a facility entity, whatever the NER made of the name (a person, a people, an organisation, or
    nothing). A known actor's name before the noun ("an ISIS camp", "the Nigerian Navy base") is no site's name."""
    heads = _site_heads()
    actors = [m for m in (doc._.entity_mentions or []) if m.kb_id is not None and m.type not in _SITE_ACTOR_TYPES]
    out: list[EntityMention] = []
    by_town: list[tuple[EntityMention, str]] = []  # the sites named by a town's name alone, with their head word
    for k, (_lemma, lower) in enumerate(token_words(doc)):
        if lower not in heads or k == 0:
            continue  # (read from the per-document list: a Token only for a head noun)
        tok = doc[k]
        if not tok.is_lower:
            continue
        end = k + 1
        j = k
        while j > 0 and k - j < 2 and doc[j - 1].is_lower and doc[j - 1].lower_ in _SITE_MODIFIERS:
            j -= 1
        start = j
        while start > 0 and j - start < 6 and (_site_name_token(doc[start - 1]) or (
                doc[start - 1].lower_ in _NAME_PARTICLES and start < j and doc[start].text in ("-", "’", "'"))):
            start -= 1
        while start < j and not doc[start].is_alpha:
            start += 1
        name = doc[start:j]
        if not name or not any(t.pos_ == "PROPN" for t in name) or (name[0].is_sent_start and len(name) == 1
                                                                     and name[0].pos_ != "PROPN"):
            continue
        if "\n" in doc[start:end].text or any(not (t.is_alpha or t.text in "-’'") for t in name):
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(a.start <= doc[start].idx and doc[j - 1].idx + len(doc[j - 1]) <= a.end for a in actors):
            continue  # "the ISIS camp", "Nigerian Navy base"
        text = doc_text(doc)[s:e]
        canonical = " ".join(text.split())
        mention = EntityMention(text=text, start=s, end=e, canonical=canonical, type="facility",
                                entity_id=stable_id("entity", "facility", canonical))
        town_named = any(pm.start == doc[start].idx and pm.end == doc[j - 1].idx + len(doc[j - 1])
                         for pm in doc._.place_mentions or [])
        out.append(mention)
        if town_named:
            by_town.append((mention, tok.lower_))
    # "Brussels airport" on a page that also writes "Zaventem airport": a town's name before the head word says
    # which town's site, and the site the page names otherwise is that one; not a second site ("Kunduz airport"
    # alone stays one)
    others = {m.text.split()[-1].lower() for m in out if all(m is not t for t, _ in by_town)}
    others |= {m.text.split()[-1].lower() for m in doc._.entity_mentions or [] if m.type == "facility" and m.text}
    drop = {id(m) for m, head in by_town if head in others}
    return [m for m in out if id(m) not in drop]


@cache
def _place_kind_words() -> frozenset[str]:
    """[place_kind_words] of data/gazetteer.toml: what kind of place a name is ("Baeti village")."""
    return frozenset(datafiles.load(GazetteerFile).place_kind_words)


@cache
def _kind_after() -> re.Pattern[str]:
    """A lowercase word after a place's name that says what kind of place it is ("the Bari region", "Ibo district"):
    [place_kind_words] and [written_kind_words] of data/gazetteer.toml."""
    gazetteer = datafiles.load(GazetteerFile)
    words = sorted({*gazetteer.place_kind_words, *gazetteer.written_kind_words}, key=len, reverse=True)
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in words) + r")\b")

_PLACE_LOCATIVES = frozenset({"in", "at", "near", "around", "outside"})
# NER labels a village's name comes out with when the model does not know it
_MISLABELLED = frozenset({"PERSON", "NORP", "PRODUCT", "ORG", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def _called_by_its_kind(span: Span) -> bool:
    """A name the text itself calls a kind of place: a council area's title ends it ("Augie Local Government
    Area", "Augie LGA" tagged ORG) or a kind word follows or precedes it ("Geidam town", "the town of Geidam"
    tagged PERSON). Such a town of a country the page is about is the place, however small: nothing else is
    named so."""
    return (_COUNCIL_AREA.search(span.text) is not None or _kind_word_after(span.doc, span.end)
            or _kind_word_before(span.doc, span.start)
            # "the Augie local government area of Kebbi State": the council's words after the name the NER cut
            or _COUNCIL_AFTER.match(doc_text(span.doc), span.end_char) is not None)


def _kind_word_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in _place_kind_words()


def _kind_word_before(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _place_kind_words()


def _mislabelled_places(doc: Doc) -> list[tuple[Span, str]]:
    """Names of places the NER tagged as something else, or left untagged, that the text calls places."""
    out: list[tuple[Span, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ not in _MISLABELLED:
            continue
        span = _trim(ent)
        if not span or not all(t.text[:1].isupper() or t.text in "-'’" or t.lower_ in ("al", "el", "de", "del")
                               for t in span):
            continue
        # a village's title before it ("Barangay Kitango", "Sitio Langhub") says what it is
        kind = _kind_word_after(doc, span.end) or _kind_word_before(doc, span.start) or (
            len(span) > 1 and _UNPLACED_HEAD.match(span.text) is not None)
        after = doc[span.end] if span.end < len(doc) else None
        located = (ent.label_ in ("PERSON", "NORP", "PRODUCT") and span.root.dep_ == "pobj"
                   and span.root.head.lower_ in _PLACE_LOCATIVES and span.root.head.i == span.start - 1
                   and (after is None or after.text not in ("'s", "’s", "-")))
        if kind or located:
            out.append((span, ent.label_))
    # an untagged name before its kind word ("Padopi forest", "Marere village")
    # (a name word starts with a capital: read from the kept text by offset first, as a Token per word of the
    # document was made to test it)
    text = doc_text(doc)
    upper = [text[at : at + 1].isupper() for at in doc.to_array(IDX).tolist()]
    # (likewise a proper noun, read from the per-document list: most capitalised words of a page are in a name
    # the NER found, or open a sentence)
    tags = token_pos(doc)
    i = 0
    while i < len(doc):
        if not upper[i] or tags[i] != PROPN:
            i += 1
            continue
        tok = doc[i]
        if tok.ent_type_ or not _name_word(tok) or tok.is_sent_start:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and upper[j] and tags[j] == PROPN and not doc[j].ent_type_ and _name_word(doc[j]):
            j += 1
        if j - i <= 3 and (_kind_word_after(doc, j) or _kind_word_before(doc, i)):
            out.append((doc[i:j], ""))
        i = j
    return out


@Language.factory(
    "sitroom_places", requires=["doc.ents"], assigns=["doc._.place_mentions", "doc._.unplaced_names"]
)
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    extensions.register()
    return PlaceResolver(nlp)


@cache
def facility_words() -> frozenset[str]:
    """[facility_words] of data/gazetteer.toml, lower-cased."""
    return frozenset(w.lower() for w in datafiles.load(GazetteerFile).facility_words)


# The administrative word a gazetteer keeps in a province's name ("Borno State", "Kunar Province",
# "Anbar Governorate"): reporting and analysts name the province without it, so its entity does too.
_PROVINCE_WORD = re.compile(r"\s+(?:State|Province|Governorate|Prefecture|Oblast)$", re.I)


def _province_short_name(place: Place, name: str) -> str:
    """A province entity's canonical name without its administrative word; other places keep theirs.

    Only the canonical changes: the entity id stays the gazetteer name's, so "Raqqa Governorate" and the
    city of Raqqa remain two entities.
    """
    if place.feature != "province" and place.precision != "province":
        return name
    short = _PROVINCE_WORD.sub("", name)
    if country_of(short) is not None:
        return name  # "Niger State": the bare name is the country
    return short if short.strip() else name


def _states_written_whole(pairs: list[tuple[EntityMention, Place]]) -> list[EntityMention]:
    """A state the page writes only with its capitalised word ("Borno State", never "Borno") keeps the word in
    its name. The dev gold is split on the state's name: on pages writing both forms it names the state bare
    (_province_short_name), on pages writing only "X State" it keeps the word 103 times of 189 (the newest batches
    almost always). A lower-case "Borno state" describes, as a bare name does. The entity id stays the gazetteer's."""
    whole: dict[str, bool] = {}
    for m, place in pairs:
        if m.type != "location" or not place.name.endswith(" State") or m.canonical == place.name:
            continue
        text = re.sub(r"^the\s+", "", " ".join(m.text.split()), flags=re.I)
        whole[m.entity_id] = whole.get(m.entity_id, True) and text == f"{m.canonical} State"
    return [replace(m, canonical=f"{m.canonical} State") if whole.get(m.entity_id) else m for m, _ in pairs]


_PLACE_LIST_GLUE = re.compile(r"(?:\s|,|&|/|\band\b)*", re.I)


def _only_places(actor: EntityMention, places: Sequence[PlaceMention]) -> bool:
    """Whether the places the gazetteer finds inside a name make the whole of it, with at most list glue
    between them: "Cabo Delgado" tagged FAC, "Beni and Lubero" or "Biu/Damboa" tagged ORG are places, not a body."""
    inside = sorted((p for p in places if actor.start <= p.start and p.end <= actor.end), key=lambda p: p.start)
    if not inside:
        return False
    at, text = actor.start, actor.text
    for p in inside:
        if not _PLACE_LIST_GLUE.fullmatch(text[at - actor.start : p.start - actor.start]):
            return False
        at = p.end
    return bool(_PLACE_LIST_GLUE.fullmatch(text[at - actor.start :]))


# Words a text puts after a place's name that are no part of it ("the Tillaberi region", "Damboa Local
# Government Area"); "district" and "city" stay, as names often carry them ("Davao City", "Chiure District").
_AREA_WORDS = re.compile(r"\s+(?:region|area|local government area|LGA)$", re.I)


# A lowercase type word after a name describes the place; it is no part of its name ("Ituri province", "Lubero
# territory", "Talayan town"): the entity's mention is the name, as annotators and readers take it. Capitalised,
# the word belongs to the name ("Kurdistan Region", "Borno State", "Davao City") and stays.
_DESCRIBING_WORDS = frozenset({
    "province", "governorate", "state", "region", "district", "city", "town", "village", "area", "mountains",
    "mountain", "territory", "commune", "municipality",
})


# Nigeria's council areas are named by their town, capitalised or not ("Damboa Local Government Area",
# "Gubio LGA"): the place is the town's name, as readers and annotators write it.
_COUNCIL_WORDS = r"(?:local government(?: areas?)?|local councils?|LGAs?)"
_COUNCIL_AREA = re.compile(rf"\s+{_COUNCIL_WORDS}$", re.I)
_COUNCIL_AFTER = re.compile(rf"\s+{_COUNCIL_WORDS}\b", re.I)
# a council area the NER ran on into the state it lies in ("Gujba Local Government Areas of Yobe State"): the
# council's own words, before "of"
_COUNCIL_AREA_OF = re.compile(rf"^(?P<council>.+?\s+{_COUNCIL_WORDS})\s+of\s+(?P<state>\S.*)$", re.I)


_VILLAGE_WORDS = frozenset({"village", "hamlet", "community", "locality", "settlement"})


def _called_a_village(span: Span) -> bool:
    """"Manda village": what the text calls a village is no town abroad, nor a well-known city anywhere (Handa,
    Japan, lists "Manda" among its alternate names): it is a village no gazetteer has."""
    doc = span.doc
    return span[-1].lower_ in _VILLAGE_WORDS or (span.end < len(doc) and doc[span.end].lower_ in _VILLAGE_WORDS) or (
        _among_unknown_names(span))


def _among_unknown_names(span: Span) -> bool:
    """ "troops cleared terrorist hideouts in Tamsu Ngamdu, Dalakaleri, and Gaza": a name listed with two or more
    names no gazetteer knows is one of the same villages, not the city abroad it shares a name with."""
    others = [t for t in span.root.conjuncts if not span.start <= t.i < span.end]
    own = resolve_place(_text(span)) if others else None
    if own is None or _well_known_by_name(own):
        return False  # a curated town of the domain ("in Marte, Buni Gari and Wajiroko") is that town
    if len(others) < 2 or any(t.pos_ != "PROPN" for t in others):
        return False  # (a list of towns the gazetteer knows is read town by town)
    ents = doc_ents(span.doc)
    names = [next((_text(e) for e in ents if e.start <= t.i < e.end), t.text) for t in others]
    return all(resolve_place(name) is None for name in names)


def _read_by_each_other(found: list[tuple[Span, Place]]) -> list[tuple[Span, Place]]:
    """On a page that names no country, a name several countries share is read in the country of the page's
    other places: "Punjab" beside Bahawalpur and Faisalabad is Pakistan's, not India's (the larger). A name that
    is no place at all in their countries (only an alternate name of a foreign town: "Dandi" beside Birnin Kebbi
    and Kebbi State is no Dundee) is a place the gazetteer does not know."""
    out = []
    for span, place in found:
        others = frozenset(p.country for s, p in found if p.country and s.text != span.text)
        if others and place.country not in others:
            again = resolve_place(span.text, tuple(others))
            if again is None:
                continue
            if again is not None and again.country in others and again.precision == place.precision:
                place = again
        out.append((span, place))
    return out


# a city this size is what its name means wherever a page names it ("Istanbul", "Dubai"), the article's countries
# or not
_WORLD_CITY = 1_000_000


@cache
def _curated_ids() -> frozenset[str]:
    return frozenset(e.id for e in curated_entries())


def _without_lone_namesakes(found: list[tuple[Span, Place]], named: frozenset[str]) -> list[tuple[Span, Place]]:
    """Without the places of a country the article never names, by its name, a people's adjective or another
    place of it, on a page that names countries: a province the article names alone in its country is a namesake
    of a local place ("Abia", an ADF camp on a DRC page, is no Nigerian state), and so is a town named alone in its
    country in a sentence that names a place of the article's countries ("the Boma peninsula on Lake Chad in
    Chad's Lac province" is no Congolese port; "some 150 km from Gao" on a page that names only an acronym's
    country is Mali's Gao all the same). A province beside other places of its country ("Sulu" and "Basilan" on a
    page that names no Philippines) stays, and so do the domain's curated places, capitals and world cities."""
    if not named:
        return found
    by_country: dict[str, set[str]] = {}
    for _span, place in found:
        by_country.setdefault(place.country or "", set()).add(place.id)
    sentences_named = {span.sent.start for span, place in found if place.country in named}

    def namesake(span: Span, place: Place) -> bool:
        if place.country in named or len(by_country[place.country or ""]) > 1 or place.precision == "country":
            return False
        return _namesake_kind(place) and (place.precision != "point" or span.sent.start in sentences_named)

    return [(span, place) for span, place in found if not namesake(span, place)]


def _namesake_kind(place: Place) -> bool:
    """A place whose name a local place may share: not the domain's curated one, a capital or a world city."""
    if place.id in _curated_ids():
        return False
    entry = default_gazetteer().get(place.geonames_id) if place.geonames_id is not None else None
    return entry is None or not (entry.capital or entry.population >= _WORLD_CITY or entry.source == "curated")


def _transliterated(place: Place) -> bool:
    """A name the gazetteer holds as GeoNames transliterates it ("Garoowe", "Darnah", "Muqdadiyah"), where
    the curated names and the countries' and provinces' names are the English ones."""
    entry = default_gazetteer().get(place.geonames_id) if place.geonames_id is not None else None
    return entry is not None and entry.source in ("geonames", "small_town")


def _bare_form(written: str) -> str:
    """A place as written without a leading article or "barangay", a province's or an area's word, or a trailing
    lowercase type word ("Udalo village"): the form a location entity is named by."""
    form = re.sub(r"^(?:the|barangay|brgy\.?)\s+", "", written, flags=re.I)
    form = _AREA_WORDS.sub("", _PROVINCE_WORD.sub("", form)).strip()
    name, _, last = form.rpartition(" ")
    return name.rstrip() if name.strip() and last in _DESCRIBING_WORDS else form


def _named_as_written(found: list[tuple[EntityMention, Place]]) -> list[EntityMention]:
    """A location whose gazetteer name is a transliteration is named as the text writes it: "Garowe", "Derna",
    "Chiure District", the form used most (the shorter on a tie, capitals only when nothing else is
    written), without a province's or an area's word or a lowercase type word ("Udalo village"). The entity
    id stays the gazetteer's, so spellings across documents still meet in one entity."""
    forms: dict[str, dict[str, int]] = {}
    for m, place in found:
        if m.type == "location" and _transliterated(place):
            form = _bare_form(m.text.strip())
            if form:
                counts = forms.setdefault(m.entity_id, {})
                counts[form] = counts.get(form, 0) + 1
    best = {eid: min(counts, key=lambda f: (f.isupper(), -counts[f], len(f))) for eid, counts in forms.items()}
    best = {eid: form for eid, form in best.items() if not form.isupper()}  # "ABIDJAN" in a dateline only
    return [replace(m, canonical=best[m.entity_id]) if m.entity_id in best else m for m, _p in found]


def _respellings(found: list[tuple[EntityMention, Place]]) -> dict[str, str]:
    """A location whose English gazetteer name the page spells another way is named as the page spells it:
    "Salahuddin" and "Salah al-Din" (not the gazetteer's "Saladin"), "Sulaimani", "Mallam Fatori", as the
    conventions name a place by the page's form (the train gold does for 95% of its locations). Only a respelling
    of the same name: the same first letter and most letters shared ("Tadmor" is another name for Palmyra); a form
    that adds or drops whole words ("Lake Chad Basin", "Sinai" for "Sinai Peninsula") is another rule's, and a page
    that writes the gazetteer's name keeps it. Returns entity id -> the written form; the id stays the gazetteer's."""
    forms: dict[str, dict[str, int]] = {}
    canonicals: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    for m, place in found:
        if m.type != "location" or place.precision == "country" or _transliterated(place) or _big_city(place):
            continue
        form = _bare_form(" ".join(m.text.split()))
        if form:
            counts = forms.setdefault(m.entity_id, {})
            counts[form] = counts.get(form, 0) + 1
            canonicals[m.entity_id] = m.canonical
            countries[m.entity_id] = place.country
    renamed: dict[str, str] = {}
    for eid, counts in forms.items():
        own_name = _AREA_WORDS.sub("", _PROVINCE_WORD.sub("", canonicals[eid]))
        own = set(_plain_words(_fold_place(own_name)))
        written = [set(_plain_words(_fold_place(f))) for f in counts]  # "Tillabéri" is "Tillaberi" as written
        if not own or any(w <= own or own <= w for w in written):
            continue  # the page writes the gazetteer's name, or a form with words added or dropped
        best = min(counts, key=lambda f: (f.isupper(), -counts[f], len(f)))
        if best[:1].isupper() and not best.isupper() and _same_name(best, own_name) and not _curated_spelling(
                best, canonicals[eid]) and _known_spelling(best, countries[eid]):
            renamed[eid] = best
    return renamed


def _known_spelling(form: str, country: str | None) -> bool:
    """A spelling of a place of ``country`` the gazetteer knows as a name of its own or the curator listed: a
    transliteration readers use ("Sulaimani", "Shirqat"), which the conventions keep. A form it does not know, or
    knows only among GeoNames' loose alternate names, is the page's slip ("Miudumbe", "Tahua", "Bajur"), and the
    conventions name the place by its standard name."""
    return any(c.entry.country == country and (c.primary or c.entry.source == "curated")
               for c in default_gazetteer().candidates(form))


@cache
def _curated_spellings() -> dict[str, frozenset[str]]:
    """Curated place name -> its alternate names, folded by ``norm_name``."""
    return {e.name: frozenset(norm_name(a) for a in e.alt_names) for e in curated_entries()}


def _curated_spelling(form: str, name: str) -> bool:
    """A spelling the curated gazetteer lists for the place ("Calmiskaad", "Al Miskaad" of "Cal Miskaad"): a
    variant the curator found the pages writing for one place, which the conventions name by its curated name
    (the dev gold names the Cal Miskaad range so on 16 pages written nine ways)."""
    return norm_name(form) in _curated_spellings().get(name, frozenset())


# a city this size has the one English name the conventions give it, however a page spells it ("Raqqa" for AFP's
# "Raqa", "Deir ez-Zor", "Mosul"); smaller towns and provinces are named as the page spells them
_NAMED_CITY = 250_000


def _big_city(place: Place) -> bool:
    entry = default_gazetteer().get(place.geonames_id) if place.geonames_id is not None else None
    return place.precision == "point" and entry is not None and entry.population >= _NAMED_CITY


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: the same first letter past an article ("al-", "el-"), most letters shared."""
    x, y = (re.sub(r"^(?:al|el|ad|as|ash|ar)[- ]", "", _fold_place(n)) for n in (a, b))
    return x[:1] == y[:1] and difflib.SequenceMatcher(None, x, y).ratio() >= 0.6


def _fold_place(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


@cache
def _kind_words() -> frozenset[str]:
    """[kind_words] of data/gazetteer.toml, lower-cased."""
    return frozenset(w.lower() for w in datafiles.load(GazetteerFile).kind_words)


def _plain_words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", unicodedata.normalize("NFKC", text).casefold()) if w]


def _named_by_written_words(found: list[EntityMention]) -> list[EntityMention]:
    """A location is named with words the page writes, as readers and the conventions name it:

    * a kind word the gazetteer's name adds and no mention writes goes ("Sinai Peninsula" for a page that only
      says "Sinai", "Sambisa Forest" for "Sambisa"): the canonical is the form the page writes most;
    * a compass word the page writes before the name stays ("West Sumatra", "North Cotabato", "Central Sinai"),
      and the area is an entity of its own (the gazetteer places "West Sumatra" at Sumatra; "South Sumatra" on
      the same page is another province).

    The entity id stays the gazetteer's in the first case, so spellings across documents still meet."""
    kinds = _kind_words()
    forms: dict[str, dict[str, int]] = {}
    for m in found:
        if m.type == "location":
            form = re.sub(r"^the\s+", "", " ".join(m.text.split()), flags=re.I)
            counts = forms.setdefault(m.entity_id, {})
            counts[form] = counts.get(form, 0) + 1
    renamed: dict[str, str] = {}
    for m in found:
        if m.type != "location" or m.entity_id in renamed:
            continue
        written = {w for form in forms[m.entity_id] for w in _plain_words(form)}
        added = [w for w in _plain_words(m.canonical) if w not in written]
        if added and all(w in kinds for w in added):
            best = min(forms[m.entity_id], key=lambda f: (f.isupper(), -forms[m.entity_id][f], len(f)))
            if not best.isupper() and set(_plain_words(best)) <= set(_plain_words(m.canonical)) | written:
                renamed[m.entity_id] = best
    out = []
    for m in found:
        if m.entity_id in renamed:
            m = replace(m, canonical=renamed[m.entity_id])
        form = re.sub(r"^the\s+", "", " ".join(m.text.split()), flags=re.I)
        direction = _DIRECTION.match(form)
        if m.type == "location" and direction is not None and form[:1].isupper() and not form.isupper() \
                and not form.lower().startswith(("rural", "greater", "upper", "lower")) \
                and _plain_words(direction.group("name")) == _plain_words(m.canonical):
            m = replace(m, canonical=form, entity_id=stable_id("entity", "location", form))
        out.append(m)
    return out


@cache
def _name_words() -> frozenset[str]:
    """[name_words] of data/gazetteer.toml, as written (capitalised)."""
    return frozenset(datafiles.load(GazetteerFile).name_words)


def _named_with_name_words(found: list[EntityMention]) -> list[EntityMention]:
    """A location the page writes only with a capitalised name word after its name ("Cotabato City", "MARAWI
    CITY" in a dateline, "the Lake Chad Basin", "the Far North Region"; [name_words] of data/gazetteer.toml) is
    named so, as the conventions name the chartered cities of the Philippines and "New York City": the word is
    part of the name the page gives it ("Cotabato" alone is also a province). A page that also writes the bare
    name ("the Diffa Region ... in Diffa") names it by that. The entity id stays the gazetteer's."""
    words = {w.casefold(): w for w in _name_words()}
    forms: dict[str, dict[str, int]] = {}
    bare: set[str] = set()
    for m in found:
        if m.type != "location":
            continue
        *name, last = m.text.split() or [""]
        word = words.get(last.casefold()) if last in (words.get(last.casefold()), last.upper()) else None
        if word is not None and name and norm_name(" ".join(name)) == norm_name(m.canonical):
            counts = forms.setdefault(m.entity_id, {})
            counts[word] = counts.get(word, 0) + 1
        else:
            bare.add(m.entity_id)
    named = {eid: max(counts, key=lambda w: (counts[w], w)) for eid, counts in forms.items() if eid not in bare}
    return [replace(m, canonical=f"{m.canonical} {named[m.entity_id]}") if m.entity_id in named else m
            for m in found]


def _without_describing_words(found: list[EntityMention]) -> list[EntityMention]:
    """Location mentions without a trailing lowercase type word or a council area's title ("Damboa Local
    Government Area"), unless the bare name is another entity's mention in the text ("Kirkuk province" next
    to the city "Kirkuk" stays whole: two places). The whole phrase stays a mention of the place as well: some
    pages' readers name the place so ("attacks in the Bari region")."""
    owner: dict[str, set[str]] = {}
    for m in found:
        owner.setdefault(m.text.lower(), set()).add(m.entity_id)
    out = []
    for m in found:
        name, _, last = m.text.rpartition(" ")
        name = name.rstrip()
        if _COUNCIL_AREA.search(m.text):
            name, last = _COUNCIL_AREA.sub("", m.text), "area"
        if m.type == "location" and name and last in _DESCRIBING_WORDS \
                and owner.get(name.lower(), {m.entity_id}) == {m.entity_id}:
            out.append(replace(m, text=name, end=m.start + len(name)))
        out.append(m)
    return out


# A village's own word after its name, capitalised or not ("Babunga village", "Adarawa Village"), a Nigerian
# council area's title ("Abadam Local Government Area"), and a Philippine village's title before it ("Barangay
# Kitango", "Sitio Langhub"): no part of the name of a place no gazetteer holds.
_UNPLACED_TAIL = re.compile(rf"\s+(?:village|hamlet|{_COUNCIL_WORDS})$", re.I)
_UNPLACED_HEAD = re.compile(r"^(?:barangay|brgy\.?|sitio)\s+", re.I)


def _council_part(m: EntityMention) -> EntityMention:
    """A council area's own words of a name the NER ran on into the state it lies in: "Gujba Local Government
    Areas" of "Gujba Local Government Areas of Yobe State" (the state is a place of its own); the name itself
    otherwise."""
    whole = _COUNCIL_AREA_OF.match(m.text)
    if whole is None:
        return m
    council = whole.group("council")
    return replace(m, text=council, end=m.start + len(council))


def _bare_unplaced(names: Sequence[EntityMention]) -> list[EntityMention]:
    """Names no gazetteer places, named without the words that only say what kind of place they are: the
    entity is "Babunga" (as readers and the conventions name it) and "Babunga" is a mention of it next to the
    whole phrase. An organisation the NER made of a council area ("Gudu Local Government Area") is the town."""
    out: list[EntityMention] = []
    for m in names:
        start, end = m.start, m.end
        head = _UNPLACED_HEAD.match(m.text)
        if head is not None:
            start += head.end()
        tail = _UNPLACED_TAIL.search(m.text)
        if tail is not None and (m.type == "location" or _COUNCIL_AREA.search(m.text)):
            end = m.start + tail.start()
        bare = m.text[start - m.start : end - m.start].strip()
        if (start, end) == (m.start, m.end) or not bare or not bare[:1].isupper() or m.kb_id is not None \
                or (m.type not in ("location", "organization", "facility")
                    and not (m.type == "person" and _COUNCIL_AREA.search(m.text))):
            out.append(m)
            continue
        whole = replace(m, canonical=bare, type="location", entity_id=stable_id("entity", "location", bare), role=None)
        out.append(whole)
        out.append(replace(whole, text=bare, start=start, end=start + len(bare)))
    return out


def _country_inside(actor: EntityMention, pm: PlaceMention) -> bool:
    """The country's name inside a part of it the gazetteer places as the country ("Nigeria" of "Northeast
    Nigeria"): the country keeps its mention and the part stays a location of its own, as some pages' gold names
    the part ("Northwest Nigeria", "Western Uganda") while most name the country."""
    return (actor.type == "country" and pm.place.precision == "country" and actor.kb_id == f"country:{pm.place.country}"
            and pm.start < actor.start and actor.end == pm.end)


def _place_in_longer_name(actor: EntityMention, pm: PlaceMention) -> bool:
    """A place written inside a longer name that is not the place's own: a body named for its home ("Puntland
    forces", "Kampala Central Police Station", "Wilayat Sinai"), a road between towns ("Damaturu-Maiduguri road"),
    an official's title ("Sabah police commissioner Datuk Hazani Ghazali"). The place is an entity of its own as
    well, as the pages' gold names it (66 dev pages of every region lost it), unless it is part of a person's own
    name ("Ali Kalora": "Kalora" is no town there)."""
    if not (actor.start <= pm.start and pm.end <= actor.end and (actor.start, actor.end) != (pm.start, pm.end)):
        return False
    if actor.type == "person":
        return not set(pm.text.casefold().split()) & set(actor.canonical.casefold().split())
    return True


def place_entity_mentions(
    places: Sequence[PlaceMention], actors: Sequence[EntityMention], unplaced: Sequence[EntityMention] = (),
    text: str = "",
) -> tuple[list[EntityMention], list[EntityMention]]:
    """Places as entities, next to the actors and persons already resolved: (places, actors kept).

    A geocoded place is an entity of its own (a location, or a facility when its last word says so:
    "Roj camp"), unless an actor mention covers it (a country is already an entity). A one-word
    "person" the NER made of a place name ("Al-Hol") yields to the place.
    """
    actors = _slashed_names(actors, places)
    places, named_apart, lists = _places_listed_apart(places)
    # ... and the NER's unknown name for the whole list ("Bita, Mubi" tagged an organisation) is no name of its own
    actors = [a for a in actors if a.kb_id is not None or (a.start, a.end) not in lists]
    actors, listed = _listed_places(actors, text)
    unplaced = [*unplaced, *named_apart, *listed]
    kept = [
        a for a in actors
        if not (a.type == "person" and " " not in a.canonical.strip()
                and any(p.start <= a.start and a.end <= p.end for p in places))
        # ... nor does a name the NER ran across a place's edge, or cut inside one: "Maguing Lanao" of "in Maguing
        # Lanao del Sur" (a town, then its province) is no person, whose "Lanao" is the province
        # (a person named as the place itself, "Mocímboa da Praia" tagged a person, is left to the rules after)
        and not (a.type == "person" and a.kb_id is None and any(
            p.start < a.end and a.start < p.end and not (a.start <= p.start and p.end <= a.end) and " " in p.text
            and a.canonical.casefold() != p.text.casefold() for p in places))
        # a name the NER called a facility or an organisation, that the knowledge base does not know and the
        # gazetteer places exactly there, is the place ("raids on Cabo Delgado" in a headline, tagged FAC)
        # ... unless the name stands for another the page gave it ("the Danish Refugee Council (DRC)": "DRC" is
        # the council there, though the gazetteer places the Congo by those letters)
        and not (a.kb_id is None and a.type in ("facility", "organization") and _only_places(a, places)
                 and bool(set(_plain_words(a.canonical)) & set(_plain_words(a.text))))
        # ... nor does an unknown name the NER cut out of a longer place's name: "Triangle" (ORG) of "the Timbuktu
        # Triangle", which hid the place's entity on 13 dev pages of 13 outlets (a person so cut is left to the
        # rules after: "Praia" of "Mocimboa da Praia")
        and not (a.kb_id is None and a.type in ("facility", "organization") and any(
            p.start <= a.start and a.end <= p.end and (p.start, p.end) != (a.start, a.end) and " " in p.text
            for p in places))
    ]
    found: list[EntityMention] = []
    placed: list[Place] = []
    for pm in places:
        if any(a.start < pm.end and pm.start < a.end and not _country_inside(a, pm) and not _place_in_longer_name(a, pm)
               for a in kept):
            continue
        placed.append(pm.place)
        last = pm.text.split()[-1].lower() if pm.text.split() else ""
        # "al-Jadaa" for the camp the gazetteer names "al-Jadaa camp" is the camp too
        named_site = (pm.place.name.split() or [""])[-1].lower() in facility_words()
        kind = "facility" if last in facility_words() or named_site else "location"
        name = pm.place.name
        if kind == "facility" and name.split()[-1].lower() not in facility_words():
            name = f"{name} {pm.text.split()[-1]}"  # "Roj" + "camp": keep the facility word in its name
        found.append(EntityMention(
            text=pm.text, start=pm.start, end=pm.end, canonical=_province_short_name(pm.place, name), type=kind,
            entity_id=stable_id("entity", kind, name),
        ))
    # a state is named without its word ("Borno", not "Borno State"; see _province_short_name), unless the page
    # never writes the bare name: _states_written_whole
    found = _states_written_whole(list(zip(found, placed, strict=True)))
    respelt = _respellings(list(zip(found, placed, strict=True)))
    found = _named_as_written(list(zip(found, placed, strict=True)))
    found = _named_by_written_words(found)
    found = _without_describing_words(found)
    # a named site no gazetteer places ("the Sakhi shrine") is a facility next to the town or actor in its name;
    # an unknown name inside it the NER took for a person or an organisation ("al-Nuri") was the site's
    def inside(a: EntityMention, u: EntityMention) -> bool:
        return u.start <= a.start and a.end <= u.end and (a.start, a.end) != (u.start, u.end)

    def unknown_name_in(a: EntityMention, u: EntityMention) -> bool:
        return a.kb_id is None and a.type in ("person", "organization", "facility") and inside(a, u)

    sites = [u for u in unplaced if u.type == "facility" and not any(
        o.start < u.end and u.start < o.end and not unknown_name_in(o, u) and (o.type == "facility" or not inside(o, u))
        for o in [*kept, *found])]
    unplaced = [u for u in unplaced if u.type != "facility"]
    # ... and is no entity of its own: "Sakhi" of "the Sakhi shrine" is no organisation, "the Khadija Tul Kubra"
    # (a facility the NER cut before "mosque") no other site; a body a people's adjective names ("the Nigerian
    # Navy base") stays the body
    people = demonyms()
    kept = [a for a in kept if not any(unknown_name_in(a, u) and (a.type == "facility" or (
        a.text.split()[0] not in people and u.text[a.end - u.start:].strip().split()[0].islower())) for u in sites)]
    # a name no gazetteer places is a location all the same, unless an actor or a placed name covers it
    unplaced = _bare_unplaced([u for u in unplaced if not any(o.start < u.end and u.start < o.end
                                                              for o in [*kept, *found])])
    # ... unless a person of the page is written so: the NER's place "Museveni" after "President Yoweri Museveni"
    kept += [p for u in unplaced if (p := _person_named(u, kept)) is not None]
    unplaced = [u for u in unplaced if _person_named(u, kept) is None]
    # (a council the NER took for a person too: "Gujba LGA")
    named_councils = [(a, _council_part(a)) for a in kept
                      if a.kb_id is None and a.type in ("organization", "facility", "person")]
    named_councils = [(a, c) for a, c in named_councils
                      if _COUNCIL_AREA.search(c.text) and not any(f.start < c.end and c.start < f.end for f in found)]
    kept = [a for a in kept if not any(a is w for w, _ in named_councils)]
    found = _named_with_name_words(found + unplaced + _bare_unplaced([c for _, c in named_councils]))
    # "Al-Hol" after "Al-Hol camp" in the same text is the camp, not a town of that name
    facilities = {f.canonical.lower().rsplit(" ", 1)[0]: f for f in found if f.type == "facility"}
    for i, m in enumerate(found):
        f = facilities.get(m.canonical.lower())
        if m.type == "location" and f is not None:
            found[i] = replace(m, canonical=f.canonical, type=f.type, entity_id=f.entity_id)
        elif m.type == "location" and m.entity_id in respelt:
            # renamed only now: the camp above is found by the gazetteer's name ("al-Hol" for "Al-Hawl")
            found[i] = replace(m, canonical=respelt[m.entity_id])
    # a town and its province keep their own entities; a name no gazetteer placed joins the place so named
    placed_names = [f for f in found if f.type in ("location", "facility")]
    unplaced_names = _named_like_places([f for f in found if f.type not in ("location", "facility")], placed_names)
    found = [*placed_names, *unplaced_names]
    kept = _named_like_places(kept, found)
    # "Orangi Town" tagged a facility in one sentence and an organisation in the next: one name, one entity
    first: dict[str, EntityMention] = {}
    for a in kept:
        if a.kb_id is None and a.type != "person":
            first.setdefault(a.canonical.casefold(), a)
    kept = _named_like_places(kept, list(first.values()))
    found = _named_with_feature_words(_with_written_forms(found, kept, text))
    # a country the gazetteer placed where the actor stage found none ("U.S" without its last point, "Mali" in a
    # list of places) is the country the actors name elsewhere in the text, not a location of the same name
    countries = {a.canonical: a for a in kept if a.type == "country"}
    found = [replace(m, type="country", entity_id=c.entity_id, kb_id=c.kb_id, wikidata=c.wikidata)
             if m.type == "location" and (c := countries.get(m.canonical)) is not None else m for m in found]
    # a site named so elsewhere in the text is that entity ("Sakhi shrine" tagged a facility in another sentence)
    named = {m.canonical.casefold(): m for m in [*found, *kept] if m.type == "facility"}
    sites = [replace(u, canonical=named[u.canonical.casefold()].canonical,
                     entity_id=named[u.canonical.casefold()].entity_id) if u.canonical.casefold() in named else u
             for u in sites]
    found, kept = _respelt_entities(found + sites, kept, places)
    found, kept = _possessive_owners(found, kept, places)
    found = _with_bare_designated(found, kept)
    return found, _with_bare_names(kept)


# a capitalised word after a town's name that says what kind of area it is ("Macomia District", "Gajiram Town",
# "Fort Portal City", "Danko Wasagu Local Area")
_DESIGNATOR_AFTER = re.compile(r"^(?P<name>[A-Z].*?)[ \t]+(?:District|City|Town|Village|Municipality|Local Area"
                               r"|Local Government Area|Local Government|LGA)$")


def _with_bare_designated(found: list[EntityMention], kept: Sequence[EntityMention]) -> list[EntityMention]:
    """A location the page names only with its kind word ("Macomia District", "Gajiram Town") is named by its name
    too, as the conventions mostly write such towns: the name before the word is a mention of the same entity, unless
    another entity of the page has a mention so written (the town "Marawi" next to the entity "Marawi City")."""
    written: dict[str, set[str]] = {}
    for m in [*found, *kept]:
        written.setdefault(m.text.casefold(), set()).add(m.entity_id)
    out = list(found)
    for m in found:
        match = _DESIGNATOR_AFTER.match(m.text) if m.type == "location" else None
        if match is None:
            continue
        name = match["name"]
        if written.get(name.casefold(), set()) - {m.entity_id} or m.entity_id in written.get(name.casefold(), set()):
            continue
        written.setdefault(name.casefold(), set()).add(m.entity_id)
        out.append(replace(m, text=name, end=m.start + len(name), role=None))
    return out


def _with_bare_names(kept: list[EntityMention]) -> list[EntityMention]:
    """A person named with a title, a rank or a role before the name ("Air Vice Marshal Titus Dauda", "Chadian
    President Mahamat Idriss Deby Itno", "Law Minister Rana Sanaullah") is also named by the words after the last
    title word, two or more capitalised words: the bare name is a mention of its own next to the whole phrase, as
    readers and the conventions write the person (the titled phrase stays, for the role and the speaker rules)."""
    titles = title_words()
    spans = {(m.start, m.end) for m in kept}
    out = list(kept)
    for m in kept:
        if m.type != "person":
            continue
        words = list(re.finditer(r"\S+", m.text))
        last = max((i for i, w in enumerate(words[:-2]) if w.group().lower().rstrip(".") in titles), default=None)
        if last is None or not all(w.group()[:1].isupper() for w in words[last + 1 :]):
            continue
        start = m.start + words[last + 1].start()
        if (start, m.end) not in spans:
            spans.add((start, m.end))
            out.append(replace(m, text=m.text[start - m.start :], start=start, role=None))
    return out


def _person_named(u: EntityMention, actors: Sequence[EntityMention]) -> EntityMention | None:
    """``u`` (a one-word name no gazetteer places) as a mention of the one person of the page whose name is
    written so, or whose surname it is, or of the well-known figure of that surname (known_persons.toml)."""
    if u.type != "location" or len(u.text.split()) != 1:
        return None
    key = short_key(u.text)
    owners = {a.entity_id: a for a in actors if a.type == "person" and u is not a and (
        short_key(a.text) == key or (len(a.canonical.split()) > 1 and short_key(a.canonical.split()[-1]) == key))}
    if not owners and (famous := known_persons().get(key)) is not None:
        # ... or a well-known figure's surname ("Museveni" tagged a place, the page naming him so only)
        return replace(u, canonical=famous, type="person", entity_id=stable_id("entity", "person", famous), role=None)
    if len(owners) != 1:
        return None
    person = next(iter(owners.values()))
    return replace(u, canonical=person.canonical, type="person", entity_id=person.entity_id, role=None)


# a name the NER ran over its owner's possessive: "Peshawar's Lady Reading Hospital", "Uganda's Sanyuka Television",
# "Mozambique's Cabo Delgado" (the owner one to four capitalised words, the name capitalised after it)
_OWNED_NAME = re.compile(
    r"^(?:the[ \t]+)?(?P<owner>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})['’]s[ \t]+(?P<name>[A-Z][^\n]*)$")
_OWNER_TYPES = frozenset({"country", "location", "organization", "armed_group", "facility"})


def _possessive_owners(
    found: list[EntityMention], kept: list[EntityMention], places: Sequence[PlaceMention]
) -> tuple[list[EntityMention], list[EntityMention]]:
    """A mention written with its owner's possessive ("Peshawar's Lady Reading Hospital", "North Kivu's Mwalika",
    "Mozambique's Cabo Delgado") names two entities, as readers and the conventions take it: the owner, a mention of
    the country, place or body it names, and the owned name, a mention of the entity without the possessive (the
    whole phrase stays its mention too). An entity named with the possessive is named without it ("Lady Reading
    Hospital"), as the owner is no part of its name; a body the actor stage named after its state ("Nigerien Defense
    and Security Forces") keeps that name. Only an owner the page, the knowledge base or the gazetteer knows by
    that very name: "Uganda People's Defence Force" and "Martyr's Right" have no owner."""
    everything = [*found, *kept]
    spans = {(m.start, m.end) for m in everything}
    by_text: dict[str, EntityMention] = {}
    for m in everything:
        if m.type in _OWNER_TYPES and not _OWNED_NAME.match(m.text):
            by_text.setdefault(_light_key(m.text), m)
    ids = {m.entity_id: m for m in everything}
    countries = tuple(sorted({p.place.country for p in places if p.place.country}))
    kb = load_actor_kb()
    renamed: dict[str, str] = {}
    added_found: list[EntityMention] = []
    added_kept: list[EntityMention] = []
    for m in everything:
        match = _OWNED_NAME.match(m.text)
        if match is None or m.type == "person":
            continue
        owner = match.group("owner")
        at = m.start + match.start("owner")
        to = at + len(owner)
        if (at, to) in spans:
            owned = None
        else:
            owned = _owner_mention(owner, at, to, by_text, ids, kb, countries)
            if owned is None:
                continue
            spans.add((at, to))
            (added_found if owned.type in ("location", "facility") else added_kept).append(owned)
        name = match.group("name").rstrip()
        start = m.start + match.start("name")
        if (start, start + len(name)) not in spans:
            spans.add((start, start + len(name)))
            (added_found if m in found else added_kept).append(
                replace(m, text=name, start=start, end=start + len(name), role=None))
        own_name = _OWNED_NAME.match(m.canonical)
        if m.kb_id is None and own_name is not None and _light_key(own_name.group("owner")) == _light_key(owner):
            renamed.setdefault(m.entity_id, own_name.group("name").strip())

    def named(x: EntityMention) -> EntityMention:
        canonical = renamed.get(x.entity_id)
        if canonical is None:
            return x
        return replace(x, canonical=canonical, entity_id=stable_id("entity", x.type, canonical))

    return [named(x) for x in found + added_found], [named(x) for x in kept + added_kept]



# a town this size is a place a page names as an owner ("Peshawar's", "Kasese's"); a village of the same name as a
# word ("People's", "Women's") is none
_OWNER_TOWN = 50_000


def _known_owner(place: Place) -> bool:
    """A province, a curated place, a capital or a town of some size."""
    if place.precision == "province" or place.id in _curated_ids():
        return True
    entry = default_gazetteer().get(place.geonames_id) if place.geonames_id is not None else None
    return entry is not None and (entry.capital or entry.population >= _OWNER_TOWN or entry.source == "curated")


def _owner_mention(
    owner: str, at: int, to: int, by_text: dict[str, EntityMention], ids: dict[str, EntityMention],
    kb: ActorKB, countries: tuple[str, ...],
) -> EntityMention | None:
    """The owner of a possessive as a mention of the entity it names: one of the page's entities written so, else
    the knowledge base's country or body of that name, else the gazetteer's place of that very name."""
    same = by_text.get(_light_key(owner))
    if same is not None:
        return replace(same, text=owner, start=at, end=to, role=None)
    actor = kb.lookup(owner)
    if actor is not None and actor.type in _OWNER_TYPES:
        return EntityMention(text=owner, start=at, end=to, canonical=actor.canonical, type=actor.type,
                             entity_id=stable_id("entity", actor.type, actor.canonical), kb_id=actor.id,
                             wikidata=actor.wikidata)
    place = resolve_place(owner, countries)
    if place is None or place.precision == "country" or _light_key(place.name) != _light_key(owner) \
            or not _known_owner(place):
        return None
    name = place.name
    eid = stable_id("entity", "location", name)
    canonical = ids[eid].canonical if eid in ids else _province_short_name(place, name)
    return EntityMention(text=owner, start=at, end=to, canonical=canonical, type="location", entity_id=eid)


# "the villages of Gire and Merde in Makhmur", "the insurgent bases of Diaca, Roma and Nanili": a list of places the
# NER took for one organisation or site (one to three capitalised words a name, joined by commas and "and")
_LIST_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}"
_NAME_LIST = re.compile(rf"^(?P<names>{_LIST_NAME}(?:,[ \t]+{_LIST_NAME})*,?[ \t]+and[ \t]+{_LIST_NAME})"
                        rf"(?:[ \t]+(?:in|under)[ \t]+(?P<tail>{_LIST_NAME}))?$")
# ... written where places are: after a locative word or "of", with or without an article ("the villages of",
# "the cities of the Intazays, Woursanat and Bakorat"), or before a kind word ("Poso and Sigi regencies")
_LIST_CUE = re.compile(r"\b(?:in|at|near|of|from|between|around|outside)[ \t]+(?:the[ \t]+)?$", re.I)


def _listed_places(
    actors: Sequence[EntityMention], text: str
) -> tuple[list[EntityMention], list[EntityMention]]:
    """Names listed in one organisation or site the NER found, where the text lists places ("the villages of Gire
    and Merde in Makhmur district"), are each a place of its own, as the conventions take them: (the other actors,
    the places listed, as names no gazetteer placed yet). A list with an organisation's word ("National Police and
    State Intelligence Agency") or a name the knowledge base knows stays what it was."""
    kept: list[EntityMention] = []
    listed: list[EntityMention] = []
    words = organisation_words()
    for a in actors:
        match = _NAME_LIST.match(a.text) if text and a.kb_id is None and a.type in ("organization", "facility") \
            else None
        cue = match is not None and (_LIST_CUE.search(text, max(0, a.start - 12), a.start) is not None
                                     or _kind_after().match(text, a.end) is not None)
        parts = [(p.start(), p.group()) for p in re.finditer(_LIST_NAME, match.group("names"))] if match else []
        if match is not None and match.group("tail"):
            parts.append((match.start("tail"), match.group("tail")))
        if not cue or len(parts) < 2 or any(w.lower() in words for _at, p in parts for w in p.split()):
            kept.append(a)
            continue
        for at, name in parts:
            start = a.start + at
            listed.append(EntityMention(text=name, start=start, end=start + len(name), canonical=name,
                                        type="location", entity_id=stable_id("entity", "location", name)))
    return kept, listed


# a slash between two names, spaced or not ("Busunga/Nobili", "UrduPoint News / Sputnik")
_NAME_SLASH = re.compile(r"[ \t]*/[ \t]*")
_SLASHED_TYPES = frozenset({"person", "organization", "facility"})


def _slash_parts(a: EntityMention) -> list[tuple[int, int, str]]:
    """The names a slash joins in one unknown name the NER found, as (start, end, canonical); [] when it joins none.
    Every part must open with a capital; a pair of acronyms ("RFE/RL", "BH/JAS") is one body's short form, and a
    part of one letter ("B/Haram") no name."""
    if a.kb_id is not None or a.type not in _SLASHED_TYPES or "/" not in a.text:
        return []
    pieces = [(m.start(), m.group()) for m in re.finditer(r"[^/]+", a.text)]
    parts = [(a.start + at + len(p) - len(p.lstrip()), a.start + at + len(p.rstrip()), p.strip()) for at, p in pieces]
    if len(parts) < 2 or any(len(t) < 2 or not t[:1].isupper() for _s, _e, t in parts):
        return []
    if all(t.isupper() and " " not in t for _s, _e, t in parts):
        return []
    canonicals = [c.strip() for c in _NAME_SLASH.split(a.canonical)]
    if len(canonicals) != len(parts):
        canonicals = [t for _s, _e, t in parts]
    return [(s, e, c) for (s, e, _t), c in zip(parts, canonicals, strict=True)]


def _slashed_names(actors: Sequence[EntityMention], places: Sequence[PlaceMention]) -> list[EntityMention]:
    """Two names a slash joins, that the NER took for one unknown person, body or site, are two names: a photo credit
    ("Tajik Press Service/Flickr", "Philstar.com / John Unson"), a source line ("UrduPoint News / Sputnik"), two
    towns ("Busunga/Nobili border point") or a town's two names ("Sere Kaniye/Ras al-Ain"). A part the gazetteer
    placed is left to the place; a part the page names elsewhere is that entity; any other keeps the whole's kind."""
    named = {m.text.casefold(): m for m in actors if "/" not in m.text}
    out: list[EntityMention] = []
    for a in actors:
        parts = _slash_parts(a)
        if not parts:
            out.append(a)
            continue
        for start, end, canonical in parts:
            if any(p.start <= start and end <= p.end for p in places):
                continue
            text = a.text[start - a.start : end - a.start]
            same = named.get(text.casefold())
            if same is not None:
                out.append(replace(same, text=text, start=start, end=end, role=None))
            else:
                out.append(EntityMention(text=text, start=start, end=end, canonical=canonical, type=a.type,
                                         entity_id=stable_id("entity", a.type, canonical)))
    return out


# the commas (and a last "and") of a list of place names the NER or the gazetteer read as one place
_PLACE_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _places_listed_apart(
    places: Sequence[PlaceMention],
) -> tuple[list[PlaceMention], list[EntityMention], set[tuple[int, int]]]:
    """A place mention that lists places ("Niger, Burkina Faso and Mali meet", "attacks in Bita, Mubi, Adamawa"),
    which the gazetteer read as one town in the next name's area, names each: (each part the gazetteer places, in
    the country of the whole, as a place mention; each other part as a name no gazetteer placed; the spans of
    the lists so read). A town and its own province or state ("Alexandria, Virginia") or postal abbreviation
    ("Washington, DC") stay one name."""
    kept: list[PlaceMention] = []
    apart: list[EntityMention] = []
    lists: set[tuple[int, int]] = set()
    for pm in places:
        if "," not in pm.text:
            kept.append(pm)
            continue
        parts: list[tuple[int, int, str]] = []
        at = 0
        for sep in [*_PLACE_LIST_SEP.finditer(pm.text), None]:
            end = sep.start() if sep is not None else len(pm.text)
            parts.append((pm.start + at, pm.start + end, pm.text[at:end]))
            at = sep.end() if sep is not None else at
        if len(parts) < 2 or any(len(t) < 2 or not t[:1].isupper() for _s, _e, t in parts):
            kept.append(pm)
            continue
        context = (pm.place.country,) if pm.place.country else ()
        found = [resolve_place(t, context) for _s, _e, t in parts]
        head, tail = found[0], found[-1]
        last = parts[-1][2].replace(".", "")
        if len(parts) == 2 and ((last.isupper() and len(last) <= 3) or (
                head is not None and tail is not None and tail.precision == "province"
                and tail.country == head.country)):
            kept.append(pm)
            continue
        lists.add((pm.start, pm.end))
        for (start, end, name), place in zip(parts, found, strict=True):
            if place is not None:
                kept.append(PlaceMention(text=name, start=start, end=end, place=place))
            else:
                apart.append(EntityMention(text=name, start=start, end=end, canonical=name, type="location",
                                           entity_id=stable_id("entity", "location", name)))
    return kept, apart, lists


# the kinds of name a page may misspell once ("Peshwar" after "Peshawar", "Rapid Intervention Batallion"); a
# person's respellings are the person resolver's, a country is the knowledge base's
_RESPELT_TYPES = frozenset({"location", "facility", "organization", "armed_group"})
_RESPELT_MIN = 5  # letters: "Bama" and "Gama" are two towns, "Kyanja" and "Kayanja" one
_RESPELT_KM = 50.0


def _one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed, or two neighbours swapped."""
    if _one_edit(a, b):
        return True
    if len(a) != len(b):
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


def _respelt_entities(
    found: list[EntityMention], kept: list[EntityMention], places: Sequence[PlaceMention]
) -> tuple[list[EntityMention], list[EntityMention]]:
    """One name written two ways on a page is one entity: with and without its hyphens, spaces or capitals
    ("North Rhine-Westphalia" ... "North Rhine Westphalia", "Tabqah Dam" ... "Tabqah dam"), or a letter apart in
    a name of five letters or more ("Peshawar" ... "Peshwar", "Muidumbe" ... "Miudumbe", "Reuters" ... "Reuter"),
    the same first letter. Named as the knowledge base names it, else as the gazetteer places it, else by the form
    the page writes more often, else first (a place or a body before a person the NER made of it). A place named
    exactly as a country of the page is that country. Two names the gazetteer places far apart, two knowledge-base
    entries and acronyms ("ISIS", "ISIL") stay apart."""
    mentions = [*found, *kept]
    entities: dict[str, list[EntityMention]] = {}
    for m in mentions:
        entities.setdefault(m.entity_id, []).append(m)
    if len(entities) < 2:
        return found, kept
    spots: dict[str, list[Place]] = {}
    for eid, ms in entities.items():
        spots[eid] = [p.place for p in places for m in ms if p.start < m.end and m.start < p.end
                      and p.place.lat is not None and p.place.lon is not None]

    # each entity's folded name, once: ``same`` compares every pair of the page's entities
    keys = {eid: _light_key(ms[0].canonical) for eid, ms in entities.items()}

    def key(eid: str) -> str:
        return keys[eid]

    def rank(eid: str) -> tuple[bool, bool, bool, int, int]:
        ms = entities[eid]
        return (ms[0].kb_id is not None, ms[0].type != "person", bool(spots[eid]), len(ms),
                -min(m.start for m in ms))

    def far(a: str, b: str) -> bool:
        # two places the gazetteer tells apart (a town and its province "Raqqa") stay two entities
        if spots[a] and spots[b] and not {p.id for p in spots[a]} & {q.id for q in spots[b]}:
            return all(p.precision != q.precision or haversine_km(p.lat, p.lon, q.lat, q.lon) > _RESPELT_KM  # type: ignore[arg-type]
                       for p in spots[a] for q in spots[b])
        return any(haversine_km(p.lat, p.lon, q.lat, q.lon) > _RESPELT_KM  # type: ignore[arg-type]
                   for p in spots[a] for q in spots[b])

    def same(a: str, b: str) -> bool:
        ma, mb = entities[a][0], entities[b][0]
        if ma.kb_id is not None and mb.kb_id is not None:
            return False
        # (the names are compared before the places: ``far`` measures the distance between every two places of
        # the pair, and ``same`` is asked of every two entities of the page, nearly all of them named apart)
        return alike(a, b) and not far(a, b)

    def alike(a: str, b: str) -> bool:
        ma, mb = entities[a][0], entities[b][0]
        ka, kb = key(a), key(b)
        if not ka or not kb:
            return False
        if "country" in (ma.type, mb.type):
            # a place the gazetteer names as the country is the country ("U.S" without its last stop)
            return ka == kb and {ma.type, mb.type} == {"country", "location"}
        if ka == kb:
            return True
        return (ma.type in _RESPELT_TYPES and mb.type in _RESPELT_TYPES and min(len(ka), len(kb)) >= _RESPELT_MIN
                and ka[0] == kb[0] and not ma.canonical.isupper() and not mb.canonical.isupper()
                and ka.isalpha() and kb.isalpha() and _one_slip(ka, kb))

    ids = sorted(entities, key=rank, reverse=True)
    target: dict[str, str] = {}
    for i, a in enumerate(ids):
        if a in target:
            continue
        for b in ids[i + 1:]:
            if b not in target and same(a, b):
                target[b] = a
    if not target:
        return found, kept

    def moved(m: EntityMention) -> EntityMention:
        if m.entity_id not in target:
            return m
        t = entities[target[m.entity_id]][0]
        return replace(m, canonical=t.canonical, type=t.type, entity_id=t.entity_id, kb_id=t.kb_id,
                       wikidata=t.wikidata)

    return [moved(m) for m in found], [moved(m) for m in kept]


def _with_written_forms(found: list[EntityMention], kept: Sequence[EntityMention], text: str) -> list[EntityMention]:
    """More mentions of the same locations, as the page writes them around the name it found: the name with the
    lowercase kind word after it ("Bari region" where the NER stopped at "Bari"), the name alone after its
    owner's possessive ("Cabo Delgado" of "Mozambique's Cabo Delgado") or after a village's title ("Kitangao" of
    "Barangay Kitangao"). Readers and annotators take any of these for the place."""
    taken = {(m.start, m.end) for m in [*found, *kept]}
    extra: list[EntityMention] = []

    def add(m: EntityMention, start: int, end: int) -> None:
        if (start, end) not in taken and 0 <= start < end <= len(text):
            taken.add((start, end))
            extra.append(replace(m, text=text[start:end], start=start, end=end))

    for m in [*found, *(a for a in kept if a.type == "location")]:
        if not text or text[m.start:m.end] != m.text:
            continue
        kind = _kind_after().match(text, m.end)
        if m.type == "location" and kind is not None:
            add(m, m.start, kind.end())
        owned = _INNER_POSSESSIVE.match(m.text)
        if owned is not None and _light_key(owned["name"]) == _light_key(m.canonical):
            add(m, m.start + owned.start("name"), m.end)
        head = _UNPLACED_HEAD.match(m.text)
        if m.type == "location" and head is not None and _light_key(m.text[head.end():]) == _light_key(m.canonical):
            add(m, m.start + head.end(), m.end)
    return found + extra


@cache
def _feature_words() -> frozenset[str]:
    """[feature_words] of data/gazetteer.toml, lower-cased."""
    return frozenset(w.lower() for w in datafiles.load(GazetteerFile).feature_words)


def _named_with_feature_words(found: list[EntityMention]) -> list[EntityMention]:
    """A location the page writes only with a natural feature's word after its name ("the Gohono forest", "the
    Messalo river", twice; [feature_words] of data/gazetteer.toml) is the feature, named with its word ("Gohono
    Forest"): the bare name the gazetteer or the rules found inside the phrase is no mention the page writes alone.
    A page that also writes the bare name keeps it. The entity id stays the one found."""
    words = _feature_words()
    by_id: dict[str, list[EntityMention]] = {}
    for m in found:
        if m.type == "location":
            by_id.setdefault(m.entity_id, []).append(m)
    renamed: dict[str, str] = {}
    for eid, ms in by_id.items():
        phrases = [m for m in ms if len(m.text.split()) >= 2 and m.text.split()[-1].lower() in words]
        starts = {m.start for m in phrases}
        if not phrases or not all(m in phrases or m.start in starts for m in ms):
            continue
        name = re.sub(r"^the\s+", "", " ".join(phrases[0].text.split()), flags=re.I)
        bare, word = name.rsplit(" ", 1)
        if _light_key(bare) == _light_key(ms[0].canonical):
            bare = ms[0].canonical
        renamed[eid] = f"{bare} {word.capitalize()}"
    return [replace(m, canonical=renamed[m.entity_id]) if m.entity_id in renamed else m for m in found]


def _named_like_places(actors: list[EntityMention], places: list[EntityMention]) -> list[EntityMention]:
    """An entity the knowledge base does not know, named exactly as a place of the same text, is that place:
    the NER makes "Maguindanao del Norte" a person in one sentence and "Orangi Town" an organisation in another
    where the gazetteer places the same words."""
    by_name = {p.canonical.casefold(): p for p in places}
    same = {a.entity_id: by_name[a.canonical.casefold()] for a in actors
            if a.kb_id is None and a.canonical.casefold() in by_name
            and by_name[a.canonical.casefold()].entity_id != a.entity_id}
    if not same:
        return actors
    return [replace(a, canonical=same[a.entity_id].canonical, type=same[a.entity_id].type,
                    entity_id=same[a.entity_id].entity_id, role=None) if a.entity_id in same else a
            for a in actors]
