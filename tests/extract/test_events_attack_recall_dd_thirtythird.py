"""Attacks told with a word both attacks and operations use, thirty-third session (short sentences written for the
tests, after train pages): a raid made by attackers told by their modifier ("armed men") or by a collective of them
("a group of gunmen") is their attack, not a force's operation; an attack set weeks before the one told is another;
attackers wounding a count of people is an attack told with no attack word; "Gasarwa Village" names a village."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_a_raid_by_armed_men_is_an_attack(nlp: Language) -> None:
    text = "In October 2017, about 30 armed men launched a dawn raid on three police stations in Mocimboa da Praia."
    assert [e.type for e in events(nlp, text)] == ["attack"]
    # the army's raid stays an operation
    text = "In October 2017, Mozambican troops launched a dawn raid on three insurgent bases in Mocimboa da Praia."
    assert [e.type for e in events(nlp, text)] == ["operation"]


@pytest.mark.model
def test_a_raid_by_a_group_of_attackers_is_an_attack(nlp: Language) -> None:
    text = "On 3 May, a group of gunmen launched a raid on the village of Nsangue in Mocimboa da Praia."
    assert [e.type for e in events(nlp, text)] == ["attack"]
    text = "On 3 May, a group of soldiers launched a raid on the village of Nsangue in Mocimboa da Praia."
    assert [e.type for e in events(nlp, text)] == ["operation"]


@pytest.mark.model
def test_an_attack_set_weeks_before_is_another_attack(nlp: Language) -> None:
    lede = "Boko Haram terrorists attacked a military post in Baroua in southern Niger, killing 16 soldiers."
    text = lede + " Two weeks before, 15 soldiers had been killed in an ambush by the group."
    assert sorted(e.killed for e in events(nlp, text)) == [15, 16]
    # the toll told again in the same frame is the same attack's
    text = lede + " Fifteen soldiers had been killed in the ambush by the group."
    assert [e.killed for e in events(nlp, text)] == [16]


@pytest.mark.model
def test_attackers_wounding_people_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On Monday, gunmen wounded three police officers in Mafa.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 3)]
    found = events(nlp, "On Monday, two guards were injured by militants in Mafa.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 2)]
    # "shoot" with a count of people as object
    found = events(nlp, "On Monday, the terrorists shot three commuters in Mafa.")
    assert [e.type for e in found] == ["attack"]
    # a force's doing is no attack, nor is shooting a thing or hurting what is no one
    assert events(nlp, "On Monday, troops injured two suspects in Mafa.") == []
    assert events(nlp, "On Monday, the militants shot a video in Mafa.") == []
    assert events(nlp, "In 2016, ISIS hurt the economy of Mosul.") == []


@pytest.mark.model
def test_a_capitalised_settlement_word_names_a_village(nlp: Language) -> None:
    found = events(nlp, "On Monday, gunmen attacked Kalay Village in Borno, killing five.")
    assert [(e.type, e.place) for e in found] == [("attack", "Kalay")]
