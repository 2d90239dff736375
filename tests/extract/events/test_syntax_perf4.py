"""Verbs of killing with a particle (events/syntax.py ``kills``): a verb no listed particle goes with is settled by
its lemma alone."""

from __future__ import annotations

from spacy.language import Language

from sitroom.extract.events.syntax import kills
from sitroom.extract.events.vocab import vocab


def test_a_passive_or_active_verb_with_its_particle_kills(nlp: Language) -> None:
    words = vocab()
    doc = nlp("Eleven terrorists were gunned down in Borno.")
    assert kills(next(t for t in doc if t.text == "gunned"), words)
    doc = nlp("Gunmen shot two soldiers dead near the base.")
    assert kills(next(t for t in doc if t.text == "shot"), words)


def test_a_verb_outside_the_particle_verbs_does_not_kill_by_a_particle(nlp: Language) -> None:
    words = vocab()
    assert "drive" not in words.kill_particle_verbs
    doc = nlp("The soldiers drove the trucks down the road.")
    assert not kills(next(t for t in doc if t.text == "drove"), words)
