"""Full-text search over documents: BM25 over the index of DuckDB's fts extension, scored from the postings
sitroom keeps beside it, when that index is current (store/fts.py), else a substring scan. Results are document
summaries with a snippet around the first hit.
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


def _bm25_scores(con: duckdb.DuckDBPyConnection, terms: list[str]) -> tuple[str, list[Any]]:
    """A relation (rank, score) of the documents holding every term, and its parameters.

    Read from the precomputed postings (store/fts.py): only the query terms' rows, which sit together, are
    scanned; a document's score is the sum of its terms' weights, as match_bm25 computes it. Conjunctive: a
    multi-word query finds documents holding all of its words, as a search box is expected to.
    """
    found = fts.term_ids(con, terms)
    postings = f"{fts.INDEX_SCHEMA}.postings"
    if found is None:  # a word no document holds
        return f"(SELECT rank, weight AS score FROM {postings} WHERE false) s", []
    ids = [termid for termid, _ in found]
    if len(ids) == 1:  # one term: its postings are the scores
        return f"(SELECT rank, weight AS score FROM {postings} WHERE termid = ?) s", ids
    # One term's postings joined to the next's on the document, rarest term first: the hash join passes the
    # rare term's documents down to the scans of the frequent ones ("town 4242" reads a few rows), and joining
    # is 4x faster than grouping every posting by document when all the words are frequent (80 vs 330 ms at
    # 1,000,000 documents). Weights are added in one fixed order, so equal scores stay equal.
    parts = [f"(SELECT rank, weight FROM {postings} WHERE termid = ?) t{i}" for i in range(len(ids))]
    score = " + ".join(f"t{i}.weight" for i in range(len(ids)))
    joins = "".join(f" JOIN {part} USING (rank)" for part in parts[1:])
    return f"(SELECT t0.rank, {score} AS score FROM {parts[0]}{joins}) s", ids


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


def _bm25_page(con: duckdb.DuckDBPyConnection, needle: str, terms: list[str], limit: int,
               offset: int) -> list[dict[str, Any]]:
    """One page of BM25 hits for ``terms``, best first, with snippets around ``needle`` or its words."""
    scores, params = _bm25_scores(con, terms)
    # The page is cut first, on numbers only (ranks follow ids); then its ids are looked up, and snippets
    # made, for the documents shown only. Separate statements: values given as literal lists let DuckDB find
    # the rows through an index (ranks.rank, documents' primary key) instead of joining (and scanning) a
    # whole table: 100 ms less at 1,000,000 documents.
    ranks = [int(r[0]) for r in con.execute(
        f"SELECT rank FROM {scores} ORDER BY score DESC, rank LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()]
    if not ranks:
        return []
    names = dict(con.execute(  # rank -> id, through the index on ranks.rank
        f"""SELECT rank, "name" FROM {fts.INDEX_SCHEMA}.ranks WHERE rank IN ({", ".join("?" * len(ranks))})""",
        ranks).fetchall())
    page = [str(names[r]) for r in ranks]
    hits = _dicts(con.execute(
        f"""SELECT {DOCUMENT_COLUMNS}, {_snippet_sql("text", words=True)} AS snippet
            FROM documents WHERE id IN ({", ".join("?" * len(page))})""",
        [*[needle, terms, terms] * 2, needle, *page],
    ))
    position = {doc_id: i for i, doc_id in enumerate(page)}
    return sorted(hits, key=lambda h: position[h["id"]])


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
        return _bm25_page(con, needle, terms, limit, offset)
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
        scores, params = _bm25_scores(con, terms)
        row = con.execute(f"SELECT count(*) FROM {scores}", params).fetchone()
        return int(row[0]) if row else 0
    return count(con, "documents", where)


def search_engine(con: duckdb.DuckDBPyConnection) -> str:
    """"fts" when searches are ranked by BM25, "substring" when they fall back to the scan (see ``search``)."""
    return "fts" if fts.ready(con) else "substring"
