"""A vehicle, a thrown weapon or a series of blasts that "struck" people makes an attack, not an air strike; a meeting
told only as the time an event of another type came is no meeting of the article; a pronoun subject stands for the
subject of the clause its own hangs from (short sentences written for the tests, after train pages' false strikes,
meetings and operations)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-05")


def test_a_truck_striking_a_patrol_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On January 11, an explosives-laden pickup truck struck a Barkhane patrol near Menaka, "
                        "wounding three military medics.\n")
    assert [e.type for e in found] == ["attack"]


def test_a_vehicle_striking_cyclists_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On July 29, a vehicle struck a group of cyclists near Danghara, before the assailants "
                        "stabbed them.\n")
    assert "strike" not in [e.type for e in found]
    assert "attack" in [e.type for e in found]


def test_a_series_of_blasts_striking_churches_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "A series of blasts struck churches in Surabaya on Sunday, killing at least 13 people.\n")
    assert [e.type for e in found] == ["attack"]


def test_a_jet_striking_a_camp_stays_a_strike(nlp: Language) -> None:
    found = events(nlp, "A Nigerian Air Force fighter jet yesterday struck a command centre of ISWAP in Alafa near "
                        "Sambisa Forest.\n")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


def test_a_visit_the_attack_came_after_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "The attack came days after United States Defense Secretary Lloyd Austin III visited a "
                        "military base in Mindanao on Sunday.\n")
    assert "meeting" not in [e.type for e in found]


def test_a_meeting_news_came_as_is_no_meeting(nlp: Language) -> None:
    found = events(nlp, "News of Wednesday's attack came as President Abdel Fattah al-Sisi met U.S. national "
                        "security advisor Jake Sullivan in Cairo.\n")
    assert "meeting" not in [e.type for e in found]


def test_a_visit_an_announcement_follows_stays_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The announcement follows President al-Sharaa's historic visit to Washington on Monday, "
                        "where he met President Donald Trump for bilateral talks.\n")
    assert "meeting" in [e.type for e in found]


def test_a_meeting_that_followed_an_agreement_stays_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The meeting followed a January 29 agreement between the Syrian government and the Syrian "
                        "Democratic Forces.\n")
    assert [e.type for e in found] == ["meeting"]


def test_they_after_gunmen_in_one_sentence_raided_is_their_attack(nlp: Language) -> None:
    found = events(nlp, "The gunmen chanted slogans, fired shots, and set homes alight when they raided Nanjaba "
                        "village on Monday.\n")
    assert [e.type for e in found] == ["attack"]


def test_they_after_troops_in_one_sentence_raided_stays_their_operation(nlp: Language) -> None:
    found = events(nlp, "Nigerian troops pursued the insurgents until they raided a camp in Sambisa Forest on "
                        "Monday.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


def test_they_the_army_said_clashed_stays_its_operation(nlp: Language) -> None:
    found = events(nlp, "The army said they clashed with ISWAP fighters in Marte on Monday.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


def test_they_in_a_where_clause_after_insurgents_clashed_is_their_attack(nlp: Language) -> None:
    found = events(nlp, "After this, a group of insurgents left Chiure for Ancuabe district, where they clashed "
                        "with the Naparama militia on 2 March outside Ntutupue.\n")
    assert "operation" not in [e.type for e in found]
    assert "attack" in [e.type for e in found]
