"""Shared fixtures: one loaded sitroom pipeline per test session, paths to shared material."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from tests.shared_material import SHARED

ROOT = Path(__file__).resolve().parents[1]
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from sitroom.annotate import build_nlp

    return build_nlp()


def pytest_runtest_setup(item: pytest.Item) -> None:
    # tests/shared_material.py: a test marked with needs_shared(...) skips without ../shared, or fails in CI.
    from tests.shared_material import require_shared

    for mark in item.iter_markers("shared_material"):
        require_shared(*mark.args)
