"""Linking, forty-ninth session (dt): a later sentence that says when the event told just before happened, in another
word for it ("U.S. forces launched airstrikes this week", then "The Tuesday attacks occurred near the mountains"),
gives that event its day, where the page's week or month had dated it (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-27")


@pytest.mark.model
def test_an_attack_told_as_occurring_on_a_day_dates_the_strikes_told_before(nlp: Language) -> None:
    found = events(nlp, "U.S. forces launched airstrikes that killed Islamic State militants in Somalia this week, "
                        "U.S. Africa Command said. The Tuesday attacks occurred in the vicinity of the Golis "
                        "Mountains.")
    assert [(e.type, e.date) for e in found] == [("strike", "2025-03-25")]


@pytest.mark.model
def test_a_day_of_another_month_is_not_the_strikes_day(nlp: Language) -> None:
    found = events(nlp, "U.S. forces launched airstrikes that killed Islamic State militants in Somalia this week, "
                        "U.S. Africa Command said. The attacks occurred on February 20 in the Golis Mountains.")
    assert ("strike", "2025-03") in [(e.type, e.date) for e in found]
