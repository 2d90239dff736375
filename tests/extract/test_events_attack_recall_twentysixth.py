"""Attacks told without an attack noun that holds, twenty-sixth session (short sentences written for the tests, some
after train pages): the killer told by a conjunct verb is the subject of the first verb of the chain, "the terror group"
names attackers, a killing noun done with a light verb ("carried out the killings") is an attack, and a killing
the sentence reports stands when its dropped attack word is only a remark on it ("the latest in a series of
attacks")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-07-03")


@pytest.mark.model
def test_the_killer_of_a_conjunct_is_the_subject_of_the_chain(nlp: Language) -> None:
    text = "On 23 June, insurgents entered Nkoe, set fire to several houses and killed at least three people."
    found = events(nlp, text)
    assert [(e.type, e.killed) for e in found] == [("attack", 3)]
    # the chain's subject is no attacker
    found = events(nlp, "On 23 June, floods entered Nkoe, swept away several houses and killed at least three people.")
    assert found == []


@pytest.mark.model
def test_the_terror_group_is_an_attacker(nlp: Language) -> None:
    found = events(nlp, "Earlier this month, five Iraqi soldiers were killed in Diyala by the terror group.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]
    found = events(nlp, "Earlier this month, five Iraqi soldiers were killed in Diyala by a landslide.")
    assert found == []


@pytest.mark.model
def test_a_killing_noun_done_with_a_light_verb_is_an_attack(nlp: Language) -> None:
    text = "On Monday, rebels of the Allied Democratic Forces carried out the killings in the village of Mamabio."
    found = events(nlp, text)
    assert [e.type for e in found] == ["attack"]
    # a killing talked of, not done
    found = events(nlp, "The killings in the village of Mamabio shocked the country.")
    assert found == []


@pytest.mark.model
def test_a_killing_stands_beside_a_dropped_remark_on_a_series(nlp: Language) -> None:
    text = (
        "Suspected ADF militants killed at least 12 civilians on Monday in eastern Congo, authorities said, "
        "the latest in a series of targeted attacks over the last 18 months."
    )
    found = events(nlp, text)
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]
    # the killing is the dropped attack word's own: a record, not one event
    found = events(nlp, "Gunmen have killed 500 civilians in attacks on villages across Congo since 2014.")
    assert [e.killed for e in found if e.type == "attack"] != [500]



@pytest.mark.model
def test_a_passive_killing_takes_no_killer_from_the_clause_it_hangs_on(nlp: Language) -> None:
    text = (
        "Islamic State recognizes Sawadjaan as the leader of terrorists in the country after Isnilon Hapilon "
        "was killed by government security forces in Marawi."
    )
    assert "attack" not in [e.type for e in events(nlp, text)]


@pytest.mark.model
def test_a_killing_carried_out_only_as_an_aim_is_no_attack(nlp: Language) -> None:
    text = "The ringleader travelled to Albania to carry out a contract killing, but the plan fell apart."
    assert "attack" not in [e.type for e in events(nlp, text)]
    found = events(nlp, "On Monday, gunmen carried out the killing of a police officer in Peshawar.")
    assert [e.type for e in found] == ["attack"]
