"""A place's name with its kind word is no person's name (resolve/persons, resolve/actors)."""

from __future__ import annotations

import spacy

from sitroom.resolve.actors import _not_places
from sitroom.resolve.persons import _full_name_in, ends_in_place_kind


def test_a_name_ending_in_a_place_kind_word_is_a_place() -> None:
    doc = spacy.blank("en")("Troops reached Mera village and the Saladin Governorates while Amina Bello spoke.")
    assert ends_in_place_kind(doc[2:4])  # Mera village
    assert ends_in_place_kind(doc[6:8])  # Saladin Governorates (plural)
    assert not ends_in_place_kind(doc[9:11])  # Amina Bello
    assert not ends_in_place_kind(doc[2:3])  # one word


def test_a_place_with_its_kind_word_is_no_full_name_of_a_person() -> None:
    doc = spacy.blank("en")("Gunmen raided Mera village at dawn.")
    marks = [None] * len(doc)
    assert _full_name_in(doc[2:4], {"mera"}, marks) is None
    named = spacy.blank("en")("Listyo Sigit Prabowo said.")
    assert _full_name_in(named[0:3], {"listyo"}, [None] * len(named)) is not None


def test_a_person_tagged_place_with_its_kind_word_is_dropped_from_persons() -> None:
    doc = spacy.blank("en")("Soldiers died between Diyala and Saladin Governorates , said Amina Bello .")
    persons = [doc[5:7], doc[9:11]]
    assert [s.text for s in _not_places(persons, [None] * len(doc))] == ["Amina Bello"]
