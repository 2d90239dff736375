"""Event linking, thirty-third session: on a page with no date, one actor's operation told once with a place and
again without one, neither mention dated by its text, is one operation; a count of people held of its own, or a
word telling another, still sets the second apart (short sentences written for the tests, after real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated(None)


def _operations(nlp: Language, text: str) -> int:
    return sum(e.type == "operation" for e in events(nlp, text))


@pytest.mark.model
def test_undated_placeless_restatement_is_one_operation(nlp: Language) -> None:
    assert _operations(nlp, "Pakistan said its security forces had killed four Islamic State operatives in a "
                            "remote mountain area of Bajaur. Pakistani security forces conducted a search operation "
                            "and an ensuing gunfight killed the intruders, according to the statement.") == 1


@pytest.mark.model
def test_another_undated_operation_stays_apart(nlp: Language) -> None:
    assert _operations(nlp, "Pakistan said its security forces had killed four Islamic State operatives in a "
                            "remote mountain area of Bajaur. In another operation, Pakistani security forces "
                            "conducted a search operation and killed two militants.") == 2
