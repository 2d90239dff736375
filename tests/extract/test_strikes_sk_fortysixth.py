"""Strikes, forty-sixth session (short sentences written for the tests): air arms named as a joint operation's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-10")


@pytest.mark.model
def test_an_air_arm_of_an_operation_strikes(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Air Force said the Air Component of Operation Hadin Kai killed several "
                        "terrorists at Baranga in Borno State on Monday.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "The Air Task Force of Operation Lafiya Dole bombarded ISWAP hideouts at Tumbun Sale in "
                        "Borno State on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_the_air_task_force_strikes_for_the_air_force(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Air Force said the Air Task Force (ATF) of Operation Lafiya Dole has "
                        "neutralized several ISWAP fighters at Tumbun Sale in Borno State on Monday.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_the_ground_troops_of_an_operation_do_not_strike(nlp: Language) -> None:
    found = events(nlp, "Troops of Operation Hadin Kai killed several terrorists at Baranga in Borno State on Monday.")
    assert [e.type for e in found if e.type == "strike"] == []


@pytest.mark.model
def test_aircraft_that_a_relative_clause_says_bombed_strike(nlp: Language) -> None:
    found = events(nlp, "U.S. jets that bombed Sirte on Monday returned to base.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_an_assault_aircraft_deliver_is_their_strike(nlp: Language) -> None:
    found = events(nlp, "NAF fighter jets unleashed a torrent of bombs on Monday, delivering a devastating assault on "
                        "terrorists' hideouts in Borno.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_an_assault_militants_launch_stays_their_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters launched an assault on the army base in Borno on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_strikes_the_tagger_reads_as_a_verb_told_past_are_a_strike(nlp: Language) -> None:
    found = events(nlp, "Coalition airstrikes on Rawah killed 20 militants.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "An army major said US-led coalition airstrikes against the town of Tal Kayf, 12 kilometers "
                        "from Mosul, mistakenly killed four Iraqi soldiers.")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "US-led coalition airstrikes against the town of Tal Kayf mistakenly killed four Iraqi "
                        "soldiers.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_strikes_the_tagger_reads_as_a_verb_told_as_a_record_are_none(nlp: Language) -> None:
    found = events(nlp, "US airstrikes in Syria have killed thousands over the years.")
    assert [e.type for e in found if e.type == "strike"] == []
