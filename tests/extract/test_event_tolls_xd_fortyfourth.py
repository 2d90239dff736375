"""Event tolls, forty-fourth session (short sentences written for the tests): a count in the present perfect over a
year or a run of weeks, months or years is what the period added up to, no attack of its own; a perfect killing with
no such period, or in a month, still reports one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2021-11-30")


@pytest.mark.model
def test_a_perfect_count_in_a_year_is_a_tally(nlp: Language) -> None:
    found = events(nlp, "In 2021, more than 530 people have been killed by armed groups.")
    assert [e for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_perfect_count_over_weeks_is_a_tally(nlp: Language) -> None:
    found = events(nlp, "In less than two weeks, more than 100 people have been killed by the ADF in Beni.")
    assert [e for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_perfect_killing_with_no_period_is_still_an_attack(nlp: Language) -> None:
    found = events(nlp, "Gunmen have killed ten people in an attack in Beni, officials said on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [10]
