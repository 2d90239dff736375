"""Full-text search over documents: BM25 through DuckDB's fts extension when its index is current
(store/fts.py), else a substring scan. Results are document summaries with a snippet around the first hit.
"""

from __future__ import annotations

from typing import Any

import duckdb

from sitroom.errors import SitroomError
from sitroom.store import fts
from sitroom.store.query import DOCUMENT_COLUMNS, Where, _dicts, _page, count


def _search_where(text: str) -> tuple[Where, str]:
    """Documents whose title or text contains ``text`` (case-insensitive), and the stripped needle."""
    needle = text.strip()
    if not needle:
        raise SitroomError("E402", name="q", value=repr(text), reason="search text is empty")
    # contains() on lowered text: a plain substring test (no LIKE wildcards to escape), and twice as fast
    # as ILIKE with an ESCAPE clause.
    low = needle.lower()
    return Where().add("(contains(lower(title), ?) OR contains(lower(text), ?))", low, low), needle


def _bm25_terms(con: duckdb.DuckDBPyConnection, needle: str) -> list[str]:
    """The query words for BM25 search, or [] when search has to scan substrings (see ``search``)."""
    return fts.query_terms(con, needle) if fts.ready(con) else []


def _bm25_scores(terms: list[str]) -> tuple[str, list[Any]]:
    """A relation (id, score) of the documents matching every term, and its parameters."""
    # conjunctive: a multi-word query finds documents holding all of its words, as a search box is expected to.
    return (f"(SELECT id, {fts.INDEX_SCHEMA}.match_bm25(id, ?, conjunctive := ?) AS score FROM documents) s "
            "WHERE score IS NOT NULL", [" ".join(terms), len(terms) > 1])


def _snippet_sql(column: str, words: bool) -> str:
    """A 200-character window of ``column`` around the first hit of the whole query (parameter 1), or, with
    ``words``, of the earliest query word or its stem (parameters 2 and 3, the same list of words: "attacks"
    shows the text around "attacked"); the opening of the text when none of them occurs verbatim."""
    found = f"nullif(strpos(lower({column}), lower(?)), 0)"
    if words:
        found = (f"coalesce({found}, list_min([p FOR p IN [strpos(lower({column}), w) FOR w IN "
                 f"list_concat(?, [stem(w, 'porter') FOR w IN ?])] IF p > 0]))")
    return (f"CASE WHEN {found} IS NOT NULL THEN substr({column}, greatest({found} - 80, 1), 200 + length(?)) "
            f"ELSE substr({column}, 1, 200) END")


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Documents matching ``text`` in their title or text, best first, with a snippet around the first hit.

    With DuckDB's fts extension loaded and the index current (store/fts.py), this is BM25 full-text search:
    words are case-folded and Porter-stemmed ("attacks" finds "attacked"), English stop words are ignored, a
    multi-word query needs every word (in any order and place), results come by descending score, then id.
    Otherwise — no extension, no index yet, or documents written since the index was built, or a query of
    stop words and punctuation only — it is a case-insensitive substring scan of the exact text, newest first:
    exact and dependable, linear in the corpus size.
    """
    limit, offset = _page(limit, offset)
    where, needle = _search_where(text)
    terms = _bm25_terms(con, needle)
    if terms:
        scores, params = _bm25_scores(terms)
        # The page is cut first, so snippets are made for the documents shown, not for every match.
        return _dicts(con.execute(
            f"""WITH page AS (SELECT id, score FROM {scores} ORDER BY score DESC, id LIMIT ? OFFSET ?)
                SELECT {", ".join("d." + c.strip() for c in DOCUMENT_COLUMNS.split(","))},
                       {_snippet_sql("d.text", words=True)} AS snippet
                FROM page JOIN documents d USING (id) ORDER BY page.score DESC, d.id""",
            [*params, limit, offset, *[needle, terms, terms] * 2, needle],
        ))
    order = "published DESC NULLS LAST, source_path, segment, id"
    return _dicts(con.execute(
        f"""WITH hits AS (SELECT {DOCUMENT_COLUMNS}, text FROM documents {where.sql} ORDER BY {order}
                          LIMIT ? OFFSET ?)
            SELECT {DOCUMENT_COLUMNS}, {_snippet_sql("text", words=False)} AS snippet
            FROM hits ORDER BY {order}""",
        [*where.params, limit, offset, needle, needle, needle],
    ))


def count_search(con: duckdb.DuckDBPyConnection, text: str) -> int:
    """How many documents ``search`` finds for ``text`` over all pages."""
    where, needle = _search_where(text)
    terms = _bm25_terms(con, needle)
    if terms:
        scores, params = _bm25_scores(terms)
        row = con.execute(f"SELECT count(*) FROM {scores}", params).fetchone()
        return int(row[0]) if row else 0
    return count(con, "documents", where)


def search_engine(con: duckdb.DuckDBPyConnection) -> str:
    """"fts" when searches are ranked by BM25, "substring" when they fall back to the scan (see ``search``)."""
    return "fts" if fts.ready(con) else "substring"
