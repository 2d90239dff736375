"""Strikes, thirty-ninth session (qa): strikes that killed a number of people, told in the simple past, are the
episode reported even with no place ("precision airstrikes killed more than 30 of them") (short texts written for
the tests, each with a case where the rule must not fire)."""

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
