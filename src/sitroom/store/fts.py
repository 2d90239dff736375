"""Full-text search with BM25 ranking: DuckDB's ``fts`` extension, loaded from the ``duckdb-ext-fts`` package.

``INSTALL fts`` downloads the extension from DuckDB's repository; sitroom never downloads anything at run time, so
the extension file comes from PyPI instead (``duckdb-ext-fts``, pinned to the engine version in pyproject.toml).
It is looked up for the running duckdb version and platform and loaded into each connection to a database that
has an index (``load_if_indexed``, from store.db.connect) or is about to get one (``build_index``).

The index (schema ``fts_main_documents``) covers documents' title and text. DuckDB does not maintain it on writes:
``build_index`` rebuilds it after each ingest run (``Store.rebuild_picture``). Searches use it only when the
extension is loaded and the index covers every stored document (``ready``); otherwise store.search falls back to a
substring scan, so a missing or stale index never gives partial results. ``SITROOM_SEARCH=substring`` in the
environment forces that fallback (for comparisons and as an escape hatch).
"""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

import duckdb

INDEX_SCHEMA = "fts_main_documents"
# The extension's default tokenizer drops digits as well as punctuation; years, casualty counts and UN resolution
# numbers are worth finding, so this is the default set of separators without 0-9.
IGNORE = r"[!@#$%^&*()_+={}\[\]:;<>,.?~\\/\|'\"`-]+"
DISABLE_ENV = "SITROOM_SEARCH"


def _package_dirs() -> list[Path]:
    """Where the ``duckdb_ext`` namespace package (of duckdb-ext-* wheels) is installed; [] if it is not."""
    try:
        spec = importlib.util.find_spec("duckdb_ext")
    except (ImportError, ValueError):
        return []
    return [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []


@functools.cache
def _path_for(version: str, platform: str) -> Path | None:
    for base in _package_dirs():
        candidate = base / "extensions" / f"v{version}" / platform / "fts.duckdb_extension"
        if candidate.is_file():
            return candidate
    return None


def extension_path(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The fts extension file built for this duckdb version and platform (linux_amd64, osx_arm64 ...), if any."""
    row = con.execute("PRAGMA platform").fetchone()
    version = duckdb.__version__.removeprefix("v")
    return _path_for(version, str(row[0])) if row else None


def load(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the extension into ``con``'s database; False (never an error) when it is unavailable or disabled."""
    if os.environ.get(DISABLE_ENV, "").strip().lower() == "substring":
        return False
    path = extension_path(con)
    if path is None:
        return False
    try:
        con.execute(f"LOAD '{path.as_posix()}'")
    except duckdb.Error:  # a damaged file or an engine/extension mismatch: search still works by substring
        return False
    return True


def load_if_indexed(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the extension when the database has a search index (so it can be used); a database without one
    does not pay the ~50 ms load at every open."""
    return indexed_count(con) is not None and (loaded(con) or load(con))


def loaded(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'fts'").fetchone()
    return bool(row and row[0])


def indexed_count(con: duckdb.DuckDBPyConnection) -> int | None:
    """How many documents the index covers; None when there is no index."""
    found = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = 'stats'", [INDEX_SCHEMA]
    ).fetchone()
    if not found or not found[0]:
        return None
    row = con.execute(f"SELECT num_docs FROM {INDEX_SCHEMA}.stats").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def ready(con: duckdb.DuckDBPyConnection) -> bool:
    """The extension is loaded and the index covers exactly the stored documents (not missing, not stale)."""
    if not loaded(con):
        return False
    indexed = indexed_count(con)
    if indexed is None:
        return False
    row = con.execute("SELECT count(*) FROM documents").fetchone()
    return row is not None and int(row[0]) == indexed


def stale(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the index could be built and does not cover exactly the stored documents (a run killed between
    saving its picture and indexing): ``Store.ensure_picture`` then rebuilds it."""
    if extension_path(con) is None:
        return False  # nothing to build it with: search scans substrings, which is never stale
    row = con.execute("SELECT count(*) FROM documents").fetchone()
    return (indexed_count(con) or 0) != (int(row[0]) if row else 0)


def build_index(con: duckdb.DuckDBPyConnection) -> int | None:
    """(Re)build the index over documents' title and text; returns documents indexed, None without the extension.

    Porter stemming and the extension's English stop words; accents stripped, case folded. Needs a writable
    connection: a read-only one keeps whatever index the last ingest built.
    """
    if not (loaded(con) or load(con)):
        return None
    ignore = IGNORE.replace("'", "''")
    con.execute(
        f"PRAGMA create_fts_index('documents', 'id', 'title', 'text', stemmer = 'porter', stopwords = 'english', "
        f"ignore = '{ignore}', strip_accents = 1, lower = 1, overwrite = 1)"
    )
    return indexed_count(con)


def query_terms(con: duckdb.DuckDBPyConnection, text: str) -> list[str]:
    """The words of ``text`` the index can match: tokenized as the index was, minus stop words and empty tokens.

    ``match_bm25`` counts every query token when ``conjunctive`` is set, stop words included, and those are
    never indexed; so they are dropped here first. [] means nothing searchable (only stop words or punctuation).
    """
    rows = con.execute(
        f"""SELECT t FROM (SELECT unnest({INDEX_SCHEMA}.tokenize(?)) AS t, generate_subscripts(
                               {INDEX_SCHEMA}.tokenize(?), 1) AS i)
            WHERE t <> '' AND t NOT IN (SELECT sw FROM {INDEX_SCHEMA}.stopwords) ORDER BY i""",
        [text, text],
    ).fetchall()
    seen: dict[str, None] = dict.fromkeys(str(r[0]) for r in rows)
    return list(seen)
