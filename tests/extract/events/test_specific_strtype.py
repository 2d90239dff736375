"""Which triggers stand (events/specific.py): a strike verb with a particle that makes another phrasal verb is no
strike."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_02_01 = events_dated("2024-02-01")


@pytest.mark.model
def test_shelling_out_money_is_no_strike(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "The owners had refused to shell out protection money to the militants in Cotabato on Monday.")
    assert [e.type for e in found if e.type == "strike"] == []


@pytest.mark.model
def test_troops_shelling_positions_stay_a_strike(nlp: Language) -> None:
    found = events_on_2024_02_01(nlp, "Troops shelled ISIS positions in Hajin on Monday, killing 12 militants.")
    assert [e.type for e in found] == ["strike"]
