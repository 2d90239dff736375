"""Tolls, forty-seventh session (wv; short sentences written for the tests): a year before a killing noun ("the
2015 beheading of 21 Coptic Christians") dates it and counts no one; the "of" phrase counts the dead."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-01-20")


def test_a_year_before_a_killing_noun_is_no_toll(nlp: Language) -> None:
    found = events(nlp, "Authorities in Libya have arrested a man believed to be involved in the 2015 beheading of "
                        "21 Coptic Christians in the coastal city of Sirte.")
    assert [(e.type, e.killed) for e in found if e.type == "attack"] == [("attack", 21)]


def test_a_count_before_a_state_word_still_counts(nlp: Language) -> None:
    found = events(nlp, "The attack left 13 dead in Borno on Monday.")
    assert [(e.type, e.killed) for e in found if e.type == "attack"] == [("attack", 13)]
