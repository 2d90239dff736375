"""Persons the NER model typed as a body or a facility, and a nun's title kept out of her name (short sentences
written for the tests): "Sister" is an honorific like "Father"; a name set off by a comma and "who" is no
facility; "X, a Tunisian national" is a person, as only a person holds a nationality."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _persons(nlp: Language, text: str) -> dict[str, set[str]]:
    """canonical name of each person -> the surface forms that name them."""
    out: dict[str, set[str]] = {}
    for m in nlp(text)._.entity_mentions:
        if m.type == "person":
            out.setdefault(m.canonical, set()).add(m.text)
    return out


@pytest.mark.model
def test_sister_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    text = ("Four Christians were killed in the attack, including Sister Maria De Coppi (84), a nun who had served "
            "there for decades.\nHoping to reach the dormitory, Sister Maria ran out into the night.\n")
    persons = _persons(nlp, text)
    assert "Maria De Coppi" in persons
    assert not any(name.startswith("Sister") for name in persons)


@pytest.mark.model
def test_a_name_followed_by_who_and_a_national_is_one_person(nlp: Language) -> None:
    text = ("Pentagon press secretary Peter Cook said the death of Noureddine Chouchane, who officials described as a "
            "senior ISIS facilitator, would deprive the group of an experienced operative.\n"
            "Defense officials said Chouchane, a Tunisian national, was probably killed in the air raid.\n")
    persons = _persons(nlp, text)
    assert {"Noureddine Chouchane", "Chouchane"} <= persons.get("Noureddine Chouchane", set())
