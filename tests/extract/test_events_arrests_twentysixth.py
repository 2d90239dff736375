"""Arrests, twenty-sixth session (short sentences written for the tests, some shortened from train pages): an arrest
told in the passive is an operation when a force is its agent, or when a place and a day of its own locate it
(not a place of the people arrested, of the attack it followed, or of their arrival); a cell broken up happened
where the phrase on the cell puts it ("active in the cities of A and B": in A); "was able to" tells a deed; an
attack told with a day years before the article is not the event told just before it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_a_passive_arrest_with_a_force_as_agent_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "ISWAP commander Saidu Hassan Yellow has been apprehended by troops of the Nigerian Army "
                        "in Mubi on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]
    # the same arrest by no force
    assert events(nlp, "ISWAP commander Saidu Hassan Yellow has been apprehended by his own relatives.") == []


@pytest.mark.model
def test_an_agentless_passive_arrest_with_a_place_and_a_day_of_its_own_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "The five suspects were apprehended on Saturday in the city of Yaroslavl, northeast of "
                        "Moscow.")
    assert [(e.type, e.country, e.date) for e in found] == [("operation", "RU", "2025-05-03")]
    found = events(nlp, "Police spokesman George Kinoti said the four suspects were nabbed in Busia, Kenya, "
                        "late Saturday.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]


@pytest.mark.model
def test_an_agentless_passive_arrest_without_its_own_place_is_none(nlp: Language) -> None:
    # no place: a detail of the story
    assert events(nlp, "A 23-year-old has been arrested in connection with the incident on Tuesday.") == []
    # the place is the attack's the arrest followed
    found = events(nlp, "The suspect, a 23-year-old Syrian, was arrested after the attack in the southern city "
                        "of Villach on Saturday.")
    assert "operation" not in [e.type for e in found]
    # the place is where the people arrested arrived: a detail of their return
    assert events(nlp, "Two men were arrested upon their arrival at Kuala Lumpur airport on Tuesday.") == []
    # the place is where one of the people arrested wanted to go
    found = events(nlp, "Two more Singaporeans were arrested last month under the Internal Security Act, one man "
                        "for wanting to join the Islamic State of Iraq and Syria (ISIS) in Syria.")
    assert [(e.type, e.country) for e in found if e.type == "operation" and e.country == "SY"] == []


@pytest.mark.model
def test_suspects_nabbed_by_a_force_are_an_operation(nlp: Language) -> None:
    found = events(nlp, "Police nabbed two terror suspects in Mombasa on Monday.")
    assert [(e.type, e.place) for e in found] == [("operation", "Mombasa")]
    assert events(nlp, "Police nabbed two cows in Mombasa on Monday.") == []


@pytest.mark.model
def test_a_cell_broken_up_happened_where_the_phrase_on_the_cell_puts_it(nlp: Language) -> None:
    found = events(nlp, "The Central Bureau of Judicial Investigations (BCIJ) has dismantled a new terrorist cell "
                        "composed of 13 elements, aged between 22 and 44, who are active in the cities of Kelâa "
                        "Sraghna, Sale, Casablanca and Mohammedia.")
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "MA", "Kelâa Sraghna")]
    found = events(nlp, "DAMASCUS, Syria (North Press) - Moroccan security forces announced on Wednesday the "
                        "dismantling of a terrorist cell affiliated with the Islamic State (ISIS), consisting of four "
                        "extremists operating between the cities of Tetouan and Chefchaouen.")
    assert [(e.type, e.country) for e in found] == [("operation", "MA")]


@pytest.mark.model
def test_was_able_to_tells_a_deed_and_is_able_to_a_potential(nlp: Language) -> None:
    found = events(nlp, "On Monday, the Central Bureau of Judicial Investigations (BCIJ) was able to dismantle a "
                        "terrorist cell in Tangier.")
    assert [(e.type, e.place) for e in found] == [("operation", "Tangier")]
    assert events(nlp, "The Central Bureau of Judicial Investigations (BCIJ) is able to dismantle a terrorist cell "
                       "in Tangier.") == []
    assert events(nlp, "The Central Bureau of Judicial Investigations (BCIJ) will be able to dismantle a terrorist "
                       "cell in Tangier.") == []


@pytest.mark.model
def test_an_attack_years_before_the_article_is_not_the_operation_told_before(nlp: Language) -> None:
    found = events(nlp, "Troops of the Nigerian Army arrested ISWAP commander Saidu Hassan Yellow in Mubi on "
                        "Monday. Saidu was alleged to be the mastermind of the attack on Askira Town on November 12 "
                        "2021.")
    assert sorted((e.type, (e.date or "")[:4]) for e in found) == [("attack", "2021"), ("operation", "2025")]
