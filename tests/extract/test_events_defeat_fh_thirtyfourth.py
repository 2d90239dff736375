"""Territorial defeats, thirty-fourth session (sentences written for the tests, some shortened from train pages): an
irregular past the tagger reads as a present ("Iraqi forces retook Ramadi": VBP) is still a past, not a habit; and a
named town's recapture that no word of the page dates is kept undated, as the conventions keep it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.syntax import misread_present

events = events_dated("2017-07-01")


def _defeats(found: list) -> list:
    return [e for e in found if e.type == "territorial_defeat"]


@pytest.mark.model
def test_retook_read_as_a_present_is_still_a_recapture(nlp: Language) -> None:
    found = _defeats(events(nlp, "Iraqi forces retook Ramadi from ISIS in December 2015."))
    assert [(e.country, e.place, e.date) for e in found] == [("IQ", "Ramadi", "2015-12")]


@pytest.mark.model
def test_retook_with_a_year_first_is_a_recapture(nlp: Language) -> None:
    found = _defeats(events(nlp, "In December 2016 Puntland forces retook the town of Qandala from ISIS."))
    assert [(e.country, e.date, e.actor) for e in found] == [("SO", "2016-12", "Puntland Defence Forces")]


@pytest.mark.model
def test_the_misread_past_is_told_apart_from_a_true_present(nlp: Language) -> None:
    past = nlp("Iraqi forces retook Ramadi from ISIS in December 2015.")
    present = nlp("Iraqi forces patrol Ramadi every day.")
    assert misread_present(next(t for t in past if t.lower_ == "retook"))
    assert not misread_present(next(t for t in present if t.lower_ == "patrol"))


@pytest.mark.model
def test_an_undated_town_recapture_on_a_dated_page_is_kept(nlp: Language) -> None:
    found = _defeats(events(nlp, "Backed by Coalition air operations, Iraqi forces have steadily advanced up the "
                                 "Euphrates River Valley, liberating Fallujah and Hit."))
    assert sorted(e.place or "" for e in found) == ["Fallujah", "Hit"]
    assert all(e.country == "IQ" for e in found)


@pytest.mark.model
def test_an_undated_defeat_with_no_town_stays_a_general_claim(nlp: Language) -> None:
    found = _defeats(events(nlp, "ISIS was territorially defeated, but its cells still carry out attacks."))
    assert found == []


@pytest.mark.model
def test_an_undated_recapture_still_to_come_is_no_event(nlp: Language) -> None:
    found = _defeats(events(nlp, "We think that Sirte will be liberated within days, not weeks, the commander said."))
    assert found == []


@pytest.mark.model
def test_a_recapture_told_in_an_earlier_report_is_the_declared_defeat(nlp: Language) -> None:
    # "In an earlier tweet" frames a report, not a separate event: the town's liberation is the defeat declared
    text = ("The Syrian Democratic Forces (SDF) declared the territorial defeat of the Islamic State on Saturday. "
            "In an earlier tweet that was subsequently deleted, Bali said that Baghouz village had been fully "
            "liberated.")
    found = _defeats(events(nlp, text))
    assert [(e.place, e.actor) for e in found] == [("Baghouz", "Syrian Democratic Forces")]


@pytest.mark.model
def test_an_undated_taking_back_of_no_town_is_no_recapture(nlp: Language) -> None:
    # the place of the sentence is not what is taken back (people are): no territorial defeat
    text = ("Although Iraq has so many of its nationals detained in northeast Syria, the Iraqi government has been "
            "reluctant to take back any significant number.")
    assert _defeats(events(nlp, text)) == []


@pytest.mark.model
def test_two_reports_of_one_town_taken_are_one_defeat_whoever_each_credits(nlp: Language) -> None:
    text = ("U.S.-backed militias in Syria declared victory over Islamic State in its capital Raqqa in October. "
            "Fighters of the Syrian Democratic Forces jubilate aboard an armoured vehicle after Raqqa was "
            "liberated from the Islamic State militants.")
    assert [e.place for e in _defeats(events(nlp, text))] == ["Raqqa"]
