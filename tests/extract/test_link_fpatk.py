"""Strikes and attacks of other wars than the campaign (short sentences written for the tests, after dev pages):
a strike on a force of another war is none of the picture's, while that force's own strikes on the group stay; an
attack credited to Boko Haram in a year before its pledge made the West Africa Province is the JAS insurgency's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-05")


@pytest.mark.model
def test_a_strike_that_killed_an_iranian_commander_is_another_wars(nlp: Language) -> None:
    found = events(nlp, "Soleimani, head of the Quds Force, the foreign operations arm of the IRGC, was killed in a "
                        "US airstrike near Baghdad International Airport on January 3, 2020.")
    assert [e.type for e in found if e.type == "strike"] == []


@pytest.mark.model
def test_the_revolutionary_guards_own_strike_on_the_group_stays(nlp: Language) -> None:
    found = events(nlp, "Iran's Revolutionary Guards launched missile strikes on Islamic State positions in "
                        "Deir ez-Zor on Tuesday.")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [
        ("strike", "Islamic Revolutionary Guard Corps")]


@pytest.mark.model
def test_a_us_strike_on_the_group_stays(nlp: Language) -> None:
    found = events(nlp, "A US airstrike killed an Islamic State commander near Raqqa on Tuesday.")
    assert [e.type for e in found if e.type == "strike"] == ["strike"]


@pytest.mark.model
def test_a_boko_haram_attack_before_the_pledge_is_no_branch_attack(nlp: Language) -> None:
    found = events(nlp, "The town gained global attention in 2014 when Boko Haram militants kidnapped hundreds of "
                        "schoolgirls from Chibok in Borno State.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_boko_haram_attack_after_the_pledge_stays_the_branchs(nlp: Language) -> None:
    found = events(nlp, "In 2019, Boko Haram militants attacked a military base in Borno State, killing 20 soldiers.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2019")]


@pytest.mark.model
def test_an_iswap_attack_dated_by_an_old_year_is_not_dropped_for_its_year(nlp: Language) -> None:
    # only the outside group's name dates its attacks to its own war; the branch named as such keeps them
    found = events(nlp, "Islamic State West Africa Province fighters attacked a military base in Borno State in "
                        "2014, killing 20 soldiers.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]
