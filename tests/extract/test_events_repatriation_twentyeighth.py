"""Repatriations of the twenty-eighth session: handing over things (weapons, control) is no repatriation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2016-06-10")


def test_fighters_handing_over_their_weapons_is_no_repatriation(nlp: Language) -> None:
    found = events(nlp, "On Thursday, 82 Daesh fighters handed over their weapons and surrendered to Afghan security "
                        "forces in Achin district of Nangarhar, accompanied by 51 women and 96 children.")
    assert "repatriation" not in [e.type for e in found]


def test_a_state_handing_over_orphans_from_a_camp_is_a_repatriation(nlp: Language) -> None:
    found = events(nlp, "Turkey handed over five Norwegian orphans from al-Hol camp on Monday.")
    assert [(e.type, e.actor) for e in found] == [("repatriation", "Turkey")]
