"""Event dates, forty-seventh session: a "where" clause on the subject tells an event at the place the main clause is
about, which the main clause's date does not date; a "where" clause further in goes on with the story and takes its
date (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2023-12-03")


def dates(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found]


@pytest.mark.model
def test_the_main_clause_date_of_a_place_is_not_its_where_clause_event(nlp: Language) -> None:
    found = events(nlp, "ISIS claimed the bombing of a Catholic mass in Marawi on Sunday that killed four people. "
                        "Marawi, where the bombing took place, was devastated in 2017 when the city was besieged by "
                        "militants.")
    assert dates(found) == [("attack", "2023-12-03")]


@pytest.mark.model
def test_a_where_clause_on_a_place_further_in_takes_the_story_date(nlp: Language) -> None:
    found = events(nlp, "Since the early hours of Friday, 1 December, insurgents have been present in the village "
                        "of Muaja, in Ancuabe district, where they abducted a group of young people.")
    assert dates(found) == [("attack", "2023-12-01")]


@pytest.mark.model
def test_a_date_inside_the_where_clause_dates_its_event(nlp: Language) -> None:
    found = events(nlp, "Mosul, where a car bomb killed 12 people on Tuesday, was retaken from the group in July "
                        "2017.")
    assert ("attack", "2023-11-28") in dates(found)
