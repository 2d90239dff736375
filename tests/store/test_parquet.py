"""The Parquet sink and ``load`` (issue 10): parts load to the same records as direct writes, a part is
read only when complete, each document once, and the catalog answers what resuming needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.store.test_db import doc_seq_mismatches

from sitroom.clean import fingerprint
from sitroom.errors import SitroomError
from sitroom.models import DocResult
from sitroom.store import Store
from sitroom.store.parquet import ParquetSink, load_into, parse_sink, write_part


def _export(db: Path) -> str:
    with Store(db, read_only=True) as store:
        return json.dumps(store.export_object(), sort_keys=True, default=str)


def _fps(results: list[DocResult]) -> dict[str, int]:
    return {r.document.id: fingerprint(r.document.text) for r in results}


def test_parquet_parts_load_to_the_same_export_as_direct_writes(corpus: list[DocResult], tmp_path: Path) -> None:
    fps = _fps(corpus)
    with Store(tmp_path / "direct.duckdb") as store:
        store.write_results(corpus, fingerprints=fps)
        store.ensure_picture()
    half = len(corpus) // 2
    write_part(tmp_path / "pq", "run-0000001", corpus[:half], fps)
    write_part(tmp_path / "pq", "run-0000002", corpus[half:], fps)
    with Store(tmp_path / "loaded.duckdb") as store:
        counts = load_into(store, tmp_path / "pq")
        assert store.picture_stale()  # load leaves the rebuild to its caller, marked like an ingest batch
        store.ensure_picture()
        stored_fps = dict(store._writable("test").execute("SELECT id, fingerprint FROM documents").fetchall())
        seqs = sorted(s for (s,) in store._writable("test").execute("SELECT doc_seq FROM documents").fetchall())
        mismatches = doc_seq_mismatches(store._writable("test"))
    assert counts["documents"] == len(corpus) and counts["events"] > 0
    assert seqs == list(range(1, len(corpus) + 1)) and not any(mismatches.values())  # numbered as ingested
    assert _export(tmp_path / "loaded.duckdb") == _export(tmp_path / "direct.duckdb")
    assert stored_fps == fps  # near-duplicate lookups work on a loaded database as on an ingested one


def test_load_reads_complete_parts_once_each(corpus: list[DocResult], tmp_path: Path) -> None:
    folder = tmp_path / "pq"
    write_part(folder, "a", corpus[:2])
    write_part(folder, "b", corpus[1:3])  # corpus[1] again: a batch re-extracted after a killed client
    write_part(folder, "c", corpus[3:])
    (folder / "documents" / "part-c.parquet").unlink()  # a worker killed before the part was complete
    with Store(tmp_path / "s.duckdb") as store:
        counts = load_into(store, folder)
        again = load_into(store, folder)
        sentences = store._writable("test").execute("SELECT count(*) FROM sentences").fetchone()
    assert counts["documents"] == 3
    assert sentences == (sum(len(r.sentences) for r in corpus[:3]),)  # no record twice
    assert again["documents"] == 0 and again["sentences"] == 0  # loading again adds nothing


def test_sink_catalog_remembers_written_ids_and_fingerprints(corpus: list[DocResult], tmp_path: Path) -> None:
    fps = _fps(corpus)
    with ParquetSink(tmp_path / "pq") as sink:
        run = sink.start_run()
        sink.write_results(corpus[:2], run_id=run, fingerprints=fps)  # written here
        sink.write_results([], run_id=run, fingerprints=fps, written=[corpus[2].document.id])  # by a worker
    with ParquetSink(tmp_path / "pq") as sink:  # a later run, e.g. a resume
        ids = [r.document.id for r in corpus]
        assert sink.known_ids(ids) == set(ids[:3])
        near = sink.nearest_duplicate(fps[ids[0]] ^ 0b101)  # two bits off: a syndicated copy
        assert near == (2, ids[0])
    assert len(list((tmp_path / "pq" / "documents").glob("*.parquet"))) == 1  # the worker's part is its own


def test_sink_and_load_errors_are_coded(tmp_path: Path) -> None:
    for bad in ("parquet:", "csv:out", "out"):
        with pytest.raises(SitroomError) as caught:
            parse_sink(bad)
        assert caught.value.code == "E706"
    (tmp_path / "empty").mkdir()
    with Store(tmp_path / "s.duckdb") as store:
        for folder in (tmp_path / "missing", tmp_path / "empty"):
            with pytest.raises(SitroomError) as caught:
                load_into(store, folder)
            assert caught.value.code == "E708"


def test_sink_catalog_names_the_run_of_each_id_and_an_older_catalog_gains_it(
        corpus: list[DocResult], tmp_path: Path) -> None:
    import duckdb

    folder = tmp_path / "pq"
    folder.mkdir()
    with duckdb.connect(str(folder / "_catalog.duckdb")) as con:  # a catalog written before runs were recorded
        con.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, fingerprint UBIGINT, fp_band0 USMALLINT, "
                    "fp_band1 USMALLINT, fp_band2 USMALLINT, fp_band3 USMALLINT)")
        con.execute("INSERT INTO documents (id) VALUES (?)", [corpus[0].document.id])
    with ParquetSink(folder) as sink:
        run = sink.start_run()
        sink.write_results(corpus[1:2], run_id=run, fingerprints=_fps(corpus))
        sink.write_results([], run_id=run, written=[corpus[2].document.id])
        ids = [r.document.id for r in corpus]
        assert sink.stored_by(ids) == {ids[0]: None, ids[1]: run, ids[2]: run}
