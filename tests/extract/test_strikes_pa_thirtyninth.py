"""Strikes, thirty-ninth session (pa): strikes counted by a vague quantity ("carried out tens of airstrikes on ISIS
positions in Syria") are placed by the phrases the parser hangs on the light verb, and plural strikes told by a
participle reducing a passive ("after airstrikes carried out on their hideouts near Baga") are the strikes done
there (short texts written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


def _strikes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.country, e.place) for e in events(nlp, text) if e.type == "strike")


@pytest.mark.model
def test_strikes_counted_by_a_vague_quantity_are_placed_through_the_light_verb(nlp: Language) -> None:
    for quantity in ("tens", "dozens"):
        text = f"The United States carried out {quantity} of airstrikes on ISIS positions in Syria."
        assert [c for c, _ in _strikes(nlp, text)] == ["SY"]
    # with no place of their own, a count of strikes stays a record
    assert _strikes(nlp, "The coalition carried out dozens of airstrikes on Friday.") == []


@pytest.mark.model
def test_plural_strikes_reduced_to_a_participle_with_a_place_are_told(nlp: Language) -> None:
    text = "The army said it killed ten militants after airstrikes carried out on their hideouts near Baga."
    assert _strikes(nlp, text) == [("NG", "Baga")]
    text = "The army said airstrikes were carried out on ISIS hideouts in Kirkuk province."
    assert [c for c, _ in _strikes(nlp, text)] == ["IQ"]
    # a group's attacks so told sum up a record, not one attack
    text = "Attacks carried out in Borno last year displaced thousands."
    assert [e for e in events(nlp, text) if e.type in ("attack", "strike")] == []


@pytest.mark.model
def test_plural_strikes_begun_in_a_month_by_a_past_passive_are_told(nlp: Language) -> None:
    text = ("Since December 2021, when airstrikes and artillery attacks were initiated on the group's bases, the UPDF "
            "has been pursuing the ADF rebels.")
    assert [e.date for e in events(nlp, text) if e.type == "strike"] == ["2021-12"]
    # a year is no such month: strikes over a year sum up a record
    assert _strikes(nlp, "In 2019, airstrikes were carried out against the group.") == []
