"""Actors, forty-ninth session (ac; short sentences written for the tests): a news outlet the knowledge base lists
(actors.toml outlet), whose name has none of the outlet words ("Al Jazeera", "Al Arabiya"), reports the event its
name stands beside; it never does it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.resolve.actor_kb import load_actor_kb

pytestmark = pytest.mark.model

events = events_dated("2021-10-04")


def test_a_raid_an_outlet_reports_is_not_the_outlet_s(nlp: Language) -> None:
    found = events(nlp, "Several Islamic State fighters were killed in a raid in Charikar on Friday, Al Jazeera "
                        "reported.")
    assert [e.actor for e in found if e.type == "operation"] == [None]


def test_a_clash_an_outlet_reports_is_the_troops_force_s(nlp: Language) -> None:
    found = events(nlp, "Troops killed 13 Abu Sayyaf gunmen in a clash in Basilan on Sunday, Al Arabiya reported.")
    assert [e.actor for e in found if e.type == "operation"] == ["Armed Forces of the Philippines"]


def test_a_raid_the_agency_s_dispatch_tells_is_the_speaker_s_side(nlp: Language) -> None:
    found = events(nlp, "Afghan Voice Agency (AVA) - Several IS fighters were killed and detained in Friday's raid "
                        "in Charikar, said Taliban spokesman Bilal Karimi.")
    assert [e.actor for e in found if e.type == "operation"] == ["Taliban"]


def test_the_knowledge_base_marks_outlets_and_only_outlets() -> None:
    kb = load_actor_kb()
    assert all(kb.actors[i].outlet for i in ("al_jazeera", "al_arabiya", "philippine_daily_inquirer", "reuters",
                                             "afghan_voice_agency"))
    assert not any(kb.actors[i].outlet for i in ("amaq", "fbi", "global_coalition", "africom"))


def test_a_name_opening_or_ending_with_an_office_is_the_official_s_not_a_body() -> None:
    # (a name the NER took for a body: the official who announced the event, whose body the later rules credit)
    from sitroom.extract.events.credit import _office_name

    assert _office_name("Chief of Naval Staff")
    assert _office_name("Chief Military Public Information")
    assert _office_name("Police Inspector-General")
    assert not any(_office_name(n) for n in ("Defence Headquarters", "Joint Operations Command", "Amaq News Agency",
                                             "Ministry of Interior", "Security Council", "Army Super Camp 11"))


def test_indonesia_s_arrest_is_its_national_police_s(nlp: Language) -> None:
    # (Indonesia's operations against the group's cells are its police's, as Malaysia's: [national_forces] ID)
    found = events(nlp, "Indonesia arrested three suspected Islamic State militants in Surabaya on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Indonesian National Police")]


def test_an_indonesian_raid_by_demonym_is_the_national_police_s(nlp: Language) -> None:
    found = events(nlp, "Indonesian forces raided a militant hideout in Poso on Tuesday, killing two members of the "
                        "East Indonesia Mujahideen.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [("operation", "Indonesian National Police")]


def test_kyrgyzstan_s_arrest_is_its_security_service_s(nlp: Language) -> None:
    # (Kyrgyzstan's arrests of the group's cells are the GKNB's: [national_forces] KG)
    found = events(nlp, "Kyrgyzstan detained five suspected members of the Islamic State in Bishkek on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "State Committee for National Security of Kyrgyzstan")]
