"""Attacks one sentence lists side by side (events/where.py ``listed_attacks``): one event each, never merged
with each other, unless the list is the subject of one combined toll."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_10_01 = events_dated("2024-10-01")


@pytest.mark.model
def test_attacks_listed_in_one_town_are_one_event_each(nlp: Language) -> None:
    found = events_on_2024_10_01(
        nlp, "Daesh has claimed responsibility for deadly attacks in Afghanistan, including an attack on the "
             "foreign ministry compound in Kabul, an attack on the Pakistani embassy and an attack on Chinese "
             "nationals at a hotel in downtown Kabul.\n")
    assert [(e.type, e.country) for e in found] == [("attack", "AF")] * 3


@pytest.mark.model
def test_attack_told_as_well_as_another_is_a_second_event(nlp: Language) -> None:
    found = events_on_2024_10_01(
        nlp, "Mujahid wrote that the detained ISIS members were responsible for the attack on the General "
             "Directorate of Decrees, as well as the attack on foreign tourists in Bamiyan province.\n")
    assert [e.type for e in found] == ["attack", "attack"]


@pytest.mark.model
def test_listed_attacks_with_one_combined_toll_stay_one_event(nlp: Language) -> None:
    found = events_on_2024_10_01(
        nlp, "The blast at the airport and the bombing at the metro station killed 32 people in Brussels.\n")
    assert [(e.type, e.killed) for e in found] == [("attack", 32)]


@pytest.mark.model
def test_appositive_that_describes_the_attack_is_no_second_one(nlp: Language) -> None:
    found = events_on_2024_10_01(
        nlp, "Militants claimed a suicide bombing at a mosque in Kabul, the deadliest attack on the city this "
             "year.\n")
    assert [e.type for e in found] == ["attack"]
