"""Event strikes, forty-seventh session (sk): a deed aircraft do, told as done "from the air", was flown, whoever the
doer's words name (short texts written for the tests, with cases where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


@pytest.mark.model
def test_an_attack_from_the_air_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "A close air support component also attacked the terrorists from the air near Dikwa on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_the_groups_attack_from_the_air_stays_its_attack(nlp: Language) -> None:
    # the group flies drones: its deed from the air is its attack
    found = events(nlp, "Islamic State fighters attacked the base from the air using drones on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_air_base_is_no_air(nlp: Language) -> None:
    # "from the air base" names where troops set out from, no flight
    found = events(nlp, "Troops attacked the militants from the air base in Dikwa on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_like_toll_in_a_village_of_another_province_is_another_strike(nlp: Language) -> None:
    # an undated page: the weekdays date nothing, and the two strikes count as many dead
    text = ("Four ISIS suspects were killed in an airstrike by Iraqi forces on Sunday in Salahaddin province. In a "
            "recent airstrike on Thursday, four ISIS militants were killed in the village of Tapakur in Kirkuk "
            "province.")
    found = events(nlp, text, reference=None)
    assert [(e.type, e.place) for e in found] == [("strike", "Saladin Governorate"), ("strike", "Tapakur")]
    # the village of the province the first strike is told in may be where that one happened
    same = text.replace("Salahaddin province", "Kirkuk province")
    assert [(e.type, e.place) for e in events(nlp, same, reference=None)] == [("strike", "Tapakur")]
