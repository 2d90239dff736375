"""A trigger word turned into something else by its modifier ([types.X] exclude_modifiers) is refused whether the
modifier is a compound or an adjective, read on the per-document lists."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.events import extract_events


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept"), [
    ("The minister suffered a heart attack in Baghdad on Monday.", False),
    ("Militants carried out an attack in Baghdad on Monday, killing five people.", True),
])
def test_an_excluded_modifier_turns_the_attack_word_into_something_else(nlp: Language, text: str, kept: bool) -> None:
    doc = nlp(text)
    assert any(e.type == "attack" for e in extract_events(doc)) == kept
