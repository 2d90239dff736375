"""The actor knowledge base, forty-third session (we): the group's long name written with "for" ("the Islamic State
for Iraq and Syria (ISIS)-inspired Dawlah Islamiyah") is the group, so the country in it locates no event."""

from __future__ import annotations

import pytest

from sitroom.resolve.actor_kb import load_actor_kb


@pytest.mark.parametrize("text", ["Islamic State for Iraq and Syria", "Islamic State for Iraq and the Levant"])
def test_the_long_name_with_for_is_the_group(text: str) -> None:
    actor = load_actor_kb().lookup(text)
    assert actor is not None and actor.canonical == "Islamic State"

