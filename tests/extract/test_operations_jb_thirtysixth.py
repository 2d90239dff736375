"""Operations the earlier rules missed, thirty-sixth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-06-20")


def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


def test_the_ledes_arrest_by_police_is_the_pages_operation(nlp: Language) -> None:
    text = "PUTRAJAYA: Six men and two women have been arrested by police for alleged ties to the Islamic State."
    found = _operations(events(nlp, text))
    assert [(e.country, e.date) for e in found] == [("MY", "2024-06")]


def test_the_ledes_arrest_with_no_one_making_it_is_the_pages_operation(nlp: Language) -> None:
    text = "Seven Islamic State supporters have been arrested in Indonesia over a plot against a church, police said."
    assert [e.country for e in _operations(events(nlp, text))] == ["ID"]


def test_an_arrest_after_the_ledes_first_sentence_stays_a_detail(nlp: Language) -> None:
    # the attack is the news; the arrest told in the passive after it is a detail of its story
    text = "Two gunmen killed five people in Kabul on Monday. A suspect was arrested."
    assert _operations(events(nlp, text)) == []


def test_an_arrest_further_down_the_page_stays_a_detail(nlp: Language) -> None:
    text = ("Gunmen killed five people at a market in Kabul on Monday, officials said.\n"
            "A suspect was arrested, police said.")
    assert _operations(events(nlp, text)) == []


def test_who_was_arrested_before_is_no_operation_of_the_lede(nlp: Language) -> None:
    text = "Sharifullah, who was arrested by police, appeared in court on charges of terrorism."
    assert _operations(events(nlp, text)) == []


def test_the_groups_fighters_detaining_people_in_the_lede_are_no_operation(nlp: Language) -> None:
    text = "Islamic State fighters detained five villagers near the town, residents said."
    assert _operations(events(nlp, text)) == []


def test_a_place_in_a_clause_on_the_arrested_does_not_locate_the_arrest(nlp: Language) -> None:
    text = ("Late last year the Maldives arrested a local man described by the United States as a recruiter for IS in "
            "Syria and Afghanistan.")
    assert [e.country for e in _operations(events(nlp, text))] == ["MV"]


def test_a_place_in_a_clause_on_those_a_raid_detains_does_not_locate_it(nlp: Language) -> None:
    text = "Istanbul police raided 17 addresses on Nov. 9 to detain 17 suspects who had connections to ISIS in Syria."
    assert [e.country for e in _operations(events(nlp, text, "2020-11-12"))] == ["TR"]


def test_an_arrest_keeps_the_place_it_was_made_in(nlp: Language) -> None:
    found = _operations(events(nlp, "Police arrested two ISIS suspects in Jakarta on Monday."))
    assert [(e.country, e.place) for e in found] == [("ID", "Jakarta")]


def test_where_someone_meant_to_join_the_group_is_no_place_of_the_arrest(nlp: Language) -> None:
    text = "Suspects detained for allegedly funding Daesh and planning to join the group in Syria"
    assert not [e for e in _operations(events(nlp, text)) if e.country == "SY"]


def test_the_countries_in_the_groups_long_name_locate_nothing(nlp: Language) -> None:
    text = "Two men were arrested on Tuesday for supporting the Islamic State of Iraq and Syria, police said."
    assert not [e for e in events(nlp, text) if e.country == "SY"]
    text = "A Detroit man was arrested Tuesday on charges of trying to support the Islamic State of Iraq and al-Sham."
    assert not [e for e in events(nlp, text) if e.country == "SY"]


def test_a_branchs_name_still_places_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISIS in Somalia attacked a base in Bosaso on Monday.")
    assert [(e.type, e.country) for e in found] == [("attack", "SO")]


def test_the_ledes_arrest_after_an_attack_is_a_detail_of_the_attack(nlp: Language) -> None:
    text = "Police said the suspect was arrested after the knife attack in Villach on Saturday that killed a teenager."
    assert _operations(events(nlp, text)) == []


@pytest.mark.model
def test_joining_a_person_for_a_meeting_keeps_its_place(nlp: Language) -> None:
    # the "in" phrase of joining is a destination only when a group is joined, not a person met
    found = events(nlp, "He then joined US Secretary of State Antony Blinken for the Global Coalition to Defeat Daesh "
                        "ministerial meeting in the Italian capital, Rome, on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IT")]
