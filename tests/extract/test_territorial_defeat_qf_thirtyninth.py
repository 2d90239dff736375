"""Recaptures, thirty-ninth session (qf): a town that fell to a state's force, or into its hands, is taken back as
"Mosul fell to IS" is the group's attack (short sentences written for the tests, each with a case where the rule must
not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-01-10")


def _typed(nlp: Language, text: str, reference: str = "2025-01-10") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.country, e.place) for e in events(nlp, text, reference)]


@pytest.mark.model
def test_town_fallen_to_a_force_is_its_recapture(nlp: Language) -> None:
    assert _typed(nlp, "Mosul fell to Iraqi forces in July 2017.") == [("territorial_defeat", "IQ", "Mosul")]
    assert _typed(nlp, "Sirte fell into the hands of Libyan forces on Tuesday.") == [
        ("territorial_defeat", "LY", "Sirte")]
    # the group taking the town stays its attack, and a fall that no one took is no recapture
    assert _typed(nlp, "Mosul fell to the Islamic State in June 2014.") == [("attack", "IQ", "Mosul")]
    assert _typed(nlp, "Mosul fell into the hands of the Islamic State in June 2014.") == [("attack", "IQ", "Mosul")]
    assert _typed(nlp, "Prices in Mosul fell to a record low in July 2017.") == []
    assert all(t != "territorial_defeat" for t, _, _ in _typed(
        nlp, "The soldiers fell into an ambush near Mocimboa da Praia on Monday."))
