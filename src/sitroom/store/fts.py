"""Full-text search with BM25 ranking: DuckDB's ``fts`` extension, loaded from the ``duckdb-ext-fts`` package.

``INSTALL fts`` downloads the extension from DuckDB's repository; sitroom never downloads anything at run time, so
the extension file comes from PyPI instead (``duckdb-ext-fts``, pinned to the engine version in pyproject.toml).
It is looked up for the running duckdb version and platform and loaded into each connection to a database that
has an index (``load_if_indexed``, from store.db.connect) or is about to get one (``build_index``).

The index (schema ``fts_main_documents``) covers documents' title and text. Next to the extension's own tables,
``build_index`` keeps two of sitroom's: ``postings`` holds each (term, document) pair once with its BM25 weight,
precomputed and sorted by term, and ``ranks`` maps a document's rank in id order to its id. The extension's
``match_bm25`` scores every stored document for every query (881 ms at 1,000,000 documents, seconds for frequent
words); store.search instead reads only the postings of the query's terms, which the sort keeps in a few row
groups that DuckDB's zone maps find, and cuts the page before joining the documents.
DuckDB does not maintain it on writes:
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
# BM25 parameters: the extension's defaults (match_bm25's k and b), so scores are the ones it computes.
BM25_K = 1.2
BM25_B = 0.75
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
    """How many documents the index covers; None when there is no index, or one built before sitroom kept
    postings next to it (it is then stale, and the next writable open rebuilds it)."""
    found = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name IN ('stats', 'postings', 'ranks')",
        [INDEX_SCHEMA],
    ).fetchone()
    if not found or found[0] != 3:
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
    _build_postings(con)
    return indexed_count(con)


def _build_postings(con: duckdb.DuckDBPyConnection) -> None:
    """The ``ranks`` and ``postings`` tables (see the module's docstring) from the extension's tables.

    A weight is match_bm25's subscore for one term in one document, the same expression: a document's score is
    the sum of its query terms' weights. Ranks follow document ids, so "score, then id" orders by two numbers.
    Postings are sorted by term so that a term's rows sit together and zone maps skip every other row group.
    """
    s = INDEX_SCHEMA
    con.execute(f"""CREATE OR REPLACE TABLE {s}.ranks AS
                    SELECT docid, "name", len, row_number() OVER (ORDER BY "name") - 1 AS rank FROM {s}.docs
                    ORDER BY rank""")
    con.execute(f"""CREATE OR REPLACE TABLE {s}.postings AS
        WITH tf AS (SELECT termid, docid, count(*) AS tf FROM {s}.terms GROUP BY termid, docid)
        SELECT tf.termid, r.rank,
               log(((st.num_docs - d.df) + 0.5) / (d.df + 0.5) + 1)
               * ((tf.tf * ({BM25_K} + 1)) / (tf.tf + ({BM25_K} * ((1 - {BM25_B}) + ({BM25_B} * (r.len / st.avgdl))))))
               AS weight
        FROM tf JOIN {s}.ranks r USING (docid) JOIN {s}.dict d USING (termid), {s}.stats st
        ORDER BY tf.termid, weight DESC, r.rank""")
    # Only rank -> id is read at search time; docid and len served the build.
    con.execute(f"ALTER TABLE {s}.ranks DROP COLUMN docid")
    con.execute(f"ALTER TABLE {s}.ranks DROP COLUMN len")
    # A page's ranks, and a query's words, are a handful of values spread over a million rows: zone maps cannot
    # skip much for them (29 ms for 20 ranks at 1,000,000 documents), an ART index finds them in about 1 ms.
    con.execute(f"CREATE INDEX ranks_rank ON {s}.ranks (rank)")
    con.execute(f"CREATE INDEX dict_term ON {s}.dict (term)")


def term_ids(con: duckdb.DuckDBPyConnection, terms: list[str]) -> list[tuple[int, int]] | None:
    """The index's (id, document frequency) of ``terms`` (query words from ``query_terms``) once Porter-stemmed,
    without repeats, rarest first; None when one of them is in no document (a search needing every word then
    finds nothing)."""
    stems = [str(r[0]) for r in con.execute(
        "SELECT DISTINCT stem(t, 'porter') FROM unnest(?::VARCHAR[]) u(t)", [terms]).fetchall()]
    if not stems:
        return None
    # Literal values, so that the lookup goes through the index on dict.term.
    rows = con.execute(f"SELECT termid, df FROM {INDEX_SCHEMA}.dict WHERE term IN ({', '.join('?' * len(stems))})",
                       stems).fetchall()
    if len(rows) < len(stems):
        return None
    return sorted(((int(r[0]), int(r[1])) for r in rows), key=lambda t: (t[1], t[0]))


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
