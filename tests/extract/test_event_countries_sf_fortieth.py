"""Event country, fortieth session: a country named as what a place lies near or outside of is not where the event
was (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-25")


@pytest.mark.model
def test_a_country_the_place_lies_near_is_not_where(nlp: Language) -> None:
    text = "Our forces attacked Boko Haram elements on five islands near Nigeria on Monday, the spokesman said."
    assert "NG" not in {e.country for e in events(nlp, text)}
    # the country of the town it lies near, in apposition to the town, is where
    text = "An armed group abducted a Spanish citizen near Assekrem, Algeria, on Tuesday, the ministry said."
    assert "DZ" in {e.country for e in events(nlp, text)}
    text = "On 14 January, an armed group of five men abducted a French tourist near Djanet, Algeria (Illizi province)."
    assert "DZ" in {e.country for e in events(nlp, text)}
    # a town the place lies near is still in the same country
    text = "Militants attacked a village near Mosul on Monday, killing five people."
    assert ("attack", "IQ") in {(e.type, e.country) for e in events(nlp, text)}
    # a country the place lies in locates it
    text = "Our forces attacked Boko Haram elements on five islands in Nigeria on Monday, the spokesman said."
    assert "NG" in {e.country for e in events(nlp, text)}


def test_the_dateline_breaks_a_tie_for_the_article_country() -> None:
    from sitroom.extract.events.link import _main_country

    assert _main_country({"AF": 2, "PK": 2}, "PK") == "PK"
    assert _main_country({"AF": 2, "PK": 2}) == "AF"  # no dateline: the first named
    assert _main_country({"AF": 3, "PK": 2}, "PK") == "AF"  # the dateline only breaks a tie


@pytest.mark.model
def test_a_state_that_arrests_does_so_at_home(nlp: Language) -> None:
    lead = "Militants attacked a checkpoint in Kabul on Monday, killing five people in Afghanistan. "
    found = {(e.type, e.country) for e in events(nlp, lead + "Pakistan has arrested an ISIS commander accused of "
                                                  "plotting the attack.")}
    assert ("operation", "PK") in found
    # a raid is carried abroad as well as at home: the article's country stands
    found = {(e.type, e.country) for e in events(nlp, lead + "Pakistan launched a raid against the plotters of the "
                                                  "attack on Tuesday.")}
    assert ("operation", "PK") not in found
