"""Writing batches: read-back, idempotence, atomicity, near-duplicate lookup, runs and problems."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pytest
from tests.factories import make_result

from sitroom.errors import problem
from sitroom.export import build_export
from sitroom.models import DocResult, stable_id
from sitroom.store import Store, write


def _export_order(results: list[DocResult]) -> list[DocResult]:
    return sorted(results, key=lambda r: (r.document.source_path, r.document.segment, r.document.id))


def test_write_then_read_back_gives_the_same_results(store: Store, corpus: list[DocResult]) -> None:
    assert store.load_results() == _export_order(corpus)
    assert store.export_object() == build_export(corpus)


def test_write_returns_new_ids_and_twice_changes_nothing(db_path: Path, corpus: list[DocResult]) -> None:
    with Store(db_path) as st:
        first = st.write_results(corpus)
        before = st.counts()
        again = st.write_results(corpus)
        assert sorted(first) == sorted(r.document.id for r in corpus)
        assert again == []
        assert st.counts() == before
        assert before["documents"] == len(corpus)


def test_write_same_document_twice_in_one_batch_is_stored_once(db_path: Path) -> None:
    result = make_result("twice")
    with Store(db_path) as st:
        assert st.write_results([result, copy.deepcopy(result)]) == [result.document.id]
        assert st.counts()["events"] == len(result.events)


def test_write_failure_mid_batch_leaves_database_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_counts = store.counts()
    before_export = store.export_object()
    real_insert = write.insert_table
    calls: list[str] = []

    def failing_insert(con: object, table: str, rows: pa.Table, run_id: str | None = None,
                       seqs: Mapping[str, int] | None = None) -> None:
        calls.append(table)
        if len(calls) > 1:  # the documents table went in; the next table blows up
            raise RuntimeError("disk full")
        real_insert(con, table, rows, run_id, seqs)

    monkeypatch.setattr(write, "insert_table", failing_insert)
    fresh = [make_result("late-1"), make_result("late-2", published="2024-06-01")]
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_results(fresh, problems=[problem("late.txt", "E103")])
    assert calls[:2] == ["documents", "sentences"]
    assert store.counts() == before_counts
    assert store.export_object() == before_export
    assert store.known_ids(r.document.id for r in fresh) == set()

    # After the crash the same batch can simply be written again.
    monkeypatch.setattr(write, "insert_table", real_insert)
    assert sorted(store.write_results(fresh)) == sorted(r.document.id for r in fresh)
    assert store.counts()["documents"] == before_counts["documents"] + 2


def test_write_known_ids_reports_stored_documents(store: Store, corpus: list[DocResult]) -> None:
    ids = [r.document.id for r in corpus]
    assert store.known_ids([*ids, "not-a-document"]) == set(ids)
    assert store.known_ids([]) == set()


def test_write_near_duplicate_within_three_bits(db_path: Path) -> None:
    original = make_result("wire")
    other = make_result("other", published="2023-01-01")
    fp = 0x9E3779B97F4A7C15  # top bit set: exercises the unsigned 64-bit column
    far = fp ^ 0x0F0F_0F0F_0000_0F00  # 20 bits away, spread over every band
    with Store(db_path) as st:
        st.write_results([original, other], fingerprints={original.document.id: fp, other.document.id: far})
        near = fp ^ (1 << 3) ^ (1 << 40)  # 2 bits away
        assert st.find_near_duplicate(near) == original.document.id
        assert st.find_near_duplicate(fp) == original.document.id
        assert st.find_near_duplicate(far ^ 1) == other.document.id
        assert st.find_near_duplicate(fp ^ 0xFF) is None  # 8 bits away from the nearest
        # 24 bits from the original and 28 from the other: no match.
        assert st.find_near_duplicate(fp ^ 0x0000_0F0F_0F0F_00F0 ^ 0x0F) is None


def test_write_near_duplicate_accepts_signed_fingerprints(db_path: Path) -> None:
    result = make_result("signed")
    with Store(db_path) as st:
        st.write_results([result], fingerprints={result.document.id: -2})
        assert st.find_near_duplicate((1 << 64) - 2) == result.document.id
        assert st.find_near_duplicate(-2) == result.document.id


def test_write_documents_without_fingerprint_are_never_near_duplicates(store: Store) -> None:
    assert store.find_near_duplicate(0) is None


def test_write_runs_and_problems_are_recorded(db_path: Path) -> None:
    with Store(db_path) as st:
        run_id = st.start_run()
        st.write_results(
            [make_result("run")],
            problems=[problem("empty.txt", "E103"), problem("pic.png", "E111", suffix=".png")],
            run_id=run_id,
        )
        st.write_results([], problems=[problem("other.txt", "E103")], run_id="another-run")
        st.finish_run(run_id, {"documents": 1, "skipped": 2})
        got = st.problems(run_id)
        assert [(p["path"], p["code"]) for p in got] == [("empty.txt", "E103"), ("pic.png", "E111")]
        assert "unsupported file type: .png" in got[1]["message"]
        assert len(st.problems()) == 3
        (run,) = st.runs()
        assert run["run_id"] == run_id
        assert run["counts"] == {"documents": 1, "skipped": 2}
        assert run["finished"] >= run["started"]


def test_write_batches_of_32_large_documents_store_every_record(db_path: Path) -> None:
    # How fast such batches are written is benchmarks/scale.py's "client write ceiling", measured there in one
    # run beside the rest; a timed assertion here failed on a busy machine (0.54 s against 0.5) without a change
    def big(i: int) -> DocResult:
        result = make_result(f"bulk-{i}")
        for k in range(45):  # ~50 records per document
            extra = copy.deepcopy(result.events[0])
            extra.id = stable_id(result.document.id, "extra", k)
            result.events.append(extra)
        return result

    batches = [[big(b * 32 + i) for i in range(32)] for b in range(4)]
    with Store(db_path) as st:
        for batch in batches:
            st.write_results(batch)
        assert st.counts()["events"] == 4 * 32 * 48
        assert st.counts()["documents"] == 4 * 32


def test_write_near_duplicates_batch_matches_single_lookups(db_path: Path) -> None:
    a, b = make_result("batch-a"), make_result("batch-b")
    fp_a, fp_b = 0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210
    with Store(db_path) as st:
        st.write_results([a, b], fingerprints={a.document.id: fp_a, b.document.id: fp_b})
        queries = {"near-a": fp_a ^ 0b11, "near-b": fp_b ^ (1 << 63), "far": fp_a ^ 0xFFFF_0000_FFFF}
        got = st.find_near_duplicates(queries)
        assert got == {"near-a": a.document.id, "near-b": b.document.id}
        assert got == {k: v for k in queries if (v := st.find_near_duplicate(queries[k])) is not None}
        assert st.find_near_duplicates({}) == {}


def test_write_stored_by_names_the_run_that_stored_each_document(db_path: Path, corpus: list[DocResult]) -> None:
    """documents.run_id: what ingest asks to tell its own duplicates (W202) from an earlier run's (W204)."""
    with Store(db_path) as st:
        first, second = st.start_run(), st.start_run()
        st.write_results(corpus[:2], run_id=first)
        st.write_results(corpus[1:3], run_id=second)  # the second document again: it keeps its first run
        st.write_results(corpus[3:])  # outside a run (a test, a tool): no run
        ids = [r.document.id for r in corpus]
        assert st.stored_by([*ids, "not-a-document"]) == {
            ids[0]: first, ids[1]: first, ids[2]: second, ids[3]: None}
        assert st.stored_by([]) == {}
        assert st.known_ids(ids) == set(ids)


def test_write_numbers_documents_in_stored_order_and_skips_a_stored_id(db_path: Path, corpus: list[DocResult]) -> None:
    """doc_seq (migration 8): each new document the next number, each of its record rows the same one; a
    document already stored is skipped by its PRIMARY KEY lookup (no doc_id index is needed) and takes no
    number; a document's page reads the same whichever batch stored it."""
    with Store(db_path) as store:
        _numbered_in_stored_order(store, corpus)


def _numbered_in_stored_order(store: Store, corpus: list[DocResult]) -> None:
    from tests.store.test_db import doc_seq_mismatches

    first, rest = corpus[:2], corpus[2:]
    assert store.write_results(first) == [r.document.id for r in first]
    assert store.write_results([*first[:1], *rest]) == [r.document.id for r in rest]  # the stored one skipped
    con = store._writable("test")
    seqs = con.execute("SELECT id, doc_seq FROM documents ORDER BY doc_seq").fetchall()
    assert seqs == [(r.document.id, i) for i, r in enumerate(corpus, start=1)]
    assert not any(doc_seq_mismatches(con).values())
    assert store.counts()["events"] == sum(len(r.events) for r in corpus)
    for r in corpus:
        page = store.document(r.document.id)
        assert [e["id"] for e in page["events"]] == [e["id"] for e in store.events(doc_id=r.document.id,
                                                                                  order="document")]
        assert len(page["entities"]) == len(r.entities) and len(page["places"]) == len(r.places)
