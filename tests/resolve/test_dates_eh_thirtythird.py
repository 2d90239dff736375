"""Dates, thirty-third session: "of that year", "the same year", "later that year" stand for the year the text
named last, not the page's (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc

pytestmark = pytest.mark.model


def _timexes(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, text, "t", "2022-09-02"))
    return [(t.text, t.value) for t in doc._.timexes]


def test_a_month_of_that_year_is_in_the_year_named_before(nlp: Language) -> None:
    found = _timexes(nlp, "In 2015, the government declared a state of emergency. In November of that year, a bus "
                          "carrying presidential guards exploded in the capital.")
    assert ("November of that year", "2015-11") in found


def test_a_month_the_same_year_is_in_the_year_named_before(nlp: Language) -> None:
    found = _timexes(nlp, "ISIS attacked Sinjar in 2014. In December the same year, Kurdish forces retook the town.")
    assert ("December the same year", "2014-12") in found


def test_later_that_year_is_the_year_named_before(nlp: Language) -> None:
    found = _timexes(nlp, "The group seized Mosul in 2014. Later that year it attacked Sinjar.")
    assert ("Later that year", "2014") in found


def test_this_year_stays_the_page_year(nlp: Language) -> None:
    found = _timexes(nlp, "The group seized Mosul in 2014. In March this year it attacked Sinjar.")
    assert all(value != "2014-03" for _text, value in found)
