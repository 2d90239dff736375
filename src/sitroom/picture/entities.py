"""Cross-document entity resolution, conservatively.

Per-document entities come with ids that are already shared across documents for the same canonical
name (``stable_id(type, canonical)``: knowledge-base actors and full person names). On top of that:

* persons are keyed by their normalised full name (case, diacritics and spacing ignored);
* a person known only by one word (a bare surname) is never merged across documents: inside its own
  document it joins the one full-name person with that surname, if there is exactly one, else it stays an
  entity of that document alone. So "Smith" in two articles, or John Smith and Jane Smith, stay apart;
* the override file can merge entities (``[[merge]]``) and split an entity's mentions in some documents
  out into their own entity (``[[split]]``).

Resolved ids are deterministic: an entity keeps its per-document id when it is the only id involved,
else the smallest member id (merges) or a hash of id + documents (document-local and split entities).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

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
    return rec.type == "person" and len(normalise_name(rec.canonical).split()) == 1


def resolve_entities(export_obj: Mapping[str, Any], overrides: Overrides | None = None) -> EntityResolution:
    overrides = overrides or Overrides()
    docs = {d["id"]: d for d in export_obj.get("documents", [])}
    records = _records(export_obj)
    splits: dict[tuple[str, str], tuple[str, ...]] = {}
    for ent_id, split_docs in overrides.splits:
        for d in split_docs:
            splits[(ent_id, d)] = tuple(sorted(split_docs))

    # Full-name persons of each document by surname, so a bare surname can find its full name.
    full_by_surname: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for rec in records:
        if rec.type == "person" and not _is_bare_name(rec):
            full_by_surname[(rec.doc_id, normalise_name(rec.canonical).split()[-1])].add(
                normalise_name(rec.canonical))

    def component(rec: _Record) -> str:
        """The key of the group a record belongs to before merge overrides."""
        if rec.doc_id is not None and (rec.id, rec.doc_id) in splits:
            return "split\x1f" + rec.id + "\x1f" + "\x1f".join(splits[(rec.id, rec.doc_id)])
        if rec.type == "person":
            name = normalise_name(rec.canonical)
            if _is_bare_name(rec):
                full = full_by_surname.get((rec.doc_id, name), set())
                if len(full) == 1:
                    return "person\x1f" + next(iter(full))
                return "local\x1f" + rec.id + "\x1f" + (rec.doc_id or "")
            return "person\x1f" + name
        return "id\x1f" + rec.id

    groups: dict[str, list[_Record]] = defaultdict(list)
    for rec in records:
        groups[component(rec)].append(rec)

    def group_id(key: str, members: Sequence[_Record]) -> str:
        ids = sorted({r.id for r in members})
        kind, _, rest = key.partition("\x1f")
        if kind in ("local", "split"):
            return stable_id("entity", kind, *rest.split("\x1f"))
        if len(ids) == 1:
            return ids[0]
        # A full name joined by its bare surname keeps the full name's id.
        full = sorted({r.id for r in members if not _is_bare_name(r)})
        if len(full) == 1:
            return full[0]
        return stable_id("entity", key)

    gid = {key: group_id(key, members) for key, members in groups.items()}
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
    for gkey, members in groups.items():
        clusters[uf.find(gid[gkey])].extend(members)

    # Roles told in quotes ("X, the acting envoy, said") are dated by their quote.
    quote_roles: dict[tuple[str | None, str], list[tuple[str, str | None]]] = defaultdict(list)
    for q in export_obj.get("quotes", []):
        if q.get("speaker_id") and q.get("role"):
            quote_roles[(q["doc_id"], q["speaker_id"])].append((q["role"], q.get("date")))

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
            for role in r.roles:
                when = doc_date(docs.get(r.roles_doc or ""))
                roles.setdefault((role.casefold(), r.roles_doc), RoleAt(role, when, r.roles_doc))
            for role, said in quote_roles.get((r.doc_id, r.id), []):
                when = said or doc_date(docs.get(r.doc_id or ""))
                roles.setdefault((role.casefold(), r.doc_id), RoleAt(role, when, r.doc_id))
        names = Counter(r.canonical for r in members)
        # The most common canonical; ties go to the longer (fuller) name, then alphabetical.
        canonical = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
        types = Counter(r.type for r in members)
        etype = sorted(types, key=lambda t: (-types[t], t))[0]
        wikidata: list[str | None] = [*sorted({r.wikidata for r in members if r.wikidata})] or [None]
        resolution.types[rid] = etype
        resolution.names[rid] = canonical
        resolution.entities.append(ResolvedEntity(
            id=rid, canonical=canonical, type=etype, wikidata=wikidata[0],
            surface_forms=sorted(forms, key=lambda f: (-forms[f], f)),
            doc_ids=sorted(doc_ids), mention_count=count,
            roles=sorted(roles.values(), key=lambda ra: (ra.date or "", ra.role, ra.doc_id or "")),
            members=sorted({r.id for r in members}),
        ))
    resolution.by_id = {i: next(iter(t)) for i, t in id_targets.items() if len(t) == 1}
    resolution.entities.sort(key=lambda e: (e.canonical.casefold(), e.id))
    return resolution
