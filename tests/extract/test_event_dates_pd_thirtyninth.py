"""Event dates, thirty-ninth session: a report told in a month before the page's dates the happening it reports at
that month ("In late January, the army said its troops had freed the province": January, not the page's day), while a
report of the page's own month leaves the event to the page's day; a "where" clause on a place in the trigger's phrase
tells what happened there, not when the trigger did ("an operation in the forest where the insurgents abducted 30
students in January") (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2015-02-20")


@pytest.mark.model
def test_a_report_month_before_the_pages_dates_the_event(nlp: Language) -> None:
    found = events(nlp, "In late January, the Iraqi army said its troops freed the whole province of Diyala from "
                        "the Islamic State militants.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2015-01"]


@pytest.mark.model
def test_a_report_of_the_pages_month_does_not_take_the_month(nlp: Language) -> None:
    found = events(nlp, "In February, the Iraqi army said its troops freed the whole province of Diyala from "
                        "the Islamic State militants.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2015-02"]


@pytest.mark.model
def test_a_where_clause_dates_its_place_not_the_trigger(nlp: Language) -> None:
    found = events(nlp, "Nigerian troops killed 20 militants in an operation in the forest where the insurgents "
                        "abducted 30 students in January.")
    operations = [e.date for e in found if e.type == "operation"]
    assert operations and "2015-01" not in operations
