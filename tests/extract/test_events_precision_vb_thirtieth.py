"""Event precision, thirtieth session (short sentences written for the tests): an operation flown or led from the
air, or a killing aircraft make, is a strike (gold/real conventions: air and drone strikes are strikes), and an
attack someone resolved, was trained or was headed to make is an aim, not a deed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_an_air_operation_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "On 5 November 2022, an air interdiction operation was conducted at Belowa in Borno State.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "Iraqi forces killed four ISIS militants on Monday during an airstrike-led operation in the "
                        "Zghaitun Valley, south of Kirkuk.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_ground_operation_backed_by_aircraft_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "The Iraqi Counter-Terrorism Service, backed by coalition aircraft, carried out an operation "
                        "against IS hideouts in the desert of Anbar on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_killing_by_aircraft_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "Iraqi jets killed 20 Islamic State members in western Anbar on Tuesday.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "Troops killed 20 Islamic State members in western Anbar on Tuesday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_raids_that_warplanes_launch_are_strikes(nlp: Language) -> None:
    found = events(nlp, "On Friday, Egyptian warplanes launched several raids on Islamic State positions near Rafah.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_an_attack_resolved_or_headed_for_is_an_aim(nlp: Language) -> None:
    assert events(nlp, "He then decided to conduct the attack in Singapore.") == []
    assert events(nlp, "The student was being trained to carry out a suicide bombing in Jakarta.") == []
    assert [e.type for e in events(nlp, "The terrorists were on their way to attack an army unit in Pusao when "
                                        "they were blocked by MILF members on Tuesday.")
            if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_that_happened_on_the_way_is_still_told(nlp: Language) -> None:
    found = events(nlp, "A motorised army unit fell in an ambush on Tuesday on its way to Quiterajo.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_event_noun_done_in_the_simple_present_is_a_habit(nlp: Language) -> None:
    found = events(nlp, "The location is one of the enclaves from which terrorists launch attack against the "
                        "Maiduguri-Damboa general area.")
    assert [e.type for e in found if e.type == "attack"] == []
    found = events(nlp, "ISWAP launches attack on military base in Marte")
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "Terrorists launched an attack on a military base in Marte on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_the_drawdown_from_afghanistan_ended_another_war(nlp: Language) -> None:
    found = events(nlp, "The Taliban swept across Afghanistan in August 2021 as US and NATO forces withdrew after "
                        "20 years of war.")
    assert [e.type for e in found if e.type == "withdrawal"] == []
    found = events(nlp, "The coalition completed its withdrawal from Ain al-Asad base in Iraq in January 2026.")
    assert [(e.type, e.country) for e in found] == [("withdrawal", "IQ")]


@pytest.mark.model
def test_a_combined_air_and_ground_operation_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "On Monday, Ugandan forces launched air and artillery operations against ADF positions in "
                        "eastern DRC.")
    assert [e.type for e in found] == ["operation"]
