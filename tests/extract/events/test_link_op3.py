"""Linking: an event dated a week before the page, told after an undated one of its type, is an earlier one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2018_04_28 = events_dated("2018-04-28")


@pytest.mark.model
def test_an_operation_dated_a_week_before_the_page_is_not_the_undated_one_told_first(nlp: Language) -> None:
    text = ("Russia's Federal Security Service detained four members of an ISIS sleeper cell in Moscow. "
            "On April 21, the FSB killed an ISIS terrorist who had plotted an attack in Stavropol.")
    found = [(e.type, e.date) for e in events_on_2018_04_28(nlp, text) if e.type == "operation"]
    assert sorted(found, key=str) == [("operation", "2018-04"), ("operation", "2018-04-21")]


@pytest.mark.model
def test_an_operation_told_again_with_a_recent_day_is_still_one(nlp: Language) -> None:
    text = ("Russia's Federal Security Service detained four members of an ISIS sleeper cell in Moscow. "
            "On Thursday, the FSB detained the four suspects in a raid on a flat in Moscow.")
    assert [e.type for e in events_on_2018_04_28(nlp, text) if e.type == "operation"] == ["operation"]
