"""Dates, forty-second session (uc): a month's short name before a year with no day ("in Sep 2024", official releases'
style), which the model leaves untagged, is found as that month."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc


@pytest.mark.model
def test_a_short_month_and_year_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The youth was issued with an order under the act in Sep 2024.", "t", "2024-10-18"))
    assert [t.value for t in doc._.timexes] == ["2024-09"]


@pytest.mark.model
def test_a_day_before_the_short_month_keeps_the_whole_date(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The youth was arrested on 7 Oct 2023 in the city.", "t", "2024-10-18"))
    assert [t.value for t in doc._.timexes] == ["2023-10-07"]
