"""Event tolls (events/tolls.py): whose dead an attack's count holds, and whose count stands where tellers disagree."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2021_06_01 = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_fighters_told_as_on_the_governments_side_are_the_attacks_victims(nlp: Language) -> None:
    assert tolls(nlp, "Three pro-Syrian regime militants were killed in an ambush by Daesh in the Badia desert in "
                      "central Homs province on Sunday, local sources said.") == [(3, None)]
    assert tolls(nlp, "Islamic State militants ambushed a convoy in Homs province on Sunday, killing three "
                      "pro-government militants.") == [(3, None)]


@pytest.mark.model
def test_fighters_told_as_on_the_groups_side_are_still_attackers(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a checkpoint in Homs province on Sunday. Two soldiers and three pro-ISIS "
                      "militants were killed.") == [(2, None)]


@pytest.mark.model
def test_a_ministers_lower_count_is_the_official_toll(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 100 people. Prime "
                      "Minister Brigi Rafini said on Sunday that 70 people were killed in the attack.") == [(70, None)]


@pytest.mark.model
def test_a_governors_lower_count_is_the_official_toll(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 40 people. The "
                      "regional governor said on Sunday that 31 people were killed in the attack.") == [(31, None)]


@pytest.mark.model
def test_a_ministers_higher_count_does_not_replace_the_first(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 40 people. The "
                      "interior minister said on Sunday that 55 people were killed in the attack.") == [(40, None)]
