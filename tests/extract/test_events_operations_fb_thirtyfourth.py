"""Operations missed on real pages, thirty-fourth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-06-12")


def test_a_hyphenated_counter_offensive_is_an_operation(nlp: Language) -> None:
    # spaCy cuts "counter-offensive" into three tokens: the file's hyphenated noun must match them
    found = events(nlp, "Nigerian troops launched a counter-offensive against the insurgents in Dikwa on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_a_hyphenated_shoot_out_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Two militants were killed in a shoot-out with police in Peshawar on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PK")]


def test_an_undated_counter_offensive_told_of_no_one_is_no_event(nlp: Language) -> None:
    found = events(nlp, "The counter-offensive was praised by analysts.")
    assert found == []


def test_attacks_listed_with_another_kind_launched_by_a_force_are_its_operation(nlp: Language) -> None:
    # "air and artillery attacks": the attack noun is joined to the object the force's light verb carries
    found = events(nlp, "The Armed Forces of the Philippines (AFP) launched Monday air and artillery attacks against "
                        "members of the Islamic State-aligned Dawlah Islamiya terrorist group in Datu Salibo town, "
                        "Maguindanao.")
    assert [(e.type, e.actor) for e in found] == [
        ("operation", "Armed Forces of the Philippines")
    ]
