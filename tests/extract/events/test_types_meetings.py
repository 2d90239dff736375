"""Meetings end to end: who met, where and when."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2016_11_03 = events_dated("2016-11-03")
events_on_2021_07_10 = events_dated("2021-07-10")
events_on_2024_03_10 = events_dated("2024-03-10")
events_on_2026_02_10 = events_dated("2026-02-10")


# Meetings: a body's session is a meeting with an anchor, never as an idiom.

@pytest.mark.model
def test_a_councils_dated_session_is_a_meeting(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "On 4 March 2024, the African Union Peace and Security Council convened its 1203rd session "
             "in Addis Ababa on the operations of SAMIM.")
    assert [(e.type, e.date) for e in found] == [("meeting", "2024-03-04")]


@pytest.mark.model
def test_a_training_session_is_no_meeting(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "The recruits attended a training session in Maiduguri on Monday.")
    assert [e for e in found if e.type == "meeting"] == []


@pytest.mark.model
def test_in_session_is_no_meeting(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Parliament is in session this week.")
    assert [e for e in found if e.type == "meeting"] == []


# Meeting events: a visit "to" a named country or town is a meeting held there, the country a visit goes to hosts the
# meeting its sentence tells (over the page's dateline), and a body that sits in one place (the UN Security Council)
# meets there when nothing else locates its meeting.

def _meetings_on_2021_07_10(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.place) for e in events_on_2021_07_10(nlp, text) if e.type == "meeting"]


@pytest.mark.model
def test_a_visit_to_a_named_place_is_a_meeting_there(nlp: Language) -> None:
    found = _meetings_on_2021_07_10(
        nlp, "Following a visit to Kigali by Mozambican President Filipe Nyusi in April, Rwanda acted.")
    assert [(country, place) for _date, country, place in found] == [("RW", "Kigali")]
    # the "to" phrase the parser hangs on the visitor of the "by" phrase
    found = _meetings_on_2021_07_10(nlp,
                                    "The raid coincides with a critical visit by Syria's foreign minister to Iraq.")
    assert [country for _date, country, _place in found] == ["IQ"]


@pytest.mark.model
def test_a_visit_to_no_named_place_is_no_meeting(nlp: Language) -> None:
    assert _meetings_on_2021_07_10(nlp,
                                   "The minister paid a visit to the hospital where the wounded were treated.") == []
    assert _meetings_on_2021_07_10(nlp,
                                   "The commander landed in Pemba for a four-day visit to monitor the troops.") == []


@pytest.mark.model
def test_the_country_a_visit_goes_to_hosts_the_meeting_over_the_dateline(nlp: Language) -> None:
    text = (
        "ERBIL, Kurdistan Region - Syria's accession followed a landmark meeting in November between Syrian "
        "President Ahmed al-Sharaa and US President Donald Trump, marking the first visit by a Syrian leader to the "
        "United States in 80 years."
    )
    assert [country for _date, country, _place in _meetings_on_2021_07_10(nlp, text)] == ["US"]
    # a country the meeting was about is still no host: the dateline is
    about = "PARIS - The Iraqi prime minister met the French president on Monday to discuss the fight in Iraq."
    assert [country for _date, country, _place in _meetings_on_2021_07_10(nlp, about)] == ["FR"]


@pytest.mark.model
def test_a_security_council_meeting_is_held_at_its_seat(nlp: Language) -> None:
    text = (
        "In northern Mozambique, Cabo Delgado province became emblematic of Daesh's influence, the report said, "
        "which is at the center of a Security Council meeting."
    )
    assert [country for _date, country, _place in _meetings_on_2021_07_10(nlp, text)] == ["US"]
    # a body with no seat keeps the country the sentence gives it
    other = "Leaders of the Southern African Development Community held a meeting in Maputo on Monday."
    assert [country for _date, country, _place in _meetings_on_2021_07_10(nlp, other)] == ["MZ"]


# Meetings: a meeting told as still ahead is no event yet.

def meetings_on_2016_11_03(nlp: Language, text: str) -> list[str]:
    return [e.type for e in events_on_2016_11_03(nlp, text) if e.type == "meeting"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The meeting will now take place early next year.",
    "Tunisia is on Tuesday expected to host a meeting for countries neighboring Libya.",
    "President Duterte is scheduled to visit the 103rd Brigade in Marawi today.",
])
def test_a_meeting_still_ahead_is_no_event(nlp: Language, text: str) -> None:
    assert meetings_on_2016_11_03(nlp, text) == []


@pytest.mark.model
def test_a_meeting_held_is_still_one(nlp: Language) -> None:
    text = "Tunisia on Tuesday hosted a meeting of foreign ministers from countries neighboring Libya."
    assert meetings_on_2016_11_03(nlp, text) == ["meeting"]


@pytest.mark.model
def test_a_planned_meeting_told_as_held_is_one(nlp: Language) -> None:
    assert meetings_on_2016_11_03(nlp, "The coalition held the planned meeting in Rome last week.") == ["meeting"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The attack came days after the defence secretary visited a military base in Mindanao.",
    "News of Wednesday's attack came as the president met the national security advisor in Cairo.",
])
def test_a_meeting_told_as_the_time_of_another_event_is_no_event(nlp: Language, text: str) -> None:
    assert meetings_on_2016_11_03(nlp, text) == []


@pytest.mark.model
def test_a_meeting_a_statement_came_after_is_still_one(nlp: Language) -> None:
    # the page's own meeting: "The announcement came shortly after al-Sharaa was received at the White House,
    # marking the first state-level meeting between Washington and Damascus in over 15 years"
    text = ("The announcement came on Monday, shortly after the Syrian president was received at the White House, "
            "marking the first state-level meeting between Washington and Damascus in over 15 years.")
    assert meetings_on_2016_11_03(nlp, text) == ["meeting"]


@pytest.mark.model
def test_a_meeting_that_follows_something_is_still_one(nlp: Language) -> None:
    assert meetings_on_2016_11_03(
        nlp, "The ministers' meeting in Rome on Monday followed a January agreement.") == ["meeting"]


# Meeting events: a meeting only spoken at is the venue of the words; the "in" phrase of the event word itself
# ("joined a coalition meeting in Riyadh") is where the event was, not where someone was joining.

@pytest.mark.model
def test_the_in_phrase_of_a_joined_meeting_is_its_venue(nlp: Language) -> None:
    text = "Syria's foreign minister joined a US-led coalition meeting in Riyadh on February 9."
    assert [(e.country, e.place) for e in events_on_2026_02_10(nlp, text) if e.type == "meeting"] == [("SA", "Riyadh")]
    # the "in" phrase of a group joined is still where someone was headed, not where the arrest was
    text = "Police arrested two Kenyans on Monday for trying to join ISIS in Syria."
    assert [e.country for e in events_on_2026_02_10(nlp, text) if e.type == "operation"] != ["SY"]


@pytest.mark.model
def test_a_summit_only_spoken_at_is_no_meeting_reported(nlp: Language) -> None:
    text = ("Speaking at the third edition of the Turkey-Africa Partnership Summit on Saturday, the president added "
            "that the insurgents are only preying on soft targets.")
    assert [e for e in events_on_2026_02_10(nlp, text) if e.type == "meeting"] == []
    # a meeting its parties held is still one, whoever spoke there
    text = "Ministers of the coalition met at the summit in Rome on Monday."
    assert [e.country for e in events_on_2026_02_10(nlp, text) if e.type == "meeting"] == ["IT"]


# Meeting events: a courtesy call is a courtesy visit by another word.

@pytest.mark.model
def test_a_courtesy_call_is_a_meeting(nlp: Language) -> None:
    text = "The force commander paid a courtesy call on the defence minister in N'Djamena on Monday."
    assert [(e.country, e.place) for e in events_on_2026_02_10(nlp, text) if e.type == "meeting"] == [("TD",
                                                                                                       "N'Djamena")]
    # a phone call is no meeting
    text = "The force commander made a phone call to the defence minister on Monday."
    assert [e for e in events_on_2026_02_10(nlp, text) if e.type == "meeting"] == []
