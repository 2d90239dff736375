"""``Store``: the one handle on a sitroom database that the CLI, the API and the web UI use."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

import duckdb

from sitroom.errors import SitroomError
from sitroom.models import DocResult, IngestProblem
from sitroom.store import fts, picture, picture_update, records, results, state, write
from sitroom.store import search as fulltext
from sitroom.store import sources as followed
from sitroom.store.db import connect, release_free_memory, schema_version
from sitroom.store.failures import coded

DEFAULT_PATH = "sitroom.duckdb"
log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def _reader(fn: Callable[Concatenate[duckdb.DuckDBPyConnection, P], R]) -> Callable[Concatenate[Store, P], R]:
    """A Store method that runs ``fn`` (a read/write/picture query function) on a fresh cursor.

    Every read is ``with self._cursor() as cur: return fn(cur, ...)``; this writes that once. The method
    keeps ``fn``'s signature (type checkers and ``help()`` see the real parameters) and docstring.
    """

    def method(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with coded(self.path), self._cursor() as cur:
            return fn(cur, *args, **kwargs)

    method.__name__ = method.__qualname__ = fn.__name__
    method.__doc__ = fn.__doc__
    method.__wrapped__ = fn  # type: ignore[attr-defined]  # inspect.signature follows it
    return method


class Store:
    """A DuckDB database of documents and the records read from them.

    Writes go through ``write_results`` (one transaction per batch, idempotent by document id). Reads run
    on a fresh cursor each, so one Store can serve several threads (e.g. the API's worker threads).
    Open it as a context manager, or call ``close()``. A failure of the storage itself (full disk, a file
    that breaks while in use) surfaces as SitroomError E305/E306, never as a DuckDB error.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False, memory: str | None = None) -> None:
        """``memory``: DuckDB's memory limit for this database ("2GB"; default $SITROOM_DB_MEMORY, else a
        quarter of physical memory: store/db.py)."""
        self.path = str(path)
        self.read_only = read_only
        self.memory = memory
        self._con = connect(path, read_only=read_only, memory=memory)

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            self.close()
            return
        # Already failing (often the disk): a second error from closing would hide the first.
        with suppress(SitroomError):
            self.close()

    def close(self) -> None:
        with coded(self.path):
            self._con.close()

    def reopen(self) -> None:
        """Close the connection and open the database again. A long ingest calls it every ``REOPEN_EVERY``
        documents: DuckDB never evicts the ART indexes it has touched, and its native memory outside the
        buffer pool's accounting rises once the pool sits at its limit; closing the last connection to the
        file frees both, and the indexes are read back from the file only as far as later writes touch them
        (docs/cluster.md, "The client's memory"). Only between transactions, with no cursor of this Store
        open. When another connection of this process holds the file (a server's web handle), the database
        instance stays up and this costs a checkpoint and gains nothing."""
        self.close()
        release_free_memory()  # what closing freed, back to the OS before the next 2,000 documents reuse it
        self._con = connect(self.path, read_only=self.read_only, memory=self.memory)

    @property
    def schema_version(self) -> int:
        return schema_version(self._con)

    def _writable(self, action: str) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise SitroomError("E304", path=self.path, action=action)
        return self._con

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    # ------------------------------------------------------------------ writing

    def write_results(
        self,
        results: Sequence[DocResult],
        problems: Sequence[IngestProblem] = (),
        run_id: str | None = None,
        fingerprints: Mapping[str, int] | None = None,
    ) -> list[str]:
        """Store a batch atomically; already-stored document ids are skipped. Returns the ids written.

        ``fingerprints`` maps document id to its 64-bit simhash (from cleaning) for near-duplicate lookup.
        """
        con = self._writable("writing results")
        with coded(self.path):
            return write.write_results(con, results, problems, run_id, fingerprints)

    def start_run(self) -> str:
        con = self._writable("starting a run")
        with coded(self.path):
            return write.start_run(con)

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        con = self._writable("finishing a run")
        with coded(self.path):
            write.finish_run(con, run_id, counts)

    # ------------------------------------------------------------------ ingest helpers

    known_ids = _reader(write.known_ids)
    stored_by = _reader(write.stored_by)
    find_near_duplicate = _reader(write.find_near_duplicate)
    nearest_duplicate = _reader(write.nearest_duplicate)
    find_near_duplicates = _reader(write.find_near_duplicates)
    counts = _reader(records.counts)
    problems = _reader(records.problems)
    runs = _reader(records.runs)

    # ------------------------------------------------------------------ export

    def iter_results(self, chunk_size: int = 500) -> Iterator[DocResult]:
        """Every stored document as a DocResult, in export order, loaded a chunk at a time."""
        with coded(self.path), self._cursor() as cur:
            yield from results.iter_results(cur, chunk_size)

    def load_results(self) -> list[DocResult]:
        return list(self.iter_results())

    def export_object(self) -> dict[str, Any]:
        """The ``sitroom/1`` object: what ``build_export`` gives for the stored DocResults, with the stored
        picture's ``merged_events`` and ``series`` when the picture has been built from them (ingest
        rebuilds it) — then the same object ``build_export_with_picture`` gives for those DocResults."""
        from sitroom.export import build_export, with_picture

        obj = build_export(self.iter_results())
        with coded(self.path), self._cursor() as cur:
            sections = picture.export_sections(cur)
        return obj if sections is None else with_picture(obj, *sections)

    # ------------------------------------------------------------------ read API (see records.py and search.py)

    documents = _reader(records.documents)
    count_documents = _reader(records.count_documents)
    document = _reader(records.document)
    events = _reader(records.events)
    count_events = _reader(records.count_events)
    event = _reader(records.event)
    figures = _reader(records.figures)
    quotes = _reader(records.quotes)
    count_quotes = _reader(records.count_quotes)
    entities = _reader(records.entities)
    count_entities = _reader(records.count_entities)
    places = _reader(records.places)
    count_places = _reader(records.count_places)
    search = _reader(fulltext.search)
    count_search = _reader(fulltext.count_search)
    stats = _reader(records.stats)

    # ------------------------------------------------------------------ the cross-source picture (picture.py)

    def rebuild_picture(self, overrides_path: str | Path | None = None) -> dict[str, int]:
        """Rebuild the merged events, series, statements and entities from every stored record, replacing
        the stored picture in one transaction, then the search index. Returns rows written per picture table."""
        con = self._writable("rebuilding the picture")
        log.info("picture: rebuilding from every stored record")
        with coded(self.path):
            counts = picture.rebuild_picture(con, overrides_path)
        log.info("picture: saved (%d merged events)", counts.get("picture_events", 0))
        # Rebuilt here because every ingest run ends with this call: search then covers what was just written.
        self.rebuild_search_index()
        return counts

    def update_picture(self, overrides_path: str | Path | None = None) -> dict[str, int]:
        """Bring the picture up to date after documents were stored: only the merged events, series,
        statements and entities the new documents reach are recomputed (store/picture_update.py), with the
        result a rebuild would give; a full rebuild when that cannot be trusted. Then the search index."""
        con = self._writable("updating the picture")
        # "picture: rebuilding" marks the start of the picture phase for the kill/resume harness too.
        log.info("picture: rebuilding where the documents stored since it was built reach")
        with coded(self.path):
            counts = picture_update.update_picture(con, overrides_path)
        self.rebuild_search_index()
        return counts

    def rebuild_search_index(self) -> int | None:
        """Rebuild the full-text (BM25) index over every stored document; returns documents indexed, or None
        when the fts extension is unavailable (search then scans substrings, see store/fts.py)."""
        con = self._writable("rebuilding the search index")
        log.info("search index: rebuilding")
        with coded(self.path):
            indexed = fts.build_index(con)
        log.info("search index: done")
        return indexed

    def picture_stale(self) -> bool:
        """Whether documents were stored after the picture was last built (a run killed before its rebuild,
        a full disk during it ...): the stored picture then misses them."""
        with coded(self.path), self._cursor() as cur:
            return state.picture_stale(cur)

    def search_index_stale(self) -> bool:
        """Whether the search index misses stored documents (killed between the picture and the index)."""
        with coded(self.path), self._cursor() as cur:
            return fts.stale(cur)

    def ensure_picture(self, overrides_path: str | Path | None = None) -> bool:
        """Rebuild the picture (and search index) if documents were stored since it was last built; just the
        index if only that is behind. Every command that opens the database for writing calls this, so an
        interrupted rebuild is finished by whatever runs next. Returns whether the picture was rebuilt.
        The picture is updated, not rebuilt from scratch (``update_picture``): same result, less work."""
        if self.picture_stale():
            self.update_picture(overrides_path)
            return True
        if self.search_index_stale():
            self.rebuild_search_index()
        return False

    merged_events = _reader(picture.merged_events)
    merged_events_page = _reader(picture.merged_events_page)
    count_merged_events = _reader(picture.count_merged_events)
    merged_event = _reader(picture.merged_event)
    merged_id_of = _reader(picture.merged_id_of)
    figure_series = _reader(picture.figure_series)
    series = _reader(picture.series)
    statements = _reader(picture.statements)
    opposing = _reader(picture.opposing)
    resolved_entities = _reader(picture.entities)
    timeline = _reader(picture.timeline)

    # ------------------------------------------------------------------ sources followed (store/sources.py)

    def add_source(self, url: str, name: str | None = None) -> tuple[dict[str, Any], bool]:
        """The source for ``url`` (added if new) and whether it was new."""
        return followed.add_source(self._writable("adding a source"), url, name)

    def remove_source(self, which: str) -> dict[str, Any]:
        """Stop following a source (by id, URL or name); what it brought stays stored."""
        return followed.remove_source(self._writable("removing a source"), which, self.path)

    def set_source_kind(self, source_id: int, kind: str) -> None:
        followed.set_kind(self._writable("updating a source"), source_id, kind)

    def log_fetches(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Append rows to the fetch log in one transaction."""
        followed.log_fetches(self._writable("logging fetches"), rows)

    sources = _reader(followed.sources)
    fetch_log = _reader(followed.fetch_log)
    fetch_validators = _reader(followed.validators)
    settled_urls = _reader(followed.settled_urls)
    seen_content = _reader(followed.seen_hash)
    documents_at = _reader(followed.documents_at)
    arrivals = _reader(followed.arrivals)
