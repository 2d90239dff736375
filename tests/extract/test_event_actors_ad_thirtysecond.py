"""Who did each event: actors of the thirty-second session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-10")


def test_the_group_declared_defeated_is_not_the_actor_of_its_defeat(nlp: Language) -> None:
    # the real-article conventions credit a recapture to the force that retook the ground, never to the group
    # defeated: with no force named, the country's national force
    found = events(nlp, "ISIS was declared territorially defeated in Iraq in December 2017.", "2018-01-06")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


def test_the_defeat_goes_to_the_force_the_article_names(nlp: Language) -> None:
    found = events(nlp, "The Counter-Terrorism Service raided a hideout in Kirkuk on Monday. The group was "
                        "declared territorially defeated in Iraq in 2017.")
    assert ("territorial_defeat", "Counter-Terrorism Service") in [(e.type, e.actor) for e in found]


def test_a_fight_no_force_is_named_for_is_the_national_forces(nlp: Language) -> None:
    # the force named only by its units, or not at all: the state's own army fights at home
    found = events(nlp, "A Marine and three Abu Sayyaf militants were killed in a firefight in the southern "
                        "Philippine province of Jolo on Thursday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_an_arrest_by_police_is_not_the_armys(nlp: Language) -> None:
    # a state with no national police listed: its police's arrests stay open rather than go to its army
    found = events(nlp, "Police reported the arrest of two Islamic State members in Lahore.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]


def test_a_country_a_meeting_was_to_discuss_is_not_where_it_met(nlp: Language) -> None:
    found = events(nlp, "Coalition partners met in Rome on Monday to discuss the situation in Libya.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IT")]
    # what the meeting was to do names the countries it was about
    found = events(nlp, "The meeting of the coalition in Rome on Monday aimed to address urgent security "
                        "challenges in Syria and Iraq.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IT")]


def test_a_partner_in_cooperation_is_not_the_actor(nlp: Language) -> None:
    # "in cooperation with X" names who the actor worked with, as "with the support of X" names its backer
    found = events(nlp, "The security units in Idlib province, in cooperation with the General Intelligence "
                        "Directorate, carried out two security operations targeting ISIS cells.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]
    found = events(nlp, "In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an "
                        "airstrike against ISIS-Somalia in the Cal Miskaad mountains on Monday.")
    assert [(e.type, e.actor) for e in found] == [("strike", "U.S. Africa Command")]


def test_irans_arrests_are_its_intelligence_ministrys(nlp: Language) -> None:
    # the ministry the resolver names from its portfolio is the knowledge base's, and Iran's national force
    found = events(nlp, "Iran's ministry of intelligence announced on Sunday that it had apprehended 28 "
                        "individuals affiliated with an ISIS network in Tehran.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iranian Ministry of Intelligence")]
    found = events(nlp, "Iranian forces arrested ten members of an ISIS cell in Mashhad on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iranian Ministry of Intelligence")]
