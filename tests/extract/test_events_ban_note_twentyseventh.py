"""Event countries, twenty-seventh session (short sentences written for the tests): the legal note Russian and
Central Asian outlets add to a group's name ("(banned in Russia)", "outlawed in Russia") says where the group is
banned, never where an event happened."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2017-01-31")


@pytest.mark.model
def test_a_ban_note_does_not_place_the_event(nlp: Language) -> None:
    found = events(nlp, "The Islamic State (banned in Russia) group in Egypt claimed on Monday that its fighters "
                        "killed 20 Egyptian soldiers in clashes in northern Sinai.")
    assert [(e.type, e.country) for e in found] == [("attack", "EG")]


@pytest.mark.model
def test_a_place_after_in_alone_still_places_the_event(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked a checkpoint in Russia's Dagestan on Monday, killing two "
                        "policemen.")
    assert [(e.type, e.country, e.killed) for e in found] == [("attack", "RU", 2)]
