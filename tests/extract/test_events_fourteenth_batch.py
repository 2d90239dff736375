"""Habits of the fourteenth session's unseen pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-06-26")


def test_the_time_somewhere_else_in_brackets_places_nothing(nlp: Language) -> None:
    # a French wire gives Paris time beside the local one
    found = events(nlp, "Twenty soldiers were killed on Tuesday in western Niger during an attack by armed "
                        "terrorist groups, the ministry said.\n“Tuesday June 25 around 10 a.m. (11 a.m. in Paris), a "
                        "detachment of the Defense and Security Forces was the subject of an attack by armed "
                        "terrorist groups,” the ministry said.")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]
