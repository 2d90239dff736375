"""Killing with a particle or a phrase (events/triggers.py ``kills_with_particle``), read from the per-document word
lists: only verbs a listed particle or phrase opens with are tested further."""

from __future__ import annotations

from spacy.language import Language

from sitroom.extract.events.triggers import kills_with_particle
from sitroom.extract.events.vocab import vocab


def _verb(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_a_verb_with_its_particle_or_phrase_kills(nlp: Language) -> None:
    words = vocab()
    assert kills_with_particle(_verb(nlp, "Police shot dead two ISIS fighters in Kano.", "shot"), words)
    assert kills_with_particle(_verb(nlp, "Troops put out of action two ADF rebels.", "put"), words)


def test_a_verb_no_particle_or_phrase_opens_with_does_not(nlp: Language) -> None:
    words = vocab()
    assert "visit" not in words.kill_particle_verbs | words.kill_phrase_verbs
    assert not kills_with_particle(_verb(nlp, "The minister visited dead soldiers' families.", "visited"), words)
    # a listed verb with another word after it kills with no particle
    assert not kills_with_particle(_verb(nlp, "Police shot a video of the parade.", "shot"), words)


def test_a_reduced_passive_by_a_force_is_not_the_phrase(nlp: Language) -> None:
    verb = _verb(nlp, "ADF Commander Put Out Of Action By UPDF", "Put")
    assert not kills_with_particle(verb, vocab())


def test_only_a_type_that_lists_air_arms_reads_an_air_arm_in_the_doer(nlp: Language) -> None:
    from sitroom.extract.events.triggers import _names_air_arm

    words = vocab()
    doer = _verb(nlp, "The Nigerian Air Force bombed a camp in Borno.", "Force")
    armed = [tv for tv in words.types.values() if tv.air_arms]
    unarmed = [tv for tv in words.types.values() if not tv.air_arms]
    assert armed and all(_names_air_arm(doer, tv) for tv in armed)
    assert unarmed and not any(_names_air_arm(doer, tv) for tv in unarmed)


def test_a_verb_s_words_with_its_particle_are_the_same_when_asked_again(nlp: Language) -> None:
    from sitroom.extract.events.triggers import _verb_words

    verb = _verb(nlp, "Militants blew up a bridge near Mosul.", "blew")
    assert _verb_words(verb) == {"blow", "blow up"}
    assert _verb_words(verb) is _verb_words(verb)  # kept for the document, not made again
