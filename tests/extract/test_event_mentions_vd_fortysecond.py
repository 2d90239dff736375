"""Event mentions, forty-second session (fix-vd): two events told in one sentence, each with its own town and its
own day, come out as two events, each dated by its own stretch of text; a sentence that says "respectively" pairs
its dates with its towns (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_each_town_of_a_list_takes_the_day_told_beside_it(nlp: Language) -> None:
    found = events(nlp, "Militants attacked Konduga on Monday and Bama on Tuesday.")
    assert sorted((e.type, e.place, e.date) for e in found) == [
        ("attack", "Bama", "2024-05-07"), ("attack", "Konduga", "2024-05-06")]


@pytest.mark.model
def test_one_day_told_for_the_whole_list_dates_every_town(nlp: Language) -> None:
    found = events(nlp, "Militants attacked Konduga and Bama on Monday, the army said on Wednesday.")
    assert sorted((e.type, e.place, e.date) for e in found) == [
        ("attack", "Bama", "2024-05-06"), ("attack", "Konduga", "2024-05-06")]


@pytest.mark.model
def test_respectively_pairs_the_days_with_the_towns(nlp: Language) -> None:
    found = events(nlp, "Militants attacked Konduga and Bama on Monday and Tuesday respectively.")
    assert sorted((e.type, e.place, e.date) for e in found) == [
        ("attack", "Bama", "2024-05-07"), ("attack", "Konduga", "2024-05-06")]
