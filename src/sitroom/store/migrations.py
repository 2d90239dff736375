"""The database schema as an ordered list of migrations.

Each migration is applied once, in order, inside one transaction, and recorded in ``schema_version``.
Never edit a released migration: add a new one. ``SCHEMA_VERSION`` is the newest version this code knows;
a database stamped with a higher version was written by a newer sitroom and is refused (E301).

Column names ``start_char``/``end_char`` stand for the model's ``start``/``end`` (``END`` is an SQL keyword).
Records (events, figures, quotes) keep their evidence in one ``evidence`` table keyed by
(record_kind, record_id, ord). Entities and places are stored per document as the pipeline found them
(``(doc_id, id)``), so the export can merge them across documents exactly as ``build_export`` does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        source_path VARCHAR NOT NULL,
        segment INTEGER NOT NULL,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,
        published VARCHAR,
        published_basis VARCHAR,
        reference_date VARCHAR,
        reference_basis VARCHAR,
        language VARCHAR,
        language_score DOUBLE,
        near_duplicate_of VARCHAR,
        removed_lines INTEGER NOT NULL,
        skipped_reason VARCHAR,
        -- 64-bit simhash of the text and its four 16-bit bands: two fingerprints within Hamming
        -- distance 3 share at least one band exactly, so the bands are an index for near-duplicates.
        fingerprint UBIGINT,
        fp_band0 USMALLINT,
        fp_band1 USMALLINT,
        fp_band2 USMALLINT,
        fp_band3 USMALLINT,
        text VARCHAR NOT NULL,
        stored_at TIMESTAMP NOT NULL
    )
    """,
    "CREATE INDEX documents_fp_band0 ON documents (fp_band0)",
    "CREATE INDEX documents_fp_band1 ON documents (fp_band1)",
    "CREATE INDEX documents_fp_band2 ON documents (fp_band2)",
    "CREATE INDEX documents_fp_band3 ON documents (fp_band3)",
    """
    CREATE TABLE sentences (
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL
    )
    """,
    "CREATE INDEX sentences_doc ON sentences (doc_id)",
    """
    CREATE TABLE entities (
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        id VARCHAR NOT NULL,
        canonical VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        roles VARCHAR[] NOT NULL,
        wikidata VARCHAR
    )
    """,
    "CREATE INDEX entities_id ON entities (id)",
    "CREATE INDEX entities_doc ON entities (doc_id)",
    """
    CREATE TABLE mentions (
        entity_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL
    )
    """,
    "CREATE INDEX mentions_entity ON mentions (entity_id)",
    "CREATE INDEX mentions_doc ON mentions (doc_id)",
    """
    CREATE TABLE places (
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonames_id BIGINT,
        admin1 VARCHAR,
        precision VARCHAR NOT NULL
    )
    """,
    "CREATE INDEX places_id ON places (id)",
    "CREATE INDEX places_doc ON places (doc_id)",
    """
    CREATE TABLE place_mentions (
        place_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL
    )
    """,
    "CREATE INDEX place_mentions_place ON place_mentions (place_id)",
    "CREATE INDEX place_mentions_doc ON place_mentions (doc_id)",
    """
    CREATE TABLE events (
        id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        type VARCHAR NOT NULL,
        date VARCHAR,
        date_precision VARCHAR,
        -- the first and last day the (possibly partial) date covers, for since/until filters
        date_start DATE,
        date_end DATE,
        country VARCHAR,
        place VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        actor VARCHAR,
        target VARCHAR,
        killed INTEGER,
        wounded INTEGER,
        claimed BOOLEAN NOT NULL,
        modality VARCHAR NOT NULL,
        trigger VARCHAR NOT NULL,
        place_id VARCHAR,
        actor_id VARCHAR,
        geo_precision VARCHAR
    )
    """,
    "CREATE INDEX events_id ON events (id)",
    "CREATE INDEX events_doc ON events (doc_id)",
    "CREATE INDEX events_type ON events (type)",
    "CREATE INDEX events_country ON events (country)",
    "CREATE INDEX events_date ON events (date_start)",
    "CREATE INDEX events_actor ON events (actor)",
    """
    CREATE TABLE figures (
        id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        subject VARCHAR NOT NULL,
        value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL,
        qualifier VARCHAR,
        as_of VARCHAR,
        raw VARCHAR NOT NULL,
        is_target BOOLEAN NOT NULL
    )
    """,
    "CREATE INDEX figures_id ON figures (id)",
    "CREATE INDEX figures_doc ON figures (doc_id)",
    "CREATE INDEX figures_unit ON figures (unit)",
    """
    CREATE TABLE quotes (
        id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        speaker VARCHAR,
        speaker_id VARCHAR,
        role VARCHAR,
        text VARCHAR NOT NULL,
        direct BOOLEAN NOT NULL,
        date VARCHAR
    )
    """,
    "CREATE INDEX quotes_id ON quotes (id)",
    "CREATE INDEX quotes_doc ON quotes (doc_id)",
    "CREATE INDEX quotes_speaker ON quotes (speaker)",
    """
    CREATE TABLE evidence (
        record_kind VARCHAR NOT NULL,
        record_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        doc_id VARCHAR NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL
    )
    """,
    "CREATE INDEX evidence_record ON evidence (record_id)",
    "CREATE INDEX evidence_doc ON evidence (doc_id)",
    """
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY,
        started TIMESTAMP NOT NULL,
        finished TIMESTAMP,
        counts VARCHAR
    )
    """,
    """
    CREATE TABLE ingest_problems (
        run_id VARCHAR,
        path VARCHAR NOT NULL,
        code VARCHAR NOT NULL,
        message VARCHAR NOT NULL,
        "at" TIMESTAMP NOT NULL
    )
    """,
    "CREATE INDEX ingest_problems_run ON ingest_problems (run_id)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, records, evidence, runs and ingest problems", _V1),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
