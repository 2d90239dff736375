"""Session 27 person-name rules: one name spelt two ways on one page is one person."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention
from sitroom.resolve.persons import _respelt_name

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


@pytest.mark.parametrize(("a", "b"), [
    ("Zabihullah Mujahid", "Zabiullah Mujahid"),  # a letter dropped
    ("Radjmil Jannatul", "Radzmil Jannatul"),  # a letter changed
    ("Atif Muzzafar", "Atif Muzaffar"),  # two letters, the same sounds
    ("Bilal al-Sudani", "Bilal-al-Sudani"),  # hyphens for spaces
])
def test_one_name_spelt_another_way(a: str, b: str) -> None:
    assert _respelt_name(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Abu Omar", "Abu Amar"),  # short words: another name
    ("Ali Hassan", "Ali Hussein"),  # the same consonants, another name
    ("Omar Maute", "Abdullah Maute"),  # brothers
    ("Jane Roe", "Jane Roe"),
    ("Mujahid", "Mujahed"),  # a surname alone
])
def test_other_names_are_not_respellings(a: str, b: str) -> None:
    assert not _respelt_name(a, b)


def test_a_name_spelt_two_ways_on_a_page_is_one_person(ents_nlp: Language) -> None:
    text = ("Taliban spokesman Zabihullah Mujahid said on Monday that the attack was investigated. "
            "Zabihullah Mujahid added that two suspects were held.\n"
            "In a later statement Zabiullah Mujahid said the suspects belonged to the Islamic State.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Zabihullah Mujahid") == {"Zabihullah Mujahid"}
    assert canonicals(ms, "Zabiullah Mujahid") == {"Zabihullah Mujahid"}
