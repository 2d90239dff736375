"""Outlet canonical names as the analysts write them: Kurdistan 24 with its space, the Wall Street Journal without
its article (while The Guardian and The New York Times keep theirs)."""

from __future__ import annotations

from sitroom.resolve.actor_kb import load_actor_kb


def test_kurdistan_24_is_written_with_its_space_whichever_form_the_page_uses() -> None:
    kb = load_actor_kb()
    for form in ("Kurdistan 24", "Kurdistan24"):
        actor = kb.lookup(form)
        assert actor is not None and actor.canonical == "Kurdistan 24"


def test_the_wall_street_journal_drops_its_article() -> None:
    actor = load_actor_kb().lookup("The Wall Street Journal")
    assert actor is not None and actor.canonical == "Wall Street Journal"
