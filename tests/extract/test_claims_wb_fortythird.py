"""Claims, forty-third session (wb): "claim" whose object is a thing no event is named by, which a relative clause
tells more of ("to claim the victory, which took place a year after the city was first attacked"), claims that thing,
not the event the clause tells (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2015-04-02")


@pytest.mark.model
def test_claiming_a_victory_claims_no_attack_of_its_clause(nlp: Language) -> None:
    found = events(nlp, "The prime minister arrived in the city on Wednesday to claim the victory, which took place a "
                        "year after the city was first attacked by the Islamic State.")
    assert [e.claimed for e in found if e.type == "attack"] == [False]


@pytest.mark.model
def test_a_claimed_event_noun_keeps_its_clause_claimed(nlp: Language) -> None:
    found = events(nlp, "The Islamic State claimed the assault, in which gunmen attacked a base in Kirkuk.")
    assert [e.claimed for e in found if e.type == "attack"] == [True]
