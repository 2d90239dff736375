"""The actor knowledge base, forty-third session (wd): "Dawla Islamiyah", the Philippine group's name written without
the final h of "dawla", is the same group."""

from __future__ import annotations

import pytest

from sitroom.resolve.actor_kb import load_actor_kb


@pytest.mark.parametrize("text", ["Dawla Islamiyah", "Dawla Islamiya", "Dawlah Islamiyah"])
def test_dawla_without_its_h_is_the_group(text: str) -> None:
    actor = load_actor_kb().lookup(text)
    assert actor is not None and actor.canonical == "Dawlah Islamiyah-Maute Group"


def test_another_dawla_name_is_not_the_group() -> None:
    actor = load_actor_kb().lookup("Dawla Party")
    assert actor is None or actor.canonical != "Dawlah Islamiyah-Maute Group"
