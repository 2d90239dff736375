"""Cross-document entity resolution, conservatively.

Per-document entities come with ids that are already shared across documents for the same canonical
name (``stable_id(type, canonical)``: knowledge-base actors and full person names). On top of that:

* persons are keyed by their normalised full name (case, diacritics, spacing, punctuation, initials, quoted
  nicknames and the Arabic article ignored: ``name_key``); a full name that is the start of exactly one
  longer full name of the corpus ("Idriss Deby" of "Idriss Deby Itno") is that person;
* places and camps (location, facility) are keyed by name across both types and without the words that
  only say what kind of place it is ("al-Hol camp" = "al-Hol");
* a "person" whose name is a place of the corpus ("Al-Hol", "Syria's Al-Hol") is that place: the picture
  never lists a place or camp as a person;
* other bodies are keyed by name across types (an organisation in one article, an armed group in another);
* ``data/entity_names.toml`` lists spellings no rule equates (Erbil/Irbil, CENTCOM/U.S. Central Command);
* a person known only by one word (a bare surname) is never merged across documents: inside its own
  document it joins the one full-name person with that surname, if there is exactly one, else it stays an
  entity of that document alone. So "Smith" in two articles, or John Smith and Jane Smith, stay apart;
* the override file can merge entities (``[[merge]]``) and split an entity's mentions in some documents
  out into their own entity (``[[split]]``).

Resolved ids are deterministic: an entity keeps its per-document id when it is the only id involved,
else the smallest member id (merges) or a hash of id + documents (document-local and split entities).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from sitroom import data as datafiles
from sitroom.data.schemas import EntityNamesFile
from sitroom.models import stable_id
from sitroom.picture.common import SurfaceIndex, doc_date
from sitroom.picture.model import ResolvedEntity, RoleAt
from sitroom.picture.overrides import Overrides


@dataclass
class _Record:
    """One entity as one document has it."""

    id: str
    doc_id: str | None
    canonical: str
    type: str
    wikidata: str | None
    roles: list[str]
    roles_doc: str | None  # the document the roles were read in (None when unknown)
    mentions: list[dict[str, Any]]


@dataclass
class EntityResolution:
    entities: list[ResolvedEntity]
    by_member: dict[tuple[str | None, str], str]  # (doc_id, per-document id) -> resolved id
    by_id: dict[str, str]  # per-document id -> resolved id when the same in every document
    surfaces: SurfaceIndex = field(default_factory=SurfaceIndex)  # doc -> surface form -> resolved id
    types: dict[str, str] = field(default_factory=dict)  # resolved id -> type
    names: dict[str, str] = field(default_factory=dict)  # resolved id -> canonical

    def resolve(self, doc_id: str | None, entity_id: str | None) -> str | None:
        """The resolved id of a per-document entity id (itself when the id was never stored)."""
        if entity_id is None:
            return None
        found = self.by_member.get((doc_id, entity_id))
        if found is not None:
            return found
        return self.by_id.get(entity_id, entity_id)


def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name: "José  Pérez" -> "jose perez"."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace(".", " ").casefold().split())


PLACE_TYPES = frozenset({"location", "facility"})
_PUNCT = re.compile(r"[\W_]+")
_POSSESSIVE = re.compile(r"^.+?['’‘]s\s+(?=\S)")  # "Syria's Al-Hol" -> "Al-Hol"


@cache
def _names_data() -> tuple[frozenset[str], tuple[str, ...], dict[str, str]]:
    data = datafiles.load(EntityNamesFile)
    articles = frozenset(a.casefold() for a in data.articles)
    words = tuple(sorted((" ".join(_fold(w).split()) for w in data.place_words), key=len, reverse=True))
    aliases: dict[str, str] = {}
    for group in data.alias:
        names = group.names
        if names:
            first = _plain_key(names[0], articles)
            for n in names:
                aliases.setdefault(_plain_key(n, articles), first)
    return articles, words, aliases


def _fold(name: str) -> str:
    """Case, accents, punctuation and dashes folded to single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", stripped.replace("'", "").replace("’", "")).casefold().split())


def _plain_key(name: str, articles: frozenset[str]) -> str:
    return " ".join(t for t in _fold(name).split() if len(t) > 1 and t not in articles)


# Names repeat across records (every article names the Islamic State): keys are computed once per spelling.
@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The key two spellings of one name share: "Michael “Erik” Kurilla" = "Michael Erik Kurilla",
    "Antony J. Blinken" = "Antony Blinken", "Abu Bakr al-Baghdadi" = "Abu Bakr Baghdadi", and every
    alias of data/entity_names.toml = its first form."""
    articles, _, aliases = _names_data()
    key = _plain_key(name, articles) or _fold(name)
    return aliases.get(key, key)


@lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """``name_key`` without the words that only say what kind of place it is ("al-Hol camp" = "al-Hol")."""
    articles, words, aliases = _names_data()
    key = _plain_key(name, articles) or _fold(name)
    if key in aliases:
        return aliases[key]
    padded = f" {key} "
    for w in words:
        padded = padded.replace(f" {w} ", " ")
    bare = " ".join(padded.split()) or key
    return aliases.get(bare, bare)


def _records(export_obj: Mapping[str, Any]) -> list[_Record]:
    """Per-document records, whether the export merged entities across documents or not."""
    out: list[_Record] = []
    for ent in export_obj.get("entities", []):
        mentions = list(ent.get("mentions", []))
        roles = list(ent.get("roles") or [])
        if ent.get("doc_id") is not None:
            out.append(_Record(ent["id"], ent["doc_id"], ent["canonical"], ent["type"], ent.get("wikidata"),
                               roles, ent["doc_id"], mentions))
            continue
        by_doc: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
        for m in mentions:
            by_doc[m.get("doc_id")].append(m)
        if not by_doc:
            by_doc[None] = []
        # The export unions roles across documents: they can only be tied to a document when there is one.
        roles_doc = next(iter(by_doc)) if len(by_doc) == 1 else None
        for i, (doc_id, ms) in enumerate(sorted(by_doc.items(), key=lambda kv: kv[0] or "")):
            out.append(_Record(ent["id"], doc_id, ent["canonical"], ent["type"], ent.get("wikidata"),
                               roles if i == 0 else [], roles_doc, ms))
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _is_bare_name(rec: _Record) -> bool:
    return rec.type == "person" and len(name_key(rec.canonical).split()) == 1


def _place_keys(export_obj: Mapping[str, Any]) -> set[str]:
    """Keys of every gazetteer place of the corpus (its name and the forms it was found by). Entities
    typed as places are not asked: a tagger that made "Bashar al-Assad" a facility must not make the
    person a place."""
    keys: set[str] = set()
    for p in export_obj.get("places", []):
        keys.add(place_key(str(p.get("name") or "")))
        keys.update(place_key(str(m.get("text") or "")) for m in p.get("mentions", []))
    keys.discard("")
    return keys


def _as_place(rec: _Record, place_keys: set[str]) -> str | None:
    """The place a "person" record names, if its name (or its name after a possessive: "Syria's Al-Hol")
    is a place of the corpus and no person of that name is known elsewhere in it."""
    for name in (rec.canonical, _POSSESSIVE.sub("", rec.canonical)):
        key = place_key(name)
        if key in place_keys:
            return key
    return None


def _longer_names(person_keys: set[str]) -> dict[str, str]:
    """Full names that are the start of exactly one longer full name ("idriss deby" -> "idriss deby itno"):
    the same first name and every word of the shorter in the longer. Two candidates: no merge.

    Candidates come from an index of names by word, starting from the shorter name's rarest word, so a
    corpus of many "Abu ..." names is not compared pair by pair."""
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in person_keys:
        for w in k.split():
            by_word[w].add(k)
    out: dict[str, str] = {}
    for k in person_keys:
        words = k.split()
        rarest = min(words, key=lambda w: len(by_word[w]))
        longer = [o for o in by_word[rarest] if o != k and o.split()[0] == words[0]
                  and len(o.split()) > len(words) and set(words) <= set(o.split())]
        if len(longer) == 1:
            out[k] = longer[0]
    return out


def full_names_by_surname(records: Sequence[_Record]) -> dict[tuple[str | None, str], set[str]]:
    """Full-name persons of each document by surname, so a bare surname can find its full name."""
    out: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for rec in records:
        if rec.type == "person" and not _is_bare_name(rec):
            out[(rec.doc_id, name_key(rec.canonical).split()[-1])].add(name_key(rec.canonical))
    return out


def component_key(rec: _Record, places: set[str], full_by_surname: Mapping[tuple[str | None, str], set[str]],
                  longer: Mapping[str, str], splits: Mapping[tuple[str, str], tuple[str, ...]]) -> str:
    """The key of the group a record belongs to before merge overrides. ``places``: the place keys of the
    corpus; ``full_by_surname`` of the record's document at least; ``longer``: ``_longer_names`` of the
    corpus's full-name persons; ``splits``: (entity id, document) -> the documents split out together."""
    if rec.doc_id is not None and (rec.id, rec.doc_id) in splits:
        return "split\x1f" + rec.id + "\x1f" + "\x1f".join(splits[(rec.id, rec.doc_id)])
    if rec.type == "person":
        place = _as_place(rec, places)
        if place is not None:
            return "place\x1f" + place
        name = name_key(rec.canonical)
        if _is_bare_name(rec):
            full = full_by_surname.get((rec.doc_id, name), set())
            if len(full) == 1:
                found = next(iter(full))
                return "person\x1f" + longer.get(found, found)
            return "local\x1f" + rec.id + "\x1f" + (rec.doc_id or "")
        return "person\x1f" + longer.get(name, name)
    if rec.type in PLACE_TYPES:
        return "place\x1f" + place_key(rec.canonical)
    if rec.type == "country":
        return "id\x1f" + rec.id
    return "name\x1f" + name_key(rec.canonical)


def group_id(key: str, ids: Collection[str], full_ids: Collection[str]) -> str:
    """The resolved id of the group ``key`` whose records carry ``ids`` (``full_ids`` of records that are
    not bare surnames)."""
    kind, _, rest = key.partition("\x1f")
    if kind in ("local", "split"):
        return stable_id("entity", kind, *rest.split("\x1f"))
    distinct = sorted(set(ids))
    if len(distinct) == 1:
        return distinct[0]
    # A full name joined by its bare surname keeps the full name's id.
    full = sorted(set(full_ids))
    if len(full) == 1:
        return full[0]
    return stable_id("entity", key)


def is_place_key(key: str) -> bool:
    return key.startswith("place\x1f")


def choose_name_and_type(is_place: bool, counts: Mapping[tuple[str, str], int]) -> tuple[str, str]:
    """(canonical, type) of a group from how many of its records carry each (type, canonical). A record
    typed "person" joins a place's group only because its name is a place: it never gives the group its
    type, and a place only "persons" named is a location."""
    named = {tc: n for tc, n in counts.items() if tc[0] != "person"} if is_place else dict(counts)
    names: Counter[str] = Counter()
    for (_, canonical), n in (named or counts).items():
        names[canonical] += n
    # The most common canonical; ties go to the longer (fuller) name, then alphabetical.
    canonical = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
    types: Counter[str] = Counter()
    for (etype, _), n in named.items():
        types[etype] += n
    if not types:
        types = Counter({"location": 1})
    return canonical, sorted(types, key=lambda t: (-types[t], t))[0]


def form_order(forms: Mapping[str, int]) -> list[str]:
    """Surface forms, most mentioned first."""
    return sorted(forms, key=lambda f: (-forms[f], f))


def add_roles(roles: dict[tuple[str, str | None], RoleAt], rec: _Record, docs: Mapping[str, Mapping[str, Any]],
              quote_roles: Mapping[tuple[str | None, str], list[tuple[str, str | None]]]) -> None:
    """The roles ``rec`` gives its group, the first spelling of a role in a document kept. Roles told in
    quotes ("X, the acting envoy, said") are dated by their quote."""
    for role in rec.roles:
        when = doc_date(docs.get(rec.roles_doc or ""))
        roles.setdefault((role.casefold(), rec.roles_doc), RoleAt(role, when, rec.roles_doc))
    for role, said in quote_roles.get((rec.doc_id, rec.id), []):
        when = said or doc_date(docs.get(rec.doc_id or ""))
        roles.setdefault((role.casefold(), rec.doc_id), RoleAt(role, when, rec.doc_id))


def sorted_roles(roles: Mapping[tuple[str, str | None], RoleAt]) -> list[RoleAt]:
    return sorted(roles.values(), key=lambda ra: (ra.date or "", ra.role, ra.doc_id or ""))


def quote_roles_of(export_obj: Mapping[str, Any]) -> dict[tuple[str | None, str], list[tuple[str, str | None]]]:
    """(document, speaker id) -> the (role, date) of each quote telling the speaker's role, in order."""
    out: dict[tuple[str | None, str], list[tuple[str, str | None]]] = defaultdict(list)
    for q in export_obj.get("quotes", []):
        if q.get("speaker_id") and q.get("role"):
            out[(q["doc_id"], q["speaker_id"])].append((q["role"], q.get("date")))
    return out


def resolve_entities(export_obj: Mapping[str, Any], overrides: Overrides | None = None) -> EntityResolution:
    overrides = overrides or Overrides()
    docs = {d["id"]: d for d in export_obj.get("documents", [])}
    records = _records(export_obj)
    splits: dict[tuple[str, str], tuple[str, ...]] = {}
    for ent_id, split_docs in overrides.splits:
        for d in split_docs:
            splits[(ent_id, d)] = tuple(sorted(split_docs))

    places = _place_keys(export_obj)
    full_by_surname = full_names_by_surname(records)
    longer = _longer_names({k for ks in full_by_surname.values() for k in ks})

    groups: dict[str, list[_Record]] = defaultdict(list)
    for rec in records:
        groups[component_key(rec, places, full_by_surname, longer, splits)].append(rec)

    gid = {key: group_id(key, [r.id for r in members], [r.id for r in members if not _is_bare_name(r)])
           for key, members in groups.items()}
    uf = _UnionFind()
    for g in gid.values():
        uf.find(g)
    # A merge id may name a resolved id or any per-document id in a group.
    owners: dict[str, set[str]] = defaultdict(set)
    for gkey, members in groups.items():
        owners[gid[gkey]].add(gid[gkey])
        for r in members:
            owners[r.id].add(gid[gkey])
    for ids in overrides.merges:
        targets = sorted({g for i in ids for g in owners.get(i, ())})
        for other in targets[1:]:
            uf.union(targets[0], other)

    clusters: dict[str, list[_Record]] = defaultdict(list)
    rid_keys: dict[str, set[str]] = defaultdict(set)
    for gkey, members in groups.items():
        clusters[uf.find(gid[gkey])].extend(members)
        rid_keys[uf.find(gid[gkey])].add(gkey)

    quote_roles = quote_roles_of(export_obj)

    resolution = EntityResolution(entities=[], by_member={}, by_id={})
    id_targets: dict[str, set[str]] = defaultdict(set)
    for rid, members in clusters.items():
        forms: Counter[str] = Counter()
        doc_ids: set[str] = set()
        roles: dict[tuple[str, str | None], RoleAt] = {}
        count = 0
        for r in members:
            resolution.by_member[(r.doc_id, r.id)] = rid
            id_targets[r.id].add(rid)
            if r.doc_id:
                doc_ids.add(r.doc_id)
            for m in r.mentions:
                forms[m["text"]] += 1
                count += 1
                if m.get("doc_id"):
                    resolution.surfaces.add(m["doc_id"], m["text"], rid)
            if r.doc_id:
                resolution.surfaces.add(r.doc_id, r.canonical, rid)
            add_roles(roles, r, docs, quote_roles)
        is_place = any(is_place_key(k) for k in rid_keys.get(rid, ()))
        canonical, etype = choose_name_and_type(is_place, Counter((r.type, r.canonical) for r in members))
        wikidata: list[str | None] = [*sorted({r.wikidata for r in members if r.wikidata})] or [None]
        resolution.types[rid] = etype
        resolution.names[rid] = canonical
        resolution.entities.append(ResolvedEntity(
            id=rid, canonical=canonical, type=etype, wikidata=wikidata[0], surface_forms=form_order(forms),
            doc_ids=sorted(doc_ids), mention_count=count, roles=sorted_roles(roles),
            members=sorted({r.id for r in members}),
        ))
    resolution.by_id = {i: next(iter(t)) for i, t in id_targets.items() if len(t) == 1}
    resolution.entities.sort(key=lambda e: (e.canonical.casefold(), e.id))
    return resolution
