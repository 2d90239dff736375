"""Actors, forty-seventh session (ac; short sentences written for the tests): a ground operation credited to a
state's army goes to the theatre command its own sentence names, not to one named elsewhere on the page; a
headquarters its own sentence names as the doer keeps the operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-01-20")


def test_the_armys_troops_serving_in_a_theatre_command_are_the_commands(nlp: Language) -> None:
    found = events(nlp, "Nigerian troops serving in Operation Hadin Kai raided an ISWAP hideout in Borno State on "
                        "Monday.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [("operation", "Operation Hadin Kai")]


def test_the_north_west_command_is_known_by_its_variant_spelling(nlp: Language) -> None:
    found = events(nlp, "Troops of the Nigerian Army's Operation Fansan Yanma arrested a Lakurawa commander in "
                        "Sokoto State on Monday.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [("operation", "Operation Fansan Yamma")]


def test_a_command_named_only_in_another_sentence_does_not_take_the_armys_operation(nlp: Language) -> None:
    found = events(nlp, "The special brigade of the Nigerian Army destroyed 22 Lakurawa camps in Sokoto State on "
                        "Friday. The theatre commander of Operation Fansan Yamma, Maj.-Gen. Ade Bello, disclosed "
                        "this to newsmen.")
    actors = [e.actor for e in found if e.type == "operation"]
    assert actors and "Operation Fansan Yamma" not in actors


def test_a_headquarters_its_sentence_names_as_the_doer_keeps_the_operation(nlp: Language) -> None:
    found = events(nlp, "Troops of the Defence Headquarters Special Operations Brigade launched an offensive against "
                        "Lakurawa terrorists in Sokoto State on Thursday. The coordinator of the media centre of "
                        "Operation Fansan Yamma said six terrorists were neutralised.")
    actors = [e.actor for e in found if e.type == "operation"]
    assert actors and "Operation Fansan Yamma" not in actors


def test_a_raid_the_sentence_gives_the_army_by_kind_is_the_reporting_police_bodys(nlp: Language) -> None:
    found = events(nlp, "Eleven ISIL terrorists were killed during an operation by Pakistani security forces in "
                        "Mastung on Tuesday. The Counter Terrorism Department said in a statement that the "
                        "militants had planned attacks in Quetta.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [
        ("operation", "Counter Terrorism Department")]


def test_a_raid_by_the_army_named_as_such_stays_the_armys_beside_a_reporting_police_body(nlp: Language) -> None:
    found = events(nlp, "Pakistan Army troops raided an Islamic State hideout in Mastung on Tuesday. The Counter "
                        "Terrorism Department said in a statement that two suspects were handed over to it.")
    actors = [e.actor for e in found if e.type == "operation"]
    assert actors and "Counter Terrorism Department" not in actors


def test_an_armys_strike_is_the_air_arm_the_page_names(nlp: Language) -> None:
    found = events(nlp, "The Nigerian military said its Air Task Force has knocked out an ISWAP logistics base and "
                        "neutralized several of their fighters in air strikes conducted at Tumbun Rego in Borno State "
                        "on Sunday. The Air Task Force dispatched Nigerian Air Force (NAF) fighter jets to the "
                        "location. These were engaged by the NAF attack aircraft.")
    actors = [e.actor for e in found if e.type == "strike"]
    assert actors and set(actors) == {"Nigerian Air Force"}


def test_an_armys_strike_with_no_air_arm_named_stays_the_armys(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Army said airstrikes neutralized scores of ISWAP fighters at Tumbun Rego in "
                        "Borno State on Sunday.")
    assert "Nigerian Air Force" not in [e.actor for e in found if e.type == "strike"]
