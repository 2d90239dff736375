"""The picture-stale mark: set in each batch's transaction, cleared in the picture's, honoured on open."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from tests.factories import schema_at
from tests.test_export import make_picture_corpus

from sitroom.errors import SitroomError
from sitroom.models import IngestProblem
from sitroom.store import Store, picture, state, write
from sitroom.store.db import migrate


def test_state_batch_marks_stale_and_rebuild_clears(db_path: Path) -> None:
    with Store(db_path) as st:
        assert not st.picture_stale()
        st.write_results(make_picture_corpus())
        assert st.picture_stale()
        assert "merged_events" not in st.export_object()  # a stale picture is never exported
        assert st.ensure_picture() is True
        assert not st.picture_stale()
        assert st.export_object()["merged_events"]
        assert st.ensure_picture() is False  # nothing stored since: no second rebuild


def test_state_rewriting_stored_documents_does_not_mark_stale(db_path: Path) -> None:
    corpus = make_picture_corpus()
    with Store(db_path) as st:
        st.write_results(corpus)
        st.rebuild_picture()
        st.write_results(corpus)  # every id already stored: nothing new for the picture
        assert not st.picture_stale()


def test_state_mark_rolls_back_with_its_batch(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise duckdb.IOException("IO Error: Could not write file: No space left on device")

    with Store(db_path) as st:
        monkeypatch.setattr(write, "insert_problems", broken)
        with pytest.raises(SitroomError) as err:
            st.write_results(make_picture_corpus(), [IngestProblem(path="x", code="E103", message="empty")])
        assert err.value.code == "E305"  # the real failure, not "cannot rollback - no transaction"
        assert st.counts()["documents"] == 0 and not st.picture_stale()


def test_state_failed_picture_save_keeps_the_mark(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db_path) as st:
        st.write_results(make_picture_corpus())
        monkeypatch.setattr(picture, "_column_types", lambda *_: (_ for _ in ()).throw(
            duckdb.InternalException("INTERNAL Error: killed half way")))
        with pytest.raises(SitroomError) as err:
            st.rebuild_picture()
        assert err.value.code == "E306"
        assert st.picture_stale()
        monkeypatch.undo()
        assert st.ensure_picture() and not st.picture_stale()


def _v2_database(path: Path, with_picture: bool) -> None:
    """A database as sitroom wrote it before migration 3, holding the picture corpus."""
    con = duckdb.connect(str(path))
    schema_at(con, 2)
    # Today's writer marks the picture stale; a temporary table takes the mark and vanishes on close, leaving
    # the file exactly as a version-2 sitroom left it.
    con.execute("CREATE TEMP TABLE store_state (key VARCHAR, value VARCHAR)")
    # ... and so does the id history today's picture writer keeps (migration 4)
    con.execute("CREATE TEMP TABLE picture_ids (kind VARCHAR, id VARCHAR, born INTEGER, current_id VARCHAR)")
    write.write_results(con, make_picture_corpus())
    if with_picture:
        picture.save_picture(con, picture.build_from_results(make_picture_corpus()))
    con.close()


@pytest.mark.parametrize("with_picture", [False, True])
def test_state_migration_marks_an_unbuilt_picture_stale(db_path: Path, with_picture: bool) -> None:
    _v2_database(db_path, with_picture)
    con = duckdb.connect(str(db_path))
    try:
        migrate(con, str(db_path))
        assert state.picture_stale(con) is not with_picture
    finally:
        con.close()


def test_state_problems_one_row_per_problem_per_run(db_path: Path) -> None:
    empty = IngestProblem(path="in/empty.txt", code="E103", message="empty file")
    with Store(db_path) as st:
        st.write_results([], [empty, empty], run_id="r1")
        st.write_results([], [empty], run_id="r1")  # the same line again in a later batch of the run
        st.write_results([], [empty], run_id="r2")
        rows = st.problems()
    assert sorted((r["run_id"], r["code"]) for r in rows) == [("r1", "E103"), ("r2", "E103")]
