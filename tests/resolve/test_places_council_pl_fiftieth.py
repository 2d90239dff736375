"""Places, fiftieth session (short sentences written for the tests): Nigeria's council areas as outlets write them,
"Damboa Local Government" (no "Area"), "Gwoza Local Council", a council the NER ran on into its state ("Marte Local
Government Area of Borno", one ORG), and a council's words in lower case after a name the NER cut ("the Augie local
government area")."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-05-15"
    doc = nlp(doc)
    return {m.text: m.place.name for m in doc._.place_mentions}


@pytest.mark.model
def test_a_council_written_without_area_is_its_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Troops repelled attacks in Yobe state and Damboa Local Government where several "
                                "were killed.")
    assert "Damboa" in found.values()


@pytest.mark.model
def test_a_council_run_on_into_its_state_is_two_places(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Troops arrested 57 others in Marte Local Government Area of Borno.")
    assert "Marte" in found.values() and "Borno State" in found.values()
    found = _places(places_nlp, "Ten were killed at Mandara mountains of Gwoza Local Council of Borno State in "
                                "Nigeria.")
    assert "Gwoza" in found.values() and "Borno State" in found.values()
    # a body named after the state's councils is no place
    assert "Borno State" not in _places(places_nlp, "The Borno State Local Government Service Commission met in "
                                                    "Nigeria.").values()


@pytest.mark.model
def test_council_words_in_lower_case_after_a_name(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "The attack occurred in Mera village, located in the Augie local government area "
                                "of Kebbi State, in Nigeria.")
    assert found.get("Augie") == "Augie"
