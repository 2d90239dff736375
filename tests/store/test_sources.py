"""The sources table and fetch log (migration 3): health counts, removal keeps history, re-runnable migration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitroom.errors import SitroomError
from sitroom.sources.registry import list_sources
from sitroom.store import Store
from sitroom.store.migrations import MIGRATIONS


def _at(minute: int) -> dt.datetime:
    return dt.datetime(2026, 1, 1, 12, minute)


def test_health_counts_last_success_failures_since_and_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        source, new = store.add_source("https://example.org/feed.xml", "Example")
        assert new and store.add_source("https://example.org/feed.xml")[1] is False
        sid = source["id"]
        store.log_fetches([
            {"at": _at(0), "source_id": sid, "what": "feed", "url": source["url"], "outcome": "failed",
             "code": "E604", "reason": "HTTP 503"},
            {"at": _at(1), "source_id": sid, "what": "feed", "url": source["url"], "outcome": "ok", "etag": '"a"'},
            {"at": _at(2), "source_id": sid, "what": "page", "url": "u1", "canonical_url": "u1",
             "outcome": "stored", "doc_id": "d1"},
            {"at": _at(3), "source_id": sid, "what": "page", "url": "u2", "canonical_url": "u2", "outcome": "failed"},
        ])
        [health] = store.sources()
        assert health["last_success"] == _at(1) and health["failures"] == 2
        assert health["failures_since_success"] == 1 and health["documents_added"] == 1
        assert store.fetch_validators(source["url"]) == ('"a"', None)
        assert store.settled_urls(["u1", "u2"]) == {"u1": "d1"}

        store.remove_source("Example")
        assert store.sources() == []
        assert len(store.fetch_log()) == 4  # history stays
        with pytest.raises(SitroomError, match="E603"):
            store.remove_source("Example")


def test_read_only_handle_cannot_add(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as store, pytest.raises(SitroomError, match="E304"):
        store.add_source("https://example.org/feed.xml")


def test_migration_is_rerunnable_and_an_older_database_is_upgraded_for_listing(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_source("https://example.org/feed.xml")
    sources_migration = next(m for m in MIGRATIONS if "fetch log" in m.description)
    import duckdb

    con = duckdb.connect(str(db))
    for statement in sources_migration.statements:  # IF NOT EXISTS: renumbering at a merge does no harm
        con.execute(statement)
    # Back to a database from before this migration.
    con.execute("DROP TABLE fetch_log")
    con.execute("DROP TABLE sources")
    # A database from before it is from before every later one too (>=: migrate() starts after the newest).
    con.execute("DELETE FROM schema_version WHERE version >= ?", [sources_migration.version])
    con.close()
    assert list_sources(db) == []
    with Store(db, read_only=True) as store:
        assert store.schema_version >= sources_migration.version
