"""Event country, twenty-fifth session: where the sentence says where a place lies, who a force is and where it
came from (short sentences written for the tests, each with a case where the rule must not fire).

- a village no gazetteer knows lies in the province or country its "in" or "of" phrase puts it in ("the village
  of Novo Cabo in Mozambique's Cabo Delgado province"), as a known place does, before the country the sentence
  names most;
- a "from" phrase names where a force or its fire came from, or a partner that helped, not where the event was;
- a force of another clause than the trigger's, or one the trigger sits in a clause about another thing of,
  is not at the event, and its demonym does not locate it;
- a place naming a border ("10 miles from the Pakistan border") is the side across it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-25")


@pytest.mark.model
def test_an_unlisted_village_takes_the_province_it_is_told_to_lie_in(nlp: Language) -> None:
    text = ("The Islamic State terrorist organisation banned in Russia claimed an attack on the village of Novo "
            "Cabo in Mozambique’s Cabo Delgado province.")
    assert [(e.type, e.country, e.place) for e in events(nlp, text)] == [("attack", "MZ", "Novo Cabo")]
    # with no phrase saying where it lies, the country of the sentence's places
    text = "ISWAP fighters attacked the village of Kareto near Monguno in Borno State on Friday."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "NG")]


@pytest.mark.model
def test_a_from_phrase_is_where_the_fire_came_from_not_where_it_hit(nlp: Language) -> None:
    text = ("Residents of Beni and Oicha fear more violence this week. Officials confirmed an operation of air "
            "strikes and artillery fire from Uganda against the ADF on Tuesday.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("operation", "CD")]
    text = ("Egypt is quietly carrying out the operation in the Sinai with cooperation from Israel. Egypt is quietly "
            "carrying out the operation with cooperation from Israel.")
    assert {e.country for e in events(nlp, text)} == {"EG"}
    # a verb's "from" phrase says where someone was, a distance's where the place is near; a withdrawal is from
    # where it is
    text = ("One US official said that Sharifullah is being extradited to the US from Pakistan after being detained "
            "by Pakistani forces.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("operation", "PK")]
    text = "It was the first time Talatage, about 150 kilometers from Gao, had been attacked on such a scale by ISGS."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "ML")]
    text = "The last US troops withdrew from Iraq on Tuesday."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("withdrawal", "IQ")]


@pytest.mark.model
def test_a_force_of_another_clause_does_not_locate_the_event(nlp: Language) -> None:
    text = "The attack came as the French forces set up a security post in the area."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", None)]
    text = ("According to local sources, the Rwandan forces managed to bring back a boat that the terrorists had "
            "stolen last week when they attacked the islands.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", None)]
    # the force of the trigger's own clause, or one that killed the attackers, is at home
    text = "Nigerian troops repelled an attack by ISWAP fighters on their base on Sunday."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "NG")]
    text = "Nigerian troops killed ten insurgents who attacked a village on Sunday."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "NG")]


@pytest.mark.model
def test_a_place_naming_a_border_is_the_other_side(nlp: Language) -> None:
    text = ("At least 23 soldiers were killed in a suicide vehicle bombing that targeted a checkpoint near the Gaza "
            "border in July.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", None)]
    text = ("Afghan commandos finished a three-week offensive that trapped hundreds of ISIS militants in Gurgoray "
            "Valley, 10 miles from the Pakistan border, officials said Thursday.")
    # never Pakistan; the Afghan force's raid nothing else locates is in its own country (credit.forces_own_country)
    assert [(e.type, e.country) for e in events(nlp, text)] == [("operation", "AF")]
    # a town the distance is from is near, and a possessive is this side of the border
    text = ("Afghan commandos finished a three-week offensive that trapped hundreds of ISIS militants in Gurgoray "
            "Valley, 10 miles from Jalalabad, officials said Thursday.")
    assert [(e.type, e.country) for e in events(nlp, text)] == [("operation", "AF")]
    text = "At least 23 soldiers were killed in a suicide bombing at a checkpoint on Egypt’s border with Gaza in July."
    assert [(e.type, e.country) for e in events(nlp, text)] == [("attack", "EG")]
