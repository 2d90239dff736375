"""The contracts every stage speaks: plain dataclasses, JSON-ready through ``as_dict``.

A stage takes and returns these types and knows nothing of the stages after it:

    ingest   -> Source | IngestProblem          (bytes + metadata read from a path)
    clean    -> Document                        (one article: cleaned text, title, date, language, id)
    annotate -> spaCy Doc with the ``doc._`` attributes below filled by the sitroom components
    extract  -> EntityMention, PlaceMention, Timex, Quote, Figure, Event (on the Doc)
    resolve  -> canonical actors, geocoded places, normalised dates (used by extract)
    pipeline -> DocResult                       (everything found in one document)
    store / export / query / serve read DocResult and the ``sitroom/1`` export object.

Every record that states something carries ``evidence``: document id, character offsets into the
document's cleaned text, and the sentence text. A record without evidence is a bug.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

EXPORT_FORMAT = "sitroom/1"

EventType = Literal[
    "attack", "strike", "meeting", "pledge", "withdrawal", "repatriation", "territorial_defeat", "operation"
]
EVENT_TYPES: tuple[str, ...] = (
    "attack", "strike", "meeting", "pledge", "withdrawal", "repatriation", "territorial_defeat", "operation",
)
Modality = Literal["asserted", "planned", "denied", "hypothetical"]
DatePrecision = Literal["day", "month", "year"]
EntityType = Literal["armed_group", "person", "organization", "country", "location", "facility"]
PlacePrecision = Literal["point", "district", "province", "country"]
FIGURE_UNITS: tuple[str, ...] = (
    "USD", "EUR", "GBP", "people", "troops", "strikes", "members", "km", "percent", "countries", "count",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """A deterministic id from its parts, so the same input always yields the same records."""
    raw = "\x1f".join(["" if p is None else str(p) for p in parts])  # (a list: ``join`` makes one of a generator)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


class Record:
    """Mixin: ``as_dict`` gives the JSON-ready form used by export and the API."""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


# --------------------------------------------------------------------------- ingest / clean


@dataclass
class Source(Record):
    """What ``ingest`` read from one path (or one JSON record, or stdin) before cleaning."""

    path: str  # the path as given (or "<stdin>", or "file.jsonl#12" for the 13th record)
    text: str  # decoded text; for HTML already reduced to main text by trafilatura
    kind: Literal["txt", "html", "json", "stdin"]
    title: str | None = None
    url: str | None = None
    published: str | None = None  # raw value from metadata, not yet normalised
    source: str | None = None  # outlet / publisher
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class IngestProblem(Record):
    """One line of the ingest report: a path that was skipped, and why (code from errors.py)."""

    path: str
    code: str
    message: str


@dataclass
class Document(Record):
    """One article after cleaning and segmentation. ``id`` is a hash of the normalised text."""

    id: str
    text: str
    source_path: str
    segment: int = 0  # index of this article inside its source file
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD or None
    published_basis: str | None = None  # where it came from; the values are listed in docs/export.md
    # The date relative expressions are resolved against: the published date, or, when that is
    # unknown, the best date the text itself fixes (e.g. a dated photo caption), with its precision.
    reference_date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    reference_basis: str | None = None
    language: str | None = None  # ISO 639-1
    language_score: float | None = None
    near_duplicate_of: str | None = None  # id of an earlier document this one is a syndicated copy of
    removed_lines: int = 0  # boilerplate lines the cleaner dropped (for the report)


# --------------------------------------------------------------------------- evidence and spans


@dataclass(frozen=True)
class Evidence(Record):
    """Where a record comes from: the span in the document and the sentence that holds it."""

    doc_id: str
    start: int  # character offset into Document.text
    end: int
    text: str  # the whole sentence (or sentences) the record was read from


@dataclass
class Mention(Record):
    text: str
    doc_id: str
    start: int
    end: int


@dataclass
class Sentence(Record):
    doc_id: str
    index: int
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- annotations on a Doc


@dataclass
class EntityMention(Record):
    """An actor/person/organisation mention resolved to its canonical entity within one document."""

    text: str
    start: int
    end: int
    canonical: str
    type: str  # an EntityType
    entity_id: str  # stable_id(type, canonical): identical across documents for the same canonical
    role: str | None = None  # "acting US envoy", "spokesman" ... when the text gives one
    kb_id: str | None = None  # id in the actor knowledge base, None for NER-only persons
    wikidata: str | None = None


@dataclass
class Place(Record):
    """A gazetteer place. ``id`` is ``gn:<geonames id>`` when known, else a stable hash."""

    id: str
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    admin1: str | None = None
    precision: str = "point"  # a PlacePrecision
    feature: str | None = None  # city | camp | base | province | country | region ...
    # a lake or region several countries border is placed in the side the text tells of (``country``); the
    # gazetteer lists it under one country, which is the place's own whatever the page (Lake Chad: Chad)
    listed_country: str | None = None


@dataclass
class PlaceMention(Record):
    text: str
    start: int
    end: int
    place: Place


@dataclass
class Timex(Record):
    """A temporal expression normalised against the document's reference date."""

    text: str
    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when the text does not fix it
    precision: str | None  # a DatePrecision, or None
    # True when the expression is a range end / deadline ("by the end of 2025") rather than a point
    is_deadline: bool = False


# --------------------------------------------------------------------------- extracted records


@dataclass
class Quote(Record):
    id: str
    doc_id: str
    speaker: str | None  # canonical speaker name (person, organisation, body)
    text: str  # the quoted words (direct) or the reported clause (indirect)
    direct: bool
    date: str | None
    evidence: list[Evidence]
    speaker_id: str | None = None  # entity id when the speaker resolved to an entity
    role: str | None = None  # speaker's role/title as given near the quote


@dataclass
class Figure(Record):
    id: str
    doc_id: str
    subject: str  # the noun phrase the number is about ("pledges", "residents of al-Hol")
    value: float
    unit: str  # one of FIGURE_UNITS
    qualifier: str | None  # at least | more than | about | some | roughly | up to | fewer than | None
    as_of: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    evidence: list[Evidence]
    raw: str = ""  # the surface form, e.g. "more than $500 million"
    is_target: bool = False  # a goal/target rather than an achieved value


@dataclass
class Event(Record):
    id: str
    doc_id: str
    type: str  # an EventType
    date: str | None
    date_precision: str | None
    country: str | None
    place: str | None
    lat: float | None
    lon: float | None
    actor: str | None  # canonical actor (perpetrator for attacks)
    target: str | None
    killed: int | None  # lower bound
    wounded: int | None
    claimed: bool
    evidence: list[Evidence]
    modality: str = "asserted"  # a Modality
    trigger: str = ""  # the word(s) that signalled the event
    place_id: str | None = None
    actor_id: str | None = None
    geo_precision: str | None = None  # PlacePrecision of the place (or "country")


@dataclass
class Entity(Record):
    """An entity with all its mentions (across documents when built by export/store)."""

    id: str
    canonical: str
    type: str
    mentions: list[Mention]
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None


@dataclass
class PlaceRecord(Record):
    """A place with its mentions, as exported."""

    id: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    mentions: list[Mention]
    admin1: str | None = None
    precision: str = "point"


@dataclass
class DocResult(Record):
    """Everything the pipeline found in one document: the unit store and export consume."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    skipped_reason: str | None = None  # e.g. "language:fr" when extraction did not run


@dataclass
class IngestReport(Record):
    """What ``ingest`` did: one row per source path plus totals."""

    ingested: list[str] = field(default_factory=list)  # document ids newly stored
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, id of its copy in this run)
    # (path, doc id) stored by an earlier run, e.g. the part a killed run finished before a resume (W204)
    already_stored: list[tuple[str, str]] = field(default_factory=list)
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new doc id, original id)
    skipped: list[IngestProblem] = field(default_factory=list)
    # Lines about inputs that were still stored (E106 replacement characters, E112 sidecar ignored).
    warnings: list[IngestProblem] = field(default_factory=list)
    not_english: list[tuple[str, str]] = field(default_factory=list)  # (doc id, language)

    @property
    def ok(self) -> bool:
        return bool(self.ingested or self.duplicates or self.already_stored)
