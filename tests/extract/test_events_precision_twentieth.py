"""Event precision, twentieth session: false events that are no duplicates of a kept one (short sentences
written for the tests): a unit falling back in a fight is no withdrawal, and an attack someone planned or
prepared for, which no article points to, is a plot."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_a_unit_falling_back_is_no_withdrawal(nlp: Language) -> None:
    found = events(nlp, "Burundi troops later withdrew from Leego after the attack.")
    assert [e.type for e in found if e.type == "withdrawal"] == []
    found = events(nlp, "Facing the surprise attack, the Nigerian soldiers withdrew from their positions around "
                        "the village.")
    assert [e.type for e in found if e.type == "withdrawal"] == []


@pytest.mark.model
def test_a_drawdown_is_still_a_withdrawal(nlp: Language) -> None:
    # a country's forces leaving a country or a base, whatever came before, are a drawdown
    # (2011's withdrawal from Iraq came before the campaign began, [link] campaign_start_year: its background)
    # (the 2021 withdrawal from Afghanistan ended another war, [types.withdrawal] other_wars: see
    # test_events_precision_vb_thirtieth)
    found = events(nlp, "US forces withdrew from Syria in August 2021.")
    assert [(e.type, e.date) for e in found] == [("withdrawal", "2021-08")]
    found = events(nlp, "French troops withdrew from Mali after the coup in August 2022.")
    assert [(e.type, e.country) for e in found] == [("withdrawal", "ML")]


@pytest.mark.model
def test_a_planned_attack_is_a_plot(nlp: Language) -> None:
    found = events(nlp, "The suspect admitted that he had planned a suicide attack in Malaysia.")
    assert [e.type for e in found if e.type == "attack"] == []
    found = events(nlp, "In Izmir, security forces held nine Daesh suspects who were allegedly preparing for a "
                        "terrorist attack.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_a_plan_points_to_happened(nlp: Language) -> None:
    # "the attack", "the 2022 bombing": the plan of one that was made
    found = events(nlp, "He played a key role in planning the 2022 bombing in Kabul.")
    assert [(e.type, e.date) for e in found] == [("attack", "2022")]
    found = events(nlp, "The militants who planned the attack on the church in Jolo were killed on Monday.")
    assert "attack" in [e.type for e in found]


@pytest.mark.model
def test_a_convoy_striking_a_bomb_is_the_bombs_attack(nlp: Language) -> None:
    found = events(nlp, "Five Nigerian Army personnel have been killed after a military convoy struck an improvised "
                        "explosive device in Baga, Borno State.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_aircraft_striking_a_vehicle_is_a_strike(nlp: Language) -> None:
    # the struck object's head is no explosive, even with one among its modifiers
    found = events(nlp, "US aircraft struck an explosives-laden truck near Raqqa on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_state_leaving_after_an_attack_still_withdraws(nlp: Language) -> None:
    # a country (no force noun) leaving a coalition after an attack on its soldiers is a drawdown
    found = events(nlp, "Chad had considered withdrawing following a severe assault that killed 17 of its soldiers "
                        "in November.")
    assert "withdrawal" in [e.type for e in found]


@pytest.mark.model
def test_setting_off_a_bomb_is_no_plan(nlp: Language) -> None:
    found = events(nlp, "Suspected IS-inspired armed militants set off a roadside bomb on a Maguindanao highway "
                        "Monday, wounding two militiamen.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 2)]


@pytest.mark.model
def test_a_weapon_made_or_found_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Some foreign mercenaries fabricating Improvised Explosive Device for the terrorists were "
                        "killed in Borno on Monday.")
    assert [e.type for e in found if e.type == "attack"] == []
    found = events(nlp, "He also received tutelage on how to make an improvised explosive device from another "
                        "militant in Syria.")
    assert found == []
    found = events(nlp, "Early this year, the Ugandan army killed Seka Wankaba, a highly trained Improvised "
                        "Explosive Device (IED) expert.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_weapon_set_off_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "An improvised explosive device (IED) detonated as the patrol passed in Borno on Monday, "
                        "killing five soldiers.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_a_gathering_an_attack_struck_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "At least two policemen were killed when bombs were hurled near a huge Eid prayer meeting "
                        "in northern Bangladesh, officials said.")
    assert [e.type for e in found if e.type == "meeting"] == []
    found = events(nlp, "The attack took place on Sunday when more than 400 members of the JUI-F party had gathered "
                        "for a meeting under a canopy in the town of Khar.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_meeting_that_condemns_an_attack_is_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The ministers condemned the attack at their meeting in Rome on Monday.")
    assert "meeting" in [e.type for e in found]


@pytest.mark.model
def test_meeting_ones_waterloo_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "The terrorists met their Waterloo when the troops engaged them near Monguno on Monday.")
    assert [e.type for e in found if e.type == "meeting"] == []


@pytest.mark.model
def test_allegiance_to_the_government_is_no_pledge(nlp: Language) -> None:
    found = events(nlp, "Seven Dawlah Islamiya members pledged allegiance to the government in Upi, Maguindanao "
                        "on June 3, 2025.", "2025-07-01")
    assert [e.type for e in found if e.type == "pledge"] == []


@pytest.mark.model
def test_money_pledged_to_a_government_is_a_pledge(nlp: Language) -> None:
    found = events(nlp, "The United States pledged $50 million to the government of Iraq on Monday for "
                        "stabilization.", "2025-07-01")
    assert [e.type for e in found] == ["pledge"]
    found = events(nlp, "In 2019, the ADF pledged allegiance to the Islamic State.", "2025-07-01")
    assert [(e.type, e.date) for e in found] == [("pledge", "2019")]


@pytest.mark.model
def test_a_toll_over_years_is_no_event(nlp: Language) -> None:
    found = events(nlp, "Police have killed at least 135 suspected militants between 2003 and 2016, a rights group "
                        "said.", "2017-03-01")
    assert found == []
    found = events(nlp, "Malaysian police detained more than 250 people between 2013 and 2016 for suspected militant "
                        "activity.", "2017-03-01")
    assert found == []


@pytest.mark.model
def test_a_span_of_days_is_still_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops killed 12 militants between Monday and Wednesday in Sambisa forest.", "2017-03-01")
    assert [e.type for e in found] == ["operation"]
