"""Event countries, forty-third session (wc): an arrest under a law of people named by one state's demonym, locating
itself nowhere, is that state's at home (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-05-10")


def test_nationals_arrested_under_a_law_were_arrested_at_home(nlp: Language) -> None:
    found = events(nlp, "Two more Singaporeans were arrested last month under the Internal Security Act, one man for "
                        "wanting to join ISIS in Syria.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-04", "SG")]


def test_a_national_arrested_with_no_law_named_is_left_to_the_article(nlp: Language) -> None:
    found = events(nlp, "Two Singaporeans were arrested last month for wanting to join ISIS.")
    assert [(e.type, e.country) for e in found] == [("operation", None)]
