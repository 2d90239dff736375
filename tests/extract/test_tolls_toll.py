"""Tolls (short texts written for the tests): a toll told of a place in another country is no toll of the attack,
and a state's ministry tells an official count, which beats the group's claim."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

# a Monday
events = events_dated("2024-10-28")


def test_a_rising_toll_told_of_another_countrys_place_leaves_the_attacks_toll(nlp: Language) -> None:
    text = ("Islamic State fighters attacked an army convoy in Niger on Wednesday, killing 23 soldiers, the defense "
            "ministry said. The convoy was carrying supplies to a base. The UN said the death toll in Gaza has risen "
            "to 25,000.")
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [23]


def test_a_rising_toll_told_of_a_place_in_the_attacks_country_updates_it(nlp: Language) -> None:
    text = ("Islamic State fighters attacked an army convoy in Niger on Wednesday, killing 23 soldiers, the defense "
            "ministry said. The convoy was carrying supplies to a base. The UN said the death toll in Niamey has "
            "risen to 25.")
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [25]


def test_a_ministrys_lower_count_beats_the_groups_claim(nlp: Language) -> None:
    text = ("The Islamic State group on Saturday claimed responsibility for an attack on Niger's army, saying it left "
            "30 soldiers dead on Wednesday. Niger's defense ministry reported on Thursday that 23 soldiers were "
            "killed in the attack, and 17 others were wounded.")
    assert [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"] == [(23, 17)]
