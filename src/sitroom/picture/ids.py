"""Stable addresses: a merged event, series or entity keeps the id it had in the last picture when reports
join it, so a saved link (``/events/<id>``) survives the next ingest.

The picture is rebuilt from scratch after every ingest, and a fresh build names each record from its
contents (the members it holds). Here the fresh ids are reconciled with the previous picture:

* a record inherits the previous id most of its members carried; when it holds members of several
  previous records (two clusters merged), it keeps the *oldest* id and the others become redirects;
* when a previous record split, the part holding most of its members keeps its id;
* every id ever issued that is no longer a record's id redirects to the record now holding most of its
  former members (chains collapse: an alias of an alias points at the live record).

Pure functions: store/picture.py loads the previous members and the id history and persists the result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from sitroom.models import stable_id
from sitroom.picture.model import Picture


@dataclass
class Assignment:
    """The outcome of reconciling one kind of record (events, series or entities) with its history."""

    ids: dict[str, str] = field(default_factory=dict)  # fresh id -> id to publish
    redirects: dict[str, str] = field(default_factory=dict)  # retired id -> live id
    born: dict[str, int] = field(default_factory=dict)  # every id ever issued -> the rebuild that issued it


def assign_ids(
    groups: Sequence[tuple[str, Sequence[str]]],
    previous: Mapping[str, str],
    born: Mapping[str, int],
    redirects: Mapping[str, str] | None = None,
    reserved: Collection[str] = (),
) -> Assignment:
    """Reconcile fresh records with the previous picture.

    ``groups``     (fresh id, member ids) of each record just built;
    ``previous``   member id -> the id of the record it belonged to in the previous picture;
    ``born``       every id issued so far -> the sequence number of the rebuild that issued it (older = lower);
    ``redirects``  retired id -> the id it pointed at after the previous rebuild;
    ``reserved``   ids that records outside ``groups`` keep (an update reconciles only what it recomputed).
    """
    redirects = dict(redirects or {})
    generation = max(born.values(), default=-1) + 1
    votes = {fresh: Counter(previous[m] for m in members if m in previous) for fresh, members in groups}
    # Claims ordered oldest id first, then the record holding most of its members: a merge keeps the
    # older id, a split leaves it with its larger part. Ties on ids make the order deterministic.
    # A record whose own fresh id is one it votes for claims it first: two document-local entities share
    # their per-document member id ("Assad" bare in two articles), so each votes for the other's id too,
    # and letting the first take the second's would leave the second nothing but its fresh id: a duplicate.
    claims = sorted(
        ((old != fresh, born.get(old, generation), -n, old, fresh)
         for fresh, counter in votes.items() for old, n in counter.items()),
    )
    out = Assignment(born=dict(born))
    taken: set[str] = set(reserved)
    for _, _, _, old, fresh in claims:
        if fresh in out.ids or old in taken:
            continue
        out.ids[fresh] = old
        taken.add(old)
    for fresh, members in groups:
        if fresh not in out.ids:
            # A new record; its fresh id may be a retired one coming back (a split undone): it is live again.
            # Unless the record it was split from kept that id (the part named after the same earliest
            # report): two records must never publish one id, so this part gets one of its own.
            out.ids[fresh] = fresh if fresh not in taken else stable_id("split", fresh, *sorted(members))
            taken.add(out.ids[fresh])
        out.born.setdefault(out.ids[fresh], generation)
    live = set(out.ids.values())
    where: dict[str, str] = {}  # member -> live id
    for fresh, members in groups:
        for m in members:
            where[m] = out.ids[fresh]
    # Ids live in the previous picture that are not live now: to where most of their members went.
    prev_members: dict[str, list[str]] = {}
    for m, old in previous.items():
        prev_members.setdefault(old, []).append(m)
    for old, members in sorted(prev_members.items()):
        if old in live:
            continue
        targets = Counter(where[m] for m in members if m in where)
        if targets:
            out.redirects[old] = min(targets, key=lambda t: (-targets[t], t))
            out.born.setdefault(old, generation)
    # Older aliases follow the record they pointed at.
    for old, target in sorted(redirects.items()):
        if old in live or old in out.redirects:
            continue
        final = target if target in live else out.redirects.get(target)
        if final is not None:
            out.redirects[old] = final
            out.born.setdefault(old, generation)
    return out


def restamp(picture: Picture, events: Assignment, series: Assignment, entities: Assignment) -> Picture:
    """``picture`` with every record under its published id, references to entities included."""
    ent = entities.ids

    def e(ident: str | None) -> str | None:
        return ent.get(ident, ident) if ident is not None else None

    return replace(
        picture,
        entities=[replace(x, id=ent.get(x.id, x.id)) for x in picture.entities],
        events=[replace(x, id=events.ids.get(x.id, x.id), actor_id=e(x.actor_id)) for x in picture.events],
        series=[replace(x, id=series.ids.get(x.id, x.id)) for x in picture.series],
        statements=[replace(x, speaker_id=e(x.speaker_id), about_ids=[ent.get(a, a) for a in x.about_ids])
                    for x in picture.statements],
        opposing=[replace(x, about_id=ent.get(x.about_id, x.about_id)) for x in picture.opposing],
    )


def groups_of(picture: Picture) -> dict[str, list[tuple[str, list[str]]]]:
    """(fresh id, members) of each record, by kind: events hold reports, series figures, entities the
    per-document entities folded into them."""
    return {
        "event": [(x.id, [s.event_id for s in x.sources]) for x in picture.events],
        "series": [(x.id, [p.figure_id for p in (*x.points, *x.targets)]) for x in picture.series],
        "entity": [(x.id, list(x.members) or [x.id]) for x in picture.entities],
    }
