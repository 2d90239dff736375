"""Places, fiftieth session (short sentences written for the tests): a town whose name holds an apostrophe
("N’Djamena", "Sana'a") is a name word like any other, so the town a post is named after is found after the post."""

from __future__ import annotations

import pytest
from tests.resolve.conftest import place_countries


def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text)


@pytest.mark.model
def test_a_town_with_an_apostrophe_after_a_post_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Chad and Nigeria sent troops. The Chief of Military Public Information Officer "
                                "N’Djamena, Lieutenant Colonel Kamarudeen Adegoke, said so.")
    assert found.get("N’Djamena") == "TD"
    # a word with an apostrophe at its edge is no name word of a town
    assert "Officer" not in _places(places_nlp, "Chad sent troops. The Officers’ Mess was closed on Monday.")
