"""Event precision, forty-fourth session (short sentences written for the tests): a past decade spans a record, as
past years do; and what a group did across several countries, with no day, month or town, sums up a record or a kind
of deed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_attacks_over_the_past_decade_are_a_record(nlp: Language) -> None:
    assert events(nlp, "Over the past decade, attacks by groups linked to the Islamic State have killed thousands of "
                       "people in northern Mozambique.") == []


@pytest.mark.model
def test_attacks_in_the_past_week_stay(nlp: Language) -> None:
    found = events(nlp, "In the past week, Islamic State militants attacked the army base in Mocimboa da Praia, "
                        "killing three soldiers.")
    assert [(e.type, e.killed) for e in found] == [("attack", 3)]
    found = events(nlp, "He said similar attacks had taken place in Lahore and Islamabad during the past week.")
    assert sorted(e.place for e in found) == ["Islamabad", "Lahore"]


@pytest.mark.model
def test_a_deed_across_several_countries_is_a_record(nlp: Language) -> None:
    assert events(nlp, "In 2019, Islamist terrorists killed more than 4,000 people in Mali, Niger, and Burkina "
                       "Faso.") == []
    assert events(nlp, "It has used its cells to attack our partners and civilians both in Iraq and in Syria.") == []


@pytest.mark.model
def test_an_attack_in_one_country_or_with_its_day_stays(nlp: Language) -> None:
    found = events(nlp, "Islamic State fighters attacked an army post in Niger near the border with Mali, killing 20 "
                        "soldiers.")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]
    found = events(nlp, "Islamic State fighters attacked army posts in Niger and Mali on Monday, killing 20 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-04-29")]
