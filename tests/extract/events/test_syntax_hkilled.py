"""Casualty counts of a noun of death (events/syntax.py): the nouns joined to a noun that carries its own number are
other tallies, not more dead."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events.tolls import find_casualties
from sitroom.extract.events.vocab import vocab

pytestmark = pytest.mark.model


def counts(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(kind, n) for sent in nlp(text).sents for _tok, kind, n in find_casualties(sent, vocab())]


def test_things_joined_to_a_counted_noun_of_death_are_not_more_dead(nlp: Language) -> None:
    assert counts(nlp, "The attack on Kilonge on Sunday resulted in 13 deaths and 20 abductions.") == [("killed", 13)]
    assert counts(nlp, "Reports suggested 13 deaths and eight villages destroyed after gunmen attacked Arewa.") == [
        ("killed", 13)]
    # the wounded told beside it are still counted as wounded, and the dead an "of" phrase lists are still summed
    assert counts(nlp, "The attack on Kilonge on Sunday resulted in 13 deaths and 20 injuries.") == [
        ("killed", 13), ("wounded", 20)]
    assert counts(nlp, "The attack caused the deaths of two US service members and one civilian in Kabul.") == [
        ("killed", 3)]
