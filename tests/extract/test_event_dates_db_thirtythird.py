"""Event dates, thirty-third session: a day named right after the "after"/"before" phrase that holds the trigger
("arrested after the attack in Villach on Saturday") is the trigger's, whatever verb the parse hung it on (short
sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-02-16")


@pytest.mark.model
def test_a_day_right_after_the_after_phrase_dates_its_event(nlp: Language) -> None:
    found = events(nlp, "Police said the suspect, a 23-year-old Syrian, was arrested after the knife attack in the "
                        "southern city of Villach on Saturday that killed a teenager.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-02-15")]


@pytest.mark.model
def test_a_day_before_the_after_phrase_is_the_clauses_own(nlp: Language) -> None:
    found = events(nlp, "Police arrested the man on Monday after the attack in Villach.")
    assert ("attack", "2025-02") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_a_year_in_a_relative_clause_of_another_noun_does_not_date_the_event(nlp: Language) -> None:
    found = events_dated("2020-12-29")(
        nlp, "The group, which broke away from Boko Haram in 2016, said in a statement that its fighters attacked "
             "the town of Gombi and killed 20 people.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-12")]


@pytest.mark.model
def test_a_relative_clause_on_the_trigger_still_dates_it(nlp: Language) -> None:
    found = events_dated("2020-12-29")(nlp, "The attack, which took place on Monday, killed 20 people in Gombi.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-12-28")]
