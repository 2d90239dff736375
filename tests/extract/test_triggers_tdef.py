"""triggers.py: the end of a force's combat role is a withdrawal (short texts written for the tests, with a case where
the phrase must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-09-01")


@pytest.mark.model
def test_the_end_of_combat_operations_is_a_withdrawal(nlp: Language) -> None:
    text = ("About 2,500 U.S. troops remain in Iraq in an advisory role, following the official end of combat "
            "operations announced in December 2021.")
    assert [(e.type, e.date, e.country) for e in events(nlp, text)] == [("withdrawal", "2021-12", "IQ")]


@pytest.mark.model
def test_the_end_of_an_operation_against_the_group_is_no_withdrawal(nlp: Language) -> None:
    text = "The end of the operation against ISIS cells in Anbar was announced on Monday."
    assert "withdrawal" not in [e.type for e in events(nlp, text)]
