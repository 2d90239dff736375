"""Which mentions are one event: a later definite mention at the event's town, or in its country only (the
thirty-first session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2020-01-15")

CLAIM = ("Islamic State claimed responsibility for the 9 January attack on Chinagodar, in western Niger, in which 89 "
         "soldiers were killed. ")


def test_the_attack_at_the_towns_name_told_with_a_reports_day_is_the_same_attack(nlp: Language) -> None:
    found = events(nlp, CLAIM + "On Sunday, the government of Niger had revised upward the number of soldiers killed "
                                "in the attack in Chinagodar, from 25 to 89.")
    attacks = [e for e in found if e.type == "attack"]
    # (which of the two days is the attack's is left to ``merge``: here it cannot tell the report's day)
    assert [(e.place, e.killed) for e in attacks] == [("Chinagodar", 89)]


def test_another_attack_at_the_same_town_stays_apart(nlp: Language) -> None:
    found = events(nlp, CLAIM + "On Sunday, gunmen carried out another attack in Chinagodar, killing 12 civilians.")
    assert len([e for e in found if e.type == "attack"]) == 2


def test_the_first_attack_at_the_town_is_not_a_reference_back(nlp: Language) -> None:
    found = events(nlp, CLAIM + "The first attack in Chinagodar, in 2019, killed 12 civilians.")
    assert len([e for e in found if e.type == "attack"]) == 2


def test_the_assault_in_the_events_country_is_the_event(nlp: Language) -> None:
    found = events(nlp, "In a deadly terror attack in Niger's Dosso region, two Indian nationals were killed by "
                        "gunmen on January 12. The assault occurred in southwest Niger, about 130 kilometres from "
                        "the capital.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2020-01-12", 2)]


def test_the_repatriation_by_another_state_from_the_same_camp_stays_apart(nlp: Language) -> None:
    found = events(nlp, "Tajikistan repatriated 146 women and children from the al-Hol camp in Syria. In December, "
                        "Iraq organized the repatriation of 450 families from the al-Hol camp.")
    assert {e.actor for e in found if e.type == "repatriation"} == {"Tajikistan", "Iraq"}
