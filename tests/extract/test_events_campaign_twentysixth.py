"""Events, twenty-sixth session (short sentences written for the tests): an event dated before the campaign
began ([link] campaign_start_year in data/events.toml) is another conflict's background, not the picture's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-09-05")


def test_attacks_years_before_the_campaign_are_background(nlp: Language) -> None:
    found = events(nlp, "Indonesia's fight against terrorism has lasted decades, marked by attacks including the "
                        "2002 Bali bombing and the 2009 attacks on Jakarta hotels. Police arrested seven suspected "
                        "Islamic State militants in Jakarta on Tuesday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-09-03")]


def test_an_attack_of_the_campaign_s_first_years_stays(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked the town of Sinjar in August 2014, killing hundreds.")
    assert [(e.type, (e.date or "")[:7]) for e in found] == [("attack", "2014-08")]


def test_a_year_counted_from_an_undated_page_drops_nothing(nlp: Language) -> None:
    # a page with no date is read on the latest year its text names, which may be years too early: an event whose
    # own sentence writes no year is kept
    found = events(nlp, "Police arrested three suspected Islamic State militants in Malacca on December 16.",
                   reference="2010")
    assert [e.type for e in found] == ["operation"]
