"""Dates, thirty-third session: a day, a short month name and two digits of the year ("on 27 Jan 23"), the way
military press releases date their operations (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import resolve_date


def test_a_short_month_and_two_digit_year_is_a_full_date() -> None:
    assert resolve_date("27 Jan 23", None) == ("2023-01-27", "day")
    assert resolve_date("on 16 Jan 25", "2025-01-20") == ("2025-01-16", "day")


def test_a_full_month_name_before_a_number_is_no_year() -> None:
    assert resolve_date("22 January 23", None) == (None, None)


def test_an_impossible_day_is_no_date() -> None:
    assert resolve_date("31 Feb 23", None) == (None, None)


@pytest.mark.model
def test_the_short_year_is_found_in_a_release(nlp: Language) -> None:
    text = ("Relatedly on 27 Jan 23, troops of Sector 3 on a clearance operation along Damasak road came in contact "
            "with suspected ISWAP terrorists who fled on sighting the troops.")
    doc = nlp(make_doc(nlp, text, "t", None))
    assert [(t.text, t.value) for t in doc._.timexes] == [("27 Jan 23", "2023-01-27")]
    assert [(e.type, e.date) for e in doc._.events] == [("operation", "2023-01-27")]


@pytest.mark.model
def test_a_day_and_month_before_a_count_stay_a_day_of_the_reference_year(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "On 22 January 23 soldiers were killed in an ambush near Damboa.", "t", "2024-02-01"))
    assert all(t.value != "2023-01-22" for t in doc._.timexes)
