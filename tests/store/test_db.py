"""Opening databases: migrations, version checks and the E301-E303 errors."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from tests.factories import make_corpus, schema_at

from sitroom.errors import SitroomError
from sitroom.store import SCHEMA_VERSION, Store
from sitroom.store.db import MEMORY_ENV, default_memory_limit
from sitroom.store.migrations import MIGRATIONS


def _versions(path: Path) -> list[int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
    finally:
        con.close()


def test_db_fresh_database_gets_current_version(db_path: Path) -> None:
    with Store(db_path) as st:
        assert st.schema_version == SCHEMA_VERSION
        assert st.counts()["documents"] == 0
    assert _versions(db_path) == [m.version for m in MIGRATIONS]


def test_db_reopen_hands_freed_memory_back_and_keeps_the_data(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Store.reopen trims glibc's heaps after closing (what closing freed goes back to the OS); the store
    reads the same rows after it."""
    import sitroom.store.store as store_module

    calls: list[int] = []
    monkeypatch.setattr(store_module, "release_free_memory", lambda: calls.append(1))
    with Store(db_path) as st:
        st.write_results(make_corpus())
        before = st.counts()
        st.reopen()
        assert calls == [1] and st.counts() == before


def test_db_release_free_memory_is_a_no_op_without_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    """musl, macOS and Windows have no malloc_trim: nothing to do, and no error."""
    import ctypes

    from sitroom.store import db

    def no_library(name: object) -> object:
        raise OSError("no C library here")

    db._malloc_trim.cache_clear()
    monkeypatch.setattr(ctypes, "CDLL", no_library)
    try:
        assert db._malloc_trim() is None
        db.release_free_memory()
    finally:
        db._malloc_trim.cache_clear()
    monkeypatch.undo()
    db.release_free_memory()  # glibc here: trims


def test_db_migrations_are_numbered_in_order() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_db_reopening_is_a_no_op(db_path: Path) -> None:
    with Store(db_path) as st:
        pass
    with Store(db_path) as st:
        assert st.schema_version == SCHEMA_VERSION
    assert _versions(db_path) == [m.version for m in MIGRATIONS]


def test_db_future_version_is_refused(db_path: Path) -> None:
    with Store(db_path):
        pass
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', current_timestamp)", [SCHEMA_VERSION + 1])
    con.close()
    for read_only in (False, True):
        with pytest.raises(SitroomError) as err:
            Store(db_path, read_only=read_only)
        assert err.value.code == "E301"
        assert str(SCHEMA_VERSION + 1) in err.value.message


def test_db_read_only_missing_file_is_e303(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    with pytest.raises(SitroomError) as err:
        Store(missing, read_only=True)
    assert err.value.code == "E303"
    assert not missing.exists()


def test_db_garbage_file_is_e302(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are not database pages\n" * 200)
    with pytest.raises(SitroomError) as err:
        Store(bogus)
    assert err.value.code == "E302"
    with pytest.raises(SitroomError) as err:
        Store(tmp_path)  # a directory
    assert err.value.code == "E302"


def test_db_read_only_store_reads_but_cannot_write(store: Store, db_path: Path) -> None:
    expected = store.counts()
    store.close()
    with Store(db_path, read_only=True) as ro:
        assert ro.counts() == expected
        with pytest.raises(SitroomError) as err:
            ro.write_results([])
        assert err.value.code == "E304"


_KILLED_WRITER = """
import os, sys
from tests.test_export import make_picture_corpus
from sitroom.store import Store
store = Store(sys.argv[1])
store.write_results(make_picture_corpus())
os._exit(0)  # like kill -9: no checkpoint, the batch is only in the write-ahead log
"""


def test_db_reopening_after_a_kill_keeps_indexes_whole(db_path: Path) -> None:
    """DuckDB 1.4 loses replayed rows from secondary indexes when the first checkpoint after a replay is the
    one close() makes; connect() checkpoints at once when it finds a log, so lookups keep finding them."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(db_path)], check=True, cwd=root)
    assert Path(str(db_path) + ".wal").exists()
    with Store(db_path):
        pass  # what a resumed ingest does first: open for writing, replaying the log
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        n_events = con.execute("SELECT count(*) FROM events").fetchone()
        by_doc = con.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id").fetchone()
        looked_up = con.execute(
            "SELECT count(*) FROM events WHERE doc_id = (SELECT min(doc_id) FROM events)"
        ).fetchone()
    finally:
        con.close()
    assert n_events and n_events[0] > 0
    assert by_doc == n_events
    assert looked_up and looked_up[0] >= 1


# --------------------------------------------------------------------------- DuckDB's memory limit


def _shown(size: str) -> str:
    """How DuckDB shows a memory limit of ``size`` ("256MB" -> "244.1 MiB")."""
    with duckdb.connect(":memory:") as con:
        con.execute(f"SET memory_limit = '{size}'")
        return str(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])  # type: ignore[index]


def _limit_of(path: Path) -> str:
    """The memory limit of the database at ``path``, open in this process: a second connection to the file
    shares its DuckDB instance, and with it the instance's settings."""
    with duckdb.connect(str(path)) as con:
        return str(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])  # type: ignore[index]


def test_db_memory_is_capped_at_a_quarter_of_memory_by_default(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MEMORY_ENV, raising=False)
    with duckdb.connect(":memory:") as con:
        duckdb_default = con.execute("SELECT current_setting('memory_limit')").fetchone()
    default = default_memory_limit()
    assert int(default.removesuffix("MiB")) >= 1024
    with Store(db_path):
        assert _limit_of(db_path) == _shown(default)
        assert (_limit_of(db_path),) != duckdb_default  # DuckDB alone would take 80% of memory


def test_db_memory_argument_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MEMORY_ENV, "300MB")
    with Store(tmp_path / "a.duckdb", memory="256MB"), Store(tmp_path / "b.duckdb"):
        assert _limit_of(tmp_path / "a.duckdb") == _shown("256MB")
        assert _limit_of(tmp_path / "b.duckdb") == _shown("300MB")


def test_db_memory_limit_duckdb_cannot_read_is_e302(db_path: Path) -> None:
    with pytest.raises(SitroomError) as info:
        Store(db_path, memory="lots")
    assert info.value.code == "E302" and "'lots'" in str(info.value)
    with Store(db_path, memory="1GB") as st:  # the failed open closed its connection: the file opens again
        assert st.schema_version == SCHEMA_VERSION


def test_db_tight_memory_limit_keeps_the_picture_and_export(tmp_path: Path) -> None:
    """A small limit makes DuckDB evict and spill, never changes what is stored or exported."""
    from tests.test_export import make_picture_corpus

    exports = []
    for name, memory in (("roomy.duckdb", "4GB"), ("tight.duckdb", "64MB")):
        with Store(tmp_path / name, memory=memory) as st:
            st.write_results(make_picture_corpus())
            st.rebuild_picture()
            exports.append(st.export_object())
    assert exports[0]["merged_events"] and exports[0] == exports[1]


def _index_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes() WHERE schema_name = 'main'").fetchall()}


def test_db_unused_indexes_are_dropped_from_an_older_database(db_path: Path) -> None:
    """A database written before migration 6 (every index of V1/V2, rows in the indexed tables) opens, loses
    exactly the indexes migrations 6 and 8 name, keeps its rows and the indexes queries use, and reads the
    same."""
    names = {s.split()[-1] for m in MIGRATIONS if m.version in (6, 8) for s in m.statements
             if s.startswith("DROP INDEX")}
    con = duckdb.connect(str(db_path))
    schema_at(con, 5)
    before = _index_names(con)
    con.close()
    assert names <= before  # each name is one V1/V2 created: a typo would drop nothing, silently
    with Store(db_path) as st:
        st.write_results(make_corpus())
        counts = st.counts()
        st.rebuild_picture()
        events = st.events()
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        assert _index_names(con) == before - names
        assert {"events_id", "evidence_record", "picture_event_sources_merged"} <= _index_names(con)
        assert not {"sentences_doc", "events_doc", "mentions_doc"} & _index_names(con)  # doc_seq instead
    finally:
        con.close()
    with Store(db_path) as fresh_store:  # reopening: nothing left to drop, the rerun of IF EXISTS is harmless
        assert fresh_store.schema_version == SCHEMA_VERSION
        assert fresh_store.counts() == counts and fresh_store.events() == events
    fresh = db_path.with_name("fresh.duckdb")
    with Store(fresh):
        pass
    con = duckdb.connect(str(fresh), read_only=True)
    try:
        assert _index_names(con) == before - names  # a new database ends with the same indexes
    finally:
        con.close()


def test_db_documents_gain_run_id_on_an_older_database(db_path: Path) -> None:
    """Migration 7 on a database of version 6 with a document in it: the row stays, stored by no known run;
    what is stored from then on names its run."""
    con = duckdb.connect(str(db_path))
    schema_at(con, 6)
    con.execute("INSERT INTO documents (id, source_path, segment, removed_lines, text, stored_at) "
                "VALUES ('0123456789abcdef', 'old.txt', 0, 0, 'An old story.', current_timestamp)")
    con.close()
    corpus = make_corpus()
    with Store(db_path) as st:
        assert st.schema_version == SCHEMA_VERSION and st.counts()["documents"] == 1
        run = st.start_run()
        st.write_results(corpus[:1], run_id=run)
        assert st.stored_by(["0123456789abcdef", corpus[0].document.id]) == {
            "0123456789abcdef": None, corpus[0].document.id: run}


RECORD_TABLES = ("sentences", "entities", "mentions", "places", "place_mentions", "events", "figures", "quotes",
                 "evidence")


def doc_seq_mismatches(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Per record table, the rows whose doc_seq is not their document's (migration 8: readers find a
    document's records by it, so one wrong number would hide a record)."""
    return {t: con.execute(f"SELECT count(*) FROM {t} r LEFT JOIN documents d ON d.id = r.doc_id "
                           "WHERE r.doc_seq IS DISTINCT FROM d.doc_seq").fetchone()[0] for t in RECORD_TABLES}


def test_db_doc_seq_numbers_an_older_database_and_exports_the_same(db_path: Path, tmp_path: Path) -> None:
    """Migration 8 on a database of version 7 holding records: every document gets its place in stored
    order, every record row its document's number, the doc_id indexes go, and the database exports, reads
    and takes new documents exactly as one written from the start with migration 8."""
    from sitroom.store import write

    corpus = make_corpus()
    con = duckdb.connect(str(db_path))
    schema_at(con, 7)
    for r in corpus[:-1]:  # one batch per document: the order the numbers must follow
        write.write_results(con, [r])
    con.close()
    fresh = tmp_path / "fresh.duckdb"
    with Store(fresh) as st:
        for r in corpus[:-1]:
            st.write_results([r])
    with Store(db_path) as old, Store(fresh) as new:
        assert old.schema_version == SCHEMA_VERSION
        con = old._writable("test")
        seqs = con.execute("SELECT id, doc_seq FROM documents ORDER BY doc_seq").fetchall()
        assert [s for _, s in seqs] == list(range(1, len(corpus)))
        assert [i for i, _ in seqs] == [r.document.id for r in corpus[:-1]]
        assert not any(doc_seq_mismatches(con).values())
        assert not {f"{t}_doc" for t in RECORD_TABLES} & _index_names(con)
        for st in (old, new):  # and a new document continues the numbering
            st.write_results(corpus[-1:])
        assert not any(doc_seq_mismatches(con).values()) and not any(doc_seq_mismatches(new._writable("test")).values())
        assert old.export_object() == new.export_object()
        for r in corpus:
            assert old.document(r.document.id) == new.document(r.document.id)
            assert old.events(doc_id=r.document.id) == new.events(doc_id=r.document.id)
