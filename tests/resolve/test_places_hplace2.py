"""Places: an outlet's credit letters in a dateline's brackets are no place."""

from __future__ import annotations

from spacy.language import Language

from sitroom.annotate import make_doc


def _places(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, "d1", "2025-03-01"))
    return {m.text: m.place.name for m in doc._.place_mentions}


def test_places_outlet_credit_in_a_dateline_is_no_camp(places_nlp: Language) -> None:
    found = _places(places_nlp, "Garowe (HOL) — Puntland forces said on Monday they had killed seven fighters in Bari.")
    assert "HOL" not in found
    assert "Garowe" in found


def test_places_al_hol_camp_written_as_a_name_is_still_a_place(places_nlp: Language) -> None:
    found = _places(places_nlp, "Families were moved from the al-Hol camp in Hasakah province of Syria on Monday.")
    assert any("Hol" in name for name in found.values())
