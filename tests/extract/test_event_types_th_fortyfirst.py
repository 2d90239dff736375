"""Event types, forty-first session (short sentences written for the tests): a fight whose sides are the campaign's
group and another armed group outside the campaign, with no state's force among them, is the groups' fighting (an
attack), not a force's operation; a side that rules a state keeps its fight an operation, and so does a force."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-09-17")


@pytest.mark.model
def test_two_groups_as_the_subject_of_a_clash_fight_an_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP and Boko Haram clashed again in Borno on Friday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_a_clash_between_the_group_and_a_rival_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Several fighters died during a clash between ISWAP and Boko Haram in the Lake Chad region "
                        "on Friday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_clash_with_a_ruling_group_stays_its_operation(nlp: Language) -> None:
    found = events(nlp, "Eight people were killed in a clash between Taliban and ISKP in Kunduz on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


@pytest.mark.model
def test_troops_clashing_with_the_group_stay_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops clashed with ISWAP fighters in Borno on Friday.")
    assert [e.type for e in found] == ["operation"]
