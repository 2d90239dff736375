"""Event country, thirty-ninth session: a state's police or justice body (actors.toml ``domestic``) arrests and
raids at home, even for a state that fights only abroad, when its sentence names no place of another country
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.resolve.actor_kb import load_actor_kb

events = events_dated("2025-03-25")


def test_police_and_justice_bodies_are_domestic_armies_and_spies_are_not() -> None:
    kb = load_actor_kb()
    assert kb.actors["fbi"].domestic and kb.actors["royal_malaysia_police"].domestic
    assert not kb.actors["cia"].domestic


@pytest.mark.model
def test_a_domestic_body_arrests_at_home_on_a_page_about_another_country(nlp: Language) -> None:
    text = ("Islamic State fighters attacked a checkpoint in Syria on Monday. The FBI arrested a man on Tuesday at "
            "a terminal of an airport.")
    assert ("operation", "US") in {(e.type, e.country) for e in events(nlp, text)}
    # a force that fights abroad named the same way stays where the article is
    text = ("Islamic State fighters attacked a checkpoint in Syria on Monday. US forces arrested a man on Tuesday at "
            "a checkpoint near a village.")
    assert ("operation", "US") not in {(e.type, e.country) for e in events(nlp, text)}
