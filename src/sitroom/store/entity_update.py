"""Entities after an ingest from per-group counts in SQL, instead of resolving every stored record again.

A group of entity records (sitroom.picture.entities) is the set of records sharing a grouping key, and the
key of a record depends on its type, name and id, on the place names and the full-name persons of the
whole database, and, for a bare surname, on the full names of its own page. So the keys are computed once
per distinct (type, name, id) in Python with the resolver's own ``component_key``, under the database
before the new documents and after, and DuckDB aggregates the records by key: which documents and ids a
group holds, where it first appears, how often each (type, name) and each surface form occurs. A group
the new documents touch is summarised again from those counts with the resolver's own choices
(``choose_name_and_type``, ``form_order``, ``group_id``, ``add_roles``); every other group is its stored
row. Most of an update's entity work is thus a few scans in DuckDB whatever the size of a group (every
article names the Islamic State).

The shortcut holds only when no stored record changes group (a new place name that a stored "person" is
named after, or a new full name that a stored shorter one now extends); then ``update_entities`` returns
None and the caller resolves every record (store/picture_update.py), with the same result, slower.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from sitroom.picture.common import SurfaceIndex
from sitroom.picture.entities import (
    EntityResolution,
    _is_bare_name,
    _longer_names,
    _Record,
    add_roles,
    choose_name_and_type,
    component_key,
    form_order,
    full_names_by_surname,
    group_id,
    is_place_key,
    name_key,
    place_key,
    quote_roles_of,
    sorted_roles,
)
from sitroom.picture.ids import Assignment, assign_ids, restamp
from sitroom.picture.model import Picture, ResolvedEntity, RoleAt
from sitroom.store import query
from sitroom.store.picture import id_history, picture_rows

_dicts = query._dicts
RECORDS = "_sitroom_entity_keys"  # temporary: every entity record with its grouping key after the update
_POS = 1 << 24  # a record's place in export order: document rank * _POS + its order in the document


@dataclass
class EntityUpdate:
    new: EntityResolution  # after the new documents, fresh ids (surfaces read per document on demand)
    old: EntityResolution  # before them, under the ids the stored picture published (resolve and names only)
    ids: Assignment  # fresh id -> published id after the update
    changed: set[str]  # stored documents whose entities read differently now
    rows: list[dict[str, Any]]  # picture_entities rows replacing ``replaced``
    replaced: set[str]  # published ids of the stored rows to delete


class _Surfaces(SurfaceIndex):
    """A SurfaceIndex that reads a document's forms from the database the first time it is asked."""

    def __init__(self, con: duckdb.DuckDBPyConnection, first: Mapping[str, int], rid: Mapping[str, str]) -> None:
        super().__init__()
        self.con, self.first, self.rid = con, first, rid
        self._read: set[str] = set()

    def prefetch(self, doc_ids: Iterable[str]) -> None:
        wanted = sorted(set(doc_ids) - self._read)
        if not wanted:
            return
        self._read.update(wanted)
        view = "_sitroom_entity_surface_docs"
        self.con.register(view, pa.table({"id": pa.array(wanted, pa.string())}))
        try:
            rows = self.con.execute(
                f"SELECT r.doc_id, r.key, r.ord, r.canonical, list(m.text ORDER BY m.ord) FILTER "
                f"(WHERE m.text IS NOT NULL) FROM {RECORDS} r JOIN {view} v ON v.id = r.doc_id "
                "LEFT JOIN mentions m ON m.doc_id = r.doc_id AND m.entity_id = r.id GROUP BY ALL").fetchall()
        finally:
            self.con.unregister(view)
        # As the resolver adds them: groups in order of first appearance, records in document order, each
        # record's mentions and then its name; the first group to claim a form keeps it.
        for doc_id, key, _, canonical, texts in sorted(rows, key=lambda r: (self.first[r[1]], r[2])):
            for text in texts or []:
                self.add(doc_id, text, self.rid[key])
            self.add(doc_id, canonical, self.rid[key])

    def find(self, doc_id: str, text: str) -> list[str]:
        self.prefetch([doc_id])
        return super().find(doc_id, text)

    def positions(self, doc_id: str, text: str) -> list[tuple[str, int, int]]:
        self.prefetch([doc_id])
        return super().positions(doc_id, text)


def _register(con: duckdb.DuckDBPyConnection, name: str, columns: Mapping[str, list[Any]]) -> None:
    con.register(name, pa.table({k: pa.array(v, pa.string() if k != "rank" else pa.int64())
                                 for k, v in columns.items()}))


def update_entities(con: duckdb.DuckDBPyConnection, docs: Sequence[Mapping[str, Any]], new: set[str],
                    quotes: Sequence[Mapping[str, Any]]) -> EntityUpdate | None:
    """The entity side of an update (see the module doc), or None when a stored record changes group.
    ``docs`` every document in export order; ``quotes`` the quotes telling a speaker's role, in export order."""
    _register(con, "_sitroom_entity_docs", {"id": [d["id"] for d in docs], "rank": list(range(len(docs))),
                                            "new": ["1" if d["id"] in new else "" for d in docs]})
    try:
        return _update(con, docs, new, quotes)
    finally:
        con.unregister("_sitroom_entity_docs")


def _update(con: duckdb.DuckDBPyConnection, docs: Sequence[Mapping[str, Any]], new: set[str],
            quotes: Sequence[Mapping[str, Any]]) -> EntityUpdate | None:
    dv = "_sitroom_entity_docs"
    # Place names, before and after: a "person" named like a place of the database is that place.
    place_old: set[str] = set()
    place_new: set[str] = set()
    for name, in_old in con.execute(
            f"SELECT n, bool_or(d.new = '') FROM (SELECT doc_id, name AS n FROM places UNION ALL "
            f"SELECT doc_id, text FROM place_mentions) p JOIN {dv} d ON d.id = p.doc_id GROUP BY n").fetchall():
        key = place_key(str(name or ""))
        place_new.add(key)
        if in_old:
            place_old.add(key)
    place_new.discard("")
    place_old.discard("")

    sigs = [(_Record(i, None, c, t, None, [], None, []), bool(o)) for t, c, i, o in con.execute(
        f"SELECT e.type, e.canonical, e.id, bool_or(d.new = '') FROM entities e JOIN {dv} d ON d.id = e.doc_id "
        "GROUP BY ALL ORDER BY ALL").fetchall()]
    full = [(r, o) for r, o in sigs if not _is_bare_name(r)]
    bare_sigs = [r for r, _ in sigs if _is_bare_name(r)]
    longer_new = _longer_names({_person_key(r) for r, _ in full if r.type == "person"})
    longer_old = _longer_names({_person_key(r) for r, o in full if r.type == "person" and o})

    key_of: dict[tuple[str, str, str], str] = {}
    for rec, in_old in full:
        key = component_key(rec, place_new, {}, longer_new, {})
        if in_old and component_key(rec, place_old, {}, longer_old, {}) != key:
            return None  # a stored record moves to another group
        key_of[(rec.type, rec.canonical, rec.id)] = key

    bare: list[tuple[str, str, str, str]] = []  # (document, id, name, key) of each bare surname record
    if bare_sigs:
        _register(con, "_sitroom_entity_bare", {"canonical": [r.canonical for r in bare_sigs],
                                                "id": [r.id for r in bare_sigs]})
        try:
            rows = con.execute(
                f"SELECT e.doc_id, e.id, e.canonical, d.new = '' FROM entities e JOIN {dv} d ON d.id = e.doc_id "
                "WHERE e.type = 'person' AND e.doc_id IN (SELECT e2.doc_id FROM entities e2 JOIN "
                "_sitroom_entity_bare b ON b.canonical = e2.canonical AND b.id = e2.id AND e2.type = 'person')"
            ).fetchall()
        finally:
            con.unregister("_sitroom_entity_bare")
        persons = [(_Record(i, doc, c, "person", None, [], doc, []), bool(o)) for doc, i, c, o in rows]
        by_surname = full_names_by_surname([r for r, _ in persons])
        for rec, in_old in persons:
            if not _is_bare_name(rec):
                continue
            key = component_key(rec, place_new, by_surname, longer_new, {})
            if in_old and component_key(rec, place_old, by_surname, longer_old, {}) != key:
                return None
            bare.append((str(rec.doc_id), rec.id, rec.canonical, key))

    # Every record with its key, then the groups: documents, ids, where each first appears.
    _register(con, "_sitroom_entity_sigs", {"type": [k[0] for k in key_of], "canonical": [k[1] for k in key_of],
                                            "id": [k[2] for k in key_of], "key": list(key_of.values())})
    _register(con, "_sitroom_entity_bare_keys", {"doc_id": [b[0] for b in bare], "id": [b[1] for b in bare],
                                                 "canonical": [b[2] for b in bare], "key": [b[3] for b in bare]})
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {RECORDS} AS SELECT e.doc_id, e.ord, e.id, e.type, e.canonical, "
            f"e.wikidata, e.roles, d.rank, d.new = '' AS old, coalesce(b.key, s.key) AS key "
            f"FROM entities e JOIN {dv} d ON d.id = e.doc_id "
            "LEFT JOIN _sitroom_entity_sigs s ON s.type = e.type AND s.canonical = e.canonical AND s.id = e.id "
            "LEFT JOIN _sitroom_entity_bare_keys b ON b.doc_id = e.doc_id AND b.id = e.id "
            "AND b.canonical = e.canonical AND e.type = 'person'")
    finally:
        con.unregister("_sitroom_entity_sigs")
        con.unregister("_sitroom_entity_bare_keys")
    groups = {k: g for k, *g in con.execute(
        f"SELECT key, min(rank * {_POS} + ord), min(rank * {_POS} + ord) FILTER (WHERE old), bool_or(NOT old), "
        f"list(DISTINCT doc_id) FILTER (WHERE old), list(DISTINCT id) FILTER (WHERE old), list(DISTINCT id) "
        f"FROM {RECORDS} GROUP BY key").fetchall()}
    full_ids: dict[str, set[str]] = defaultdict(set)  # ids of the records of each group that are not bare surnames
    for (_, _, i), k in key_of.items():
        full_ids[k].add(i)
    first = {k: g[0] for k, g in groups.items()}
    touched = {k for k, g in groups.items() if g[2]}
    rid = {k: group_id(k, g[5], full_ids[k]) for k, g in groups.items()}

    # The stored rows, matched to the groups of the stored records by what they hold.
    stored = {r["id"]: r for r in _dicts(con.execute(
        "SELECT id, canonical, type, wikidata, surface_forms, doc_ids, mention_count, members, roles "
        "FROM picture_entities"))}
    by_content = {(tuple(r["members"]), tuple(r["doc_ids"])): i for i, r in stored.items()}
    pub_old: dict[str, str] = {}
    for k, g in groups.items():
        if g[1] is None:
            continue  # a group of new records only
        found = by_content.get((tuple(sorted(g[4])), tuple(sorted(g[3]))))
        if found is None:
            return None  # the stored entities are not what their records resolve to: let the resolver say
        pub_old[k] = found
    if len(by_content) != len(stored) or len(set(pub_old.values())) != len(stored):
        return None

    fresh = _summaries(con, touched, groups, rid, docs, quotes)
    name = {k: (fresh[k].canonical, fresh[k].type) if k in fresh
            else (stored[pub_old[k]]["canonical"], stored[pub_old[k]]["type"]) for k in groups}
    order = sorted(groups, key=lambda k: (name[k][0].casefold(), rid[k]))
    ids = assign_ids([(rid[k], sorted(groups[k][5])) for k in order], *id_history(con, "entity"))
    pub_new = {k: ids.ids.get(rid[k], rid[k]) for k in groups}

    # Stored documents that read differently: those of a group renamed, retyped or given another id ...
    changed: set[str] = set()
    rewrite = set(touched)
    for k, pub in pub_old.items():
        before = stored[pub]
        if pub_new[k] != pub or name[k] != (before["canonical"], before["type"]):
            changed.update(before["doc_ids"])
            rewrite.add(k)
    # ... those where a group now claims a surface form before another (it appears earlier in export order)
    moved = {k for k, g in groups.items() if g[1] is not None and g[1] != g[0]}
    if moved:
        changed |= _reordered_forms(con, moved)

    new_res = EntityResolution(entities=[fresh[k] for k in sorted(fresh)], by_member={}, by_id={},
                               surfaces=_Surfaces(con, first, rid),
                               names={rid[k]: name[k][0] for k in groups}, types={rid[k]: name[k][1] for k in groups})
    old_res = EntityResolution(entities=[], by_member={}, by_id={},
                               names={p: stored[p]["canonical"] for p in stored},
                               types={p: stored[p]["type"] for p in stored})
    _fill_ids(con, new_res, old_res, rid, pub_old, full, key_of, bare, new)
    # ... and those naming an id without holding its entity whose fallback (``by_id``) reads differently.
    view_new = {i: (ids.ids.get(t, t), new_res.names.get(t), new_res.types.get(t)) for i, t in new_res.by_id.items()}
    view_old = {i: (t, old_res.names.get(t), old_res.types.get(t)) for i, t in old_res.by_id.items()}
    fallbacks = {i for i in set(view_new) | set(view_old) if view_new.get(i) != view_old.get(i)}
    if fallbacks:
        changed |= naming_documents(con, fallbacks)
    changed -= new

    out = picture_rows(restamp(Picture(entities=list(new_res.entities)), Assignment(), Assignment(),
                               ids))["picture_entities"]
    out += [{**stored[pub_old[k]], "id": pub_new[k]} for k in sorted(rewrite - set(fresh))]
    replaced = {pub_old[k] for k in rewrite if k in pub_old}
    return EntityUpdate(new=new_res, old=old_res, ids=ids, changed=changed, rows=out, replaced=replaced)


def _person_key(rec: _Record) -> str:
    return name_key(rec.canonical)


def _summaries(con: duckdb.DuckDBPyConnection, keys: set[str], groups: Mapping[str, Sequence[Any]],
               rid: Mapping[str, str], docs: Sequence[Mapping[str, Any]],
               quotes: Sequence[Mapping[str, Any]]) -> dict[str, ResolvedEntity]:
    """The resolved entity of each group of ``keys``, from counts over its records."""
    if not keys:
        return {}
    view = "_sitroom_entity_touched"
    speakers = sorted({(str(q["doc_id"]), str(q["speaker_id"])) for q in quotes})
    _register(con, view, {"key": sorted(keys)})
    _register(con, "_sitroom_entity_speakers", {"doc_id": [s[0] for s in speakers], "id": [s[1] for s in speakers]})
    try:
        counts = con.execute(f"SELECT key, type, canonical, count(*) FROM {RECORDS} WHERE key IN "
                             f"(SELECT key FROM {view}) GROUP BY ALL").fetchall()
        forms = con.execute(f"SELECT r.key, m.text, count(*) FROM {RECORDS} r JOIN mentions m ON m.doc_id = r.doc_id "
                            f"AND m.entity_id = r.id WHERE r.key IN (SELECT key FROM {view}) GROUP BY ALL").fetchall()
        info = con.execute(f"SELECT key, list(DISTINCT doc_id), list(DISTINCT wikidata) FILTER (WHERE wikidata "
                           f"IS NOT NULL AND wikidata != '') FROM {RECORDS} WHERE key IN (SELECT key FROM {view}) "
                           "GROUP BY key").fetchall()
        with_roles = con.execute(
            f"SELECT r.key, r.doc_id, r.id, r.roles FROM {RECORDS} r LEFT JOIN _sitroom_entity_speakers s "
            f"ON s.doc_id = r.doc_id AND s.id = r.id WHERE r.key IN (SELECT key FROM {view}) "
            "AND (len(r.roles) > 0 OR s.id IS NOT NULL) ORDER BY r.rank, r.ord").fetchall()
    finally:
        con.unregister(view)
        con.unregister("_sitroom_entity_speakers")
    by_type: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for k, t, c, n in counts:
        by_type[k][(t, c)] += n
    by_form: dict[str, Counter[str]] = defaultdict(Counter)
    for k, text, n in forms:
        by_form[k][text] += n
    doc_of = {str(d["id"]): d for d in docs}
    quote_roles = quote_roles_of({"quotes": quotes})
    roles: dict[str, dict[tuple[str, str | None], RoleAt]] = defaultdict(dict)
    for k, doc_id, ent_id, rec_roles in with_roles:
        add_roles(roles[k], _Record(ent_id, doc_id, "", "", None, list(rec_roles), doc_id, []), doc_of, quote_roles)
    out: dict[str, ResolvedEntity] = {}
    for k, doc_ids, wikidata in info:
        canonical, etype = choose_name_and_type(is_place_key(k), by_type[k])
        out[k] = ResolvedEntity(
            id=rid[k], canonical=canonical, type=etype, wikidata=min(wikidata) if wikidata else None,
            surface_forms=form_order(by_form[k]), doc_ids=sorted(doc_ids), mention_count=sum(by_form[k].values()),
            roles=sorted_roles(roles[k]), members=sorted(groups[k][5]))
    return out


def _reordered_forms(con: duckdb.DuckDBPyConnection, moved: set[str]) -> set[str]:
    """Stored documents where a group of ``moved`` shares a surface form (casefolded, as SurfaceIndex keys
    them) with another group: which of the two claims it follows the groups' order of first appearance."""
    texts = [str(t) for (t,) in con.execute(
        f"SELECT DISTINCT text FROM mentions UNION SELECT DISTINCT canonical FROM {RECORDS}").fetchall()]
    _register(con, "_sitroom_entity_folded", {"text": texts, "cf": [t.casefold() for t in texts]})
    try:
        rows = con.execute(
            f"WITH f AS (SELECT r.doc_id, r.key, m.text AS t FROM {RECORDS} r JOIN mentions m ON m.doc_id = r.doc_id "
            f"AND m.entity_id = r.id WHERE r.old UNION ALL SELECT doc_id, key, canonical FROM {RECORDS} WHERE old) "
            "SELECT f.doc_id, list(DISTINCT f.key) FROM f JOIN _sitroom_entity_folded c ON c.text = f.t "
            "GROUP BY f.doc_id, c.cf HAVING count(DISTINCT f.key) > 1").fetchall()
    finally:
        con.unregister("_sitroom_entity_folded")
    return {str(d) for d, keys in rows if moved & set(keys)}


def _fill_ids(con: duckdb.DuckDBPyConnection, new_res: EntityResolution, old_res: EntityResolution,
              rid: Mapping[str, str], pub_old: Mapping[str, str], full: Sequence[tuple[_Record, bool]],
              key_of: Mapping[tuple[str, str, str], str], bare: Sequence[tuple[str, str, str, str]],
              new: set[str]) -> None:
    """``by_id`` of both resolutions, and ``by_member`` for the ids that resolve differently in different
    documents (for every other id ``by_id`` answers what ``by_member`` would)."""
    targets_new: dict[str, set[str]] = defaultdict(set)
    targets_old: dict[str, set[str]] = defaultdict(set)
    for rec, in_old in full:
        k = key_of[(rec.type, rec.canonical, rec.id)]
        targets_new[rec.id].add(rid[k])
        if in_old:
            targets_old[rec.id].add(pub_old[k])
    for doc_id, ent_id, _, k in bare:
        targets_new[ent_id].add(rid[k])
        if doc_id not in new:
            targets_old[ent_id].add(pub_old[k])
    new_res.by_id = {i: next(iter(t)) for i, t in targets_new.items() if len(t) == 1}
    old_res.by_id = {i: next(iter(t)) for i, t in targets_old.items() if len(t) == 1}
    several = sorted({i for i, t in targets_new.items() if len(t) > 1} | {i for i, t in targets_old.items()
                                                                          if len(t) > 1})
    if not several:
        return
    _register(con, "_sitroom_entity_several", {"id": several})
    try:
        rows = con.execute(f"SELECT doc_id, id, key, old FROM {RECORDS} WHERE id IN "
                           "(SELECT id FROM _sitroom_entity_several)").fetchall()
    finally:
        con.unregister("_sitroom_entity_several")
    for doc_id, ent_id, k, old in rows:
        new_res.by_member[(doc_id, ent_id)] = rid[k]
        if old:
            old_res.by_member[(doc_id, ent_id)] = pub_old[k]


def naming_documents(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Documents whose events or quotes name one of ``ids`` as their actor or speaker."""
    listed = sorted(set(ids))
    _register(con, "_sitroom_entity_named", {"id": listed})
    try:
        return {str(r[0]) for r in con.execute(
            "SELECT doc_id FROM events WHERE actor_id IN (SELECT id FROM _sitroom_entity_named) UNION "
            "SELECT doc_id FROM quotes WHERE speaker_id IN (SELECT id FROM _sitroom_entity_named)").fetchall()}
    finally:
        con.unregister("_sitroom_entity_named")
