"""Strikes, forty-third session (short sentences written for the tests): where a strike was and was not."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-10")


@pytest.mark.model
def test_the_point_a_distance_is_measured_from_is_no_second_site(nlp: Language) -> None:
    found = events(nlp, "Iraqi jets bombarded an ISIS hideout near the town of Balad, some 80 km north of the capital "
                        "Baghdad, on Monday.")
    assert [(e.type, e.place) for e in found] == [("strike", "Balad")]
    found = events(nlp, "Iraqi helicopters carried out airstrikes on ISIS gangs in southwest of Shirqat, some 280 km "
                        "north of the Iraqi capital of Baghdad, on Sunday.")
    assert [(e.type, e.place) for e in found if e.type == "strike"] == [("strike", "Sharqat")]


@pytest.mark.model
def test_a_place_measured_alone_still_locates_the_strike(nlp: Language) -> None:
    found = events(nlp, "Iraqi jets struck an ISIS hideout 20 km south of Kirkuk on Monday.")
    assert [(e.type, e.country) for e in found] == [("strike", "IQ")]


@pytest.mark.model
def test_warplanes_that_hit_the_group_at_a_place_strike_it(nlp: Language) -> None:
    found = events(nlp, "U.S. warplanes hit Islamic State in Sirte last week.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_plane_that_was_hit_strikes_nothing(nlp: Language) -> None:
    found = events(nlp, "A cargo plane was hit by a missile near Sabratha last week.")
    assert [e.type for e in found if e.type == "strike"] == []
