"""Claims of responsibility, thirtieth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-14")


def test_taking_credit_for_an_attack_is_a_claim(nlp: Language) -> None:
    # "the group" refers back to the group named before; "took credit for" claims as "claimed" does
    found = events(nlp, "The Islamic State said its fighters were active in Quetta. Earlier in August, the group "
                        "took credit for an attack on a gathering of lawyers at a hospital in Quetta that left 70 "
                        "persons killed.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 70, True)]
    assert found[0].actor is not None and "Islamic State" in found[0].actor


def test_accepting_responsibility_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "The Islamic State accepted responsibility for the bombing of a church in Quetta on Sunday "
                        "that killed nine people.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 9, True)]


def test_boasting_of_an_attack_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "Islamic State boasted of attacking the army barracks in Mocimboa da Praia on Sunday, "
                        "killing two soldiers.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


def test_bearing_responsibility_is_blame_not_a_claim(nlp: Language) -> None:
    # "bears responsibility" is what others lay on someone: no credit verb
    found = events(nlp, "Police said the gunmen who bear responsibility for the ambush in Tillaberi on Sunday "
                        "killed five soldiers.")
    assert all(not e.claimed for e in found)


def test_others_saying_the_group_was_responsible_is_no_claim(nlp: Language) -> None:
    found = events(nlp, "Police said the group was responsible for the October 24 attack on a police academy in "
                        "Quetta that killed 60 people.")
    assert [(e.killed, e.claimed) for e in found] == [(60, False)]


def test_a_title_case_headline_claims_the_attack_it_names(nlp: Language) -> None:
    # the parser reads "Claims" as part of a name in a title-case headline
    found = events(nlp, "Daesh Claims Attack on Pakistani Police Barracks")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    assert found[0].actor is not None and "Islamic State" in found[0].actor


def test_a_title_case_toll_is_no_claim(nlp: Language) -> None:
    found = events(nlp, "Brutal ADF Attack Claims 16 Lives in Beni")
    assert all(not e.claimed for e in found)
