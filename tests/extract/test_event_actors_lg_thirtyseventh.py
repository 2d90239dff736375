"""Event actors, thirty-seventh session (lg): the group an attack is blamed for or charged with, and the names that
credit a group or a government only in one country (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2023-06-12")


def test_the_group_blamed_for_an_attack_in_a_headline_did_it(nlp: Language) -> None:
    # (no claim: the article's one group is not lent to its attacks)
    found = events(nlp, "ISIS blamed for Iraq attack that killed three soldiers, military official says\n"
                        "There was no immediate claim of responsibility.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State", False)]


def test_the_group_police_blame_for_an_attack_did_it(nlp: Language) -> None:
    found = events(nlp, "Police blamed the Islamic State for the bombing of a market in Kirkuk on Sunday. There was "
                        "no immediate claim of responsibility.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Islamic State")]


def test_the_un_backed_government_in_libya_is_the_government_of_national_accord(nlp: Language) -> None:
    found = events(nlp, "In December 2016, forces allied with the UN-backed government defeated the Islamic State and "
                        "expelled its fighters from Sirte, Libya's officials said.")
    assert [(e.type, e.actor) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Government of National Accord")]


def test_a_strike_the_pentagon_announces_is_the_united_states(nlp: Language) -> None:
    found = events(nlp, "The leader of the Islamic State in Afghanistan was killed in an airstrike in Nangarhar last "
                        "month, the Pentagon announced on Friday.")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [("strike", "United States")]


def test_an_operation_a_defence_ministry_announces_is_the_national_force_s(nlp: Language) -> None:
    found = events(nlp, "The Egyptian Ministry of Defense launched a major operation against Islamic State militants "
                        "in North Sinai on Friday.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [("operation", "Egyptian Armed Forces")]


def test_a_state_s_operation_located_by_the_article_is_its_command_s(nlp: Language) -> None:
    # the operations' sentence names no place: the article's other sentences put them in Syria, CENTCOM's area
    found = events(nlp, "Syria has seen a rise in ISIS attacks this year. According to CENTCOM's statement, US and "
                        "allied troops carried out 11 missions between December 20 and 29, capturing 20 ISIS members.",
                   reference="2025-12-31")
    assert [(e.type, e.country, e.actor) for e in found if e.type == "operation"] == [
        ("operation", "SY", "U.S. Central Command")]
