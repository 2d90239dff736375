"""Casualties, fortieth session (short sentences written for the tests): a range told with "between" ("between 50 and
90 deaths") counts its lower bound, not the sum of its two ends the parser lists; "several dozen", "a few dozen" are as
vague as "dozens", no count of twelve."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate import make_doc
from sitroom.extract.events.syntax import conjuncts

events = events_dated("2024-01-03")
ATTACK = "ADF rebels attacked the village of Mukondo in Beni territory on Monday. "


@pytest.mark.model
def test_a_range_of_deaths_counts_its_lower_bound(nlp: Language) -> None:
    found = events(nlp, ATTACK + "Civil society leaders speak of between 50 and 90 deaths.")
    assert [(e.type, e.killed) for e in found] == [("attack", 50)]


@pytest.mark.model
def test_a_range_of_the_dead_in_the_deaths_of_phrase_counts_its_lower_bound(nlp: Language) -> None:
    found = events(nlp, ATTACK + "The raid caused the deaths of between 10 and 15 people, officials said.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]


@pytest.mark.model
def test_the_number_opening_a_range_lists_no_other_number(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Leaders speak of between 50 and 90 deaths.", "t", "2024-01-03"))
    fifty = next(t for t in doc if t.text == "50")
    assert [t.text for t in conjuncts(fifty)] == ["50"]


@pytest.mark.model
def test_listed_counts_are_still_summed(nlp: Language) -> None:
    found = events(nlp, ATTACK + "Officials said 12 soldiers and 30 civilians were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 42)]


@pytest.mark.model
def test_several_dozen_dead_is_no_count_of_twelve(nlp: Language) -> None:
    found = events(nlp, ATTACK + "Several dozen people were killed, according to civil society leaders.")
    assert [(e.type, e.killed) for e in found] == [("attack", None)]


@pytest.mark.model
def test_a_dozen_and_three_dozen_still_count(nlp: Language) -> None:
    found = events(nlp, "ADF rebels attacked the village of Mukondo on Monday, killing three dozen people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 36)]
    found = events(nlp, "ADF rebels attacked the village of Mukondo on Monday, killing a dozen people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


NKOE = "Insurgents attacked the village of Nkoe on Sunday. "


@pytest.mark.model
def test_one_shot_in_the_leg_is_one_wounded(nlp: Language) -> None:
    found = events(nlp, NKOE + "No deaths were reported but one local militia member was shot in the leg during the "
                               "attack.")
    assert [(e.type, e.killed, e.wounded) for e in found] == [("attack", 0, 1)]


@pytest.mark.model
def test_people_shot_in_the_legs_are_wounded(nlp: Language) -> None:
    found = events(nlp, NKOE + "Three officers were shot in the legs.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 3)]


@pytest.mark.model
def test_a_dead_man_shot_in_the_chest_is_no_wounded(nlp: Language) -> None:
    found = events(nlp, NKOE + "Photos showed a dead soldier, who had apparently been shot in the chest.")
    assert [(e.type, e.wounded) for e in found] == [("attack", None)]


@pytest.mark.model
def test_a_shot_in_the_head_is_no_wounding(nlp: Language) -> None:
    found = events(nlp, NKOE + "Two of the villagers were shot in the head.")
    assert [(e.type, e.wounded) for e in found] == [("attack", None)]
