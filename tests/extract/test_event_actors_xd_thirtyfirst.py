"""Event actors, thirty-first session: national air forces (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2020-08-30")


def test_a_states_warplanes_are_its_air_force(nlp: Language) -> None:
    found = events(nlp, "On Friday, the Egyptian warplanes launched several raids on ISIS positions in the village "
                        "of Qatiya in North Sinai.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Egyptian Air Force")]


def test_a_states_military_aircraft_are_its_air_force(nlp: Language) -> None:
    found = events(nlp, "On Tuesday, Afghan military aircraft carried out an airstrike and killed dozens of Daesh "
                        "members in Nangarhar.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Afghan Air Force")]


def test_the_army_named_after_the_warplanes_is_not_the_air_force(nlp: Language) -> None:
    # "the army" refers back to a ground force, never to the air arm named in between
    found = events(nlp, "The Egyptian army fought ISIS in North Sinai. On Friday, the Egyptian warplanes launched "
                        "several raids on ISIS positions in Qatiya. The army had taken control of Iqtiyah village "
                        "on Wednesday.")
    assert all(e.actor != "Egyptian Air Force" for e in found if e.type != "strike")
    assert any(e.type == "strike" and e.actor == "Egyptian Air Force" for e in found)


def test_a_bloc_fights_through_its_mission_the_article_names(nlp: Language) -> None:
    # the SADC is an organization; its armed mission named in the article (SAMIM) carries out its operations
    found = events(nlp, "Troops under the SADC Mission in Mozambique (SAMIM) deployed to Cabo Delgado in July. "
                        "On Saturday, SADC forces destroyed a terrorist base in Chitama in Cabo Delgado province, "
                        "killing 17 insurgents.", "2021-09-27")
    assert [e.actor for e in found if e.type in ("operation", "strike")] == ["SADC Mission in Mozambique"]
