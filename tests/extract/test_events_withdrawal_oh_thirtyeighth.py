"""Withdrawal events, thirty-eighth session (oh): a share of the attackers ("the majority of the IS contingent")
withdrawing is attackers falling back (short sentences written for the tests, each with a case where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-10-20")


def _countries(nlp: Language, text: str) -> list[str | None]:
    return [e.country for e in events(nlp, text) if e.type == "withdrawal"]


@pytest.mark.model
def test_a_share_of_the_attackers_falling_back_is_no_withdrawal(nlp: Language) -> None:
    text = "The majority of the Islamic State contingent in Palmyra had withdrawn or been routed, the Observatory said."
    assert _countries(nlp, text) == []
    # a share of a state's troops withdrawing still is one
    assert _countries(nlp, "The majority of the French troops had withdrawn from Mali in August.") == ["ML"]
