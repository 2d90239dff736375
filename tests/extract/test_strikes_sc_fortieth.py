"""Strikes, fortieth session (sc): strike words the pipeline found and then dropped (short texts written for the
tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate.nlp import build_nlp
from sitroom.extract.events.syntax import noun_read_as_verb
from sitroom.extract.events.vocab import vocab

events = events_dated("2022-11-08")


def _strikes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.country, e.place) for e in events(nlp, text) if e.type == "strike")


@pytest.mark.model
def test_a_noun_only_strike_word_tagged_a_present_verb_is_read_as_a_plural_noun(nlp: Language) -> None:
    # the tagger reads "airstrikes" after a name as a verb in "s": parsed as the object of "after", it is the noun
    assert _strikes(nlp, "The militants fled after the NAF airstrikes in Geidam on Friday.") == [("NG", "Geidam")]
    bare = build_nlp(extract=False)
    strike = vocab().types["strike"]
    # a strike verb in "s" is a present tense of its own
    doc = bare("The army strikes the camps.")
    assert not noun_read_as_verb(next(t for t in doc if t.lower_ == "strikes"), strike)


@pytest.mark.model
def test_plural_strikes_a_past_clause_names_as_its_means_are_told(nlp: Language) -> None:
    text = "More than 80 militants died in U.S. air strikes on camps outside Sirte, officials said on Thursday."
    assert [e.actor for e in events(nlp, text) if e.type == "strike"] == ["United States"]
    # a perfect over a span sums up a record; a clause with no state or force names no one's strikes
    assert _strikes(nlp, "Militants have died in U.S. air strikes since 2016.") == []
    assert _strikes(nlp, "Officials said the group was weakened by airstrikes.") == []
    # strikes that are the means of an operation launched are that operation
    text = "On November 18, the UPDF launched Operation Shujaa with artillery strikes against hideouts in the forests."
    assert _strikes(nlp, text) == []


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
