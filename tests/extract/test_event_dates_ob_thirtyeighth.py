"""Event dates, thirty-eighth session (ob): a month's offset ("a month after", "two months before") moves a date by
months and dates to the month only; a day counted a month away is no day (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.when import shifted_day

events = events_dated("2020-01-15")


def test_a_days_offset_keeps_the_day_a_months_the_month_a_years_the_year() -> None:
    assert shifted_day("2020-01-09", -2) == ("2020-01-07", "day")
    assert shifted_day("2020-01-09", -30) == ("2019-12", "month")
    assert shifted_day("2020-01-09", -3 * 365) == ("2017", "year")


@pytest.mark.model
def test_an_attack_a_month_before_a_dated_one_is_in_the_month_before(nlp: Language) -> None:
    found = events(nlp, "The 9 January attack came only a month after an attack by militants on a base in Inates.")
    dates = sorted(e.date for e in found if e.type == "attack")
    assert "2019-12" in dates
    assert "2020-01-09" in dates


@pytest.mark.model
def test_a_month_counted_months_away_does_not_date_the_event(nlp: Language) -> None:
    found = events(nlp, "The attack on the base came two months after the villagers returned to the area in June.")
    assert [e.date for e in found if e.type == "attack"] != ["2019-06"]
