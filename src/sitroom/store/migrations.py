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

# The cross-source picture (sitroom.picture, persisted by store/picture.py). It is derived data: rebuilt
# from the stored records after each ingest, replacing every picture_* row in one transaction. Lists of
# sources and evidence that are only ever read whole are kept as JSON text.
_V2 = (
    """
    CREATE TABLE picture_entities (
        id VARCHAR PRIMARY KEY,
        canonical VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        wikidata VARCHAR,
        surface_forms VARCHAR[] NOT NULL,
        doc_ids VARCHAR[] NOT NULL,
        mention_count INTEGER NOT NULL,
        members VARCHAR[] NOT NULL,
        roles VARCHAR NOT NULL  -- JSON [{role, date, doc_id}]
    )
    """,
    """
    CREATE TABLE picture_events (
        id VARCHAR PRIMARY KEY,
        type VARCHAR NOT NULL,
        date VARCHAR,
        date_precision VARCHAR,
        time_precision INTEGER,
        date_start DATE,
        date_end DATE,
        country VARCHAR,
        place VARCHAR,
        place_id VARCHAR,
        admin1 VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geo_precision VARCHAR,
        geo_precision_code INTEGER,
        actor VARCHAR,
        actor_id VARCHAR,
        target VARCHAR,
        claimed BOOLEAN NOT NULL,
        modality VARCHAR NOT NULL,
        killed_low INTEGER,
        killed_best INTEGER,
        killed_high INTEGER,
        wounded_low INTEGER,
        wounded_best INTEGER,
        wounded_high INTEGER,
        n_sources INTEGER NOT NULL,
        killed VARCHAR,  -- JSON ValueSummary
        wounded VARCHAR
    )
    """,
    "CREATE INDEX picture_events_type ON picture_events (type)",
    "CREATE INDEX picture_events_country ON picture_events (country)",
    "CREATE INDEX picture_events_date ON picture_events (date_start)",
    "CREATE INDEX picture_events_actor ON picture_events (actor_id)",
    """
    CREATE TABLE picture_event_sources (
        merged_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        event_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        source VARCHAR,
        title VARCHAR,
        url VARCHAR,
        published VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        place VARCHAR,
        country VARCHAR,
        actor VARCHAR,
        killed INTEGER,
        wounded INTEGER,
        modality VARCHAR NOT NULL,
        trigger VARCHAR NOT NULL,
        evidence VARCHAR NOT NULL  -- JSON [{doc_id, start, end, text}]
    )
    """,
    "CREATE INDEX picture_event_sources_merged ON picture_event_sources (merged_id)",
    "CREATE INDEX picture_event_sources_doc ON picture_event_sources (doc_id)",
    """
    CREATE TABLE picture_series (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        unit VARCHAR NOT NULL,
        rule VARCHAR NOT NULL,
        target DOUBLE,
        n_points INTEGER NOT NULL,
        n_targets INTEGER NOT NULL,
        first_as_of VARCHAR,
        last_as_of VARCHAR
    )
    """,
    """
    CREATE TABLE picture_series_points (
        series_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        kind VARCHAR NOT NULL,  -- point | target
        figure_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        source VARCHAR,
        value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL,
        qualifier VARCHAR,
        as_of VARCHAR,
        as_of_basis VARCHAR NOT NULL,
        raw VARCHAR NOT NULL,
        subject VARCHAR NOT NULL,
        evidence VARCHAR NOT NULL
    )
    """,
    "CREATE INDEX picture_series_points_series ON picture_series_points (series_id)",
    """
    CREATE TABLE picture_statements (
        id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        doc_id VARCHAR NOT NULL,
        source VARCHAR,
        speaker VARCHAR,
        speaker_id VARCHAR,
        role VARCHAR,
        date VARCHAR,
        date_start DATE,
        text VARCHAR NOT NULL,
        direct BOOLEAN NOT NULL,
        about_ids VARCHAR[] NOT NULL,
        about VARCHAR[] NOT NULL,
        topic VARCHAR,
        polarity INTEGER NOT NULL,
        evidence VARCHAR NOT NULL
    )
    """,
    "CREATE INDEX picture_statements_id ON picture_statements (id)",
    "CREATE INDEX picture_statements_speaker ON picture_statements (speaker_id)",
    """
    CREATE TABLE picture_opposing (
        id VARCHAR NOT NULL,
        topic VARCHAR NOT NULL,
        about_id VARCHAR NOT NULL,
        about VARCHAR NOT NULL,
        affirming VARCHAR NOT NULL,
        denying VARCHAR NOT NULL
    )
    """,
)

# Small facts that change atomically with the data (store/state.py): today whether the picture is stale.
# A database from before this migration is marked stale when its picture does not cover its records (the
# test ``store.picture.picture_built`` makes), so the first command that can write rebuilds it.
_V3 = (
    "CREATE TABLE store_state (key VARCHAR NOT NULL, value VARCHAR NOT NULL)",
    """
    INSERT INTO store_state
    SELECT 'picture_stale', 'migration'
    WHERE (SELECT count(*) FROM events) <> (SELECT count(*) FROM picture_event_sources)
       OR ((SELECT count(*) FROM events) = 0
           AND (SELECT count(*) FROM figures) > 0
           AND (SELECT count(*) FROM picture_entities) = 0
           AND (SELECT count(*) FROM picture_events) = 0
           AND (SELECT count(*) FROM picture_series) = 0
           AND (SELECT count(*) FROM picture_series_points) = 0
           AND (SELECT count(*) FROM picture_statements) = 0
           AND (SELECT count(*) FROM picture_opposing) = 0)
    """,
)

# Every id the picture ever published (merged events, series, entities) and where it points now, so a saved
# link survives rebuilds (sitroom.picture.ids). Unlike the picture_* tables it is kept across rebuilds.
_V4 = (
    """
    CREATE TABLE picture_ids (
        kind VARCHAR NOT NULL,  -- event | series | entity
        id VARCHAR NOT NULL,
        born INTEGER NOT NULL,  -- the rebuild that first published it (older ids win merges)
        current_id VARCHAR NOT NULL,  -- itself while live, else the live record it redirects to
        PRIMARY KEY (kind, id)
    )
    """,
)

# Sources followed (sitroom.sources) and every request made for them. The fetch log is the memory of the
# follower: conditional GET reads the last ETag/Last-Modified from it, dedup reads the canonical URLs and
# content hashes already seen, and source health is counted from it. ``IF NOT EXISTS`` throughout.
_V5 = (
    "CREATE SEQUENCE IF NOT EXISTS sources_id START 1",
    """
    CREATE TABLE IF NOT EXISTS sources (
        id INTEGER PRIMARY KEY DEFAULT nextval('sources_id'),
        url VARCHAR NOT NULL UNIQUE,
        name VARCHAR,
        kind VARCHAR,  -- feed | sitemap, learnt from the first successful fetch
        added TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS fetch_log (
        "at" TIMESTAMP NOT NULL,
        source_id INTEGER,  -- NULL for robots.txt; kept after the source is removed (history)
        what VARCHAR NOT NULL,  -- feed | page | robots
        url VARCHAR NOT NULL,
        canonical_url VARCHAR,
        status INTEGER,  -- HTTP status; NULL when no response came
        bytes BIGINT,
        elapsed_ms INTEGER,
        outcome VARCHAR NOT NULL,  -- ok | not_modified | stored | duplicate | skipped | failed
        code VARCHAR,  -- catalogue code of a skip or failure (errors.py, E6xx/W6xx)
        reason VARCHAR,
        etag VARCHAR,
        last_modified VARCHAR,
        content_hash VARCHAR,  -- sha256 of the body
        doc_id VARCHAR
    )
    """,
    "CREATE INDEX IF NOT EXISTS fetch_log_canonical ON fetch_log (canonical_url)",
    "CREATE INDEX IF NOT EXISTS fetch_log_hash ON fetch_log (content_hash)",
    "CREATE INDEX IF NOT EXISTS fetch_log_source ON fetch_log (source_id)",
)

# Secondary indexes that cost memory and serve no query. DuckDB keeps every ART index it has touched in memory
# and cannot evict it; a write touches all of a table's indexes, so over an ingest each of them is resident,
# ~1 MB at least (a buffer per node kind) plus its share of the rows: an ingest held 33 MB of indexes after
# 500 one-sentence documents and +0.75 MB per 1,000, enough that a 96 MB limit failed (E306) at 20,000. The
# planner uses an index only for an equality, IN list or range on the bare column (a literal, a parameter of
# the column's type, or a join's pushed-down filter) that matches fewer rows than max(2048, 0.1% of the table);
# these never qualify (docs/cluster.md, "The client's memory"):
# - type, country and unit: a handful of values, each matching far more rows than that once the table grows,
#   so DuckDB scans (with its zone maps) whether the index exists or not;
# - actor and speaker names (events, quotes) and picture actor_id/speaker_id: every filter on them is lower(),
#   ILIKE, or an OR with an ILIKE, none of which an index can answer;
# - the fingerprint bands: the near-duplicate lookup binds its bands as integers, so DuckDB casts the USMALLINT
#   column and scans (measured with EXPLAIN ANALYZE; it always has);
# - the second key of tables indexed twice: entities, places and their mentions are joined on (doc_id, id)
#   together and read by doc_id (kept); by id alone only behind a name search that scans mentions anyway;
#   figures and quotes are never looked up by id, and evidence is read by record_id (kept), never by doc_id.
# Kept: PRIMARY KEY/UNIQUE (they guard correctness), every doc_id index of a record table (a document's page,
# exports and the incremental picture read by doc_id), events.id (an event's page), evidence.record_id, the
# picture's merged_id/series_id/statement id/doc_id and the date indexes (a narrow since/until window).
_V6 = tuple(
    f"DROP INDEX IF EXISTS {name}"  # IF EXISTS: a database that never had one, or a rerun, is fine
    for name in (
        "events_type", "events_country", "figures_unit", "picture_events_type", "picture_events_country",
        "events_actor", "quotes_speaker", "picture_events_actor", "picture_statements_speaker",
        "documents_fp_band0", "documents_fp_band1", "documents_fp_band2", "documents_fp_band3",
        "entities_id", "mentions_entity", "places_id", "place_mentions_place", "figures_id", "quotes_id",
        "evidence_doc",
    )
)

# Which ingest run stored each document (NULL: stored before this column, or by ``load`` from Parquet). An
# ingest tells a copy of a document it stored itself (a duplicate in its input, W202) from one an earlier run
# stored (a resume, W204) by asking here, at the id's PRIMARY KEY lookup it makes anyway, instead of keeping
# every id it has seen in the client's memory (~100 bytes a document, growing with the run: issue 10's
# "client memory flat"). No index: it is only ever read beside the id.
_V7 = ("ALTER TABLE documents ADD COLUMN IF NOT EXISTS run_id VARCHAR",)

# Each document's place in insertion order (``doc_seq``, 1, 2, ... as the store wrote them), carried on every row
# of its records, in place of the tables' ``doc_id`` indexes. DuckDB keeps every ART index in memory and never
# evicts it, and the doc_id indexes held random hashes, one key per record row: with the documents' id and
# events' id they were what still grew with the stored data (~0.4 MB per 1,000 one-sentence stories, ~0.4 GB per
# million documents; docs/cluster.md, "The client's memory"). A document's records are written together, so
# their doc_seq is one value in a column that only rises: DuckDB's zone maps (min/max per row group, kept
# anyway) find them by ``doc_seq = ?`` or a join's pushed-down min/max without an index, reading one row
# group's doc_seq column. Readers keep ``doc_id = ...`` beside it (doc_seq only narrows the scan; the id stays
# the key). Existing rows are numbered in the order the documents table holds them (the order they were
# stored), and each record row takes its document's number; the indexes go first, so the updates need not
# maintain them (2.6 s for 100,000 events, 4.1 s for 1,000,000 and their records, measured). Kept: documents'
# PRIMARY KEY (the batch's id lookup and uniqueness), events.id (an event's page), evidence.record_id and
# events' dates.
_SEQ_TABLES = (
    "sentences", "entities", "mentions", "places", "place_mentions", "events", "figures", "quotes", "evidence",
)
_V8 = (
    *(f"DROP INDEX IF EXISTS {t}_doc" for t in _SEQ_TABLES if t != "evidence"),
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS doc_seq BIGINT",
    """
    UPDATE documents SET doc_seq = n.seq
    FROM (SELECT id, row_number() OVER (ORDER BY rowid) AS seq FROM documents) n
    WHERE documents.id = n.id
    """,
    *(statement for t in _SEQ_TABLES for statement in (
        f"ALTER TABLE {t} ADD COLUMN IF NOT EXISTS doc_seq BIGINT",
        f"UPDATE {t} SET doc_seq = d.doc_seq FROM documents d WHERE d.id = {t}.doc_id",
    )),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, records, evidence, runs and ingest problems", _V1),
    Migration(2, "the cross-source picture: entities, merged events, series, statements", _V2),
    Migration(3, "store state: whether the picture is stale", _V3),
    Migration(4, "stable picture ids: every published id and where it redirects", _V4),
    Migration(5, "sources followed and the fetch log", _V5),
    Migration(6, "drop the secondary indexes no query uses (their memory grows with the store)", _V6),
    Migration(7, "documents.run_id: the ingest run that stored each document", _V7),
    Migration(8, "doc_seq: records found by insertion order (zone maps), not by doc_id indexes", _V8),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
