"""Hand-built DocResults for store and export tests (no model needed), made with ``sitroom.synth.DocBuilder``.

The texts are short invented sentences in the style of wire copy; offsets are computed from the text so
evidence always points at the right span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.models import DocResult, Entity, PlaceRecord, stable_id
from sitroom.synth import DocBuilder

if TYPE_CHECKING:
    import duckdb

ATTACK = "Islamic State fighters attacked a checkpoint near Mosul on Tuesday, killing four soldiers."
CLAIM = "The group claimed the attack through its Amaq news agency."
PLEDGE = "Donors pledged more than $250 million to stabilise liberated areas."
QUOTE = '"We will not let them regroup," said Jane Doe, the coalition spokeswoman.'
STRIKE = "Coalition aircraft struck an IS hideout in Deir ez-Zor province in March."

MOSUL = PlaceRecord(id="gn:99072", name="Mosul", country="IQ", lat=36.335, lon=43.11889, geonames_id=99072,
                    mentions=[], admin1="Nineveh", precision="point")
DEIR = PlaceRecord(id="gn:170792", name="Deir ez-Zor", country="SY", lat=35.33588, lon=40.14084,
                   geonames_id=170792, mentions=[], admin1="Deir ez-Zor", precision="province")


def make_result(
    name: str = "a",
    sentences: tuple[str, ...] = (ATTACK, CLAIM, PLEDGE, QUOTE, STRIKE),
    published: str | None = "2024-05-14",
    segment: int = 0,
    language: str | None = "en",
) -> DocResult:
    """A DocResult for an invented article made of ``sentences``; records for those it recognises."""
    b = DocBuilder(
        sentences, id=lambda text: stable_id("doc", name, text), sep=" ", source_path=f"corpus/{name}.txt",
        segment=segment, title=f"Report {name}", url=f"https://news.example/{name}", source="Example Wire",
        published=published, published_basis="metadata" if published else None, reference_date=published,
        reference_basis="published" if published else None, language=language,
        language_score=0.99 if language else None,
    )
    doc_id, result = b.id, b.result
    islamic_state = Entity(id=stable_id("armed_group", "Islamic State"), canonical="Islamic State",
                           type="armed_group", mentions=[], wikidata="Q2429253")
    if ATTACK in sentences:
        islamic_state.mentions.append(b.mention("Islamic State", ATTACK))
        b.place(MOSUL, within=ATTACK)
        evidence = b.evidence("attacked", ATTACK) + (b.evidence("claimed", CLAIM) if CLAIM in sentences else [])
        b.event("attacked", "attack", id=stable_id(doc_id, "event", "attack"), date="2024-05-14",
                date_precision="day", country="IQ", place="Mosul", lat=MOSUL.lat, lon=MOSUL.lon,
                actor="Islamic State", target="Iraqi Security Forces", killed=4, claimed=CLAIM in sentences,
                evidence=evidence, place_id=MOSUL.id, actor_id=islamic_state.id, geo_precision="point")
    if STRIKE in sentences:
        islamic_state.mentions.append(b.mention("IS", STRIKE))
        b.place(DEIR, within=STRIKE)
        b.event("struck", "strike", within=STRIKE, id=stable_id(doc_id, "event", "strike"), date="2024-03",
                date_precision="month", country="SY", place="Deir ez-Zor", lat=DEIR.lat, lon=DEIR.lon,
                actor="Global Coalition to Defeat Daesh/ISIS", target="Islamic State", place_id=DEIR.id,
                geo_precision="province")
    if PLEDGE in sentences:
        b.event("pledged", "pledge", within=PLEDGE, id=stable_id(doc_id, "event", "pledge"), modality="asserted")
        b.figure("more than $250 million", within=PLEDGE, id=stable_id(doc_id, "figure", "pledge"),
                 subject="pledges", value=250_000_000.0, unit="USD", qualifier="more than",
                 as_of=published[:7] if published else None)
    if QUOTE in sentences:
        doe = Entity(id=stable_id("person", "Jane Doe"), canonical="Jane Doe", type="person",
                     mentions=[b.mention("Jane Doe", QUOTE)], roles=["coalition spokeswoman"])
        result.entities.append(doe)
        b.quote("We will not let them regroup", "Jane Doe", within=QUOTE, id=stable_id(doc_id, "quote", 0),
                date=published, speaker_id=doe.id, role="coalition spokeswoman")
    if islamic_state.mentions:
        result.entities.insert(0, islamic_state)
    return result


def make_corpus() -> list[DocResult]:
    """Three documents that share entities and places, plus one non-English document with no records."""
    french = make_result("d", sentences=("Les donateurs se sont engagés à verser des fonds.",), language="fr")
    french.skipped_reason = "language:fr"
    return [
        make_result("b", sentences=(STRIKE, QUOTE), published="2024-04-02"),
        make_result("a"),
        make_result("c", sentences=(ATTACK, PLEDGE), published=None, segment=1),
        french,
    ]


def schema_at(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """Create sitroom's schema as the migrations up to ``version`` left it, the way an older sitroom wrote it
    (for tests that open an older database)."""
    from sitroom.store.migrations import MIGRATIONS

    con.execute(
        "CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR NOT NULL, applied TIMESTAMP)"
    )
    for m in MIGRATIONS[:version]:
        for statement in m.statements:
            con.execute(statement)
        con.execute("INSERT INTO schema_version VALUES (?, ?, current_timestamp)", [m.version, m.description])
