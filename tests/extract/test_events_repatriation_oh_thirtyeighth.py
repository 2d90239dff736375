"""Repatriation events, thirty-eighth session (oh): the receiving state's own country is where the people were taken,
never where the repatriation happened (short sentences written for the tests, each with a case where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-10-20")


def _countries(nlp: Language, text: str) -> list[str | None]:
    return [e.country for e in events(nlp, text) if e.type == "repatriation"]


@pytest.mark.model
def test_the_receiving_state_does_not_locate_its_repatriation(nlp: Language) -> None:
    text = "Kyrgyzstan brought back 95 women and children from Syrian camps on Monday."
    assert _countries(nlp, text) == [None]
    # a place the sentence gives still does
    text = "Germany brought home 11 women and 37 children from a camp in northeastern Syria on Monday."
    assert _countries(nlp, text) == ["SY"]
