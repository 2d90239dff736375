"""Event country, forty-second session: a joint offensive of two states against a group is fought where the group
is based (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-25")

_LEAD = "The Ugandan army said its troops were on alert in Kampala and Entebbe, Uganda, on Monday. "


@pytest.mark.model
def test_a_joint_offensive_is_where_the_group_is_based(nlp: Language) -> None:
    text = _LEAD + "Uganda and the DRC launched a joint offensive against the ADF rebels on Tuesday."
    assert ("operation", "CD") in {(e.type, e.country) for e in events(nlp, text)}
    text = _LEAD + "Ugandan troops alongside the Congolese army killed 22 ADF rebels in a joint operation on Tuesday."
    assert ("operation", "CD") in {(e.type, e.country) for e in events(nlp, text)}
    # one state's force alone: the article's country stands
    text = _LEAD + "Ugandan troops killed 22 ADF rebels in an operation on Tuesday."
    assert ("operation", "CD") not in {(e.type, e.country) for e in events(nlp, text)}
    # a place the sentence names locates it
    text = _LEAD + "Ugandan and Congolese troops killed 22 ADF rebels in an operation in Bundibugyo on Tuesday."
    assert ("operation", "CD") not in {(e.type, e.country) for e in events(nlp, text)}


@pytest.mark.model
def test_the_islands_or_fringes_of_a_lake_are_at_the_lake(nlp: Language) -> None:
    lead = "ABUJA - Boko Haram fighters attacked Maiduguri, Nigeria, last week. "
    text = lead + ("Chadian army officials on Friday reported that their forces killed 100 Boko Haram fighters in an "
                   "operation on the islands of Lake Chad.")
    assert ("operation", "TD", "Lake Chad") in {(e.type, e.country, e.place) for e in events(nlp, text)}
    text = lead + "Nigerian troops killed ten ISWAP fighters on the fringes of Lake Chad on Friday."
    assert ("Lake Chad",) in {(e.place,) for e in events(nlp, text) if e.type == "operation"}
