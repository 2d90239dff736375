"""The actor knowledge base, fortieth session (sd): footnote calls a page glues to a name ("Multi-National Joint Task
Force[i][1]", "Nigerian Army[3]") are no part of it; a bracketed letter that is no footnote call stays."""

from __future__ import annotations

import pytest

from sitroom.resolve.actor_kb import load_actor_kb


@pytest.mark.parametrize(("text", "canonical"), [
    ("Multi-National Joint Task Force[i][1]", "Multinational Joint Task Force"),
    ("Multi-National Joint Task Force[i][1", "Multinational Joint Task Force"),
    ("Multinational Joint Task Force[12]", "Multinational Joint Task Force"),
])
def test_footnote_calls_after_a_name_are_dropped(text: str, canonical: str) -> None:
    actor = load_actor_kb().lookup(text)
    assert actor is not None and actor.canonical == canonical


def test_a_name_without_footnote_calls_is_looked_up_as_before() -> None:
    kb = load_actor_kb()
    assert kb.lookup("Multinational Joint Task Force[A]") is None
    actor = kb.lookup("Multinational Joint Task Force")
    assert actor is not None and actor.canonical == "Multinational Joint Task Force"
