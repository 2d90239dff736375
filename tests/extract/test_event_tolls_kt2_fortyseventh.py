"""Event tolls, forty-seventh session (short sentences written for the tests): a toll word as the object of a verb
that sets it ("hospital officials put the death toll at 20") gives the count of its "at" phrase, told by the verb's
subject; a force's source or spokesman ("military sources", "a security source") tells an official count, and the
conventions take the lower official figure."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-04-21")


@pytest.mark.model
def test_a_toll_put_at_a_number_fills_the_attack(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Komanda on Sunday. Hospital officials put the death toll at 20.")
    assert [e.killed for e in found if e.type == "attack"] == [20]


@pytest.mark.model
def test_a_lower_toll_the_army_puts_beats_the_first(nlp: Language) -> None:
    found = events(nlp, "At least 21 people were killed during an assault on a church in Komanda on Sunday. However, "
                        "the army put the death toll at 10.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


@pytest.mark.model
def test_military_sources_tell_an_official_count(nlp: Language) -> None:
    found = events(nlp, "At least 21 people were killed during an assault on a church in Komanda on Sunday. However, "
                        "military sources put the confirmed death toll at around 10.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


@pytest.mark.model
def test_a_higher_toll_put_by_no_force_leaves_the_first(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Komanda on Sunday, killing 21 people. A local leader put the "
                        "death toll at 25.")
    assert [e.killed for e in found if e.type == "attack"] == [21]


@pytest.mark.model
def test_a_toll_with_its_own_number_is_read_as_before(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Komanda on Sunday. The death toll rose to 30.")
    assert [e.killed for e in found if e.type == "attack"] == [30]
