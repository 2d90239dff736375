"""``Store``: the one handle on a sitroom database that the CLI, the API and the web UI use."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from sitroom.errors import SitroomError
from sitroom.models import DocResult, IngestProblem
from sitroom.store import read, write
from sitroom.store.db import connect, schema_version

DEFAULT_PATH = "sitroom.duckdb"


class Store:
    """A DuckDB database of documents and the records read from them.

    Writes go through ``write_results`` (one transaction per batch, idempotent by document id). Reads run
    on a fresh cursor each, so one Store can serve several threads (e.g. the API's worker threads).
    Open it as a context manager, or call ``close()``.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._con = connect(path, read_only=read_only)

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

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
        return write.write_results(self._writable("writing results"), results, problems, run_id, fingerprints)

    def start_run(self) -> str:
        return write.start_run(self._writable("starting a run"))

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        write.finish_run(self._writable("finishing a run"), run_id, counts)

    # ------------------------------------------------------------------ ingest helpers

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        with self._cursor() as cur:
            return write.known_ids(cur, ids)

    def find_near_duplicate(self, fingerprint: int) -> str | None:
        """A stored document whose fingerprint is within Hamming distance 3 of ``fingerprint``."""
        with self._cursor() as cur:
            return write.find_near_duplicate(cur, fingerprint)

    def find_near_duplicates(self, fingerprints: Mapping[str, int]) -> dict[str, str]:
        """For a batch {key: fingerprint}: {key: id of the closest stored document within distance 3}."""
        with self._cursor() as cur:
            return write.find_near_duplicates(cur, fingerprints)

    def counts(self) -> dict[str, int]:
        with self._cursor() as cur:
            return read.counts(cur)

    def problems(self, run_id: str | None = None) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.problems(cur, run_id)

    def runs(self) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.runs(cur)

    # ------------------------------------------------------------------ export

    def iter_results(self, chunk_size: int = 500) -> Iterator[DocResult]:
        """Every stored document as a DocResult, in export order, loaded a chunk at a time."""
        with self._cursor() as cur:
            yield from read.iter_results(cur, chunk_size)

    def load_results(self) -> list[DocResult]:
        return list(self.iter_results())

    def export_object(self) -> dict[str, Any]:
        """The ``sitroom/1`` object: exactly what ``build_export`` gives for the stored DocResults."""
        from sitroom.export import build_export

        return build_export(self.iter_results())

    # ------------------------------------------------------------------ read API (see read.py)

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.documents(cur, limit, offset)

    def document(self, doc_id: str) -> dict[str, Any]:
        with self._cursor() as cur:
            return read.document(cur, doc_id)

    def events(
        self,
        type: str | None = None,
        country: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        place: str | None = None,
        doc_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
        order: str = "date",
    ) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.events(cur, type=type, country=country, actor=actor, since=since, until=until,
                               place=place, doc_id=doc_id, limit=limit, offset=offset, order=order)

    def count_events(
        self,
        type: str | None = None,
        country: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        place: str | None = None,
        doc_id: str | None = None,
    ) -> int:
        """How many events ``events`` matches with the same filters (one ``count(*)``, no rows read)."""
        with self._cursor() as cur:
            return read.count_events(cur, type=type, country=country, actor=actor, since=since, until=until,
                                     place=place, doc_id=doc_id)

    def event(self, event_id: str) -> dict[str, Any]:
        with self._cursor() as cur:
            return read.event(cur, event_id)

    def figures(
        self,
        unit: str | None = None,
        subject: str | None = None,
        is_target: bool | None = None,
        doc_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.figures(cur, unit=unit, subject=subject, is_target=is_target, doc_id=doc_id,
                                limit=limit, offset=offset)

    def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        doc_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.quotes(cur, speaker=speaker, about=about, doc_id=doc_id, limit=limit, offset=offset)

    def count_quotes(self, speaker: str | None = None, about: str | None = None, doc_id: str | None = None) -> int:
        """How many quotes ``quotes`` matches with the same filters."""
        with self._cursor() as cur:
            return read.count_quotes(cur, speaker=speaker, about=about, doc_id=doc_id)

    def entities(
        self, type: str | None = None, q: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.entities(cur, type=type, q=q, limit=limit, offset=offset)

    def places(self, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.places(cur, limit, offset)

    def search(self, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            return read.search(cur, text, limit, offset)

    def stats(self) -> dict[str, Any]:
        with self._cursor() as cur:
            return read.stats(cur)

    # ------------------------------------------------------------------ the cross-source picture (picture.py)

    def rebuild_picture(self, overrides_path: str | Path | None = None) -> dict[str, int]:
        """Rebuild the merged events, series, statements and entities from every stored record, replacing
        the stored picture in one transaction. Returns rows written per picture table."""
        from sitroom.store import picture

        return picture.rebuild_picture(self._writable("rebuilding the picture"), overrides_path)

    def merged_events(self, **filters: Any) -> list[dict[str, Any]]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.merged_events(cur, **filters)

    def merged_event(self, event_id: str) -> dict[str, Any]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.merged_event(cur, event_id)

    def merged_id_of(self, event_id: str) -> str | None:
        """The merged event that holds the per-document event ``event_id``."""
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.merged_id_of(cur, event_id)

    def figure_series(self, doc_id: str) -> dict[str, str]:
        """{figure id: series id} for the figures of one document."""
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.figure_series(cur, doc_id)

    def series(self, name: str | None = None) -> list[dict[str, Any]]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.series(cur, name)

    def statements(self, speaker: str | None = None, about: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.statements(cur, speaker=speaker, about=about, **filters)

    def opposing(self, about: str | None = None, topic: str | None = None) -> list[dict[str, Any]]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.opposing(cur, about=about, topic=topic)

    def resolved_entities(self, **filters: Any) -> list[dict[str, Any]]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.entities(cur, **filters)

    def timeline(self, country: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        from sitroom.store import picture

        with self._cursor() as cur:
            return picture.timeline(cur, country=country, **filters)
