"""Withdrawal events, thirty-eighth session (oh): a state's forces withdraw from where they were deployed, never from
their own country (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-10-20")


def _countries(nlp: Language, text: str) -> list[str | None]:
    return [e.country for e in events(nlp, text) if e.type == "withdrawal"]


@pytest.mark.model
def test_the_withdrawing_state_does_not_locate_its_withdrawal(nlp: Language) -> None:
    assert _countries(nlp, "France began the withdrawal of its troops on Monday, the army said.") == [None]
    # the country they leave still does
    assert _countries(nlp, "US troops withdrew from Syria in October 2019.") == ["SY"]
