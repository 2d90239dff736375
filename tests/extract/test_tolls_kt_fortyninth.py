"""Tolls, forty-ninth session (kt; short sentences written for the tests): people listed one by one, each told with
"a", a possessive or "the" and none with a number, are counted one each; attackers so listed are left out."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-01-20")


def _attacks(found: list) -> list[tuple[str, int | None]]:
    return [(e.type, e.killed) for e in found if e.type == "attack"]


def test_two_people_told_with_a_are_two_dead(nlp: Language) -> None:
    found = events(nlp, "Militants attacked an army post in Borno on Tuesday. A soldier and a civilian were killed "
                        "in the attack.")
    assert _attacks(found) == [("attack", 2)]


def test_a_person_and_a_possessive_are_two_dead(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked the village of Kala in Borno on Tuesday. A farmer and his wife "
                        "were killed in the attack.")
    assert _attacks(found) == [("attack", 2)]


def test_a_killing_verb_counts_its_listed_objects(nlp: Language) -> None:
    found = events(nlp, "Militants attacked an army post in Borno on Tuesday, killing a soldier and a civilian.")
    assert _attacks(found) == [("attack", 2)]


def test_an_attacker_listed_with_a_victim_is_left_out(nlp: Language) -> None:
    found = events(nlp, "Militants attacked an army post in Borno on Tuesday. A soldier and a militant were killed "
                        "in the attack.")
    assert _attacks(found) == [("attack", 1)]


def test_a_list_with_a_number_still_sums(nlp: Language) -> None:
    found = events(nlp, "Militants attacked an army post in Borno on Tuesday. A soldier and two civilians were "
                        "killed in the attack.")
    assert _attacks(found) == [("attack", 3)]


def test_two_names_for_one_person_are_one(nlp: Language) -> None:
    found = events(nlp, "Militants attacked an army post in Borno on Tuesday. A soldier or a policeman was killed "
                        "in the attack.")
    assert _attacks(found) == [("attack", 1)]
