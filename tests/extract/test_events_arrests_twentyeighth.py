"""Arrests, twenty-eighth session (short sentences written for the tests, some shortened from train pages): a body's
report of "the arrest of" people it took is its operation; an arrest told in the passive with no agent, at a place of
its own, is an operation when a state's force or body is the one that reports it, not when a witness does; an arrest
noun with no verb of reporting stays background."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


@pytest.mark.model
def test_a_body_announcing_the_arrest_of_people_made_it(nlp: Language) -> None:
    found = _operations(events(nlp, "The National Intelligence and Security Service (NISS) announced the arrest of "
                                    "82 individuals affiliated with ISIS."))
    assert [e.actor for e in found] == ["National Intelligence and Security Service"]
    found = _operations(events(nlp, "The Punjab Counter Terrorism Department (CTD) has confirmed the arrest of 21 "
                                    "alleged terrorists in Lahore."))
    assert [(e.country, e.place) for e in found] == [("PK", "Lahore")]


@pytest.mark.model
def test_an_arrest_noun_without_a_report_is_background(nlp: Language) -> None:
    assert _operations(events(nlp, "After his arrest, the suspect told investigators about the ISIS cell.")) == []
    # the arrest of a town's attackers asked for, not reported
    assert _operations(events(nlp, "Residents demanded the arrest of the ISIS fighters.")) == []


@pytest.mark.model
def test_a_passive_arrest_a_force_reports_at_a_place_is_its_operation(nlp: Language) -> None:
    found = _operations(events(nlp, "Four alleged ISIS terrorists have been arrested in Pakistan's Punjab province, "
                                    "police said."))
    assert [(e.country, e.place) for e in found] == [("PK", "Punjab")]
    found = _operations(events(nlp, "Indonesian police said eight men were arrested in Riau province."))
    assert [(e.country, e.place) for e in found] == [("ID", "Riau")]


@pytest.mark.model
def test_a_passive_arrest_told_by_others_or_nowhere_is_no_operation(nlp: Language) -> None:
    # a witness is no force, nor is whoever speaks for a government
    assert _operations(events(nlp, "A witness said two ISIS suspects were arrested in Kampala.")) == []
    assert _operations(events(nlp, "A 16-year-old Syrian refugee has been arrested in Germany on suspicion of "
                                   "planning a bomb attack in the name of ISIS, officials said Wednesday.")) == []
    # no place of its own
    assert _operations(events(nlp, "Police said two ISIS suspects were arrested.")) == []


@pytest.mark.model
def test_the_body_reporting_an_arrest_gives_way_to_the_force_that_made_it(nlp: Language) -> None:
    found = _operations(events(nlp, "The Syrian Ministry of Interior announced the arrest of an ISIS cell in Afrin. "
                                    "It stated that the security operation carried out by the Internal Security "
                                    "Forces in Afrin targeted ISIS cells."))
    assert [(e.country, e.actor) for e in found] == [("SY", "Internal Security Forces")]
    # who was taken is never who reported the arrest
    found = _operations(events(nlp, "Police reported the arrest of two Islamic State members in Lahore."))
    assert [(e.place, e.actor) for e in found] == [("Lahore", None)]


@pytest.mark.model
def test_the_day_an_arrest_is_announced_is_not_the_day_it_was_made(nlp: Language) -> None:
    found = _operations(events(nlp, "On Friday, June 27, the Royal Malaysian Police announced the arrest of 36 "
                                    "Bangladeshi nationals linked to the Islamic State. The police's operation "
                                    "started on April 24 in Johor.", reference="2025-06-28"))
    assert [(e.date, e.country) for e in found] == [("2025-04-24", "MY")]
