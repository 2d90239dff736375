"""Dates, twenty-fifth session: "last April 13" (a day before the page, never after it), a weekday with only its day
of the month ("on Saturday, 29"), and the days and weeks counted from the day the narrative stands on ("The day
after, ...", "A week later, ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("last April 13", "2017-07-10", ("2017-04-13", "day")),
    ("last Sept. 23", "2019-12-22", ("2019-09-23", "day")),
    # a day after the page's, which the year-less "August 20" would keep (an announced date), is last year's
    ("last August 20", "2019-08-05", ("2018-08-20", "day")),
    ("last Dec. 3", "2018-01-15", ("2017-12-03", "day")),
    # a page dated to its month: up to the month's end
    ("last May 8", "2016-06", ("2016-05-08", "day")),
])
def test_last_month_and_day_is_the_latest_before_the_page(expression: str, reference: str,
                                                          expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    # a page of November 2022: 29 October 2022 was a Saturday, 29 November a Tuesday
    ("Saturday, 29", "2022-11", ("2022-10-29", "day")),
    ("Wednesday, 26", "2022-11", ("2022-10-26", "day")),
    ("Tuesday, the 8th", "2022-03-10", ("2022-03-08", "day")),
    # a day not yet come in the page's month is the previous month's
    ("Friday 25th", "2022-03-10", ("2022-02-25", "day")),
    # no such day in the months before: nothing, rather than a guess
    ("Sunday, the 22nd", "2022-11", (None, None)),
    # without a month to count from, nothing
    ("Saturday, 29", "2022", (None, None)),
])
def test_a_weekday_with_its_day_of_the_month(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_the_model_split_weekday_and_day_is_one_timex(nlp: Language) -> None:
    text = ("During a clash with the army on Wednesday, 26, in the district of Nangade, 18 insurgents died. "
            "On Saturday, 10 civilians were killed in Mueda.")
    doc = nlp(make_doc(nlp, text, "t", "2022-11"))
    values = {t.text: t.value for t in doc._.timexes}
    assert values["Wednesday, 26"] == "2022-10-26"
    # a count after the weekday is no day of the month
    assert values["Saturday"] == "2022-11"


@pytest.mark.model
def test_days_and_weeks_count_from_the_day_told_last(nlp: Language) -> None:
    text = ("Militants attacked a base in Mocimboa on 8 October. The following day, they attacked a village in "
            "Macomia. The day after, militants raided Palma. A week later, insurgents attacked Nangade. "
            "Two weeks ago, troops arrived in the town.")
    doc = nlp(make_doc(nlp, text, "t", "2022-11-20"))
    values = {t.text: t.value for t in doc._.timexes}
    assert values["following day"] == "2022-10-09"
    assert values["day after"] == "2022-10-10"
    assert values["A week later"] == "2022-10-17"
    # "ago" still counts from the page
    assert values["Two weeks ago"] == "2022-11-06"


@pytest.mark.model
def test_a_weekday_named_with_its_date_keeps_that_date(nlp: Language) -> None:
    # the page is of Tuesday 20 January; the story's Tuesday is the 13th it named, its Monday still the page's week's
    text = ("The territory of Lubero is in mourning after two deadly attacks on Tuesday, Jan. 13. "
            "On Tuesday morning, four people were found decapitated in a field near Byambwe. "
            "The army said on Monday that it would send troops.")
    doc = nlp(make_doc(nlp, text, "t", "2026-01-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == [
        ("Tuesday, Jan. 13", "2026-01-13"), ("Tuesday", "2026-01-13"), ("Monday", "2026-01-19")]
    # a weekday and date after the page (an announced day) is not the story's
    doc = nlp(make_doc(nlp, "Ministers are due to meet on Friday, Jan. 23. Troops attacked on Friday.", "t",
                       "2026-01-20"))
    assert [t.value for t in doc._.timexes] == ["2026-01-23", "2026-01-16"]
