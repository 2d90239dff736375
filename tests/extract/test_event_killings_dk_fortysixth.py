"""Killings, forty-sixth session (dk): a sentence whose main verb the parse reads as a participle on its subject ("A
jihadist group killed at least 69 civilians": "group" the root, "killed" a clause on it) still reports the group's
killing, when the verb has an object; a participle on a noun without one stays a description (short texts written
for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Tuesday
events = events_dated("2021-11-30")


@pytest.mark.model
def test_a_group_whose_killing_the_parse_reads_as_a_participle_still_attacked(nlp: Language) -> None:
    found = events(nlp, "A jihadist group killed at least 69 civilians on November 2 in the province of Tillaberi.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2021-11-02", 69)]


@pytest.mark.model
def test_a_participle_without_an_object_on_a_noun_is_no_deed_of_that_noun(nlp: Language) -> None:
    found = events(nlp, "The soldiers killed in the fighting near the border on November 2.")
    assert not [e for e in found if e.type == "attack" and e.actor is not None and "soldier" in e.actor.lower()]
