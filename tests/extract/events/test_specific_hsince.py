"""A since clause whose subject is the campaign's group tells one of its deeds (events/specific.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2017_02_10 = events_dated("2017-02-10")


@pytest.mark.model
def test_a_deed_of_the_group_in_a_since_clause_is_an_attack(nlp: Language) -> None:
    found = events_on_2017_02_10(
        nlp, "The siege was the first major attack in Puntland since the Islamic State branch captured the "
             "town of Qandala last October.")
    assert ("attack", "2016-10") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_another_partys_deed_in_a_since_clause_is_a_time_reference(nlp: Language) -> None:
    found = events_on_2017_02_10(
        nlp, "Attacks by the Islamic State have risen since the Taliban seized control of Kabul in August 2015.")
    assert "2015-08" not in [e.date for e in found]


@pytest.mark.model
def test_a_since_phrase_naming_the_groups_own_attack_is_that_attack(nlp: Language) -> None:
    found = events_dated("2020-10-23")(
        nlp, "Islamic State militants attacked a police station in Tanzania. Attacks in Tanzania have been more "
             "sporadic than in Mozambique, where the militants have killed hundreds of people since their first "
             "attack in 2017.")
    assert ("attack", "2017") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_a_since_phrase_naming_an_attack_with_no_doer_is_a_time_reference(nlp: Language) -> None:
    found = events_dated("2020-10-23")(
        nlp, "Security has been tightened across the country since the 2017 attacks, officials said.")
    assert "2017" not in [e.date for e in found]
