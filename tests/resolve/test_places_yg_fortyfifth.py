"""Places, forty-fifth session (short sentences written for the tests): two towns a slash joins ("Biu/Damboa road"),
which the model reads as one organisation's name, are each a place."""

from __future__ import annotations

import pytest
from tests.resolve.conftest import place_countries


def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text, "2021-10-29")


@pytest.mark.model
def test_each_of_two_towns_a_slash_joins_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # the model reads the pair as one organisation's name
    found = _places(places_nlp, "Troops repelled an attack on Biu/Damboa road in Borno.")
    assert found.get("Biu") == "NG" and found.get("Damboa") == "NG"
    # a photo credit's person and agency stay what they are
    assert _places(places_nlp, "Photo: Jonathan Ernst/AFP. Troops killed five insurgents in Borno.") == {"Borno": "NG"}
