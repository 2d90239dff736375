"""Session 24 entity-name rules: a long name with one capitalised word written in lower case."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention]) -> set[str]:
    return {m.canonical for m in ms}


def named(ms: list[EntityMention], canonical: str) -> set[str]:
    return {m.text for m in ms if m.canonical == canonical}


def test_a_long_name_with_one_word_in_lower_case_is_the_body(ents_nlp: Language) -> None:
    # SANA's "the Islamic state in Iraq and Syria": four capitalised words, one of them lowered
    # (the whole name, so "Iraq" inside it is no place or country of the clash)
    ms = mentions(ents_nlp, "The army clashed with terrorists of the Islamic state in Iraq and Syria in al-Sikhneh.")
    assert named(ms, "Islamic State") == {"Islamic state in Iraq and Syria"}


def test_a_short_or_twice_lowered_name_stays_no_body(ents_nlp: Language) -> None:
    # the idea of an Islamic state in a country is no group; two lowered words are a phrase, not a spelling
    ms = mentions(ents_nlp, "The preacher called for an Islamic state in Iraq.")
    assert "Islamic State" not in canonicals(ms)
    ms = mentions(ents_nlp, "They fought the islamic state in Iraq and Syria.")
    assert "islamic state in Iraq and Syria" not in named(ms, "Islamic State")
