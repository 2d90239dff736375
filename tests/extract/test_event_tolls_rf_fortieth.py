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
