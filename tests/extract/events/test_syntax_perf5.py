"""The irregular past forms of events/syntax.py (``misread_present``) read from the model package's stored lookups
are the loaded lemmatizer's own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.syntax import _irregular_verb_forms, _stored_lemma_exceptions


@pytest.mark.model
def test_the_stored_verb_exceptions_are_the_loaded_lemmatizers(nlp: Language) -> None:
    stored = _stored_lemma_exceptions()
    assert stored is not None
    assert stored == nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]


@pytest.mark.model
def test_an_irregular_past_is_known_and_a_present_is_not(nlp: Language) -> None:
    forms = _irregular_verb_forms()
    assert {"retook", "overran", "withdrew"} <= forms
    assert "retake" not in forms
