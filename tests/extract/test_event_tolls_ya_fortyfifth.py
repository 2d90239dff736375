"""Event tolls, forty-fifth session (short sentences written for the tests): a count as far in the parse from two
events' words goes to the one told nearer it ("The operation began after the group attacked the village, leaving 17
people dead": the parser hangs "leaving" on the main verb, as far from "attacked" as from "operation")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-11-20")


@pytest.mark.model
def test_a_count_after_the_attack_clause_is_the_attacks(nlp: Language) -> None:
    found = events(nlp, "The operation began after the Lakurawa group attacked Mera, a community in Augie Local "
                        "Government Area of Kebbi State, leaving 17 people dead.")
    assert [e.killed for e in found if e.type == "attack"] == [17]


@pytest.mark.model
def test_an_attack_with_its_own_count_keeps_it(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked Mera, a village in Kebbi State, on Monday, leaving 17 people dead.")
    assert [e.killed for e in found if e.type == "attack"] == [17]
