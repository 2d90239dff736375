"""Writing DocResults: one transaction per batch, bulk inserts through Arrow, idempotent by document id.

Each table's new rows are built as one pyarrow table and inserted with a single
``INSERT INTO t BY NAME SELECT * FROM <arrow view>``: a few statements per batch whatever its size,
where ``executemany`` would run one statement per row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from sitroom.models import DocResult, Evidence, IngestProblem
from sitroom.partial_dates import date_bounds
from sitroom.store import state
from sitroom.store.failures import rollback_quietly

_MASK64 = (1 << 64) - 1

_EVIDENCE = pa.schema([
    ("record_kind", pa.string()), ("record_id", pa.string()), ("ord", pa.int32()), ("doc_id", pa.string()),
    ("start_char", pa.int32()), ("end_char", pa.int32()), ("text", pa.string()),
])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("id", pa.string()), ("source_path", pa.string()), ("segment", pa.int32()), ("title", pa.string()),
        ("url", pa.string()), ("source", pa.string()), ("published", pa.string()),
        ("published_basis", pa.string()), ("reference_date", pa.string()), ("reference_basis", pa.string()),
        ("language", pa.string()), ("language_score", pa.float64()), ("near_duplicate_of", pa.string()),
        ("removed_lines", pa.int32()), ("skipped_reason", pa.string()), ("fingerprint", pa.uint64()),
        ("fp_band0", pa.uint16()), ("fp_band1", pa.uint16()), ("fp_band2", pa.uint16()),
        ("fp_band3", pa.uint16()), ("text", pa.string()),
    ]),
    "sentences": pa.schema([
        ("doc_id", pa.string()), ("idx", pa.int32()), ("start_char", pa.int32()), ("end_char", pa.int32()),
        ("text", pa.string()),
    ]),
    "entities": pa.schema([
        ("doc_id", pa.string()), ("ord", pa.int32()), ("id", pa.string()), ("canonical", pa.string()),
        ("type", pa.string()), ("roles", pa.list_(pa.string())), ("wikidata", pa.string()),
    ]),
    "mentions": pa.schema([
        ("entity_id", pa.string()), ("doc_id", pa.string()), ("ord", pa.int32()), ("text", pa.string()),
        ("start_char", pa.int32()), ("end_char", pa.int32()),
    ]),
    "places": pa.schema([
        ("doc_id", pa.string()), ("ord", pa.int32()), ("id", pa.string()), ("name", pa.string()),
        ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()), ("geonames_id", pa.int64()),
        ("admin1", pa.string()), ("precision", pa.string()),
    ]),
    "place_mentions": pa.schema([
        ("place_id", pa.string()), ("doc_id", pa.string()), ("ord", pa.int32()), ("text", pa.string()),
        ("start_char", pa.int32()), ("end_char", pa.int32()),
    ]),
    "events": pa.schema([
        ("id", pa.string()), ("doc_id", pa.string()), ("ord", pa.int32()), ("type", pa.string()),
        ("date", pa.string()), ("date_precision", pa.string()), ("date_start", pa.date32()),
        ("date_end", pa.date32()), ("country", pa.string()), ("place", pa.string()), ("lat", pa.float64()),
        ("lon", pa.float64()), ("actor", pa.string()), ("target", pa.string()), ("killed", pa.int32()),
        ("wounded", pa.int32()), ("claimed", pa.bool_()), ("modality", pa.string()), ("trigger", pa.string()),
        ("place_id", pa.string()), ("actor_id", pa.string()), ("geo_precision", pa.string()),
    ]),
    "figures": pa.schema([
        ("id", pa.string()), ("doc_id", pa.string()), ("ord", pa.int32()), ("subject", pa.string()),
        ("value", pa.float64()), ("unit", pa.string()), ("qualifier", pa.string()), ("as_of", pa.string()),
        ("raw", pa.string()), ("is_target", pa.bool_()),
    ]),
    "quotes": pa.schema([
        ("id", pa.string()), ("doc_id", pa.string()), ("ord", pa.int32()), ("speaker", pa.string()),
        ("speaker_id", pa.string()), ("role", pa.string()), ("text", pa.string()), ("direct", pa.bool_()),
        ("date", pa.string()),
    ]),
    "evidence": _EVIDENCE,
    "ingest_problems": pa.schema([
        ("run_id", pa.string()), ("path", pa.string()), ("code", pa.string()), ("message", pa.string()),
    ]),
}

# Insert order: documents first so a reader never sees records of a missing document (within the
# transaction it makes no difference, but it keeps failures easy to reason about).
TABLE_ORDER: tuple[str, ...] = (
    "documents", "sentences", "entities", "mentions", "places", "place_mentions",
    "events", "figures", "quotes", "evidence",
)

# Columns the database fills itself at insert time.
_NOW_COLUMN = {"documents": "stored_at", "ingest_problems": '"at"'}


def fingerprint_bands(fingerprint: int) -> tuple[int, int, int, int]:
    """The four 16-bit bands of a 64-bit fingerprint, low band first."""
    fp = fingerprint & _MASK64
    return fp & 0xFFFF, (fp >> 16) & 0xFFFF, (fp >> 32) & 0xFFFF, (fp >> 48) & 0xFFFF


def rows_by_table(
    results: Sequence[DocResult], fingerprints: Mapping[str, int] | None = None
) -> dict[str, dict[str, list[Any]]]:
    """Column lists for every table, from the given (already de-duplicated) results."""
    cols: dict[str, dict[str, list[Any]]] = {
        name: {f.name: [] for f in SCHEMAS[name]} for name in TABLE_ORDER
    }

    def add(table: str, **row: Any) -> None:
        target = cols[table]
        for key, value in row.items():
            target[key].append(value)

    def add_evidence(kind: str, record_id: str, evidence: Iterable[Evidence]) -> None:
        for i, ev in enumerate(evidence):
            add("evidence", record_kind=kind, record_id=record_id, ord=i, doc_id=ev.doc_id,
                start_char=ev.start, end_char=ev.end, text=ev.text)

    for result in results:
        d = result.document
        fp = fingerprints.get(d.id) if fingerprints else None
        if fp is None:
            fp = getattr(d, "fingerprint", None)  # if Document ever carries its own fingerprint
        bands: tuple[int | None, ...] = fingerprint_bands(fp) if fp is not None else (None,) * 4
        add("documents", id=d.id, source_path=d.source_path, segment=d.segment, title=d.title, url=d.url,
            source=d.source, published=d.published, published_basis=d.published_basis,
            reference_date=d.reference_date, reference_basis=d.reference_basis, language=d.language,
            language_score=d.language_score, near_duplicate_of=d.near_duplicate_of,
            removed_lines=d.removed_lines, skipped_reason=result.skipped_reason,
            fingerprint=None if fp is None else fp & _MASK64, fp_band0=bands[0], fp_band1=bands[1],
            fp_band2=bands[2], fp_band3=bands[3], text=d.text)
        for s in result.sentences:
            add("sentences", doc_id=d.id, idx=s.index, start_char=s.start, end_char=s.end, text=s.text)
        for i, ent in enumerate(result.entities):
            add("entities", doc_id=d.id, ord=i, id=ent.id, canonical=ent.canonical, type=ent.type,
                roles=list(ent.roles), wikidata=ent.wikidata)
            for j, m in enumerate(ent.mentions):
                add("mentions", entity_id=ent.id, doc_id=m.doc_id, ord=j, text=m.text,
                    start_char=m.start, end_char=m.end)
        for i, place in enumerate(result.places):
            add("places", doc_id=d.id, ord=i, id=place.id, name=place.name, country=place.country,
                lat=place.lat, lon=place.lon, geonames_id=place.geonames_id, admin1=place.admin1,
                precision=place.precision)
            for j, m in enumerate(place.mentions):
                add("place_mentions", place_id=place.id, doc_id=m.doc_id, ord=j, text=m.text,
                    start_char=m.start, end_char=m.end)
        for i, ev in enumerate(result.events):
            first, last = date_bounds(ev.date)
            add("events", id=ev.id, doc_id=ev.doc_id, ord=i, type=ev.type, date=ev.date,
                date_precision=ev.date_precision, date_start=first, date_end=last, country=ev.country,
                place=ev.place, lat=ev.lat, lon=ev.lon, actor=ev.actor, target=ev.target, killed=ev.killed,
                wounded=ev.wounded, claimed=ev.claimed, modality=ev.modality, trigger=ev.trigger,
                place_id=ev.place_id, actor_id=ev.actor_id, geo_precision=ev.geo_precision)
            add_evidence("event", ev.id, ev.evidence)
        for i, fig in enumerate(result.figures):
            add("figures", id=fig.id, doc_id=fig.doc_id, ord=i, subject=fig.subject, value=fig.value,
                unit=fig.unit, qualifier=fig.qualifier, as_of=fig.as_of, raw=fig.raw, is_target=fig.is_target)
            add_evidence("figure", fig.id, fig.evidence)
        for i, q in enumerate(result.quotes):
            add("quotes", id=q.id, doc_id=q.doc_id, ord=i, speaker=q.speaker, speaker_id=q.speaker_id,
                role=q.role, text=q.text, direct=q.direct, date=q.date)
            add_evidence("quote", q.id, q.evidence)
    return cols


def next_doc_seq(con: duckdb.DuckDBPyConnection) -> int | None:
    """The ``doc_seq`` the next stored document gets (migration 8): one more than the highest stored; None on
    a table without the column (a write outside the store, on an older schema: nothing to number). Two writers
    racing (two connections of one process) could give two documents one number; that costs nothing but a
    wider scan, since every reader keeps ``doc_id`` beside ``doc_seq``."""
    has = con.execute("SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND "
                      "schema_name = 'main' AND table_name = 'documents' AND column_name = 'doc_seq'").fetchone()
    if not has or not has[0]:
        return None
    row = con.execute("SELECT coalesce(max(doc_seq), 0) + 1 FROM documents").fetchone()
    return int(row[0]) if row else 1


def insert_table(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table, run_id: str | None = None,
                 seqs: Mapping[str, int] | None = None) -> None:
    """Insert an Arrow table's rows into ``table`` by column name (the one bulk-insert path). Documents get
    ``run_id``, the run storing them, here rather than in ``SCHEMAS``: a Parquet part is the same whichever
    run wrote it (a retried task rewrites the same bytes). Without one the column is not named (NULL), so a
    write outside a run works on a table of any schema version. ``seqs`` ({document id: doc_seq}) gives each
    row its document's ``doc_seq`` (migration 8), by the row's own ``doc_id`` (``id`` for documents); it is
    not in ``SCHEMAS`` for the same reason as ``run_id``: a part does not know where it will be stored."""
    if rows.num_rows == 0:
        return
    if seqs is not None:
        key = rows.column("id" if table == "documents" else "doc_id").to_pylist()
        rows = rows.append_column("doc_seq", pa.array([seqs.get(k) for k in key], pa.int64()))
    view = f"_sitroom_new_{table}"
    now = f", current_timestamp AS {_NOW_COLUMN[table]}" if table in _NOW_COLUMN else ""
    params: list[Any] = []
    if table == "documents" and run_id is not None:
        now += ", ?::VARCHAR AS run_id"
        params.append(run_id)
    con.register(view, rows)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT *{now} FROM {view}", params)
    finally:
        con.unregister(view)


def known_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are already stored as documents (the id alone: a write works on any schema version)."""
    return {str(row[0]) for row in _lookup(con, ids, "d.id")}


def stored_by(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, str | None]:
    """The stored ones of ``ids``, each with the run that stored it (None: stored before runs were recorded
    per document, or loaded from Parquet). Same lookup as ``known_ids``, on the id's PRIMARY KEY."""
    return {str(row[0]): row[1] for row in _lookup(con, ids, "d.id, d.run_id")}


def _lookup(con: duckdb.DuckDBPyConnection, ids: Iterable[str], columns: str) -> list[tuple[Any, ...]]:
    wanted = sorted(set(ids))
    found: list[tuple[Any, ...]] = []
    for i in range(0, len(wanted), 10_000):
        chunk = pa.table({"id": pa.array(wanted[i:i + 10_000], pa.string())})
        con.register("_sitroom_ids", chunk)
        try:
            found += con.execute(f"SELECT {columns} FROM documents d JOIN _sitroom_ids k ON d.id = k.id").fetchall()
        finally:
            con.unregister("_sitroom_ids")
    return found


def write_results(
    con: duckdb.DuckDBPyConnection,
    results: Sequence[DocResult],
    problems: Sequence[IngestProblem] = (),
    run_id: str | None = None,
    fingerprints: Mapping[str, int] | None = None,
) -> list[str]:
    """Store a batch in one transaction; documents already stored are skipped. Returns the new ids."""
    unique: dict[str, DocResult] = {}
    for result in results:
        unique.setdefault(result.document.id, result)
    con.begin()
    try:
        known = known_ids(con, unique) if unique else set()
        new = [r for doc_id, r in unique.items() if doc_id not in known]
        cols = rows_by_table(new, fingerprints)
        first = next_doc_seq(con) if new else None
        seqs = None if first is None else {r.document.id: first + i for i, r in enumerate(new)}
        for table in TABLE_ORDER:
            insert_table(con, table, pa.table(cols[table], schema=SCHEMAS[table]), run_id, seqs)
        insert_problems(con, problems, run_id)
        if new:
            # In the batch's own transaction: a kill after this commit leaves a database that knows its
            # picture misses these documents, so the next command that can write rebuilds it.
            state.mark_picture_stale(con, f"run {run_id}" if run_id else "write")
        con.commit()
    except BaseException:
        rollback_quietly(con)
        raise
    return [r.document.id for r in new]


def insert_problems(
    con: duckdb.DuckDBPyConnection, problems: Sequence[IngestProblem], run_id: str | None
) -> None:
    """Store report lines, one row per problem per run: a line already stored for this run (same path,
    code and message) is not stored again, so re-sending a batch's lines never grows the table."""
    unique = list(dict.fromkeys((p.path, p.code, p.message) for p in problems))
    if not unique:
        return
    rows = pa.table({
        "run_id": [run_id] * len(unique),
        "path": [u[0] for u in unique],
        "code": [u[1] for u in unique],
        "message": [u[2] for u in unique],
    }, schema=SCHEMAS["ingest_problems"])
    con.register("_sitroom_new_problems", rows)
    try:
        con.execute(
            """
            INSERT INTO ingest_problems BY NAME
            SELECT n.*, current_timestamp AS "at" FROM _sitroom_new_problems n
            WHERE NOT EXISTS (
                SELECT 1 FROM ingest_problems p
                WHERE p.run_id IS NOT DISTINCT FROM n.run_id
                  AND p.path = n.path AND p.code = n.code AND p.message = n.message
            )
            """
        )
    finally:
        con.unregister("_sitroom_new_problems")


def start_run(con: duckdb.DuckDBPyConnection) -> str:
    run_id = uuid.uuid4().hex[:16]
    con.execute("INSERT INTO runs VALUES (?, current_timestamp, NULL, NULL)", [run_id])
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, counts: Mapping[str, int]) -> None:
    con.execute(
        "UPDATE runs SET finished = current_timestamp, counts = ? WHERE run_id = ?",
        [json.dumps(dict(counts), sort_keys=True), run_id],
    )


def find_near_duplicate(
    con: duckdb.DuckDBPyConnection, fingerprint: int, max_distance: int = 3
) -> str | None:
    """The id of the stored document nearest to ``fingerprint`` (see ``nearest_duplicate``), or None."""
    found = nearest_duplicate(con, fingerprint, max_distance)
    return found[1] if found else None


def nearest_duplicate(
    con: duckdb.DuckDBPyConnection, fingerprint: int, max_distance: int = 3
) -> tuple[int, str] | None:
    """(distance, id) of the stored document whose fingerprint is closest to ``fingerprint`` (distance <=
    max_distance; ties go to the smallest id, so the answer does not depend on write order).

    Only documents sharing a 16-bit band are candidates (pigeonhole: 4 bands, at most 3 differing bits
    leave one band intact), so each lookup touches a few index entries, not every document.
    """
    fp = fingerprint & _MASK64
    bands = fingerprint_bands(fp)
    candidates = " UNION ".join(
        f"SELECT id, fingerprint FROM documents WHERE fp_band{i} = ?" for i in range(4)
    )
    row = con.execute(
        f"""
        SELECT id, bit_count(xor(fingerprint, ?::UBIGINT)) AS distance
        FROM ({candidates})
        WHERE bit_count(xor(fingerprint, ?::UBIGINT)) <= ?
        ORDER BY distance, id
        LIMIT 1
        """,
        [fp, *bands, fp, max_distance],
    ).fetchone()
    return (int(row[1]), str(row[0])) if row else None


def find_near_duplicates(
    con: duckdb.DuckDBPyConnection, fingerprints: Mapping[str, int], max_distance: int = 3
) -> dict[str, str]:
    """``find_near_duplicate`` for a whole batch in one query: {key: id of the closest stored document}.

    Four equi-joins on the bands (one per band) instead of one join with OR, which DuckDB could only run
    as a nested loop.
    """
    if not fingerprints:
        return {}
    keys = list(fingerprints)
    fps = [fingerprints[k] & _MASK64 for k in keys]
    bands = [fingerprint_bands(fp) for fp in fps]
    query = pa.table({
        "key": pa.array(keys, pa.string()),
        "fp": pa.array(fps, pa.uint64()),
        **{f"b{i}": pa.array([b[i] for b in bands], pa.uint16()) for i in range(4)},
    })
    joins = " UNION ".join(
        f"SELECT q.key, q.fp, d.id, d.fingerprint FROM _sitroom_fp q JOIN documents d ON d.fp_band{i} = q.b{i}"
        for i in range(4)
    )
    con.register("_sitroom_fp", query)
    try:
        rows = con.execute(
            f"""
            SELECT key, arg_min(id, (bit_count(xor(fingerprint, fp)), id))
            FROM ({joins})
            WHERE bit_count(xor(fingerprint, fp)) <= ?
            GROUP BY key
            """,
            [max_distance],
        ).fetchall()
    finally:
        con.unregister("_sitroom_fp")
    return {str(k): str(v) for k, v in rows}
