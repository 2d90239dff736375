"""Dates, forty-ninth session (dt): an hour on the twelve-hour clock or noon beside a day ("around 3 p.m. Thursday",
"10pm on Monday", "Wednesday at noon") is that day. The model often takes the hour into the day's span, and the
hour made the whole expression unreadable, so the event lost its day (69 dev pages write such an hour beside a
weekday, from outlets in West Africa, Southeast Asia, the Sahel and South Asia)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date

TUESDAY = "2020-08-25"


@pytest.mark.parametrize(("expression", "expected"), [
    ("around 3 p.m. Thursday", ("2020-08-20", "day")),
    ("7 p.m. Saturday", ("2020-08-22", "day")),
    ("10pm on Monday", ("2020-08-24", "day")),
    ("8:30am on Saturday", ("2020-08-22", "day")),
    ("5 a.m., on Friday", ("2020-08-21", "day")),
    ("11.05 p.m. local time on Monday", ("2020-08-24", "day")),
    ("1 a.m. last Wednesday", ("2020-08-19", "day")),
    ("Wednesday noon", ("2020-08-19", "day")),
    ("Wednesday at noon", ("2020-08-19", "day")),
    ("Sunday at 7 p.m.", ("2020-08-23", "day")),
    ("around noon on Friday", ("2020-08-21", "day")),
    ("10 am on 5 May", ("2020-05-05", "day")),
    # an hour alone names no day
    ("7 p.m.", (None, None)),
    ("noon", (None, None)),
])
def test_an_hour_beside_a_day_is_that_day(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, TUESDAY) == expected


@pytest.mark.model
def test_an_hour_tagged_with_its_weekday_dates_the_day(nlp: Language) -> None:
    text = "Gunmen stormed the village at around 9 p.m. Saturday, killing four farmers, residents said."
    doc = nlp(make_doc(nlp, text, "t", TUESDAY))
    assert "2020-08-22" in [t.value for t in doc._.timexes]
