"""Fixtures for the follower: the local news site, a quick politeness, and a model-free ingest."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sources.site import Site, news_site, serve_site

from sitroom.clean import prepare
from sitroom.ingest import read_paths
from sitroom.models import DocResult, IngestProblem, IngestReport, Source
from sitroom.sources.fetch import Politeness
from sitroom.store import Store

# Waits shrunk so a pass over the test site takes well under a second (the slow page still times out).
QUICK = Politeness(timeout=0.5, retries=1, backoff=0.01, max_wait=0.05, min_interval=0.0)


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    with serve_site(site):
        yield news_site(site)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "follow.duckdb"


def light_ingest(paths: list[str], db: str | Path, sources: Iterable[Source | IngestProblem] | None = None,
                 **_: Any) -> IngestReport:
    """``jobs.ingest`` without the language pipeline: read, clean, store (the follower's part is what the
    tests look at; extraction has its own tests). Duplicates by document id as ingest reports them."""
    report = IngestReport()
    if sources is None:  # a watched folder hands over paths
        sources = read_paths(paths)
    with Store(db) as store:
        results: list[DocResult] = []
        for item in sources:
            prepared = item if isinstance(item, IngestProblem) else prepare(item)
            if isinstance(prepared, IngestProblem):
                report.skipped.append(prepared)
                continue
            known = store.known_ids(d.id for d in prepared)
            for doc in prepared:
                if doc.id in known or doc.id in {r.document.id for r in results}:
                    report.duplicates.append((doc.source_path, doc.id))
                else:
                    results.append(DocResult(document=doc))
                    report.ingested.append(doc.id)
        store.write_results(results)
    return report
