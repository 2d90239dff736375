"""Arrests, thirty-eighth session (nh): an arrest verb whose subject is a state named as such is that state's
operation, as one whose subject is its force is (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-05-10")


def test_a_state_that_detains_group_members_makes_an_operation(nlp: Language) -> None:
    found = events(nlp, "Germany has detained five suspected members of the Islamic State who were planning an attack.")
    assert [(e.type, e.country) for e in found] == [("operation", "DE")]


def test_a_state_that_arrests_named_fighters_on_a_day_makes_a_dated_operation(nlp: Language) -> None:
    found = events(nlp, "Iraq arrested several Islamic State members in Kirkuk on Thursday.")
    assert [(e.type, e.country, e.date) for e in found] == [("operation", "IQ", "2024-05-09")]


def test_a_state_that_kills_group_members_is_left_to_the_other_rules(nlp: Language) -> None:
    # only arrest verbs: a state's killing may be its air force's strike or its army's raid
    found = events(nlp, "Iran has killed five members of the Islamic State.")
    assert found == []


def test_a_squad_that_arrests_suspected_militants_makes_an_operation(nlp: Language) -> None:
    found = events(nlp, "The anti-terror squad arrested 18 suspected militants in West Sumatra on Monday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-05-06")]


def test_a_squad_arrested_by_no_one_stays_a_detail(nlp: Language) -> None:
    # the doer noun counts only as the subject of the arrest: a squad that was itself detained makes no operation
    found = events(nlp, "Members of the squad were arrested.")
    assert found == []
