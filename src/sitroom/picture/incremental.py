"""The pure parts of updating a picture after an ingest instead of rebuilding it (store/picture.py runs it).

A full rebuild folds every stored record; an update recomputes only the records the new documents can
reach, and must give exactly what a full rebuild gives. What "can reach" means is read off the linkers
themselves, never restated here, so a change of merge rules cannot leave a stale record behind:

* **entities** are summarised per group from counts DuckDB takes over every record (store/entity_update.py:
  a group the new documents touch gets its name, type, forms and id from the resolver's own choices over
  its counts, every other group keeps its stored row), unless a stored record changes group (a new place
  name a stored "person" is named after, a new full name a stored one is the start of): then every
  record is resolved again with ``resolve_entities``. Either way the documents whose entities *changed*
  for the rest of the picture (their published id, name, type or surface forms) are the ones whose
  events, figures and quotes must be looked at again (``changed_documents``, or its per-group form);
* **events** block by type and time window: stored reports of the same type whose dates come within the
  type's tolerance are candidates, and the linker's own ``compatible`` (country, place, actor, modality)
  decides which join the block. The block is closed under that relation, under the undated and
  year-only reports the linker attaches by place or by country and toll, and under membership of a
  stored merged event, so clustering it alone is clustering it within the whole (complete linkage in a
  fixed order never lets a report outside a closed block change what happens inside it) —
  ``linked_reports``;
* **series** block by series key: every figure of a series a new or changed document touches is
  classified again with its whole document (a document's own indicator is context for its other figures);
* **statements** are per document; opposing pairs are recomputed for each (actor, topic) they touch.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from sitroom.picture import events as linker
from sitroom.picture.common import SurfaceIndex
from sitroom.picture.entities import EntityResolution
from sitroom.picture.ids import Assignment, assign_ids
from sitroom.picture.kinds import Mentions

# What a picture depends on besides the records: its rules (the picture package and the data files) and the
# user's overrides. A stored picture built under another basis is rebuilt, never updated.
_RULE_PACKAGES = ("sitroom.picture", "sitroom.data")


def basis(overrides_path: str | Path | None) -> str:
    """A digest of the rules and overrides a picture is built under."""
    digest = hashlib.sha256()
    for package in _RULE_PACKAGES:
        root = resources.files(package)
        for item in sorted(root.iterdir(), key=lambda p: p.name):
            if item.is_file() and item.name.endswith((".py", ".toml", ".json")):
                digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    if overrides_path is not None:
        digest.update(b"overrides\0" + Path(overrides_path).read_bytes())
    return digest.hexdigest()


def country_names(places: Sequence[Mapping[str, Any]], codes: Iterable[str]) -> dict[str, str]:
    """The name the series namer (picture/kinds.py ``Mentions``) gives each country code, reading the
    export's places as it does: a new country-level place can rename a country in every series name."""
    mentions = Mentions({"places": sorted(places, key=lambda p: (p["name"], p["id"]))}, SurfaceIndex(), {}, {})
    return {code: mentions.country_name(code) for code in codes}


# --------------------------------------------------------------------------- entities


def published_view(resolution: EntityResolution, ids: Assignment) -> dict[str, Any]:
    """What the rest of the picture reads of an entity resolution, under published ids: per (document,
    entity) the resolved id, the names and types, each document's surface forms, the id fallbacks."""
    pub = ids.ids

    def p(rid: str) -> str:
        return pub.get(rid, rid)

    return {
        "member": {k: p(v) for k, v in resolution.by_member.items()},
        "names": {p(k): v for k, v in resolution.names.items()},
        "types": {p(k): v for k, v in resolution.types.items()},
        "by_id": {k: p(v) for k, v in resolution.by_id.items()},
        # The surface index is private to common.py; it is read (not changed) to compare two resolutions.
        "surfaces": {d: {f: p(r) for f, r in forms.items()} for d, forms in resolution.surfaces._forms.items()},
    }


def changed_documents(old: Mapping[str, Any], new: Mapping[str, Any],
                      old_docs: Iterable[str]) -> tuple[set[str], set[str]]:
    """(documents whose entities read differently now, per-document ids whose id fallback changed).

    A document is changed when one of its entities resolves to another published id, or its resolved
    entity got another name or type, or one of its surface forms now names another entity."""
    docs = set(old_docs)
    changed: set[str] = set()
    for (doc_id, ent_id), before in old["member"].items():
        if doc_id not in docs:
            continue
        after = new["member"].get((doc_id, ent_id))
        if after != before or old["names"].get(before) != new["names"].get(after) \
                or old["types"].get(before) != new["types"].get(after):
            changed.add(str(doc_id))
    for doc_id, forms in old["surfaces"].items():
        if doc_id in docs and doc_id not in changed and forms != new["surfaces"].get(doc_id):
            changed.add(doc_id)
    # An id a record names without its document holding that entity resolves through ``by_id``: it reads
    # differently when the fallback moved, or the entity it falls back to was renamed or retyped.
    fallbacks = {i for i in set(old["by_id"]) | set(new["by_id"])
                 if (a := old["by_id"].get(i)) != (b := new["by_id"].get(i))
                 or old["names"].get(a) != new["names"].get(b) or old["types"].get(a) != new["types"].get(b)}
    return changed, fallbacks


# --------------------------------------------------------------------------- events

Resolver = Callable[[str | None, str | None], str | None]
R = TypeVar("R", bound=Mapping[str, Any])


def window(rec: Mapping[str, Any]) -> tuple[date, date] | None:
    """The days a report can share an event with: its date's span widened by its type's tolerance."""
    start, end = linker.date_bounds(rec.get("date"))
    if start is None or end is None:
        return None
    rule = linker.type_rule(rec["type"])
    precision = rec.get("date_precision") or linker.precision_of(rec.get("date"))
    if linker.DATE_RANK.get(precision, 3) > linker.DATE_RANK[rule.coarsest]:
        return None  # too coarse to merge (it can still take an undated report by place: ``attachable``)
    tol = timedelta(days=rule.day_tolerance)
    return start - tol, end + tol


class Reports:
    """Per-document events as the linker sees them (``events._report``), under one or two entity
    resolutions: before the new documents (old) and after (new). A report from a new document, or one
    whose entities did not change, reads the same under both."""

    def __init__(self, places: Mapping[str, Mapping[str, Any]], new: tuple[Resolver, Mapping[str, str]],
                 old: tuple[Resolver, Mapping[str, str]], changed_docs: set[str], new_docs: set[str]) -> None:
        self.places, self.new, self.old = places, new, old
        self.changed_docs, self.new_docs = changed_docs, new_docs
        self._cache: dict[tuple[str, str], Any] = {}

    def _get(self, rec: Mapping[str, Any], which: str) -> Any:
        key = (which, rec["id"])
        if key not in self._cache:
            resolve, names = self.new if which == "new" else self.old
            self._cache[key] = linker._report(dict(rec), 0, self.places, resolve, names)
        return self._cache[key]

    def country(self, rec: Mapping[str, Any]) -> str | None:
        """The report's country as the linker reads it (its own, else its place's)."""
        return self._get(rec, "new").country

    def linked(self, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
        """Whether the linker may put ``a`` and ``b`` in one event, before or after the new documents."""
        if a["type"] != b["type"]:
            return False
        rule = linker.type_rule(a["type"])
        if linker.compatible(self._get(a, "new"), self._get(b, "new"), rule):
            return True
        if a["doc_id"] in self.new_docs or b["doc_id"] in self.new_docs:
            return False  # the old picture never saw a report of a new document
        if a["doc_id"] in self.changed_docs or b["doc_id"] in self.changed_docs:
            return bool(linker.compatible(self._get(a, "old"), self._get(b, "old"), rule))
        return False


def linked_reports(reports: Reports, frontier: Sequence[Mapping[str, Any]], candidates: Iterable[R]) -> list[R]:
    """The candidates the linker may merge with a report of ``frontier`` (same type, overlapping windows)."""
    by_day: dict[tuple[str, date], list[Mapping[str, Any]]] = defaultdict(list)
    for r in frontier:
        span = window(r)
        if span is None:
            continue
        first, last = span
        for i in range((last - first).days + 1):
            by_day[(r["type"], first + timedelta(days=i))].append(r)
    out: list[R] = []
    for c in candidates:
        span = window(c)
        if span is None:
            continue
        seen: set[str] = set()
        first, last = span
        hit = False
        for i in range((last - first).days + 1):
            for r in by_day.get((c["type"], first + timedelta(days=i)), ()):
                if r["id"] in seen:
                    continue
                seen.add(r["id"])
                if reports.linked(c, r):
                    hit = True
                    break
            if hit:
                break
        if hit:
            out.append(c)
    return out


def attachable(rec: Mapping[str, Any], places: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The place id an undated report could be attached by (``events.attach_undated``), if any: a report
    naming a specific place (below province level) can join a dated event at that place."""
    place_id = rec.get("place_id")
    if not place_id:
        return None
    geo = rec.get("geo_precision") or (places.get(place_id) or {}).get("precision") or "point"
    return str(place_id) if linker.GEO_RANK.get(geo, 4) <= linker.GEO_RANK["district"] else None


# --------------------------------------------------------------------------- ids


def assign_block(groups: Sequence[tuple[str, Sequence[str]]], previous: Mapping[str, str], born: Mapping[str, int],
                 redirects: Mapping[str, str], kept: Collection[str]) -> Assignment:
    """``assign_ids`` for the records an update recomputed, with the same outcome as over the whole picture.

    ``previous`` holds the former record of every member of ``groups`` (and of no other: the block takes
    stored records whole); ``kept`` are the published ids of the stored records left as they were. Claims
    never cross the block (a kept record's members all carried its id), so only ids of the block can move;
    an alias of a kept record keeps pointing at it."""
    inside = {old: target for old, target in redirects.items() if target not in kept}
    done = assign_ids(groups, previous, born, inside, reserved=kept)
    live = set(done.ids.values())
    for old, target in redirects.items():
        if old not in inside and old not in live:
            done.redirects.setdefault(old, target)
    done.ids.update({KEPT + pub: pub for pub in kept})  # live too, for the id history rows
    return done


# Kept records as keys of ``Assignment.ids``: no fresh id can equal one.
KEPT = "\x00kept:"
