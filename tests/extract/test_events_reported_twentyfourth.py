"""A force that reports its own deed with a pronoun (twenty-fourth session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def test_a_force_that_says_it_detained_the_groups_members_reports_its_operation(nlp: Language) -> None:
    found = [(e.type, e.actor) for e in events(nlp, "The FSB said it detained five members of an IS cell in Moscow on "
                                                    "Monday.")]
    assert found == [("operation", "Federal Security Service")]


def test_residents_who_say_they_killed_fighters_are_no_force(nlp: Language) -> None:
    found = events(nlp, "Residents said they killed two ISWAP fighters in Maiduguri on Monday.")
    assert [e.type for e in found] == []
