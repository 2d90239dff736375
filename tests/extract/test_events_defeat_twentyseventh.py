"""Events, twenty-seventh session (short sentences written for the tests, shortened from train pages): the noun of a
declared victory over the group ("the declaration of victory over the group in 2017") is its territorial defeat,
as the verb phrase is ("Iraq declared victory over IS in 2017"); undated, it is no event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2019-06-10")


def _defeats(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.country) for e in events(nlp, text) if e.type == "territorial_defeat"]


def test_the_declaration_of_victory_over_the_group_is_its_defeat(nlp: Language) -> None:
    found = _defeats(nlp, "Despite the declaration of victory over the group in Iraq in 2017, ISIS remains a concern.")
    assert found == [("2017", "IQ")]


def test_the_government_s_declaration_of_victory_against_the_group(nlp: Language) -> None:
    found = _defeats(nlp, "Iraq's declaration of victory against ISIS came in December 2017.")
    assert found == [("2017-12", "IQ")]


def test_an_undated_declaration_of_victory_is_no_event(nlp: Language) -> None:
    assert _defeats(nlp, "The declaration of victory over ISIS in Iraq was celebrated with a parade.") == []
