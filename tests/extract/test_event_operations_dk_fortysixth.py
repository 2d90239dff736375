"""Operations, forty-sixth session (dk): an operation noun after the "of" of a noun of setting it going ([modality]
support_nouns: "announced on Monday the launch of an operation", "announced today the implementation of a security
operation") is carried as by "launched an operation", and its day is the one the launch is told on (short texts
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Tuesday
events = events_dated("2022-11-08")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army announced on Monday the launch of an operation in Anbar against ISIS cells.",
    "Iraqi forces announced on Monday the start of a security operation in Anbar against ISIS cells.",
])
def test_the_launch_of_an_operation_carries_it(nlp: Language, text: str) -> None:
    assert [(e.type, e.date) for e in events(nlp, text)] == [("operation", "2022-11-07")]


@pytest.mark.model
def test_an_operation_after_another_nouns_of_is_not_carried(nlp: Language) -> None:
    found = events(nlp, "The army announced on Monday the cost of an operation against ISIS cells.")
    assert [e for e in found if e.type == "operation"] == []
