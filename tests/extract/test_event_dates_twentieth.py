"""Event dates, twentieth session: a year heading a noun phrase, the member an "including" phrase names (short
sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-20")


@pytest.mark.model
def test_a_year_heading_the_events_noun_phrase_dates_it(nlp: Language) -> None:
    found = events(nlp, "He played a key role in planning the 2022 Kocha Risaldar mosque bombing in Peshawar.")
    assert [e.date for e in found] == ["2022"]


@pytest.mark.model
def test_a_count_after_the_article_is_no_year(nlp: Language) -> None:
    found = events(nlp, "Militants attacked the 1500 soldiers guarding the base in Kiwanja on Monday.")
    assert [e.date for e in found] == ["2024-03-18"]


@pytest.mark.model
def test_the_member_an_including_phrase_names_dates_the_series(nlp: Language) -> None:
    found = events(nlp, "Turkey has faced a series of attacks in recent years, including a 2017 nightclub shooting in "
                        "Istanbul that left 39 people dead.")
    assert [e.date for e in found] == ["2017"]
    # finer than the series' own date, and inside it
    found = events(nlp, "Last month, U.S. forces launched strikes against ISIS in Somalia, including one on Feb. 1 "
                        "that killed 14 militants.")
    assert [e.date for e in found] == ["2024-02-01"]


@pytest.mark.model
def test_a_members_date_outside_the_series_date_does_not_replace_it(nlp: Language) -> None:
    found = events(nlp, "Militants attacked five villages on Monday, including Kiwanja in January.")
    assert [e.date for e in found] == ["2024-03-18"]
