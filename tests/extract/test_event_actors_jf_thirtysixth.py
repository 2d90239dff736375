"""Event actors, thirty-sixth session (jf): Syria's security forces are its interior ministry's, a pledge by a group
the parse left no subject of its own, a meeting's own name is no party to it (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-12-22")


def test_syrian_security_forces_are_the_interior_ministry(nlp: Language) -> None:
    found = events(nlp, "Syrian security forces raided an ISIS hideout in the Dummar neighborhood of Damascus on "
                        "Wednesday, seizing explosives.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Ministry of Interior")]


def test_the_bare_internal_security_forces_are_not_the_ministry(nlp: Language) -> None:
    # the ministry's name with the page's demonym must not take the bare name over: in the northeast the
    # "Internal Security Forces" are the Asayish, and the annotated pages keep the bare name apart
    found = events(nlp, "The security operation carried out by the Internal Security Forces in Syria's Aleppo "
                        "province on Monday resulted in the arrest of an ISIS cell.")
    assert all(e.actor != "Syrian Ministry of Interior" for e in found)


def test_a_group_s_pledge_on_its_second_verb_is_the_group_s(nlp: Language) -> None:
    found = events(nlp, "The ADF, originally a Ugandan Islamist group, has waged a violent insurgency in eastern "
                        "Congo for decades and pledged allegiance to IS in 2019.")
    assert [(e.type, e.actor) for e in found if e.type == "pledge"] == [("pledge", "Allied Democratic Forces")]


def test_a_pledge_in_a_relative_clause_on_a_group_is_the_group_s(nlp: Language) -> None:
    found = events(nlp, "Police believe they have crippled another cell of Abu Sayyaf who have been hiding in Sabah "
                        "and have pledged allegiance to the Daesh militant group.")
    assert [(e.type, e.actor) for e in found if e.type == "pledge"] == [("pledge", "Abu Sayyaf Group")]


def test_the_group_sworn_to_is_never_the_pledger(nlp: Language) -> None:
    found = events(nlp, "Hundreds of fighters have waged an insurgency in Sulu for years and pledged allegiance to "
                        "the Islamic State in 2016.")
    assert all(e.actor != "Islamic State" for e in found if e.type == "pledge")


def test_a_summit_s_name_is_not_who_met(nlp: Language) -> None:
    # "Extraordinary Summit" names the meeting; the bloc the sentence names held it
    found = events(nlp, "Last month, the Extraordinary Summit of the Organ Troika of the Heads of State and "
                        "Government of SADC held in South Africa approved the SAMIM extension.")
    assert [(e.type, e.actor) for e in found if e.type == "meeting"] == [
        ("meeting", "Southern African Development Community")]


def test_a_summit_s_name_with_no_body_beside_it_leaves_the_meeting_open(nlp: Language) -> None:
    found = events(nlp, "Speaking at the third edition of the Turkey-Africa Partnership Summit in Istanbul on "
                        "Saturday, Buhari said the insurgents are preying on soft targets.")
    assert all(e.actor != "Turkey-Africa Partnership Summit" for e in found if e.type == "meeting")
