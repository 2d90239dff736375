"""Who flew a strike (triggers.flown_by_aircraft): aircraft as the doer of the strike word's verb or participle."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.triggers import flown_by_aircraft
from sitroom.extract.events.vocab import vocab


def _flown(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    words = vocab()
    return flown_by_aircraft(head, words.types["strike"], words)


@pytest.mark.model
def test_aircraft_subject_of_the_light_verb_flew_the_strikes(bare_nlp: Language) -> None:
    assert _flown(bare_nlp, "Iraqi F-16 aircraft had conducted airstrikes on a hideout.", "airstrikes")


@pytest.mark.model
def test_jets_agent_of_the_participle_flew_the_strike(bare_nlp: Language) -> None:
    assert _flown(bare_nlp, "Five militants were killed in a precision airstrike carried out by Iraqi fighter jets.",
                  "airstrike")


@pytest.mark.model
def test_troops_conducting_a_strike_are_no_aircraft(bare_nlp: Language) -> None:
    assert not _flown(bare_nlp, "Iraqi troops conducted an airstrike on a hideout.", "airstrike")
