"""``_aircraft_states`` (events/credit.py) reads only the words its aircraft list may hold: the states it finds are
those a walk of every word of the sentence finds."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.credit import _aircraft_states
from sitroom.extract.events.syntax import has_word
from sitroom.extract.events.vocab import vocab


@pytest.mark.model
@pytest.mark.parametrize(("text", "states"), [
    ("Iraqi warplanes struck an ISIS hideout in the Hamrin Mountains on Tuesday.", {"IQ"}),
    ("Three militants were killed in an airstrike by Iraqi military aircraft near Kirkuk.", {"IQ"}),
    ("An Iraqi helicopter was shot down near Kirkuk.", set()),
])
def test_the_state_whose_aircraft_flew_the_strike(nlp: Language, text: str, states: set[str]) -> None:
    doc = nlp(text)
    aircraft = vocab().types["strike"].aircraft
    sentence = doc[:]
    found = _aircraft_states(sentence, aircraft)
    assert found == states
    # every aircraft noun of the sentence was weighed: none the word index left out
    assert {t.i for t in sentence if has_word(t, aircraft)} <= {t.i for t in sentence if t.lower_ in aircraft
                                                                  or t.lemma_.lower() in aircraft
                                                                  or t.lower_[:-1] in aircraft}


@pytest.mark.model
def test_no_sentence_names_no_state(nlp: Language) -> None:
    assert _aircraft_states(None, vocab().types["strike"].aircraft) == set()
