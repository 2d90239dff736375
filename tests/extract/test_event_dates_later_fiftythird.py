"""Event dates, fifty-third session: a verb joined to the one before it with "later" ("first appeared in eastern
Afghanistan in 2014, and later carried out attacks in other regions") happened an untold time after the first verb's
date, which is not its own (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2020-01-15")


@pytest.mark.model
def test_a_later_deed_does_not_take_the_date_of_the_one_before(nlp: Language) -> None:
    found = events(nlp, "Members of the group first appeared in eastern Afghanistan in 2014 and later carried out "
                        "attacks in other regions.")
    assert [e.date for e in found if e.type == "attack"] == [None]


@pytest.mark.model
def test_a_deed_joined_without_later_keeps_the_date(nlp: Language) -> None:
    found = events(nlp, "Members of the group crossed into eastern Afghanistan in 2014 and carried out attacks in "
                        "Nangarhar.")
    assert [e.date for e in found if e.type == "attack"] == ["2014"]
