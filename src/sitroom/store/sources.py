"""Sources followed and the fetch log (migration 3): the follower's memory, kept in the database it feeds.

Times are UTC (naive ``TIMESTAMP``), set by the caller: a fetch row records when the request was made,
not when the row was written. Every function takes a connection (or cursor), as records.py and write.py do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import duckdb

from sitroom.errors import SitroomError

FETCH_COLUMNS: tuple[str, ...] = (
    "at", "source_id", "what", "url", "canonical_url", "status", "bytes", "elapsed_ms", "outcome", "code",
    "reason", "etag", "last_modified", "content_hash", "doc_id",
)
# Pages whose fetch settled them for good: never requested again (dedup on canonical URL and content hash).
# A failed or robots-skipped page is tried again on a later pass: the server or its robots.txt may change.
SETTLED = ("stored", "duplicate")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def add_source(con: duckdb.DuckDBPyConnection, url: str, name: str | None = None) -> tuple[dict[str, Any], bool]:
    """The source for ``url`` and whether it is new (adding a URL twice keeps the first entry)."""
    found = con.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()
    if found is None:
        con.execute("INSERT INTO sources (url, name, added) VALUES (?, ?, ?)", [url, name, utcnow()])
    row = con.execute("SELECT id, url, name, kind, added FROM sources WHERE url = ?", [url])
    return _dicts(row)[0], found is None


def find_source(con: duckdb.DuckDBPyConnection, which: str, path: str) -> dict[str, Any]:
    """A source by id, URL or name (E603 when none matches)."""
    cur = con.execute(
        "SELECT id, url, name, kind, added FROM sources WHERE CAST(id AS VARCHAR) = ? OR url = ? OR name = ? "
        "ORDER BY id", [which, which, which],
    )
    rows = _dicts(cur)
    if not rows:
        raise SitroomError("E603", which=which, path=path)
    return rows[0]


def remove_source(con: duckdb.DuckDBPyConnection, which: str, path: str) -> dict[str, Any]:
    """Stop following a source. Its fetch log and the documents it brought stay: they are stored data."""
    source = find_source(con, which, path)
    con.execute("DELETE FROM sources WHERE id = ?", [source["id"]])
    return source


def set_kind(con: duckdb.DuckDBPyConnection, source_id: int, kind: str) -> None:
    con.execute("UPDATE sources SET kind = ? WHERE id = ? AND kind IS DISTINCT FROM ?", [kind, source_id, kind])


def sources(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every source with its health: last success, failures (since that success, and in all), documents
    added, and the last fetch of its feed or sitemap."""
    cur = con.execute(
        """
        WITH feed AS (
            SELECT source_id,
                   max("at") FILTER (WHERE outcome IN ('ok', 'not_modified')) AS last_success,
                   max("at") AS last_fetch,
                   arg_max(outcome, "at") AS last_outcome,
                   arg_max(coalesce(code || ': ' || reason, reason), "at") AS last_reason
            FROM fetch_log WHERE what = 'feed' GROUP BY source_id
        ), counts AS (
            SELECT f.source_id,
                   count(*) FILTER (WHERE f.outcome = 'failed') AS failures,
                   count(*) FILTER (WHERE f.outcome = 'failed'
                                    AND (feed.last_success IS NULL OR f."at" > feed.last_success))
                       AS failures_since_success,
                   count(DISTINCT f.doc_id) FILTER (WHERE f.outcome = 'stored') AS documents_added,
                   count(*) FILTER (WHERE f.what = 'page') AS pages_fetched
            FROM fetch_log f LEFT JOIN feed USING (source_id) GROUP BY f.source_id
        )
        SELECT s.id, s.url, s.name, s.kind, s.added, feed.last_success, feed.last_fetch, feed.last_outcome,
               feed.last_reason,
               coalesce(counts.failures, 0) AS failures,
               coalesce(counts.failures_since_success, 0) AS failures_since_success,
               coalesce(counts.documents_added, 0) AS documents_added,
               coalesce(counts.pages_fetched, 0) AS pages_fetched
        FROM sources s LEFT JOIN feed ON feed.source_id = s.id LEFT JOIN counts ON counts.source_id = s.id
        ORDER BY s.id
        """
    )
    return _dicts(cur)


def log_fetches(con: duckdb.DuckDBPyConnection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append fetch rows in one transaction (missing columns are NULL)."""
    if not rows:
        return
    values = [[row.get(c) for c in FETCH_COLUMNS] for row in rows]
    marks = ", ".join("?" for _ in FETCH_COLUMNS)
    names = ", ".join(f'"{c}"' for c in FETCH_COLUMNS)
    con.begin()
    try:
        con.executemany(f"INSERT INTO fetch_log ({names}) VALUES ({marks})", values)
        con.commit()
    except BaseException:
        con.rollback()
        raise


def validators(con: duckdb.DuckDBPyConnection, url: str) -> tuple[str | None, str | None]:
    """(ETag, Last-Modified) of the last good response for ``url``, for a conditional GET.

    A 304 row repeats the validators it was asked with, so the newest good row holds them; a good row without
    them (the pass left pages of that listing for later) means the next GET must not be conditional."""
    row = con.execute(
        "SELECT etag, last_modified FROM fetch_log WHERE url = ? AND what IN ('feed', 'sitemap') "
        "AND outcome IN ('ok', 'not_modified') ORDER BY \"at\" DESC LIMIT 1", [url],
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def settled_urls(con: duckdb.DuckDBPyConnection, canonical_urls: Iterable[str]) -> dict[str, str | None]:
    """Which canonical URLs are settled (stored or a duplicate), with the document they gave."""
    wanted = sorted(set(canonical_urls))
    if not wanted:
        return {}
    cur = con.execute(
        "SELECT canonical_url, max(doc_id) FROM fetch_log WHERE outcome IN ('stored', 'duplicate') "
        "AND canonical_url IN (SELECT unnest(?)) GROUP BY canonical_url", [wanted],
    )
    return {row[0]: row[1] for row in cur.fetchall()}


def seen_hash(con: duckdb.DuckDBPyConnection, content_hash: str) -> str | None:
    """The canonical URL of a settled page with exactly this body, if any."""
    row = con.execute(
        "SELECT canonical_url FROM fetch_log WHERE content_hash = ? AND outcome IN ('stored', 'duplicate') "
        "ORDER BY \"at\" LIMIT 1", [content_hash],
    ).fetchone()
    return row[0] if row else None


def documents_at(con: duckdb.DuckDBPyConnection, source_paths: Iterable[str]) -> dict[str, list[str]]:
    """Stored document ids by source path (a fetched page's source path is its canonical URL)."""
    wanted = sorted(set(source_paths))
    if not wanted:
        return {}
    cur = con.execute(
        "SELECT source_path, id FROM documents WHERE source_path IN (SELECT unnest(?)) ORDER BY source_path, segment",
        [wanted],
    )
    out: dict[str, list[str]] = {}
    for path, doc_id in cur.fetchall():
        out.setdefault(path, []).append(doc_id)
    return out


def fetch_log(con: duckdb.DuckDBPyConnection, limit: int = 100, source_id: int | None = None) -> list[dict[str, Any]]:
    """The newest fetch rows first."""
    where = "WHERE source_id = ?" if source_id is not None else ""
    params: list[Any] = [source_id] if source_id is not None else []
    cur = con.execute(
        f'SELECT {", ".join(chr(34) + c + chr(34) for c in FETCH_COLUMNS)} FROM fetch_log {where} '
        f'ORDER BY "at" DESC LIMIT ?', [*params, limit],
    )
    return _dicts(cur)


def arrivals(con: duckdb.DuckDBPyConnection, since: dt.datetime | None = None, limit: int = 100) -> dict[str, Any]:
    """What was stored after ``since`` (the database's clock; a day back when None): documents, newest first,
    and the merged events they report, so a client polling with its last answer's ``until`` sees only what
    is new."""
    if since is None:  # the database's own clock, as stored_at is written with it
        row = con.execute("SELECT CAST(current_timestamp AS TIMESTAMP) - INTERVAL 1 DAY").fetchone()
        since = row[0] if row else dt.datetime.min
    total = con.execute("SELECT count(*) FROM documents WHERE stored_at > ?", [since]).fetchone()
    docs = _dicts(con.execute(
        "SELECT id, title, url, source, published, stored_at FROM documents WHERE stored_at > ? "
        "ORDER BY stored_at DESC, id LIMIT ?", [since, limit],
    ))
    events = _dicts(con.execute(
        """
        SELECT e.id, e.type, e.date, e.country, e.place, e.actor, e.killed_best, e.wounded_best, e.n_sources,
               max(d.stored_at) AS arrived
        FROM picture_events e
        JOIN picture_event_sources s ON s.merged_id = e.id
        JOIN documents d ON d.id = s.doc_id
        WHERE d.stored_at > ?
        GROUP BY ALL
        ORDER BY arrived DESC, e.id LIMIT ?
        """, [since, limit],
    ))
    now = con.execute("SELECT CAST(current_timestamp AS TIMESTAMP)").fetchone()
    return {"since": since, "until": now[0] if now else None, "documents_total": int(total[0]) if total else 0,
            "documents": docs, "events": events}
