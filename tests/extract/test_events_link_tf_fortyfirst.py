"""Event linking, forty-first session (fix-tf): the parts and retellings of one attack are one event. A later
sentence that tells only a count of its own (no place, no country, no day, nothing setting it apart) counts the
dead of the attack told before it again, whatever its number; an armed group and its branch ("the Islamic State",
then "Islamic State Sahel Province described the ambush") are one doer told twice (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

events = events_dated("2022-09-08")


def _attacks(nlp: Language, text: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_a_bare_count_after_an_attack_is_that_attacks(nlp: Language) -> None:
    found = _attacks(nlp, "Islamic State fighters attacked a Catholic mission in Chipene in Mozambique on Tuesday "
                          "night, killing four people. Six people were beheaded and three were abducted.")
    assert len(found) == 1
    assert found[0].killed == 4  # the count told first stands


@pytest.mark.model
def test_a_count_with_a_day_of_its_own_is_another_attack(nlp: Language) -> None:
    found = _attacks(nlp, "Islamic State fighters attacked a Catholic mission in Chipene in Mozambique on Tuesday "
                          "night, killing four people. In July, militants killed 40 people in an attack.")
    assert len(found) == 2


@pytest.mark.model
def test_a_count_told_with_a_new_noun_of_its_own_is_another_attack(nlp: Language) -> None:
    found = _attacks(nlp, "Islamic State fighters attacked a Catholic mission in Chipene in Mozambique on Tuesday "
                          "night, killing four people. A shooting killed eleven people.")
    assert sorted(e.killed or 0 for e in found) == [4, 11]


@pytest.mark.model
def test_the_group_and_its_branch_tell_one_ambush(nlp: Language) -> None:
    found = _attacks(nlp, "The Islamic State claimed responsibility for a deadly ambush that killed 23 soldiers in "
                          "northern Burkina Faso on Sunday. In a statement released on Tuesday, Islamic State Sahel "
                          "Province described the ambush as precise.")
    assert len(found) == 1
    assert found[0].killed == 23
