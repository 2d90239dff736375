"""Habits of the sixth batch of unseen pages (short sentences written for the tests): the operation a force
killed the group's fighters in, whatever the parser hangs the operation phrase on, and a killing reported
next to an operation's name that is no report of an operation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.models import Event

pytestmark = pytest.mark.model


def events(nlp: Language, text: str, reference: str = "2025-02-05") -> list[Event]:
    return list(nlp(make_doc(nlp, text, "t", reference))._.events)


def test_an_operation_phrase_hung_on_the_dead_is_still_the_killings_operation(nlp: Language) -> None:
    # the bracketed acronym makes the parser attach "in a military operation" to "militants"
    found = events(nlp, "Puntland forces killed more than 40 Islamic State (ISIS) militants in a military "
                        "operation in the Cal Miskaad mountains.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Defence Forces")]


def test_a_killing_beside_an_operations_bare_name_is_the_forces_operation(nlp: Language) -> None:
    found = events(nlp, "Operation Shujaa joint UPDF and FARDC squads have killed Abu Aden, an ADF commander, "
                        "near Boga.")
    assert [e.type for e in found] == ["operation"]
    # the name alone reports nothing
    assert events(nlp, "Operation Shujaa began in 2021 and is still going on.") == []
