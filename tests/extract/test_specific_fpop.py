"""Events the specific-event filters (extract/events/specific.py) drop: a unit falling back to a post in the fight
is no withdrawal, a visit someone was in the middle of when something else happened is no meeting, refugees sent
home are no repatriation, an event word inside a group's name is no event; a meeting someone "is to" hold is a
plan."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_troops_falling_back_to_a_town_or_base_is_no_withdrawal(nlp: Language) -> None:
    found = events(nlp, "Nigerian forces withdrew to nearby Gulumba Gana town to enable the Air Component to "
                        "engage the insurgents.")
    assert [e.type for e in found if e.type == "withdrawal"] == []
    found = events(nlp, "Troops from the two bases withdrew to another naval base at Fish Dam on the shores of "
                        "Lake Chad.")
    assert [e.type for e in found if e.type == "withdrawal"] == []


@pytest.mark.model
def test_a_drawdown_from_a_country_is_still_a_withdrawal(nlp: Language) -> None:
    found = events(nlp, "US forces withdrew from Syria in August 2021.")
    assert [(e.type, e.date) for e in found] == [("withdrawal", "2021-08")]


@pytest.mark.model
def test_a_visit_told_in_the_past_progressive_is_no_meeting(nlp: Language) -> None:
    # what someone was in the middle of when an attack came is the attack's scene
    found = events(nlp, "The assault took place near the town of Dharjaale in the Bari region while the deputy "
                        "speaker of Puntland's parliament was visiting the base.")
    assert [e.type for e in found if e.type == "meeting"] == []


@pytest.mark.model
def test_a_visit_to_troops_told_done_is_still_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The Chief of the Army Staff visited troops of Operation Hadin Kai in Maiduguri on "
                        "Monday, April 29.")
    assert [e.type for e in found] == ["meeting"]


@pytest.mark.model
def test_refugees_sent_home_are_no_repatriation(nlp: Language) -> None:
    found = events(nlp, "The fishermen are mostly refugees who were recently repatriated from the Chad Republic "
                        "and resettled by the Borno State government in Doron Baga.")
    assert [e.type for e in found if e.type == "repatriation"] == []
    found = events(nlp, "Abducted fishermen are recently repatriated refugees from Chad who were resettled in "
                        "Doron Baga.")
    assert [e.type for e in found if e.type == "repatriation"] == []


@pytest.mark.model
def test_citizens_brought_home_from_a_camp_are_still_a_repatriation(nlp: Language) -> None:
    found = events(nlp, "Kyrgyzstan repatriated 18 women and 41 children from the al-Hol camp in northeast Syria "
                        "on April 2.")
    assert [e.type for e in found] == ["repatriation"]


@pytest.mark.model
def test_an_event_word_inside_a_group_name_is_no_event(nlp: Language) -> None:
    found = events(nlp, "Congolese soldiers patrol against the Allied Democratic Forces (ADF) and the National Army "
                        "for the Liberation of Uganda (NALU) rebels near Beni in 2013.")
    assert [e.type for e in found if e.type == "territorial_defeat"] == []


@pytest.mark.model
def test_an_operation_named_by_its_own_name_is_still_an_operation(nlp: Language) -> None:
    found = events(nlp, "Operation Shujaa was launched on November 30, 2021 by the UPDF and the Congolese army.")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-11-30")]


@pytest.mark.model
def test_a_meeting_someone_is_to_hold_is_a_plan(nlp: Language) -> None:
    found = events(nlp, "Pope Tawadros II, who is to meet with Pope Francis on his visit to Egypt, was in the church "
                        "at the time, the Interior Ministry said.", reference="2017-04-10")
    assert [e.type for e in found if e.type == "meeting"] == []
    found = events(nlp, "Pope Tawadros II met with Pope Francis on his visit to Egypt on April 28.",
                   reference="2017-05-02")
    assert [e.type for e in found] == ["meeting"]


@pytest.mark.model
def test_an_infinitive_on_the_complement_of_be_is_no_schedule(nlp: Language) -> None:
    # the infinitive hangs on "underway": the modality stays as before (the event's date with it)
    found = events(nlp, "Dirir revealed that arrangements are underway to repatriate the surrendered fighters to "
                        "their home countries from the al-Hol camp.", reference="2024-01-10")
    assert [(e.type, e.date) for e in found] == [("repatriation", "2024-01")]
