"""Linking (events/link.py): a mention dated well before the article's days is no retelling of its undated
operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2016_12_10 = events_dated("2016-12-10")

LEDE = "Police have arrested three suspected militants in Jakarta for planning bomb attacks on the palace. "


# An undated operation of a news article is one of its own days: a later arrest told without "the", dated to a month
# that ended more than a week before the article, is an earlier operation; one of the article's week may be its own.

@pytest.mark.model
def test_an_arrest_of_a_month_before_the_articles_is_another_operation(nlp: Language) -> None:
    found = events_on_2016_12_10(nlp, LEDE + "In late November, police arrested a bomb-maker in Jakarta.")
    assert [(e.type, e.date) for e in found] == [("operation", "2016-12"), ("operation", "2016-11")]


@pytest.mark.model
def test_an_arrest_of_the_articles_week_may_be_its_undated_operation(nlp: Language) -> None:
    found = events_on_2016_12_10(nlp, LEDE + "On Thursday, police arrested the three men in Jakarta.")
    assert [(e.type, e.date) for e in found] == [("operation", "2016-12-08")]
