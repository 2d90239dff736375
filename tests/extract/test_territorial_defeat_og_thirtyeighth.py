"""Recaptures, thirty-eighth session (og): a state's control of a town restored is the town taken back; control
reclaimed over roads is a fight for the way between towns, the forces' operation, not the recapture of the towns that
locate the roads; the group put out of its own base is a raid on it, an operation (short sentences written for the
tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-01-10")


def _typed(nlp: Language, text: str, reference: str = "2025-01-10") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.country, e.place) for e in events(nlp, text, reference)]


@pytest.mark.model
def test_control_of_a_town_restored_is_its_recapture(nlp: Language) -> None:
    text = "In August 2021, joint action by the Mozambique Armed Defence Forces and Rwanda restored control of Palma."
    assert ("territorial_defeat", "MZ", "Palma") in _typed(nlp, text)
    # an aim: troops sent to restore control have taken nothing yet
    text = "The army sent troops on Monday to restore control of Palma."
    assert all(t != "territorial_defeat" for t, _, _ in _typed(nlp, text))


@pytest.mark.model
def test_control_reclaimed_over_roads_is_an_operation(nlp: Language) -> None:
    text = ("The Egyptian Armed Forces declared in September that it had reclaimed tight control over all roads in "
            "the cities of Rafah and Arish.")
    found = _typed(nlp, text, "2015-11-10")
    assert all(t != "territorial_defeat" for t, _, _ in found)
    assert any(t == "operation" and c == "EG" for t, c, _ in found)
    # the town itself reclaimed stays its recapture
    text = "Egyptian forces reclaimed Arish in September."
    assert [t for t, _, _ in _typed(nlp, text, "2015-11-10")] == ["territorial_defeat"]

