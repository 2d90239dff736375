"""Event actors, forty-first session (td): who comes on a visit or speaks at a meeting, and a body the knowledge base
knows over a title the NER took for one (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2023-11-20")


def test_who_arrives_on_a_visit_makes_it(nlp: Language) -> None:
    found = events(nlp, "The Executive Secretary of the Southern African Development Community arrived in Pemba on an "
                        "official visit to Mozambique on Monday.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Southern African Development Community")]


def test_the_agent_of_a_passive_speaks_at_the_meeting(nlp: Language) -> None:
    found = events(nlp, "The plan was explained by the Southern African Development Community in a Maputo meeting on "
                        "Monday.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Southern African Development Community")]


def test_a_known_body_stands_before_a_title_taken_for_a_name(nlp: Language) -> None:
    found = events(nlp, "The Political Directors of the Global Coalition against the Islamic State met in Paris on "
                        "Monday.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Global Coalition to Defeat Daesh/ISIS")]
