"""Store fixtures: a hand-built corpus and a database file holding it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.factories import make_corpus

from sitroom.models import DocResult
from sitroom.store import Store


@pytest.fixture
def corpus() -> list[DocResult]:
    return make_corpus()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sitroom.duckdb"


@pytest.fixture
def store(db_path: Path, corpus: list[DocResult]) -> Iterator[Store]:
    """A database file with the corpus written to it."""
    with Store(db_path) as st:
        st.write_results(corpus)
        yield st
