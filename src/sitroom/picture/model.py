"""The records of the cross-source picture. JSON-ready through ``as_dict`` like the models in models.py.

Every record keeps its sources: merged events list each member report, series points and statements carry
document id, outlet and evidence, so nothing in the picture is unattributed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


class _AsDict:
    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


@dataclass
class RoleAt(_AsDict):
    """A role an entity was given in one document (``date`` = that document's date)."""

    role: str
    date: str | None
    doc_id: str | None


@dataclass
class ResolvedEntity(_AsDict):
    id: str
    canonical: str
    type: str
    wikidata: str | None
    surface_forms: list[str]  # most frequent first
    doc_ids: list[str]
    mention_count: int
    roles: list[RoleAt] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # the per-document entity ids folded into this one


@dataclass
class SourceValue(_AsDict):
    doc_id: str
    source: str | None
    value: int


@dataclass
class ValueSummary(_AsDict):
    """UCDP-style low/best/high of a value the sources disagree on, with who said what.

    low = smallest, high = largest reported value; best = the (lower) median of the values given by
    official sources when any is identified (basis "official"), else of all sources (basis "median").
    """

    low: int
    best: int
    high: int
    basis: str
    by_source: list[SourceValue]


@dataclass
class EventSource(_AsDict):
    """One report of a merged event: the per-document event and where it came from."""

    event_id: str
    doc_id: str
    source: str | None
    title: str | None
    url: str | None
    published: str | None
    date: str | None
    date_precision: str | None
    place: str | None
    country: str | None
    actor: str | None
    killed: int | None
    wounded: int | None
    modality: str
    trigger: str
    evidence: list[dict[str, Any]]


@dataclass
class MergedEvent(_AsDict):
    id: str  # from the earliest report; kept across rebuilds (picture/ids.py)
    type: str
    date: str | None
    date_precision: str | None
    time_precision: int | None  # ACLED 1/2/3
    date_start: str | None
    date_end: str | None
    country: str | None
    place: str | None
    place_id: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None  # point | district | province | country
    geo_precision_code: int | None  # ACLED 1/2/3
    actor: str | None
    actor_id: str | None
    target: str | None
    claimed: bool
    modality: str
    killed: ValueSummary | None
    wounded: ValueSummary | None
    sources: list[EventSource]


@dataclass
class SeriesPoint(_AsDict):
    figure_id: str
    doc_id: str
    source: str | None
    value: float
    unit: str
    qualifier: str | None
    as_of: str | None
    as_of_basis: str  # "figure" (extractor) | "text" (its clause/sentence dates it) | "document" (reported on) | "none"
    is_target: bool
    raw: str
    subject: str
    evidence: list[dict[str, Any]]


@dataclass
class Series(_AsDict):
    id: str
    name: str
    unit: str
    rule: str  # which rule grouped it: a series.toml rule name, "override", or "subject"
    points: list[SeriesPoint]  # achieved values, in as_of order
    targets: list[SeriesPoint]  # targets/goals, in as_of order
    target: float | None  # the latest target value


@dataclass
class Statement(_AsDict):
    id: str  # the quote id
    doc_id: str
    source: str | None
    speaker: str | None
    speaker_id: str | None
    role: str | None
    date: str | None
    text: str
    direct: bool
    about_ids: list[str]
    about: list[str]
    topic: str | None
    polarity: int  # +1 affirms the topic ("still a threat"), -1 denies it, 0 neither or mixed
    evidence: list[dict[str, Any]]


@dataclass
class Opposition(_AsDict):
    """Two statements on the same topic about the same actor with opposite polarity."""

    id: str
    topic: str
    about_id: str
    about: str
    affirming: str  # statement id with polarity +1
    denying: str  # statement id with polarity -1


@dataclass
class Picture(_AsDict):
    entities: list[ResolvedEntity] = field(default_factory=list)
    events: list[MergedEvent] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    opposing: list[Opposition] = field(default_factory=list)
