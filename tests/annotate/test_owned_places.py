"""A place named by its district's possessive ("Khyber's Alamgodar area") is two places, not one organisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc

pytestmark = pytest.mark.model


def _ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(make_doc(nlp, text, "t", "2022-11-08"))
    return [(e.text, e.label_) for e in doc.ents]


def test_a_possessive_pair_before_a_kind_of_place_is_two_places(nlp: Language) -> None:
    found = _ents(nlp, "The martyrdom of an FC soldier in Khyber’s Alamgodar area was blamed on IS-K.")
    assert ("Alamgodar", "GPE") in found and ("Khyber", "GPE") in found
    assert not any("’s" in text for text, _ in found)


def test_a_possessive_pair_running_into_its_kind_word_is_split_too(nlp: Language) -> None:
    found = _ents(nlp, "Militants attacked Mastung’s Dasht area.")
    assert ("Dasht", "GPE") in found and ("Mastung", "GPE") in found


def test_a_body_named_by_its_owners_possessive_stays_a_body(nlp: Language) -> None:
    found = _ents(nlp, "Niger’s Defense and Security Forces repelled the attack.")
    assert not any(label == "GPE" and text.startswith("Defense") for text, label in found)
