"""Forty-third session (we) entity-name rules: an armed group's name with its last word in lower case that opens a
sentence as its subject ("Islamic state claimed responsibility") is the group; an opening adjective phrase that is
no subject stays no body."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_groups_lower_case_name_opening_the_sentence_as_its_subject_is_the_group(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Islamic state claimed responsibility for a bomb attack in Kampala on Saturday.")
    assert canonicals(ms, "Islamic state") == {"Islamic State"}


def test_an_opening_phrase_that_is_no_subject_stays_no_body(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Islamic state ideology still draws young men in the region, analysts said.")
    assert not any(m.canonical == "Islamic State" for m in ms)
