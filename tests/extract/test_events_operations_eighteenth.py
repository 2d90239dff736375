"""Security-force operations told without an operation word (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def test_the_groups_people_arrested_by_no_one_named_are_an_operation(nlp: Language) -> None:
    found = events(nlp, "Four alleged ISIS terrorists have been arrested in Pakistan's Punjab province, police "
                        "said on Saturday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PK")]


def test_anyone_else_arrested_by_no_one_named_is_a_detail(nlp: Language) -> None:
    found = events(nlp, "A 23-year-old man has been arrested in connection with the incident in Lahore.")
    assert [e for e in found if e.type == "operation"] == []


def test_the_groups_people_neutralised_by_no_one_named_stay_a_detail(nlp: Language) -> None:
    # told of air strikes as often as of raids ("several fighters were neutralised as a result of the strikes")
    assert events(nlp, "Eighteen terrorists have been neutralized in Borno.") == []


def test_a_forces_killing_of_the_groups_people_is_one_operation_without_place_or_day(nlp: Language) -> None:
    found = events(nlp, "Security forces killed four suspected militants and one other was apprehended.")
    assert [e.type for e in found] == ["operation"]


def test_troops_eliminating_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops eliminated 10 ISWAP terrorists in Borno on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_eliminating_anything_else_is_no_operation(nlp: Language) -> None:
    assert events(nlp, "The new tax eliminated the deficit of Mosul on Monday.") == []


def test_forces_capturing_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Puntland forces captured two ISIS fighters near Bosaso on Tuesday.")
    assert [(e.type, e.country) for e in found] == [("operation", "SO")]


def test_the_group_capturing_a_town_stays_its_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State captured Ramadi in May 2015.")
    assert [(e.type, e.place) for e in found] == [("attack", "Ramadi")]


def test_put_out_of_action_is_a_killing(nlp: Language) -> None:
    found = events(nlp, "The UPDF put out of action five ADF fighters in Beni on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "CD")]


def test_putting_out_a_fire_is_no_killing(nlp: Language) -> None:
    assert events(nlp, "Firefighters put out the fire in Mosul on Monday.") == []
