"""Casualty words of events/syntax.py (``casualty``): a massacre's "of" phrase and one person's life a verb of taking
lives took count the dead."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events_on_2023_09_05 = events_dated("2023-09-05")
events_on_2023_04_05 = events_dated("2023-04-05")


def attack_tolls(found: list) -> list[int | None]:
    return [e.killed for e in found if e.type == "attack"]


def test_a_massacre_of_people_counts_its_dead(nlp: Language) -> None:
    # "a massacre of 42 people": a noun of a killing counts its victims, as "the killing of 42 people" does
    found = events_on_2023_09_05(
        nlp, "Attacks blamed on the ADF include a massacre of 42 people, mainly students, in June this year.")
    assert attack_tolls(found) == [42]
    found = events_on_2023_09_05(
        nlp, "It came the same day as a brutal massacre of 58 civilians in neighbouring Niger, where militants "
             "attacked four buses carrying villagers.")
    assert 58 in attack_tolls(found)


def test_a_massacre_without_a_count_gives_none(nlp: Language) -> None:
    found = events_on_2023_09_05(
        nlp, "Gunmen attacked the village of Tillia on Sunday. The army said the massacre left many dead.")
    assert attack_tolls(found) == [None]


def test_the_life_of_one_named_person_taken_is_one_dead(nlp: Language) -> None:
    # "claimed the life of Kashif Masih", "claimed Haqqani's life": the singular life of a name is one dead
    found = events_on_2023_04_05(
        nlp, "On Friday, IS-KP militants attacked a Christian in Peshawar and claimed the life of Kashif Masih "
             "while he was on his way back home.")
    assert attack_tolls(found) == [1]
    found = events_on_2023_04_05(
        nlp, "The suicide bombing in Kabul on Monday claimed Haqqani's life.")
    assert attack_tolls(found) == [1]


def test_the_people_along_with_one_life_taken_are_added(nlp: Language) -> None:
    # "along with at least four other senior officials": four more dead (split tolls are summed)
    found = events_on_2023_04_05(
        nlp, "The suicide bombing in Kabul on Monday claimed Haqqani's life, along with at least four other senior "
             "officials.")
    assert attack_tolls(found) == [5]


def test_lives_counted_are_still_the_count(nlp: Language) -> None:
    found = events_on_2023_04_05(nlp, "The bombing in Kabul on Monday claimed the lives of 12 people.")
    assert attack_tolls(found) == [12]
