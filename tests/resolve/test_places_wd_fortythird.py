"""Places, forty-third session (short sentences written for the tests): a compass word's "of" phrase ("31 km NE of
Biu", "40 kilometres south-west of Torodi") names the place a bearing is taken from, a town like one after a
locative word, where the model tags nothing."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-09-09"
    return {m.text: m.place.name for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_the_town_a_bearing_is_taken_from_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Gunmen attacked a village 40 kilometres south-west of Torodi in Niger.")
    assert found.get("Torodi") == "Torodi"
    found = _places(places_nlp, "The base, 31 km NE of Biu, was overrun by fighters in Nigeria.")
    assert found.get("Biu") == "Biu"


@pytest.mark.model
def test_a_name_after_another_of_is_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "the wife of Biu": no bearing, the name stays untagged
    found = _places(places_nlp, "The police arrested the wife of Biu in Nigeria.")
    assert "Biu" not in found
