"""Event dates, thirty-seventh session: a trigger in an "after" clause with no stated distance takes the month of the
clause it hangs on ("He issued his ultimatum in November after gunmen massacred 300 worshippers": the massacre was in
November too), not its day ("arrested on Friday after an attack": the attack may be days older) nor its year (a
background's years run apart) (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2018-03-11")


@pytest.mark.model
def test_a_month_dates_what_happened_just_before_it(nlp: Language) -> None:
    found = events(nlp, "He issued his ultimatum in November after suspected Daesh gunmen massacred more than 300 "
                        "worshippers in a Sinai mosque.")
    assert [(e.type, e.date) for e in found] == [("attack", "2017-11")]


@pytest.mark.model
def test_a_day_does_not_date_what_happened_before_it(nlp: Language) -> None:
    found = events(nlp, "Soldiers arrested two suspects on Friday after an attack on a church in Kano.")
    assert "2018-03-09" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_year_does_not_date_what_happened_before_it(nlp: Language) -> None:
    found = events(nlp, "The town came into the limelight in 2014 after insurgents killed 58 students of a college.")
    assert "2014" not in [e.date for e in found if e.type == "attack"]
