"""Who did an event (events/who.py): the group a faction split from is not the faction's deed's actor."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2015_12_28 = events_dated("2015-12-28")


@pytest.mark.model
def test_the_group_a_faction_broke_away_from_is_not_the_attacker(nlp: Language) -> None:
    found = events_on_2015_12_28(
        nlp, "Members of the BIFF, a breakaway faction of the MILF rebel group, shot seven farmers at close range in "
        "the province of Sultan Kudarat on Saturday.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and all(e.actor != "Moro Islamic Liberation Front" for e in attacks)
    assert [e.actor for e in attacks] == ["Bangsamoro Islamic Freedom Fighters"]


events_on_2017_05_11 = events_dated("2017-05-11")


@pytest.mark.model
def test_a_state_joined_by_a_dash_to_backed_is_not_the_doer(nlp: Language) -> None:
    found = events_on_2017_05_11(
        nlp, "US-backed forces have seized the strategic city of Tabqa and its dam from the Islamic State group, the "
        "Syrian Democratic Forces said on Wednesday.")
    defeats = [e for e in found if e.type == "territorial_defeat"]
    assert defeats and all(e.actor != "United States" for e in defeats)
