"""Event anchors, fifty-third session (trig): placed attacks a statement condemns are the episode it answers; a
condemnation of all attacks of a kind is a stance (short sentences written for the tests, after dev pages' phrasing)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-08-20")


def test_condemned_attacks_there_are_the_episode(nlp: Language) -> None:
    found = events(nlp, "The UN has strongly condemned recent attacks carried out by the Allied Democratic Forces "
                        "(ADF) armed group in several locations in North Kivu province.")
    assert [(e.type, e.country, e.actor) for e in found] == [("attack", "CD", "Allied Democratic Forces")]


def test_condemned_attacks_keep_their_toll(nlp: Language) -> None:
    found = events(nlp, "The UN mission in the Democratic Republic of the Congo (MONUSCO) has condemned attacks linked "
                        "to the Allied Democratic Forces (ADF) that killed at least 89 civilians in Lubero Territory, "
                        "North Kivu, over the past week.")
    assert [(e.type, e.country, e.killed) for e in found] == [("attack", "CD", 89)]


def test_condemning_all_attacks_is_a_stance(nlp: Language) -> None:
    assert events(nlp, "The council condemned all attacks on civilians in Borno.") == []
