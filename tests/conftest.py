"""Shared fixtures: one loaded sitroom pipeline per test session, paths to shared material."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from sitroom.annotate import build_nlp

    return build_nlp()
