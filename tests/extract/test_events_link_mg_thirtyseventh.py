"""Event linking, thirty-seventh session: a unit the actor knowledge base does not know ("the group's Special
Forces"), told after an event of an actor it knows, does not set its mention apart from that event (short
sentences written for the tests, after real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

events = events_dated("2023-03-02")


def _operations(nlp: Language, text: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == "operation"]


@pytest.mark.model
def test_an_unknown_unit_told_after_a_known_force_is_its_operation(nlp: Language) -> None:
    found = _operations(nlp, "Taliban fighters raided an ISKP hideout in Herat city, a spokesman said. The group's "
                             "Special Forces conducted an operation in Herat last night, killing six militants, the "
                             "agency reported.")
    assert len(found) == 1
    assert found[0].actor == "Taliban"  # the known actor stands
