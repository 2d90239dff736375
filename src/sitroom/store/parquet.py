"""The Parquet sink (``ingest --sink parquet:DIR``) and ``load`` (Parquet -> the DuckDB store).

For corpora larger than one database file: the records of each batch go to Parquet files, one per table
and batch, written by whoever extracted the batch (a Dask worker, or the ingesting process), so the
client never holds or writes the bulk of the data. ``load`` later builds an ordinary store from them
(DuckDB reading the files in place), with the same records and ids a direct ingest stores.

Layout, one folder per table, one file per batch ("part")::

    DIR/documents/part-<run>-<seq>.parquet   (same columns as the store's tables: write.SCHEMAS)
    DIR/sentences/... events/ figures/ quotes/ entities/ mentions/ places/ place_mentions/ evidence/
    DIR/ingest_problems/part-<run>-<seq>.parquet
    DIR/_catalog.duckdb                      (ids and fingerprints only: what resuming and near-duplicate
                                              links need on the client)

A part is complete when its documents file exists: it is written last, each file through a temporary name
and a rename, so a worker killed mid-part leaves nothing ``load`` reads, and a retried batch rewrites the
same file names with the same bytes. The catalog gets a document's id only after its part is written, so
a killed client re-extracts what it never saw confirmed, and ``load`` keeps one copy per id.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from sitroom.errors import SitroomError
from sitroom.models import DocResult, IngestProblem
from sitroom.store import state, write
from sitroom.store.failures import coded, rollback_quietly
from sitroom.store.store import Store

PART_TABLES: tuple[str, ...] = (*write.TABLE_ORDER, "ingest_problems")
CATALOG = "_catalog.duckdb"
# Written last: its presence marks the part complete (see the module docstring).
_WRITE_ORDER = (*[t for t in PART_TABLES if t != "documents"], "documents")


def _write_file(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)  # atomic on one file system: a reader sees the whole file or none


def write_part(
    folder: str | Path, part: str, results: Sequence[DocResult], fingerprints: Mapping[str, int] | None = None,
    problems: Sequence[IngestProblem] = (), run_id: str | None = None,
) -> list[str]:
    """Write one batch's records as Parquet under ``folder`` (one file per non-empty table, the documents
    file last); returns the document ids written. Pure in its output: the same batch gives the same files."""
    root = Path(folder)
    cols = write.rows_by_table(results, fingerprints)
    tables = {name: pa.table(cols[name], schema=write.SCHEMAS[name]) for name in write.TABLE_ORDER}
    unique = list(dict.fromkeys((p.path, p.code, p.message) for p in problems))
    tables["ingest_problems"] = pa.table({
        "run_id": [run_id] * len(unique), "path": [u[0] for u in unique], "code": [u[1] for u in unique],
        "message": [u[2] for u in unique],
    }, schema=write.SCHEMAS["ingest_problems"])
    for name in _WRITE_ORDER:
        if tables[name].num_rows:
            _write_file(tables[name], root / name / f"part-{part}.parquet")
    return [r.document.id for r in results]


def parse_sink(spec: str) -> Path:
    """``parquet:DIR`` -> DIR (E706 for anything else)."""
    kind, _, where = spec.partition(":")
    if kind != "parquet" or not where:
        raise SitroomError("E706", value=spec)
    return Path(where)


class ParquetSink:
    """What ``jobs.ingest`` writes through instead of a ``Store`` with ``--sink parquet:DIR``: the same
    calls (known ids, nearest stored duplicate, one write per batch), records going to Parquet parts and
    only ids and fingerprints to the catalog."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.folder / CATALOG))
        except (OSError, duckdb.Error) as exc:
            raise SitroomError("E707", path=self.folder, reason=str(exc)) from exc
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS documents (id VARCHAR PRIMARY KEY, fingerprint UBIGINT, "
            "fp_band0 USMALLINT, fp_band1 USMALLINT, fp_band2 USMALLINT, fp_band3 USMALLINT, run_id VARCHAR)"
        )
        # The run that recorded each id, as in the store (migrations._V7); a catalog made before it gains it.
        self.con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS run_id VARCHAR")
        self._seq = 0

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.con.close()

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return write.known_ids(self.con, ids)

    def stored_by(self, ids: Iterable[str]) -> dict[str, str | None]:
        return write.stored_by(self.con, ids)

    def nearest_duplicate(self, fingerprint: int, max_distance: int = 3) -> tuple[int, str] | None:
        return write.nearest_duplicate(self.con, fingerprint, max_distance)

    def start_run(self) -> str:
        return uuid.uuid4().hex[:16]

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        """Nothing to close: every part and catalog row is final when written."""

    def ensure_picture(self, overrides_path: str | Path | None = None) -> bool:
        return False  # the picture is built by ``sitroom load``, from everything the folder holds

    def next_part(self, run_id: str) -> str:
        self._seq += 1
        return f"{run_id}-c{self._seq:07d}"

    def write_results(
        self, results: Sequence[DocResult], problems: Sequence[IngestProblem] = (), run_id: str | None = None,
        fingerprints: Mapping[str, int] | None = None, written: Sequence[str] = (),
    ) -> list[str]:
        """Write ``results`` as a part here (``written``: ids a worker already wrote in its own parts), then
        record every id in the catalog: what a resumed run skips."""
        run = run_id or self.start_run()
        if results or problems:
            write_part(self.folder, self.next_part(run), results, fingerprints, problems, run)
        ids = [*[r.document.id for r in results], *written]
        fps = fingerprints or {}
        rows = pa.table({
            "id": pa.array(ids, pa.string()),
            "fingerprint": pa.array([fps[i] & write._MASK64 if i in fps else None for i in ids], pa.uint64()),
            **{f"fp_band{b}": pa.array([write.fingerprint_bands(fps[i])[b] if i in fps else None for i in ids],
                                       pa.uint16()) for b in range(4)},
            "run_id": pa.array([run] * len(ids), pa.string()),
        })
        if ids:
            self.con.register("_sitroom_new", rows)
            try:
                self.con.execute("INSERT OR IGNORE INTO documents BY NAME SELECT * FROM _sitroom_new")
            finally:
                self.con.unregister("_sitroom_new")
        return ids


def _glob(folder: Path, table: str) -> str | None:
    return str(folder / table / "*.parquet") if any((folder / table).glob("*.parquet")) else None


def load(con: duckdb.DuckDBPyConnection, folder: str | Path) -> dict[str, int]:
    """Insert the records of every complete part under ``folder`` whose document is not stored yet, in one
    transaction that marks the picture stale (the caller rebuilds it). Returns rows inserted per table."""
    root = Path(folder)
    docs = _glob(root, "documents")
    if not root.is_dir():
        raise SitroomError("E708", path=root, reason="no such folder")
    if docs is None:
        raise SitroomError("E708", path=root, reason="no documents/*.parquet in it")
    counts: dict[str, int] = {}
    con.begin()
    try:
        # One part per document id (a batch re-extracted after a killed client is in two parts, identical).
        # Each new document's doc_seq (migration 8), numbered on from the store's in the parts' order, and
        # every table's rows inserted in that order, so a document's records stay together for the zone maps.
        con.execute(
            """CREATE OR REPLACE TEMP TABLE _load_parts AS
               SELECT id, part, ? - 1 + row_number() OVER (ORDER BY part, id) AS seq FROM (
                   SELECT id, min(parse_filename(filename, true)) AS part FROM read_parquet(?, filename = true)
                   WHERE id NOT IN (SELECT id FROM documents) GROUP BY id)""",
            [write.next_doc_seq(con) or 1, docs],  # a store is always migrated
        )
        for table in (*write.TABLE_ORDER, "ingest_problems"):
            files = _glob(root, table)
            if files is None:
                counts[table] = 0
                continue
            names = [f.name for f in write.SCHEMAS[table]]
            select = ", ".join(f"t.{n}" for n in names)
            if table == "ingest_problems":
                before = _count(con, table)
                con.execute(
                    f"""INSERT INTO ingest_problems BY NAME
                        SELECT DISTINCT {select}, current_timestamp AS "at" FROM read_parquet(?) t
                        WHERE NOT EXISTS (SELECT 1 FROM ingest_problems p WHERE p.run_id IS NOT DISTINCT FROM t.run_id
                                          AND p.path = t.path AND p.code = t.code AND p.message = t.message)""",
                    [files],
                )
                counts[table] = _count(con, table) - before
                continue
            key = "id" if table == "documents" else "doc_id"
            now = ", current_timestamp AS stored_at" if table == "documents" else ""
            before = _count(con, table)
            con.execute(
                f"""INSERT INTO {table} BY NAME
                    SELECT {select}{now}, k.seq AS doc_seq
                    FROM read_parquet(?, filename = true, file_row_number = true) t
                    JOIN _load_parts k ON k.id = t.{key} AND k.part = parse_filename(t.filename, true)
                    ORDER BY k.seq, t.file_row_number""",
                [files],
            )
            counts[table] = _count(con, table) - before
        if counts.get("documents"):
            state.mark_picture_stale(con, f"load {root}")
        con.execute("DROP TABLE _load_parts")
        con.commit()
    except BaseException:
        rollback_quietly(con)
        raise
    return counts


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def load_into(store: Store, folder: str | Path) -> dict[str, int]:
    """``load`` into an open, writable ``Store``; the caller then calls ``store.ensure_picture()``."""
    con = store._writable("loading Parquet")
    with coded(store.path):
        return load(con, folder)


def read_catalog_size(folder: str | Path) -> int:
    """Documents the sink's catalog records (for reports and benchmarks)."""
    with duckdb.connect(str(Path(folder) / CATALOG), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM documents").fetchone()
    return int(row[0]) if row else 0
