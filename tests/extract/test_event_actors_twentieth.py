"""Who did each event and whether it was claimed: actors of the twentieth session (short sentences written for
the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-12-20")


def test_a_states_police_named_by_its_demonym_made_the_arrest(nlp: Language) -> None:
    # the police, not the state: since session 28 the knowledge base lists Spain's national police by that form
    found = events(nlp, "Spanish police arrested a Moroccan national suspected of leading an Islamic State cell "
                        "in San Sebastian on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Spanish National Police")]


def test_a_states_security_forces_named_by_its_demonym(nlp: Language) -> None:
    found = events(nlp, "Tunisian security forces have killed three suspected militants from an Islamic "
                        "State-affiliated group in Kasserine on Saturday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Tunisian Security Forces")]


def test_a_police_chief_is_no_body_of_the_state(nlp: Language) -> None:
    # "police chief" is a person's title: no body named by its kind acted
    found = events(nlp, "The Spanish police chief said officers arrested a Moroccan suspected of links to the "
                        "Islamic State in Madrid on Tuesday.")
    assert all(e.actor != "Spanish police" for e in found)


def test_the_states_one_police_made_an_arrest_told_as_by_police(nlp: Language) -> None:
    found = events(nlp, "A militant hideout was raided by police in Bangladesh on Thursday, which killed five "
                        "suspected militants.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Bangladesh Police")]


def test_german_prosecutors_are_the_federal_prosecutors_office(nlp: Language) -> None:
    found = events(nlp, "German prosecutors said Sunday they had arrested a Libyan man in Bernau on suspicion of "
                        "links to the Islamic State group.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Federal Prosecutor's Office")]


def test_the_groups_own_report_of_its_attack_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "The Islamic State (IS) group said it carried out a gun and bomb attack on a Shiite "
                        "mosque in Kabul on Friday that killed at least 39 people.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


def test_another_speaker_naming_the_group_is_no_claim(nlp: Language) -> None:
    found = events(nlp, "Police said the Islamic State carried out the bombing in Kabul on Friday that killed 39 "
                        "people.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


def test_an_attack_that_claimed_lives_was_not_claimed(nlp: Language) -> None:
    # "claim" with the attack as subject tells its toll, not who took responsibility
    found = events(nlp, "Last Thursday, a suspected ISIS assault in Diyala's Muqdadiya district claimed the lives of "
                        "at least ten civilians.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


def test_an_attack_claimed_by_the_group_is_still_claimed(nlp: Language) -> None:
    found = events(nlp, "The bombing in Kabul on Friday was claimed by the Islamic State.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


def test_a_news_outlet_reports_a_raid_it_does_not_make_it(nlp: Language) -> None:
    found = events(nlp, "Hindustan Times reported that the leader of Neo JMB was killed in the raid at Patartek in "
                        "Gazipur on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]


def test_a_body_whose_name_is_no_outlets_still_raided(nlp: Language) -> None:
    # "Agency" is no outlet word: the investigation agency made the arrests
    found = events(nlp, "The National Investigation Agency arrested two Islamic State suspects in Chennai on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "National Investigation Agency")]
