"""Casualty counts (events/tolls.py): a count told as the first report gives way to the count its sentence sets
against it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.tolls import find_casualties
from sitroom.extract.events.vocab import vocab

pytestmark = pytest.mark.model

events_on_2025_01_20 = events_dated("2025-01-20")


def counts(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(kind, n) for sent in nlp(text).sents for _tok, kind, n in find_casualties(sent, vocab())]


def test_an_initial_count_gives_way_to_the_confirmed_one(nlp: Language) -> None:
    assert counts(nlp, "The police said that while initial reports suggested 13 deaths, investigations confirmed 11 "
                       "fatalities and two critically injured victims.") == [("killed", 11), ("wounded", 2)]
    assert counts(nlp, "Although Makama initially reported 10 casualties, multiple sources confirmed the death toll "
                       "to be no less than 16.") == [("killed", 16)]
    # the toll word itself told as the first one
    assert counts(nlp, "He noted that the initial death toll of five has been revised to at least 10 deaths and 39 "
                       "injuries.") == [("killed", 10), ("wounded", 39)]
    # ... and the attack's toll
    killed = [e.killed for e in events_on_2025_01_20(
        nlp, "Gunmen attacked six villages in Arewa on Sunday. Initial reports suggested 13 deaths, but "
             "investigations confirmed 11 fatalities.") if e.type == "attack"]
    assert killed == [11]


def test_an_initial_count_told_alone_stands(nlp: Language) -> None:
    # no other count of its kind in the sentence: the first report is the only one there is
    assert counts(nlp, "Initial reports indicate that fourteen MONUSCO peacekeepers and five FARDC soldiers were "
                       "killed.") == [("killed", 19)]
    # a count joined to the first report is not one itself
    assert counts(nlp, "Initial reports suggested that five people have been killed in the attack, however on "
                       "Wednesday, the interior ministry raised the toll to eight.") == [("killed", 8)]
