"""Actors, forty-ninth session (wv; short sentences written for the tests): in a country two branches share, an
attack the page gives to the bare group, with neither its own place nor a branch the page names to choose by, is
the branch whose home holds most of the page's places in that country; places split evenly, or none, leave the
group."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2021-03-23")


def _attacks(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.actor) for e in events(nlp, text) if e.type == "attack"]


def test_an_unplaced_attack_on_a_page_of_western_places_is_the_sahel_province(nlp: Language) -> None:
    found = _attacks(nlp, "Gunmen suspected of belonging to the Islamic State killed 137 people in attacks on "
                          "villages in Niger on Sunday, the government said.\n\nThe raids hit several settlements "
                          "in the Tahoua region near the border with Mali. Tillaberi has also seen repeated "
                          "attacks this year.")
    assert found == [("attack", "Islamic State Sahel Province")]


def test_an_unplaced_attack_on_a_page_of_lake_chad_places_is_the_west_africa_province(nlp: Language) -> None:
    found = _attacks(nlp, "Islamic State fighters killed 12 soldiers in an attack on an army post in Niger on "
                          "Sunday, the government said.\n\nThe army has been fighting the insurgents around Diffa "
                          "and Bosso, near Lake Chad, for years.")
    assert found == [("attack", "Islamic State West Africa Province")]


def test_an_unplaced_attack_on_a_page_of_no_places_in_the_country_stays_the_groups(nlp: Language) -> None:
    found = _attacks(nlp, "Islamic State fighters killed 12 soldiers in an attack on an army post in Niger on "
                          "Sunday, the government said.")
    assert found == [("attack", "Islamic State")]


def test_an_unplaced_attack_on_a_page_split_between_both_homes_stays_the_groups(nlp: Language) -> None:
    found = _attacks(nlp, "Islamic State fighters killed 12 soldiers in an attack on an army post in Niger on "
                          "Sunday, the government said.\n\nThe regions of Diffa and Tillaberi have both been under a "
                          "state of emergency since 2017.")
    assert found == [("attack", "Islamic State")]
