"""The actor knowledge base, thirty-third session (da): ``fights_for`` (a group the knowledge base keeps apart from a
branch yet fights under its flag names that branch, which must be a known actor), Uganda's joint task force and the
Hind Province."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import SitroomError
from sitroom.resolve.actor_kb import load_actor_kb


def test_groups_fighting_for_the_east_asia_province() -> None:
    kb = load_actor_kb()
    for group in ("abu_sayyaf", "biff", "mujahidin_indonesia_timur"):
        assert kb.actors[group].fights_for == "is_east_asia"
        # ... which puts them in no family: their parent stays unset
        assert kb.actors[group].parent is None


def test_an_unknown_fights_for_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[[actor]]\nid = "x_group"\ncanonical = "X Group"\ntype = "armed_group"\nfights_for = "nowhere"\n',
                     encoding="utf-8")
    with pytest.raises(SitroomError):
        load_actor_kb([str(extra)])


def test_new_bodies_and_branches() -> None:
    kb = load_actor_kb()
    # Uganda's joint task force is a state body, the Hind Province a branch of the Islamic State in India
    assert kb.actors["uganda_jatt"].parent == "country:UG"
    assert kb.actors["is_hind"].parent == "islamic_state"
    assert kb.actors["is_hind"].area == ("IN",)
