"""Meeting events, thirty-third session (df): a visit "to" a named country or town is a meeting held there, the
country a visit goes to hosts the meeting its sentence tells (over the page's dateline), and a body that sits in
one place (the UN Security Council) meets there when nothing else locates its meeting (short sentences written for
the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2021-07-10")


def _meetings(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.place) for e in events(nlp, text) if e.type == "meeting"]


@pytest.mark.model
def test_a_visit_to_a_named_place_is_a_meeting_there(nlp: Language) -> None:
    found = _meetings(nlp, "Following a visit to Kigali by Mozambican President Filipe Nyusi in April, Rwanda acted.")
    assert [(country, place) for _date, country, place in found] == [("RW", "Kigali")]
    # the "to" phrase the parser hangs on the visitor of the "by" phrase
    found = _meetings(nlp, "The raid coincides with a critical visit by Syria's foreign minister to Iraq.")
    assert [country for _date, country, _place in found] == ["IQ"]


@pytest.mark.model
def test_a_visit_to_no_named_place_is_no_meeting(nlp: Language) -> None:
    assert _meetings(nlp, "The minister paid a visit to the hospital where the wounded were treated.") == []
    assert _meetings(nlp, "The commander landed in Pemba for a four-day visit to monitor the troops.") == []


@pytest.mark.model
def test_the_country_a_visit_goes_to_hosts_the_meeting_over_the_dateline(nlp: Language) -> None:
    text = (
        "ERBIL, Kurdistan Region - Syria's accession followed a landmark meeting in November between Syrian "
        "President Ahmed al-Sharaa and US President Donald Trump, marking the first visit by a Syrian leader to the "
        "United States in 80 years."
    )
    assert [country for _date, country, _place in _meetings(nlp, text)] == ["US"]
    # a country the meeting was about is still no host: the dateline is
    about = "PARIS - The Iraqi prime minister met the French president on Monday to discuss the fight in Iraq."
    assert [country for _date, country, _place in _meetings(nlp, about)] == ["FR"]


@pytest.mark.model
def test_a_security_council_meeting_is_held_at_its_seat(nlp: Language) -> None:
    text = (
        "In northern Mozambique, Cabo Delgado province became emblematic of Daesh's influence, the report said, "
        "which is at the center of a Security Council meeting."
    )
    assert [country for _date, country, _place in _meetings(nlp, text)] == ["US"]
    # a body with no seat keeps the country the sentence gives it
    other = "Leaders of the Southern African Development Community held a meeting in Maputo on Monday."
    assert [country for _date, country, _place in _meetings(nlp, other)] == ["MZ"]
