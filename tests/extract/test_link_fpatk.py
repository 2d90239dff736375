"""Strikes and attacks of other wars than the campaign (short sentences written for the tests, after dev pages):
a strike on a force of another war is none of the picture's, while that force's own strikes on the group stay."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-05")


@pytest.mark.model
def test_a_strike_that_killed_an_iranian_commander_is_another_wars(nlp: Language) -> None:
    found = events(nlp, "Soleimani, head of the Quds Force, the foreign operations arm of the IRGC, was killed in a "
                        "US airstrike near Baghdad International Airport on January 3, 2020.")
    assert [e.type for e in found if e.type == "strike"] == []


@pytest.mark.model
def test_the_revolutionary_guards_own_strike_on_the_group_stays(nlp: Language) -> None:
    found = events(nlp, "Iran's Revolutionary Guards launched missile strikes on Islamic State positions in "
                        "Deir ez-Zor on Tuesday.")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [
        ("strike", "Islamic Revolutionary Guard Corps")]


@pytest.mark.model
def test_a_us_strike_on_the_group_stays(nlp: Language) -> None:
    found = events(nlp, "A US airstrike killed an Islamic State commander near Raqqa on Tuesday.")
    assert [e.type for e in found if e.type == "strike"] == ["strike"]

