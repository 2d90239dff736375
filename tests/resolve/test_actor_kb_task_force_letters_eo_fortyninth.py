"""Actors, forty-ninth session (short sentences written for the tests): a joint task force the knowledge base names
"Joint Task Force <Place>" is the same force when a release writes its letters, "JTF <Place>" or "JTF-<Place>"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.resolve.actor_kb import _variants


def test_a_joint_task_force_has_its_letters_as_spellings() -> None:
    assert {"JTF Sulu", "JTF-Sulu"} <= set(_variants(["Joint Task Force Sulu"]))
    assert "JTF Sulu" not in _variants(["Joint task force"])


@pytest.mark.model
def test_the_task_force_by_its_letters_is_the_task_force(ents_nlp: Language) -> None:
    text = "The JTF Sulu commander said troops of the JTF-Sulu killed two gunmen in Patikul."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get("JTF Sulu") == "Joint Task Force Sulu"
    assert found.get("JTF-Sulu") == "Joint Task Force Sulu"
