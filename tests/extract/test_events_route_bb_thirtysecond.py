"""Routes, thirty-second session: the two names a route noun carries ("the Sebba–Dori road", "the Maiduguri-Damboa
highway") are its ends, one scene: an ambush there is one event, not one per town as for a list ("attacked Malam
Fatori and Damasak"), which still splits (short texts written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-08-20")


@pytest.mark.model
def test_an_ambush_on_a_road_named_by_its_ends_is_one_event(nlp: Language) -> None:
    found = events(nlp, "Militants ambushed an army convoy on the Sebba–Dori road in Burkina Faso on Sunday, "
                        "killing 12 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-08-17")]
    assert found[0].place in ("Sebba", "Dori")


@pytest.mark.model
def test_a_list_of_towns_still_splits(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters attacked Malam Fatori and Damasak in Borno State on Sunday.")
    assert sorted(e.place for e in found if e.place) == ["Damasak", "Malam Fatori"]
