"""What a group was doing when another event hit it (short sentences written for the tests, after dev pages): a
relative clause in the past progressive describes the fighters a strike hit, it tells no attack of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2014-10-08")


@pytest.mark.model
def test_fighters_that_were_attacking_when_bombed_make_no_attack(nlp: Language) -> None:
    found = events(nlp, "The Belgian Defence Ministry reports that the F-16s bombed IS fighters that were attacking "
                        "Iraqi troops west of Baghdad.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_fighters_that_attacked_a_base_still_attacked(nlp: Language) -> None:
    # a relative clause in the simple past tells the deed itself
    found = events(nlp, "Troops killed ten IS fighters who attacked an army base in Anbar on Tuesday.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]
