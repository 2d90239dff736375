"""Strikes, fortieth session (sc): strike words the pipeline found and then dropped (short texts written for the
tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


def _strikes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.country, e.place) for e in events(nlp, text) if e.type == "strike")


@pytest.mark.model
def test_plural_air_strikes_that_struck_a_target_in_the_past_are_told(nlp: Language) -> None:
    text = "Air strikes targeted the mountain range north of the town, destroying 50 targets, the ministry said."
    assert len(_strikes(nlp, text)) == 1
    # a year, a perfect over a span or a killing's toll sums up a record
    assert _strikes(nlp, "In 2017, airstrikes pounded the city.") == []
    assert _strikes(nlp, "Coalition airstrikes have targeted the group's positions since 2014.") == []
    assert _strikes(nlp, "Airstrikes killed thousands of civilians.") == []
    # strikes that opened an operation the sentence names are that operation
    text = "The force said that airstrikes targeted the hideouts, followed by an airborne operation."
    assert _strikes(nlp, text) == []


@pytest.mark.model
def test_plural_air_strikes_a_state_did_by_a_past_light_verb_are_told(nlp: Language) -> None:
    text = "Overnight, Libyan and US warplanes carried out air strikes on two districts in the north of the city."
    assert [e.actor for e in events(nlp, text) if e.type == "strike"] == ["United States"]
    # with no place or time in the sentence, a campaign summed up
    text = "Coalition forces launched airstrikes against ISIS positions and provided Kurdish forces with arms."
    assert _strikes(nlp, text) == []
    # a perfect or a year alone sums up a record
    assert _strikes(nlp, "The coalition has conducted airstrikes against the group.") == []
    assert _strikes(nlp, "In 2025, AFRICOM conducted 124 strikes.") == []
