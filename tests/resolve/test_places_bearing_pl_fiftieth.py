"""Places, fiftieth session (short sentences written for the tests): the town a distance or a bearing is measured
from ("52 kilometres south-west of Torodi", "31 km NE of Biu") is a place whatever label the NER gave it; an extent
("square kilometers of Jazira") is no such distance."""

from __future__ import annotations

import pytest
from tests.resolve.conftest import place_countries


def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text)


@pytest.mark.model
def test_the_town_a_bearing_is_measured_from_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "The attack happened near Koutougou, a town located 52 kilometres south-west of "
                                "Torodi, in the Tillaberi region of Niger.")
    assert found.get("Torodi") == "NE"
    found = _places(places_nlp, "The base at Mararaba Kimba (31 km NE of Biu) was overrun by insurgents in Borno, "
                                "Nigeria.")
    assert found.get("Biu") == "NG"


@pytest.mark.model
def test_an_extent_is_no_distance(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "There are sleeper cells in the thousands of square kilometers of Jazira, the "
                                "desert west of Baghdad in Iraq.")
    assert "Jazira" not in found
