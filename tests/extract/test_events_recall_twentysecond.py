"""Event recall, twenty-second session: plural event nouns an article points to, told with a list of towns
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_the_attacks_told_with_a_list_of_towns_are_one_attack_in_each(nlp: Language) -> None:
    found = events(nlp, "The attacks in Maiduguri, Monguno and Damasak have hardened our resolve.")
    assert sorted((e.type, e.place) for e in found) == [
        ("attack", "Damasak"), ("attack", "Maiduguri"), ("attack", "Monguno")
    ]
    found = events(nlp, "Nigerian troops repelled these attacks against positions in Monguno and Damasak.")
    assert sorted((e.type, e.place) for e in found) == [("attack", "Damasak"), ("attack", "Monguno")]
    # one town is no list: "the attacks in Monguno" stay a record without a date of their own
    assert events(nlp, "The attacks in Monguno have hardened our resolve.") == []
    # with no article, a list of towns is where a record was made
    assert events(nlp, "The army accused him of orchestrating attacks in Monguno and Damasak.") == []
