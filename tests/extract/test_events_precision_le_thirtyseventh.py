"""Event precision, thirty-seventh session (short sentences written for the tests): an attack with no article
pointing to it and no count, that a group is charged with ("was behind", "responsible for", "blamed for"), tells who
the group is by a past deed unless it has a day of its own; one the article points to is still the page's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-25")


@pytest.mark.model
def test_an_indefinite_attack_a_group_is_charged_with_is_no_report(nlp: Language) -> None:
    assert events(nlp, "The group was previously blamed for a deadly bombing at a church in Marawi city.") == []
    assert events(nlp, "It was behind numerous bombings in the southern region of Sulu, including a market bombing "
                       "in Jolo in March 2019.") == []
    assert events(nlp, "The network was responsible for a suicide attack on a hotel in Kabul.") == []


@pytest.mark.model
def test_the_attack_a_group_is_charged_with_is_still_told(nlp: Language) -> None:
    found = events(nlp, "Police said the group was responsible for the suicide bombing at a rally in Bajaur.")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "The group was blamed for a bombing at a market in Kabul on Monday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-09-22")]


@pytest.mark.model
def test_a_claim_that_a_group_was_behind_an_attack_is_still_told(nlp: Language) -> None:
    found = events(nlp, "The group said on Friday its local branch was behind an attack that killed five soldiers "
                        "at their base in northern Mali.")
    assert [e.type for e in found] == ["attack"]
