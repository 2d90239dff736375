"""Places the sentence calls provinces, thirty-eighth session (short sentences written for the tests): a name a
lower-case "province" governs is the province of that name, not its namesake capital; a group's "Province" is not."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-03-03"
    return {m.text: (m.place.name, m.place.precision) for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_the_province_of_a_name_is_the_province(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Gunmen killed five fighters in the eastern province of Deir ez-Zor on Sunday.")
    assert found["Deir ez-Zor"][1] == "province"


@pytest.mark.model
def test_names_listed_before_provinces_are_provinces(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "The cell carried out attacks on patrols across Idlib and Aleppo provinces in "
                                "northern Syria.")
    assert found["Idlib"][1] == found["Aleppo"][1] == "province"


@pytest.mark.model
def test_a_town_named_alone_stays_the_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Fighters attacked a checkpoint in Deir ez-Zor on Sunday, the provincial police "
                                "said.")
    assert found["Deir ez-Zor"][1] == "point"
