"""Quote speakers (sentences written for the tests): a surname the page later spells two letters apart, with its
particle dropped, or a letter short is the person named first; a state's force described by the country's name in
the possessive ("Ruritania's army" is not a name of its own) speaks as the force the knowledge base names."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2024-05-20")


def test_a_surname_spelled_two_letters_apart_is_the_person_named_in_full(nlp: Language) -> None:
    found = direct(nlp, "Clinic director Amani Bwenge told reporters that the attack killed four patients.\n\n"
                        "\u201cTwo wards in the medical centre were burned to the ground,\u201d Bwenji said.")
    assert [q.speaker for q in found] == ["Amani Bwenge"]


def test_a_surname_two_letters_apart_with_another_opening_is_another_person(nlp: Language) -> None:
    found = direct(nlp, "Clinic director Amani Bwenge told reporters that the attack killed four patients.\n\n"
                        "\u201cTwo wards in the medical centre were burned to the ground,\u201d Mwenji said.")
    assert [q.speaker for q in found] != ["Amani Bwenge"]


def test_a_surname_without_its_particle_joined_is_the_person_named_first(nlp: Language) -> None:
    found = direct(nlp, "Earlier, Von Al-haq, the front's spokesperson, said the five members died in a blast.\n\n"
                        "\u201cThe area is so vast and they can hide in the forested mountains,\u201d Al Haqq said.")
    assert [q.speaker for q in found] == ["Von Al-haq"]


def test_a_one_word_name_a_letter_short_is_the_name_the_page_gave_first(nlp: Language) -> None:
    found = direct(nlp, "Local reporter Arizal said the blast came at nine in the morning.\n\n"
                        "\u201cThe bomber struck exactly at the canteen of the headquarters,\u201d Ariza said.\n\n"
                        "\u201cNo one is allowed to be near the crime scene now,\u201d Arizal said.")
    assert [q.speaker for q in found] == ["Arizal", "Arizal"]


def test_the_army_after_a_countrys_army_is_the_states_force(nlp: Language) -> None:
    found = direct(nlp, "Mali\u2019s army said it has killed a senior commander of the Islamic State in the "
                        "Greater Sahara.\n\nThe army gave no details of the clash but said the militant leader "
                        "\u201cpersonally directed multiple abductions of civilians and targeted killings\u201d.")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]
