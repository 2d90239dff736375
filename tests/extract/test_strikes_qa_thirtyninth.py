"""Strikes, thirty-ninth session (qa): strikes that killed a number of people, told in the simple past, are the
episode reported even with no place ("precision airstrikes killed more than 30 of them"); a capitalised plural event
noun opening the text, which the tagger reads as a name, is the event noun (short texts written for the tests, each
with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")
LEAD = "Officials gave details to reporters. "


def _strikes(nlp: Language, text: str) -> list[str | None]:
    return sorted(str(e.country) for e in events(nlp, LEAD + text) if e.type == "strike")


@pytest.mark.model
def test_plural_strikes_that_killed_a_number_in_the_simple_past_are_told(nlp: Language) -> None:
    assert len(_strikes(nlp, "Precision airstrikes killed 30 militants.")) == 1
    assert len(_strikes(nlp, "The troops said precision airstrikes killed more than 30 of them.")) == 1
    # a perfect over years, a multitude with no number, or no count at all sum up or name no episode
    assert _strikes(nlp, "Airstrikes have killed 300 militants since 2014.") == []
    assert _strikes(nlp, "Airstrikes killed hundreds of militants.") == []
    assert _strikes(nlp, "Airstrikes killed the commander.") == []


@pytest.mark.model
def test_a_capitalised_plural_opening_the_text_is_the_event_noun(nlp: Language) -> None:
    # the tagger reads the page's first word as a name and leaves it unlemmatised
    text = "Airstrikes and artillery fire by the military on ISIS positions killed 15 extremists on Sunday."
    assert [e.type for e in events(nlp, text)] == ["strike"]
    # a name that is no plural of an event word stays a name
    assert events(nlp, "Rogers said on Sunday that the talks went well.") == []
