"""Light verbs: a phase or stage of a campaign a light verb sets going carries the campaign's event noun."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2022_03_10 = events_dated("2022-03-10")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Iraqi army and the Kurdish Peshmerga forces on Thursday launched the fifth phase of an expansive operation "
    "dubbed Solid Will, targeting ISIS remnants in Diyala.",
    "Both forces last month launched the fourth phase of the operation near Makhmour town, targeting ISIS militants.",
])
def test_launching_a_phase_of_an_operation_is_an_operation(nlp: Language, text: str) -> None:
    assert [e.type for e in events_on_2022_03_10(nlp, text)] == ["operation"]


@pytest.mark.model
def test_a_phase_of_something_else_is_no_event(nlp: Language) -> None:
    assert events_on_2022_03_10(nlp, "The project entered the final phase of construction on Thursday.") == []
