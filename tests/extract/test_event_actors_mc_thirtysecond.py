"""Event actors, thirty-second session (a short text written for the test): a bloc withdraws through its one
armed mission the article names, as it fights through it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-04-10")


def test_a_bloc_s_withdrawal_is_its_mission_s(nlp: Language) -> None:
    found = events(
        nlp,
        "The Southern African Development Community (SADC) on Tuesday began the withdrawal of its troops from "
        "Cabo Delgado, ending the SADC Mission in Mozambique (SAMIM).",
    )
    assert [(e.type, e.country, e.actor) for e in found] == [("withdrawal", "MZ", "SADC Mission in Mozambique")]
