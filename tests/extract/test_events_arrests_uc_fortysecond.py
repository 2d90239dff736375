"""Arrests, forty-second session (uc): an order of detention issued to or served on someone is an arrest told with
another verb, as "taken into custody" is (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-10-18")


def test_issued_with_an_order_of_detention_under_a_law_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "A 17-year-old Singaporean was issued with an Order of Detention under the Internal Security "
                        "Act in September 2024.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-09")]


def test_issued_a_detention_order_in_a_month_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "In July, the man was issued a two-year detention order.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-07")]


def test_an_order_of_detention_that_expired_is_no_arrest(nlp: Language) -> None:
    found = events(nlp, "He was released on a Restriction Order when his Order of Detention expired in September 2019.")
    assert found == []


def test_a_restriction_order_holds_no_one(nlp: Language) -> None:
    found = events(nlp, "In July, the woman was issued with a Restriction Order.")
    assert found == []
